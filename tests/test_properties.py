"""Property tests: for any text, extract returns a valid Report with valid offsets, the
same values for NFC and NFD spellings, and the same output every time."""

import os
import unicodedata

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
