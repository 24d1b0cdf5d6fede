"""Worker processes for ``extract_many(..., n_process=N)`` and ``danvan-nlp extract --workers N``.

Takes: an iterable of ``(text, published ISO or None)``. Returns: an iterator of report
dicts (``Report.to_dict()``), in input order, streamed: at most ``2 * N`` chunks are in
flight, so memory stays bounded and the first results come while later texts are read.

How the workers start, and why a script without ``if __name__ == "__main__":`` is safe:

* On Linux the workers are **forked** after the parent has loaded the pipeline, so they
  start in milliseconds, share the loaded model and never re-run the caller's script.
* Where fork is not available or not safe (macOS, Windows; or
  ``DANVAN_NLP_START_METHOD=spawn``), workers are spawned and re-import the caller's main
  module. A script that calls ``extract_many(..., n_process>1)`` at top level then fails
  **at once** with one :class:`RuntimeError` that names the fix, instead of re-running
  itself in every child and hanging.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

__all__ = ["check_not_bootstrapping", "extract_parallel", "start_method"]

GUARD_HINT = (
    "worker processes are spawned here and re-import your main script: put the code that "
    "calls extract_many(..., n_process>1) (or starts a Dask cluster) under "
    "`if __name__ == \"__main__\":`, or use n_process=1"
)


def start_method() -> str:
    """``fork`` on Linux (safe there: the workers only run our code), else ``spawn``.
    ``DANVAN_NLP_START_METHOD`` overrides it."""
    env = os.environ.get("DANVAN_NLP_START_METHOD", "").strip()
    if env:
        if env not in mp.get_all_start_methods():
            raise ValueError(f"DANVAN_NLP_START_METHOD={env!r} is not one of {mp.get_all_start_methods()}")
        return env
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return "fork"
    return "spawn"


def check_not_bootstrapping() -> None:
    """Raise at once when called while a spawned child re-imports the caller's main module
    (a script without a ``__main__`` guard), instead of starting workers of workers."""
    if getattr(mp.current_process(), "_inheriting", False):
        raise RuntimeError(f"danvan_nlp: {GUARD_HINT}")


def _extract_chunk(chunk: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    from danvan_nlp.api import extract

    return [extract(text, published=pub).to_dict() for text, pub in chunk]


def _chunks(items: Iterable[tuple[str, str | None]], size: int) -> Iterator[list[tuple[str, str | None]]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(
    items: Iterable[tuple[str, str | None]], *, n_process: int, chunk_size: int
) -> Iterator[dict[str, Any]]:
    """Report dicts of ``items`` computed by ``n_process`` worker processes, in order."""
    check_not_bootstrapping()
    method = start_method()
    if method == "fork":
        from danvan_nlp.api import load

        load()  # the children inherit the loaded pipeline
    chunks = _chunks(items, max(1, chunk_size))
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context(method))
    pending: deque[Future[list[dict[str, Any]]]] = deque()
    try:
        for chunk in islice(chunks, 2 * n_process):
            pending.append(pool.submit(_extract_chunk, chunk))
        while pending:
            try:
                done = pending.popleft().result()
            except BrokenProcessPool:
                raise RuntimeError(
                    f"danvan_nlp: a worker process died before finishing its texts ({method} start). "
                    f"If this is a script: {GUARD_HINT}"
                ) from None
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_extract_chunk, nxt))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
