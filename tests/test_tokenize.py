"""danvan_nlp.tokenize: sentences, underthesea's words aligned to the text, and the spaCy
Doc built on the caller's original text."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan_nlp.tokenize import _align, segment, split_sentences


def test_alignment_ignores_spaces_the_segmenter_adds() -> None:
    text = "19:20[GMT+7] và 21/12/2020 | 18:11:53"
    pieces = ["19", ":", "20", "[ GMT", "+", "7", "]", "và", "21/12/2020 |", "18:11:53"]
    spans = _align(text, 0, len(text), pieces)
    assert [text[a:b] for a, b in spans] == [
        "19", ":", "20", "[GMT", "+", "7", "]", "và", "21/12/2020 |", "18:11:53"
    ]


def test_alignment_falls_back_when_segmenter_rewrites() -> None:
    text = "Ban Dân vận Tỉnh ủy"
    spans = _align(text, 0, len(text), ["Ban", "XYZ", "Tỉnh ủy"])
    assert [text[a:b] for a, b in spans] == ["Ban", "Dân", "vận", "Tỉnh", "ủy"]


def test_segment_words_cover_the_text() -> None:
    text = "Đồng chí Nguyễn Thị Thu Hà, Bí thư Tỉnh ủy dự hội nghị. Hội nghị kết thúc."
    sents = segment(text)
    assert len(sents) == 2
    words = [text[a:b] for s in sents for a, b in s.words]
    assert "Nguyễn Thị Thu Hà" in words
    assert "".join(words).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
        ("Tiêu đề\n\nĐoạn văn một.", ["Tiêu đề", "Đoạn văn một."]),
        ("Đồng chí Lê Văn Minh\nphát biểu.", ["Đồng chí Lê Văn Minh\nphát biểu."]),
        ("Ảnh minh họa\nĐồng chí Lê Văn Minh phát biểu.", ["Ảnh minh họa", "Đồng chí Lê Văn Minh phát biểu."]),
        ("Ngày 2.5.2021 là ngày lễ.", ["Ngày 2.5.2021 là ngày lễ."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_hard_wrapped_text_joins_lines() -> None:
    text = (
        "Về dự kỳ họp có các đồng chí: Lê Văn Minh, Chủ tịch Ủy ban MTTQ huyện; Nguyễn\n"
        "Văn Tuấn, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các tổ chức thành viên và\n"
        "các vị Ủy viên Ủy ban MTTQ huyện; lãnh đạo các phòng ban chuyên môn thuộc huyện\n"
        "cùng đại diện các xã, thị trấn trong toàn huyện tham dự kỳ họp thường lệ năm\n"
        "nay tại hội trường.\n"
    )
    assert len(split_sentences(text)) == 1


def test_spacy_doc_is_built_on_the_original_text() -> None:
    import danvan_nlp

    nlp = danvan_nlp.load()
    text = unicodedata.normalize("NFD", "Chiều  ngày 13/1, đồng chí Nguyễn Văn Tú\u00a0dự hội nghị.")
    doc = nlp.make_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token)] == token.text
    assert any(t.norm_ == "Nguyễn Văn Tú" for t in doc)
    assert len(list(doc.sents)) == 1


def test_the_report_doc_keeps_the_text_and_builds_no_spans() -> None:
    import danvan_nlp
    from danvan_nlp.pipeline import SPAN_KEY, doc_to_report
    from danvan_nlp.tokenize import REPORT_ONLY

    text = "Chiều 13/1/2021,  đồng chí Nguyễn Văn Tú,\nBí thư Tỉnh uỷ chủ trì hội nghị."
    nlp = danvan_nlp.load()
    doc = nlp(nlp.tokenizer.report_doc(text))
    assert doc.text == text and doc.user_data[REPORT_ONLY]
    assert SPAN_KEY not in doc.spans
    assert [t.text for t in doc if not t.is_space][:3] == ["Chiều", "13/1/2021,", "đồng"]
    full = nlp(text)  # the Doc a spaCy user asks for: words and spans
    assert "Nguyễn Văn Tú" in [s.text for s in full.spans[SPAN_KEY]]
    assert doc_to_report(doc) == doc_to_report(full)


_PIECES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\x1c", "\u3000", "Bí", "thư", "13/1,", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_report_doc_is_built_on_the_callers_text(text: str) -> None:
    import danvan_nlp

    doc = danvan_nlp.load().tokenizer.report_doc(text)
    assert doc.text == text
    assert all(t.text.strip() == t.text or t.is_space for t in doc)
