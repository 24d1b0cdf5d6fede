"""What the data files mark on the syllables (danvan_nlp.marks): triggers, tenure words,
lower-case posts, role verbs inside an organ's name — seen through the officials stage."""

from typing import Any

import pytest

from conftest import check_officials
from conftest import officials_by_name as run

# one-off sentences, by pattern family: the names found (``names``), the title texts
# (``titles``) and roles (``roles``) of the names given
MARKS = [
    # the tenure word before a position belongs to the title
    pytest.param(
        "Đồng chí Hà Văn Sáu, nguyên Bí thư Tỉnh ủy dự buổi gặp mặt.",
        {"titles": {"Hà Văn Sáu": ["nguyên Bí thư Tỉnh ủy"]}},
        id="former_position",
    ),
    # a staff post in lower case only after a name
    # "chuyên viên" as a common noun opens no title
    pytest.param(
        "Các chuyên viên Văn phòng Tỉnh ủy đã chuẩn bị chu đáo.",
        {"names": set()},
        id="lower_case_post_needs_a_name_before_it",
    ),
    # a trigger only before a capital letter
    pytest.param(
        "Ông bà con Nhân dân trong xã rất phấn khởi.",
        {"names": set()},
        id="common_word_after_honorific_is_no_name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks_of_one_sentence(text: str, expected: dict[str, Any]) -> None:
    check_officials(text, expected)


def test_trigger_followed_by_a_colon() -> None:
    o = run("Dự hội nghị có các đồng chí: Lê Văn Tuấn, Trần Văn Bình, Phó Chủ tịch UBND tỉnh.")
    assert set(o) == {"Lê Văn Tuấn", "Trần Văn Bình"}
    assert o["Lê Văn Tuấn"]["roles"] == ["attend"]
    # "ông" names citizens: a colon does not change that
    assert run("Đặc biệt có ông: Lê Văn Tuấn, nông dân sản xuất giỏi.") == {}


@pytest.mark.parametrize(
    "organ", ["đại diện Ban Chỉ đạo phòng, chống thiên tai huyện", "thành viên Ban Chỉ đạo 35 tỉnh"],
)
def test_a_role_verb_inside_an_organ_name_is_no_role(organ: str) -> None:
    o = run(f"Dự có đồng chí Đoàn Văn Tài, Chủ tịch UBND huyện, {organ}.")["Đoàn Văn Tài"]
    assert o["roles"] == ["attend"]


# --- families found by the blind officials probe (fixtures/probe/officials-*.json) --------


@pytest.mark.parametrize(
    "text",
    [
        "Tham dự có bà Ông Thị Kim Oanh, Phó Chủ tịch UBND phường.",
        "Phó Giám đốc Sở Nội vụ Ông Thị Kim Oanh dự hội nghị.",
        "Ông Thị Kim Oanh, Phó Chủ tịch UBND phường dự hội nghị.",
        "Dự hội nghị có đồng chí Ông Văn Kim Oanh, Phó Chủ tịch UBND phường.",
    ],
)
def test_family_name_ong_is_no_honorific(text: str) -> None:
    res = run(text)
    assert [n for n in res if n.endswith("Kim Oanh")] in (["Ông Thị Kim Oanh"], ["Ông Văn Kim Oanh"])


def test_honorific_ong_before_a_name_stays_a_trigger() -> None:
    res = run("Ông Hà Văn Sinh, Bí thư Chi bộ thôn phát biểu.")
    assert list(res) == ["Hà Văn Sinh"]


# --- convention 6 and issue 16 item 7: historical figures, places inside names -----------


def test_function_word_after_honorific_opens_no_name() -> None:
    res = run("Anh từ Thái Bình, Phó Chủ tịch Hội Nông dân xã, đã về dự.")
    assert not any(n.lower().startswith("từ") for n in res)
