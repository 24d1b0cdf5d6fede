"""Shared helpers for the benchmarks: the texts to run on, and timing."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def gold_files() -> list[dict]:  # type: ignore[type-arg]
    """Gold files of the shared dev corpus, else the bundled seed gold files."""
    folder = DEV if DEV.is_dir() else ROOT / "fixtures" / "gold"
    if folder is not DEV:
        print(f"(shared dev corpus not found; using {folder})", file=sys.stderr)
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def texts() -> list[str]:
    """Seeds + dev texts (deduplicated)."""
    seen: dict[str, None] = {}
    for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        seen[p.read_text(encoding="utf-8")] = None
    for g in gold_files():
        seen[g["text"]] = None
    return list(seen)


def count(totals: dict[str, list[int]], system: str, pred: Counter[str], gold: Counter[str]) -> None:
    """Add one article's true/false positives and misses (multisets) to ``totals``."""
    tp = sum((pred & gold).values())
    t = totals.setdefault(system, [0, 0, 0])
    t[0] += tp
    t[1] += sum(pred.values()) - tp
    t[2] += sum(gold.values()) - tp


def print_prf(totals: dict[str, list[int]]) -> None:
    from danvan_nlp.scoring import prf

    width = max(len(k) for k in totals) + 2
    print(f"{'system':<{width}}{'P':>8}{'R':>8}{'F1':>8}")
    for key, (tp, fp, fn) in totals.items():
        s = prf(tp, fp, fn)
        print(f"{key:<{width}}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")


def best(fn: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` timed calls of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)
