"""Corpus scale with Dask: extract over a ``dask.bag.Bag`` of texts or of records.

Takes: a Bag of article texts (str), or of records (dicts with an id and a text). Returns:
a Bag of report dicts (``Report.to_dict()``), in the same order — plain data, cheap to
move between workers. Each worker process builds the pipeline once (``danvan_nlp.load``
is cached per process).

Public functions: :func:`extract_bag`, :func:`extract_partition`, :func:`extract_records`;
:func:`people_bag` (a who's who over a Bag of texts or HTML pages, people merged across
partitions). See docs/dask.md for running it on a cluster (start the cluster under
``if __name__ == "__main__":`` in a script: Dask's worker processes re-import it) and
docs/people.md for the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "extract_bag",
    "extract_partition",
    "extract_records",
    "people_bag",
    "people_from_sightings",
    "sightings_partition",
]


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


def sightings_partition(
    items: Iterable[str | tuple[str, str]], published: str | None = None
) -> list[Any]:
    """The :class:`~danvan_nlp.whoswho.Sighting` records of one partition (runs on a worker).

    Items are texts or HTML pages, or ``(doc, text)`` pairs naming the article.
    """
    from danvan_nlp.api import extract
    from danvan_nlp.whoswho import sightings

    out: list[Any] = []
    for item in items:
        doc, text = (None, item) if isinstance(item, str) else item
        report = extract(text, published=published)
        out.extend(sightings(report, doc=doc, text=None if report.text is not None else text))
    return out


def _concat(a: list[Any], b: list[Any]) -> list[Any]:
    return a + b


def _merge_group(pair: tuple[str, list[Any]]) -> list[Any]:
    from danvan_nlp.whoswho import merge_group

    return merge_group(pair[0], pair[1])


def people_bag(bag: Any, *, published: str | None = None) -> Any:
    """A lazy Bag of :class:`~danvan_nlp.whoswho.Person`: one per person across the Bag.

    ``bag`` holds texts, HTML pages or ``(doc, text)`` pairs. Each partition extracts its
    articles into small sighting records; the sightings of one name are gathered from all
    partitions (``foldby`` on the name key, a tree reduction) and clustered together, so a
    person seen in two partitions is one record. Same people as :func:`danvan_nlp.people`
    on the same articles.
    """
    return people_from_sightings(bag.map_partitions(sightings_partition, published=published))


def _group_partition(items: Iterable[Any]) -> list[tuple[str, list[Any]]]:
    groups: dict[str, list[Any]] = {}
    for s in items:
        groups.setdefault(s.key, []).append(s)
    return list(groups.items())


def _first(pair: tuple[str, list[Any]]) -> str:
    return pair[0]


def _extend(acc: list[Any], pair: tuple[str, list[Any]]) -> list[Any]:
    acc.extend(pair[1])
    return acc


def people_from_sightings(sightings: Any) -> Any:
    """The merge step alone: a Bag of Sighting records in, a Bag of Person out.

    Each partition groups its sightings by name key; the groups of one key are gathered from
    all partitions (``foldby``) and then clustered, spread again over as many partitions.
    """
    n = max(1, sightings.npartitions)
    return (
        sightings.map_partitions(_group_partition)
        .foldby(_first, _extend, list, _concat, list)
        .repartition(n)
        .map(_merge_group)
        .flatten()
    )
