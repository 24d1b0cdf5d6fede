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

In a pipeline of one's own: ``danvan_tasks`` reads the results of the other two and runs
them itself when they are missing or come after it, so any order gives the same report.
``doc.spans["danvan"]`` covers each item exactly, whatever the tokenizer: a token that an
item starts or ends inside ("Mai," from spaCy's whitespace tokenizer) is split there (the
component then returns a new Doc, as spaCy allows; ``doc.tensor`` is not carried over).
spaCy's own Vietnamese tokenizer needs pyvi by default; without it, build the pipeline
with ``spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})`` or, for
underthesea's word segmentation, ``{"@tokenizers": "danvan.UndertheseaTokenizer.v1"}``.

Takes: a Doc. Returns: the same Doc (components) or a :class:`~danvan_nlp.report.Report`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from spacy.attrs import IDX, LENGTH, NORM, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from danvan_nlp.dates import find_dates
from danvan_nlp.normalize import Normalized
from danvan_nlp.officials import Words, find_officials
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
from danvan_nlp.tokenize import (
    REPORT_ONLY,
    create_tokenizer,
    doc_normalized,
    doc_sentences,
    sentence_words,
)

__all__ = [
    "COMPONENTS",
    "doc_to_report",
    "make_dates_component",
    "make_nlp",
    "make_officials_component",
    "make_tasks_component",
    "published_iso",
    "split_tokens_at",
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
    #: stages whose results this one reads; run first when the pipeline lacks them
    needs: tuple[type[_Stage], ...] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        norm = doc_normalized(doc)
        sents = doc_sentences(doc, norm)
        ran = []
        for stage in self.needs:  # a pipeline without them, or with them after this one
            if f"danvan.{stage.key}" not in doc.user_data:
                doc.user_data[f"danvan.{stage.key}"] = stage.run(doc, norm, sents)
                ran.append(stage.key)
        doc.user_data[f"danvan.{self.key}"] = self.run(doc, norm, sents)
        if doc.user_data.get(REPORT_ONLY):
            return doc  # made for a Report: nobody reads spans
        return _set_spans(doc, norm, {*ran, self.key})  # a new Doc where tokens had to be split

    @staticmethod
    def run(doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        raise NotImplementedError


class DatesComponent(_Stage):
    key = "dates"

    @staticmethod
    def run(doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        return find_dates(norm.text, sents, published=doc.user_data.get(PUBLISHED_KEY))


class OfficialsComponent(_Stage):
    key = "officials"

    @staticmethod
    def run(doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
        words = doc.user_data.get("danvan.words")
        return find_officials(
            norm.text,
            sents,
            removed=_removed_in_norm(norm),
            words=[(int(a), int(b)) for a, b in words] if words is not None else _lazy_words(norm.text),
        )


def _lazy_words(text: str) -> Words:
    """underthesea's words of several syllables in a sentence, segmented when the
    officials stage asks for them (a Doc whose tokenizer did not segment the text)."""

    def words(start: int, end: int) -> list[tuple[int, int]]:
        return [(a, b) for a, b in sentence_words(text, start, end) if " " in text[a:b]]

    return words


class TasksComponent(_Stage):
    key = "tasks"
    needs = (DatesComponent, OfficialsComponent)

    @staticmethod
    def run(doc: Doc, norm: Normalized, sents: list[tuple[int, int]]) -> dict[str, Any]:
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


def _set_spans(doc: Doc, norm: Normalized, keys: set[str]) -> Doc:
    """Put the items of the stages ``keys`` (just run) in ``doc.spans["danvan"]``, with
    their value in ``span._.value``, in place of the spans those stages put there before;
    the other stages' spans stay. Each span covers its item exactly, whatever the tokenizer:
    a token that an item starts or ends inside ("Mai," from a whitespace tokenizer) is
    split there first."""
    items: list[tuple[int, int, str, Any]] = []
    for key in (k for k in _STAGE_LABELS if k in keys):
        result = doc.user_data.get(f"danvan.{key}")
        if result:
            for a, b, label, value in _stage_spans(key, result):
                oa, ob = norm.to_original(a, b)
                if oa < ob:
                    items.append((oa, ob, label, value))
    doc = split_tokens_at(doc, {x for a, b, _, _ in items for x in (a, b)})
    labels = {label for k in keys for label in _STAGE_LABELS[k]}
    spans = [s for s in doc.spans.get(SPAN_KEY, []) if s.label_ not in labels]
    for a, b, label, value in items:
        span = doc.char_span(a, b, label=label, alignment_mode="strict")
        if span is None:  # e.g. an edge inside a whitespace token
            span = doc.char_span(a, b, label=label, alignment_mode="contract")
        if span is None:
            continue
        if value is not None:
            span._.value = value
        spans.append(span)
    doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start_char, -s.end_char))
    return doc


def split_tokens_at(doc: Doc, cuts: set[int]) -> Doc:
    """The Doc with every token that has one of the character offsets ``cuts`` strictly
    inside split there (``doc`` itself when none has). Linear time: a new Doc is built in
    one pass over arrays (spaCy's retokenizer moves the whole Doc for each split); it keeps
    the text, sentence starts, norms, user data, span groups, entities and the token
    attributes a piece can inherit (tag, POS, morphology, lemma)."""
    if not cuts or not len(doc):
        return doc
    import numpy

    starts = doc.to_array(IDX).astype("int64")
    ends = starts + doc.to_array(LENGTH).astype("int64")
    inside: dict[int, list[int]] = {}
    for cut in sorted(cuts):
        i = int(numpy.searchsorted(starts, cut, side="right")) - 1  # the token starting at or before
        if i >= 0 and starts[i] < cut < ends[i]:
            inside.setdefault(i, []).append(cut)
    if not inside:  # the usual case with the package's tokenizer
        return doc
    pieces: dict[int, list[str]] = {}
    text = doc.text  # built from the tokens on each access: once
    for i, cs in inside.items():
        a, b = int(starts[i]), int(ends[i])
        if not text[a:b].strip():
            continue
        edges = [a, *cs, b]
        pieces[i] = [text[x:y] for x, y in pairwise(edges)]
    if not pieces:
        return doc
    return _rebuilt(doc, text, pieces, starts.tolist(), ends.tolist())


def _rebuilt(
    doc: Doc, text: str, pieces: Mapping[int, list[str]], starts: list[int], ends: list[int]
) -> Doc:
    import numpy

    spacy_ = doc.to_array(SPACY).tolist()
    sent = doc.to_array(SENT_START).tolist()
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool | int | None] = []
    source: list[int] = []  # index of the old token each new token comes from
    split: list[bool] = []
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        parts = pieces.get(i)
        if parts is None:
            words.append(text[a:b])
            spaces.append(bool(spacy_[i]))
            sent_starts.append(sent[i] == 1 if sent[i] else None)
            source.append(i)
            split.append(False)
            continue
        for k, part in enumerate(parts):
            words.append(part)
            spaces.append(bool(spacy_[i]) and k == len(parts) - 1)
            sent_starts.append((sent[i] == 1 if sent[i] else None) if k == 0 else False)
            source.append(i)
            split.append(True)
    has_starts = doc.has_annotation("SENT_START")
    new = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=sent_starts if has_starts else None)
    attrs: list[int | str] = [a for a in ("TAG", "POS", "MORPH", "LEMMA") if doc.has_annotation(a)]
    if attrs:
        new.from_array(attrs, doc.to_array(attrs)[source])  # type: ignore[arg-type]
    norms = doc.to_array(NORM)[source]
    pieces_mask = numpy.array(split, dtype=bool)
    norms[pieces_mask] = new.to_array(NORM)[pieces_mask]  # a piece's norm is its own text
    new.from_array([NORM], norms.reshape(-1, 1))  # type: ignore[arg-type]
    new.user_data.update(doc.user_data)
    for key, group in doc.spans.items():
        spans = (new.char_span(sp.start_char, sp.end_char, label=sp.label_, alignment_mode="expand")
                 for sp in group)
        new.spans[key] = [sp for sp in spans if sp is not None]
    if doc.ents:
        ents = (new.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents)
        new.ents = [e for e in ents if e is not None]
    return new


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
            addressee=t.get("addressee"),
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
    warnings = [
        *doc.user_data.get("danvan.input_warnings", []),
        *dates.get("warnings", []),
        *offs.get("warnings", []),
        *tasks.get("warnings", []),
    ]
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
