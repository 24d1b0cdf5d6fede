"""Tables: reports as pandas DataFrames (pandas is an optional extra: ``danvan_nlp[pandas]``).

Takes: one Report, or many (with document ids). Returns: a dict of DataFrames —
``officials`` (one row per official × title), ``dates``, ``tasks`` — each with a
``doc_id`` column when built from many reports.

Public functions: :func:`report_frames` (``Report.to_frames()``), :func:`to_frames`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from danvan_nlp.report import Report

__all__ = ["report_frames", "to_frames"]

OFFICIAL_COLUMNS = ["name", "roles", "title", "position", "organization", "level", "canonical",
                    "start", "end"]
DATE_COLUMNS = ["text", "start", "end", "value", "kind", "part_of_day", "role"]
TASK_COLUMNS = ["text", "start", "end", "speaker", "period", "list_index"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_frames() needs pandas: pip install 'danvan_nlp[pandas]'"
        ) from None
    return pandas


def _rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    officials: list[dict[str, Any]] = []
    for o in report.officials:
        roles = ",".join(o.roles)
        if not o.titles:
            officials.append({"name": o.name, "roles": roles})
        for t in o.titles:
            officials.append({
                "name": o.name, "roles": roles, "title": t.text, "position": t.position,
                "organization": t.organization, "level": t.level, "canonical": t.canonical,
                "start": t.start, "end": t.end,
            })
    return {
        "officials": officials,
        "dates": [d.model_dump() for d in report.dates],
        "tasks": [t.model_dump() for t in report.tasks],
    }


_COLUMNS = {"officials": OFFICIAL_COLUMNS, "dates": DATE_COLUMNS, "tasks": TASK_COLUMNS}


def report_frames(report: Report) -> dict[str, pd.DataFrame]:
    """``{"officials", "dates", "tasks"}`` DataFrames of one report."""
    pd = _pandas()
    return {k: pd.DataFrame(rows, columns=_COLUMNS[k]) for k, rows in _rows(report).items()}


def to_frames(
    reports: Iterable[Report], ids: Iterable[Any] | None = None
) -> dict[str, pd.DataFrame]:
    """DataFrames of many reports, with a ``doc_id`` column (``ids``, else 0, 1, 2 …)."""
    pd = _pandas()
    out: dict[str, list[dict[str, Any]]] = {"officials": [], "dates": [], "tasks": []}
    id_iter = iter(ids) if ids is not None else None
    for n, report in enumerate(reports):
        doc_id = next(id_iter) if id_iter is not None else n
        for key, rows in _rows(report).items():
            out[key].extend({"doc_id": doc_id, **r} for r in rows)
    return {k: pd.DataFrame(rows, columns=["doc_id", *_COLUMNS[k]]) for k, rows in out.items()}
