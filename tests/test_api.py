"""danvan_nlp.api and the package's public names: extract() and extract_many() — their
arguments, hostile input (a clear error or an empty result, in bounded, linear time), lone
surrogates, progress, threads and worker processes."""

from __future__ import annotations

import json
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import danvan_nlp
from conftest import SEEDS, all_offsets_valid, read_seed
from danvan_nlp.pipeline import doc_to_report
from danvan_nlp.report import Report
from helpers import NGAN, PLACE_THEN_NAME, VINH, segmenter_calls

# --- the package's names ----------------------------------------------------------------------


def test_public_api_names_are_not_shadowed_by_modules() -> None:
    import importlib

    for mod in ("danvan_nlp.scoring", "danvan_nlp.normalize", "danvan_nlp.api", "danvan_nlp.display", "danvan_nlp.frames"):
        importlib.import_module(mod)
    assert callable(danvan_nlp.evaluate) and danvan_nlp.evaluate.__name__ == "evaluate"
    assert callable(danvan_nlp.extract) and callable(danvan_nlp.load)
    assert callable(danvan_nlp.render) and callable(danvan_nlp.to_frames)


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, time; t = time.perf_counter(); import danvan_nlp; dt = time.perf_counter() - t;"
        "print(dt, 'underthesea' in sys.modules, 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, underthesea_loaded, spacy_loaded = out.stdout.split()
    assert float(seconds) < 1.0
    assert underthesea_loaded == "False" and spacy_loaded == "False"


# --- hostile input: a clear error or an empty result ----------------------------------------


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


@pytest.mark.parametrize("where", [0, VINH.index("đồng chí"), len(VINH)])
def test_lone_surrogate_is_replaced_with_offsets_kept(where: int) -> None:
    text = VINH[:where] + "\ud83b" + VINH[where:]
    report = danvan_nlp.extract(text)
    clean = text.replace("\ud83b", "\ufffd")
    assert report.officials and report.officials[0].name == "Lê Quang Vinh"
    assert any("surrogate" in w for w in report.warnings)
    for d in report.dates:
        assert clean[d.start : d.end] == d.text
    assert next(iter(danvan_nlp.extract_many([text, VINH]))) == report
    assert danvan_nlp.load()(text).text == clean
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")


# --- hostile input: bounded, linear time ------------------------------------------------------


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


# --- extract_many's arguments ------------------------------------------------------------------


def test_extract_many_rejects_one_string_at_once() -> None:
    with pytest.raises(TypeError, match="extract_many"):
        danvan_nlp.extract_many(VINH)


def test_extract_many_published_of_another_length() -> None:
    with pytest.raises(ValueError, match="published has 1 values for 2 texts"):
        danvan_nlp.extract_many([VINH, NGAN], published=["2024-01-12"])
    reports = danvan_nlp.extract_many(iter([VINH, NGAN]), published=iter(["2024-01-12"]))
    with pytest.raises(ValueError, match="fewer values than texts"):
        list(reports)


@pytest.mark.parametrize("kwargs", [{"n_process": 0}, {"n_process": -1}, {"batch_size": 0}])
def test_extract_many_bad_counts(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        danvan_nlp.extract_many([VINH], **kwargs)


def test_progress_bar_has_a_total(capsys: pytest.CaptureFixture[str]) -> None:
    list(danvan_nlp.extract_many([VINH, NGAN, VINH], progress=True))
    err = capsys.readouterr().err
    assert "3/3" in err and "100%" in err


# --- threads and worker processes give the sequential results ---------------------------------


def test_threads_give_the_same_results_as_sequential() -> None:
    texts = [read_seed(p) for p in SEEDS] * 3
    sequential = [danvan_nlp.extract(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = [r.to_dict() for r in pool.map(danvan_nlp.extract, texts)]
    assert parallel == sequential


def test_extract_many_matches_extract() -> None:
    texts = [read_seed(p) for p in SEEDS[:3]]
    expected = [danvan_nlp.extract(t).to_dict() for t in texts]
    assert [r.to_dict() for r in danvan_nlp.extract_many(texts)] == expected
    assert [r.to_dict() for r in danvan_nlp.extract_many(texts, n_process=2)] == expected


# --- extract() computes only what the Report reads (issue 14, item 3) ---------------------

# no capitalized run after a title holds a place and then a name: nothing to segment
NO_PLACE_THEN_NAME = [
    "Sáng 12/3, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Thị Mai yêu cầu các sở tiếp tục rà soát.",
    "Hội nghị tổng kết công tác dân vận năm 2024 diễn ra tại Hội trường Tỉnh ủy.",
]


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_extract_gives_the_report_of_the_full_doc(path: Path) -> None:
    text = read_seed(path)
    full = danvan_nlp.load()(text)  # underthesea's words as tokens, spans set
    assert danvan_nlp.extract(text) == doc_to_report(full)


@pytest.mark.parametrize("text", NO_PLACE_THEN_NAME)
def test_extract_does_not_segment_words_nobody_reads(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = segmenter_calls(monkeypatch)
    report = danvan_nlp.extract(text)
    assert calls == []
    assert report == doc_to_report(danvan_nlp.load()(text))


@pytest.mark.parametrize(("text", "name"), PLACE_THEN_NAME)
def test_the_sentence_the_name_rule_needs_is_segmented_once(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = segmenter_calls(monkeypatch)
    prefix = "Hội nghị diễn ra tại thành phố. "  # a sentence that is not segmented
    report = danvan_nlp.extract(prefix + text)
    assert [o.name for o in report.officials] == [name]
    assert calls == [text]
