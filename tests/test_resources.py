"""danvan_nlp.resources: each knowledge file of src/danvan_nlp/data loads, is well formed and
holds what the stages rely on."""

import pytest
import regex

from danvan_nlp import resources as r


def test_chrome_rules_compile() -> None:
    rules = r.chrome_rules()
    assert {x.kind for x in rules} >= {"counter", "photo_credit", "byline", "trailer"}
    assert all(isinstance(x.pattern, regex.Pattern) for x in rules)


def test_abbreviations() -> None:
    ab = r.abbreviations()
    for key in ("UBND", "HĐND", "MTTQ", "UBMTTQVN", "ĐBQH", "BTV", "TUV", "TVTU", "BCH", "LĐLĐ", "ANCT"):
        assert key in ab, key
    assert ab["UBND"] == "Ủy ban nhân dân"


def test_positions_and_organs() -> None:
    pos = r.positions()
    assert "Phó Bí thư Thường trực" in pos and "Chủ tịch" in pos
    assert len(pos) == len(set(pos))
    org = r.organs()
    assert org["Tỉnh ủy"] == "tỉnh" and org["Huyện ủy"] == "huyện"
    assert set(org.values()) <= {"", "trung ương", "tỉnh", "huyện", "xã"}
    assert set(r.levels().values()) <= {"trung ương", "tỉnh", "huyện", "xã"}
    named = r.named_organs()
    assert {"Hội đồng", "Câu lạc bộ"} <= named <= set(org)
    assert "Hội đồng nhân dân" not in named
    assert {row["named"] for row in r.read_tsv("organs.tsv")} <= {"", "yes"}


def test_provinces() -> None:
    rows = r.provinces()
    before = [x for x in rows if x["era"] in ("both", "pre2025")]
    now = [x for x in rows if x["era"] in ("both", "current")]
    assert len(before) == 63
    assert len(now) == 34
    assert "Huế" in {x["name"] for x in now}


def test_roles_and_triggers() -> None:
    roles = {role for _, role in r.role_verbs()}
    assert roles == {"chair", "attend", "direct", "speak", "report", "present", "host", "none"}
    assert "đồng chí" in r.name_triggers()


def test_function_words() -> None:
    assert {"và", "cùng", "đã"} <= r.function_words()
    verbs = r.verbs_after_names()
    assert {"chia", "trao"} <= verbs and not verbs & r.function_words()
    # second syllables of organ names must not end a title
    assert not {"động", "giao", "thông", "biểu", "lưu", "vận"} & verbs
    assert {row["kind"] for row in r.read_tsv("function_words.tsv")} == {"function", "verb"}


def test_position_qualifiers() -> None:
    quals = r.position_qualifiers()
    assert {"chuyên trách", "dự khuyết", "thường trực"} <= quals
    assert all(len(q.split()) == 2 for q in quals)
    assert "tổ chức" not in quals  # a verb right after a position


def test_event_words() -> None:
    words = r.event_words()
    assert {"kinds", "organize_verbs", "organize_adverbs", "organizer_bodies", "event_verbs",
            "not_venues"} <= set(words)
    assert "hội nghị" in words["kinds"] and "tổ chức" in words["organize_verbs"]
    assert all(isinstance(w, str) and w == w.lower() for key in words for w in words[key])


def test_dotted_abbreviations() -> None:
    dotted = r.dotted_abbreviations()
    assert {"TS", "Tp"} <= set(dotted)
    assert all(a and not a.endswith(".") and " " not in a for a in dotted)


def test_surnames_and_places_do_not_clash() -> None:
    assert "Nguyễn" in r.surnames()
    assert "Phó" not in r.surnames()  # "Phó Bí thư" must not look like a name
    assert "Hà Nội" in r.place_names()


def test_dates_and_tasks_yaml() -> None:
    d = r.date_words()
    from danvan_nlp.dates import _HANDLERS

    assert {p["handler"] for p in d["patterns"]} <= set(_HANDLERS)
    days = r.founding_days()
    assert ("1930-11-18", ("mặt trận tổ quốc", "mặt trận dân tộc thống nhất", "mttq",
                           "đại đoàn kết toàn dân tộc"), ()) in days
    assert all(len(iso) == 10 and keys for iso, keys, _ in days)
    t = r.task_cues()
    assert "đề nghị" in t["directives"] and "tăng cường" in t["task_verbs"]


def test_locations_are_places() -> None:
    assert "Trung ương" in r.place_names() and "Trung ương" not in r.location_names()
    assert "Hà Nội" in r.location_names()


# --- the political system, names and places (issue 11 items 3–5) -------------------------


def _header(name: str) -> str:
    return "\n".join(ln for ln in r.data_text(name).splitlines() if ln.startswith("#"))


@pytest.mark.parametrize(
    "name",
    ["positions.tsv", "organs.tsv", "levels.tsv", "abbreviations.tsv", "surnames.tsv",
     "gazetteer.tsv", "historical.tsv", "triggers.tsv", "subunits.tsv", "places.tsv",
     "provinces.tsv"],
)
def test_data_file_names_its_sources(name: str) -> None:
    assert "Source" in _header(name), name


def test_positions_cover_ranks_commands_and_staff() -> None:
    pos = set(r.positions())
    ranks = {"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá",
             "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"}
    assert ranks <= pos
    assert {"Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Sư đoàn trưởng", "Đồn trưởng"} <= pos
    assert {"Chánh án", "Viện trưởng", "Kiểm sát viên", "Thẩm phán"} <= pos
    assert {"Chuyên viên", "Tổng Thư ký", "Chánh Văn phòng", "Trưởng Tiểu ban"} <= pos
    assert {"ĐUV", "QUV", "UV BCH"} <= pos
    assert {row["written"] for row in r.read_tsv("positions.tsv")} <= {"", "lower"}
    assert "chuyên viên" in r.lower_positions() and "chủ tịch" not in r.lower_positions()
    kinds = {row["kind"] for row in r.read_tsv("positions.tsv")}
    assert kinds <= {"party", "state", "front", "union", "military", "member", "rank", "religious",
                     "abbr", "local"}
    assert {"Hòa thượng", "Thượng tọa", "Linh mục", "Mục sư"} <= pos


def test_organs_cover_the_political_system() -> None:
    org = r.organs()
    party = {"Đảng ủy khối", "Ban cán sự đảng", "Ủy ban Kiểm tra Trung ương", "Chi bộ"}
    state = {"Quốc hội", "Hội đồng Dân tộc", "Ủy ban Văn hóa, Giáo dục", "Tổng cục", "Chi cục",
             "Ban Dân tộc - Tôn giáo"}
    front = {"Công đoàn", "Đoàn TNCS Hồ Chí Minh", "Hội Chữ thập đỏ", "Hội Người cao tuổi",
             "Hội Khuyến học", "Hội Luật gia", "Khối MTTQ và các đoàn thể chính trị - xã hội"}
    armed = {"Bộ CHQS", "Bộ đội Biên phòng", "Quân khu", "Quân đội nhân dân Việt Nam", "Công an"}
    justice = {"Tòa án nhân dân", "Viện kiểm sát nhân dân", "TAND", "VKSND"}
    religion = {"Giáo hội Phật giáo Việt Nam", "Hội đồng Trị sự", "Ủy ban Đoàn kết Công giáo"}
    for group in (party, state, front, armed, justice, religion):
        assert group <= set(org), group - set(org)
    assert org["Ủy ban Kiểm tra Trung ương"] == "trung ương"
    # a bare common word is no organ ("khối đại đoàn kết", "hội nghị")
    assert not {"Khối", "Hội", "Cục", "Trung tâm"} & set(org)


def test_levels_after_2025() -> None:
    lv = r.levels()
    assert lv["đặc khu"] == "xã" and lv["phường"] == "xã" and lv["huyện"] == "huyện"


def test_new_abbreviations_expand() -> None:
    ab = r.abbreviations()
    assert ab["ĐUV"] == "Đảng ủy viên" and ab["QUV"] == "Quận ủy viên"
    assert ab["UV BCH"] == "Ủy viên Ban Chấp hành"
    assert {"BĐBP", "CHQS", "TAND", "VKSND", "TNCS", "CTXH", "GHPGVN"} <= set(ab)


def test_surname_inventory() -> None:
    common, rare = r.surnames(), r.rare_surnames()
    assert not common & rare
    minority = {"Ksor", "Nay", "Rơ", "Niê", "Giàng", "Thào", "Sùng", "Vàng", "Lầu", "Lò", "Cầm",
                "Lường", "Quàng", "Thạch", "Danh", "Sơn", "Kim", "Nông", "Lục", "Ma", "Triệu", "Y"}
    assert minority <= common | rare, minority - (common | rare)
    assert {"Cù", "Khâu", "Chế", "Viên", "Thích"} <= rare
    assert {"H'", "H’"} <= set(r.surname_prefixes())
    # first syllables of positions and organs are no family names
    heads = {p.split()[0] for p in r.positions()}
    assert not heads & common - {"Lữ", "Hạ", "Đoàn"}
    assert {row["kind"] for row in r.read_tsv("surnames.tsv")} == {"name", "rare", "prefix", "middle"}
    assert r.middle_names() == {"Văn", "Thị"}


def test_gazetteer_before_and_after_2025() -> None:
    rows = r.read_tsv("gazetteer.tsv")
    assert len(rows) > 8000
    assert {row["era"] for row in rows} == {"pre2025", "current", "both"}
    units = {row["unit"] for row in rows}
    assert {"huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"} <= units
    g = r.gazetteer()
    assert {"Mai Sơn", "Quản Bạ", "Hoàn Kiếm", "Cà Mau"} <= g
    # names carry no level word ("Phường Đúc" is a ward's own name) and are no bare numbers
    assert not any(n.split()[0] in ("Huyện", "Xã", "Quận") or n[0].isdigit() for n in g)


def test_historical_names() -> None:
    h = r.historical_names()
    assert {"Hồ Chí Minh", "Võ Nguyên Giáp", "Võ Thị Sáu"} <= h
    assert {row["kind"] for row in r.read_tsv("historical.tsv")} <= {"leader", "hero", "national"}


def test_subunit_words() -> None:
    words = r.subunit_words()
    assert {("thôn",), ("bản",), ("ấp",), ("tổ", "dân", "phố")} <= words
    # no level word of levels.tsv: those have their own gazetteer
    assert not {tuple(w.lower().split()) for w in r.levels()} & words


def test_province_links_data() -> None:
    units = {row["name"]: row["era"] for row in r.provinces()}
    rows = r.read_tsv("province_links.tsv")
    assert {row["kind"] for row in rows} == {"alias", "merged"}
    merged = [row for row in rows if row["kind"] == "merged"]
    for row in merged:
        assert units[row["name"]] == "pre2025", row
        assert units[row["into"]] in ("both", "current"), row
    # every unit that disappeared in 2025 was merged into one that exists after it
    gone = {n for n, era in units.items() if era == "pre2025"} - {"Thừa Thiên Huế"}
    assert gone == {row["name"] for row in merged}
    after = {n for n, era in units.items() if era in ("both", "current")}
    assert len(after) == 34
