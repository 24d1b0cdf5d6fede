"""Person names (danvan_nlp.names): family names, triggers, lists, places and unit names
next to names, underthesea's words as evidence — on sentences written for these tests
(issue 11 items 4–5, PATTERNS N1–N4; issue 16 item 7; SCHEMA v2 convention 6)."""

from typing import Any

import pytest

from conftest import check_officials, locations
from conftest import officials_by_name as run
from danvan_nlp.officials import find_officials
from danvan_nlp.tokenize import split_sentences

# one-off sentences, by pattern family: the names found (``names``), the title texts
# (``titles``) and roles (``roles``) of the names given
NAMES = [
    # no name
    pytest.param(
        "Thành phần gồm: Hội trường Trung tâm, các đoàn thể; Krông Pắc, Ea Kar và Cư M'gar.",
        {"names": set()},
        id="a_capitalized_list_item_without_a_position_is_no_name",
    ),
    pytest.param(
        "Anh Đinh Văn Hùng, Trưởng Nhóm thiện nguyện Kim Sơn đến dự.",
        {"names": {"Đinh Văn Hùng"}},
        id="rare_family_name_inside_an_organ_name_is_no_name",
    ),
    # unit names and level words next to a name
    # the district name opens the run, a person follows it
    pytest.param(
        "Phó Chủ tịch UBND huyện Mai Sơn Lò Văn Hặc chủ trì buổi làm việc.",
        {"names": {"Lò Văn Hặc"}, "roles": {"Lò Văn Hặc": ["chair"]}},
        id="unit_name_then_person_after_an_organ",
    ),
    pytest.param(
        "Chủ tịch UBND huyện Nguyễn Đình Khoa phát biểu tại buổi lễ.",
        {"names": {"Nguyễn Đình Khoa"}},
        id="title_first_person_after_a_level_word_stays",
    ),
    pytest.param(
        "Đồng chí Vũ Minh Tâm, Phó Chủ tịch UBND Huyện phát biểu.",
        {"titles": {"Vũ Minh Tâm": ["Phó Chủ tịch UBND Huyện"]}},
        id="level_word_after_an_organ_stays_a_level",
    ),
    pytest.param(
        "Chủ tịch UBND huyện Mai Sơn Viên Thị Lụa dự lễ khai mạc.",
        {"names": {"Viên Thị Lụa"}, "roles": {"Viên Thị Lụa": ["attend"]}},
        id="rare_family_name_after_a_unit_name",
    ),
    pytest.param(
        "Chủ tịch UBND xã Đăk Rơ Ông A Vương phát biểu; Bí thư Đảng ủy xã Đắk Hà Lê Văn Sỹ dự.",
        {"names": {"A Vương", "Lê Văn Sỹ"}, "titles": {"A Vương": ["Chủ tịch UBND xã Đăk Rơ Ông"]}},
        id="dak_spelled_both_ways_in_unit_names",
    ),
    # family names: rare, ethnic-minority, lower-case, a middle name before "Thị"
    pytest.param(
        "Cùng dự có Phó Viện trưởng VKSND tối cao Văn Thị Thu Trang; Văn Thị Lệ, Chủ tịch "
        "Hội LHPN xã.",
        {
            "titles": {
                "Văn Thị Thu Trang": ["Phó Viện trưởng VKSND tối cao"],
                "Văn Thị Lệ": ["Chủ tịch Hội LHPN xã"],
            },
        },
        id="family_name_van_before_thi",
    ),
    pytest.param(
        "Dự có Đại tá Phó Đức Thịnh, Phó Chỉ huy trưởng Bộ CHQS tỉnh và ông Phó Văn Lâm, Giám "
        "đốc Sở Xây dựng.",
        {
            "titles": {
                "Phó Đức Thịnh": ["Đại tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"],
                "Phó Văn Lâm": ["Giám đốc Sở Xây dựng"],
            },
        },
        id="family_name_pho_after_a_rank_or_trigger",
    ),
    pytest.param(
        "Các đồng chí Vương Văn Lộc, Phó Bí thư Đảng ủy phường và Bàn Thị Sinh, Phó Chủ tịch "
        "HĐND phường; Kim Văn Thạch - Chủ tịch UBND phường dự.",
        {
            "titles": {
                "Vương Văn Lộc": ["Phó Bí thư Đảng ủy phường"],
                "Bàn Thị Sinh": ["Phó Chủ tịch HĐND phường"],
                "Kim Văn Thạch": ["Chủ tịch UBND phường"],
            },
        },
        id="rare_family_name_of_a_name_first_list_item",
    ),
    pytest.param(
        "Dự có A Thút, Bí thư Đảng ủy xã Đăk Pek; Chủ tịch UBND xã A Dũng phát biểu.",
        {"titles": {"A Thút": ["Bí thư Đảng ủy xã Đăk Pek"], "A Dũng": ["Chủ tịch UBND xã"]}},
        id="men_names_opened_by_a",
    ),
    pytest.param(
        "Phó Chủ tịch Hội Chữ thập đỏ tỉnh Danh Út phát biểu.",
        {"titles": {"Danh Út": ["Phó Chủ tịch Hội Chữ thập đỏ tỉnh"]}},
        id="khmer_family_name_after_a_title",
    ),
    pytest.param(
        "Tham dự có bà trần Thị Hoa, Phó Chủ tịch UBND xã; ông đỗ Văn Nam, Chủ tịch "
        "Hội Nông dân xã.",
        {"titles": {"trần Thị Hoa": ["Phó Chủ tịch UBND xã"]}, "roles": {"đỗ Văn Nam": ["attend"]}},
        id="lower_case_family_name_after_honorific",
    ),
    # historical figures and their living namesakes
    pytest.param(
        "Bà Mai Thị Hòa, Hiệu trưởng Trường THCS Lương Thế Vinh và ông Đặng Văn Tư, Hiệu "
        "trưởng Trường Tiểu học Hoàng Hoa Thám, cùng dự; thầy Phan Văn Bảy, Bí thư Chi bộ "
        "Trường THPT Lê Quý Đôn phát biểu.",
        {
            "names": {"Mai Thị Hòa", "Đặng Văn Tư", "Phan Văn Bảy"},
            "titles": {
                "Mai Thị Hòa": ["Hiệu trưởng Trường THCS Lương Thế Vinh"],
                "Phan Văn Bảy": ["Bí thư Chi bộ Trường THPT Lê Quý Đôn"],
            },
        },
        id="schools_named_after_historical_figures",
    ),
    pytest.param(
        "Đại tá Nguyễn Tri Phương, Chỉ huy trưởng Bộ CHQS tỉnh và đồng chí Lê Văn Hưu, Phó Bí "
        "thư Đảng ủy xã dự lễ khai giảng tại Trường THCS Nguyễn Tri Phương.",
        {
            "names": {"Nguyễn Tri Phương", "Lê Văn Hưu"},
            "titles": {"Nguyễn Tri Phương": ["Đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"]},
        },
        id="living_namesake_of_a_national_figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_of_one_sentence(text: str, expected: dict[str, Any]) -> None:
    check_officials(text, expected)


def test_academic_titles_introduce_names_in_lists() -> None:
    text = ("Dự hội nghị có đồng chí Hồ Đại Nghĩa - Phó Bí thư Tỉnh ủy; TS. Đinh Công Sáng - "
            "Trưởng ban Dân vận Tỉnh ủy; PGS.TS Lương Văn Tài - Giám đốc Học viện Chính trị khu vực I.")
    o = run(text)
    assert set(o) == {"Hồ Đại Nghĩa", "Đinh Công Sáng", "Lương Văn Tài"}
    assert all(p["roles"] == ["attend"] for p in o.values())
    assert o["Đinh Công Sáng"]["title_texts"] == ["Trưởng ban Dân vận Tỉnh ủy"]


def test_names_of_list_items_without_known_family_name() -> None:
    text = ("Về dự Đại hội có các đồng chí: Y Giang Gry Niê Knơng, Ủy viên Ban Thường vụ Tỉnh ủy, "
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    o = run(text)
    assert set(o) == {"Y Giang Gry Niê Knơng", "H'Yim Kđoh"}
    assert o["H'Yim Kđoh"]["title_texts"] == ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
    assert all(p["roles"] == ["attend"] for p in o.values())


# --- issue 11 item 7: underthesea's words as evidence of where a name starts ----------------


def _words(text: str, *phrases: str) -> list[tuple[int, int]]:
    return [(text.index(p), text.index(p) + len(p)) for p in phrases]


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        ("Đến dự có Chủ tịch UBND huyện Mai Sơn Lò Văn Sơn.", "Mai Sơn", "Lò Văn Sơn"),
        ("Cùng dự có Bí thư Huyện ủy Thuận Châu Cầm Văn Chính.", "Thuận Châu", "Cầm Văn Chính"),
    ],
)
def test_a_place_before_a_title_first_name_is_split_off_by_the_words(
    text: str, place: str, name: str
) -> None:
    res = find_officials(text, split_sentences(text), words=_words(text, place, name))
    (o,) = res["officials"]
    assert o["name"] == name
    (t,) = o["titles"]
    assert text[t["start"] : t["end"]].endswith(place)


def test_a_one_syllable_prefix_and_a_name_after_a_trigger_stay_whole() -> None:
    text = "Dự có đồng chí Hạng Dương Thành, Chủ tịch UBND huyện."
    res = find_officials(text, split_sentences(text), words=_words(text, "Dương Thành"))
    assert [o["name"] for o in res["officials"]] == ["Hạng Dương Thành"]


def test_the_tokenizer_hands_its_words_to_the_officials_stage() -> None:
    from danvan_nlp import extract

    report = extract("Đến dự có Phó Chủ tịch UBND huyện Mai Sơn Lò Văn Hoa.")
    assert [o.name for o in report.officials] == ["Lò Văn Hoa"]


# --- families found by the blind officials probe (fixtures/probe/officials-*.json) --------


@pytest.mark.parametrize(
    "text, role",
    [
        ("Chủ tọa Đại hội gồm các đồng chí: Ma Thị Thúy, Nông Văn Hảo và Triệu Đức Thanh.", "chair"),
        ("Dự có các đồng chí Ma Thị Thúy, Nông Văn Hảo, Triệu Đức Thanh.", "attend"),
    ],
)
def test_untitled_names_listed_after_an_official_trigger(text: str, role: str) -> None:
    res = run(text)
    assert set(res) == {"Ma Thị Thúy", "Nông Văn Hảo", "Triệu Đức Thanh"}
    assert all(o["roles"] == [role] and o["title_texts"] == [] for o in res.values())
    # a citizen named after an official with another form of address is no official
    res = run("Dự có đồng chí Vi Văn Hòa và ông Lò Văn Pọm, người có uy tín ở bản.")
    assert set(res) == {"Vi Văn Hòa"}


def test_unlisted_family_name_before_thi_opens_a_name() -> None:
    text = ("Các đồng chí: Đinh Văn Hiếu, Phó Chủ tịch UBND tỉnh (thứ 2 từ trái) và Sa Thị Lan, "
            "Chủ tịch Hội Nông dân tỉnh (thứ 3 từ phải) trao quà cho các hộ nghèo.")
    res = run(text)
    assert res["Đinh Văn Hiếu"]["title_texts"] == ["Phó Chủ tịch UBND tỉnh"]
    assert res["Sa Thị Lan"]["title_texts"] == ["Chủ tịch Hội Nông dân tỉnh"]
    assert res["Sa Thị Lan"]["roles"] == ["attend"]
    res = run("Dự có Phó Chủ tịch HĐND tỉnh Hờ Thị Súa.")
    assert res["Hờ Thị Súa"]["title_texts"] == ["Phó Chủ tịch HĐND tỉnh"]


def test_one_syllable_names_with_an_apostrophe_after_a_trigger() -> None:
    text = ("Đồng chí Điểu Sơn, Bí thư Đảng ủy xã và đồng chí K'Thương, Chủ tịch UBND xã dự. Tiếp "
            "đó, ông K’Sớ, Phó Chủ tịch HĐND xã phát biểu.")
    res = run(text)
    assert res["K'Thương"]["title_texts"] == ["Chủ tịch UBND xã"]
    assert res["Điểu Sơn"]["roles"] == ["attend"] and res["K’Sớ"]["roles"] == ["speak"]
    assert run("Hội nghị có K'Thương dự.") == {}  # no trigger, no title: no name


# --- N1: a unit name after a level word or a place-taking organ is no person -------------


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Đến dự có đồng chí Lường Văn Khánh, Phó Bí thư Huyện ủy Mai Sơn. Chủ tịch UBND "
         "huyện Mai Sơn cắt băng khánh thành.", "Lường Văn Khánh", "Phó Bí thư Huyện ủy Mai Sơn"),
        ("Về phía huyện Quản Bạ dự có đồng chí Vàng Mí Sình, Bí thư Huyện ủy Quản Bạ.",
         "Vàng Mí Sình", "Bí thư Huyện ủy Quản Bạ"),
        ("Bí thư Đảng ủy xã Tân Lập, đồng chí Hoàng Thị Nga phát biểu. Ủy ban nhân dân xã "
         "Tân Lập tặng quà.", "Hoàng Thị Nga", "Bí thư Đảng ủy xã Tân Lập"),
    ],
)
def test_unit_after_a_level_word_is_no_person(text: str, person: str, title: str) -> None:
    res = run(text)
    assert set(res) == {person}
    assert res[person]["title_texts"] == [title]


# --- N2: a given name that is also a level or organ word ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dự có đồng chí Đặng Văn Thành, Bí thư Tỉnh ủy; đồng chí Lê Văn Huyện, Phó Bí thư "
         "Tỉnh ủy.", "Lê Văn Huyện"),
        ("Đồng chí Phan Hữu Quận, Chủ tịch HĐND tỉnh chủ trì hội nghị.", "Phan Hữu Quận"),
        ("Tham dự có ông Nguyễn Văn Bộ, Giám đốc Sở Nội vụ.", "Nguyễn Văn Bộ"),
        ("Giám đốc Sở Tài chính Trịnh Đình Xã phát biểu.", "Trịnh Đình Xã"),
    ],
)
def test_level_word_as_given_name(text: str, name: str) -> None:
    assert name in run(text)


# --- N3 and item 4: rare and ethnic-minority family names ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Cùng dự có Chánh văn phòng Huyện ủy Cù Văn Dũng.", "Cù Văn Dũng", "Chánh văn phòng Huyện ủy"),
        ("Cùng dự có Trưởng ban Dân vận Huyện ủy Khâu Thị Bình.", "Khâu Thị Bình", "Trưởng ban Dân vận Huyện ủy"),
        ("Tham dự có Chánh Văn phòng Tỉnh ủy Viên Quốc Hưng.", "Viên Quốc Hưng", "Chánh Văn phòng Tỉnh ủy"),
        ("Dự hội nghị có Phó Chủ tịch UBND tỉnh Ksor Phước Hà.", "Ksor Phước Hà", "Phó Chủ tịch UBND tỉnh"),
        ("Dự hội nghị có Trưởng ban Tổ chức Huyện ủy Thạch Sô Phal.", "Thạch Sô Phal", "Trưởng ban Tổ chức Huyện ủy"),
        ("Dự hội nghị có Phó Bí thư Huyện ủy Giàng A Tủa.", "Giàng A Tủa", "Phó Bí thư Huyện ủy"),
        ("Dự có Chủ tịch Hội Nông dân tỉnh Chế Minh Sang.", "Chế Minh Sang", "Chủ tịch Hội Nông dân tỉnh"),
    ],
)
def test_rare_family_name_after_a_title(text: str, name: str, title: str) -> None:
    res = run(text)
    assert name in res, res.keys()
    assert res[name]["title_texts"] == [title]


def test_ede_names_with_prefixes() -> None:
    res = run("Dự có Phó Trưởng ban Dân vận Tỉnh ủy H'Yim Kđoh và Chủ tịch Hội Nông dân tỉnh "
              "Y Thanh Niê.")
    assert {"H'Yim Kđoh", "Y Thanh Niê"} <= set(res)


def test_religious_name_after_a_form_of_address() -> None:
    res = run("Hòa thượng Thích Thanh Quang, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo "
              "Việt Nam dự lễ.")
    assert "Thích Thanh Quang" in res
    assert res["Thích Thanh Quang"]["roles"] == ["attend"]


# --- convention 6 and issue 16 item 7: historical figures, places inside names -----------


def test_historical_figure_is_no_official() -> None:
    text = ("Đồng chí Bùi Văn Hải, Bí thư Huyện ủy yêu cầu đẩy mạnh học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh; noi gương Chủ tịch Hồ Chí Minh và Đại "
            "tướng Võ Nguyên Giáp.")
    assert set(run(text)) == {"Bùi Văn Hải"}
    assert "Hồ Chí Minh" not in locations(text)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Hiệu trưởng Trường THCS Kim Đồng Lê Thị Hạnh phát biểu.", "Lê Thị Hạnh",
         "Hiệu trưởng Trường THCS Kim Đồng"),
        ("Giám đốc Công ty TNHH Hoàng Long Nguyễn Văn Thái dự hội nghị.", "Nguyễn Văn Thái",
         "Giám đốc Công ty TNHH Hoàng Long"),
    ],
)
def test_name_starts_before_its_middle_name(text: str, name: str, title: str) -> None:
    res = run(text)
    assert set(res) == {name}
    assert res[name]["title_texts"] == [title]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trưởng thôn Hà Thanh phát biểu tại buổi lễ.", set()),
        ("Trưởng bản Lò Văn Pọm phát biểu tại buổi lễ.", {"Lò Văn Pọm"}),
        ("Bí thư Chi bộ thôn Đông Hòa Nguyễn Văn An báo cáo.", {"Nguyễn Văn An"}),
        ("Tổ trưởng tổ dân phố Mai Lâm phát biểu; ông Mai Văn Lâm, Trưởng ấp Phú Lợi cùng dự.",
         {"Mai Văn Lâm"}),
    ],
)
def test_village_names_are_no_persons(text: str, names: set[str]) -> None:
    assert set(run(text)) == names
