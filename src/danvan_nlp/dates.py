"""Stage 4 — dates: every date expression, normalized; publication and event date.

Takes: the normalized text, its sentence spans and an optional ISO publication date.
Returns: a plain dict (normalized offsets)::

    {"items": [{"start", "end", "value", "kind", "part_of_day", "role"}],
     "published": ISO | None, "event_date": ISO | None, "warnings": [str]}

Values use the corpus formats: "2020", "2020-12", "2020-12-31", "2021-01-13T17:05",
intervals "2020-07/2020-12" and terms "2020/2025". The surface patterns live in
``data/dates.yaml``; this module holds one small handler per pattern family, the
anchoring of partial dates (year from the publication date, or the article's own years)
and the choice of publication and event date. dateparser resolves relative words
("hôm qua") against the publication date.

Public function: :func:`find_dates`; :func:`parse_dates` is the pure core.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import regex

from danvan_nlp.resources import date_words

__all__ = ["DateMatch", "find_dates", "parse_dates"]

EVENT_WINDOW_DAYS = 45


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    pattern: str
    kind: str
    groups: Mapping[str, str | None]
    value: str | None = None
    part_of_day: str | None = None
    role: str | None = None
    explicit_year: bool = True


@dataclass(frozen=True)
class _Pattern:
    name: str
    handler: str
    kind: str
    regex: regex.Pattern[str]
    anywhere: bool  # may match where there is no digit
    requires: tuple[str, ...]  # runs only if the text holds one of these (lower-cased)


@lru_cache(maxsize=1)
def _compiled() -> tuple[_Pattern, ...]:
    data = date_words()
    vocab: Mapping[str, str] = data["vocab"]
    placeholder = regex.compile(r"\{(" + "|".join(map(regex.escape, vocab)) + r")\}")
    out = []
    for p in data["patterns"]:
        # every date expression starts at a word start: saying so lets the engine skip
        # the inside of words at once (a third of the stage's time)
        src = r"(?<![\p{L}\p{M}\d])" + placeholder.sub(lambda m: vocab[m.group(1)], p["regex"])
        out.append(
            _Pattern(
                p["name"], p["handler"], p["kind"], regex.compile(src, regex.I | regex.V0),
                bool(p.get("anywhere", False)),
                tuple(str(w) for w in p.get("requires", ())),
            )
        )
    return tuple(out)


_DIGITS = regex.compile(r"\d+")
_WINDOW = 40  # longer than any pattern's reach from its nearest digit
_MERGE_GAP = 200  # windows closer than this are scanned as one (fewer regex calls)


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint spans of ``text`` within reach of a digit: dates live there."""
    spans: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if spans and a <= spans[-1][1] + _MERGE_GAP:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _candidates(text: str) -> list[DateMatch]:
    found: list[tuple[int, int, int, DateMatch]] = []
    windows = _digit_windows(text)
    low = text.lower()
    for order, pat in enumerate(_compiled()):
        if pat.requires and not any(w in low for w in pat.requires):
            continue
        regions = [(0, len(text))] if pat.anywhere else windows
        for lo, hi in regions:
            for m in pat.regex.finditer(text, lo, hi):
                if m.end() <= m.start():
                    continue
                groups = {k: v for k, v in m.groupdict().items()}
                groups["_handler"] = pat.handler
                found.append(
                    (m.start(), m.end(), order, DateMatch(m.start(), m.end(), pat.name, pat.kind, groups))
                )
    # longest first, then earliest pattern; keep the non-overlapping ones
    found.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken = bytearray(len(text))
    kept = []
    for a, b, _, dm in found:
        if taken.find(1, a, b) >= 0:
            continue
        taken[a:b] = b"\x01" * (b - a)
        kept.append(dm)
    kept.sort(key=lambda d: d.start)
    return kept


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _months(y: int, m1: int, m2: int) -> str:
    return f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}"


def _roman(q: str) -> int:
    roman: Mapping[str, int] = date_words()["roman"]
    return int(q) if q.isdigit() else int(roman[q.upper()])


# Each handler: (groups, anchor year) -> (value, explicit_year) or None when not a date.
Handler = Callable[[Mapping[str, str | None], int | None], tuple[str, bool] | None]


def _h_dmy(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    explicit = g.get("y") is not None
    y = _int(g.get("y")) or year
    if y is None or not g.get("d") or not g.get("m"):
        return None
    d, m = int(g["d"] or 0), int(g["m"] or 0)
    if not _valid(y, m, d):
        return None
    value = _iso(y, m, d)
    if g.get("H") is not None and g.get("M") is not None:
        hour = int(g["H"] or 0)
        half = (g.get("ampm") or " ")[0].lower()  # "2:05 PM", "12:10 AM"
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        value += f"T{hour:02d}:{int(g['M'] or 0):02d}"
    return value, explicit


def _h_day_range(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    end = _h_dmy(g, year)
    if end is None or not g.get("d1"):
        return None
    d1 = int(g["d1"] or 0)
    y, m = int(end[0][:4]), int(end[0][5:7])
    if not _valid(y, m, d1) or d1 >= int(g["d"] or 0):
        return None
    return f"{_iso(y, m, d1)}/{end[0]}", end[1]


def _h_month(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    m = int(g["m"] or 0)
    if not 1 <= m <= 12 or not g.get("y"):
        return None
    return f"{int(g['y'] or 0):04d}-{m:02d}", True


def _h_quarter(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    y = _int(g.get("y")) or year
    if y is None:
        return None
    q = _roman(g["q"] or "")
    return _months(y, 3 * q - 2, 3 * q), g.get("y") is not None


def _h_part_of_year(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    y = _int(g.get("y")) or year
    spelled = " ".join((g.get("nw") or "").lower().split())
    n = _int(g.get("n")) or int(date_words()["numbers"].get(spelled, 0))
    if y is None or not 1 <= n <= 11:
        return None
    if (g.get("which") or "").lower() == "đầu":
        return _months(y, 1, n), g.get("y") is not None
    return _months(y, 13 - n, 12), g.get("y") is not None


def _h_term(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    y1, y2 = int(g["y1"] or 0), int(g["y2"] or 0)
    if not 0 < y2 - y1 <= 10:
        return None
    return f"{y1}/{y2}", True


def _h_year(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    y = g.get("y")
    return (y, True) if y else None


def _h_relative(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    return None  # resolved against the publication date in _resolve_relative


_HANDLERS: dict[str, Handler] = {
    "dmy": _h_dmy,
    "day_range": _h_day_range,
    "month": _h_month,
    "quarter": _h_quarter,
    "part_of_year": _h_part_of_year,
    "term": _h_term,
    "year": _h_year,
    "relative": _h_relative,
}


def _part_of_day(text: str) -> str | None:
    low = text.lower()
    for pod in date_words()["parts_of_day"]:
        if regex.match(rf"(?:[^,]*,\s?)?{pod}(?!\p{{L}})", low):
            return str(pod)
    return None


def _weekday_of(g: Mapping[str, str | None]) -> int | None:
    wd = g.get("wd")
    if not wd:
        return None
    key = regex.sub(r"\s+", " ", wd.strip().lower())
    value = date_words()["weekdays"].get(key)
    return int(value) if value is not None else None


def _to_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- publication date -------------------------------------------------------------------


_LINE_WINDOW = 300


def _line_of(text: str, pos: int) -> tuple[int, int]:
    """The line around ``pos``, looking at most a few hundred characters either way (a
    longer line is no stamp line, and this keeps the stage linear on huge lines)."""
    lo = max(0, pos - _LINE_WINDOW)
    a = text.rfind("\n", lo, pos) + 1 or lo
    b = text.find("\n", pos, pos + _LINE_WINDOW)
    return a, (min(len(text), pos + _LINE_WINDOW) if b < 0 else b)


@lru_cache(maxsize=1)
def _stamp_cue() -> regex.Pattern[str]:
    cues = sorted(date_words()["stamp_cues"], key=len, reverse=True)
    return regex.compile(r"(?:" + "|".join(map(regex.escape, cues)) + r")\s?:?\s?$", regex.I)


_STAMP_LINE_REST = regex.compile(r"^[\s,|\-–:()\[\]]*$")


def _is_stamp(text: str, dm: DateMatch) -> bool:
    """A stamp is a full date that stands alone on its line (maybe after a cue such as
    "Ngày đăng:" and before a view counter), not a date inside a sentence."""
    if dm.kind not in ("date", "datetime") or not dm.explicit_year:
        return False
    if dm.groups.get("pod"):
        return False
    a, b = _line_of(text, dm.start)
    before, after = text[a : dm.start], text[dm.end : b]
    if _stamp_cue().search(before):
        return True
    return bool(_STAMP_LINE_REST.match(before)) and bool(
        _STAMP_LINE_REST.match(after) or regex.match(r"^\s?[-|]", after)
    )


def _choose_published(text: str, items: list[DateMatch]) -> tuple[DateMatch | None, list[DateMatch]]:
    """(publication stamp, clock widgets). A stamp on the first line followed by another
    stamp further down is the site's "today" clock, not the article's date."""
    stamps = [d for d in items if d.value and _is_stamp(text, d)]
    if not stamps:
        return None, []
    first_line_end = _line_of(text, 0)[1]
    widgets = []
    if len(stamps) > 1 and stamps[0].start < first_line_end:
        widgets.append(stamps[0])
        stamps = stamps[1:]
    cued = [s for s in stamps if _stamp_cue().search(text[_line_of(text, s.start)[0] : s.start])]
    return (cued or stamps)[0], widgets


# --- main ---------------------------------------------------------------------------------


def _context_year(items: list[DateMatch]) -> int | None:
    years = [int(d.value[:4]) for d in items if d.value and d.explicit_year and d.kind != "term"]
    if years:
        return max(years)
    terms = [int(d.value[:4]) for d in items if d.value and d.kind == "term"]
    return max(terms) if terms else None


def _resolve_relative(items: list[DateMatch], anchor: date | None) -> list[DateMatch]:
    if anchor is None:
        return [d for d in items if d.pattern != "relative"]
    out = []
    for d in items:
        if d.pattern != "relative":
            out.append(d)
            continue
        value = _dateparser_relative(d.groups.get("_text") or "", anchor)
        if value is not None:
            out.append(replace(d, value=value, explicit_year=False))
    return out


def _dateparser_relative(surface: str, anchor: date) -> str | None:
    """Resolve "hôm qua", "chiều nay" … with dateparser, RELATIVE_BASE = publication date."""
    words: Mapping[str, int] = date_words()["relative"]
    low = regex.sub(r"\s+", " ", surface.lower()).strip()
    key = next((w for w in sorted(words, key=len, reverse=True) if low.endswith(w)), None)
    if key is None:
        return None
    try:
        import dateparser

        base = datetime(anchor.year, anchor.month, anchor.day, 12, 0)
        parsed = dateparser.parse(
            key, languages=["vi"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        )
    except Exception:  # dateparser must not take a document down
        parsed = None
    if parsed is not None:
        return parsed.date().isoformat()
    return (anchor + timedelta(days=int(words[key]))).isoformat()


def parse_dates(text: str, published: str | None = None) -> tuple[list[DateMatch], dict[str, Any]]:
    """All date expressions of ``text`` with values; and the document-level facts."""
    raw = _candidates(text)
    warnings: list[str] = []
    # 1) explicit values first (no anchor needed)
    items: list[DateMatch] = []
    for d in raw:
        surface = text[d.start : d.end]
        groups = dict(d.groups)
        groups["_text"] = surface
        res = _HANDLERS[str(d.groups["_handler"])](groups, None)
        pod = _part_of_day(surface) if d.kind in ("date", "datetime") else None
        dm = replace(d, groups=groups, part_of_day=pod)
        if res is not None:
            dm = replace(dm, value=res[0], explicit_year=res[1])
        items.append(dm)

    # 2) publication date
    stamp, widgets = _choose_published(text, items)
    pub_value = published or (stamp.value if stamp else None)
    pub_date = _to_date(pub_value) if pub_value else None
    if stamp is not None and published is None:
        items = [replace(d, role="published") if d is stamp else d for d in items]
    for w in widgets:
        items = [replace(d, role="widget") if d is w else d for d in items]
        warnings.append(
            f"ignored page clock {text[w.start:w.end]!r}: a stamp further down is the "
            "article's own date"
        )

    # 3) anchor partial dates: publication date, else the article's own latest year
    ctx_year = pub_date.year if pub_date else _context_year(items)
    resolved: list[DateMatch] = []
    for d in items:
        if d.value is not None or d.pattern == "relative":
            resolved.append(d)
            continue
        res = _HANDLERS[str(d.groups["_handler"])](d.groups, ctx_year)
        if res is None:
            continue
        value = res[0]
        # a day-month after the publication day is last year's (reported past event)
        if pub_date and d.kind in ("date", "interval") and len(value) >= 10:
            first = _to_date(value)
            if first is not None and first > pub_date + timedelta(days=7):
                res_prev = _HANDLERS[str(d.groups["_handler"])](d.groups, pub_date.year - 1)
                if res_prev is not None:
                    value = res_prev[0]
        resolved.append(replace(d, value=value, explicit_year=False))
    anchor = pub_date or _first_full_date(resolved)
    resolved = _resolve_relative(resolved, anchor)

    # 4) weekday check
    for d in resolved:
        wd = _weekday_of(d.groups)
        day = _to_date(d.value) if d.value else None
        if wd is not None and day is not None and day.isoweekday() != wd:
            warnings.append(
                f"weekday of {text[d.start:d.end]!r} does not match {day.isoformat()} "
                f"(a {calendar.day_name[day.weekday()]})"
            )

    # 5) event date
    event, event_warn = _choose_event(text, resolved, pub_date)
    warnings.extend(event_warn)
    if event is not None:
        resolved = [
            replace(d, role="event") if d.start == event[0].start and d.role is None else d
            for d in resolved
        ]
    facts = {
        "published": pub_value,
        "event_date": event[1] if event else None,
        "warnings": warnings,
    }
    return [d for d in resolved if d.value], facts


def _first_full_date(items: list[DateMatch]) -> date | None:
    for d in items:
        if d.value and d.kind in ("date", "datetime") and d.explicit_year and d.role != "widget":
            return _to_date(d.value)
    return None


@lru_cache(maxsize=1)
def _doc_ref() -> regex.Pattern[str]:
    words = "|".join(map(regex.escape, date_words()["document_refs"]))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})\s[^\n]{{0,40}}$", regex.I)


@lru_cache(maxsize=1)
def _deadline() -> regex.Pattern[str]:
    words = "|".join(map(regex.escape, sorted(date_words()["deadline_words"], key=len, reverse=True)))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})\s*$", regex.I)


def _short_span_start(value: str) -> date | None:
    """The first day of an interval of days that could be one event ("20-21/11/2025":
    at most a week), else None (months, quarters, long spans)."""
    first, _, last = value.partition("/")
    a, b = _to_date(first), _to_date(last)
    if a is None or b is None or len(first) != 10 or len(last) != 10:
        return None
    return a if 0 <= (b - a).days <= 7 else None


def _choose_event(
    text: str, items: list[DateMatch], pub: date | None
) -> tuple[tuple[DateMatch, str], list[str]] | tuple[None, list[str]]:
    """The first day-precision date of the body (or the first day of a span of a few days,
    "Trong 2 ngày 20-21/11") that is not a stamp, a widget or the date
    of a cited document ("Công văn số … ngày 25/9/2020"). A date more than a few weeks
    away from the publication date is suspicious: warn, and use the same day in the
    publication year when that one is close."""
    for d in items:
        if d.role in ("published", "widget") or d.kind not in ("date", "datetime", "interval"):
            continue
        before = text[max(0, d.start - 60) : d.start]
        if not d.value or _doc_ref().search(before) or _deadline().search(before):
            continue
        if _is_stamp(text, d) and pub is None:
            continue
        day = _to_date(d.value) if d.kind != "interval" else _short_span_start(d.value)
        if day is None:
            continue
        if pub is not None and day > pub + timedelta(days=1) and day.year == pub.year:
            continue  # after the publication date: a plan or a deadline, not the event
        if pub is not None and abs((day - pub).days) > EVENT_WINDOW_DAYS:
            surface = text[d.start : d.end]
            try:
                alt = day.replace(year=pub.year)
            except ValueError:
                alt = None
            if alt is not None and abs((alt - pub).days) <= EVENT_WINDOW_DAYS:
                return (d, alt.isoformat()), [
                    f"event date {surface!r} is {abs((day - pub).days)} days from the "
                    f"publication date {pub.isoformat()}; using {alt.isoformat()} "
                    "(the year looks mistyped)"
                ]
            return (d, day.isoformat()), [
                f"event date {surface!r} is {abs((day - pub).days)} days from the "
                f"publication date {pub.isoformat()}"
            ]
        return (d, day.isoformat()), []
    return None, []


def find_dates(
    text: str, sentences: list[tuple[int, int]] | None = None, *, published: str | None = None
) -> dict[str, Any]:
    """The dates stage: see the module docstring for the returned dict."""
    items, facts = parse_dates(text, published)
    return {
        "items": [
            {
                "start": d.start,
                "end": d.end,
                "value": d.value,
                "kind": d.kind,
                "part_of_day": d.part_of_day,
                "role": d.role,
            }
            for d in items
        ],
        **facts,
    }
