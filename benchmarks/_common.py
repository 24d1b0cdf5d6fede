"""Shared helpers for the benchmarks: the texts to run on, and timing."""

from __future__ import annotations

import json
import sys
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
