"""Knowledge as data: loaders for the TSV/YAML files in ``danvan_nlp/data``.

Each loader reads one file once (memoized), validates it and returns immutable values.
The files are documented in ``docs/data.md``; every file has a test of its own.

Takes: nothing (file names are fixed). Returns: tuples, frozensets and mappings.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import regex
import yaml

__all__ = [
    "ChromeRule",
    "abbreviations",
    "chrome_rules",
    "data_text",
    "date_words",
    "dotted_abbreviations",
    "event_words",
    "founding_days",
    "function_words",
    "gazetteer",
    "historical_names",
    "levels",
    "location_names",
    "lower_positions",
    "middle_names",
    "name_triggers",
    "named_organs",
    "official_triggers",
    "organs",
    "place_names",
    "position_qualifiers",
    "positions",
    "provinces",
    "rare_surnames",
    "read_tsv",
    "role_verbs",
    "subunit_words",
    "surname_prefixes",
    "surnames",
    "task_cues",
    "title_words",
    "verbs_after_names",
]


def data_text(name: str) -> str:
    """Return the text of ``danvan_nlp/data/<name>`` (NFC)."""
    raw = resources.files("danvan_nlp").joinpath("data", name).read_text(encoding="utf-8")
    return unicodedata.normalize("NFC", raw)


@cache
def read_tsv(name: str) -> tuple[MappingProxyType[str, str], ...]:
    """Rows of a TSV data file as read-only dicts; ``#`` lines are comments, first row is header."""
    lines = [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return ()
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{name}: row {n} has {len(cells)} cells, expected {len(header)}")
        rows.append(MappingProxyType({k: v.strip() for k, v in zip(header, cells, strict=True)}))
    return tuple(rows)


@cache
def _yaml(name: str) -> Any:
    return yaml.safe_load(data_text(name))


@dataclass(frozen=True)
class ChromeRule:
    kind: str
    action: str  # "span" | "rest"
    pattern: regex.Pattern[str]
    requires: tuple[str, ...] = ()  # run only if the text holds one of these


@cache
def chrome_rules() -> tuple[ChromeRule, ...]:
    rules = []
    for row in read_tsv("chrome.tsv"):
        if row["action"] not in ("span", "rest"):
            raise ValueError(f"chrome.tsv: unknown action {row['action']!r}")
        requires = tuple(w for w in row["requires"].split(",") if w)
        rules.append(
            ChromeRule(row["kind"], row["action"], regex.compile(row["pattern"], regex.M), requires)
        )
    return tuple(rules)


def _column(name: str, col: str) -> tuple[str, ...]:
    return tuple(r[col] for r in read_tsv(name))


@cache
def abbreviations() -> MappingProxyType[str, str]:
    """Abbreviation (as written, e.g. ``UBND``) → expansion."""
    return MappingProxyType({r["abbr"]: r["expansion"] for r in read_tsv("abbreviations.tsv")})


@cache
def dotted_abbreviations() -> tuple[str, ...]:
    """Abbreviations whose final period ends no sentence ("TS", "Tp" …, ``dotted.tsv``)."""
    return _column("dotted.tsv", "abbr")


@cache
def positions() -> tuple[str, ...]:
    """Position heads that start a title ("Phó Bí thư Thường trực", "Trưởng ban" …)."""
    return _column("positions.tsv", "position")


@cache
def lower_positions() -> frozenset[str]:
    """Staff posts that may be written in lower case after a name ("…, chuyên viên Ban …"),
    lower-cased."""
    return frozenset(r["position"].lower() for r in read_tsv("positions.tsv") if r["written"] == "lower")


@cache
def organs() -> MappingProxyType[str, str]:
    """Organ names ("Tỉnh ủy", "Ban Dân vận", "UBND" …) → the level they imply ('' if none)."""
    return MappingProxyType({r["organ"]: r["level"] for r in read_tsv("organs.tsv")})


@cache
def named_organs() -> frozenset[str]:
    """Organs whose name may hold lower-case words ("Hội đồng xét tặng …", "Câu lạc bộ …")."""
    return frozenset(r["organ"] for r in read_tsv("organs.tsv") if r["named"] == "yes")


@cache
def levels() -> MappingProxyType[str, str]:
    """Administrative level words ("tỉnh", "huyện", "TP" …) → level (trung ương/tỉnh/huyện/xã)."""
    return MappingProxyType({r["word"]: r["level"] for r in read_tsv("levels.tsv")})


@cache
def provinces() -> tuple[MappingProxyType[str, str], ...]:
    """Province-level units: name, kind (tỉnh/thành phố), era (both/pre2025/current)."""
    return read_tsv("provinces.tsv")


@cache
def place_names() -> frozenset[str]:
    """Proper names of places (provinces and extra places) that are never person names."""
    names = {r["name"] for r in provinces()}
    names.update(_column("places.tsv", "name"))
    return frozenset(names)


@cache
def location_names() -> frozenset[str]:
    """Proper names reported as locations: provinces and the places marked ``location``."""
    names = {r["name"] for r in provinces()}
    names.update(r["name"] for r in read_tsv("places.tsv") if r["location"] == "yes")
    return frozenset(names)


@cache
def surnames() -> frozenset[str]:
    """Vietnamese family names (first syllable of a personal name)."""
    return frozenset(r["surname"] for r in read_tsv("surnames.tsv") if r["kind"] == "name")


@cache
def rare_surnames() -> frozenset[str]:
    """Family names that are also common words or parts of place and company names ("Kim",
    "Hoa", "Viên"): they open a name only right after a title, an organ or a trigger."""
    return frozenset(r["surname"] for r in read_tsv("surnames.tsv") if r["kind"] == "rare")


@cache
def surname_prefixes() -> tuple[str, ...]:
    """Prefixes glued to the first part of a name ("H'" of "H'Yim"): a syllable that starts
    with one (and goes on with a capital) starts a name."""
    return tuple(r["surname"] for r in read_tsv("surnames.tsv") if r["kind"] == "prefix")


@cache
def middle_names() -> frozenset[str]:
    """The common middle names ("Văn", "Thị"): a family name comes right before them."""
    return frozenset(r["surname"] for r in read_tsv("surnames.tsv") if r["kind"] == "middle")


@cache
def subunit_words() -> frozenset[tuple[str, ...]]:
    """Words for the units below the commune ("thôn", "bản", "tổ dân phố" …), as lower-case
    syllable tuples (``subunits.tsv``)."""
    return frozenset(tuple(w.lower().split()) for w in _column("subunits.tsv", "word"))


@cache
def namesake_names() -> frozenset[str]:
    """The historical figures of kind ``national`` (``historical.tsv``): schools and streets
    are named after them, and living people bear some of their names too."""
    return frozenset(r["name"] for r in read_tsv("historical.tsv") if r["kind"] == "national")


@cache
def historical_names() -> frozenset[str]:
    """Historical figures (``historical.tsv``): never officials of the reported event, and
    places named after them ("Hồ Chí Minh") are locations only after a level word."""
    return frozenset(_column("historical.tsv", "name"))


@cache
def gazetteer() -> frozenset[str]:
    """Names of districts, communes and wards before and after 2025 (``gazetteer.tsv``) and
    of the provinces: read only where a level word or a place-taking organ ("huyện",
    "Huyện ủy") comes right before a capitalized run. Built on first use (about 9 000
    names)."""
    # read directly, not through the cached rows of read_tsv: only the names are kept
    lines = (ln for ln in data_text("gazetteer.tsv").splitlines() if ln and not ln.startswith("#"))
    next(lines, None)  # the header
    names = {ln.split("\t", 1)[0] for ln in lines}
    names.update(r["name"] for r in provinces())
    # the press spells the Central Highlands' "Đắk" both ways ("xã Đăk Rơ Ông")
    for name in list(names):
        for old, new in (("Đắk ", "Đăk "), ("Đăk ", "Đắk ")):
            if name.startswith(old):
                names.add(new + name[len(old) :])
    return frozenset(names)


@cache
def role_verbs() -> tuple[tuple[str, str], ...]:
    """(verb phrase, role) pairs, longest phrase first."""
    pairs = [(r["phrase"], r["role"]) for r in read_tsv("roles.tsv")]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def subject_role_verbs() -> frozenset[tuple[str, str]]:
    """(verb phrase, role) pairs whose role goes only to the person named before the verb
    (``side`` = subject in ``roles.tsv``: "đề nghị", "trao quyết định" …)."""
    return frozenset((r["phrase"], r["role"]) for r in read_tsv("roles.tsv") if r["side"] == "subject")


@cache
def object_role_verbs() -> frozenset[tuple[str, str]]:
    """(phrase, role) pairs whose role goes only to the people named after the phrase
    (``side`` = object in ``roles.tsv``: "có sự tham dự của …")."""
    return frozenset((r["phrase"], r["role"]) for r in read_tsv("roles.tsv") if r["side"] == "object")


@cache
def name_triggers() -> tuple[str, ...]:
    """Words that introduce a person's name ("đồng chí", "ông", "bà" …)."""
    return _column("triggers.tsv", "trigger")


@cache
def official_triggers() -> frozenset[str]:
    """Triggers that make the named person an official by themselves ("đồng chí")."""
    return frozenset(r["trigger"].lower() for r in read_tsv("triggers.tsv") if r["alone"] == "yes")


@cache
def title_words() -> frozenset[str]:
    """Lower-case words that may continue a title ("tỉnh", "thường trực", "dân vận" …)."""
    return frozenset(_column("title_words.tsv", "word"))


@cache
def organ_qualifiers() -> frozenset[str]:
    """Two-syllable qualifiers right after a position head, before an organ's name only
    ("phụ trách")."""
    return frozenset(r["word"] for r in read_tsv("title_words.tsv") if r["qualifier"] == "organ")


@cache
def title_pairs() -> frozenset[str]:
    """Two-syllable words that continue a title as a pair, neither syllable alone ("chi
    nhánh")."""
    return frozenset(r["word"] for r in read_tsv("title_words.tsv") if r["qualifier"] == "pair")


@cache
def position_qualifiers() -> frozenset[str]:
    """Two-syllable qualifiers right after a position head ("chuyên trách", "dự khuyết")."""
    return frozenset(r["word"] for r in read_tsv("title_words.tsv") if r["qualifier"] == "yes")


@cache
def date_words() -> MappingProxyType[str, Any]:
    """Date vocabulary and patterns (``dates.yaml``)."""
    data = _yaml("dates.yaml")
    if not isinstance(data, dict):
        raise ValueError("dates.yaml must hold a mapping")
    return MappingProxyType(data)


@cache
def event_words() -> MappingProxyType[str, Any]:
    """Event kinds, organizer verbs and adverbs, event verbs (``events.yaml``)."""
    data = _yaml("events.yaml")
    if not isinstance(data, dict):
        raise ValueError("events.yaml must hold a mapping")
    return MappingProxyType(data)


@cache
def task_cues() -> MappingProxyType[str, Any]:
    """Cue words for task lists (``tasks.yaml``)."""
    data = _yaml("tasks.yaml")
    if not isinstance(data, dict):
        raise ValueError("tasks.yaml must hold a mapping")
    return MappingProxyType(data)


@cache
def function_words() -> frozenset[str]:
    """Lower-case function words that end a title ("và", "cùng", "đã" …)."""
    return frozenset(r["word"] for r in read_tsv("function_words.tsv") if r["kind"] == "function")


@cache
def verbs_after_names() -> frozenset[str]:
    """First syllables of verbs that end a title after a capitalized syllable ("chia", "trao" …)."""
    return frozenset(r["word"] for r in read_tsv("function_words.tsv") if r["kind"] == "verb")


@cache
def founding_days() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Founding days as (ISO date, key phrases, unless phrases) (``founding_days.yaml``)."""
    data = _yaml("founding_days.yaml")
    if not isinstance(data, dict) or not isinstance(data.get("days"), list):
        raise ValueError("founding_days.yaml must hold a list `days`")
    return tuple(
        (str(d["date"]), tuple(str(k) for k in d["keys"]), tuple(str(u) for u in d.get("unless", ())))
        for d in data["days"]
    )
