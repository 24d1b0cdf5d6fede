"""What the data files mark on the syllables (danvan_nlp.marks): triggers, tenure words,
lower-case posts, role verbs inside an organ's name — seen through the officials stage."""

from typing import Any

import pytest

from conftest import check_officials
from conftest import officials_by_name as run
from danvan_nlp.marks import mark, sentence_index, syllables
from danvan_nlp.tokenize import split_sentences

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


# --- the syllable cut and the marks themselves -------------------------------------------

SYLLABLES = [
    # a dotted abbreviation written without spaces is one syllable: its dots end nothing
    ("Ủy ban MTTQ TP.HCM họp.", ["Ủy", "ban", "MTTQ", "TP.HCM", "họp", "."]),
    ("Ban Dân vận T.Ư, tỉnh", ["Ban", "Dân", "vận", "T.Ư", ",", "tỉnh"]),
    # an apostrophe inside a name, "&" inside an abbreviation, numbers with their signs
    ("K’Bình và Y Nguyên (P&G) ngày 3/4", ["K’Bình", "và", "Y", "Nguyên", "(", "P&G", ")", "ngày", "3", "/", "4"]),
]


@pytest.mark.parametrize(("text", "expected"), SYLLABLES)
def test_syllables_and_their_offsets(text: str, expected: list[str]) -> None:
    syls = syllables(text)
    assert [s.text for s in syls] == expected
    assert all(text[s.start : s.end] == s.text and s.low == s.text.lower() for s in syls)


def _marks(text: str) -> dict[str, list[str]]:
    syls = syllables(text)
    m = mark(syls, sentence_index(syls, split_sentences(text)))

    def spans(table: dict[int, int]) -> list[str]:
        return [" ".join(s.text for s in syls[a:b]) for a, b in sorted(table.items())]

    return {"pos": spans(m.pos), "org": spans(m.org), "lvl": spans(m.lvl), "trig": spans(m.trig)}


# what the data files mark: position heads, organs, level words, triggers — the longest match
# at each start (a shorter one at the same start is not kept; one at a later start may be)
MARKED = [
    ("Đồng chí Lê Văn An, Phó Chủ tịch Thường trực UBND tỉnh phát biểu.",
     {"trig": ["Đồng chí"], "pos": ["Phó Chủ tịch Thường trực", "Chủ tịch"], "org": ["UBND"],
      "lvl": ["tỉnh"]}),
    ("Bà Hà Thị Nga, Trưởng ban Dân vận Huyện ủy dự.",
     {"trig": ["Bà"], "pos": ["Trưởng ban"], "org": ["ban Dân vận", "Huyện ủy"], "lvl": ["Huyện"]}),
    ("Thiếu tướng Trần Văn Bình, Chính ủy Bộ đội Biên phòng tỉnh.",
     {"trig": [], "pos": ["Thiếu tướng", "Chính ủy"], "org": ["Bộ đội Biên phòng", "phòng"],
      "lvl": ["tỉnh"]}),
]


@pytest.mark.parametrize(("text", "expected"), MARKED)
def test_what_the_data_files_mark(text: str, expected: dict[str, list[str]]) -> None:
    assert _marks(text) == expected


def test_a_capitalized_verb_after_a_capitalized_word_names_an_organ() -> None:
    # "Chỉ đạo" in "Ban Chỉ đạo …" is part of an organ's name, no role verb
    syls = syllables("Ban Chỉ đạo tỉnh họp. Đồng chí Lê Văn An chỉ đạo hội nghị.")
    m = mark(syls, sentence_index(syls, split_sentences(" ".join(s.text for s in syls))))
    verbs = [syls[a].text for a in m.roles]
    assert "Chỉ" not in verbs and "chỉ" in verbs
