"""Title chains: the titles of the officials, read and parsed.

Takes: the text, its syllables, their :class:`~danvan_nlp.marks.Marks` and the starts of
the names. Returns the title chains (lists of :class:`Title`) read from the position heads,
the chain before and after each name, the titles a list of names shares, and the parse of
a title (:func:`parse_title`: position, organization, level, canonical form).

How: a title is read forward from a position head — capitalized words, abbreviations and
listed title words continue it; ",", "và", "kiêm" or "-" before another position head start
the next title of the chain. A chain attaches to the name it touches (before or after it);
a title before a colon, "gồm" or a dash is shared by the names listed after it.
:class:`Mention` (a name or a title, with its titles and roles) is defined here.

Layer: imports :mod:`danvan_nlp.marks` and :mod:`danvan_nlp.names` (marks ← names ←
titles ← roles, entities, event ← officials).

Public: :func:`read_chains`, :func:`chain_before`, :func:`chain_after`,
:func:`predicate_title`, :func:`shared_titles`, :func:`parse_title`, :func:`title_key`,
:func:`title_key_of`, :func:`bare_repeat`, :func:`expand_abbreviations`, :class:`Title`,
:class:`Mention`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from danvan_nlp.marks import ALLCAPS, CAP, DASHES, NAME_SYL, ROMAN, Marks, Syl, organ_level, syllables
from danvan_nlp.names import Name, name_run_at
from danvan_nlp.resources import (
    abbreviations,
    dotted_abbreviations,
    function_words,
    levels,
    organ_qualifiers,
    organs,
    place_names,
    position_qualifiers,
    positions,
    subunit_words,
    title_pairs,
    title_words,
    verbs_after_names,
)
from danvan_nlp.text import alternation, norm_text, strip_trailing_place

__all__ = [
    "Mention", "Title", "after_aside", "bare_repeat", "chain_after", "chain_before",
    "expand_abbreviations", "parse_title", "predicate_title", "read_chains",
    "shared_titles", "title_key", "title_key_of",
]


_DELIMS = frozenset({",", "-", "–", "—", "("})
_CONNECTORS = frozenset({"của", "tại", "và"})


@dataclass(frozen=True)
class Title:
    """A title: its syllable span and the end of its position head."""

    a: int
    b: int
    pos_end: int  # end of the position head


@dataclass
class Mention:
    """A mention of an official: a name (or a title alone), the titles attached to it and
    the roles read around it."""

    a: int  # first syllable (name or title)
    b: int  # end of the name (or the title)
    span_end: int  # end of attached titles
    name: str | None
    titles: list[Title]
    kind: str  # "name" | "title"
    sent: int
    roles_after: set[str] = field(default_factory=set)
    roles_before: set[str] = field(default_factory=set)
    lead: int = -1  # where the mention starts, titles before the name included

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.a


# --- reading a title chain from a position head -------------------------------------------


def read_chains(
    text: str, syls: Sequence[Syl], marks: Marks, name_starts: set[int]
) -> list[list[Title]]:
    """The title chains read from every position head not inside an earlier chain."""
    chains: list[list[Title]] = []
    k_done = -1
    for a in sorted(marks.pos):
        # "Thường vụ" in "thay mặt Ban Thường vụ Tỉnh ủy" is part of an organ, no title
        if a < k_done or a in marks.in_org:
            continue
        chain = _read_chain(text, syls, marks, a, name_starts)
        if chain:
            chains.append(chain)
            k_done = chain[-1].b
    return chains


def _read_chain(
    text: str, syls: Sequence[Syl], marks: Marks, a: int, name_starts: set[int]
) -> list[Title]:
    """The chain of titles from the position head at ``a``: titles joined by ",", "-",
    "và" or "kiêm" before another position head, and unknown segments between known titles."""
    chain: list[Title] = []
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
        if k + 1 < n and syls[k].text in (",", *DASHES):
            # "Bí thư Huyện ủy, QUV, Chủ tịch HĐND huyện": an unknown segment between
            # known titles stays in the chain
            e = _unknown_segment_end(syls, marks, k + 1, name_starts)
            if e is not None and syls[e].text in (",", *DASHES) and (e + 1) in marks.pos:
                chain.append(Title(k + 1, e, _unknown_head_end(marks, k + 1, e)))
                k = e + 1
                continue
        break
    return chain


def _next_persons_title(
    syls: Sequence[Syl], marks: Marks, a: int, k: int, name_starts: set[int]
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
    return a > 1 and syls[a - 1].text in (",", *DASHES) and bool(NAME_SYL.match(syls[a - 2].text))


def _read_title(
    syls: Sequence[Syl], marks: Marks, a: int, name_starts: set[int]
) -> Title | None:
    """The title read forward from the position head at ``a`` (None if none starts there):
    up to the end of the sentence, a new position head, or a word that continues no title."""
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
        if s.low == "khóa" and k + 1 < n and ROMAN.match(syls[k + 1].text):
            k += 2
            continue
        if k > pos_end and k + 1 < n and f"{s.low} {syls[k + 1].low}" in title_pairs():
            k += 2  # "Ngân hàng Chính sách xã hội chi nhánh tỉnh"
            continue
        unit_end = _numbered_unit_end(syls, k) if k > pos_end else None
        if unit_end is not None:
            k = unit_end  # "Học viện Chính trị khu vực III", "Chi bộ khu phố 5"
            continue
        if _dotted_period(syls, k) and k > pos_end and k + 1 < n and CAP.match(syls[k + 1].text):
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
                and CAP.match(syls[nxt].text)
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
            and not ALLCAPS.match(s.text)
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
    return Title(a, k, pos_end)


def _body_ok(syls: Sequence[Syl], marks: Marks, k: int, name_starts: set[int]) -> bool:
    """Whether syllable ``k`` continues a title: a capitalized word, an abbreviation, a
    listed title word or a marked word — not a name's start or a lower-case role verb."""
    s = syls[k]
    if k in name_starts:
        return False
    if k in marks.roles and not CAP.match(s.text):
        return False
    if CAP.match(s.text) or ALLCAPS.match(s.text):
        return True
    if s.low in title_words():
        return True
    if k in marks.covered and k not in marks.trig:
        return True
    # the second syllable of a capitalized word: "Sở Lao động", "Học viện" — but not a
    # verb after a place name ("… Thành ủy Hà Nội trao quyết định")
    prev = syls[k - 1].text if k > 0 else ""
    return (
        bool(NAME_SYL.match(prev))
        and s.text.isalpha()
        and s.low not in function_words()
        and s.low not in verbs_after_names()
        and marks.sent[k] == marks.sent[k - 1]
        and not _ends_with_place(syls, marks, k)
    )


def _ends_with_place(syls: Sequence[Syl], marks: Marks, k: int) -> bool:
    """Whether the capitalized run just before ``k`` is a place name (a known place, or
    a run right after a level word such as "tỉnh")."""
    a = k
    while a > 0 and k - a < 5 and NAME_SYL.match(syls[a - 1].text) and (a - 1) not in marks.covered:
        a -= 1
    if a == k:
        return False
    if a in marks.lvl_ends:
        return True
    return " ".join(x.text for x in syls[a:k]) in place_names()


@lru_cache(maxsize=1)
def _numbered_units() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The unit words below the commune and "khu vực", by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in (*subunit_words(), ("khu", "vực")):
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(units) for first, units in by_first.items()}


def _numbered_unit_end(syls: Sequence[Syl], k: int) -> int | None:
    """The end of a numbered unit at ``k`` that belongs to an organ's name: a unit word below
    the commune or "khu vực" and its number ("khu phố 5", "tổ 12", "khu vực III")."""
    if k >= len(syls):
        return None
    for words in _numbered_units().get(syls[k].low, ()):
        e = k + len(words)
        if e < len(syls) and tuple(s.low for s in syls[k:e]) == words and ROMAN.match(syls[e].text):
            return e + 1
    return None


def _title_ends_at(syls: Sequence[Syl], marks: Marks, k: int) -> bool:
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


def _closing_quote(syls: Sequence[Syl], marks: Marks, k: int) -> int | None:
    """The closing quote of a quoted name of at most 14 syllables opening at ``k`` ("“Dân
    vận khéo”", "“Toàn dân đoàn kết xây dựng đời sống văn hóa”")."""
    for j in range(k + 1, min(len(syls), k + 16)):
        if marks.sent[j] != marks.sent[k] or syls[j].text in (",", ";", ".", ":"):
            return None
        if syls[j].text in _CLOSE_QUOTES:
            return j if j > k + 1 else None
    return None


def _named_words_end(syls: Sequence[Syl], marks: Marks, k: int, name_starts: set[int]) -> int:
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
        and NAME_SYL.match(syls[j].text)
        and NAME_SYL.match(syls[j + 1].text)
        and marks.sent[j + 1] == marks.sent[j]
        and not any(x in name_starts or x in marks.pos or x in marks.trig for x in (j, j + 1))
    ):
        return j
    return k


@lru_cache(maxsize=1)
def _dotted() -> frozenset[str]:
    """The abbreviations written with a period (``dotted_abbreviations``)."""
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


def _unknown_segment_end(
    syls: Sequence[Syl], marks: Marks, k: int, name_starts: set[int]
) -> int | None:
    """Where a segment of at most eight words starting at ``k`` with a capital letter and
    ending at a separator ends — a segment of no verb, name, trigger, function word or
    other punctuation; None if there is none."""
    n = len(syls)
    if k >= n or not CAP.match(syls[k].text):
        return None
    j = k
    while j < n and syls[j].text not in (",", ";", *DASHES):
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


def _unknown_head_end(marks: Marks, a: int, b: int) -> int:
    """The position part of an unknown title segment: up to its first organ or level word."""
    return next((k for k in range(a + 1, b) if k in marks.org or k in marks.lvl), b)


# --- the chain before and after a name, the position a predicate gives --------------------


def chain_before(
    syls: Sequence[Syl],
    marks: Marks,
    chain_ending_at: dict[int, list[Title]],
    a: int,
    used: set[int],
) -> list[Title] | None:
    """The title chain that ends where the name starts ("Bí thư Tỉnh ủy Nguyễn Văn A",
    "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A")."""
    cands = [a]
    if a >= 2 and syls[a - 1].text in DASHES:
        cands.append(a - 1)  # "Giám đốc Sở Tư pháp – Lê Văn Toàn"
    t0 = marks.trig_by_end.get(a)
    if t0 is not None:
        cands.append(t0)
        if t0 > 0 and syls[t0 - 1].text in (",", *DASHES):
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


def chain_after(
    syls: Sequence[Syl],
    marks: Marks,
    chain_starting_at: dict[int, list[Title]],
    b: int,
    name_starts: set[int],
) -> list[Title] | None:
    """The title chain after the name ("Lê Văn A, Bí thư …"). A first segment that is no
    known title ("ĐUV", "UV BCH Đảng bộ tỉnh", a typo as in "Phó Bi thư Huyện ủy") is kept
    as a title of its own where a known title follows it after a separator."""
    b = after_aside(syls, marks, b)
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
    if syls[e].text in (",", *DASHES) and (e + 1) in chain_starting_at:
        return [Title(b + 1, e, head), *chain_starting_at[e + 1]]
    # an item of a list of people ("…; Lê Văn A, Trưởngb an Tuyên giáo Tỉnh ủy; …"): a
    # segment that names an organ is the item's title even when its head is misspelt
    name_a = b - 1
    while name_a > 0 and NAME_SYL.match(syls[name_a - 1].text) and name_a - 1 not in marks.covered:
        name_a -= 1
    if (
        syls[e].text == ";"
        and name_a > 0
        and syls[name_a - 1].text in (";", ":")
        and (head < e or (e == b + 2 and syls[b + 1].text in abbreviations()))
    ):
        return [Title(b + 1, e, head)]
    return None


def after_aside(syls: Sequence[Syl], marks: Marks, b: int) -> int:
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


def predicate_title(
    syls: Sequence[Syl], marks: Marks, k: int, name_starts: set[int]
) -> Title | None:
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
        return t if cut == t.b else Title(t.a, cut, t.pos_end)
    for size in (4, 3, 2):
        words = tuple(s.low for s in syls[k + 1 : k + 1 + size])
        if len(words) == size and words in _position_tuples():
            return Title(k + 1, k + 1 + size, k + 1 + size)
    return None


@lru_cache(maxsize=1)
def _position_tuples() -> frozenset[tuple[str, ...]]:
    """The positions of ``positions.tsv`` as tuples of lower-cased syllables."""
    return frozenset(tuple(s.low for s in syllables(p)) for p in positions())


# --- a title shared by the names of a list ------------------------------------------------


def shared_titles(
    syls: Sequence[Syl],
    marks: Marks,
    chains: list[list[Title]],
    mentions: list[Mention],
    names: Sequence[Name],
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
        dash = syls[end].text in DASHES
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
        members: list[Mention] = []
        seps = (",",) if dash or plural else (";", ",")
        bare_list = False  # bare names joined by "," or "và" so far
        while True:
            m = by_start.get(k) or (None if plural else by_lead.get(k))
            nm = name_at.get(k) or name_run_at(syls, marks, k)
            if m is None and nm is not None:
                m = Mention(nm.a, nm.b, nm.b, nm.text, [], "name", marks.sent[nm.a])
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


def _after_triggers(marks: Marks, k: int) -> int:
    """The syllable after the name triggers that start at ``k`` (``k`` if none)."""
    while k in marks.trig:
        k = marks.trig[k]
    return k


# --- parsing a title: position, organization, level, canonical form -----------------------


def parse_title(text: str, syls: Sequence[Syl], marks: Marks, t: Title) -> dict[str, Any]:
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
        level = organ_level(text[syls[org_at].start : syls[org_end - 1].end])
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
        "key": title_key(text, syls, t),
    }


def _organ_start(syls: Sequence[Syl], marks: Marks, t: Title) -> int | None:
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
    """The organs of ``organs.tsv`` as one pattern, the longest first."""
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
        level = organ_level(word) or levels().get(word) or levels().get(m.group(0))
        if level:
            break
    return (organ.group(0) if organ else None), level


@lru_cache(maxsize=1)
def _abbr_pattern() -> regex.Pattern[str]:
    """The abbreviations of ``abbreviations.tsv`` as one pattern, the longest first."""
    keys = sorted(abbreviations(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(map(regex.escape, keys)) + r")(?![\p{L}\d])")


def expand_abbreviations(text: str) -> str:
    """Replace every abbreviation of ``abbreviations.tsv`` by its expansion."""
    return _abbr_pattern().sub(lambda m: abbreviations()[m.group(0)], text)


# --- title keys: one position written two ways is one title -------------------------------


def title_key(text: str, syls: Sequence[Syl], t: Title) -> str:
    """The comparison form (:func:`title_key_of`) of the title ``t``."""
    return title_key_of(text[syls[t.a].start : syls[t.b - 1].end])


# a term after the organ ("… tỉnh Bình Dương khóa IX", "… nhiệm kỳ 2024-2029")
_TERM_SUFFIX = regex.compile(r"\s+(?:khóa|khoá|nhiệm\s+kỳ)\s+[\p{L}\d–—\- ]{1,20}$", regex.I)


@lru_cache(maxsize=4096)
def title_key_of(surface: str) -> str:
    """The comparison form of a title: as the scorer compares titles, and with the place
    name dropped before a term too, so "Chủ tịch Ủy ban MTTQ tỉnh Bình Dương khóa IX" is the
    same title as "Chủ tịch Ủy ban MTTQ tỉnh khóa IX"."""

    term = _TERM_SUFFIX.search(surface)
    if term is None:
        return norm_text(strip_trailing_place(surface))
    head = strip_trailing_place(surface[: term.start()])
    return norm_text(head + " " + term.group().strip())


def bare_repeat(text: str, parsed: dict[str, Any], earlier: Sequence[dict[str, Any]]) -> bool:
    """A later title that is only the head of one listed before ("Thứ trưởng Bộ Nội vụ A" …
    "Thứ trưởng A") is the same position written short: listed once, as it came first."""
    if text[parsed["start"] : parsed["end"]] != parsed["position"]:
        return False
    head = parsed["position"].lower()
    return any(
        t["position"].lower() == head and t["end"] - t["start"] > len(parsed["position"])
        for t in earlier
    )
