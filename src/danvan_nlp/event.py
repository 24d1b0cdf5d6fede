"""The event an article reports: its kind, its organizer and its location.

Takes: the syllables and their :class:`~danvan_nlp.marks.Marks`, or the text and its
sentence spans. Returns the event's kind ("hội nghị", :func:`event_kind`), its organizer
(the organ before "tổ chức", :func:`find_organizer`) and its location ("tại …",
:func:`event_location`), each a string or None.

How: the words of ``events.yaml``: the first event word the matcher marks, the organ that
ends right before an organizer verb in the first sentences, the place after "tại" in one of
the first sentences that tells of the event (not in a photo caption). The event's *date* is
chosen in :mod:`danvan_nlp.dates` (:func:`~danvan_nlp.dates.choose_event`), because it
needs the date grammar (stamps, cited documents, deadlines, the year rules).

Layer: imports :mod:`danvan_nlp.marks` only (marks ← names ← titles ← roles, entities,
event ← officials).

Public: :func:`event_kind`, :func:`find_organizer`, :func:`event_location`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from danvan_nlp.marks import CAP, Marks, Syl
from danvan_nlp.resources import event_words, role_verbs, title_words
from danvan_nlp.text import alternation

__all__ = ["event_kind", "event_location", "find_organizer"]


def event_kind(syls: Sequence[Syl], marks: Marks) -> str | None:
    """The kind of the event: the first event word of ``events.yaml`` in the text
    (lower-cased), or None."""
    if not marks.event:
        return None
    a = min(marks.event)
    return " ".join(s.low for s in syls[a : marks.event[a]])


@lru_cache(maxsize=1)
def _organize_words() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(organizer verbs, adverbs before them) of ``events.yaml``, as syllable tuples."""
    words = event_words()

    def syllable_tuples(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(w.lower().split()) for w in words[key])

    return syllable_tuples("organize_verbs"), syllable_tuples("organize_adverbs")


def _ends_with(syls: Sequence[Syl], end: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The length of the phrase of ``phrases`` that ends at ``end`` (0 if none)."""
    for n in (3, 2, 1):  # the longest phrase first
        if end >= n and tuple(s.low for s in syls[end - n : end]) in phrases:
            return n
    return 0


def find_organizer(text: str, syls: Sequence[Syl], marks: Marks) -> str | None:
    """The organ right before "(đã) tổ chức" in the first sentences: the event's organizer
    ("Ban Dân vận Tỉnh ủy tổ chức hội nghị …")."""
    verbs, adverbs = _organize_words()
    heads = {v[0] for v in verbs}
    first_sents = 8
    for k in range(1, len(syls)):
        if marks.sent[k] >= first_sents:
            break
        if syls[k].low not in heads:  # most syllables: no verb starts here
            continue
        n = next((n for n in (1, 2, 3) if tuple(s.low for s in syls[k : k + n]) in verbs), 0)
        if not n:
            continue
        end = k
        while step := _ends_with(syls, end, adverbs):  # "… đã long trọng tổ chức"
            end -= step
        if end >= 1 and syls[end - 1].text == ")":  # "Ủy ban MTTQ tỉnh (khóa XIV, …) tổ chức"
            j = end - 2
            while j >= max(0, end - 25) and syls[j].text not in ("(", ")"):
                j -= 1
            if j >= 0 and syls[j].text == "(":
                end = j
        a = end
        while a > 0 and marks.sent[a - 1] == marks.sent[k] and _organ_word(syls, marks, a - 1):
            a -= 1
        for size in (4, 3, 2, 1):  # a standing body before the organ ("Thường trực")
            if a >= size and _body_before_organ(syls, marks, a - size, end):
                a -= size
                break
        # the organizer starts at a capitalized organ ("… ở cơ sở tỉnh" is no "Sở") or at
        # a standing body of one ("Thường trực Tỉnh ủy")
        while a < end and not (
            CAP.match(syls[a].text) and (a in marks.org or _body_before_organ(syls, marks, a, end))
        ):
            a += 1
        if a < end:
            return text[syls[a].start : syls[end - 1].end]
    return None


@lru_cache(maxsize=1)
def _organizer_bodies() -> frozenset[tuple[str, ...]]:
    """The standing bodies of ``events.yaml`` ("Thường trực") as syllable tuples."""
    return frozenset(
        tuple(w.lower().split()) for w in event_words().get("organizer_bodies", [])
    )


def _body_before_organ(syls: Sequence[Syl], marks: Marks, a: int, end: int) -> bool:
    """Whether a standing body of ``events.yaml`` ("Thường trực") starts at ``a`` and an
    organ follows it before ``end``."""
    for size in (4, 3, 2, 1):
        words = tuple(s.low for s in syls[a : a + size])
        if len(words) == size and words in _organizer_bodies():
            return a + size < end and (a + size) in marks.org and bool(CAP.match(syls[a].text))
    return False


def _organ_word(syls: Sequence[Syl], marks: Marks, k: int) -> bool:
    """Whether syllable ``k`` may be part of an organizer's name: capitalized, marked or a
    title word, but no position head (outside an organ) or trigger."""
    s = syls[k]
    if (k in marks.pos and k not in marks.in_org) or k in marks.trig:
        return False
    return bool(CAP.match(s.text)) or k in marks.covered or s.low in title_words()


@lru_cache(maxsize=1)
def _venue() -> regex.Pattern[str]:
    """"tại" and the place after it, up to punctuation or an (adverb +) event verb."""
    words = event_words()
    after = alternation([*words["organize_adverbs"], *words["event_verbs"]])
    return regex.compile(
        r"(?<![\p{L}])tại\s+(?P<loc>[^,.;:()\n“”\"]{3,80}?)"
        rf"(?=\s*[,.;:(]|\s+(?:{after})(?![\p{{L}}]))",
        regex.I,
    )


@lru_cache(maxsize=1)
def _event_verb() -> regex.Pattern[str]:
    """Verbs that tell of the event: ``event_verbs`` of ``events.yaml`` and the attend verbs
    of ``roles.tsv`` ("dự Ngày hội … tại thôn Đông Hòa") — not inside "dự án", "dự thảo" …"""
    attend = [p for p, role in role_verbs() if role == "attend" and "," not in p]
    nouns = [p for p, role in role_verbs() if role == "none"]
    alt = alternation([*event_words()["event_verbs"], *attend])
    return regex.compile(
        rf"(?<![\p{{L}}])(?!(?:{alternation(nouns)})(?![\p{{L}}]))(?:{alt})(?![\p{{L}}])", regex.I
    )


def event_location(text: str, sentences: Sequence[tuple[int, int]]) -> str | None:
    """Where the event took place: "tại …" in one of the first sentences that tells of
    the event ("Sáng 8/3, tại hội trường Tỉnh ủy, Ban Dân vận tổ chức …")."""
    # captions come after the lead (the first sentence that ends with a full stop)
    lead_end = next((b for a, b in sentences if text[a:b].rstrip().endswith(".")), len(text))
    for a, b in sentences[:8]:
        if not _event_verb().search(text, a, b) or (a >= lead_end and _is_caption(text, a, b)):
            continue
        for m in _venue().finditer(text, a, b):
            loc = m.group("loc").strip()
            low = loc.lower()
            # a venue names a place ("hội trường Tỉnh ủy"), not the event ("tại hội nghị")
            if any(low.startswith(k) for k in _event_kinds()) or not regex.search(r"\p{Lu}", loc):
                continue
            return loc
    return None


def _is_caption(text: str, a: int, b: int) -> bool:
    """A photo caption: a whole line of its own with no closing punctuation ("Đồng chí … phát
    biểu tại hội nghị") after the lead. The place it names is where the photo was taken,
    not the event's location."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return bool(line) and line == text[a:b].strip() and line[-1] not in ".!?…:;"


@lru_cache(maxsize=1)
def _event_kinds() -> tuple[str, ...]:
    """The event words and the words that name no venue (``events.yaml``)."""
    words = event_words()
    return (*words["kinds"], *words["not_venues"])
