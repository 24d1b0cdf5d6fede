"""The spaCy pipeline: component factories and the Doc → Report conversion.

Components (registered with ``@Language.factory``, also exposed as ``spacy_factories``
entry points so ``nlp.add_pipe("danvan_dates")`` works in any Vietnamese pipeline):

* ``danvan_dates`` — :func:`danvan_nlp.dates.find_dates`
* ``danvan_officials`` — :func:`danvan_nlp.officials.find_officials`
* ``danvan_tasks`` — :func:`danvan_nlp.tasks.find_tasks`

Each component reads the normalized text of the Doc (made by our tokenizer, or computed
on the fly for a Doc from another tokenizer), runs its stage and stores the plain result,
in normalized offsets, in ``doc.user_data["danvan.<stage>"]``. :func:`doc_to_report` maps
everything back to the caller's offsets.

Takes: a Doc. Returns: the same Doc (components) or a :class:`~danvan_nlp.report.Report`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from danvan_nlp.dates import find_dates
from danvan_nlp.normalize import Normalized
from danvan_nlp.officials import find_officials
from danvan_nlp.report import (
    DateItem,
    Entity,
    Event,
    Mention,
    Official,
    Report,
    Task,
    TaskList,
    Title,
)
from danvan_nlp.tasks import find_tasks
from danvan_nlp.tokenize import create_tokenizer, doc_normalized, doc_sentences

__all__ = [
    "COMPONENTS",
    "doc_to_report",
    "make_dates_component",
    "make_nlp",
    "make_officials_component",
    "make_tasks_component",
    "published_iso",
]

COMPONENTS = ("danvan_dates", "danvan_officials", "danvan_tasks")
PUBLISHED_KEY = "danvan.published"
#: ``doc.spans[SPAN_KEY]`` holds every extracted item as a labelled span
SPAN_KEY = "danvan"
SPAN_LABELS = ("OFFICIAL", "TITLE", "ORG", "LOC", "DATE", "TASK")
_STAGE_LABELS = {
    "dates": ("DATE",),
    "officials": ("OFFICIAL", "TITLE", "ORG", "LOC"),
    "tasks": ("TASK",),
}

registry.tokenizers.register("danvan.UndertheseaTokenizer.v1", func=create_tokenizer)
if not Span.has_extension("value"):
    Span.set_extension("value", default=None)


def published_iso(value: date | datetime | str | None) -> str | None:
    """Validate the ``published=`` argument and return it as an ISO string."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M") if (value.hour or value.minute) else (
            value.date().isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"published={value!r} is not an ISO date (expected e.g. '2021-01-13' "
                "or '2021-01-13T17:05')"
            ) from None
        return published_iso(parsed) if "T" in text or " " in text else parsed.date().isoformat()
    raise TypeError(
        f"published must be a date, datetime or ISO string, not {type(value).__name__}"
    )


class _Stage:
    key = ""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        norm = doc_normalized(doc)
        sents = doc_sentences(doc, norm)
        result = self.run(doc, norm, sents)
        doc.user_data[f"danvan.{self.key}"] = result
        _set_spans(doc, norm, self.key, result)
        return doc

    def run(self, doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        raise NotImplementedError


class DatesComponent(_Stage):
    key = "dates"

    def run(self, doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        return find_dates(norm.text, sents, published=doc.user_data.get(PUBLISHED_KEY))


class OfficialsComponent(_Stage):
    key = "officials"

    def run(self, doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        words = doc.user_data.get("danvan.words")
        return find_officials(
            norm.text,
            sents,
            removed=_removed_in_norm(norm),
            words=[(int(a), int(b)) for a, b in words] if words is not None else None,
        )


class TasksComponent(_Stage):
    key = "tasks"

    def run(self, doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        return find_tasks(
            norm.text,
            sents,
            officials=doc.user_data.get("danvan.officials"),
            dates=doc.user_data.get("danvan.dates"),
        )


def _stage_spans(key: str, result: Mapping[str, Any]) -> Iterator[tuple[int, int, str, Any]]:
    """(start, end, label, value) in normalized offsets for the spans of one stage."""
    if key == "dates":
        for d in result.get("items", []):
            yield d["start"], d["end"], "DATE", d["value"]
    elif key == "officials":
        for o in result.get("officials", []):
            for a, b in o["mentions"]:
                yield a, b, "OFFICIAL", o["name"]
            for t in o["titles"]:
                yield t["start"], t["end"], "TITLE", t["canonical"]
        for e in result.get("organizations", []):
            yield e["start"], e["end"], "ORG", e.get("canonical")
        for e in result.get("locations", []):
            yield e["start"], e["end"], "LOC", e.get("canonical")
    elif key == "tasks":
        for t in result.get("tasks", []):
            yield t["start"], t["end"], "TASK", t.get("speaker")


def _set_spans(doc: Doc, norm: Normalized, key: str, result: Mapping[str, Any]) -> None:
    """Put a stage's items in ``doc.spans["danvan"]`` with their value in ``span._.value``."""
    own = _STAGE_LABELS.get(key, ())
    spans = [s for s in doc.spans[SPAN_KEY] if s.label_ not in own] if SPAN_KEY in doc.spans else []
    for a, b, label, value in _stage_spans(key, result):
        oa, ob = norm.to_original(a, b)
        span = doc.char_span(oa, ob, label=label, alignment_mode="expand")
        if span is None:
            continue
        if value is not None:
            span._.value = value
        spans.append(span)
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start_char, -s.end_char))


def _removed_in_norm(norm: Normalized) -> list[tuple[str, str]]:
    """(kind, original text) of the chrome that normalization removed, for authors/source."""
    return [(kind, norm.original[a:b]) for kind, a, b in norm.removed]


@Language.factory("danvan_dates")
def make_dates_component(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)


@Language.factory("danvan_officials")
def make_officials_component(nlp: Language, name: str) -> OfficialsComponent:
    return OfficialsComponent(nlp, name)


@Language.factory("danvan_tasks")
def make_tasks_component(nlp: Language, name: str) -> TasksComponent:
    return TasksComponent(nlp, name)


def make_nlp(*, use_underthesea: bool = True) -> Language:
    """A fresh Vietnamese pipeline: our tokenizer and the three stages."""
    import spacy

    nlp = spacy.blank(
        "vi",
        config={
            "nlp": {
                "tokenizer": {
                    "@tokenizers": "danvan.UndertheseaTokenizer.v1",
                    "use_underthesea": use_underthesea,
                }
            }
        },
    )
    for name in COMPONENTS:
        nlp.add_pipe(name)
    # no parser or NER here: memory grows linearly, so long pages are fine
    nlp.max_length = 50_000_000
    return nlp


# --- Doc -> Report ---------------------------------------------------------------------


def doc_to_report(doc: Doc) -> Report:
    """Build the :class:`Report` of a processed Doc, offsets mapped to ``doc.text``."""
    norm = doc_normalized(doc)
    original = norm.original

    def loc(start: int, end: int) -> dict[str, Any]:
        a, b = norm.to_original(start, end)
        return {"text": original[a:b], "start": a, "end": b}

    dates = doc.user_data.get("danvan.dates") or {}
    offs = doc.user_data.get("danvan.officials") or {}
    tasks = doc.user_data.get("danvan.tasks") or {}

    date_items = [
        DateItem(
            **loc(d["start"], d["end"]),
            value=d["value"],
            kind=d["kind"],
            part_of_day=d.get("part_of_day"),
            role=d.get("role"),
            corrected=d.get("corrected"),
        )
        for d in dates.get("items", [])
    ]
    officials = [
        Official(
            name=o["name"],
            titles=[
                Title(
                    **loc(t["start"], t["end"]),
                    position=t["position"],
                    organization=t.get("organization"),
                    level=t.get("level"),
                    canonical=t["canonical"],
                )
                for t in o["titles"]
            ],
            roles=o["roles"],
            mentions=[Mention(**loc(a, b)) for a, b in o["mentions"]],
        )
        for o in offs.get("officials", [])
    ]
    orgs = [
        Entity(**loc(e["start"], e["end"]), label="ORG", canonical=e.get("canonical"))
        for e in offs.get("organizations", [])
    ]
    locs = [
        Entity(**loc(e["start"], e["end"]), label="LOC", canonical=e.get("canonical"))
        for e in offs.get("locations", [])
    ]
    task_items = [
        Task(
            **loc(t["start"], t["end"]),
            speaker=t.get("speaker"),
            period=t.get("period"),
            list_index=t.get("list_index"),
        )
        for t in tasks.get("tasks", [])
    ]
    task_lists = []
    for tl in tasks.get("lists", []):
        a, b = norm.to_original(tl["start"], tl["end"])
        task_lists.append(TaskList(start=a, end=b, announced=tl.get("announced"), found=tl["found"]))
    event = Event(
        date=dates.get("event_date"),
        kind=offs.get("event_kind"),
        location=offs.get("event_location"),
        organizer=offs.get("event_organizer"),
    )
    warnings = [*dates.get("warnings", []), *offs.get("warnings", []), *tasks.get("warnings", [])]
    return Report(
        title=offs.get("title"),
        published=dates.get("published"),
        authors=offs.get("authors", []),
        source=offs.get("source"),
        event=event,
        officials=officials,
        dates=date_items,
        tasks=task_items,
        task_lists=task_lists,
        organizations=orgs,
        locations=locs,
        warnings=warnings,
    )


if not Doc.has_extension("report"):
    Doc.set_extension("report", getter=doc_to_report)
