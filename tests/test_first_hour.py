"""Issue 16, a user's first hour: every documented path works, nothing hangs, nothing
answers wrong in silence. One test (at least) per item of the issue."""

from __future__ import annotations

import io
import json
import os
import pydoc
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, ClassVar

import pytest
import spacy

import danvan_nlp
from conftest import ROOT, SEEDS, read_seed
from danvan_nlp.cli import main
from danvan_nlp.pipeline import SPAN_KEY, doc_to_report

SRC = str(ROOT / "src")
SAMPLE = "Sáng ngày 12/1/2024, đồng chí Lê Quang Vinh, Phó Bí thư Tỉnh ủy chủ trì hội nghị."
OTHER = ("Ngày 3/2/2023, đồng chí Hà Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận "
         "Tỉnh ủy dự hội nghị tổng kết năm 2022. Đồng chí đề nghị các cấp tăng cường công tác dân vận.")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def run_script(tmp_path: Path, code: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_script.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    full_env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), **env}
    return subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=timeout, env=full_env, check=False)


# --- 1. worker processes from a script without a __main__ guard ----------------------------

UNGUARDED = f"""
import danvan_nlp
texts = [{SAMPLE!r}, {OTHER!r}] * 3
reports = list(danvan_nlp.extract_many(texts, n_process=2, batch_size=2))
print(len(reports), reports[0].officials[0].name, reports[1].officials[0].name)
"""


def test_unguarded_script_with_workers_works(tmp_path: Path) -> None:
    proc = run_script(tmp_path, UNGUARDED, DANVAN_NLP_START_METHOD="")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split("\n")[0] == "6 Lê Quang Vinh Hà Thị Ngân"


def test_unguarded_script_with_spawned_workers_fails_at_once(tmp_path: Path) -> None:
    proc = run_script(tmp_path, UNGUARDED, timeout=120, DANVAN_NLP_START_METHOD="spawn")
    assert proc.returncode != 0
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("RuntimeError: danvan_nlp:") and 'if __name__ == "__main__":' in last


def test_cli_workers_through_python_m(tmp_path: Path) -> None:
    for i, text in enumerate([SAMPLE, OTHER, SAMPLE]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC, "DANVAN_NLP_START_METHOD": "spawn"}
    proc = subprocess.run([sys.executable, "-m", "danvan_nlp", "extract", str(tmp_path), "--workers", "2",
                           "--format", "jsonl", "--no-progress"], capture_output=True, text=True,
                          timeout=180, env=env, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = [json.loads(line)["report"]["officials"][0]["name"] for line in proc.stdout.splitlines()]
    assert names == ["Lê Quang Vinh", "Hà Thị Ngân", "Lê Quang Vinh"]


def test_unguarded_dask_script_does_not_hang(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    code = f"""
    import dask.bag as db
    from distributed import Client, LocalCluster
    from danvan_nlp.dask import extract_bag
    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as c, Client(c):
        print(len(extract_bag(db.from_sequence([{SAMPLE!r}])).compute()))
    """
    proc = run_script(tmp_path, code, timeout=120)  # Dask's own error, at once
    assert proc.returncode != 0


# --- 2. the Dask recipe for (id, text) records -----------------------------------------------

def test_extract_records_keeps_ids_from_a_one_shot_iterator() -> None:
    from danvan_nlp.dask import extract_records

    records = iter([{"id": "a", "text": SAMPLE}, {"id": "b", "text": OTHER}])
    out = extract_records(records)
    assert [r["id"] for r in out] == ["a", "b"]
    assert out[1]["officials"][0]["name"] == "Hà Thị Ngân"


# --- 3, 15. usage errors: one line, exit 2 ------------------------------------------------------

@pytest.mark.parametrize("option", [["--encoding", "foo"], ["--workers", "0"], ["--workers", "-1"]])
def test_bad_extract_options_are_usage_errors(tmp_path: Path, option: list[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run("extract", str(f), *option)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"danvan-nlp: {option[0]}")


# --- 4, 5, 17. eval on bad, missing and odd gold files -----------------------------------------

def _gold(text: str = SAMPLE, **extra: Any) -> str:
    return json.dumps({"id": "x", "text": text, "officials": [], "dates": [], "tasks": [], **extra})


@pytest.mark.parametrize("content", ["{not json", '{"id": "x", "officials": []}', "[1, 2]",
                                     '{"text": 12}'])
def test_eval_bad_gold_file_is_one_clear_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.json").write_text(_gold(), encoding="utf-8")
    (tmp_path / "b.json").write_text(content, encoding="utf-8")
    code, out, err = run("eval", str(tmp_path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "b.json" in err and "not a gold file" in err


def test_eval_without_gold_files_fails(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    code, out, err = run("eval", str(tmp_path))
    assert code == 2 and out == "" and "no gold" in err


def test_eval_details_one_record_per_line(tmp_path: Path) -> None:
    task = "các cấp\ntăng cường\tcông tác dân vận\u2028ở cơ sở"
    (tmp_path / "a.json").write_text(_gold(tasks=[task]), encoding="utf-8")
    code, out, _ = run("eval", str(tmp_path), "--details")
    assert code == 0
    records = [line for line in out.splitlines() if line.startswith("x\t")]
    assert all(len(line.split("\t")) == 4 for line in records)
    assert [line for line in records if "\ttasks\t" in line] == ["x\ttasks\tmissed\tcác cấp\\ntăng cường\\tcông tác dân vận\\u2028ở cơ sở"]


# --- 6. extract_many arguments -----------------------------------------------------------------

def test_extract_many_rejects_one_string_at_once() -> None:
    with pytest.raises(TypeError, match="extract_many"):
        danvan_nlp.extract_many(SAMPLE)


def test_extract_many_published_of_another_length() -> None:
    with pytest.raises(ValueError, match="published has 1 values for 2 texts"):
        danvan_nlp.extract_many([SAMPLE, OTHER], published=["2024-01-12"])
    reports = danvan_nlp.extract_many(iter([SAMPLE, OTHER]), published=iter(["2024-01-12"]))
    with pytest.raises(ValueError, match="fewer values than texts"):
        list(reports)


@pytest.mark.parametrize("kwargs", [{"n_process": 0}, {"n_process": -1}, {"batch_size": 0}])
def test_extract_many_bad_counts(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        danvan_nlp.extract_many([SAMPLE], **kwargs)


# --- 10, 11. the components in a user's own pipeline ----------------------------------------

SPAN_TEXT = ("Ngày 5/9/2022, đồng chí Phan Văn Mãi, Bí thư Thành ủy, phát biểu tại hội nghị tổng kết "
             "năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí đề nghị các cấp đẩy mạnh công tác dân vận.")


def _blank() -> spacy.language.Language:
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


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


# --- 12. lone surrogates -------------------------------------------------------------------------

@pytest.mark.parametrize("where", [0, SAMPLE.index("đồng chí"), len(SAMPLE)])
def test_lone_surrogate_is_replaced_with_offsets_kept(where: int) -> None:
    text = SAMPLE[:where] + "\ud83b" + SAMPLE[where:]
    report = danvan_nlp.extract(text)
    clean = text.replace("\ud83b", "\ufffd")
    assert report.officials and report.officials[0].name == "Lê Quang Vinh"
    assert any("surrogate" in w for w in report.warnings)
    for d in report.dates:
        assert clean[d.start : d.end] == d.text
    assert next(iter(danvan_nlp.extract_many([text, SAMPLE]))) == report
    assert danvan_nlp.load()(text).text == clean
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")


# --- 13. progress with a total --------------------------------------------------------------------

def test_progress_bar_has_a_total(capsys: pytest.CaptureFixture[str]) -> None:
    list(danvan_nlp.extract_many([SAMPLE, OTHER, SAMPLE], progress=True))
    err = capsys.readouterr().err
    assert "3/3" in err and "100%" in err


# --- 14. jsonl streams -----------------------------------------------------------------------------

def test_jsonl_streams_and_a_crash_keeps_what_was_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import danvan_nlp.pipeline as pipeline

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(SAMPLE, encoding="utf-8")
    real = pipeline.doc_to_report
    calls: list[int] = []

    def flaky(doc: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("worker lost")
        return real(doc)

    class Out(io.StringIO):
        seen: ClassVar[list[int]] = []

        def write(self, s: str) -> int:
            self.seen.append(len(calls))
            return super().write(s)

    monkeypatch.setattr(pipeline, "doc_to_report", flaky)
    out, err = Out(), io.StringIO()
    code = main(["extract", str(tmp_path), "--format", "jsonl", "--no-progress"], out=out, err=err)
    assert code == 1 and "worker lost" in err.getvalue()
    assert len(out.getvalue().splitlines()) == 2
    assert out.seen[0] == 1  # the first line is out before the second text is processed


# --- 16. inputs ----------------------------------------------------------------------------------

def test_missing_file_prints_nothing_on_stdout(tmp_path: Path) -> None:
    code, out, err = run("extract", str(tmp_path / "nope.txt"))
    assert code == 1 and out == "" and "nope.txt" in err


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    code, out, err = run("extract", str(tmp_path))
    assert code == 1 and out == "" and "no *.txt" in err


def test_upper_case_and_text_suffixes_are_read(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.text").write_text(OTHER, encoding="utf-8")
    code, out, _ = run("extract", str(tmp_path), "--format", "jsonl", "--no-progress")
    assert code == 0
    assert sorted(Path(json.loads(x)["source"]).name for x in out.splitlines()) == ["A.TXT", "b.text"]


def test_decode_error_mentions_encoding_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLE.encode("utf-16"))
    code, _, err = run("extract", str(tmp_path / "a.txt"))
    assert code == 1 and "--encoding" in err
    code, out, _ = run("extract", str(tmp_path / "a.txt"), "--encoding", "utf-16")
    assert code == 0 and json.loads(out)["officials"][0]["name"] == "Lê Quang Vinh"


# --- 18. help and HTML size --------------------------------------------------------------------------

def test_report_help_and_to_json_doc() -> None:
    text = pydoc.render_doc(danvan_nlp.Report, renderer=pydoc.plaintext)
    assert "What :func:`danvan_nlp.extract` found" in text
    assert danvan_nlp.Report.to_json.__doc__ and "indent" in danvan_nlp.Report.to_json.__doc__


def test_extract_help_lists_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for fmt in ("json", "jsonl", "table", "html"):
        assert f"{fmt} (" in out or f"{fmt}," in out or f"{fmt} " in out
    assert "streamed" in out


def test_html_page_shares_its_styles() -> None:
    from danvan_nlp.display import page

    text = read_seed(SEEDS[0])
    html = page([("seed", danvan_nlp.extract(text), text)])
    assert html.count("style=") <= 2
    assert len(html.encode("utf-8")) < 50_000
    assert 'class="spans dv' in html and "Nguyễn Thị Thu Hà" in html
