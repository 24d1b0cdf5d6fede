"""Property tests: for any text, extract returns a valid Report with valid offsets, the
same values for NFC and NFD spellings, and the same output every time."""

import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import danvan_nlp
from danvan_nlp.report import json_schema

# text that looks like the articles: Vietnamese words, titles, names, dates, punctuation
PIECES = [
    "Đồng chí ", "Nguyễn Văn An", "Trần Thị Hoà", ", ", " - ", "; ", ". ", ": ", "\n", "\n\n",
    "Bí thư Tỉnh uỷ", "Phó Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ", " dự", " chủ trì hội nghị",
    "phát biểu chỉ đạo", " đề nghị ", "tăng cường công tác dân vận", "Chiều ngày 13/1", " năm 2021",
    "quý I/2023", "6 tháng đầu năm", "nhiệm kỳ 2020-2025", "13/1/2021 17:05", "Lượt xem: 12",
    "Ảnh: Minh Hà", "<p>", "&amp;", "\u00a0", "(", ")", "“", "”", "12", "/", "các đồng chí",
    "Thời gian tới, ", "Để làm tốt, ", " cần ", "Ban Chỉ đạo ", "Hội đồng xét tặng ", "TS. ",
    "Y Nhuần Byă", "H'Liên Niê", " 2:05 PM", "Trang chủ > ", "Chia sẻ Facebook ", "Thứ nhất, ",
    "1. ", "chuyên trách ", "cử tri kiến nghị", " tổ chức ", "Câu lạc bộ ", "thôn 3",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
)
# DANVAN_HYPOTHESIS_EXAMPLES=2000 for a longer run than CI's
SETTINGS = settings(
    max_examples=int(os.environ.get("DANVAN_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def located(report):  # type: ignore[no-untyped-def]
    items = [*report.dates, *report.tasks, *report.organizations, *report.locations]
    for o in report.officials:
        items.extend(o.titles)
        items.extend(o.mentions)
    return items


@SETTINGS
@given(texts)
def test_any_text_gives_a_valid_report(text: str) -> None:
    import jsonschema

    report = danvan_nlp.extract(text)
    for item in located(report):
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    jsonschema.validate(report.to_dict(), json_schema())


@SETTINGS
@given(texts)
def test_deterministic(text: str) -> None:
    assert danvan_nlp.extract(text).to_dict() == danvan_nlp.extract(text).to_dict()


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_nfc_and_nfd_give_the_same_values(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    a, b = danvan_nlp.extract(nfc), danvan_nlp.extract(nfd)
    assert [(o.name, o.roles) for o in a.officials] == [(o.name, o.roles) for o in b.officials]
    assert [(d.value, d.kind) for d in a.dates] == [(d.value, d.kind) for d in b.dates]
    assert len(a.tasks) == len(b.tasks)
    assert (a.published, a.event) == (b.published, b.event)


# Mutated articles of the shared dev corpus (read at test time, never copied into the
# project): insertions, deletions, repetitions, NFD/NFKC, HTML, case, random code points —
# lone surrogates included (a truncated emoji as a JSON loader leaves it).
def _corpus_texts() -> list[str]:
    import json

    from conftest import DEV_CORPUS

    if not DEV_CORPUS.is_dir():
        return []
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV_CORPUS.glob("*.json"))]


CORPUS = _corpus_texts()
MUTATIONS = ("insert", "codepoint", "surrogate", "delete", "repeat", "nfd", "nfkc", "html", "case")


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    text: str = draw(st.sampled_from(CORPUS))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(MUTATIONS))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 300)))
        if op == "insert":
            text = text[:i] + draw(st.text(max_size=30)) + text[i:]
        elif op == "codepoint":
            text = text[:i] + chr(draw(st.integers(0, 0x10FFFF))) + text[i:]
        elif op == "surrogate":
            text = text[:i] + chr(draw(st.integers(0xD800, 0xDFFF))) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:j] + text[i:j] * draw(st.integers(2, 6)) + text[j:]
        elif op in ("nfd", "nfkc"):
            text = unicodedata.normalize(op.upper(), text)
        elif op == "html":
            text = text[:i] + "<p><b>" + text[i:j] + "</b>&nbsp;&amp;</p>" + text[j:]
        else:
            text = text[:i] + draw(st.sampled_from([str.upper, str.lower, str.swapcase]))(text[i:j]) + text[j:]
    return text


@pytest.mark.skipif(not CORPUS, reason="shared dev corpus (../shared/corpus/dev) not present")
@SETTINGS
@given(mutated_articles() if CORPUS else st.just(""))
def test_mutated_corpus_articles_give_valid_reports(text: str) -> None:
    import jsonschema

    report = danvan_nlp.extract(text)
    clean = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    for item in located(report):
        assert 0 <= item.start <= item.end <= len(text)
        assert clean[item.start : item.end] == item.text
    jsonschema.validate(report.to_dict(), json_schema())
    report.to_json().encode("utf-8")


@SETTINGS
@given(st.text(alphabet=st.integers(0, 0x10FFFF).map(chr), max_size=200))
def test_any_code_points_including_surrogates(text: str) -> None:
    report = danvan_nlp.extract(text)
    clean = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    for item in located(report):
        assert clean[item.start : item.end] == item.text
    report.to_json().encode("utf-8")
