"""danvan_nlp.parallel: worker processes for extract_many, started from a user's script with
or without a ``__main__`` guard (issue 16 item 1)."""

from __future__ import annotations

from pathlib import Path

from helpers import NGAN, VINH, run_script

UNGUARDED = f"""
import danvan_nlp
texts = [{VINH!r}, {NGAN!r}] * 3
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
