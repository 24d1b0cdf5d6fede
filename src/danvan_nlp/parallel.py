"""Worker processes for ``extract_many(..., n_process=N)`` and ``danvan-nlp extract --workers N``.

Takes: an iterable of items and the module-level function that works on a chunk of them
(:mod:`danvan_nlp.api` hands over ``(text, published)`` pairs and its worker, which returns
report dicts). Returns: an iterator of the results, in input order, streamed: at most
``2 * N`` chunks are in flight, so memory stays bounded and the first results come while
later texts are read. It imports nothing of the pipeline: the API calls it, never the other
way round.

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
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

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


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(
    items: Iterable[T],
    work: Callable[[list[T]], list[R]],
    *,
    n_process: int,
    chunk_size: int,
    warm_up: Callable[[], object] | None = None,
) -> Iterator[R]:
    """``work`` of ``items``, ``chunk_size`` at a time, computed by ``n_process`` worker
    processes and yielded in order. ``work`` must be a module-level function (workers
    started by spawn import it by name); ``warm_up`` runs here first with fork start, so
    that the children inherit what it loads (the pipeline)."""
    check_not_bootstrapping()
    method = start_method()
    if method == "fork" and warm_up is not None:
        warm_up()  # the children inherit the loaded pipeline
    chunks = _chunks(items, max(1, chunk_size))
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context(method))
    pending: deque[Future[list[R]]] = deque()
    try:
        for chunk in islice(chunks, 2 * n_process):
            pending.append(pool.submit(work, chunk))
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
                pending.append(pool.submit(work, nxt))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
