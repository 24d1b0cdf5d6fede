"""The officials stages' view of the text: syllables, and what the data files mark on them.

Takes: the normalized text and its sentence spans. Returns: the syllables with their offsets
(:func:`syllables`, :class:`Syl`), the sentence index of each (:func:`sentence_index`) and
:class:`Marks` (:func:`mark`): where the position heads, organs, level words, name triggers,
role verbs, event words and directive verbs of the data files start and end.

How: one regex cuts the text into syllables and punctuation marks (a dotted abbreviation
such as "TP.HCM" is one syllable); spaCy's PhraseMatcher, built once over the phrase lists
of the data files, matches them, and the longest match per start is kept. The small
predicates on syllables that the modules above share (family names, capitalized runs, the
level an organ implies) live here too.

Layer: the bottom of the officials modules (marks ← names ← titles ← roles, entities,
event ← officials); it imports none of them.

Public: :func:`syllables`, :func:`mark`, :func:`sentence_index`, :class:`Syl`, :class:`Marks`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from danvan_nlp.resources import (
    event_words,
    function_words,
    levels,
    lower_positions,
    name_triggers,
    named_organs,
    object_role_verbs,
    organs,
    positions,
    rare_surnames,
    role_verbs,
    subject_role_verbs,
    surname_prefixes,
    surnames,
    task_cues,
)

__all__ = [
    "ALLCAPS", "CAP", "DASHES", "NAME_SYL", "ROMAN", "RUN_GAP", "SUBJECT", "Marks", "Syl",
    "cap_run_end", "is_surname", "lower_surname", "mark", "organ_level", "sentence_index",
    "syllables",
]


# a dotted abbreviation without spaces ("T.Ư", "TP.HCM") is one syllable: its dots end
# neither a sentence nor a title
_SYL = regex.compile(
    r"\p{Lu}+(?:\.\p{Lu}+)+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}’'&]*|[^\s]"
)
NAME_SYL = regex.compile(r"^\p{Lu}\p{Ll}{0,6}(?:[’']\p{Lu}?\p{Ll}{1,6})?$")
CAP = regex.compile(r"^[\p{Lu}\d]")
ALLCAPS = regex.compile(r"^[\p{Lu}][\p{Lu}\d&]+$")
ROMAN = regex.compile(r"^(?:[IVXL]+|\d+)$")
RUN_GAP = regex.compile(r"^[ ]{1,2}$|^[ ]?\n[ ]?$")
DASHES = frozenset({"-", "–", "—"})
SUBJECT = "@subject"  # marks a role that only the person named before the verb takes
_OBJECT = "@object"  # marks a role that only the people named after the phrase take


class Syl(NamedTuple):
    """A syllable or punctuation mark: its offsets, its text and the text lower-cased."""

    start: int
    end: int
    text: str
    low: str


def syllables(text: str) -> list[Syl]:
    """Syllables and punctuation marks of ``text`` with offsets."""
    new = tuple.__new__  # the NamedTuple constructor without its Python-level wrapper
    return [
        new(Syl, (m.start(), m.end(), g, g.lower())) for m in _SYL.finditer(text) for g in (m.group(),)
    ]




@dataclass(frozen=True)
class _Gazetteer:
    """Phrase tables keyed by their lower-cased syllables (built once)."""

    matcher: Any
    vocab: Any


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """The PhraseMatcher over the phrase lists of the data files (built once)."""
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    vocab = spacy.blank("xx").vocab  # a vocab with the default lexical attributes (LOWER)
    matcher = PhraseMatcher(vocab, attr="LOWER")

    def add(label: str, phrases: Iterable[str]) -> None:
        docs = []
        for p in phrases:
            words = [s.text for s in syllables(p)]
            if words:
                docs.append(Doc(vocab, words=words))
        if docs:
            matcher.add(label, docs)

    add("POS", positions())
    add("ORG", organs())
    add("LVL", levels())
    add("TRIG", name_triggers())
    subject_side = subject_role_verbs()
    object_side = object_role_verbs()
    for phrase, role in role_verbs():
        side = SUBJECT if (phrase, role) in subject_side else ""
        side = _OBJECT if (phrase, role) in object_side else side
        add(f"ROLE:{role}{side}", [phrase])
    add("EVENT", event_words()["kinds"])
    # a weak directive ("giao") is one only in context the tasks stage checks ("giao lưu" is none)
    cues = task_cues()
    weak = set(cues.get("weak_directives") or ())
    add("DIRECTIVE", [d for d in cues["directives"] if d not in weak])
    return _Gazetteer(matcher, vocab)


@dataclass
class Marks:
    """Longest matches per label: start index -> end index (exclusive)."""

    pos: dict[int, int] = field(default_factory=dict)
    org: dict[int, int] = field(default_factory=dict)
    lvl: dict[int, int] = field(default_factory=dict)
    trig: dict[int, int] = field(default_factory=dict)
    roles: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    event: dict[int, int] = field(default_factory=dict)
    covered: set[int] = field(default_factory=set)  # tokens inside POS/ORG/LVL/TRIG
    sent: list[int] = field(default_factory=list)  # sentence index of each syllable
    trig_by_end: dict[int, int] = field(default_factory=dict)  # trigger end -> start
    in_trig: set[int] = field(default_factory=set)
    in_org: set[int] = field(default_factory=set)  # inside (not at the start of) an organ
    lvl_ends: set[int] = field(default_factory=set)
    named_ends: set[int] = field(default_factory=set)  # ends of organs named in lower case
    directive: set[int] = field(default_factory=set)  # starts of directive verbs (tasks.yaml)
    inert: set[int] = field(default_factory=set)  # inside phrases that are no role ('none')
    object_side: set[tuple[int, int]] = field(default_factory=set)  # "có sự tham dự của"
    sent_start: dict[int, int] = field(default_factory=dict)  # sentence -> first syllable


def mark(syls: Sequence[Syl], sent_of: list[int]) -> Marks:
    """What the data files mark on ``syls`` (see :class:`Marks`), given the sentence index
    of each syllable (:func:`sentence_index`)."""
    marks = _match(syls)
    marks.sent = sent_of
    for k, si in enumerate(sent_of):
        marks.sent_start.setdefault(si, k)
    for a in list(marks.roles):
        # a capitalized verb after a capitalized word of its sentence names an organ: "Ban
        # Chỉ đạo …"
        if a > 0 and sent_of[a] == sent_of[a - 1] and CAP.match(syls[a].text) and CAP.match(
            syls[a - 1].text
        ):
            del marks.roles[a]
    return marks


def _match(syls: Sequence[Syl]) -> Marks:
    """The phrases of the data files on ``syls``: the longest match per start and label,
    role verbs without the phrases that are no role, the tenure word before a position."""
    from spacy.tokens import Doc

    g = _gazetteer()
    marks = Marks()
    if not syls:
        return marks
    doc = Doc(g.vocab, words=[s.text for s in syls])
    nones: list[tuple[int, int]] = []
    for match_id, a, b in g.matcher(doc):
        label = g.vocab.strings[match_id]
        if label == "POS":
            if not CAP.match(syls[a].text) and not _lower_position(syls, a, b):
                continue
            if _surname_tail(syls, a, b):
                continue
            _longest(marks.pos, a, b)
        elif label == "ORG":
            _longest(marks.org, a, b)
        elif label == "LVL":
            _longest(marks.lvl, a, b)
        elif label == "TRIG":
            if b + 1 < len(syls) and syls[b].text == ":" and a < b - 1:
                b += 1  # "có các đồng chí: Lê Văn A, …" — the colon belongs to the trigger
            if _valid_trigger(syls, a, b):
                _longest(marks.trig, a, b)
        elif label == "EVENT":
            _longest(marks.event, a, b)
        elif label == "DIRECTIVE":
            marks.directive.add(a)
        elif label == "ROLE:none":
            nones.append((a, b))
        else:
            role = label.split(":", 1)[1]
            if role.endswith(_OBJECT):
                role = role.removesuffix(_OBJECT)
                marks.object_side.add((a, b))
            marks.roles.setdefault(a, []).append((b, role))
    for na, nb in nones:  # "dự thảo", "vinh dự", "sự có mặt" are no role verbs
        marks.inert.update(range(na, nb))
        for a in range(na, nb):
            kept = [(e, r) for e, r in marks.roles.get(a, []) if not (a < nb and (na < a or e < nb))]
            if kept:
                marks.roles[a] = kept
            else:
                marks.roles.pop(a, None)
    for a, b in list(marks.pos.items()):
        # "nguyên Bí thư Tỉnh ủy" (former): the word belongs to the title
        if a > 0 and syls[a - 1].low in _TENURE_WORDS and (a - 1) not in marks.pos:
            marks.pos[a - 1] = b
    for table in (marks.pos, marks.org, marks.lvl, marks.trig):
        for a, b in table.items():
            marks.covered.update(range(a, b))
    marks.lvl_ends.update(marks.lvl.values())
    # an organ named in lower case, where it is the whole organ ("Hội đồng", not "Hội đồng
    # nhân dân")
    named = _named_organs()
    marks.named_ends.update(
        b for a, b in marks.org.items() if " ".join(s.low for s in syls[a:b]) in named
    )
    for a, b in marks.org.items():
        marks.in_org.update(range(a + 1, b))
    for a, b in marks.trig.items():
        marks.trig_by_end.setdefault(b, a)
        marks.in_trig.update(range(a, b))
    return marks


def _valid_trigger(syls: Sequence[Syl], a: int, b: int) -> bool:
    """"ông", "anh" … introduce a name only before a capital letter — or before a family
    name written in lower case by mistake ("ông nguyễn Hòa Hiệp") — and "Anh" inside a
    name ("Lê Anh Tuấn", "Đỗ Việt Anh") is no trigger."""
    if b >= len(syls) or not (CAP.match(syls[b].text) or lower_surname(syls, b)):
        return False
    if _surname_trigger(syls, a, b):
        return False
    return not (a > 0 and NAME_SYL.match(syls[a].text) and NAME_SYL.match(syls[a - 1].text))


def _surname_trigger(syls: Sequence[Syl], a: int, b: int) -> bool:
    """A capitalized one-syllable trigger that is a family name opening the name ("bà Ông
    Thị Mai", "Giám đốc Sở Ông Thị Hạnh"): the name after it holds the female middle name
    "Thị", or another trigger stands right before it ("bà Ông Thanh Tâm")."""
    w = syls[a].text
    if b != a + 1 or not w[:1].isupper() or not is_surname(w, rare=False):
        return False
    if b + 1 < len(syls) and syls[b].text == "Thị" and NAME_SYL.match(syls[b + 1].text):
        return True
    return a > 0 and syls[a - 1].text in _HONORIFICS and bool(NAME_SYL.match(syls[b].text))


_TENURE_WORDS = frozenset({"nguyên", "quyền"})  # former, acting: part of the title
_HONORIFICS = frozenset({"ông", "bà", "chị", "anh", "cô", "chí"})  # "đồng chí" ends in "chí"


def lower_surname(syls: Sequence[Syl], k: int) -> bool:
    """A family name written in lower case, followed by a capitalized syllable in the same
    run ("nguyễn Hòa Hiệp")."""
    s = syls[k]
    return (
        s.text.isalpha()
        and s.text.islower()
        and k + 1 < len(syls)
        and s.low not in function_words()  # "anh từ Hà Nội về"
        and is_surname(s.text[:1].upper() + s.text[1:], rare=False)
        and bool(NAME_SYL.match(syls[k + 1].text))
        and syls[k + 1].start - s.end in (1, 2)
    )


def is_surname(word: str, *, rare: bool = True) -> bool:
    """A family name of ``surnames.tsv`` (a rare one too, unless ``rare`` is false), or a
    syllable opened by one of its prefixes ("H'Yim")."""
    if word in surnames() or (rare and word in rare_surnames()):
        return True
    return any(
        word.startswith(p) and len(word) > len(p) and word[len(p)].isupper()
        for p in surname_prefixes()
    )


def _lower_position(syls: Sequence[Syl], a: int, b: int) -> bool:
    """A staff post written in lower case right after the comma or dash that follows a
    name ("Trần Thị Mai, chuyên viên Ban Dân vận")."""
    return (
        a > 0
        and syls[a - 1].text in (",", "-", "–")
        and " ".join(s.low for s in syls[a:b]) in lower_positions()
    )


def _surname_tail(syls: Sequence[Syl], a: int, b: int) -> bool:
    """A position whose last, capitalized syllable is a family name that opens the next
    name: "Chánh Văn phòng Tỉnh ủy Viên Hồng Tiến" holds no "Tỉnh ủy viên"."""
    return (
        b - a >= 2
        and b < len(syls)
        and syls[b - 2].text[:1].islower()
        and is_surname(syls[b - 1].text)
        and bool(NAME_SYL.match(syls[b].text))
    )


def _longest(table: dict[int, int], a: int, b: int) -> None:
    """Keep the longer of the match ``a``..``b`` and the one ``table`` holds at ``a``."""
    if table.get(a, -1) < b:
        table[a] = b


def sentence_index(syls: Sequence[Syl], spans: Sequence[tuple[int, int]]) -> list[int]:
    """The index of the sentence (of the spans ``spans``) each syllable is in."""
    out = []
    j = 0
    for s in syls:
        while j + 1 < len(spans) and s.start >= spans[j][1]:
            j += 1
        out.append(j)
    return out


def cap_run_end(
    syls: Sequence[Syl],
    marks: Marks,
    k: int,
    limit: int,
    *,
    stop: set[int] | None = None,
    sent: int | None = None,
) -> int:
    """End of the run of at most ``limit`` capitalized syllables from ``k`` that are not part
    of a gazetteer match, stay in one sentence and do not reach a syllable of ``stop``."""
    sent = marks.sent[k] if sent is None and k < len(syls) else sent
    e = k
    while (
        e < len(syls)
        and e - k < limit
        and NAME_SYL.match(syls[e].text)
        and e not in marks.covered
        and (stop is None or e not in stop)
        and marks.sent[e] == sent
    ):
        e += 1
    return e


@lru_cache(maxsize=1)
def _organ_levels() -> dict[str, str]:
    """``organs.tsv`` lower-cased: organ -> the level it implies ('' if none)."""
    return {k.lower(): v for k, v in organs().items()}


def organ_level(organ: str) -> str | None:
    """The level an organ implies ("Huyện ủy" → huyện), or None."""
    return _organ_levels().get(organ.lower()) or None


@lru_cache(maxsize=1)
def _named_organs() -> frozenset[str]:
    """The organs named in lower case (``named_organs``), lower-cased."""
    return frozenset(o.lower() for o in named_organs())
