"""Organizations, locations, authors and source, and the headline of an article.

Takes: the text, its syllables and :class:`~danvan_nlp.marks.Marks` (and the names found),
or the site chrome that normalization removed (bylines, photo credits, sources). Returns
spans ``{"start", "end", "canonical"}`` of organizations (:func:`find_organizations`) and
locations (:func:`find_locations`), the authors and the source (:func:`find_authors`), and
the headline (:func:`headline`).

How: an organization is an organ the data files mark, with the organs and level words after
it; a location is a level word and the capitalized words after it, or a place name of
``locations`` — neither inside a person's or an organ's name. Authors are read from the
removed credit lines.

Layer: imports :mod:`danvan_nlp.marks`, :mod:`danvan_nlp.names` and
:mod:`danvan_nlp.titles` (marks ← names ← titles ← roles, entities, event ← officials).

Public: :func:`find_organizations`, :func:`find_locations`, :func:`find_authors`,
:func:`headline`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import regex

from danvan_nlp.marks import CAP, Marks, Syl, cap_run_end
from danvan_nlp.names import Name
from danvan_nlp.resources import historical_names, levels, location_names
from danvan_nlp.titles import expand_abbreviations

__all__ = ["find_authors", "find_locations", "find_organizations", "headline"]


def find_organizations(text: str, syls: Sequence[Syl], marks: Marks) -> list[dict[str, Any]]:
    """The organizations: each capitalized organ the data files mark, with the organs
    and level words after it, abbreviations expanded in ``canonical``."""
    out = []
    for a, b in sorted(marks.org.items()):
        if not CAP.match(syls[a].text):
            continue
        e = b
        while e < len(syls) and (e in marks.org or e in marks.lvl) and e not in marks.pos:
            e = max(marks.org.get(e, e + 1), marks.lvl.get(e, e + 1))
        surface = text[syls[a].start : syls[e - 1].end]
        out.append(
            {"start": syls[a].start, "end": syls[e - 1].end, "canonical": expand_abbreviations(surface)}
        )
    return _dedupe_spans(out)


def find_locations(
    text: str,
    syls: Sequence[Syl],
    marks: Marks,
    name_starts: set[int],
    names: Sequence[Name] = (),
) -> list[dict[str, Any]]:
    """The locations: a level word and up to four capitalized syllables after it, and the
    place names of ``locations`` outside persons' and organs' names."""
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
        e = cap_run_end(syls, marks, b, 4, stop=name_starts, sent=marks.sent[a])
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
    """The place names of ``locations`` as one pattern, the longest first."""
    names = sorted(location_names(), key=len, reverse=True)
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, names)) + r")(?!\p{L})")


def _dedupe_spans(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items sorted by start, the longest first, without those overlapping an earlier one."""
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


def find_authors(removed: Sequence[tuple[str, str]]) -> tuple[list[str], str | None]:
    """(authors, source) read from the removed bylines, photo credits and source lines."""
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


def headline(text: str) -> str | None:
    """The headline: the first of the first eight lines that has 4–40 words, no date or
    site chrome and no closing full stop; None if none."""
    for line in text.split("\n")[:8]:
        line = line.strip()
        words = line.split()
        if 4 <= len(words) <= 40 and not _HEADLINE_SKIP.search(line) and not line.endswith("."):
            return line
    return None
