"""Seeing it: displaCy highlighting of a Doc or a Report, and HTML tables of a Report.

Takes: a processed :class:`spacy.tokens.Doc`, or a :class:`~danvan_nlp.report.Report`
(with the text it was extracted from, for highlighting). Returns: HTML strings.

Public functions: :func:`render` (displaCy "span" style over ``doc.spans["danvan"]``:
officials, titles, organizations, places, dates, tasks — overlapping spans allowed),
:func:`report_tables` (what ``Report._repr_html_`` shows in Jupyter), :func:`page`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from danvan_nlp.report import Report

from danvan_nlp.tables import report_tables

__all__ = ["COLORS", "page", "render", "report_doc", "report_tables"]

COLORS = {
    "OFFICIAL": "#ffd166",
    "TITLE": "#90caf9",
    "ORG": "#c5e1a5",
    "LOC": "#e1bee7",
    "DATE": "#ffab91",
    "TASK": "#b2dfdb",
}


def report_doc(report: Report, text: str) -> Doc:
    """A Doc of ``text`` whose ``doc.spans["danvan"]`` are the items of ``report``."""
    from danvan_nlp.api import load
    from danvan_nlp.pipeline import SPAN_KEY, split_tokens_at

    doc = load().make_doc(text)
    items: list[tuple[Any, str]] = []
    for o in report.officials:
        items.extend((m, "OFFICIAL") for m in o.mentions)
        items.extend((t, "TITLE") for t in o.titles)
    items.extend((e, "ORG") for e in report.organizations)
    items.extend((e, "LOC") for e in report.locations)
    items.extend((d, "DATE") for d in report.dates)
    items.extend((t, "TASK") for t in report.tasks)
    # spans cover each item exactly: tokens are split at item edges
    doc = split_tokens_at(doc, {x for it, _ in items for x in (it.start, it.end)})
    spans = []
    for it, label in items:
        span = doc.char_span(it.start, it.end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start_char, -s.end_char))
    return doc


def render(obj: Doc | Report, text: str | None = None, *, full_page: bool = False) -> str:
    """HTML with the extracted items highlighted (displaCy, span style).

    ``obj`` is a Doc from :func:`danvan_nlp.load` or a Report together with the ``text``
    it was extracted from (a Report of an HTML page carries it). A Report without its text
    renders as tables.
    """
    from spacy import displacy
    from spacy.tokens import Doc

    from danvan_nlp.pipeline import SPAN_KEY
    from danvan_nlp.report import Report

    if isinstance(obj, Report):
        text = text if text is not None else obj.text  # a page's Report carries its text
        if text is None:
            return report_tables(obj)
        doc = report_doc(obj, text)
    elif isinstance(obj, Doc):
        doc = obj
    else:
        raise TypeError(f"render() takes a Doc or a Report, not {type(obj).__name__}")
    if SPAN_KEY not in doc.spans:
        doc.spans[SPAN_KEY] = []
    out = displacy.render(
        doc,
        style="span",
        page=full_page,
        jupyter=False,
        options={"spans_key": SPAN_KEY, "colors": COLORS},
    )
    return str(out)


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; max-width: 70em; }
table.danvan-table { border-collapse: collapse; margin-bottom: 1em; }
table.danvan-table td, table.danvan-table th { border: 1px solid #ccc; padding: 2px 6px;
  text-align: left; vertical-align: top; }
section.danvan-doc { border-bottom: 2px solid #888; margin-bottom: 2em; }
"""


_STYLE_ATTR = regex.compile(r'(?: class="([^"<>]*)")? style="([^"<>]*)"')
_BLANKS = regex.compile(r"\s{2,}")


class _SharedStyles:
    """Turns displaCy's inline ``style="…"`` attributes (the same few, repeated on every
    token) into classes defined once in the page's stylesheet."""

    def __init__(self) -> None:
        self.classes: dict[str, str] = {}

    def compact(self, markup: str) -> str:
        def to_class(m: regex.Match[str]) -> str:
            style = m.group(2).strip().rstrip(";")
            name = self.classes.setdefault(style, f"dv{len(self.classes)}")
            return f' class="{m.group(1)} {name}"' if m.group(1) else f' class="{name}"'

        # runs of blanks between tags render as one space: keep one
        return _BLANKS.sub(lambda m: "\n" if "\n" in m.group(0) else " ",
                           _STYLE_ATTR.sub(to_class, markup))

    def css(self) -> str:
        return "".join(f".{name}{{{style}}}\n" for style, name in self.classes.items())


def page(items: Iterable[tuple[str, Report, str]]) -> str:
    """A whole HTML page: for each (source name, report, text) the highlighted text and
    the tables. displaCy's repeated inline styles become shared CSS classes, so the page
    is about a third of the size of the inline markup."""
    styles = _SharedStyles()
    body = []
    for name, report, text in items:
        body.append(
            f'<section class="danvan-doc"><h2>{html.escape(name)}</h2>'
            f"{styles.compact(render(report, text))}{report_tables(report)}</section>"
        )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>danvan_nlp</title><style>{_CSS}{styles.css()}</style></head><body>"
        + "".join(body)
        + "</body></html>"
    )
