"""When do worker processes pay? ``danvan-nlp extract --workers N`` on a folder of articles.

Run from the repository root:  python benchmarks/workers.py  [--files 200] [--workers 1 2]
Writes --files articles (the seeds + dev texts, cycled) to a temporary folder and times the
command as a user runs it (fresh process: model load included), for each worker count;
then times extract_many(n_process=2) in one process for several chunk sizes.
The numbers go to docs/performance.md with the machine's description.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, texts

import danvan_nlp
from danvan_nlp.parallel import start_method


def cli_seconds(folder: Path, workers: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "danvan_nlp", "extract", str(folder), "--format", "jsonl",
                    "--no-progress", "--workers", str(workers)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, nargs="+", default=[20, 50, 200])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunks", type=int, nargs="+", default=[1, 4, 16, 64])
    args = ap.parse_args()
    corpus = texts()
    print(f"cpus: {os.cpu_count()}, start method: {start_method()}")
    for n in args.files:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for i in range(n):
                (folder / f"{i:04d}.txt").write_text(corpus[i % len(corpus)], encoding="utf-8")
            row = [f"{w} worker(s) {cli_seconds(folder, w):6.2f} s" for w in args.workers]
            print(f"CLI, {n:4d} files: " + " | ".join(row))
    batch = [corpus[i % len(corpus)] for i in range(max(args.files))]
    list(danvan_nlp.extract_many(batch[:4]))  # model loaded before timing
    t = time.perf_counter()
    list(danvan_nlp.extract_many(batch))
    print(f"extract_many, {len(batch)} texts, 1 process: {time.perf_counter() - t:6.2f} s")
    for chunk in args.chunks:
        t = time.perf_counter()
        list(danvan_nlp.extract_many(batch, n_process=2, batch_size=chunk))
        print(f"extract_many, {len(batch)} texts, 2 processes, chunk {chunk:3d}: "
              f"{time.perf_counter() - t:6.2f} s")


if __name__ == "__main__":
    main()
