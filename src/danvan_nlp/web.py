"""Web pages in: the main text, date, URL and site name of an HTML page.

Takes: an HTML page (``str``). Returns: a :class:`Page` (:func:`read_page`): the main text,
which :func:`danvan_nlp.extract` then reads, and :func:`with_page` completes that Report with
the page (``text``, ``url``, ``site_name``) — every offset in it points into ``report.text``,
not into the HTML. This module sits under the pipeline: it never calls it.

The main text comes from trafilatura (no hand-written boilerplate rules here), the
publication date from htmldate when the text carries no stamp of its own. Both are optional
dependencies (``pip install danvan_nlp[web]``) imported on first use, so that
``import danvan_nlp`` stays fast. Nothing is ever fetched: a URL is only recorded.

:func:`is_page` decides when :func:`danvan_nlp.extract` treats a string as a page: it starts
(after a byte-order mark, blanks and comments) with ``<!DOCTYPE html`` or ``<html``. Other
strings with markup keep going through the markup-tolerant text path, offsets into the
caller's string.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from danvan_nlp.report import Report

__all__ = ["Page", "available", "is_page", "read_page", "with_page"]

_HEAD = 65536  # a page must show it is one within its first 64 KiB
_COMMENTS = 64  # leading comments skipped at most
# Inline markup unwrapped before extraction so that "đồng chí <b>Nguyễn Văn A</b>, ..." stays
# one line of text (links are kept: their density is part of trafilatura's boilerplate test).
_INLINE_TAGS = ("b", "strong", "i", "em", "u", "font", "mark", "small", "big", "abbr")
# Publication dates outside this window are not trusted (htmldate's own default is 1995).
_MIN_DATE = "1990-01-01"


@dataclass(frozen=True)
class Page:
    """What a page gives before any language processing."""

    text: str
    url: str | None = None
    site_name: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None


def _skip_blanks(head: str, i: int) -> int:
    while i < len(head) and (head[i].isspace() or head[i] == "\ufeff"):
        i += 1
    return i


@cache
def available() -> bool:
    """True when trafilatura and htmldate are installed (``danvan_nlp[web]``)."""
    return all(importlib.util.find_spec(m) is not None for m in ("trafilatura", "htmldate"))


def is_page(text: object) -> bool:
    """True when ``text`` is a whole HTML document (doctype or ``<html>`` first).

    Linear and bounded: only the first 64 KiB are looked at, with at most one XML declaration
    and 64 comments before the doctype. Without ``danvan_nlp[web]`` installed nothing is a
    page: HTML then goes through the markup-tolerant text path, offsets into the caller's
    string.
    """
    if not isinstance(text, str) or not available():
        return False
    head = text[:_HEAD]
    i = _skip_blanks(head, 0)
    if head.startswith("<?xml", i):
        j = head.find("?>", i)
        if j < 0:
            return False
        i = _skip_blanks(head, j + 2)
    for _ in range(_COMMENTS):
        if not head.startswith("<!--", i):
            break
        j = head.find("-->", i + 4)
        if j < 0:
            return False
        i = _skip_blanks(head, j + 3)
    word = head[i : i + 16].lower()
    if word.startswith("<!doctype"):
        return word[9:].lstrip().startswith("html")
    return word.startswith("<html") and (len(word) == 5 or word[5] in " \t\r\n>")


def _no_main_text(record: logging.LogRecord) -> bool:
    """Drop trafilatura's warning for a page without main text: an expected outcome here
    (the page gives ``text=""``), not something to print on every such page."""
    return not str(record.msg).startswith("discarding data")


@cache
def _quiet_trafilatura() -> None:
    logging.getLogger("trafilatura.core").addFilter(_no_main_text)


def _missing(exc: ImportError) -> ImportError:
    return ImportError(
        "reading HTML pages needs trafilatura and htmldate: pip install 'danvan_nlp[web]'"
        f" ({exc})"
    )


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def read_page(html: str, *, url: str | None = None) -> Page:
    """Main text and metadata of one page (no network: ``url`` is only recorded).

    The text is the main text, one paragraph a line, after the page title (with a blank
    line) when the body does not start with it. A page without a main text gives ``text=""``.
    """
    try:
        import htmldate
        import trafilatura
        from lxml import etree
        from trafilatura.utils import load_html
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise _missing(exc) from None

    _quiet_trafilatura()
    tree = load_html(html)
    if tree is None:
        return Page(text="", url=url)
    try:
        published = htmldate.find_date(
            tree, extensive_search=False, original_date=True, min_date=_MIN_DATE
        )
    except Exception:  # htmldate is best effort on odd pages
        published = None
    etree.strip_tags(tree, *_INLINE_TAGS)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc if isinstance(doc, dict) else doc.as_dict()
    body = (data.get("text") or "").strip()
    title = _clean(data.get("title"))
    text = body
    if title and body and not body.startswith(title):
        text = f"{title}\n\n{body}"
    return Page(
        text=text,
        url=url or _clean(data.get("url")),
        site_name=_clean(data.get("sitename")) or _clean(data.get("hostname")),
        title=title,
        published=published,
        author=_clean(data.get("author")),
    )


def with_page(report: Report, page: Page) -> Report:
    """``report`` with the page's text, URL, site name (and title, published when missing)."""
    update: dict[str, Any] = {"text": page.text, "url": page.url, "site_name": page.site_name}
    if report.title is None and page.title:
        update["title"] = page.title
    if report.published is None and page.published:
        update["published"] = page.published
    if not report.authors and page.author:
        update["authors"] = [page.author]
    return report.model_copy(update=update)
