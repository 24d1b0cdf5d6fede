"""The composed officials stage (danvan_nlp.officials): names, titles and roles of one
sentence together, later mentions (by name, title, given name, pronoun), no officials."""

from typing import Any

import pytest

from conftest import check_officials
from conftest import officials_by_name as run

# one-off sentences, by pattern family: the names found (``names``), the title texts
# (``titles``) and roles (``roles``) of the names given
OFFICIALS = [
    # a name with its titles and its verb
    pytest.param(
        "Chiều nay, Chủ tịch UBND tỉnh Hà Tĩnh Võ Thanh Bình phát biểu tại hội nghị.",
        {
            "titles": {"Võ Thanh Bình": ["Chủ tịch UBND tỉnh Hà Tĩnh"]},
            "roles": {"Võ Thanh Bình": ["speak"]},
        },
        id="title_with_place_then_name",
    ),
    pytest.param(
        "Ông Kha Văn Minh, Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu tại hội nghị.",
        {
            "titles": {"Kha Văn Minh": ["Giám đốc Sở Lao động - Thương binh và Xã hội"]},
            "roles": {"Kha Văn Minh": ["speak"]},
        },
        id="dash_inside_an_organ_name",
    ),
    pytest.param(
        "Hơn 10 năm làm Trưởng bản Nà Hin, ông Lường Văn Pánh luôn được bà con tin yêu.",
        {"titles": {"Lường Văn Pánh": ["Trưởng bản Nà Hin"]}, "roles": {"Lường Văn Pánh": []}},
        id="village_positions",
    ),
    # lists of people: titles and the list's verb
    pytest.param(
        "Chủ trì hội nghị có các đồng chí: Đàm Quốc Việt - Phó Chủ tịch Thường trực UBND "
        "huyện; Hứa Thị Lan – Huyện ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam huyện; dự hội "
        "nghị có đồng chí Mạc Văn Tâm- Trưởng ban Tổ chức Huyện ủy.",
        {
            "titles": {
                "Đàm Quốc Việt": ["Phó Chủ tịch Thường trực UBND huyện"],
                "Hứa Thị Lan": ["Huyện ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"],
                "Mạc Văn Tâm": ["Trưởng ban Tổ chức Huyện ủy"],
            },
            "roles": {
                "Đàm Quốc Việt": ["chair"],
                "Hứa Thị Lan": ["chair"],
                "Mạc Văn Tâm": ["attend"],
            },
        },
        id="dash_and_semicolon_list",
    ),
    pytest.param(
        "Đến dự có các đồng chí Ủy viên Bộ Chính trị: Phan Văn Hùng, Thường trực Ban Bí thư; "
        "Lý Thị Mai, Phó Thủ tướng Chính phủ.",
        {
            "titles": {
                "Phan Văn Hùng": ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"],
                "Lý Thị Mai": ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"],
            },
            "roles": {"Lý Thị Mai": ["attend"]},
        },
        id="shared_title_before_colon",
    ),
    pytest.param(
        "Về phía tỉnh có đồng chí Vương Đình Huệ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; Đại tá "
        "Phùng Quang Vinh, Phó Giám đốc Công an tỉnh.",
        {
            "titles": {"Phùng Quang Vinh": ["Đại tá", "Phó Giám đốc Công an tỉnh"]},
            "roles": {"Phùng Quang Vinh": ["attend"]},
        },
        id="rank_before_a_list_member_keeps_the_list_verb",
    ),
    pytest.param(
        "Dự hội nghị có các Ủy viên Trung ương Đảng: Bí thư Tỉnh ủy Đinh Văn Sơn, Chủ tịch "
        "UBND tỉnh Phan Thị Lan.",
        {
            "titles": {
                "Đinh Văn Sơn": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
                "Phan Thị Lan": ["Ủy viên Trung ương Đảng", "Chủ tịch UBND tỉnh"],
            },
            "roles": {"Phan Thị Lan": ["attend"]},
        },
        id="a_heading_title_over_a_list_of_title_first_pairs",
    ),
    # a later mention by a pronoun
    pytest.param(
        "Dự có đồng chí Giáp Văn Khôi, Phó Chủ tịch UBND tỉnh. Đồng chí cũng đề nghị các xã chủ "
        "động rà soát.",
        {"roles": {"Giáp Văn Khôi": ["attend", "speak"]}},
        id="pronoun_subject_with_an_adverb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIALS)
def test_officials_of_one_sentence(text: str, expected: dict[str, Any]) -> None:
    check_officials(text, expected)


def test_name_then_titles_then_verbs() -> None:
    text = ("Đồng chí Trần Minh Đức, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH "
            "tỉnh dự và chỉ đạo hội nghị.")
    o = run(text)["Trần Minh Đức"]
    assert o["title_texts"] == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"]
    assert o["roles"] == ["attend", "direct"]
    t = o["titles"][2]
    assert t["position"] == "Trưởng đoàn" and t["level"] == "tỉnh"
    assert t["canonical"] == "Trưởng đoàn Đại biểu Quốc hội tỉnh"


def test_titles_before_the_name() -> None:
    text = "Phó Bí thư Thường trực Huyện ủy Lê Hoàng Phúc chủ trì hội nghị."
    o = run(text)["Lê Hoàng Phúc"]
    assert o["title_texts"] == ["Phó Bí thư Thường trực Huyện ủy"]
    assert o["roles"] == ["chair"]
    assert o["titles"][0]["position"] == "Phó Bí thư Thường trực"
    assert o["titles"][0]["level"] == "huyện"


def test_introducing_verb_and_later_verb() -> None:
    text = ("Dự hội nghị có đồng chí Bùi Văn Nam, Phó Chủ tịch UBND tỉnh; đồng chí Kiều Thị Hoa, "
            "Trưởng ban Dân vận Tỉnh ủy chủ trì hội nghị. Phát biểu kết luận, đồng chí Kiều Thị Hoa "
            "đề nghị các đơn vị tăng cường công tác dân vận.")
    res = run(text)
    assert res["Bùi Văn Nam"]["roles"] == ["attend"]
    assert res["Kiều Thị Hoa"]["roles"] == ["chair", "attend", "speak"]
    assert len(res["Kiều Thị Hoa"]["mentions"]) == 2


def test_later_mention_by_title() -> None:
    text = ("Đồng chí Ninh Văn Khải, Bí thư Huyện ủy dự hội nghị. Đồng chí Bí thư Huyện ủy "
            "yêu cầu các xã tập trung chỉ đạo.")
    o = run(text)["Ninh Văn Khải"]
    assert len(o["mentions"]) == 2
    assert text[o["mentions"][1][0] : o["mentions"][1][1]] == "Bí thư Huyện ủy"


def test_group_is_not_a_coreference() -> None:
    text = ("Đồng chí Ninh Văn Khải, Bí thư Huyện ủy cùng các đồng chí Bí thư Huyện ủy các huyện "
            "chủ trì hội nghị.")
    o = run(text)["Ninh Văn Khải"]
    assert len(o["mentions"]) == 1
    assert o["roles"] == ["chair"]


def test_person_without_title_after_trigger() -> None:
    text = "Hội nghị chúc mừng đồng chí Giáp Văn Long được bầu bổ sung."
    o = run(text)["Giáp Văn Long"]
    assert o["titles"] == [] and o["roles"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Các đại biểu dự hội nghị. Ảnh: Minh Tuấn",  # photo credit, handled by normalize
        "Hội nghị diễn ra tại huyện Giao Thủy, tỉnh Nam Định.",  # places
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",  # no position
        "Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị.",  # a title with no name
        "Hội nghị có sự tham dự của lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh.",
        "Phó Bí thư Thường trực Tỉnh ủy dự hội nghị.",
        "Thành phố Hà Nội và tỉnh Hòa Bình ký kết hợp tác.",
    ],
)
def test_no_official(text: str) -> None:
    assert run(text) == {}


def test_citizens_named_with_ong_ba_are_not_officials() -> None:
    text = ("Gia đình ông Nguyễn Văn Mười ở thôn 3 đã hiến 300m2 đất. Bà Lò Thị Xuân, người có uy "
            "tín trong đồng bào, chia sẻ kinh nghiệm. Ông Khổng Minh Đức, Chủ tịch UBND xã phát biểu.")
    res = run(text)
    assert list(res) == ["Khổng Minh Đức"]


# --- families found by the blind officials probe (fixtures/probe/officials-*.json) --------


def test_later_mention_by_honorific_and_given_name() -> None:
    text = ("Tiếp đoàn có ông Phùng Văn Xã, Chủ tịch UBND xã Tà Xùa. Phát biểu tại buổi làm việc, "
            "ông Xã cho biết xã đã hoàn thành kế hoạch.")
    o = run(text)["Phùng Văn Xã"]
    assert "report" in o["roles"]
    # two officials with that given name: no guess
    text = ("Dự có bà Lê Thị Hoa, Phó Chủ tịch HĐND huyện và bà Trịnh Thị Hoa, Trưởng ban Dân vận "
            "Huyện ủy. Bà Hoa phát biểu tại hội nghị.")
    res = run(text)
    assert res["Lê Thị Hoa"]["roles"] == ["attend"]
    assert res["Trịnh Thị Hoa"]["roles"] == ["attend"]


def test_pronoun_subject_refers_to_the_one_person_before() -> None:
    text = ("Về dự có đồng chí Đặng Quốc Khánh, Giám đốc Công an tỉnh. Đồng chí đề nghị lực lượng "
            "Công an xã bám sát địa bàn.")
    assert run(text)["Đặng Quốc Khánh"]["roles"] == ["attend", "speak"]
    text = ("Ông Nịnh Văn Tồn, Chủ tịch Hội Nông dân huyện trao quà cho các hộ nghèo. Bà mong muốn "
            "các hộ vươn lên.")
    assert run(text)["Nịnh Văn Tồn"]["roles"] == ["attend", "speak"]
    # two people named before: the pronoun is not resolved
    text = ("Dự có ông Lý Văn Hải, Phó Chủ tịch UBND huyện; ông Tô Minh Trí, Chủ tịch Hội Cựu chiến "
            "binh huyện. Ông nhấn mạnh vai trò của hội viên.")
    res = run(text)
    assert res["Lý Văn Hải"]["roles"] == ["attend"] and res["Tô Minh Trí"]["roles"] == ["attend"]


def test_later_bare_position_is_the_earlier_title() -> None:
    text = ("Dự có Thứ trưởng Bộ Dân tộc và Tôn giáo Nông Văn Hòa. Phát biểu tại hội nghị, Thứ "
            "trưởng Nông Văn Hòa nhấn mạnh yêu cầu đổi mới.")
    assert run(text)["Nông Văn Hòa"]["title_texts"] == ["Thứ trưởng Bộ Dân tộc và Tôn giáo"]
    # a bare position first, then the full one: both as written
    text = ("Giám đốc Trần Minh Cường phát biểu. Ông Trần Minh Cường, Giám đốc Sở Xây dựng, "
            "cho biết thêm.")
    assert run(text)["Trần Minh Cường"]["title_texts"] == ["Giám đốc", "Giám đốc Sở Xây dựng"]


def test_bare_position_before_a_role_verb_is_its_unique_holder() -> None:
    text = ("Dự có đồng chí Mạc Văn Khuyến, Giám đốc Sở Nội vụ. Phát biểu tại buổi làm việc, Giám "
            "đốc cũng đề nghị các xã rà soát hồ sơ.")
    assert run(text)["Mạc Văn Khuyến"]["roles"] == ["attend", "speak"]
    # two holders of a position that begins the same way: no guess
    text = ("Dự có ông Lê Văn Tám, Phó Giám đốc Sở Tài chính và ông Vũ Đình Hòe, Phó Giám đốc Sở "
            "Y tế. Phó Giám đốc đề nghị các xã rà soát hồ sơ.")
    res = run(text)
    assert res["Lê Văn Tám"]["roles"] == ["attend"] and res["Vũ Đình Hòe"]["roles"] == ["attend"]
