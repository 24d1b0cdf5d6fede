"""danvan_nlp.cli: the ``extract``, ``eval``, ``people`` and ``demo`` commands — inputs and
formats, usage errors (one line, exit 2), failures (exit 1, nothing half-written on stdout),
and worker processes through ``python -m danvan_nlp``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

from conftest import FIXTURES
from danvan_nlp.cli import main
from helpers import NGAN, PAGES, SRC, TU, VINH

SAMPLE = "Sáng ngày 12/1/2024, đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị."


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


# --- extract: inputs ---------------------------------------------------------------------------


def test_extract_one_file_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, out, _ = run("extract", str(f))
    assert code == 0
    data = json.loads(out)
    assert data["officials"][0]["name"] == "Nguyễn Văn Tú"
    assert data["event"]["date"] == "2024-01-12"


def test_extract_folder_jsonl_and_bad_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Hội nghị năm 2021.", encoding="utf-8")
    (tmp_path / "sub" / "bad.txt").write_bytes(b"\xff\xfe\x00bad \xc3")
    (tmp_path / "skip.md").write_text("not a txt", encoding="utf-8")
    code, out, err = run("extract", "--format", "jsonl", "--no-progress", str(tmp_path))
    assert code == 1
    lines = [json.loads(x) for x in out.splitlines()]
    assert [Path(x["source"]).name for x in lines] == ["a.txt", "b.txt"]
    assert err.count("\n") == 1 and "bad.txt" in err and "utf-8" in err


def test_extract_stdin_table() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "danvan_nlp", "extract", "-", "--format", "table",
         "--published", "2024-01-15"],
        input=SAMPLE.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "Nguyễn Văn Tú" in out and "Bí thư Tỉnh ủy" in out and "[chair]" in out


def test_missing_path_is_reported(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.txt"), "--format", "table")
    assert code == 1
    assert "nope.txt" in err


def test_missing_file_prints_nothing_on_stdout(tmp_path: Path) -> None:
    code, out, err = run("extract", str(tmp_path / "nope.txt"))
    assert code == 1 and out == "" and "nope.txt" in err


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    code, out, err = run("extract", str(tmp_path))
    assert code == 1 and out == "" and "no *.txt" in err


def test_upper_case_and_text_suffixes_are_read(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text(VINH, encoding="utf-8")
    (tmp_path / "b.text").write_text(NGAN, encoding="utf-8")
    code, out, _ = run("extract", str(tmp_path), "--format", "jsonl", "--no-progress")
    assert code == 0
    assert sorted(Path(json.loads(x)["source"]).name for x in out.splitlines()) == ["A.TXT", "b.text"]


def test_decode_error_mentions_encoding_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(VINH.encode("utf-16"))
    code, _, err = run("extract", str(tmp_path / "a.txt"))
    assert code == 1 and "--encoding" in err
    code, out, _ = run("extract", str(tmp_path / "a.txt"), "--encoding", "utf-16")
    assert code == 0 and json.loads(out)["officials"][0]["name"] == "Lê Quang Vinh"


# --- extract: usage errors ---------------------------------------------------------------------


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, _, err = run("extract", str(f), "--published", "yesterday")
    assert code == 2 and "ISO" in err


@pytest.mark.parametrize("option", [["--encoding", "foo"], ["--workers", "0"], ["--workers", "-1"]])
def test_bad_extract_options_are_usage_errors(tmp_path: Path, option: list[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(VINH, encoding="utf-8")
    code, out, err = run("extract", str(f), *option)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"danvan-nlp: {option[0]}")


def test_extract_help_lists_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for fmt in ("json", "jsonl", "table", "html"):
        assert f"{fmt} (" in out or f"{fmt}," in out or f"{fmt} " in out
    assert "streamed" in out


# --- extract: formats, streaming and workers ---------------------------------------------------


def test_html_format(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TU, encoding="utf-8")
    out_path = tmp_path / "out.html"
    with out_path.open("w", encoding="utf-8") as out:
        assert main(["extract", str(f), "--format", "html"], out=out) == 0
    page = out_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Nguyễn Văn Tú" in page


def test_jsonl_streams_and_a_crash_keeps_what_was_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import danvan_nlp.pipeline as pipeline

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(VINH, encoding="utf-8")
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


def test_cli_workers_through_python_m(tmp_path: Path) -> None:
    for i, text in enumerate([VINH, NGAN, VINH]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC, "DANVAN_NLP_START_METHOD": "spawn"}
    proc = subprocess.run([sys.executable, "-m", "danvan_nlp", "extract", str(tmp_path), "--workers", "2",
                           "--format", "jsonl", "--no-progress"], capture_output=True, text=True,
                          timeout=180, env=env, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = [json.loads(line)["report"]["officials"][0]["name"] for line in proc.stdout.splitlines()]
    assert names == ["Lê Quang Vinh", "Hà Thị Ngân", "Lê Quang Vinh"]


# --- demo and eval -----------------------------------------------------------------------------


def test_demo() -> None:
    code, out, _ = run("demo")
    assert code == 0
    assert "Officials (" in out and "Tasks (" in out and "Dates (" in out


def test_eval_on_bundled_gold() -> None:
    code, out, _ = run("eval", str(FIXTURES / "gold"), "--details")
    assert code == 0
    first = out.splitlines()[0].split()
    assert first[:4] == ["field", "P", "R", "F1"]
    assert "files: 5" in out


def _gold(text: str = VINH, **extra: Any) -> str:
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


# --- people --------------------------------------------------------------------------------------


def test_cli_people(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    out, err = io.StringIO(), io.StringIO()
    rc = main(["people", str(PAGES), "--no-progress", "--parquet", str(tmp_path / "pq"),
               "--graphml", str(tmp_path / "g.graphml")], out=out, err=err)
    assert rc == 0, err.getvalue()
    text = out.getvalue()
    assert text.count("Trần Văn Minh  [") == 2 and "Lê Văn Thạch  [Phú Yên, Đắk Lắk]" in text
    assert (tmp_path / "pq" / "edges.parquet").is_file() and (tmp_path / "g.graphml").is_file()
    out = io.StringIO()
    assert main(["people", str(PAGES), "--no-progress", "--format", "json"], out=out, err=err) == 0
    assert len(json.loads(out.getvalue())) == len(text.splitlines()) - text.count("\n    ")


def test_cli_people_bad_path() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["people", "/nonexistent/x", "--no-progress"], out=out, err=err) == 1
    assert "no such file" in err.getvalue()
