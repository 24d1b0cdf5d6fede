"""Names, places and the boundary between them, on sentences written for these tests
(issue 11 items 4–5, PATTERNS N1–N4, T5; issue 16 item 7; SCHEMA v2 convention 6)."""

import pytest

from conftest import officials_by_name as run
from danvan_nlp import extract
from danvan_nlp.officials import find_officials
from danvan_nlp.tokenize import split_sentences


def locations(text: str) -> list[str]:
    res = find_officials(text, split_sentences(text))
    return [text[d["start"] : d["end"]] for d in res["locations"]]


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


def test_unit_name_then_person_after_an_organ() -> None:
    # the district name opens the run, a person follows it
    res = run("Phó Chủ tịch UBND huyện Mai Sơn Lò Văn Hặc chủ trì buổi làm việc.")
    assert set(res) == {"Lò Văn Hặc"}
    assert res["Lò Văn Hặc"]["roles"] == ["chair"]


def test_title_first_person_after_a_level_word_stays() -> None:
    res = run("Chủ tịch UBND huyện Nguyễn Đình Khoa phát biểu tại buổi lễ.")
    assert set(res) == {"Nguyễn Đình Khoa"}


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


def test_level_word_after_an_organ_stays_a_level() -> None:
    res = run("Đồng chí Vũ Minh Tâm, Phó Chủ tịch UBND Huyện phát biểu.")
    assert res["Vũ Minh Tâm"]["title_texts"] == ["Phó Chủ tịch UBND Huyện"]


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


def test_rare_family_name_inside_an_organ_name_is_no_name() -> None:
    res = run("Anh Đinh Văn Hùng, Trưởng Nhóm thiện nguyện Kim Sơn đến dự.")
    assert set(res) == {"Đinh Văn Hùng"}


def test_ede_names_with_prefixes() -> None:
    res = run("Dự có Phó Trưởng ban Dân vận Tỉnh ủy H'Yim Kđoh và Chủ tịch Hội Nông dân tỉnh "
              "Y Thanh Niê.")
    assert {"H'Yim Kđoh", "Y Thanh Niê"} <= set(res)


def test_religious_name_after_a_form_of_address() -> None:
    res = run("Hòa thượng Thích Thanh Quang, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo "
              "Việt Nam dự lễ.")
    assert "Thích Thanh Quang" in res
    assert res["Thích Thanh Quang"]["roles"] == ["attend"]


# --- N4: a family name written in lower case after an honorific --------------------------


def test_lower_case_family_name_after_honorific() -> None:
    res = run("Tham dự có bà trần Thị Hoa, Phó Chủ tịch UBND xã; ông đỗ Văn Nam, Chủ tịch "
              "Hội Nông dân xã.")
    assert res["trần Thị Hoa"]["title_texts"] == ["Phó Chủ tịch UBND xã"]
    assert res["đỗ Văn Nam"]["roles"] == ["attend"]


def test_common_word_after_honorific_is_no_name() -> None:
    assert run("Ông bà con Nhân dân trong xã rất phấn khởi.") == {}


# --- T5: staff posts, Front blocs and sub-committees ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Dự có đồng chí Lâm Văn Út, chuyên viên Văn phòng Tỉnh ủy.", "Lâm Văn Út",
         "chuyên viên Văn phòng Tỉnh ủy"),
        ("Dự có đồng chí Phan Văn Bé, Tổng Thư ký Hội Luật gia tỉnh.", "Phan Văn Bé",
         "Tổng Thư ký Hội Luật gia tỉnh"),
        ("Dự có đồng chí Vi Văn Cường, Trưởng Tiểu ban Văn kiện.", "Vi Văn Cường",
         "Trưởng Tiểu ban Văn kiện"),
        ("Dự có đồng chí Tạ Văn Lộc, Phó Trưởng Khối MTTQ và các đoàn thể chính trị - xã hội "
         "huyện.", "Tạ Văn Lộc", "Phó Trưởng Khối MTTQ và các đoàn thể chính trị - xã hội huyện"),
        ("Thượng tá Lê Quang Hòa, Chính ủy Bộ CHQS tỉnh phát biểu.", "Lê Quang Hòa",
         "Chính ủy Bộ CHQS tỉnh"),
        ("Đồng chí Hà Văn Sơn, Đồn trưởng Đồn Biên phòng Mường Lát dự.", "Hà Văn Sơn",
         "Đồn trưởng Đồn Biên phòng Mường Lát"),
        ("Đồng chí Đào Thị Vân, Viện trưởng Viện kiểm sát nhân dân tỉnh dự.", "Đào Thị Vân",
         "Viện trưởng Viện kiểm sát nhân dân tỉnh"),
    ],
)
def test_lexicon_titles(text: str, name: str, title: str) -> None:
    res = run(text)
    assert name in res, res.keys()
    assert title in res[name]["title_texts"]


def test_lower_case_post_needs_a_name_before_it() -> None:
    # "chuyên viên" as a common noun opens no title
    assert run("Các chuyên viên Văn phòng Tỉnh ủy đã chuẩn bị chu đáo.") == {}


# --- convention 6 and issue 16 item 7: historical figures, places inside names -----------


def test_historical_figure_is_no_official() -> None:
    text = ("Đồng chí Bùi Văn Hải, Bí thư Huyện ủy yêu cầu đẩy mạnh học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh; noi gương Chủ tịch Hồ Chí Minh và Đại "
            "tướng Võ Nguyên Giáp.")
    assert set(run(text)) == {"Bùi Văn Hải"}
    assert "Hồ Chí Minh" not in locations(text)


def test_place_inside_a_name_or_organ_is_no_location() -> None:
    text = ("Đồng chí Trương Hòa Bình, Ủy viên Ủy ban MTTQ Việt Nam tỉnh dự hội nghị tại thành "
            "phố Hồ Chí Minh.")
    locs = locations(text)
    assert "Hòa Bình" not in locs and "Việt Nam" not in locs
    assert any("Hồ Chí Minh" in x for x in locs)


def test_caption_gives_no_event_location() -> None:
    text = ("Ngày 5/3/2024, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.\n"
            "Đồng chí Lê Văn Phúc dự lễ tại Nhà văn hóa thôn Đông, xã Tân Lập\n"
            "Hội nghị đã thống nhất các nội dung.")
    assert extract(text).event.location is None


def test_body_sentence_gives_the_event_location() -> None:
    text = ("Ngày 5/3/2024, tại Hội trường Huyện ủy, Ban Dân vận Huyện ủy tổ chức hội nghị.\n"
            "Đồng chí Lê Văn Phúc phát biểu tại Nhà văn hóa xã Tân Lập\n")
    assert extract(text).event.location == "Hội trường Huyện ủy"


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


def test_khmer_family_name_after_a_title() -> None:
    res = run("Phó Chủ tịch Hội Chữ thập đỏ tỉnh Danh Út phát biểu.")
    assert res["Danh Út"]["title_texts"] == ["Phó Chủ tịch Hội Chữ thập đỏ tỉnh"]


def test_rare_family_name_after_a_unit_name() -> None:
    res = run("Chủ tịch UBND huyện Mai Sơn Viên Thị Lụa dự lễ khai mạc.")
    assert set(res) == {"Viên Thị Lụa"}
    assert res["Viên Thị Lụa"]["roles"] == ["attend"]


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


def test_function_word_after_honorific_opens_no_name() -> None:
    res = run("Anh từ Thái Bình, Phó Chủ tịch Hội Nông dân xã, đã về dự.")
    assert not any(n.lower().startswith("từ") for n in res)
