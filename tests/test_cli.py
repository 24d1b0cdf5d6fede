import io
import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, SEEDS
from danvan_nlp.cli import main

SAMPLE = "Sáng ngày 12/1/2024, đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị."


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


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


def test_missing_path_is_reported(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.txt"), "--format", "table")
    assert code == 1
    assert "nope.txt" in err


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


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, _, err = run("extract", str(f), "--published", "yesterday")
    assert code == 2 and "ISO" in err


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


def test_seeds_are_bundled() -> None:
    assert len(SEEDS) == 5
