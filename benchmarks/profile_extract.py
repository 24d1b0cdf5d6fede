"""Profile `extract` on the seeds + dev texts, to see what dominates.

Run from the repository root:
    pip install pyinstrument && python benchmarks/profile_extract.py [--repeat 5]
(without pyinstrument it falls back to cProfile). Not part of the test suite.
"""

from __future__ import annotations

import argparse

from _common import texts

import danvan_nlp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = texts()
    danvan_nlp.extract(docs[0])  # load the pipeline outside the profile

    def work() -> None:
        for _ in range(args.repeat):
            for d in docs:
                danvan_nlp.extract(d)

    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(work)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return
    profiler = Profiler(interval=0.0005)
    profiler.start()
    work()
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
