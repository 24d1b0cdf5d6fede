"""Each knowledge file loads, is well formed and holds what the stages rely on."""

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
    assert {p["handler"] for p in d["patterns"]} <= {
        "dmy", "day_range", "month", "quarter", "part_of_year", "term", "year", "relative"
    }
    t = r.task_cues()
    assert "đề nghị" in t["directives"] and "tăng cường" in t["task_verbs"]


def test_locations_are_places() -> None:
    assert "Trung ương" in r.place_names() and "Trung ương" not in r.location_names()
    assert "Hà Nội" in r.location_names()
