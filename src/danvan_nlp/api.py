"""The two-name API: :func:`extract` one text, :func:`extract_many` a stream of texts.

Takes: ``str`` (the article; HTML markup is tolerated), optional ``published`` date.
Returns: :class:`~danvan_nlp.report.Report`. Raises :class:`TypeError` for anything that
is not a ``str`` (decode ``bytes`` yourself: the library never guesses an encoding) and
:class:`ValueError` for a ``published`` value that is not a date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from danvan_nlp.report import Report
from danvan_nlp.web import is_page

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["check_text", "extract", "extract_many", "load"]

Published = date | datetime | str | None


@lru_cache(maxsize=1)
def load() -> Language:
    """The configured spaCy pipeline (built once per process, then shared)."""
    from danvan_nlp.pipeline import make_nlp

    return make_nlp()


def check_text(text: Any) -> str:
    """Return ``text`` if it is a ``str``; raise a clear :class:`TypeError` otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "danvan_nlp.extract() needs str, got bytes: decode it first, "
            "e.g. text = data.decode('utf-8')"
        )
    raise TypeError(f"danvan_nlp.extract() needs str, got {type(text).__name__}")


def _run(nlp: Language, doc: Doc, published: str | None) -> Report:
    from danvan_nlp.pipeline import PUBLISHED_KEY, doc_to_report

    if published is not None:
        doc.user_data[PUBLISHED_KEY] = published
    return doc_to_report(nlp(doc))


def extract(text: str, *, published: Published = None) -> Report:
    """Extract officials, dates and tasks from one article.

    ``published`` (date, datetime or ISO string) anchors partial dates such as
    "Chiều ngày 13/1"; without it the article's own publication stamp is used.
    """
    from danvan_nlp.pipeline import published_iso

    text = check_text(text)
    pub = published_iso(published)
    if is_page(text):  # a whole HTML page: offsets point into the Report's extracted text
        from danvan_nlp.web import extract_page

        return extract_page(text, published=pub)
    if not text.strip():
        return Report(published=pub)
    nlp = load()
    return _run(nlp, nlp.make_doc(text), pub)


def extract_many(
    texts: Iterable[str],
    *,
    published: Published | Iterable[Published] = None,
    batch_size: int = 16,
    n_process: int = 1,
    progress: bool = False,
) -> Iterator[Report]:
    """Extract from many texts, streaming reports in input order.

    Same results as calling :func:`extract` on each text. ``published`` is one value for
    all texts or an iterable with one value per text.
    """
    from danvan_nlp.pipeline import published_iso

    if isinstance(published, (str, date)) or published is None:
        pubs: Iterator[Published] = iter(lambda: published, object())
    else:
        pubs = iter(published)
    items: Iterable[tuple[str, str | None]] = (
        (check_text(t), published_iso(next(pubs))) for t in texts
    )
    if progress:
        from tqdm import tqdm

        items = tqdm(items, unit="doc", desc="danvan_nlp")
    if n_process == 1:
        yield from _extract_pipe(items, batch_size=batch_size)
        return
    yield from _extract_parallel(items, n_process=n_process, batch_size=batch_size)


def _extract_pipe(items: Iterable[tuple[str, str | None]], *, batch_size: int) -> Iterator[Report]:
    """One process: the texts go through ``nlp.pipe`` as Docs carrying their date anchor."""
    from danvan_nlp.pipeline import PUBLISHED_KEY, doc_to_report

    nlp = load()

    def docs() -> Iterator[Doc]:
        for text, pub in items:
            page = None
            if is_page(text):
                from danvan_nlp.web import read_page

                page = read_page(text)
                text = page.text
            doc = nlp.make_doc(text)
            if pub is not None:
                doc.user_data[PUBLISHED_KEY] = pub
            if page is not None:
                doc.user_data[_PAGE_KEY] = (page, pub)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=max(1, batch_size)):
        report = doc_to_report(doc)
        if not doc.text.strip():  # as extract(): an empty text gives an empty report
            report = Report(published=report.published)
        if _PAGE_KEY in doc.user_data:
            report = _page_report(report, *doc.user_data[_PAGE_KEY])
        yield report


_PAGE_KEY = "danvan.page"


def _page_report(report: Report, page: Any, pub: str | None) -> Report:
    """As :func:`danvan_nlp.web.extract_page` for a page that went through ``nlp.pipe``."""
    from danvan_nlp.web import with_page

    if pub is None and report.published is None and page.published and page.text.strip():
        report = extract(page.text, published=page.published)
    return with_page(report, page)


def _extract_one(args: tuple[str, str | None]) -> dict[str, Any]:
    text, pub = args
    return extract(text, published=pub).to_dict()


def _extract_parallel(
    items: Iterable[tuple[str, str | None]], *, n_process: int, batch_size: int
) -> Iterator[Report]:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process) as pool:
        for data in pool.imap(_extract_one, items, chunksize=max(1, batch_size)):
            yield Report.from_dict(data)
