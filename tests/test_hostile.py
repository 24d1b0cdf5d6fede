"""Bad input gets a clear error or an empty result, in bounded (linear) time."""

import time
import unicodedata

import pytest

import danvan_nlp
from conftest import all_offsets_valid
from danvan_nlp.report import Report


@pytest.mark.parametrize("bad", [None, b"Chi\xe1\xbb\x81u nay", bytearray(b"x"), 42, ["a"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="needs str"):
        danvan_nlp.extract(bad)  # type: ignore[arg-type]


def test_bytes_message_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        danvan_nlp.extract(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0\u200b"])
def test_empty_gives_empty_report(text: str) -> None:
    r = danvan_nlp.extract(text)
    assert isinstance(r, Report)
    assert r.officials == [] and r.dates == [] and r.tasks == []


@pytest.mark.parametrize("published", ["tomorrow", "13/1/2021", 20210113])
def test_bad_published(published: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        danvan_nlp.extract("Hội nghị.", published=published)  # type: ignore[arg-type]


def test_html_markup_is_ignored() -> None:
    html = ("<html><head><style>p{color:red}</style></head><body><p>Chiều ngày 13/1/2021, "
            "đồng chí <b>Nguyễn Văn Tú</b>, Bí thư Tỉnh ủy chủ trì hội nghị.</p>"
            "<script>var a = '<p>Trần Văn B, Bí thư</p>';</script></body></html>")
    r = danvan_nlp.extract(html)
    assert [o.name for o in r.officials] == ["Nguyễn Văn Tú"]
    assert r.officials[0].roles == ["chair"]
    # a whole page is read with trafilatura: offsets point into the text the Report carries
    assert r.text is not None and "<" not in r.text
    assert all_offsets_valid(r, r.text) == []
    assert r.event.date == "2021-01-13"
    # markup that is not a whole page keeps offsets into the caller's string
    fragment = html.split("<body>", 1)[1].split("</body>", 1)[0]
    f = danvan_nlp.extract(fragment)
    assert [o.name for o in f.officials] == ["Nguyễn Văn Tú"] and f.text is None
    assert all_offsets_valid(f, fragment) == []


def test_nfd_text() -> None:
    text = unicodedata.normalize("NFD", "Đồng chí Nguyễn Thị Hoà, Chủ tịch UBND huyện dự hội nghị.")
    r = danvan_nlp.extract(text)
    assert [o.name for o in r.officials] == ["Nguyễn Thị Hòa"]
    assert all_offsets_valid(r, text) == []


def _seconds(text: str) -> float:
    t = time.perf_counter()
    r = danvan_nlp.extract(text)
    assert all_offsets_valid(r, text) == []
    return time.perf_counter() - t


@pytest.mark.parametrize(
    "unit",
    [",", "-", "Đồng chí ", "1234567890", "//", "12/", "Ủy viên, ", "; đồng chí Lê Văn A, Bí thư",
     "(((", "“", "Nguyễn ", "\n", "năm 2020 ", "<p>", "Chủ tịch Hội đồng xét tặng “", "Chia sẻ Facebook ", "Trang chủ > ",
     "Ông Lê Văn An, Chủ nhiệm Câu lạc bộ hưu trí Hoa Sen, "],
)
def test_pathological_repetitions_are_linear(unit: str) -> None:
    danvan_nlp.extract("khởi động")
    small = _seconds(unit * 2_000)
    big = _seconds(unit * 16_000)
    # 8x the input may cost at most ~16x the time (plus noise): no quadratic blow-up
    assert big <= 16 * small + 2.0, (small, big)


@pytest.mark.parametrize("unit", ["x, cần, ", "x; tiếp tục ", "a, b, ", "cần x, phấn đấu y, "])
def test_long_directive_passages_are_linear(unit: str) -> None:
    # one endless sentence of task clauses after a directive (task splitting was quadratic)
    lead = "Đồng chí Lê Văn An đề nghị "
    danvan_nlp.extract("khởi động")
    small = _seconds(lead + unit * 2_000)
    big = _seconds(lead + unit * 16_000)
    assert big <= 16 * small + 2.0, (small, big)
