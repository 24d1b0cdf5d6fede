"""Corpus scale with Dask: extract over a ``dask.bag.Bag`` of texts.

Takes: a Bag of article texts (str). Returns: a Bag of report dicts
(``Report.to_dict()``), in the same order — plain data, cheap to move between workers.
Each worker process builds the pipeline once (``danvan_nlp.load`` is cached per process).

Public function: :func:`extract_bag`. See docs/dask.md for running it on a cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["extract_bag", "extract_partition"]


def extract_partition(texts: Iterable[str], published: str | None = None) -> list[dict[str, Any]]:
    """Extract every text of one partition (runs on a worker)."""
    from danvan_nlp.api import extract

    return [extract(t, published=published).to_dict() for t in texts]


def extract_bag(bag: Any, *, published: str | None = None) -> Any:
    """``bag.map_partitions`` of :func:`extract_partition`: a lazy Bag of report dicts."""
    return bag.map_partitions(extract_partition, published=published)
