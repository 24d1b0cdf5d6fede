"""The two-name API: :func:`extract` one text, :func:`extract_many` a stream of texts.

Takes: ``str`` (the article; HTML markup is tolerated), optional ``published`` date.
Returns: :class:`~danvan_nlp.report.Report`. Raises :class:`TypeError` for anything that
is not a ``str`` (decode ``bytes`` yourself: the library never guesses an encoding) and
:class:`ValueError` for a ``published`` value that is not a date. A lone surrogate code
point (``"\\ud83b"``, a truncated emoji) is read as U+FFFD, offsets unchanged, with a
warning in ``Report.warnings``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
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
        return _extract_page(text, published=pub)
    if not text.strip():
        return Report(published=pub)
    nlp = load()
    return _run(nlp, _report_doc(nlp, text), pub)


def _report_doc(nlp: Language, text: str) -> Doc:
    """The Doc that a Report is made from: no tokens are built that nobody reads (see
    :meth:`danvan_nlp.tokenize.DanvanTokenizer.report_doc`)."""
    from danvan_nlp.tokenize import DanvanTokenizer

    tok = nlp.tokenizer
    return tok.report_doc(text) if isinstance(tok, DanvanTokenizer) else nlp.make_doc(text)


def extract_many(
    texts: Iterable[str],
    *,
    published: Published | Iterable[Published] = None,
    batch_size: int | None = None,
    n_process: int = 1,
    progress: bool = False,
) -> Iterator[Report]:
    """Extract from many texts, streaming reports in input order.

    Same results as calling :func:`extract` on each text. ``published`` is one value for
    all texts or an iterable with one value per text. ``n_process > 1`` runs worker
    processes, each taking ``batch_size`` texts at a time (default: up to 4, fewer for few
    texts, so that every worker gets several tasks; see ``docs/performance.md`` for when
    workers pay). The arguments are checked at once: a single ``str`` instead of an
    iterable of texts is a :class:`TypeError`; ``n_process < 1``, ``batch_size < 1`` or a
    ``published`` sequence of another length than the texts is a :class:`ValueError`.
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            "extract_many() takes an iterable of texts, not a single "
            f"{type(texts).__name__}: use extract(text), or extract_many([text])"
        )
    if not isinstance(texts, Iterable):
        raise TypeError(f"extract_many() takes an iterable of str, not {type(texts).__name__}")
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be an int >= 1, got {n_process!r}")
    if batch_size is not None and (
        isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1
    ):
        raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
    pubs = _published_per_text(texts, published)
    total = len(texts) if isinstance(texts, Sized) else None
    if batch_size is None:
        batch_size = default_batch_size(total, n_process)
    return _extract_many(texts, pubs, batch_size=batch_size, n_process=n_process,
                         progress=progress, total=total)


def default_batch_size(n_texts: int | None, n_process: int) -> int:
    """Texts per batch: 16 through one process's ``nlp.pipe``; with workers, up to 4 texts
    per task and at least 4 tasks per worker (small tasks balance the load, and sending a
    text costs far less than extracting it: measured in docs/performance.md)."""
    if n_process <= 1:
        return 16
    if n_texts is None:
        return 4
    return max(1, min(4, n_texts // (4 * n_process)))


def _published_per_text(
    texts: Iterable[str], published: Published | Iterable[Published]
) -> Iterator[str | None]:
    """One validated ISO value (or None) per text; a sequence must match the texts."""
    from danvan_nlp.pipeline import published_iso

    if isinstance(published, (str, date)) or published is None:
        value = published_iso(published)
        return iter(lambda: value, object())
    if not isinstance(published, Iterable):
        raise TypeError(
            "published must be a date, datetime, ISO string or an iterable of them, not "
            f"{type(published).__name__}"
        )
    if isinstance(published, Sized) and isinstance(texts, Sized) and len(published) != len(texts):
        raise ValueError(
            f"published has {len(published)} values for {len(texts)} texts: give one value "
            "for all texts or exactly one per text"
        )

    def gen() -> Iterator[str | None]:
        for value in published:
            yield published_iso(value)

    return gen()


def _extract_many(
    texts: Iterable[str],
    pubs: Iterator[str | None],
    *,
    batch_size: int,
    n_process: int,
    progress: bool,
    total: int | None,
) -> Iterator[Report]:
    def items() -> Iterator[tuple[str, str | None]]:
        for i, text in enumerate(texts):
            pub = next(pubs, _MISSING)
            if pub is _MISSING:
                raise ValueError(
                    f"published has fewer values than texts (none left for text {i}): give "
                    "one value for all texts or exactly one per text"
                )
            yield check_text(text), pub  # type: ignore[misc]

    reports: Iterator[Report]
    if n_process == 1:
        reports = _extract_pipe(items(), batch_size=batch_size)
    else:
        from danvan_nlp.parallel import extract_parallel

        dicts = extract_parallel(
            items(), _extract_dicts, n_process=n_process, chunk_size=batch_size, warm_up=load
        )
        reports = (Report.from_dict(d) for d in dicts)
    if progress:  # counts reports done (the texts are read ahead of them)
        from tqdm import tqdm

        reports = iter(tqdm(reports, unit="doc", desc="danvan_nlp", total=total))
    yield from reports


_MISSING: Any = object()


def _extract_dicts(chunk: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    """A worker's task: the report dicts of (text, published) pairs."""
    return [extract(text, published=pub).to_dict() for text, pub in chunk]


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
            doc = _report_doc(nlp, text)
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


def _extract_page(html: str, *, published: str | None) -> Report:
    """:func:`extract` of a page: the Report carries ``text``, ``url``, ``site_name``.

    ``published`` given by the caller wins; else the stamp in the text; else the page's date
    from htmldate, which then also anchors partial dates ("Sáng 4/3").
    """
    from danvan_nlp.web import read_page

    page = read_page(html)
    return _page_report(extract(page.text, published=published), page, published)


def _page_report(report: Report, page: Any, pub: str | None) -> Report:
    """The Report of a page's text, completed from the page (see :func:`_extract_page`)."""
    from danvan_nlp.web import with_page

    if pub is None and report.published is None and page.published and page.text.strip():
        report = extract(page.text, published=page.published)
    return with_page(report, page)
