"""Stage 5 — tasks: the tasks and directions the event assigned, one item per task.

Takes: the normalized text, its sentence spans, and the results of the officials and
dates stages (for speakers and periods). Returns a plain dict in normalized offsets::

    {"tasks": [{"start", "end", "speaker", "period", "list_index"}],
     "lists": [{"start", "end", "announced", "found"}], "warnings": [str]}

Rules (cue words in ``data/tasks.yaml``):

1. A passage opens at a directive verb said by an official ("đồng chí X đề nghị …",
   "yêu cầu …") or at an announced list ("12 nhiệm vụ trọng tâm … như …"). The task text
   starts after the verb, an addressee such as "đồng chí" and a time phrase
   ("trong thời gian tới,").
2. The passage goes on over the following sentences while they read as tasks: they start
   with a task verb (possibly after a subject of a few words or a connector such as
   "Đồng thời"), hold no past marker ("đã đạt") and open no new topic ("Tại hội nghị").
   A paragraph break ends it unless the next paragraph starts with a task verb.
3. Each sentence is one task, split at ";" where the next part starts with a task verb;
   connectors ("nhất là", "Trong đó") are trimmed from the start of an item.

Public function: :func:`find_tasks`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex

from danvan_nlp.resources import official_triggers, task_cues

__all__ = ["find_tasks"]

Span = tuple[int, int]


@dataclass(frozen=True)
class _Cues:
    directive: regex.Pattern[str]
    speakerless: frozenset[str]
    petitioner: regex.Pattern[str]
    noun_before: regex.Pattern[str]
    noun_after: regex.Pattern[str]
    soft: regex.Pattern[str]
    modal: regex.Pattern[str]
    announced: regex.Pattern[str]
    header: regex.Pattern[str]
    inline_header: regex.Pattern[str]
    bullet: regex.Pattern[str]
    task_verb_start: regex.Pattern[str]
    task_verb_any: regex.Pattern[str]
    clause_verb_start: regex.Pattern[str]
    task_verb_early: regex.Pattern[str]
    connector: regex.Pattern[str]
    time_lead: regex.Pattern[str]
    ahead: regex.Pattern[str]
    passive: regex.Pattern[str]
    pronoun: regex.Pattern[str]
    addressee: regex.Pattern[str]
    stop_lead: regex.Pattern[str]
    past: regex.Pattern[str]
    numbers: Mapping[str, int]


def _alt(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    c = task_cues()
    nums = {str(k): int(v) for k, v in c["numbers"].items()}
    openers = "|".join(
        r":" if o == ":" else rf"(?<!\p{{L}}){regex.escape(o)}(?!\p{{L}})" for o in c["list_openers"]
    )
    verbs = _alt(c["task_verbs"])
    e0 = r"(?![\p{L}\p{M}])"
    verbs = rf"(?!(?:{_alt(c['not_modals'])}){e0})(?:{verbs})"  # "cần thiết" is no "cần"
    b = r"(?<![\p{L}\p{M}])"
    e = r"(?![\p{L}\p{M}])"
    return _Cues(
        directive=regex.compile(rf"{b}(?:{_alt(c['directives'])}){e}", regex.I),
        speakerless=frozenset(c["speakerless_directives"]),
        petitioner=regex.compile(rf"{b}(?:{_alt(c['petitioners'])}){e}", regex.I),
        noun_before=regex.compile(rf"{b}(?:{_alt(c['directive_noun_before'])})\s*$", regex.I),
        noun_after=regex.compile(rf"(?:{_alt(c['directive_noun_after'])}){e}", regex.I),
        soft=regex.compile(rf"{b}(?:{_alt(c['soft_directives'])}){e}", regex.I),
        modal=regex.compile(
            rf"{b}(?!(?:{_alt(c['not_modals'])}){e})(?:{_alt(c['modals'])}){e}", regex.I
        ),
        announced=regex.compile(
            rf"{b}(?P<n>\d{{1,2}}|{_alt(list(nums))})\s+(?:{_alt(c['list_nouns'])}){e}"
            rf"[^.;:]{{0,120}}?(?P<open>{openers})",
            regex.I,
        ),
        header=regex.compile(
            rf"{b}(?:{_alt(c['list_headers'])}){e}[^.;:]{{0,120}}:\s*$", regex.I
        ),
        inline_header=regex.compile(
            rf"{b}(?:{_alt(c['list_headers'])}){e}[^.;:]{{0,40}}:", regex.I
        ),
        bullet=regex.compile(r"(?:[-+•*–]|\d{1,2}[.)]|[a-đ][)])\s+"),
        task_verb_start=regex.compile(rf"(?:{verbs}){e}", regex.I),
        task_verb_any=regex.compile(rf"{b}(?:{verbs}){e}", regex.I),
        clause_verb_start=regex.compile(rf"(?:{_alt(c['clause_verbs'])}){e}", regex.I),
        task_verb_early=regex.compile(
            rf"(?:[\p{{L}}\p{{M}}\d-]+[ ,]{{1,2}}){{0,6}}?(?:{verbs}){e}", regex.I
        ),
        connector=regex.compile(rf"(?:{_alt(c['lead_connectors'])}){e}[\s,:]*", regex.I),
        time_lead=regex.compile(rf"(?:{'|'.join(c['time_leads'])}){e}[\s,]*", regex.I),
        pronoun=regex.compile(
            rf"\s*(?:[\p{{L}}\s]{{0,40}},\s*)?(?:{_alt(c['pronoun_subjects'])})"
            rf"(?:\s(?:{_alt(c['pronoun_adverbs'])})){{0,3}}\s(?=\p{{Ll}})",
            regex.I,
        ),
        passive=regex.compile(rf"{b}(?:{_alt(c['passive_markers'])}){e}", regex.I),
        ahead=regex.compile(
            rf"(?:(?:{'|'.join(c['future_leads'])}){e}[\s,]*"
            rf"|(?:{_alt(c['purpose_leads'])}){e}[^,.;:\n]{{3,120}},\s*)",
            regex.I,
        ),
        addressee=regex.compile(rf"(?:{_alt(c['addressee_skips'])}){e}\s*", regex.I),
        stop_lead=regex.compile(rf"(?:{_alt(c['stop_leads'])}){e}", regex.I),
        past=regex.compile(rf"{b}(?:{_alt(c['past_markers'])}){e}", regex.I),
        numbers=nums,
    )


def _skip(text: str, pos: int, end: int, *patterns: regex.Pattern[str]) -> int:
    """Advance ``pos`` over whitespace/commas and any of ``patterns``, repeatedly."""
    changed = True
    while changed and pos < end:
        changed = False
        while pos < end and text[pos] in " ,:\n":
            pos += 1
        for p in patterns:
            m = p.match(text, pos, end)
            if m and m.end() > pos:
                pos = m.end()
                changed = True
    return pos


_TRAIL = regex.compile(r"[\s.,;:…/]+$")
_SEPARATOR = regex.compile(r"[;,]")


def _items(text: str, start: int, end: int, cues: _Cues) -> list[Span]:
    """Split ``text[start:end]`` into task items at ";" before a task verb, and at ","
    before a clause verb once the item holds a verb of its own (see ``clause_verbs``)."""
    cuts = [start]
    last = start  # the previous separator
    # a numbered or bulleted item is one task: its commas do not split it
    commas = not cues.bullet.match(text, _skip(text, start, end))
    for m in _SEPARATOR.finditer(text, start, end):
        at = m.start()
        if m.group() == ";":
            nxt = _skip(text, m.end(), end, cues.bullet, cues.connector)
            if cues.task_verb_start.match(text, nxt, end):
                cuts.append(at)
            last = at
            continue
        # "," (no connector skipped: "…, trong đó phải …" elaborates the same task)
        nxt = _skip(text, m.end(), end)
        # (word counts look at most 100 characters away, so that the cost stays linear)
        if commas and (
            cues.clause_verb_start.match(text, nxt, end)
            and len(text[max(cuts[-1], at - 100) : at].split()) >= 4
            and len(text[nxt : min(end, nxt + 100)].split()) >= 3
            and cues.task_verb_any.search(text, last, at)  # a clause, not "nội dung, phương thức"
        ):
            cuts.append(at)
        last = at
    cuts.append(end)
    items = []
    for a, b in pairwise(cuts):
        if a != start:
            a += 1  # past the ";" or ","
        a = _skip(text, a, b, cues.bullet, cues.connector)
        trail = _TRAIL.search(text, a, b)
        if trail:
            b = trail.start()
        if len(text[a:b].split()) >= 3:
            items.append((a, b))
    return items


def _speaker(mentions: Sequence[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    """The last official named in ``[lo, hi)`` (mentions sorted by start)."""
    i = bisect_left(mentions, (hi,)) - 1
    while i >= 0 and mentions[i][0] >= lo:
        if mentions[i][1] <= hi:
            return mentions[i][2]
        i -= 1
    return None


def _period(dates: Sequence[Mapping[str, Any]], lo: int, hi: int) -> str | None:
    """The period named in the lead-in of a passage ("đề nghị trong năm 2021, …")."""
    starts = [int(d["start"]) for d in dates]
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        if dates[i]["kind"] in ("interval", "year", "month"):
            return str(dates[i]["value"])
    return None


def _continues_list(text: str, prev: Span, a: int, b: int, cues: _Cues) -> bool:
    """After a paragraph break the passage goes on only for list items: the previous
    paragraph ended with ":" or ";", the new one starts with a bullet or an item number
    ("- Một là, …", "2.") or with a task verb."""
    if text[prev[0] : prev[1]].rstrip().endswith((":", ";")):
        return True
    if cues.bullet.match(text, a, b):
        return True
    return bool(cues.task_verb_start.match(text, _skip(text, a, b, cues.connector), b))


def _reads_as_task(text: str, a: int, b: int, cues: _Cues) -> bool:
    """A sentence that goes on a passage: a task verb among its first words, or a modal
    anywhere ("Cùng với việc …, cần chuẩn bị …"); nothing in the past tense."""
    pos = _skip(text, a, b, cues.bullet, cues.connector)
    if cues.stop_lead.match(text, pos, b) or cues.past.search(text, a, b):
        return False
    return bool(cues.task_verb_early.match(text, pos, b) or cues.modal.search(text, pos, b))


def find_tasks(
    text: str,
    sentences: Sequence[Span] | None = None,
    *,
    officials: Mapping[str, Any] | None = None,
    dates: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The tasks stage: see the module docstring for the returned dict."""
    cues = _cues()
    sents = list(sentences or [(0, len(text))])
    mentions = sorted(
        (int(a), int(b), str(o["name"]))
        for o in (officials or {}).get("officials", [])
        for a, b in o["mentions"]
    )
    date_items = list((dates or {}).get("items", []))
    tasks: list[dict[str, Any]] = []
    lists: list[dict[str, Any]] = []
    warnings: list[str] = []
    i = 0
    while i < len(sents):
        a, b = sents[i]
        opened = _open_passage(text, a, b, cues, mentions)
        if opened is None:
            i += 1
            continue
        pos, announced, cue_at = opened
        speaker = _speaker(mentions, a, cue_at)
        if speaker is None and _pronoun_subject(text, a, cue_at, cues):
            # "Đồng chí đề nghị …" — the official of the sentence before
            speaker = _speaker(mentions, sents[max(0, i - 2)][0], a)
        period = _period(date_items, a, max(pos, cue_at + 1))
        spans = _items(text, pos, b, cues)
        j = i + 1
        while j < len(sents):
            na, nb = sents[j]
            if _open_passage(text, na, nb, cues, mentions) is not None:
                break
            # after a list header, numbered or bulleted items are tasks whatever their
            # first words ("3. Ban Dân vận Tỉnh ủy chủ trì, phối hợp …")
            listed = pos >= b and cues.bullet.match(text, na, nb) is not None
            if not listed and not _reads_as_task(text, na, nb, cues):
                break
            if "\n" in text[sents[j - 1][1] : na] and not _continues_list(text, sents[j - 1], na, nb, cues):
                break
            spans.extend(_items(text, na, nb, cues))
            j += 1
        list_index = None
        if announced is not None or len(spans) > 1:
            list_index = len(lists)
            lists.append(
                {
                    "start": spans[0][0] if spans else pos,
                    "end": spans[-1][1] if spans else b,
                    "announced": announced,
                    "found": len(spans),
                }
            )
            if announced is not None and announced != len(spans):
                warnings.append(
                    f"announced {announced} tasks, found {len(spans)} in "
                    f"{text[a:min(b, a + 60)]!r}…"
                )
        for s, e in spans:
            tasks.append(
                {"start": s, "end": e, "speaker": speaker, "period": period, "list_index": list_index}
            )
        i = j
    return {"tasks": tasks, "lists": lists, "warnings": warnings}


def _pronoun_subject(text: str, a: int, cue: int, cues: _Cues) -> bool:
    """The sentence's subject is "đồng chí" / "ông" / "bà" with no name ("Đồng chí đề nghị
    …", "Cuối buổi, ông cũng yêu cầu …"; ``pronoun_subjects`` of ``tasks.yaml``)."""
    return cues.pronoun.match(text, a, cue + 1) is not None


def _has_speaker(text: str, mentions: Sequence[tuple[int, int, str]], a: int, cue: int) -> bool:
    """An official, or an unnamed "đồng chí", before the directive in its sentence."""
    if _speaker(mentions, a, cue) is not None:
        return True
    before = text[max(a, cue - 300) : cue].lower()
    return any(t in before for t in official_triggers())


def _open_passage(
    text: str, a: int, b: int, cues: _Cues, mentions: Sequence[tuple[int, int, str]]
) -> tuple[int, int | None, int] | None:
    """(start of the first task, announced count, cue position) or None."""
    h = cues.header.search(text, a, b)
    if h is not None:  # "… nhiệm vụ trọng tâm sau:" — the items come next
        return b, None, h.start()
    m = cues.announced.search(text, a, b)
    if m is not None:
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else cues.numbers.get(n)
        return _skip(text, m.end(), b), count, m.start()
    for d in cues.directive.finditer(text, a, b):
        word = regex.sub(r"\s+", " ", d.group(0).lower())
        # nouns, not verbs: "với yêu cầu", "lãnh đạo, chỉ đạo", "ý kiến chỉ đạo"
        if cues.noun_before.search(text, max(a, d.start() - 16), d.start()):
            continue
        if word not in cues.speakerless and not _has_speaker(text, mentions, a, d.start()):
            continue
        if cues.petitioner.search(text, a, d.start()) and not _has_speaker(
            text, mentions, a, d.start()
        ):
            continue  # "Cử tri kiến nghị …; đề nghị …": a request to the event, not of it
        pos = _skip(text, d.end(), b, cues.addressee, cues.time_lead)
        if cues.noun_after.match(text, pos, b):
            continue
        if len(text[pos:b].split()) < 3:
            if text[a:b].rstrip().endswith(":"):  # "đồng chí X đề nghị:" — items follow
                return b, None, d.start()
            continue
        # "đề nghị … thực hiện tốt một số nhiệm vụ sau: Thứ nhất, …" — items after the ":"
        h = cues.inline_header.search(text, pos, min(b, pos + 200))
        if h is not None and len(text[h.end() : b].split()) >= 3:
            pos = _skip(text, h.end(), b, cues.bullet, cues.connector)
        return pos, None, d.start()
    # "đồng chí X nhấn mạnh: các cấp cần …" — a softer verb, when a modal follows
    for d in cues.soft.finditer(text, a, b):
        if not _has_speaker(text, mentions, a, d.start()):
            continue
        pos = _skip(text, d.end(), b, cues.time_lead)
        while pos < b and text[pos] in ":,":
            pos = _skip(text, pos + 1, b)
        if cues.modal.search(text, pos, b) and len(text[pos:b].split()) >= 3:
            return pos, None, d.start()
    # "Thời gian tới, Hội Nông dân tỉnh tiếp tục đẩy mạnh …" — a sentence that looks ahead
    m = cues.ahead.match(text, a, b)
    if m is not None and not cues.past.search(text, a, b):
        pos = m.end()
        verb = cues.task_verb_early.match(text, pos, b)
        first = verb.end() if verb else min(b, pos + 80)
        if (
            len(text[pos:b].split()) >= 4
            and (verb or cues.modal.search(text, pos, first))
            and not cues.passive.search(text, pos, first)
        ):
            return pos, None, a
    return None
