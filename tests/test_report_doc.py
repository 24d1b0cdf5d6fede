"""extract() computes only what the Report reads (issue 14, item 3).

``extract()`` builds its Doc with :meth:`DanvanTokenizer.report_doc`: whitespace tokens, no
underthesea segmentation, no span group. The officials stage asks for underthesea's words of
a sentence only where its place-then-name rule needs them. The Report must be the one the
full Doc (underthesea's words as tokens) gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import danvan_nlp
import danvan_nlp.tokenize as tokenize_module
from conftest import SEEDS, read_seed
from danvan_nlp.pipeline import SPAN_KEY, doc_to_report
from danvan_nlp.tokenize import REPORT_ONLY

# a place right before a title-first name: the rule that reads underthesea's words
PLACE_THEN_NAME = [
    ("Đến dự có Phó Chủ tịch UBND huyện Mai Sơn Lò Văn Hoa.", "Lò Văn Hoa"),
    ("Cùng dự hội nghị có Bí thư Huyện ủy Bảo Lâm Nông Thị Dung và nhiều đại biểu.", "Nông Thị Dung"),
    ("Tham dự còn có Chủ tịch UBND xã Tân Phú Hà Văn Thắng.", "Hà Văn Thắng"),
]
# no capitalized run after a title holds a place and then a name: nothing to segment
NO_PLACE_THEN_NAME = [
    "Sáng 12/3, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Thị Mai yêu cầu các sở tiếp tục rà soát.",
    "Hội nghị tổng kết công tác dân vận năm 2024 diễn ra tại Hội trường Tỉnh ủy.",
]


def _segmenter_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every sentence that goes to underthesea's segmenter (still segmenting it)."""
    calls: list[str] = []
    real = tokenize_module.load_segmenter()

    def counting(sentence: str) -> list[str]:
        calls.append(sentence)
        return real(sentence)

    monkeypatch.setattr(tokenize_module, "load_segmenter", lambda: counting)
    return calls


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_extract_gives_the_report_of_the_full_doc(path: Path) -> None:
    text = read_seed(path)
    full = danvan_nlp.load()(text)  # underthesea's words as tokens, spans set
    assert danvan_nlp.extract(text) == doc_to_report(full)


@pytest.mark.parametrize("text", NO_PLACE_THEN_NAME)
def test_extract_does_not_segment_words_nobody_reads(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _segmenter_calls(monkeypatch)
    report = danvan_nlp.extract(text)
    assert calls == []
    assert report == doc_to_report(danvan_nlp.load()(text))


@pytest.mark.parametrize(("text", "name"), PLACE_THEN_NAME)
def test_the_sentence_the_name_rule_needs_is_segmented_once(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _segmenter_calls(monkeypatch)
    prefix = "Hội nghị diễn ra tại thành phố. "  # a sentence that is not segmented
    report = danvan_nlp.extract(prefix + text)
    assert [o.name for o in report.officials] == [name]
    assert calls == [text]


@pytest.mark.parametrize(("text", "name"), PLACE_THEN_NAME)
def test_a_blank_pipeline_gets_the_words_on_demand(text: str, name: str) -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("danvan_officials")
    assert [o.name for o in doc_to_report(nlp(text)).officials] == [name]


def test_the_report_doc_keeps_the_text_and_builds_no_spans() -> None:
    text = "Chiều 13/1/2021,  đồng chí Nguyễn Văn Tú,\nBí thư Tỉnh uỷ chủ trì hội nghị."
    nlp = danvan_nlp.load()
    doc = nlp(nlp.tokenizer.report_doc(text))
    assert doc.text == text and doc.user_data[REPORT_ONLY]
    assert SPAN_KEY not in doc.spans
    assert [t.text for t in doc if not t.is_space][:3] == ["Chiều", "13/1/2021,", "đồng"]
    full = nlp(text)  # the Doc a spaCy user asks for: words and spans
    assert "Nguyễn Văn Tú" in [s.text for s in full.spans[SPAN_KEY]]
    assert doc_to_report(doc) == doc_to_report(full)
