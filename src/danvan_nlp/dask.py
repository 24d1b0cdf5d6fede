"""Corpus scale with Dask: extract over a ``dask.bag.Bag`` of texts or of records.

Takes: a Bag of article texts (str), or of records (dicts with an id and a text). Returns:
a Bag of report dicts (``Report.to_dict()``), in the same order — plain data, cheap to
move between workers. Each worker process builds the pipeline once (``danvan_nlp.load``
is cached per process).

Public functions: :func:`extract_bag`, :func:`extract_partition`, :func:`extract_records`.
See docs/dask.md for running it on a cluster (start the cluster under
``if __name__ == "__main__":`` in a script: Dask's worker processes re-import it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["extract_bag", "extract_partition", "extract_records"]


def extract_partition(texts: Iterable[str], published: str | None = None) -> list[dict[str, Any]]:
    """Extract every text of one partition (runs on a worker)."""
    from danvan_nlp.api import extract

    return [extract(t, published=published).to_dict() for t in texts]


def extract_records(
    records: Iterable[Mapping[str, Any]],
    *,
    text_key: str = "text",
    published_key: str = "published",
    keep: Sequence[str] = ("id",),
) -> list[dict[str, Any]]:
    """Report dicts of a partition of records such as ``{"id": …, "text": …}``, each with
    the record's ``keep`` fields (its id) in front and anchored on its ``published`` value
    when it has one. The partition is read once, so a one-shot iterator (what
    ``map_partitions`` may pass) is fine."""
    from danvan_nlp.api import extract

    out = []
    for record in records:
        if not isinstance(record, Mapping) or not isinstance(record.get(text_key), str):
            raise TypeError(
                f"extract_records() needs mappings with a {text_key!r} string, got {record!r:.80}"
            )
        report = extract(record[text_key], published=record.get(published_key)).to_dict()
        out.append({**{k: record[k] for k in keep if k in record}, **report})
    return out


def extract_bag(bag: Any, *, published: str | None = None) -> Any:
    """``bag.map_partitions`` of :func:`extract_partition`: a lazy Bag of report dicts."""
    return bag.map_partitions(extract_partition, published=published)
