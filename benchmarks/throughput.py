"""Speed and memory: danvan_nlp.extract vs underthesea's ner, cold start, peak RSS, scaling.

Run from the repository root:  python benchmarks/throughput.py  [--repeat 3] [--scale-mb 10]
Prints a table; the numbers go to docs/performance.md with the machine's description.

- throughput: articles/s and chars/s of `extract` (one process) over the seeds + dev texts,
  and of underthesea's `ner` over every sentence of the same texts, in the same run; the
  ratio is ner time / extract time (best of --repeat runs each).
- cold start: `import danvan_nlp` + first `extract` in a fresh interpreter.
- peak RSS: of that fresh interpreter after extracting every text.
- scaling: time for 1x, 4x and 16x a long article (must grow linearly), and one text of
  --scale-mb megabytes.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys

from _common import ROOT, best, texts

import danvan_nlp
from danvan_nlp.tokenize import split_sentences


def fresh(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale-mb", type=float, default=10.0)
    args = ap.parse_args()
    docs = texts()
    chars = sum(map(len, docs))
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}, python {platform.python_version()}")
    print(f"corpus: {len(docs)} articles, {chars} characters")

    from underthesea import ner

    danvan_nlp.extract(docs[0])  # warm both up
    ner("Hội nghị diễn ra tại Hà Nội.")
    sentences = [d[a:b] for d in docs for a, b in split_sentences(d)]
    t_ours = best(lambda: [danvan_nlp.extract(d) for d in docs], args.repeat)
    t_ner = best(lambda: [ner(s) for s in sentences], args.repeat)
    print(f"{'system':<20}{'seconds':>9}{'articles/s':>12}{'chars/s':>12}")
    print(f"{'danvan_nlp.extract':<20}{t_ours:>9.3f}{len(docs) / t_ours:>12.1f}{chars / t_ours:>12.0f}")
    print(f"{'underthesea.ner':<20}{t_ner:>9.3f}{len(docs) / t_ner:>12.1f}{chars / t_ner:>12.0f}")
    print(f"ratio (ner time / extract time): {t_ner / t_ours:.1f}x")

    cold = fresh(
        "import time; t=time.perf_counter(); import danvan_nlp; "
        "danvan_nlp.extract('Chiều ngày 13/1/2021, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy dự hội nghị.'); "
        "print(round(time.perf_counter()-t, 3))"
    )
    print(f"cold start (import + first extract): {cold} s")
    rss = fresh(
        "import resource, sys; sys.path.insert(0, 'benchmarks'); from _common import texts; "
        "import danvan_nlp; [danvan_nlp.extract(t) for t in texts()]; "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"
    )
    print(f"peak RSS after all articles: {rss} MB")

    long_doc = max(docs, key=len)
    base = None
    for k in (1, 4, 16):
        text = "\n\n".join([long_doc] * k)
        t = best(lambda text=text: danvan_nlp.extract(text), 1)
        base = base or t
        print(f"scaling {k:>2}x ({len(text):>8} chars): {t:7.3f} s  ({t / base:5.1f}x the 1x time)")
    big = "\n\n".join([long_doc] * max(1, int(args.scale_mb * 1e6 / (len(long_doc) + 2))))
    t = best(lambda: danvan_nlp.extract(big), 1)
    print(f"one text of {len(big) / 1e6:.1f} MB: {t:.1f} s ({len(big) / t:.0f} chars/s)")


if __name__ == "__main__":
    main()
