"""danvan_nlp.pipeline: the pipeline is a normal spaCy Language — its components work in a
user's own (blank) pipeline, spans and extensions cover the Report's items, Docs and the
pipeline serialize, and the entry points load in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import danvan_nlp
from danvan_nlp.pipeline import SPAN_KEY, SPAN_LABELS, doc_to_report
from helpers import PLACE_THEN_NAME, TU, segmenter_calls

SHORT = "Chiều ngày 13/1/2021, đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị."
SPAN_TEXT = ("Ngày 5/9/2022, đồng chí Phan Văn Mãi, Bí thư Thành ủy, phát biểu tại hội nghị tổng kết "
             "năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí đề nghị các cấp đẩy mạnh công tác dân vận.")


def _blank() -> spacy.language.Language:
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


# --- the package's pipeline ---------------------------------------------------------------------


def test_pipe_names_and_pipe() -> None:
    nlp = danvan_nlp.load()
    assert nlp.pipe_names == ["danvan_dates", "danvan_officials", "danvan_tasks"]
    docs = list(nlp.pipe([SHORT, SHORT]))
    reports = [doc_to_report(d) for d in docs]
    assert reports[0] == reports[1] == danvan_nlp.extract(SHORT)


def test_spans_and_extensions() -> None:
    doc = danvan_nlp.load()(TU)
    spans = doc.spans[SPAN_KEY]
    by_label = {s.label_: s for s in spans}
    assert set(by_label) == set(SPAN_LABELS) == {"OFFICIAL", "TITLE", "ORG", "LOC", "DATE", "TASK"}
    assert by_label["DATE"]._.value == "2021-01-13"
    assert by_label["OFFICIAL"]._.value == "Nguyễn Văn Tú"
    assert by_label["TITLE"].text == "Bí thư Tỉnh ủy"
    assert doc._.report == danvan_nlp.extract(TU)


def test_doc_serializes() -> None:
    from spacy.tokens import Doc

    doc = danvan_nlp.load()(SHORT)
    data = doc.to_bytes()
    back = Doc(doc.vocab).from_bytes(data)
    assert doc_to_report(back) == doc_to_report(doc)


def test_entry_points_in_a_fresh_interpreter() -> None:
    code = (
        "import spacy; nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}});"
        "nlp.add_pipe('danvan_dates'); doc = nlp('Sáng 8/3/2021, hội nghị diễn ra.');"
        "print(doc._.report.event.date)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if "Can't find factory" in out.stderr:
        pytest.skip("package not installed (entry points need an installed distribution)")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2021-03-08"


def test_to_disk_and_spacy_load(tmp_path: Path) -> None:
    nlp = danvan_nlp.load()
    nlp.to_disk(tmp_path / "model")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]);"
        "print(nlp.pipe_names); print(nlp(sys.argv[2])._.report.officials[0].name)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "model"), TU],
                         capture_output=True, text=True, check=False)
    if "Can't find factory" in out.stderr or "registry" in out.stderr:
        pytest.skip("package not installed (entry points need an installed distribution)")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["['danvan_dates', 'danvan_officials', 'danvan_tasks']",
                                       "Nguyễn Văn Tú"]


# --- the components in a user's own pipeline (issue 16 items 10, 11) ---------------------------


def test_components_work_in_a_users_blank_pipeline() -> None:
    nlp = _blank()
    nlp.add_pipe("danvan_dates")
    nlp.add_pipe("danvan_officials")
    doc = nlp(SHORT)
    report = doc_to_report(doc)
    assert report.event.date == "2021-01-13"
    assert report.officials[0].name == "Nguyễn Văn Tú"


def test_spans_cover_items_exactly_with_a_whitespace_tokenizer() -> None:
    nlp = _blank()
    for name in ("danvan_dates", "danvan_officials", "danvan_tasks"):
        nlp.add_pipe(name)
    doc = nlp(SPAN_TEXT)
    report = doc_to_report(doc)
    expected = {("DATE", d.text) for d in report.dates} | {("TASK", t.text) for t in report.tasks}
    expected |= {("OFFICIAL", m.text) for o in report.officials for m in o.mentions}
    expected |= {("TITLE", t.text) for o in report.officials for t in o.titles}
    got = {(s.label_, s.text) for s in doc.spans[SPAN_KEY]}
    assert expected <= got
    assert ("OFFICIAL", "Phan Văn Mãi") in got and ("DATE", "năm 2021") in got
    assert not [s.text for s in doc.spans[SPAN_KEY] if s.text[-1] in ",.;:"]


@pytest.mark.parametrize("order", [("danvan_tasks",), ("danvan_tasks", "danvan_officials", "danvan_dates"),
                                   ("danvan_officials", "danvan_tasks")])
def test_tasks_component_brings_what_it_needs(order: tuple[str, ...]) -> None:
    nlp = _blank()
    for name in order:
        nlp.add_pipe(name)
    report = doc_to_report(nlp(SPAN_TEXT))
    assert [t.text for t in report.tasks] == [t.text for t in danvan_nlp.extract(SPAN_TEXT).tasks]
    assert report.tasks and report.tasks[0].speaker == "Phan Văn Mãi"


def test_splitting_tokens_at_item_edges_is_linear() -> None:
    import time

    nlp = _blank()
    for name in ("danvan_dates", "danvan_officials", "danvan_tasks"):
        nlp.add_pipe(name)
    nlp.max_length = 10**8
    unit = "Ngày 7/3/2023, đồng chí Lò Văn Cường, Phó Chủ tịch UBND tỉnh, dự. "

    def seconds(n: int) -> float:
        t = time.perf_counter()
        doc = nlp(unit * n)
        assert sum(s.label_ == "DATE" for s in doc.spans[SPAN_KEY]) >= n
        return time.perf_counter() - t

    seconds(5)
    small, big = seconds(300), seconds(2400)
    assert big <= 16 * small + 2.0, (small, big)  # 8x the input: no quadratic blow-up


def test_underthesea_tokenizer_config_for_a_blank_pipeline() -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "danvan.UndertheseaTokenizer.v1"}}})
    nlp.add_pipe("danvan_officials")
    assert doc_to_report(nlp(SPAN_TEXT)).officials[0].name == "Phan Văn Mãi"


@pytest.mark.parametrize(("text", "name"), PLACE_THEN_NAME)
def test_a_blank_pipeline_gets_underthesea_words_on_demand(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a Doc from spaCy's whitespace tokenizer has no underthesea words: the officials stage
    # asks for the one sentence its place-then-name rule needs, as in extract()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("danvan_officials")
    calls = segmenter_calls(monkeypatch)
    report = doc_to_report(nlp(text))
    assert calls == [text]
    assert [o.name for o in report.officials] == [name]
    assert report.officials == danvan_nlp.extract(text).officials
