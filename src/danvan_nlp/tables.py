"""HTML tables of a Report: what ``Report._repr_html_`` shows in Jupyter.

Takes: a :class:`~danvan_nlp.report.Report`. Returns: an HTML string (officials with one row
per title, dates, tasks, warnings). It imports nothing of the package at run time, so the
data model can offer it as a method; :mod:`danvan_nlp.display` re-exports it.

Public function: :func:`report_tables`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from danvan_nlp.report import Report

__all__ = ["report_tables"]


def _table(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc('' if c is None else str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<h4 class="danvan-table-title">{esc(title)}</h4>'
        f'<table class="danvan-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def report_tables(report: Report) -> str:
    """Officials (one row per title), dates and tasks as HTML tables."""
    meta = (
        f"<p><b>{html.escape(report.title or '(no title)')}</b><br>"
        f"published: {html.escape(report.published or '-')} · event: "
        f"{html.escape(report.event.date or '-')} {html.escape(report.event.kind or '')}</p>"
    )
    off_rows: list[tuple[str, str, str, str | None, str]] = []
    for o in report.officials:
        roles = ", ".join(o.roles)
        if not o.titles:
            off_rows.append((o.name, roles, "", "", ""))
        for t in o.titles:
            off_rows.append((o.name, roles, t.text, t.level, t.canonical))
    parts = [
        '<div class="danvan-report">',
        meta,
        _table("Officials", ("name", "roles", "title", "level", "canonical"), off_rows),
        _table("Dates", ("text", "value", "kind", "role"),
               ((d.text, d.value, d.kind, d.role) for d in report.dates)),
        _table("Tasks", ("#", "task", "speaker", "period"),
               ((i, t.text, t.speaker, t.period) for i, t in enumerate(report.tasks, 1))),
    ]
    if report.warnings:
        parts.append("<ul>" + "".join(f"<li>{html.escape(w)}</li>" for w in report.warnings) + "</ul>")
    parts.append("</div>")
    return "".join(parts)
