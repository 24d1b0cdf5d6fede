"""Stage 4 — dates: every date expression, normalized; publication and event date.

Takes: the normalized text, its sentence spans and an optional ISO publication date.
Returns: a plain dict (normalized offsets)::

    {"items": [{"start", "end", "value", "kind", "part_of_day", "role", "corrected"}],
     "published": ISO | None, "event_date": ISO | None, "warnings": [str]}

Values use the corpus formats: "2020", "2020-12", "2020-12-31", "2021-01-13T17:05",
intervals "2020-07/2020-12" and terms "2020/2025"; a year that the text does not give is
"XXXX" ("XXXX-09-29", SCHEMA v2). The surface patterns live in ``data/dates.yaml``; this
module holds one small handler per pattern family, the anchoring of partial dates (year
from the publication date, else the text's own evidence: :func:`_infer_year`), lunar
dates (lunar-vn, Vietnamese calendar), clock times joined to their clause, and the choice
of publication and event date. dateparser resolves relative words ("hôm qua") against the
publication date.

Public function: :func:`find_dates`; :func:`parse_dates` is the pure core.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex

from danvan_nlp.resources import date_words
from danvan_nlp.text import alternation

__all__ = ["DateMatch", "choose_event", "find_dates", "parse_dates"]

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
    corrected: str | None = None  # the event date this expression stands for, if it differs


@dataclass(frozen=True)
class _Pattern:
    name: str
    handler: str
    kind: str
    regex: regex.Pattern[str]
    anywhere: bool  # may match where there is no digit
    requires: tuple[str, ...]  # runs only if the text holds one of these (lower-cased)
    reach: int  # how far from its nearest digit a match may start


def _canchi_regex() -> str:
    data = date_words()
    branches = [*map(str, data["branches"]), *map(str, data["branch_variants"])]
    return (
        "(?:" + "|".join(map(regex.escape, data["stems"])) + r")\s+(?:"
        + "|".join(map(regex.escape, branches)) + r")(?!\p{L})"
    )


@lru_cache(maxsize=1)
def _compiled() -> tuple[_Pattern, ...]:
    data = date_words()
    vocab: dict[str, str] = dict(data["vocab"])
    vocab["canchi"] = _canchi_regex()
    heads = sorted(map(str, data["named_day_heads"]), key=len, reverse=True)
    vocab["named_head"] = "(?:" + alternation(heads) + ")"
    bare = sorted(map(str, data["bare_named_days"]), key=len, reverse=True)
    alt = alternation(bare)
    vocab["bare_named"] = "(?:" + alt + r")(?!\p{L})"
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
                int(p.get("reach", _WINDOW)),
            )
        )
    return tuple(out)


_DIGITS = regex.compile(r"\d+")
_WINDOW = 40  # longer than a pattern's reach from its nearest digit, unless it says `reach`
_MERGE_GAP = 40  # windows closer than this are scanned as one (fewer regex calls; measured)


def _digit_windows(text: str, reach: int = _WINDOW) -> list[tuple[int, int]]:
    """Disjoint spans of ``text`` within ``reach`` of a digit: dates live there."""
    spans: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if spans and a <= spans[-1][1] + _MERGE_GAP:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _candidates(text: str) -> list[DateMatch]:
    found: list[tuple[int, int, int, DateMatch]] = []
    windows: dict[int, list[tuple[int, int]]] = {}
    low = text.lower()
    for order, pat in enumerate(_compiled()):
        if pat.requires and not any(w in low for w in pat.requires):
            continue
        if not pat.anywhere and pat.reach not in windows:
            windows[pat.reach] = _digit_windows(text, pat.reach)
        regions = [(0, len(text))] if pat.anywhere else windows[pat.reach]
        for lo, hi in regions:
            for m in pat.regex.finditer(text, lo, hi):
                if m.end() <= m.start():
                    continue
                groups = {k: v for k, v in m.groupdict().items()}
                groups["_handler"] = pat.handler
                if pat.handler in _CHECKED and _HANDLERS[pat.handler](groups, _UNKNOWN_YEAR) is None:
                    continue  # not a date in any year ("31/2", "ngày 5 và 9/10"): shorter ones may be
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
    if g.get("H") is not None:
        hour = int(g["H"] or 0)
        half = (g.get("ampm") or " ")[0].lower()  # "2:05 PM", "12:10 AM", "2:05 CH" (chiều)
        if half in ("p", "c") and hour < 12:
            hour += 12
        elif half in ("a", "s") and hour == 12:
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
    if g.get("and") and int(g["d"] or 0) - d1 != 1:
        return None  # "ngày 8 và 15/10" is two days, not a span
    return f"{_iso(y, m, d1)}/{end[0]}", end[1]


def _h_day_list(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    """ "các ngày 8, 9 và 10/10": consecutive days are one span; a list with gaps is not."""
    end = _h_dmy(g, year)
    if end is None or not g.get("d1"):
        return None
    days = [int(g["d1"] or 0), *map(int, regex.findall(r"\d+", g.get("mid") or "")), int(g["d"] or 0)]
    if any(b - a != 1 for a, b in pairwise(days)):
        return None
    y, m = int(end[0][:4]), int(end[0][5:7])
    if not _valid(y, m, days[0]):
        return None
    return f"{_iso(y, m, days[0])}/{end[0]}", end[1]


def _h_span(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    """ "từ ngày 28/10 đến 2/11/2024": both ends carry their month; the end's year (or the
    anchor) dates the start, one year earlier when the start's month comes later."""
    end = _h_dmy(g, year)
    if end is None:
        return None
    y2, m2 = int(end[0][:4]), int(end[0][5:7])
    d1, m1 = int(g["d1"] or 0), int(g["m1"] or 0)
    y1 = _int(g.get("y1")) or (y2 if m1 <= m2 else y2 - 1)
    if not _valid(y1, m1, d1) or date(y1, m1, d1) >= date(y2, m2, int(end[0][8:10])):
        return None
    return f"{_iso(y1, m1, d1)}/{end[0]}", end[1]


def _h_month(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    m = int(g["m"] or 0)
    y = _int(g.get("y")) or year
    if not 1 <= m <= 12 or y is None:
        return None
    return f"{y:04d}-{m:02d}", g.get("y") is not None


def _h_month_range(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    m1, m2 = int(g["m1"] or 0), int(g["m"] or 0)
    y = _int(g.get("y")) or year
    if y is None or not 1 <= m1 < m2 <= 12:
        return None
    return _months(y, m1, m2), g.get("y") is not None


def _canchi_index(name: str) -> int | None:
    """Position 0..59 of a can chi year name in the cycle (Giáp Tý = 0), or None."""
    data = date_words()
    words = name.lower().split()
    if len(words) != 2:
        return None
    stems = [str(w) for w in data["stems"]]
    branches = [str(w) for w in data["branches"]]
    branch = str(data["branch_variants"].get(words[1], words[1]))
    if words[0] not in stems or branch not in branches:
        return None
    s, b = stems.index(words[0]), branches.index(branch)
    return next(i for i in range(60) if i % 10 == s and i % 12 == b) if (s - b) % 2 == 0 else None


def canchi_year(name: str, near: int) -> int | None:
    """The latest year named ``name`` ("Giáp Thìn") up to the year after ``near``."""
    idx = _canchi_index(name)
    if idx is None:
        return None
    base = near - ((near - 1984) % 60) + idx  # 1984 is Giáp Tý
    return max(y for y in (base - 60, base, base + 60) if y <= near + 1)  # this Tết or a past one


def lunar_to_solar(day: int, month: int, year: int) -> date | None:
    """Solar date of a lunar date of the Vietnamese calendar (lunar-vn, UTC+7)."""
    try:
        from lunar_vn import convert_lunar_to_solar

        return convert_lunar_to_solar(day, month, year, 0, 7.0)
    except Exception:  # out of range, or no such day: not a date
        return None


def _h_lunar(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    if year is None:
        return None
    months: Mapping[str, int] = date_words()["lunar_months"]
    lm_word = (g.get("lm") or "").lower()
    month = 1 if g.get("tet") else int(months.get(lm_word, 0)) or _int(lm_word) or 0
    day = 15 if g.get("full") else _int(g.get("ld")) or 0
    cc = g.get("cc")
    if cc:
        named = canchi_year(" ".join(cc.split()), year)
        if named is None:
            return None
        year = named
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    solar = lunar_to_solar(day, month, year)
    return (solar.isoformat(), False) if solar is not None else None


def _h_clock(g: Mapping[str, str | None], year: int | None) -> tuple[str, bool] | None:
    return None  # joined to the date of its clause in _join_clocks


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
    if (g.get("which") or "").lower() == "cuối":
        return _months(y, 13 - n, 12), g.get("y") is not None
    return _months(y, 1, n), g.get("y") is not None  # "đầu năm", or "9 tháng năm 2024"


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


_CHECKED = frozenset({
    "dmy", "day_range", "day_list", "span", "month", "month_range", "quarter", "part_of_year", "term",
})
_HANDLERS: dict[str, Handler] = {
    "dmy": _h_dmy,
    "day_range": _h_day_range,
    "day_list": _h_day_list,
    "month": _h_month,
    "quarter": _h_quarter,
    "part_of_year": _h_part_of_year,
    "term": _h_term,
    "year": _h_year,
    "relative": _h_relative,
    "span": _h_span,
    "month_range": _h_month_range,
    "lunar": _h_lunar,
    "clock": _h_clock,
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
    if _stamp_cue().search(before) or _stamp_cue().search(before + text[dm.start : dm.start + 4]):
        return True  # "Ngày đăng: 12/3/2025", "Đăng ngày 12/3/2025 lúc 10h15"
    if _byline_labelled().fullmatch(before) and (_STAMP_LINE_REST.match(after) or _stamp_tail().match(after)):
        return True  # "Bài và ảnh: Minh Anh | 12/03/2025"
    lead = bool(
        _STAMP_LINE_REST.match(before) or _stamp_tail().fullmatch(before)
        or _weak_stamp_cue().fullmatch(before)
        or (dm.kind == "datetime" and _byline_before().fullmatch(before) is not None)
    )
    if _DATELINE_BEFORE.fullmatch(before) and _STAMP_LINE_REST.match(after):
        return True  # a dateline alone on its line: "Quảng Ngãi, 05/10/2025"
    return lead and bool(
        _STAMP_LINE_REST.match(after) or regex.match(r"^\s?[-|]", after)
        or _stamp_tail().match(after)
        or (dm.kind == "datetime" and _BYLINE.fullmatch(after) is not None)
    )


@lru_cache(maxsize=1)
def _weak_stamp_cue() -> regex.Pattern[str]:
    """A label that opens a stamp line only when the line holds nothing else ("Ngày: …")."""
    cues = sorted(date_words()["stamp_cues_alone"], key=len, reverse=True)
    alt = alternation(cues, r"[^\S\n]+")
    return regex.compile(rf"[^\S\n]*(?:{alt})[^\S\n]?:[^\S\n]*", regex.I)


_NAME_WORDS = r"\p{Lu}[\p{L}\p{M}.]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.]*){0,5}[^\S\n]*[-–|][^\S\n]*"


@lru_cache(maxsize=1)
def _byline_before() -> regex.Pattern[str]:
    """A byline before a date-and-time: "Hoàng Lâm - 11/10/2024 16:45", "Tác giả: Lê Na | …"."""
    data = date_words()
    labels = alternation([*data["byline_labels"], *data["byline_labels_before_time"]], r"[^\S\n]+")
    return regex.compile(rf"[^\S\n]*(?:(?i:{labels})[^\S\n]*:?[^\S\n]*)?{_NAME_WORDS}")


@lru_cache(maxsize=1)
def _byline_labelled() -> regex.Pattern[str]:
    """A labelled byline before a date alone: "Bài & ảnh: Minh Anh | 12/03/2025", "Tác giả:
    Lê Na - …"."""
    data = date_words()
    gap = r"[^\S\n]*"
    joiners = alternation(data["byline_photo_joiners"], gap)
    photos = alternation(data["byline_photo_words"], gap)
    labels = alternation(data["byline_labels"], r"[^\S\n]+")
    return regex.compile(
        rf"{gap}(?i:(?:{labels})(?:{gap}(?:{joiners}){gap}(?:{photos}))?){gap}:{gap}{_NAME_WORDS}"
    )


# a place before a date that is alone on its line: "Quảng Ngãi, 05/10/2025", "TP.HCM, 3/4/2025"
_DATELINE_BEFORE = regex.compile(
    r"[^\S\n]*\p{Lu}[\p{L}\p{M}.]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.]*){0,3}[^\S\n]*,[^\S\n]*"
)


# a short byline after a date-and-time: "21/08/2024 08:27 Nguyễn Văn A"
_BYLINE = regex.compile(r"[^\S\n]+\p{Lu}[\p{L}\p{M}.]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.]*){0,5}[^\S\n]*")


@lru_cache(maxsize=1)
def _stamp_tail() -> regex.Pattern[str]:
    """A view counter beside a stamp: "21/08/2024 08:27 120 lượt xem", "Lượt xem: 120"."""
    words = "|".join(map(regex.escape, sorted(date_words()["stamp_tails"], key=len, reverse=True)))
    count = rf"(?:\d[\d.,]*[^\S\n]*(?:{words})(?!\p{{L}})|(?:{words})[^\S\n]*:?[^\S\n]*\d[\d.,]*)"
    return regex.compile(rf"^[^\S\n|·-]*[|·-]?[^\S\n]*{count}[^\S\n]*[|·-]?[^\S\n]*", regex.I)


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


_UNKNOWN_YEAR = 2000  # a leap year: stands for "XXXX" while a value is built


@lru_cache(maxsize=1)
def _cue(key: str) -> regex.Pattern[str]:
    """Any of the ``key`` words of dates.yaml, as whole syllables."""
    words = sorted(map(str, date_words()[key]), key=len, reverse=True)
    alt = alternation(words)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt})(?![\p{{L}}\p{{M}}])", regex.I)


_CLAUSE_START = regex.compile(r"[.;!?\n]")


def _clause_before(text: str, pos: int, limit: int = 120) -> str:
    """The text of the clause before ``pos`` (back to the last . ; ! ? or line break)."""
    lo = max(0, pos - limit)
    window = text[lo:pos]
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    return window[cut:]


def _is_doc_date(text: str, d: DateMatch) -> bool:
    return bool(_doc_ref().search(_ref_window(text, d.start)))


_DAY_MONTH = regex.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")


def _ref_window(text: str, pos: int, reach: int = 60) -> str:
    """The ``reach`` characters before ``pos``, cut after the last day-month in them: in
    "Thực hiện Kế hoạch số 12-KH/TU ngày 5/3/2024 của Tỉnh ủy, sáng 12/3, …" the document
    owns its own date, not the next one."""
    window = text[max(0, pos - reach) : pos]
    cut = max((m.end() for m in _DAY_MONTH.finditer(window)), default=0)
    return window[cut:]


def _pairs(text: str, items: list[DateMatch]) -> dict[int, bool]:
    """Starts of the dates of an anniversary pair "(15/10/1930 – 15/10/2024)": two full
    dates joined by a dash; True for the first (founding) date."""
    out: dict[int, bool] = {}
    days = [d for d in items if d.kind in ("date", "datetime") and d.explicit_year and d.value]
    for x, y in pairwise(days):
        if regex.fullmatch(r"[^\S\n]?[-–—][^\S\n]?", text[x.end : y.start]):
            out.setdefault(x.start, True)
            out[y.start] = False
    return out


def _vote(years: list[int]) -> int | None:
    """The most frequent year; between equals, the latest."""
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


@lru_cache(maxsize=1)
def _anniversary_patterns() -> tuple[
    regex.Pattern[str], tuple[tuple[int, regex.Pattern[str], tuple[str, ...]], ...]
]:
    from danvan_nlp.resources import founding_days

    heads = alternation(date_words()["anniversary_heads"])
    count = regex.compile(
        rf"(?<![\d.,])(?P<n>\d{{1,4}})\s+năm\s+(?P<rest>(?:{heads})(?![\p{{L}}])[^\d\n;(]{{0,100}})",
        regex.I,
    )
    keys = tuple(
        (int(iso[:4]), regex.compile(rf"(?<!\p{{L}}){regex.escape(k)}(?!\p{{L}})"), unless)
        for iso, ks, unless in founding_days()
        for k in ks
    )
    return count, keys


def _anniversary_years(text: str, items: list[DateMatch]) -> list[int]:
    """ "kỷ niệm 94 năm Ngày thành lập Mặt trận …" -> 1930 + 94 (founding_days.yaml)."""
    count, keys = _anniversary_patterns()
    out = []
    for m in count.finditer(text):
        rest = " ".join(m.group("rest").lower().split())
        best: tuple[int, int] | None = None
        for year, key, unless in keys:
            hit = key.search(rest)
            if hit is None or any(rest.startswith(u, hit.start()) for u in unless):
                continue
            if best is None or hit.start() < best[0]:
                best = (hit.start(), year)
        if best is not None:
            out.append(best[1] + int(m.group("n")))
    return out


@lru_cache(maxsize=1)
def _implementation() -> regex.Pattern[str]:
    verbs = alternation(sorted(date_words()["implementation_verbs"], key=len, reverse=True))
    return regex.compile(rf"(?<![\d.,])(?P<n>\d{{1,2}})\s+năm\s+(?:{verbs})(?!\p{{L}})", regex.I)


def _review_years(text: str, items: list[DateMatch]) -> list[int]:
    """Years that the text's own context gives the event (issue 12, item 1): the end of a
    reviewed period, Y + N for "tổng kết N năm thực hiện <document of year Y>", a year
    after its lunar name at a Tết visit, and the anniversaries of founding days."""
    out = []
    review = _cue("review_words")
    for d in items:
        if (d.kind == "term" and d.value and not regex.match(r"nhiệm", d.groups.get("cue") or "", regex.I)
                and review.search(_clause_before(text, d.start, 160))):
            out.append(int(d.value[5:9]))  # "sơ kết … giai đoạn 2020-2022": held in 2022
        elif d.pattern == "canchi_year" and d.value:
            out.append(int(d.value))
    dated = [
        d for d in items
        if d.explicit_year and d.value and d.kind in ("date", "datetime", "year", "month")
    ]
    starts = [d.start for d in dated]
    for m in _implementation().finditer(text):
        i = bisect_left(starts, m.end())
        nxt = dated[i] if i < len(dated) else None
        if nxt is not None and nxt.start - m.end() <= 160 and "\n" not in text[m.end() : nxt.start]:
            out.append(int(nxt.value[:4]) + int(m.group("n")))  # type: ignore[index]
    out.extend(_anniversary_years(text, items))
    return out


def _plain_years(
    text: str, items: list[DateMatch], month: int | None, span: tuple[int, int] = (0, 1 << 62)
) -> list[int]:
    """Years, months and spans with an explicit year inside ``span``, outside cited
    documents. By the nearest cue before it, the year of reported results moves to the next
    year for an event early in the year, a plan's year to the year before for an event
    late in the year."""
    words = date_words()
    review, plan = _cue("review_words"), _cue("plan_words")
    out = []
    for d in items:
        if not d.value or not d.explicit_year or d.kind not in ("year", "month", "interval"):
            continue
        if d.pattern == "canchi_year" or _is_doc_date(text, d) or not span[0] <= d.start < span[1]:
            continue
        y = int(d.value[:4])
        before = _clause_before(text, d.start)
        r = max((m.end() for m in review.finditer(before)), default=-1)
        p = max((m.end() for m in plan.finditer(before)), default=-1)
        if month is not None and max(r, p) >= 0:
            if r > p and month <= int(words["review_months_next_year"]):
                y += 1
            elif p > r and month >= int(words["plan_months_previous_year"]):
                y -= 1
        out.append(y)
    return out


def _event_day(text: str, items: list[DateMatch]) -> DateMatch | None:
    """The first year-less day that may be the event's (for the year rules)."""
    for d in items:
        if d.value is None and d.kind == "date" and d.groups.get("m") and not _skip_for_event(text, d):
            m = _int(d.groups.get("m"))
            if m is not None and 1 <= m <= 12:
                return d
    return None


def _clause_of(text: str, pos: int, reach: int = 400) -> tuple[int, int]:
    """The stretch around ``pos`` up to the nearest ".", "!", "?" or line break on either
    side (at most ``reach`` characters): what the year rules read around a date. Not the
    tokenizer's sentence, which a dotted abbreviation or an item number does not end."""
    lo = max(0, pos - reach)
    a = max((m.end() for m in regex.finditer(r"[.!?\n]", text[lo:pos])), default=0) + lo
    m_end = regex.search(r"[.!?\n]", text[pos : pos + reach])
    return a, pos + (m_end.start() if m_end else min(reach, len(text) - pos))


def _infer_year(text: str, items: list[DateMatch]) -> tuple[int | None, str]:
    """The event's year from the text's own evidence, strongest kind first (SCHEMA v2,
    conventions 4 and 9): a full date of the body (not a cited document, a deadline or the
    founding date of an anniversary pair); the article's context (_review_years); then the
    years it mentions (_plain_years); a term's first year ("nhiệm kỳ 2025-2030" congress).
    None when nothing decides."""
    pairs = _pairs(text, items)
    full = [
        int(d.value[:4]) for d in items
        if d.value and d.explicit_year and d.role != "widget"
        and (d.kind in ("date", "datetime") or (d.kind == "interval" and len(d.value) == 21))
        and not _is_doc_date(text, d) and not _deadline().search(text[max(0, d.start - 30) : d.start])
        and not pairs.get(d.start, False) and not _is_founding_day(d.value)
    ]
    context = _vote(_review_years(text, items))
    if full and (context is None or context <= max(full)):
        return max(full), "a full date of the text"
    if context is not None:  # later than any full date: those are history ("ngày 2/9/1945")
        return context, "the article's context"
    ev = _event_day(text, items)
    month = _int(ev.groups.get("m")) if ev is not None else None
    if ev is not None:
        year = _vote(_plain_years(text, items, month, _clause_of(text, ev.start)))
        if year is not None:
            return year, "the years of the event's sentence"
    year = _vote(_plain_years(text, items, month))
    if year is not None:
        return year, "the years the article mentions"
    year = _year_after_document(text, items, ev)
    if year is not None:
        return year, "a document cited with the event"
    terms = [int(d.value[:4]) for d in items if d.value and d.kind == "term" and _congress_term(text, d)]
    if terms:
        return max(terms), "a term"
    return None, ""


def _is_founding_day(value: str) -> bool:
    """A full date that is a well-known founding day ("Ngày 2/9/1945, Chủ tịch Hồ Chí Minh
    đọc Tuyên ngôn Độc lập") is history, no evidence of the article's year."""
    from danvan_nlp.resources import founding_days

    return any(value[:10] == iso for iso, _keys, _unless in founding_days())


def _year_after_document(text: str, items: list[DateMatch], ev: DateMatch | None) -> int | None:
    """ "Thực hiện Kế hoạch số 12-KH/TU ngày 5/3/2024 …, sáng 12/3, …": a document cited in
    the event's own sentence, dated at most EVENT_WINDOW_DAYS before the event's day, dates
    it (the first such day on or after the document). An older document only bounds it."""
    if ev is None:
        return None
    d, m = _int(ev.groups.get("d")), _int(ev.groups.get("m"))
    lo, _ = _clause_of(text, ev.start)
    for doc in items:
        if not (lo <= doc.start < ev.start) or doc.kind != "date" or not doc.explicit_year:
            continue
        issued = _to_date(doc.value or "")
        if issued is None or d is None or m is None or not _is_doc_date(text, doc):
            continue
        for y in (issued.year, issued.year + 1):
            if _valid(y, m, d) and 0 <= (date(y, m, d) - issued).days <= EVENT_WINDOW_DAYS:
                return y
    return None


def _congress_term(text: str, d: DateMatch) -> bool:
    """A term dates the article only as the term of a congress held at it ("Đại hội … lần
    thứ X, nhiệm kỳ 2024-2029", convention 9): the clause before the term names a congress
    that is not a cited document ("Nghị quyết Đại hội …"). A committee's mid-term meeting
    ("khoá XXIV, nhiệm kỳ 2020-2025", "Hội nghị lần thứ 15") may fall in any year of it."""
    before = _clause_before(text, d.start, 240)
    for m in _cue("congress_words").finditer(before):
        if not _doc_ref().search(before[max(0, m.start() - 40) : m.start()]):
            return True
    return False


def _unknown_year(value: str) -> str:
    return value.replace(f"{_UNKNOWN_YEAR:04d}-", "XXXX-")


def _resolve_relative(
    items: list[DateMatch], anchor: date | None, warnings: list[str] | None = None
) -> list[DateMatch]:
    if anchor is None:
        if warnings is not None and any(d.pattern == "relative" for d in items):
            warnings.append("relative dates ('hôm qua', 'sáng nay') not resolved: no date to count from")
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

    # 3) anchor partial dates: the publication date, else the text's own evidence, else
    #    the year stays unspecified ("XXXX-09-29", SCHEMA v2 convention 4)
    if pub_date is not None:
        ctx_year: int | None = pub_date.year
    else:
        ctx_year, _why = _infer_year(text, items)
    resolved: list[DateMatch] = []
    unknown: list[DateMatch] = []
    for d in items:
        if d.value is not None or d.pattern == "relative" or d.groups.get("_handler") == "clock":
            resolved.append(d)
            continue
        handler = _HANDLERS[str(d.groups["_handler"])]
        res = handler(d.groups, ctx_year if ctx_year is not None else _UNKNOWN_YEAR)
        if res is None:
            continue
        value = res[0]
        if ctx_year is None:
            if d.groups.get("_handler") == "lunar":
                continue
            value = _unknown_year(value)
            unknown.append(d)
        elif (pub_date and d.kind in ("date", "interval") and len(value) >= 10 and not d.groups.get("cc")
              and d.groups.get("_handler") not in ("quarter", "part_of_year")):
            # a day-month well after the publication day is last year's (a reported past
            # event); one in the next few months is this year's (a plan, a deadline "trước
            # ngày 25/12", a coming named day): the nearer of the two years
            first = _to_date(value)
            planned = _plan_cue().search(text[max(0, d.start - 30) : d.start])
            ahead = int(date_words()["future_days_planned" if planned else "future_days"])
            if first is not None and first > pub_date + timedelta(days=ahead):
                res_prev = handler(d.groups, pub_date.year - 1)
                if res_prev is not None:
                    value = res_prev[0]
        elif pub_date and d.groups.get("_handler") in ("quarter", "part_of_year"):
            # a year-less quarter or half-year still to come this year whose last year's
            # instance ended just before the publication day ("6 tháng cuối năm" reported in
            # early January) is last year's, unless a plan cue or "năm nay" / "tới" says so
            first = date(int(value[:4]), int(value[5:7]), 1)
            res_prev = handler(d.groups, pub_date.year - 1)
            planned = _plan_in_clause().search(_clause_before(text, d.start))
            if (res_prev is not None and first > pub_date and not planned
                    and not _this_year().match(text, d.end)):
                y, m = int(res_prev[0][-7:-3]), int(res_prev[0][-2:])
                ended = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
                if pub_date - ended <= timedelta(days=int(date_words()["recent_period_days"])):
                    value = res_prev[0]
        resolved.append(replace(d, value=value, explicit_year=False))
    if unknown:
        surfaces = ", ".join(repr(text[d.start : d.end]) for d in unknown[:5])
        warnings.append(
            f"the year of {surfaces} is not stated in the text (nor passed as `published`): "
            "kept as XXXX"
        )
    lunar_left = [d for d in items if d.value is None and d.groups.get("_handler") == "lunar"]
    if ctx_year is None and lunar_left:
        warnings.append(
            f"lunar date {text[lunar_left[0].start : lunar_left[0].end]!r} not converted: "
            "no year in the text"
        )
    anchor = pub_date or _first_full_date(resolved)
    resolved = _resolve_relative(resolved, anchor, warnings)

    # 4) weekday check
    for d in resolved:
        wd = _weekday_of(d.groups)
        day = _to_date(d.value) if d.value else None
        if wd is not None and day is not None and day.isoweekday() != wd:
            warnings.append(
                f"weekday of {text[d.start:d.end]!r} does not match {day.isoformat()} "
                f"(a {calendar.day_name[day.weekday()]})"
            )

    # 5) event date, then clock times joined to the date of their clause
    event, event_warn = choose_event(text, resolved, pub_date)
    warnings.extend(event_warn)
    if event is not None:
        corrected = event[1] if event[0].value and event[0].value[:10] != event[1][:10] else None
        resolved = [
            replace(d, role="event", corrected=corrected)
            if d.start == event[0].start and d.role is None else d
            for d in resolved
        ]
    resolved = _join_clocks(text, resolved, event[1] if event else None)
    facts = {
        "published": pub_value,
        "event_date": event[1] if event else None,
        "warnings": warnings,
    }
    return [d for d in resolved if d.value], facts


@lru_cache(maxsize=1)
def _this_year() -> regex.Pattern[str]:
    """A word right after a year-less period that keeps it in this year ("năm nay", "tới")."""
    words = alternation(date_words()["this_year_words"], r"[^\S\n]+")
    return regex.compile(rf"[^\S\n]+(?:{words})(?!\p{{L}})", regex.I)
_LIVE_BLOG = regex.compile(r"[^\S\n]*[:–-]")
# a clock time written as prose ("lúc 8 giờ 15 phút", "14h30"), not a bare "08:27" of
# page chrome: with no day in its sentence, it is the event's time
_PROSE_CLOCK = regex.compile(r"giờ|\dh|\dg|^(?:vào\s+)?lúc|^đúng", regex.I)


def _last_pod(clause: str) -> str | None:
    """The last part-of-day word of ``clause`` ("Chiều cùng ngày, lúc 2 giờ 30")."""
    words = "|".join(map(regex.escape, date_words()["parts_of_day"]))
    found = list(regex.finditer(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", clause, regex.I))
    return found[-1].group().lower() if found else None


def _join_clocks(text: str, items: list[DateMatch], event: str | None) -> list[DateMatch]:
    """A clock time takes the day of the nearest date of its sentence (before it, else
    after it); a live-blog heading at a line start ("8h00: Khai mạc …") takes the event
    day. A time with no day is dropped: "lúc 8 giờ" alone is no date."""
    days = [d for d in items if d.value and d.kind in ("date", "datetime", "interval")
            and d.groups.get("_handler") != "clock" and d.role not in ("published", "widget")
            and not _is_doc_date(text, d)]  # a cited document's day is no clock's
    starts = [d.start for d in days]
    out = []
    for d in items:
        if d.groups.get("_handler") != "clock":
            out.append(d)
            continue
        lo = max((m.end() for m in regex.finditer(r"[.!?\n]", text[max(0, d.start - 300) : d.start])),
                 default=0) + max(0, d.start - 300)
        m_end = regex.search(r"[.!?\n]", text[d.end : d.end + 300])
        hi = d.end + (m_end.start() if m_end else min(300, len(text) - d.end))
        i = bisect_left(starts, d.start)
        before = days[i - 1] if i > 0 and days[i - 1].start >= lo and days[i - 1].end <= d.start else None
        after = days[i] if i < len(days) and days[i].end <= hi else None
        day: str | None = None
        if event and (d.start == 0 or text[d.start - 1] == "\n") and _LIVE_BLOG.match(text, d.end):
            day = event
        elif before is not None:
            day = before.value
        elif after is not None:
            day = after.value
        elif event and _PROSE_CLOCK.search(text, d.start, d.end):
            # "Hội nghị khai mạc lúc 8 giờ 15 phút", "Chiều cùng ngày, lúc 14h30": the event's
            # time, unless its clause names an act that an earlier sentence dated ("Chiều 2/1,
            # Tỉnh đoàn ra quân …" … "Tại lễ ra quân, lúc 14h30, …")
            named = _day_of_named_act(text, days[max(0, i - 8) : i], text[lo : d.start], event)
            day = named.value if named is not None else event
            if named is not None:
                before = named
        if not day or len(day) < 10:
            continue
        hour, minute = int(d.groups.get("H") or 0), int(d.groups.get("M") or 0)
        half = (d.groups.get("ampm") or " ").lower()
        near = before if before is not None else after
        pod = near.part_of_day if near is not None else _last_pod(text[lo : d.start])
        if (half[0] in ("p", "c") or pod in ("chiều", "tối")) and hour < 12:
            hour += 12
        elif half[0] in ("a", "s") and hour == 12:
            hour = 0
        out.append(replace(d, value=f"{day[:10]}T{hour:02d}:{minute:02d}", explicit_year=False))
    return out


_WORD = regex.compile(r"\p{L}+")


def _day_of_named_act(text: str, days: list[DateMatch], clause: str, event: str) -> DateMatch | None:
    """The latest earlier day (not the event's) whose sentence shares a two-word phrase
    with ``clause`` — the words before a clock time that has no day of its own."""
    words = [w.lower() for w in _WORD.findall(clause)]
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    if not pairs:
        return None
    for d in reversed(days):
        if not d.value or len(d.value) < 10 or d.kind not in ("date", "datetime") or _is_doc_date(text, d):
            continue
        lo, hi = _clause_of(text, d.start)
        said = [w.lower() for w in _WORD.findall(text[lo:hi])]
        if pairs & {f"{a} {b}" for a, b in pairwise(said)}:
            return None if d.value[:10] == event[:10] else d
    return None


def _first_full_date(items: list[DateMatch]) -> date | None:
    for d in items:
        if d.value and d.kind in ("date", "datetime") and d.explicit_year and d.role != "widget":
            return _to_date(d.value)
    return None


@lru_cache(maxsize=1)
def _doc_ref() -> regex.Pattern[str]:
    """The end of a document reference right before a date: "Công văn … ngày", "số 12/UB
    ngày", "Nghị quyết 25-NQ/TW, ngày" (on the same line)."""
    words = alternation(date_words()["document_refs"], r"[^\S\n]+")
    code = r"\d+[-/](?-i:[\p{Lu}Đ]{1,8})(?:[-/](?-i:[\p{Lu}Đ]{1,8}))*"
    return regex.compile(
        rf"(?:(?<!\p{{L}})(?:{words})(?!\p{{L}})[^\S\n][^\n]{{0,40}}|(?<!\p{{L}})số[^\S\n]*\d[^\n]{{0,40}}"
        rf"|{code}[^\n]{{0,20}})\Z",
        regex.I | regex.V1,
    )


@lru_cache(maxsize=1)
def _plan_in_clause() -> regex.Pattern[str]:
    """A plan word anywhere in a clause ("sẽ hoàn thành trong quý IV", "nhiệm vụ 6 tháng cuối năm")."""
    data = date_words()
    words = alternation(sorted([*data["plan_cues"], *data["plan_words"]], key=len, reverse=True), r"[^\S\n]+")
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.I)


@lru_cache(maxsize=1)
def _plan_cue() -> regex.Pattern[str]:
    """A deadline or plan word right before a date ("trước ngày", "dự kiến vào")."""
    words = alternation(sorted(date_words()["plan_cues"], key=len, reverse=True), r"[^\S\n]+")
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?:[^\S\n]+vào)?[^\S\n]*\Z", regex.I)


@lru_cache(maxsize=1)
def _deadline() -> regex.Pattern[str]:
    words = "|".join(map(regex.escape, sorted(date_words()["deadline_words"], key=len, reverse=True)))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})[^\S\n]*\Z", regex.I)


def _skip_for_event(text: str, d: DateMatch) -> bool:
    """A date that is not the reported event's: a cited document's, a deadline, a named
    day ("Ngày Quốc tế Phụ nữ 8/3"), a clock time (joined later)."""
    if d.pattern in ("named_day", "named_day_bare", "clock", "clock_hour", "month_no_year", "month_range"):
        return True
    if d.value and d.explicit_year and _is_founding_day(d.value):
        return True  # "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc …": history
    before = text[max(0, d.start - 60) : d.start]
    start_time = _from_time().search(before) if d.kind == "datetime" else None
    if start_time is not None and text[d.start : d.start + 1].isdigit():
        before = before[: start_time.start()]  # "từ 7h ngày 3/10": a start time, no deadline
    return bool(_doc_ref().search(_ref_window(text, d.start)) or _deadline().search(before))


@lru_cache(maxsize=1)
def _from_time() -> regex.Pattern[str]:
    """A word right before a time that makes it a start time ("từ", "kể từ")."""
    words = alternation(sorted(date_words()["from_words"], key=len, reverse=True), r"[^\S\n]+")
    return regex.compile(rf"(?<!\p{{L}})(?:{words})[^\S\n]*\Z", regex.I)


def _short_span_start(value: str) -> date | None:
    """The first day of an interval of days that could be one event ("20-21/11/2025":
    at most a week), else None (months, quarters, long spans)."""
    first, _, last = value.partition("/")
    a, b = _to_date(first), _to_date(last)
    if a is None or b is None or len(first) != 10 or len(last) != 10:
        return None
    return a if 0 <= (b - a).days <= 7 else None


def choose_event(
    text: str, items: list[DateMatch], pub: date | None
) -> tuple[tuple[DateMatch, str], list[str]] | tuple[None, list[str]]:
    """The first day-precision date of the body (or the first day of a span of a few days,
    "Trong 2 ngày 20-21/11") that is not a stamp, a widget or the date
    of a cited document ("Công văn số … ngày 25/9/2020"). A date more than a few weeks
    away from the publication date is suspicious: warn, and use the same day in the
    publication year when that one is close."""
    pairs = _pairs(text, items)
    for d in items:
        if d.role in ("published", "widget") or d.kind not in ("date", "datetime", "interval"):
            continue
        if not d.value or d.start in pairs or _skip_for_event(text, d):
            continue
        if _is_stamp(text, d) and pub is None:
            continue
        if d.value.startswith("XXXX"):
            if d.kind != "interval" or _short_span_start(d.value.replace("XXXX", "2000")):
                return (d, d.value[:10]), []
            continue
        day = _to_date(d.value) if d.kind != "interval" else _short_span_start(d.value)
        if day is None:
            continue
        if pub is not None and day > pub + timedelta(days=1) and day.year == pub.year:
            continue  # after the publication date: a plan or a deadline, not the event
        if pub is not None and day > pub + timedelta(days=1) and _plan_not_typo(day, pub):
            continue  # a later year's day ("Ngày 1/7/2025 là thời điểm …"): no event either
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


def _plan_not_typo(day: date, pub: date) -> bool:
    """A day after the publication date whose year is not a slip for the publication's
    year (the same day in that year would not be within the event window before it)."""
    try:
        alt = day.replace(year=pub.year)
    except ValueError:
        return True
    return not (alt <= pub + timedelta(days=1) and (pub - alt).days <= EVENT_WINDOW_DAYS)


def find_dates(
    text: str, sentences: list[tuple[int, int]] | None = None, *, published: str | None = None
) -> dict[str, Any]:
    """The dates stage: see the module docstring for the returned dict. ``sentences`` is
    part of the stages' common signature; the date rules read the clause around each date
    (:func:`_clause_of`) instead, so a date stage run on any text gives the same items."""
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
                "corrected": d.corrected,
            }
            for d in items
        ],
        **facts,
    }
