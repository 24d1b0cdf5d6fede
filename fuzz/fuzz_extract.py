"""Coverage-guided fuzzing of danvan_nlp.extract with atheris.

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=300 -rss_limit_mb=2048 fuzz/corpus

Any str must give a Report whose offsets slice to the items' texts; TypeError is the only
accepted exception, and only for non-str input (never raised here). The seed corpus is
built from the bundled fixtures on first run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import danvan_nlp
    from danvan_nlp import normalize as norm_mod


def check(text: str) -> None:
    report = danvan_nlp.extract(text)
    items = [*report.dates, *report.tasks, *report.organizations, *report.locations]
    for o in report.officials:
        items.extend(o.titles)
        items.extend(o.mentions)
    for it in items:
        if text[it.start : it.end] != it.text:
            raise AssertionError(f"bad offsets {it!r} in {text!r}")
    n = norm_mod.normalize(text)
    for i in range(0, len(n.text), 7):
        a, b = n.to_original(i, i + 1)
        if not 0 <= a <= b <= len(text):
            raise AssertionError(f"map out of range at {i}: {(a, b)}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    check(fdp.ConsumeUnicodeNoSurrogates(len(data)))


def seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    root = Path(__file__).resolve().parent.parent
    for i, p in enumerate(sorted((root / "fixtures" / "seeds").glob("*.txt"))):
        text = p.read_text(encoding="utf-8")
        for j in range(0, len(text), 600):
            (folder / f"seed{i}_{j}").write_bytes(b"\x01" + text[j : j + 600].encode("utf-8"))


if __name__ == "__main__":
    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None:
        seed_corpus(corpus)
    danvan_nlp.extract("khởi động")  # load models before fuzzing starts
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
