"""Stage 3 — officials: named people, their titles, their roles at the event.

Takes: the normalized text, its sentence spans, and the site chrome that normalization
removed (bylines, photo credits, sources). Returns a plain dict in normalized offsets::

    {"officials": [{"name", "titles": [{"start", "end", "position", "organization",
                    "level", "canonical"}], "roles": [...], "mentions": [[start, end]]}],
     "organizations": [...], "locations": [...], "authors": [...], "source": str|None,
     "title": str|None, "event_kind": str|None, "event_organizer": str|None,
     "event_location": str|None,
     "warnings": [...]}

How (see docs/architecture.md): the text is cut into syllables; spaCy's PhraseMatcher
marks position heads, organs, level words, name triggers and role verbs from the data
files. Capitalized syllable runs give name candidates; a family name (or a trigger such
as "đồng chí") fixes where the name starts. Title chains are read forward from each
position head — capitalized words, abbreviations and listed title words continue a
title; ",", "và" or "-" before another position head start the next one — and attach to
the name they touch (before or after it). Roles come from the role verbs after a mention
and from the clause that introduces it ("Dự hội nghị có các đồng chí …").

Public function: :func:`find_officials`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from danvan_nlp.resources import (
    abbreviations,
    dotted_abbreviations,
    event_words,
    function_words,
    gazetteer,
    historical_names,
    levels,
    location_names,
    lower_positions,
    middle_names,
    name_triggers,
    named_organs,
    namesake_names,
    object_role_verbs,
    official_triggers,
    organ_qualifiers,
    organs,
    place_names,
    position_qualifiers,
    positions,
    rare_surnames,
    role_verbs,
    subject_role_verbs,
    subunit_words,
    surname_prefixes,
    surnames,
    task_cues,
    title_pairs,
    title_words,
    verbs_after_names,
)
from danvan_nlp.text import alternation, norm_text, strip_trailing_place

__all__ = ["Words", "find_officials", "syllables"]

#: underthesea's words: their spans, or a function from a sentence span to its words' spans
Words = Sequence[tuple[int, int]] | Callable[[int, int], Sequence[tuple[int, int]]]

# a dotted abbreviation without spaces ("T.Ư", "TP.HCM") is one syllable: its dots end
# neither a sentence nor a title
_SYL = regex.compile(
    r"\p{Lu}+(?:\.\p{Lu}+)+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}’'&]*|[^\s]"
)
_NAME_SYL = regex.compile(r"^\p{Lu}\p{Ll}{0,6}(?:[’']\p{Lu}?\p{Ll}{1,6})?$")
_CAP = regex.compile(r"^[\p{Lu}\d]")
_APOS_NAME = regex.compile(r"^\p{Lu}[’']\p{Lu}\p{Ll}{1,6}$")  # "K'Bình", "K’Sớ"
_ALLCAPS = regex.compile(r"^[\p{Lu}][\p{Lu}\d&]+$")
_ROMAN = regex.compile(r"^(?:[IVXL]+|\d+)$")
_RUN_GAP = regex.compile(r"^[ ]{1,2}$|^[ ]?\n[ ]?$")
_DELIMS = frozenset({",", "-", "–", "—", "("})
_CONNECTORS = frozenset({"của", "tại", "và"})
_DASHES = frozenset({"-", "–", "—"})
_ROLE_ORDER = ("chair", "attend", "direct", "speak", "report")
_SUBJECT = "@subject"  # marks a role that only the person named before the verb takes
_OBJECT = "@object"  # marks a role that only the people named after the phrase take


class Syl(NamedTuple):
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


# --- phrase matching ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gazetteer:
    """Phrase tables keyed by their lower-cased syllables (built once)."""

    matcher: Any
    vocab: Any


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
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
        side = _SUBJECT if (phrase, role) in subject_side else ""
        side = _OBJECT if (phrase, role) in object_side else side
        add(f"ROLE:{role}{side}", [phrase])
    add("EVENT", event_words()["kinds"])
    # a weak directive ("giao") is one only in context the tasks stage checks ("giao lưu" is none)
    cues = task_cues()
    weak = set(cues.get("weak_directives") or ())
    add("DIRECTIVE", [d for d in cues["directives"] if d not in weak])
    return _Gazetteer(matcher, vocab)


@dataclass
class _Marks:
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


def _mark(syls: Sequence[Syl]) -> _Marks:
    from spacy.tokens import Doc

    g = _gazetteer()
    marks = _Marks()
    if not syls:
        return marks
    doc = Doc(g.vocab, words=[s.text for s in syls])
    nones: list[tuple[int, int]] = []
    for match_id, a, b in g.matcher(doc):
        label = g.vocab.strings[match_id]
        if label == "POS":
            if not _CAP.match(syls[a].text) and not _lower_position(syls, a, b):
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
    if b >= len(syls) or not (_CAP.match(syls[b].text) or _lower_surname(syls, b)):
        return False
    if _surname_trigger(syls, a, b):
        return False
    return not (a > 0 and _NAME_SYL.match(syls[a].text) and _NAME_SYL.match(syls[a - 1].text))


def _surname_trigger(syls: Sequence[Syl], a: int, b: int) -> bool:
    """A capitalized one-syllable trigger that is a family name opening the name ("bà Ông
    Thị Mai", "Giám đốc Sở Ông Thị Hạnh"): the name after it holds the female middle name
    "Thị", or another trigger stands right before it ("bà Ông Thanh Tâm")."""
    w = syls[a].text
    if b != a + 1 or not w[:1].isupper() or not _is_surname(w, rare=False):
        return False
    if b + 1 < len(syls) and syls[b].text == "Thị" and _NAME_SYL.match(syls[b + 1].text):
        return True
    return a > 0 and syls[a - 1].text in _HONORIFICS and bool(_NAME_SYL.match(syls[b].text))


_TENURE_WORDS = frozenset({"nguyên", "quyền"})  # former, acting: part of the title
_HONORIFICS = frozenset({"ông", "bà", "chị", "anh", "cô", "chí"})  # "đồng chí" ends in "chí"


def _lower_surname(syls: Sequence[Syl], k: int) -> bool:
    """A family name written in lower case, followed by a capitalized syllable in the same
    run ("nguyễn Hòa Hiệp")."""
    s = syls[k]
    return (
        s.text.isalpha()
        and s.text.islower()
        and k + 1 < len(syls)
        and s.low not in function_words()  # "anh từ Hà Nội về"
        and _is_surname(s.text[:1].upper() + s.text[1:], rare=False)
        and bool(_NAME_SYL.match(syls[k + 1].text))
        and syls[k + 1].start - s.end in (1, 2)
    )


def _is_surname(word: str, *, rare: bool = True) -> bool:
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
        and _is_surname(syls[b - 1].text)
        and bool(_NAME_SYL.match(syls[b].text))
    )


def _longest(table: dict[int, int], a: int, b: int) -> None:
    if table.get(a, -1) < b:
        table[a] = b


# --- names ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    a: int  # first syllable index
    b: int  # end (exclusive)
    text: str
    triggered: bool
    official: bool = False  # after "đồng chí": an official even without a title


def _runs(text: str, syls: Sequence[Syl], sent_of: Sequence[int]) -> list[tuple[int, int]]:
    runs = []
    i = 0
    n = len(syls)
    while i < n:
        if not _NAME_SYL.match(syls[i].text):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and _NAME_SYL.match(syls[j].text)
            and _RUN_GAP.match(text[syls[j - 1].end : syls[j].start])
            and sent_of[j] == sent_of[j - 1]
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _preceded_by_trigger(marks: _Marks, a: int) -> bool:
    return a in marks.trig_by_end


def _names(text: str, syls: Sequence[Syl], marks: _Marks, sent_of: Sequence[int]) -> list[_Name]:
    places = place_names()
    runs = _runs(text, syls, sent_of)
    _release_given_names(syls, marks, runs)
    place_ends = _place_word_ends(syls, marks)
    # "ông nguyễn Hòa Hiệp": a family name in lower case after a trigger opens the run
    lower_at = {b for b in marks.trig_by_end if b < len(syls) and _lower_surname(syls, b)}
    out = []
    for r0, r1 in runs:
        if r0 - 1 in lower_at and sent_of[r0 - 1] == sent_of[r0]:
            r0 -= 1
        # a name never contains a syllable of a position, organ, level word or trigger
        start = r0
        for k in range(r0, r1):
            if k in marks.covered:
                start = k + 1
        if r1 - start < 2 and not (
            r1 - start == 1
            and start == r0
            and _APOS_NAME.match(syls[start].text)
            and _preceded_by_trigger(marks, r0)
        ):
            continue  # one syllable is no name, but "đồng chí K'Bình" (a Cơ Ho name) is
        triggered = (start == r0 and _preceded_by_trigger(marks, r0)) or (
            start > r0 and _preceded_by_trigger(marks, start)
        )
        after_place = start
        start = _skip_places(syls, start, r1, places)
        if start in place_ends and not triggered:
            # "huyện Mai Sơn", "Huyện ủy Quản Bạ Lò Văn A": a unit name after a level word
            # or a place-taking organ is no name (what follows it may be one)
            start = _skip_unit(syls, start, r1)
            if start >= r1:
                continue
        elif not triggered and _after_subunit_word(syls, start):
            # "Trưởng thôn Hà Thanh", "thôn Đông Hòa Nguyễn Văn An": no list of village
            # names exists; two syllables are the village's name
            if r1 - start == 2:
                continue
            if r1 - start >= 4 and _is_surname(syls[start + 2].text):
                start += 2
        chosen = None
        if (triggered or _list_item_name(syls, marks, start, r1)) and r1 - start <= 5:
            chosen = start
        else:
            # a rare family name only right after a title or an organ, or the place that
            # ends one ("Chánh Văn phòng Huyện ủy Cù Văn Dũng", "Chủ tịch UBND huyện Mai Sơn
            # Cầm Văn Chung"), not inside other capitalized words ("Nhóm Hoa Sen")
            after_title = start > after_place or (start > 0 and (start - 1) in marks.covered)
            # "…, Phó Bí thư Đảng ủy xã và Bàn Thị Mai, Phó Chủ tịch …": a name-first list
            # item, its title after a comma or dash
            titled = r1 + 1 < len(syls) and syls[r1].text in (",", *_DASHES) and (r1 + 1) in marks.pos
            for k in range(start, r1 - 1):
                rare = k == start and (after_title or titled)
                if (_is_surname(syls[k].text, rare=rare) or _surname_before_thi(syls, k)) and (
                    2 <= r1 - k <= 5
                ):
                    chosen = k
                    break
        if chosen is None:
            continue
        if not triggered:
            chosen = _before_middle_name(syls, chosen, r1)
        name = _join(text, syls, chosen, r1)
        if name in places or (name in historical_names() and not _namesake_person(marks, name, chosen)):
            continue
        trig_at = marks.trig_by_end.get(chosen)
        official = trig_at is not None and (
            " ".join(x.low for x in syls[trig_at:chosen] if x.text != ":") in official_triggers()
        )
        out.append(_Name(chosen, r1, name, triggered and chosen == start, official))
    return out


_LIST_JOINS = ((",",), ("và",), (",", "và"))


def _official_lists(syls: Sequence[Syl], marks: _Marks, names: list[_Name]) -> list[_Name]:
    """The names listed right after an official one ("các đồng chí A, B và C") are
    officials too, with or without a title."""
    out: list[_Name] = []
    for nm in names:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.official
            and not nm.official
            and marks.sent[prev.b - 1] == marks.sent[nm.a]
            and tuple(x.low for x in syls[prev.b : nm.a]) in _LIST_JOINS
        ):
            nm = replace(nm, official=True)
        out.append(nm)
    return out


def _namesake_person(marks: _Marks, name: str, a: int) -> bool:
    """A living person who bears a national figure's name ("Thiếu tướng Trần Quang Khải",
    "đồng chí Nguyễn Tri Phương"): the name comes right after a position or a trigger, not
    after an organ ("Trường THPT Lê Quý Đôn")."""
    return name in namesake_names() and (a in marks.trig_by_end or a in marks.pos.values())


def _surname_before_thi(syls: Sequence[Syl], k: int) -> bool:
    """A middle name right before the female middle name "Thị" is the family name ("Văn
    Thị Hồng"): no name holds two middle names in that order."""
    if not (k + 1 < len(syls) and syls[k + 1].text == "Thị"):
        return False
    if syls[k].text in middle_names():
        return True
    if k + 2 >= len(syls):
        return False
    # any capitalized syllable before "Thị" and a given name opens a woman's name, family
    # names no list holds included ("Sa Thị Lan", "Hờ Thị Súa")
    return bool(_NAME_SYL.match(syls[k].text)) and bool(_NAME_SYL.match(syls[k + 2].text)) and (
        syls[k].end == syls[k + 1].start - 1 and syls[k + 1].end == syls[k + 2].start - 1
    )


def _before_middle_name(syls: Sequence[Syl], a: int, b: int) -> int:
    """Where the name starts when a later family name of the run ``a``..``b`` is followed by
    a middle name ("Trường THCS Kim Đồng | Lê Thị Hạnh", "Công ty Hoàng Long | Nguyễn Văn
    Thái"); else ``a``."""
    for j in range(b - 2, a + 1, -1):
        if syls[j].text in middle_names() and _is_surname(syls[j - 1].text, rare=False):
            return j - 1
    return a


def _release_given_names(
    syls: Sequence[Syl], marks: _Marks, runs: Sequence[tuple[int, int]]
) -> None:
    """"Lê Văn Huyện", "Trần Đức Quận", "Nguyễn Văn Bộ": a capitalized one-syllable level or
    organ word that ends a run opened by a family name (two syllables before it at least,
    or a trigger before the family name) is the last part of the name, not a level or organ:
    it leaves the marks."""
    for r0, r1 in runs:
        k = r1 - 1
        if k <= r0 or k in marks.pos or k in marks.trig:
            continue
        if marks.lvl.get(k) != k + 1 and marks.org.get(k) != k + 1:
            continue
        if any(j in marks.covered for j in range(r0, k)):
            continue
        if not any(
            _is_surname(syls[j].text) and (k - j >= 2 or j in marks.trig_by_end)
            for j in range(r0, k)
        ):
            continue
        marks.lvl.pop(k, None)
        marks.org.pop(k, None)
        marks.covered.discard(k)
        marks.lvl_ends.discard(k + 1)
        marks.named_ends.discard(k + 1)


def _place_word_ends(syls: Sequence[Syl], marks: _Marks) -> set[int]:
    """Where a unit name may start: after a level word ("huyện", "xã", "phường") or an
    organ that implies a level ("Huyện ủy", "Đảng ủy")."""
    ends = set(marks.lvl_ends)
    for a, b in marks.org.items():
        if _organ_level(" ".join(s.text for s in syls[a:b])):
            ends.add(b)
    return ends


def _after_subunit_word(syls: Sequence[Syl], a: int) -> bool:
    """Whether a word for a unit below the commune ("thôn", "tổ dân phố") ends at ``a``."""
    words = subunit_words()
    return any(
        a >= n and tuple(s.low for s in syls[a - n : a]) in words for n in (3, 2, 1)
    )


def _skip_unit(syls: Sequence[Syl], a: int, b: int) -> int:
    """Skip the longest district/commune/ward name (``gazetteer.tsv``) that opens the
    capitalized run ``a``..``b`` — when the whole run is that name, or a name opened by a
    family name follows it; else ``a``."""
    units = gazetteer()
    for size in range(min(5, b - a), 1, -1):
        if " ".join(s.text for s in syls[a : a + size]) not in units:
            continue
        rest = b - a - size
        if rest == 0 or (rest >= 2 and _is_surname(syls[a + size].text)):
            return a + size
    return a


def _list_item_name(syls: Sequence[Syl], marks: _Marks, a: int, b: int) -> bool:
    """A capitalized run that opens an item of a list of people (or follows "có") and is
    followed by a position ("có các đồng chí: Y Giang Gry Niê Knơng, Ủy viên …; H'Yim Kđoh, Phó Chủ
    tịch …") is a name even without a known family name or a trigger."""
    if a == 0 or (syls[a - 1].text not in (";", ":") and syls[a - 1].low != "có"):
        return False  # "…; H'Yim Kđoh, …", "Cùng đi có Rcom H'Lim, Trưởng Ban …"
    return (
        b + 1 < len(syls)
        and syls[b].text in (",", "-", "–")
        and (b + 1) in marks.pos
        and marks.sent[b + 1] == marks.sent[a]
    )


def _skip_places(syls: Sequence[Syl], a: int, b: int, places: frozenset[str]) -> int:
    """Skip place names at the start of a capitalized run ("tỉnh Hà Tĩnh Võ Thanh Bình")."""
    moved = True
    while moved and b - a > 2:
        moved = False
        for size in (4, 3, 2):
            if b - a - size >= 2 and " ".join(s.text for s in syls[a : a + size]) in places:
                a += size
                moved = True
                break
    return a


def _join(text: str, syls: Sequence[Syl], a: int, b: int) -> str:
    return " ".join(s.text for s in syls[a:b])


# --- titles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Title:
    a: int
    b: int
    pos_end: int  # end of the position head


def _body_ok(syls: Sequence[Syl], marks: _Marks, k: int, name_starts: set[int]) -> bool:
    s = syls[k]
    if k in name_starts:
        return False
    if k in marks.roles and not _CAP.match(s.text):
        return False
    if _CAP.match(s.text) or _ALLCAPS.match(s.text):
        return True
    if s.low in title_words():
        return True
    if k in marks.covered and k not in marks.trig:
        return True
    # the second syllable of a capitalized word: "Sở Lao động", "Học viện" — but not a
    # verb after a place name ("… Thành ủy Hà Nội trao quyết định")
    prev = syls[k - 1].text if k > 0 else ""
    return (
        bool(_NAME_SYL.match(prev))
        and s.text.isalpha()
        and s.low not in function_words()
        and s.low not in verbs_after_names()
        and marks.sent[k] == marks.sent[k - 1]
        and not _ends_with_place(syls, marks, k)
    )


def _ends_with_place(syls: Sequence[Syl], marks: _Marks, k: int) -> bool:
    """Whether the capitalized run just before ``k`` is a place name (a known place, or
    a run right after a level word such as "tỉnh")."""
    a = k
    while a > 0 and k - a < 5 and _NAME_SYL.match(syls[a - 1].text) and (a - 1) not in marks.covered:
        a -= 1
    if a == k:
        return False
    if a in marks.lvl_ends:
        return True
    return " ".join(x.text for x in syls[a:k]) in place_names()


def _read_title(
    syls: Sequence[Syl], marks: _Marks, a: int, name_starts: set[int]
) -> _Title | None:
    pos_end = marks.pos.get(a)
    if pos_end is None:
        return None
    k = pos_end
    n = len(syls)
    # after an organ named in lower case ("Hội đồng xét tặng …"), one run of such words,
    # before any level word
    named = any(e in marks.named_ends for e in range(a + 1, pos_end + 1))
    while k < n and marks.sent[k] == marks.sent[a]:
        s = syls[k]
        named = (named or k in marks.named_ends) and k not in marks.lvl
        if s.low == "khóa" and k + 1 < n and _ROMAN.match(syls[k + 1].text):
            k += 2
            continue
        if k > pos_end and k + 1 < n and f"{s.low} {syls[k + 1].low}" in title_pairs():
            k += 2  # "Ngân hàng Chính sách xã hội chi nhánh tỉnh"
            continue
        unit_end = _numbered_unit_end(syls, k) if k > pos_end else None
        if unit_end is not None:
            k = unit_end  # "Học viện Chính trị khu vực III", "Chi bộ khu phố 5"
            continue
        if _dotted_period(syls, k) and k > pos_end and k + 1 < n and _CAP.match(syls[k + 1].text):
            k += 1  # "UBND Q. Bình Thạnh": the period of a dotted abbreviation ends nothing
            continue
        # a two-syllable qualifier right after the position: "Phó Trưởng đoàn chuyên trách",
        # "Ủy viên dự khuyết" (elsewhere "tổ chức", "kiểm tra" would be verbs)
        if (
            k + 1 < n
            and f"{s.low} {syls[k + 1].low}" in position_qualifiers()
            and (k == pos_end or (k + 2) in marks.lvl)  # "… Đoàn ĐBQH chuyên trách tỉnh"
        ):
            k += 2
            continue
        if (
            k == pos_end
            and k + 2 < n
            and f"{s.low} {syls[k + 1].low}" in organ_qualifiers()
            and (k + 2) in marks.org
        ):
            k += 2  # "Phó Giám đốc phụ trách Sở Y tế"
            continue
        if named and s.text in _OPEN_QUOTES and k > pos_end:
            close = _closing_quote(syls, marks, k)
            if close is None:
                break
            k = close + 1
            named = False
            continue
        if s.low == "của" and k > pos_end and (k + 1) in marks.lvl and _title_ends_at(
            syls, marks, marks.lvl[k + 1]
        ):
            k = marks.lvl[k + 1]  # "Trưởng Ban Chỉ đạo phong trào “…” của huyện"
            continue
        if (s.low in _CONNECTORS or (s.text in ("-", "–") and k > pos_end)) and k not in marks.in_org:
            nxt = k + 1
            if (
                nxt < n
                and _CAP.match(syls[nxt].text)
                and nxt not in marks.pos
                and nxt not in name_starts
            ):
                k = nxt
                continue
            break
        # a new position head without separator ends the title, unless it is part of an
        # organ's name ("Thường vụ" in "Ban Thường vụ")
        if (
            k in marks.pos
            and k > pos_end
            and not _ALLCAPS.match(s.text)
            and k not in marks.org
            and k not in marks.in_org
        ):
            break
        if not _body_ok(syls, marks, k, name_starts):
            j = _named_words_end(syls, marks, k, name_starts) if named and k > pos_end else k
            if j == k:
                break
            k = j
            named = syls[k].text in _OPEN_QUOTES  # the quoted name may follow
            continue
        k += 1
    return _Title(a, k, pos_end)


def _numbered_unit_end(syls: Sequence[Syl], k: int) -> int | None:
    """The end of a numbered unit at ``k`` that belongs to an organ's name: a unit word below
    the commune or "khu vực" and its number ("khu phố 5", "tổ 12", "khu vực III")."""
    for words in (*subunit_words(), ("khu", "vực")):
        e = k + len(words)
        if e < len(syls) and tuple(s.low for s in syls[k:e]) == words and _ROMAN.match(syls[e].text):
            return e + 1
    return None


def _title_ends_at(syls: Sequence[Syl], marks: _Marks, k: int) -> bool:
    """Whether a title can end at ``k``: at punctuation, a role verb, the end of the
    sentence or of the text."""
    return (
        k >= len(syls)
        or marks.sent[k] != marks.sent[k - 1]
        or not syls[k].text[0].isalnum()
        or k in marks.roles
    )


_OPEN_QUOTES = frozenset({"“", '"', "«"})
_CLOSE_QUOTES = frozenset({"”", '"', "»"})


def _closing_quote(syls: Sequence[Syl], marks: _Marks, k: int) -> int | None:
    """The closing quote of a quoted name of at most 14 syllables opening at ``k`` ("“Dân
    vận khéo”", "“Toàn dân đoàn kết xây dựng đời sống văn hóa”")."""
    for j in range(k + 1, min(len(syls), k + 16)):
        if marks.sent[j] != marks.sent[k] or syls[j].text in (",", ";", ".", ":"):
            return None
        if syls[j].text in _CLOSE_QUOTES:
            return j if j > k + 1 else None
    return None


def _named_words_end(syls: Sequence[Syl], marks: _Marks, k: int, name_starts: set[int]) -> int:
    """Where up to four lower-case words of an organ's own name end ("Hội đồng | xét tặng
    giải thưởng | “Dân vận khéo”"): only where a level word, a quoted name or a name of
    two capitalized syllables follows them ("Nhóm thiện nguyện | Nhất Tâm", not "Hội đồng
    trao tặng | Bằng khen"); else ``k`` (no such words)."""
    j = k
    n = len(syls)
    while (
        j < n
        and j - k < 4
        and marks.sent[j] == marks.sent[k]
        and syls[j].text.isalpha()
        and syls[j].text.islower()
        and j not in marks.roles
        and j not in marks.trig
        and j not in marks.lvl
        and syls[j].low not in function_words()
    ):
        j += 1
    if j == k or j >= n or marks.sent[j] != marks.sent[k]:
        return k
    if j in marks.lvl or syls[j].text in _OPEN_QUOTES:
        return j
    if (
        j + 1 < n
        and _NAME_SYL.match(syls[j].text)
        and _NAME_SYL.match(syls[j + 1].text)
        and marks.sent[j + 1] == marks.sent[j]
        and not any(x in name_starts or x in marks.pos or x in marks.trig for x in (j, j + 1))
    ):
        return j
    return k


def _read_chain(
    text: str, syls: Sequence[Syl], marks: _Marks, a: int, name_starts: set[int]
) -> list[_Title]:
    chain: list[_Title] = []
    k = a
    n = len(syls)
    while k < n:
        t = _read_title(syls, marks, k, name_starts)
        if t is None:
            break
        chain.append(t)
        k = t.b
        if k < n and syls[k].text in (",", "-", "–") and k + 1 < n and (k + 1) in marks.pos:
            k += 1
            continue
        if k < n and syls[k].low in ("và", "kiêm") and k + 1 < n and (k + 1) in marks.pos:
            if syls[k].low == "và" and _next_persons_title(syls, marks, a, k + 1, name_starts):
                break  # "A, Chính ủy Bộ CHQS tỉnh và Thiếu tá B": the next person's rank
            k += 1  # "Phó Bí thư Huyện ủy kiêm Trưởng Ban Dân vận Huyện ủy" (concurrently)
            continue
        if k + 1 < n and syls[k].text in (",", *_DASHES):
            # "Bí thư Huyện ủy, QUV, Chủ tịch HĐND huyện": an unknown segment between
            # known titles stays in the chain
            e = _unknown_segment_end(syls, marks, k + 1, name_starts)
            if e is not None and syls[e].text in (",", *_DASHES) and (e + 1) in marks.pos:
                chain.append(_Title(k + 1, e, _unknown_head_end(marks, k + 1, e)))
                k = e + 1
                continue
        break
    return chain


def _next_persons_title(
    syls: Sequence[Syl], marks: _Marks, a: int, k: int, name_starts: set[int]
) -> bool:
    """Whether the title at ``k`` (after "và") opens the next person's mention: it runs into a
    name, and the chain it would join follows a name ("A, Phó Tư lệnh Quân khu 7 và Thiếu
    tá B")."""
    t = _read_title(syls, marks, k, name_starts)
    for _ in range(6):  # "… và Chủ tịch UBND tỉnh, Phó Bí thư Tỉnh ủy B"
        if t is None or t.b + 1 >= len(syls) or syls[t.b].text != "," or (t.b + 1) not in marks.pos:
            break
        t = _read_title(syls, marks, t.b + 1, name_starts)
    if t is None or not (t.b in name_starts or t.b in marks.trig):
        return False
    return a > 1 and syls[a - 1].text in (",", *_DASHES) and bool(_NAME_SYL.match(syls[a - 2].text))


# --- main ----------------------------------------------------------------------------------


@dataclass
class _Mention:
    a: int  # first syllable (name or title)
    b: int  # end of the name (or the title)
    span_end: int  # end of attached titles
    name: str | None
    titles: list[_Title]
    kind: str  # "name" | "title"
    sent: int
    roles_after: set[str] = field(default_factory=set)
    roles_before: set[str] = field(default_factory=set)
    lead: int = -1  # where the mention starts, titles before the name included

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.a


def find_officials(
    text: str,
    sentences: Sequence[tuple[int, int]] | None = None,
    *,
    removed: Sequence[tuple[str, str]] | None = None,
    words: Words | None = None,
) -> dict[str, Any]:
    """The officials stage: see the module docstring for the returned dict. ``words``:
    underthesea's words (offsets), evidence for where a name starts after a place ("huyện
    Mai Sơn | Lò Văn Sơn"): a list of them, or a function that gives the words of a
    sentence span ``(start, end)`` when asked (it is asked only for the few sentences where
    the rule needs them); without them that evidence is missing."""
    syls = syllables(text)
    sent_spans = list(sentences or [(0, len(text))])
    sent_of = _sentence_index(syls, sent_spans)
    marks = _mark(syls)
    marks.sent = sent_of
    for k, si in enumerate(sent_of):
        marks.sent_start.setdefault(si, k)
    for a in list(marks.roles):
        # a capitalized verb after a capitalized word of its sentence names an organ: "Ban
        # Chỉ đạo …"
        if a > 0 and sent_of[a] == sent_of[a - 1] and _CAP.match(syls[a].text) and _CAP.match(
            syls[a - 1].text
        ):
            del marks.roles[a]
    names = _names(text, syls, marks, sent_of)
    if words is not None:
        names = _names_after_places(text, syls, marks, names, _words_by_sentence(words, sent_spans))
    names = _official_lists(syls, marks, names)
    name_starts = {nm.a for nm in names}

    # chains from every position head not inside an earlier chain
    chains: list[list[_Title]] = []
    k_done = -1
    for a in sorted(marks.pos):
        # "Thường vụ" in "thay mặt Ban Thường vụ Tỉnh ủy" is part of an organ, no title
        if a < k_done or a in marks.in_org:
            continue
        chain = _read_chain(text, syls, marks, a, name_starts)
        if chain:
            chains.append(chain)
            k_done = chain[-1].b
    chain_ending_at = {c[-1].b: c for c in chains}
    chain_starting_at = {c[0].a: c for c in chains}

    mentions: list[_Mention] = []
    used_chains: set[int] = set()
    for nm in names:
        titles: list[_Title] = []
        pre = _chain_before(syls, marks, chain_ending_at, nm.a, used_chains)
        if pre is not None:
            titles.extend(pre)
            used_chains.add(pre[0].a)
        span_end = nm.b
        post = _chain_after(syls, marks, chain_starting_at, nm.b, name_starts)
        if post is not None and pre is not None and post[-1].b in name_starts:
            # "Title A, Title B, Title C": a chain that runs into the next name is that
            # name's, in a list of title-first mentions
            post = None
        if post is not None:
            titles.extend(post)
            used_chains.update(t.a for t in post)
            span_end = post[-1].b
        pred = _predicate_title(syls, marks, span_end, name_starts)
        if pred is not None:
            titles.append(pred)
            span_end = pred.b
        if not titles and not nm.official:
            continue
        mentions.append(
            _Mention(nm.a, nm.b, span_end, nm.text, titles, "name", sent_of[nm.a],
                     lead=pre[0].a if pre is not None else nm.a)
        )
    _shared_titles(syls, marks, chains, mentions, names, used_chains)

    officials: dict[str, dict[str, Any]] = {}
    for m in mentions:
        assert m.name is not None
        officials.setdefault(m.name, {"name": m.name, "titles": [], "mentions": []})
    # later mentions by name alone
    known = set(officials)
    seen_at = {m.a for m in mentions}
    for nm in names:
        if nm.text in known and nm.a not in seen_at:
            mentions.append(_Mention(nm.a, nm.b, nm.b, nm.text, [], "name", sent_of[nm.a]))
    # mentions by a title alone ("Đồng chí Bí thư Tỉnh ủy yêu cầu")
    mentions.extend(_title_mentions(text, syls, marks, chains, used_chains, mentions, sent_of))
    mentions.extend(_given_name_mentions(syls, marks, mentions, known))
    mentions.sort(key=lambda m: m.a)
    mentions.extend(_pronoun_mentions(syls, marks, mentions))
    mentions.sort(key=lambda m: m.a)

    _assign_roles(syls, marks, mentions)

    for m in mentions:
        if m.name is None:
            continue
        off = officials[m.name]
        off["mentions"].append((syls[m.a].start, syls[m.b - 1].end))
        # the same position written in full and abbreviated is listed once, in the form
        # that comes first (SCHEMA v2, convention 10); two abbreviated spellings are kept
        seen = {t["key"] for t in off["titles"]}
        full = {_title_key_of(t["canonical"]): t["key"] for t in off["titles"]}
        for t in m.titles:
            parsed = _parse_title(text, syls, marks, t)
            canon = _title_key_of(parsed["canonical"])
            other = full.get(canon)
            if parsed["key"] in seen or (other is not None and canon in (other, parsed["key"])):
                continue
            if _bare_repeat(text, parsed, off["titles"]):
                continue
            seen.add(parsed["key"])
            full.setdefault(canon, parsed["key"])
            off["titles"].append(parsed)
        off.setdefault("roles", set()).update(m.roles_after | m.roles_before)

    result = []
    for off in officials.values():
        roles = off.get("roles", set())
        result.append(
            {
                "name": off["name"],
                "titles": [{k: v for k, v in t.items() if k != "key"} for t in off["titles"]],
                "roles": [r for r in _ROLE_ORDER if r in roles],
                "mentions": sorted(set(off["mentions"])),
            }
        )
    authors, source = _authors(removed or [])
    return {
        "officials": result,
        "organizations": _organizations(text, syls, marks),
        "locations": _locations(text, syls, marks, name_starts, names),
        "authors": authors,
        "source": source,
        "title": _headline(text),
        "event_kind": _event_kind(syls, marks),
        "event_organizer": _organizer(text, syls, marks),
        "event_location": _event_location(text, sent_spans),
        "warnings": [],
    }


def _bare_repeat(text: str, parsed: dict[str, Any], earlier: Sequence[dict[str, Any]]) -> bool:
    """A later title that is only the head of one listed before ("Thứ trưởng Bộ Nội vụ A" …
    "Thứ trưởng A") is the same position written short: listed once, as it came first."""
    if text[parsed["start"] : parsed["end"]] != parsed["position"]:
        return False
    head = parsed["position"].lower()
    return any(
        t["position"].lower() == head and t["end"] - t["start"] > len(parsed["position"])
        for t in earlier
    )


def _sentence_index(syls: Sequence[Syl], spans: Sequence[tuple[int, int]]) -> list[int]:
    out = []
    j = 0
    for s in syls:
        while j + 1 < len(spans) and s.start >= spans[j][1]:
            j += 1
        out.append(j)
    return out


def _chain_before(
    syls: Sequence[Syl],
    marks: _Marks,
    chain_ending_at: dict[int, list[_Title]],
    a: int,
    used: set[int],
) -> list[_Title] | None:
    """The title chain that ends where the name starts ("Bí thư Tỉnh ủy Nguyễn Văn A",
    "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A")."""
    cands = [a]
    if a >= 2 and syls[a - 1].text in _DASHES:
        cands.append(a - 1)  # "Giám đốc Sở Tư pháp – Lê Văn Toàn"
    t0 = marks.trig_by_end.get(a)
    if t0 is not None:
        cands.append(t0)
        if t0 > 0 and syls[t0 - 1].text in (",", *_DASHES):
            cands.append(t0 - 1)  # "Bí thư Tỉnh ủy, đồng chí A", "Giám đốc Sở – ông A"
    for end in cands:
        chain = chain_ending_at.get(end)
        if chain is not None and chain[0].a not in used:
            if _on_behalf_of(syls, chain[0].a):
                # "Thừa ủy quyền của Chủ tịch nước, Thượng tướng A": the first title is
                # the principal's, not A's
                return chain[1:] or None
            return chain
    return None


_ON_BEHALF = frozenset({("ủy", "quyền"), ("uỷ", "quyền"), ("thay", "mặt"), ("thừa", "lệnh")})


def _on_behalf_of(syls: Sequence[Syl], k: int) -> bool:
    """Whether the title at ``k`` names the one on whose behalf someone acts ("thừa ủy
    quyền (của) …", "thay mặt …", "thừa lệnh …")."""
    if k >= 1 and syls[k].low == "quyền" and syls[k - 1].low in ("ủy", "uỷ"):
        return True  # "ủy quyền Thủ tướng": not the tenure word of "quyền Giám đốc"
    if k >= 1 and syls[k - 1].low == "của":
        k -= 1
    return k >= 2 and (syls[k - 2].low, syls[k - 1].low) in _ON_BEHALF


def _chain_after(
    syls: Sequence[Syl],
    marks: _Marks,
    chain_starting_at: dict[int, list[_Title]],
    b: int,
    name_starts: set[int],
) -> list[_Title] | None:
    """The title chain after the name ("Lê Văn A, Bí thư …"). A first segment that is no
    known title ("ĐUV", "UV BCH Đảng bộ tỉnh", a typo as in "Phó Bi thư Huyện ủy") is kept
    as a title of its own where a known title follows it after a separator."""
    b = _after_aside(syls, marks, b)
    if b >= len(syls) or syls[b].text not in _DELIMS:
        return None
    if (b + 1) in chain_starting_at:
        return chain_starting_at[b + 1]
    if (b + 2) in chain_starting_at and syls[b + 1].low == "tân":
        return chain_starting_at[b + 2]  # "A, tân Chủ tịch UBND tỉnh" (newly elected)
    e = _unknown_segment_end(syls, marks, b + 1, name_starts)
    if e is None:
        return None
    head = _unknown_head_end(marks, b + 1, e)
    if syls[e].text in (",", *_DASHES) and (e + 1) in chain_starting_at:
        return [_Title(b + 1, e, head), *chain_starting_at[e + 1]]
    # an item of a list of people ("…; Lê Văn A, Trưởngb an Tuyên giáo Tỉnh ủy; …"): a
    # segment that names an organ is the item's title even when its head is misspelt
    name_a = b - 1
    while name_a > 0 and _NAME_SYL.match(syls[name_a - 1].text) and name_a - 1 not in marks.covered:
        name_a -= 1
    if (
        syls[e].text == ";"
        and name_a > 0
        and syls[name_a - 1].text in (";", ":")
        and (head < e or (e == b + 2 and syls[b + 1].text in abbreviations()))
    ):
        return [_Title(b + 1, e, head)]
    return None


def _after_aside(syls: Sequence[Syl], marks: _Marks, b: int) -> int:
    """Past a short aside in parentheses right after a name that holds no title, as
    captions place people ("Kpă Thuyên (bìa phải), Phó Chủ tịch …", "(thứ hai từ trái)");
    else ``b``."""
    n = len(syls)
    if b >= n or syls[b].text != "(":
        return b
    for k in range(b + 1, min(n, b + 9)):
        if syls[k].text == ")":
            return k + 1
        if k in marks.pos or k in marks.org or syls[k].text == "(" or marks.sent[k] != marks.sent[b]:
            return b
    return b


def _unknown_segment_end(
    syls: Sequence[Syl], marks: _Marks, k: int, name_starts: set[int]
) -> int | None:
    """Where a segment of at most eight words starting at ``k`` with a capital letter and
    ending at a separator ends — a segment of no verb, name, trigger, function word or
    other punctuation; None if there is none."""
    n = len(syls)
    if k >= n or not _CAP.match(syls[k].text):
        return None
    j = k
    while j < n and syls[j].text not in (",", ";", *_DASHES):
        s = syls[j]
        if (
            j - k >= 8
            or marks.sent[j] != marks.sent[k]
            or not s.text[0].isalnum()
            or j in marks.roles
            or j in marks.trig
            or j in name_starts
            or (j in marks.pos and j > k)
            or s.low in function_words()
        ):
            return None
        j += 1
    return j if k < j < n else None


def _unknown_head_end(marks: _Marks, a: int, b: int) -> int:
    """The position part of an unknown title segment: up to its first organ or level word."""
    return next((k for k in range(a + 1, b) if k in marks.org or k in marks.lvl), b)


def _shared_titles(
    syls: Sequence[Syl],
    marks: _Marks,
    chains: list[list[_Title]],
    mentions: list[_Mention],
    names: Sequence[_Name],
    used: set[int],
) -> None:
    """A title shared by the names of a list: before a colon or "gồm" ("các đồng chí Ủy
    viên Bộ Chính trị: A, …; B, …", "các Phó Chủ tịch UBND tỉnh: A, B và C", "có các Ủy
    viên Trung ương Đảng: Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B", "các Phó Chủ tịch gồm
    các ông: A; B; C"), before a dash ("các Phó Giám đốc Sở – A, B và C"), or a plural title
    right before the first name ("các Phó Thủ tướng A, B, C")."""
    by_start = {m.a: m for m in mentions}
    by_lead = {m.lead: m for m in mentions}
    name_at = {nm.a: nm for nm in names}
    n = len(syls)
    for chain in chains:
        end = chain[-1].b
        if end >= n:
            continue
        a0 = chain[0].a
        dash = syls[end].text in _DASHES
        t0 = marks.trig_by_end.get(a0)
        plural = (
            a0 > 0
            and (
                syls[a0 - 1].low in ("các", "những")
                or (t0 is not None and syls[t0].low in ("các", "những"))  # "các đồng chí"
            )
            and a0 in by_lead
            and chain[0] in by_lead[a0].titles
        )
        opened = _list_opener_end(syls, end)
        if plural:
            k = by_lead[a0].a
        elif dash:
            k = _after_triggers(marks, end + 1)
            # the first name may already hold the chain (title, dash, name); the names
            # listed after it share it
            first = by_start.get(k)
            if a0 in used and (first is None or chain[0] not in first.titles):
                continue
        elif opened is not None and a0 not in used:
            k = _after_triggers(marks, opened)
        else:
            continue
        members: list[_Mention] = []
        seps = (",",) if dash or plural else (";", ",")
        bare_list = False  # bare names joined by "," or "và" so far
        while True:
            m = by_start.get(k) or (None if plural else by_lead.get(k))
            nm = name_at.get(k) or _name_run_at(syls, marks, k)
            if m is None and nm is not None:
                m = _Mention(nm.a, nm.b, nm.b, nm.text, [], "name", marks.sent[nm.a])
                mentions.append(m)
                by_start[k] = m
            if m is None or (plural and members and m.titles):
                break  # "các Phó Thủ tướng A, B": a name with its own title is no member
            members.append(m)
            k = m.span_end
            if k < n and (syls[k].text in seps or syls[k].low == "và"):
                if not m.titles and syls[k].text == ";" and bare_list:
                    break  # "các Phó Chủ tịch: A, B; Chánh án C": the semicolon ends the list
                bare_list = bare_list or (not m.titles and syls[k].text != ";")
                k = _after_triggers(marks, k + 1)
                continue
            break
        if (dash or plural) and len(members) < 2:
            continue  # one name: the name loop has given it the title
        if members:
            used.add(a0)
            for m in members:
                if chain[0] not in m.titles:
                    m.titles[:0] = chain


def _list_opener_end(syls: Sequence[Syl], k: int) -> int | None:
    """Where the names of a list start after a title that opens it: after a colon, or
    after "gồm (có) (các ông, bà)(:)"; None if no list opens at ``k``."""
    n = len(syls)
    if syls[k].text == ":":
        return k + 1
    if syls[k].low != "gồm":
        return None
    j = k + 1
    if j < n and syls[j].low == "có":
        j += 1
    e = j
    while e < n and e - j < 4 and syls[e].low in ("các", "ông", "bà", ","):
        e += 1
    if e < n and syls[e].text == ":":
        return e + 1
    return j


def _name_run_at(syls: Sequence[Syl], marks: _Marks, k: int) -> _Name | None:
    """A name of 2–5 capitalized syllables starting at ``k`` (a list member, where the
    family name need not be a known one)."""
    e = _cap_run_end(syls, marks, k, 6)
    if not 2 <= e - k <= 5:
        return None
    name = " ".join(s.text for s in syls[k:e])
    if name in place_names() or name in historical_names():
        return None
    return _Name(k, e, name, True)


def _cap_run_end(
    syls: Sequence[Syl],
    marks: _Marks,
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
        and _NAME_SYL.match(syls[e].text)
        and e not in marks.covered
        and (stop is None or e not in stop)
        and marks.sent[e] == sent
    ):
        e += 1
    return e


def _after_triggers(marks: _Marks, k: int) -> int:
    while k in marks.trig:
        k = marks.trig[k]
    return k


def _title_key(text: str, syls: Sequence[Syl], t: _Title) -> str:
    return _title_key_of(text[syls[t.a].start : syls[t.b - 1].end])


# a term after the organ ("… tỉnh Bình Dương khóa IX", "… nhiệm kỳ 2024-2029")
_TERM_SUFFIX = regex.compile(r"\s+(?:khóa|khoá|nhiệm\s+kỳ)\s+[\p{L}\d–—\- ]{1,20}$", regex.I)


@lru_cache(maxsize=4096)
def _title_key_of(surface: str) -> str:
    """The comparison form of a title: as the scorer compares titles, and with the place
    name dropped before a term too, so "Chủ tịch Ủy ban MTTQ tỉnh Bình Dương khóa IX" is the
    same title as "Chủ tịch Ủy ban MTTQ tỉnh khóa IX"."""

    term = _TERM_SUFFIX.search(surface)
    if term is None:
        return norm_text(strip_trailing_place(surface))
    head = strip_trailing_place(surface[: term.start()])
    return norm_text(head + " " + term.group().strip())


def _title_mentions(
    text: str,
    syls: Sequence[Syl],
    marks: _Marks,
    chains: list[list[_Title]],
    used: set[int],
    mentions: list[_Mention],
    sent_of: Sequence[int],
) -> list[_Mention]:
    owners: dict[str, set[str]] = {}
    for m in mentions:
        for t in m.titles:
            if m.name:
                owners.setdefault(_title_key(text, syls, t), set()).add(m.name)
    out = []
    for chain in chains:
        if chain[0].a in used or len(chain) != 1:
            continue
        a = chain[0].a
        # a group ("các đồng chí Phó Trưởng Ban …") is not a coreference
        t0 = marks.trig_by_end.get(a)
        if t0 is not None and syls[t0].low in ("các", "những"):
            continue
        if a >= 1 and syls[a - 1].low in ("các", "những", "nguyên"):
            continue
        key = _title_key(text, syls, chain[0])
        who = owners.get(key, set())
        if not who and _verb_follows(syls, marks, chain[0].b):
            # a bare position as the subject of a role verb ("Thứ trưởng đề nghị …") is the
            # one person whose title begins with it ("Thứ trưởng Bộ Công an")
            who = {w for k, names in owners.items() if k.startswith(key + " ") for w in names}
        if len(who) == 1:
            out.append(
                _Mention(a, chain[0].b, chain[0].b, next(iter(who)), [], "title", sent_of[a])
            )
    return out


def _verb_follows(syls: Sequence[Syl], marks: _Marks, k: int) -> bool:
    """Whether a role verb follows at ``k``, after adverbs ("cũng", "đã" …)."""
    n = len(syls)
    while k < n and syls[k].low in _PRONOUN_ADVERBS:
        k += 1
    return k < n and k in marks.roles and marks.sent[k] == marks.sent[k - 1]


_PRONOUNS = (("đồng", "chí"), ("ông",), ("bà",))
_PRONOUN_ADVERBS = frozenset({"cũng", "đã", "còn", "đồng", "thời", "luôn"})


def _pronoun_mentions(
    syls: Sequence[Syl], marks: _Marks, mentions: Sequence[_Mention]
) -> list[_Mention]:
    """A sentence opened by "Đồng chí", "Ông" or "Bà" and a role verb ("Bà đề nghị …",
    "Đồng chí nhấn mạnh …") speaks of the one person named in the sentence before."""
    n = len(syls)
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.name is not None:
            named.setdefault(m.sent, set()).add(m.name)
    taken = {m.a for m in mentions}
    out = []
    for si, k in marks.sent_start.items():
        if k in taken or not syls[k].text[:1].isupper():
            continue
        e = next(
            (k + len(p) for p in _PRONOUNS
             if k + len(p) < n and tuple(s.low for s in syls[k : k + len(p)]) == p),
            None,
        )
        while e is not None and e < n and syls[e].text in _PRONOUN_ADVERBS:
            e += 1  # "Đồng chí cũng đề nghị", "Bà đã trao quà"
        if e is None or e >= n or e not in marks.roles or marks.sent[e] != si:
            continue
        who = named.get(si - 1, set())
        if len(who) == 1 and si not in named:
            out.append(_Mention(k, e, e, next(iter(who)), [], "title", si))
    return out


def _given_name_mentions(
    syls: Sequence[Syl], marks: _Marks, mentions: Sequence[_Mention], known: set[str]
) -> list[_Mention]:
    """A later mention by "ông", "bà" or "đồng chí" and the given name alone ("ông Huyện
    khẳng định"), where one official named before has that given name."""
    n = len(syls)
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.name is not None:
            first_at[m.name] = min(first_at.get(m.name, m.a), m.a)
    taken = {m.a for m in mentions}
    by_given: dict[str, set[str]] = {}
    for name in known:
        if len(name.split()) >= 2:
            by_given.setdefault(name.split()[-1], set()).add(name)
    out = []
    for b, a in marks.trig_by_end.items():
        if b >= n or b in taken or syls[b - 1].low not in ("ông", "bà", "chí"):
            continue
        if not _NAME_SYL.match(syls[b].text) or (
            b + 1 < n and _NAME_SYL.match(syls[b + 1].text) and marks.sent[b + 1] == marks.sent[b]
        ):
            continue
        who = {name for name in by_given.get(syls[b].text, ()) if first_at.get(name, n) < a}
        if len(who) == 1:
            out.append(_Mention(b, b + 1, b + 1, next(iter(who)), [], "title", marks.sent[b]))
    return out


def _roles_in(marks: _Marks, a: int, b: int) -> list[tuple[int, int, str]]:
    out = []
    for k in range(a, b):
        for e, role in marks.roles.get(k, []):
            if e <= b and not role.endswith(_SUBJECT):
                out.append((k, e, role))
    return out


def _assign_roles(syls: Sequence[Syl], marks: _Marks, mentions: list[_Mention]) -> None:
    n = len(syls)
    starts = {m.a for m in mentions}
    trig_starts = set(marks.trig)
    after_end: dict[int, int] = {}
    # roles after a mention: within the clause, before the next person
    for m in mentions:
        k = m.span_end
        limit = min(n, k + 14)
        found: set[str] = set()
        own_clause = True  # no comma or passive yet: a verb here has the mention as subject
        stretch = 0
        while k < limit:
            s = syls[k]
            if s.text == "," and "report" in found:
                break  # "A cho biết, đoàn sẽ tham dự …": what follows is what was said
            if s.low == "được" or (s.text == "," and _new_clause_after(syls, k)):
                own_clause = False  # a passive, or another clause ("…, đồng thời đề nghị")
            if s.text == ";" and found == set() and k + 1 < n:
                tail = _group_tail_end(syls, marks, k + 1, starts)
                if tail is not None:
                    # "…; E, Trưởng ban …; lãnh đạo các ban, ngành đã đến chúc mừng": the
                    # list ends with a group of no names, then the list's verb
                    limit = max(limit, min(n, tail + 4))
                    k += 1
                    continue
            if s.text in (".", ";", ":", "!", "?") or k in starts or marks.sent[k] != m.sent:
                break
            if k in trig_starts:
                after = marks.trig[k] + (syls[marks.trig[k]].low == "là")
                co_subject = after in marks.pos and any(
                    syls[j].low == "và" for j in range(max(m.span_end, k - 4), k)
                )  # "A – … và các ông, bà Phó Chủ tịch Hội chủ trì": no one else is named
                if not (k > 0 and syls[k - 1].low in ("cùng", "với")) and not co_subject:
                    break
                k = marks.trig[k]  # "… cùng các đồng chí Phó Trưởng Ban … chủ trì"
                continue
            if k in marks.pos and limit - k < 10:
                limit = min(n, k + 10)  # an unnamed co-subject's title is no distance
            if _CAP.match(s.text) and k not in marks.roles and stretch < 8:
                stretch += 1  # capitalized words (the rest of an unknown organ's name) are
                limit = min(n, limit + 1)  # no distance either
            for e, role in marks.roles.get(k, []):
                if (role.endswith(_SUBJECT) and not own_clause) or (k, e) in marks.object_side:
                    continue
                if (
                    role == "attend"
                    and found & {"chair", "speak", "report"}
                    and syls[k - 1].low not in ("và", ",")
                ):
                    continue  # "chủ trì gặp mặt các đại biểu tham dự Đại hội": the object's
                found.add(role.removesuffix(_SUBJECT))
                after_end[m.a] = max(after_end.get(m.a, 0), e)
            if (
                k in marks.directive
                and k not in marks.inert  # "tiếp thu ý kiến chỉ đạo … và chỉ đạo các ngành"
                and all(r != "direct" for _, r in marks.roles.get(k, []))
            ):
                break  # "… yêu cầu các xã hoàn thành báo cáo": what follows is the directive's
            k += 1
        m.roles_after = _resolve_present(found)
    # roles from the clause that introduces the mention
    prev: _Mention | None = None
    for m in mentions:
        if prev is not None and prev.sent != m.sent:
            prev = None
        lo = _sentence_start(marks, m)
        if prev is not None:
            lo = max(lo, after_end.get(prev.a, prev.span_end))
        before = _roles_in(marks, lo, m.lead)
        if before:
            m.roles_before = _resolve_present({r for _, _, r in before})
        elif prev is not None and _is_list_gap(syls, marks, prev.span_end, m.lead):
            m.roles_before = set(prev.roles_before)
        prev = m
    _bullet_list_roles(syls, marks, mentions)
    # "A, …; B, …, chủ trì" and "A – … và B – … chủ trì": a verb after the last member of
    # a list with no introducing verb is every member's
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if (
            not m.roles_before
            and not m.roles_after
            and m.sent == nxt.sent
            and _is_list_gap(syls, marks, m.span_end, nxt.lead)
        ):
            m.roles_after = set(nxt.roles_after)


_BULLETS = frozenset({"-", "–", "+", "•", "*"})


def _bullet_list_roles(syls: Sequence[Syl], marks: _Marks, mentions: list[_Mention]) -> None:
    """The items of a bulleted list ("Tham dự hội nghị có:" then "- Đồng chí A, …;" on
    lines of their own) take the verb of the line that opens the list."""
    starts = sorted(marks.sent_start.items())
    end_of = {si: (starts[i + 1][1] if i + 1 < len(starts) else len(syls))
              for i, (si, _) in enumerate(starts)}
    carried: dict[int, set[str]] = {}  # sentence -> roles its list items take
    for si, k in starts:
        if syls[k].text not in _BULLETS:
            continue
        prev = si - 1
        if prev in carried:
            carried[si] = carried[prev]
            continue
        if prev not in marks.sent_start:
            continue
        e = end_of[prev]
        if e - 1 >= 0 and syls[e - 1].text == ":":
            carried[si] = _resolve_present({r for _, _, r in _roles_in(marks, marks.sent_start[prev], e)})
    first_in: dict[int, int] = {}
    for m in mentions:
        first_in[m.sent] = min(first_in.get(m.sent, m.a), m.a)
    for m in mentions:
        if (
            m.sent in carried
            and not m.roles_before
            and first_in[m.sent] == m.a
            and marks.sent_start[m.sent] < m.lead
        ):
            m.roles_before = set(carried[m.sent])


_CLAUSE_OPENERS = frozenset({"đồng", "trong", "qua", "theo", "nhất", "còn", "nhưng", "sau", "khi"})


def _new_clause_after(syls: Sequence[Syl], k: int) -> bool:
    """Whether the comma at ``k`` opens another clause ("…, đồng thời …", "…, trong đó …"),
    rather than a series of verbs ("giao lưu, chia sẻ")."""
    return k + 1 < len(syls) and (
        syls[k + 1].low in _CLAUSE_OPENERS or bool(_CAP.match(syls[k + 1].text))
    )


_GROUP_WORDS = frozenset({"lãnh", "đại", "các", "cùng", "cán", "thủ", "thành", "đông"})


def _group_tail_end(
    syls: Sequence[Syl], marks: _Marks, k: int, starts: set[int]
) -> int | None:
    """Where the first role verb is in a list's last item that names a group, no person
    ("lãnh đạo các ban, ngành", "đại diện các sở", "cùng các đồng chí …"), before the end of
    the sentence; None if the item at ``k`` is no such group."""
    n = len(syls)
    if k >= n or syls[k].low not in _GROUP_WORDS:
        return None
    for j in range(k, min(n, k + 20)):
        if j in starts or syls[j].text in (".", ";", ":", "!", "?") or marks.sent[j] != marks.sent[k]:
            return None
        if j in marks.roles:
            e = max(end for end, _ in marks.roles[j])
            if e < n and syls[e].low == "có":
                return None  # "…; cùng dự có đồng chí B": the verb introduces new people
            return j
    return None


def _resolve_present(roles: set[str]) -> set[str]:
    """"có đồng chí X" means X attended — unless a real verb ("Chủ trì hội nghị có các
    đồng chí …") says what X did."""
    if "present" in roles:
        roles = (roles - {"present"}) or {"attend"}
    return roles - {"host"}  # "Đón tiếp đoàn có đồng chí …": hosts get no role for that


def _sentence_start(marks: _Marks, m: _Mention) -> int:
    return marks.sent_start.get(m.sent, m.a)


def _is_list_gap(syls: Sequence[Syl], marks: _Marks, a: int, b: int) -> bool:
    """Only list punctuation, "và" and name triggers between two mentions — or anything
    without a full stop, as long as a semicolon opens the new item ("…; đồng chí B")."""
    j = b - 1
    while j >= a and j in marks.in_trig:
        j -= 1
    if j >= a and syls[j].text == ";" and all(
        syls[i].text not in ".!?" or i in marks.in_trig for i in range(a, b)  # "TS." is no stop
    ):
        return True
    # "…; B, …, cùng các đồng chí trong Ban Thường vụ Tỉnh ủy: C, …": a sub-list opened by a
    # colon, with no verb of its own
    if (
        j >= a
        and syls[j].text == ":"
        and (syls[a].text in (",", ";") or syls[a].low == "và")  # "A, … và các Phó Chủ tịch: B, C"
        and not _roles_in(marks, a, b)
        and all(syls[i].text not in ".!?;" or i in marks.in_trig for i in range(a + 1, b))
    ):
        return True
    k = a
    saw_sep = False
    while k < b:
        s = syls[k]
        if s.low in ("các", "những") and k == b - 1 and saw_sep:
            k += 1  # "A và các Phó Giám đốc Sở – B, C"
        elif s.text == ")" and k == a:
            k += 1  # "A (Phó Chủ tịch UBND xã) và B (…) dự": the title's parenthesis closes
        elif s.text in (";", ",") or s.low in ("và", "cùng"):
            saw_sep = True  # "A, … cùng đồng chí B, … trao quà"
            k += 1
        elif k in marks.trig:
            k = marks.trig[k]
        elif s.text == "(" and _after_aside(syls, marks, k) > k:
            k = _after_aside(syls, marks, k)  # "A, … (thứ hai từ phải) và B, …"
        else:
            return False
    return saw_sep


def _parse_title(text: str, syls: Sequence[Syl], marks: _Marks, t: _Title) -> dict[str, Any]:
    """The parse of a title: ``position`` (its head), ``organization`` (the organ it names,
    from the organ's first word to the end of the title, level and place included, a term
    such as "khóa IX" left out: "Trưởng Ban Dân vận Trung ương" and "Chánh Văn phòng Ban
    Dân vận Trung ương" both give "Ban Dân vận Trung ương"), ``level`` (from the organ, a
    level word, or else the expanded form: "TUV" → "Tỉnh ủy viên" → tỉnh) and
    ``canonical`` (abbreviations expanded)."""
    start, end = syls[t.a].start, syls[t.b - 1].end
    surface = text[start:end]
    canonical = expand_abbreviations(surface)
    position = text[start : syls[t.pos_end - 1].end]
    org_at = _organ_start(syls, marks, t)
    organization = None
    level = None
    if org_at is not None:
        e = t.b
        for k in range(org_at + 1, t.b):
            if syls[k].low in ("khóa", "khoá", "nhiệm") or syls[k].text in (",", "("):
                e = k  # "… tỉnh Bình Dương khóa IX": the term is no part of the organ
                break
        organization = text[syls[org_at].start : syls[e - 1].end]
        org_end = marks.org.get(org_at, org_at + 1)
        level = _organ_level(text[syls[org_at].start : syls[org_end - 1].end])
    if level is None:
        for k in range(t.a, t.b):
            if k in marks.lvl:
                lvl = levels().get(text[syls[k].start : syls[marks.lvl[k] - 1].end].lower())
                lvl = lvl or levels().get(syls[k].text)
                if lvl:
                    level = lvl
    if organization is None or level is None:
        # an abbreviated title ("TUV", "UVBTV", "T.Ư"): read its expanded form
        organ, lvl = _organ_in(canonical)
        organization = organization or organ
        level = level or lvl
    return {
        "start": start,
        "end": end,
        "position": position,
        "organization": organization,
        "level": level,
        "canonical": canonical,
        "key": _title_key(text, syls, t),
    }


def _organ_start(syls: Sequence[Syl], marks: _Marks, t: _Title) -> int | None:
    """Where the organ of a title starts: an organ that begins inside the position head and
    runs past it ("Trưởng [Ban Dân vận …]"), else the first organ after the head ("Chánh
    Văn phòng [Ban Dân vận …]", "Bí thư [Tỉnh ủy]"), else one that ends the head ("Thường
    trực [Ban Bí thư]", "Trưởng [Công an] xã")."""
    inside = [k for k in range(t.a + 1, t.pos_end) if k in marks.org]
    over = next((k for k in inside if marks.org[k] > t.pos_end), None)
    if over is not None:
        return over
    after = next(
        (k for k in range(t.pos_end, t.b) if k in marks.org or _organ_abbreviation(syls[k].text)),
        None,
    )
    if after is not None:
        return after
    return inside[0] if inside else None


@lru_cache(maxsize=256)
def _organ_abbreviation(word: str) -> bool:
    """Whether ``word`` abbreviates an organ ("BCH", "UBMTTQ", "LĐLĐ")."""
    full = abbreviations().get(word)
    return full is not None and _organ_pattern().match(full) is not None


@lru_cache(maxsize=1)
def _level_pattern() -> regex.Pattern[str]:
    """Level words (any case) and organs that imply a level (as written in ``organs.tsv``,
    so that "vụ" in "Nội vụ" is no "Vụ")."""
    lvl = "|".join(alternation([w]) for w in sorted(levels(), key=len, reverse=True) if w)
    org = "|".join(
        alternation([o]) for o in sorted(organs(), key=len, reverse=True) if organs()[o]
    )
    return regex.compile(rf"(?<![\p{{L}}])(?:(?i:{lvl})|{org})(?![\p{{L}}])")


@lru_cache(maxsize=1)
def _organ_pattern() -> regex.Pattern[str]:
    alt = "|".join(alternation([w]) for w in sorted(organs(), key=len, reverse=True) if w)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])")


@lru_cache(maxsize=1024)
def _organ_in(canonical: str) -> tuple[str | None, str | None]:
    """(organ, level) read from a title's expanded form, for titles whose surface names
    neither ("TUV" → "Tỉnh ủy viên" → Tỉnh ủy, tỉnh)."""
    organ = _organ_pattern().search(canonical)
    level = None
    for m in _level_pattern().finditer(canonical):
        word = m.group(0).lower()
        level = _organ_level(word) or levels().get(word) or levels().get(m.group(0))
        if level:
            break
    return (organ.group(0) if organ else None), level


@lru_cache(maxsize=1)
def _organ_levels() -> dict[str, str]:
    return {k.lower(): v for k, v in organs().items()}


def _organ_level(organ: str) -> str | None:
    return _organ_levels().get(organ.lower()) or None


@lru_cache(maxsize=1)
def _abbr_pattern() -> regex.Pattern[str]:
    keys = sorted(abbreviations(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(map(regex.escape, keys)) + r")(?![\p{L}\d])")


def expand_abbreviations(text: str) -> str:
    """Replace every abbreviation of ``abbreviations.tsv`` by its expansion."""
    return _abbr_pattern().sub(lambda m: abbreviations()[m.group(0)], text)


# --- other facts -----------------------------------------------------------------------------


def _organizations(text: str, syls: Sequence[Syl], marks: _Marks) -> list[dict[str, Any]]:
    out = []
    for a, b in sorted(marks.org.items()):
        if not _CAP.match(syls[a].text):
            continue
        e = b
        while e < len(syls) and (e in marks.org or e in marks.lvl) and e not in marks.pos:
            e = max(marks.org.get(e, e + 1), marks.lvl.get(e, e + 1))
        surface = text[syls[a].start : syls[e - 1].end]
        out.append(
            {"start": syls[a].start, "end": syls[e - 1].end, "canonical": expand_abbreviations(surface)}
        )
    return _dedupe_spans(out)


def _locations(
    text: str,
    syls: Sequence[Syl],
    marks: _Marks,
    name_starts: set[int],
    names: Sequence[_Name] = (),
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    # a place inside a person's name ("Trương Hòa Bình") or an organ's own name ("Ủy ban
    # MTTQ Việt Nam tỉnh", "Đoàn TNCS Hồ Chí Minh") is no location of its own
    inside = _merged(
        [(syls[nm.a].start, syls[nm.b - 1].end) for nm in names]
        + [(syls[a].start, syls[b - 1].end) for a, b in marks.org.items()]
    )
    inside_starts = [a for a, _ in inside]
    level_ends = {syls[b - 1].end for b in marks.lvl.values()}
    for a, b in sorted(marks.lvl.items()):
        if levels().get(syls[a].low) == "trung ương" or syls[a].low == "trung":
            continue  # "Trung ương" is a level of government, not a place
        e = _cap_run_end(syls, marks, b, 4, stop=name_starts, sent=marks.sent[a])
        if e > b:
            out.append({"start": syls[a].start, "end": syls[e - 1].end, "canonical": None})
    m: regex.Match[str]
    for m in _place_pattern().finditer(text):
        i = bisect_right(inside_starts, m.start()) - 1
        if i >= 0 and m.end() <= inside[i][1]:
            continue
        # "phong cách Hồ Chí Minh" is a person; "thành phố Hồ Chí Minh" is read above
        if m.group(0) in historical_names() and _level_before(text, m.start(), level_ends) is None:
            continue
        out.append({"start": m.start(), "end": m.end(), "canonical": m.group(0)})
    return _dedupe_spans(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _level_before(text: str, start: int, level_ends: set[int]) -> int | None:
    """The end of the level word right before ``start`` (spaces between), if any."""
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j if j in level_ends else None


@lru_cache(maxsize=1)
def _place_pattern() -> regex.Pattern[str]:
    names = sorted(location_names(), key=len, reverse=True)
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, names)) + r")(?!\p{L})")


def _dedupe_spans(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    items.sort(key=lambda d: (d["start"], -d["end"]))
    out: list[dict[str, Any]] = []
    for d in items:
        if out and d["start"] < out[-1]["end"]:
            continue
        out.append(d)
    return out


def _credit_value(kind: str, line: str) -> str:
    """The name in a removed credit line: what follows its colon ("Tin, ảnh: Phạm Chuẩn"),
    else, for a photo credit or a source, what follows its first word ("Ảnh L.N",
    "Theo baoquangtri.vn"); a byline is the name itself. The words of these lines are
    known to the chrome rules (``chrome.tsv``), not here."""
    if ":" in line:
        return line.rsplit(":", 1)[1].strip(" )")
    if kind in ("photo_credit", "source"):
        parts = line.split(None, 1)
        return parts[1].strip(" )") if len(parts) > 1 else ""
    return line


def _authors(removed: Sequence[tuple[str, str]]) -> tuple[list[str], str | None]:
    authors: list[str] = []
    source = None
    for kind, raw in removed:
        if kind == "source":
            source = _credit_value(kind, raw.strip(" \t\n\u00a0()")) or source
        elif kind in ("byline", "photo_credit"):
            lines = [ln.strip(" \t\u00a0()") for ln in raw.strip().splitlines()]
            lines = [ln for ln in lines if ln]
            if not lines:
                continue
            first = _credit_value(kind, lines[0])
            if kind == "byline" and len(lines) > 1 and len(lines[0].split()) == 1:
                first = " ".join(lines[:2]) if len(lines[1].split()) <= 3 else first
            first = first.split(",")[0].strip()
            if first and first not in authors:
                authors.append(first)
    return authors, source


_HEADLINE_SKIP = regex.compile(
    r"^(?:Trang thông tin|Cổng thông tin|Thời sự|Tin tức|Chi tiết|Xuất bản|Trang chủ)"
    r"|\d{1,2}/\d{1,2}/\d{4}|^Thứ|^Chủ nhật|@|Hotline",
    regex.I,
)


def _headline(text: str) -> str | None:
    for line in text.split("\n")[:8]:
        line = line.strip()
        words = line.split()
        if 4 <= len(words) <= 40 and not _HEADLINE_SKIP.search(line) and not line.endswith("."):
            return line
    return None


def _event_kind(syls: Sequence[Syl], marks: _Marks) -> str | None:
    if not marks.event:
        return None
    a = min(marks.event)
    return " ".join(s.low for s in syls[a : marks.event[a]])


@lru_cache(maxsize=1)
def _named_organs() -> frozenset[str]:
    return frozenset(o.lower() for o in named_organs())


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


def _organizer(text: str, syls: Sequence[Syl], marks: _Marks) -> str | None:
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
            _CAP.match(syls[a].text) and (a in marks.org or _body_before_organ(syls, marks, a, end))
        ):
            a += 1
        if a < end:
            return text[syls[a].start : syls[end - 1].end]
    return None


@lru_cache(maxsize=1)
def _organizer_bodies() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(w.lower().split()) for w in event_words().get("organizer_bodies", [])
    )


def _body_before_organ(syls: Sequence[Syl], marks: _Marks, a: int, end: int) -> bool:
    """Whether a standing body of ``events.yaml`` ("Thường trực") starts at ``a`` and an
    organ follows it before ``end``."""
    for size in (4, 3, 2, 1):
        words = tuple(s.low for s in syls[a : a + size])
        if len(words) == size and words in _organizer_bodies():
            return a + size < end and (a + size) in marks.org and bool(_CAP.match(syls[a].text))
    return False


def _organ_word(syls: Sequence[Syl], marks: _Marks, k: int) -> bool:
    s = syls[k]
    if (k in marks.pos and k not in marks.in_org) or k in marks.trig:
        return False
    return bool(_CAP.match(s.text)) or k in marks.covered or s.low in title_words()


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


def _event_location(text: str, sentences: Sequence[tuple[int, int]]) -> str | None:
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
    words = event_words()
    return (*words["kinds"], *words["not_venues"])


@lru_cache(maxsize=1)
def _dotted() -> frozenset[str]:
    return frozenset(dotted_abbreviations())


def _dotted_period(syls: Sequence[Syl], k: int) -> bool:
    """Whether syllable ``k`` is the period of a dotted abbreviation ("TP.", "Q.", "TS.")
    written right after it."""
    return (
        syls[k].text == "."
        and k > 0
        and syls[k - 1].end == syls[k].start
        and syls[k - 1].text in _dotted()
    )


@lru_cache(maxsize=1)
def _position_tuples() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(s.low for s in syllables(p)) for p in positions())


def _predicate_title(
    syls: Sequence[Syl], marks: _Marks, k: int, name_starts: set[int]
) -> _Title | None:
    """A position held by the predicate after a mention: "làm" ("(đoàn) do đồng chí A, Bí
    thư Huyện ủy làm Trưởng đoàn", "… làm trưởng đoàn", in either case) or "(được bầu) giữ
    chức (vụ/danh)" ("bầu ông A giữ chức Chủ tịch Hội")."""
    n = len(syls)
    j = k
    if j + 1 < n and syls[j].text == "," and syls[j + 1].low == "làm":
        j += 1  # "do đồng chí A, Phó Trưởng ban, làm trưởng đoàn"
    if j + 1 < n and syls[j].low == "tái" and syls[j + 1].low == "cử":
        j += 2  # "ông A tái cử Phó Chủ tịch" (re-elected)
        if j < n and j in marks.pos:
            return _read_title(syls, marks, j, name_starts)
    if j < n and syls[j].low == "được":  # "được bầu (làm)", "được hiệp thương cử"
        j += 1
        while j < n and j - k < 5 and syls[j].text.islower() and syls[j].low not in ("giữ", "làm"):
            j += 1
    if j + 2 < n and syls[j].low == "giữ" and syls[j + 1].low == "chức":
        k = j + 1  # "… (được bầu) giữ chức (vụ/danh) Chủ tịch …"
        if syls[j + 2].low in ("vụ", "danh"):
            k += 1
    elif j < n and syls[j].low == "làm":
        k = j
    elif j > k and j < n and syls[j - 1].low in ("cử", "bầu") and j in marks.pos:
        k = j - 1  # "được (tái) cử Phó Chủ tịch", "được bầu Chủ tịch"
    else:
        return None
    if k + 1 >= n or marks.sent[k + 1] != marks.sent[k]:
        return None
    if (k + 1) in marks.pos:
        t = _read_title(syls, marks, k + 1, name_starts)
        if t is None:
            return None
        # "giữ chức Phó Chủ tịch … khóa XIV": the term is the election's, not the title's
        cut = next((j for j in range(t.pos_end, t.b) if syls[j].low in ("khóa", "khoá")), t.b)
        return t if cut == t.b else _Title(t.a, cut, t.pos_end)
    for size in (4, 3, 2):
        words = tuple(s.low for s in syls[k + 1 : k + 1 + size])
        if len(words) == size and words in _position_tuples():
            return _Title(k + 1, k + 1 + size, k + 1 + size)
    return None


def _words_by_sentence(
    words: Words, sentences: Sequence[tuple[int, int]]
) -> Callable[[int], dict[int, int]]:
    """A function from a sentence's index to {end: start} of its words, computed (and kept)
    the first time that sentence is asked for."""
    if not callable(words):
        everything = {b: a for a, b in words}
        return lambda si: everything
    cache: dict[int, dict[int, int]] = {}

    def of(si: int) -> dict[int, int]:
        if si not in cache:
            cache[si] = {b: a for a, b in words(*sentences[si])} if si < len(sentences) else {}
        return cache[si]

    return of


def _names_after_places(
    text: str,
    syls: Sequence[Syl],
    marks: _Marks,
    names: list[_Name],
    words_of: Callable[[int], dict[int, int]],
) -> list[_Name]:
    """Where underthesea's segmentation splits a capitalized run that follows a title or a
    level word into a place of two or more syllables and a word of 2–5 syllables ending the
    run ("Chủ tịch UBND huyện | Mai Sơn | Lò Văn Sơn", "Bí thư Huyện ủy | Thuận Châu | Cầm
    Văn Chính"), the name is that last word. A name after a trigger, and a one-syllable
    prefix (a rare family name the segmenter splits off, "Hạng | Dương Thành"), stay as
    they are. The words are asked for only where the other conditions hold."""
    start_of: dict[int, int] | None = None
    out = []
    for nm in names:
        r0 = nm.a
        while (
            r0 > 0
            and _NAME_SYL.match(syls[r0 - 1].text)
            and (r0 - 1) not in marks.covered
            and marks.sent[r0 - 1] == marks.sent[nm.a]
            and _RUN_GAP.match(text[syls[r0 - 1].end : syls[r0].start])
        ):
            r0 -= 1
        if (
            nm.b - r0 < 4  # room for a place of two syllables and a name of two
            or r0 == 0
            or (r0 - 1) not in marks.covered
            or (r0 - 1) in marks.trig
            or nm.triggered
        ):
            out.append(nm)
            continue
        w0 = words_of(marks.sent[nm.b - 1]).get(syls[nm.b - 1].end)
        if start_of is None:
            start_of = {s.start: k for k, s in enumerate(syls)}
        k = start_of.get(w0) if w0 is not None else None
        if k is None or k == nm.a or not r0 + 2 <= k <= nm.b - 2 or nm.b - k > 5:
            out.append(nm)
            continue
        out.append(_Name(k, nm.b, _join(text, syls, k, nm.b), False, nm.official))
    return out
