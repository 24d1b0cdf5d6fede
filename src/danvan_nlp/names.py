"""Person names: where a name starts and ends among the syllables.

Takes: the text, its syllables and their :class:`~danvan_nlp.marks.Marks`. Returns the
names (:class:`Name`: syllable span, text, whether a trigger such as "đồng chí" introduced
it, whether it is an official's).

How: capitalized syllable runs give name candidates; a family name (``surnames.tsv``) or a
trigger fixes where the name starts, and places, unit names and syllables the data files
mark (positions, organs, level words) are left out. The names listed right after an
official's are officials too (:func:`official_lists`); underthesea's words, where given,
tell where a name starts after a place (:func:`names_after_places`).

Layer: imports :mod:`danvan_nlp.marks` (marks ← names ← titles ← roles, entities, event ←
officials).

Public: :func:`find_names`, :func:`official_lists`, :func:`names_after_places`,
:func:`words_by_sentence`, :func:`name_run_at`, :class:`Name`, ``Words``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from danvan_nlp.marks import (
    DASHES,
    NAME_SYL,
    RUN_GAP,
    Marks,
    Syl,
    cap_run_end,
    is_surname,
    lower_surname,
    organ_level,
)
from danvan_nlp.resources import (
    gazetteer,
    historical_names,
    middle_names,
    namesake_names,
    official_triggers,
    place_names,
    subunit_words,
)

__all__ = [
    "Name", "Words", "find_names", "name_run_at", "names_after_places", "official_lists",
    "words_by_sentence",
]


#: underthesea's words: their spans, or a function from a sentence span to its words' spans
Words = Sequence[tuple[int, int]] | Callable[[int, int], Sequence[tuple[int, int]]]


_APOS_NAME = regex.compile(r"^\p{Lu}[’']\p{Lu}\p{Ll}{1,6}$")  # "K'Bình", "K’Sớ"


@dataclass(frozen=True)
class Name:
    """A name found in the text: its syllable span and text, and how it was introduced."""

    a: int  # first syllable index
    b: int  # end (exclusive)
    text: str
    triggered: bool
    official: bool = False  # after "đồng chí": an official even without a title


def _runs(text: str, syls: Sequence[Syl], sent_of: Sequence[int]) -> list[tuple[int, int]]:
    """The runs of capitalized syllables that may hold a name: one or two spaces (or one
    line break) between them, all in one sentence."""
    runs = []
    i = 0
    n = len(syls)
    while i < n:
        if not NAME_SYL.match(syls[i].text):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and NAME_SYL.match(syls[j].text)
            and RUN_GAP.match(text[syls[j - 1].end : syls[j].start])
            and sent_of[j] == sent_of[j - 1]
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _preceded_by_trigger(marks: Marks, a: int) -> bool:
    """Whether a name trigger ("đồng chí", "ông") ends at syllable ``a``."""
    return a in marks.trig_by_end


def find_names(text: str, syls: Sequence[Syl], marks: Marks, sent_of: Sequence[int]) -> list[Name]:
    """The person names of the text, in text order: in each capitalized run, from a
    trigger or a family name on, places, unit names and marked words left out."""
    places = place_names()
    runs = _runs(text, syls, sent_of)
    _release_given_names(syls, marks, runs)
    place_ends = _place_word_ends(syls, marks)
    # "ông nguyễn Hòa Hiệp": a family name in lower case after a trigger opens the run
    lower_at = {b for b in marks.trig_by_end if b < len(syls) and lower_surname(syls, b)}
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
            if r1 - start >= 4 and is_surname(syls[start + 2].text):
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
            titled = r1 + 1 < len(syls) and syls[r1].text in (",", *DASHES) and (r1 + 1) in marks.pos
            for k in range(start, r1 - 1):
                rare = k == start and (after_title or titled)
                if (is_surname(syls[k].text, rare=rare) or _surname_before_thi(syls, k)) and (
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
        out.append(Name(chosen, r1, name, triggered and chosen == start, official))
    return out


_LIST_JOINS = ((",",), ("và",), (",", "và"))


def official_lists(syls: Sequence[Syl], marks: Marks, names: list[Name]) -> list[Name]:
    """The names listed right after an official one ("các đồng chí A, B và C") are
    officials too, with or without a title."""
    out: list[Name] = []
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


def _namesake_person(marks: Marks, name: str, a: int) -> bool:
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
    return bool(NAME_SYL.match(syls[k].text)) and bool(NAME_SYL.match(syls[k + 2].text)) and (
        syls[k].end == syls[k + 1].start - 1 and syls[k + 1].end == syls[k + 2].start - 1
    )


def _before_middle_name(syls: Sequence[Syl], a: int, b: int) -> int:
    """Where the name starts when a later family name of the run ``a``..``b`` is followed by
    a middle name ("Trường THCS Kim Đồng | Lê Thị Hạnh", "Công ty Hoàng Long | Nguyễn Văn
    Thái"); else ``a``."""
    for j in range(b - 2, a + 1, -1):
        if syls[j].text in middle_names() and is_surname(syls[j - 1].text, rare=False):
            return j - 1
    return a


def _release_given_names(
    syls: Sequence[Syl], marks: Marks, runs: Sequence[tuple[int, int]]
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
            is_surname(syls[j].text) and (k - j >= 2 or j in marks.trig_by_end)
            for j in range(r0, k)
        ):
            continue
        marks.lvl.pop(k, None)
        marks.org.pop(k, None)
        marks.covered.discard(k)
        marks.lvl_ends.discard(k + 1)
        marks.named_ends.discard(k + 1)


def _place_word_ends(syls: Sequence[Syl], marks: Marks) -> set[int]:
    """Where a unit name may start: after a level word ("huyện", "xã", "phường") or an
    organ that implies a level ("Huyện ủy", "Đảng ủy")."""
    ends = set(marks.lvl_ends)
    for a, b in marks.org.items():
        if organ_level(" ".join(s.text for s in syls[a:b])):
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
        if rest == 0 or (rest >= 2 and is_surname(syls[a + size].text)):
            return a + size
    return a


def _list_item_name(syls: Sequence[Syl], marks: Marks, a: int, b: int) -> bool:
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
    """The syllables ``a``..``b`` joined by single spaces."""
    return " ".join(s.text for s in syls[a:b])


def name_run_at(syls: Sequence[Syl], marks: Marks, k: int) -> Name | None:
    """A name of 2–5 capitalized syllables starting at ``k`` (a list member, where the
    family name need not be a known one)."""
    e = cap_run_end(syls, marks, k, 6)
    if not 2 <= e - k <= 5:
        return None
    name = " ".join(s.text for s in syls[k:e])
    if name in place_names() or name in historical_names():
        return None
    return Name(k, e, name, True)


def words_by_sentence(
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


def names_after_places(
    text: str,
    syls: Sequence[Syl],
    marks: Marks,
    names: list[Name],
    words_of: Callable[[int], dict[int, int]],
) -> list[Name]:
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
            and NAME_SYL.match(syls[r0 - 1].text)
            and (r0 - 1) not in marks.covered
            and marks.sent[r0 - 1] == marks.sent[nm.a]
            and RUN_GAP.match(text[syls[r0 - 1].end : syls[r0].start])
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
        out.append(Name(k, nm.b, _join(text, syls, k, nm.b), False, nm.official))
    return out
