"""Who's who: people across a corpus, one record each, careers and a co-attendance graph.

(The module is ``whoswho`` so that :func:`danvan_nlp.people` stays a function.)

Takes: Reports (from :func:`danvan_nlp.extract`, one per article) and, for plain-text
input, the texts they were extracted from (HTML pages carry theirs in ``Report.text``).
Returns: :class:`Person` records (:func:`people`), each with the name as written and
normalized, every title with its position, organisation, level and place, the dates it was
seen, the articles and offsets that show it, and how sure the merge is.

The work is split in two so that it scales (``danvan_nlp.dask``):

* :func:`sightings` turns one Report into small plain :class:`Sighting` records (one per
  official of the article) with the evidence needed later — the province of each title
  (from the words after it, else from the article's dominant province), organs, date.
* :func:`merge` groups sightings by normalized name and clusters each group: two sightings
  are one person when the name and the evidence agree. Provinces decide: two sightings in
  different provinces stay apart, unless one province was merged into the other in 2025
  (``data/province_links.tsv``); a sighting with only central titles (no province) joins the
  cluster it shares titles or organs with, or the only cluster of its name.

Tables (:func:`frames`, pandas), Parquet files (:func:`to_parquet`, pyarrow), careers
(:func:`timeline`) and the co-attendance graph (:func:`coattendance`, networkx) are built on
the records; these libraries are optional extras imported on first use.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from danvan_nlp.resources import levels, provinces, read_tsv
from danvan_nlp.text import new_tone_placement

if TYPE_CHECKING:  # pragma: no cover
    from danvan_nlp.report import Report

__all__ = [
    "Person",
    "PersonTitle",
    "Sighting",
    "TitleSeen",
    "cluster_scores",
    "coattendance",
    "frames",
    "graph_svg",
    "merge",
    "name_key",
    "normalize_name",
    "people",
    "post_key",
    "province_of",
    "read_clusters",
    "same_province",
    "sightings",
    "timeline",
    "to_parquet",
]

# How sure a link between two sightings is, by the evidence that made it.
LINK_SCORES = {
    "same province and title or organ": 0.95,
    "same province": 0.85,
    "province merged in 2025": 0.7,
    "shared title or organ": 0.75,
    "no province to compare": 0.55,
}
_PLACE_WINDOW = 48  # characters after a title searched for its place


# --- names ---------------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    """NFC, new tone placement ("Hoà" → "Hòa"), one space, each syllable capitalized."""
    text = new_tone_placement(unicodedata.normalize("NFC", name))
    return " ".join(s[:1].upper() + s[1:].lower() for s in text.split())


def name_key(name: str) -> str:
    """The key two spellings of one name share (normalized, case-folded)."""
    return normalize_name(name).casefold()


# --- places --------------------------------------------------------------------------------


@cache
def _links() -> tuple[dict[str, str], dict[str, str]]:
    alias: dict[str, str] = {}
    merged: dict[str, str] = {}
    for row in read_tsv("province_links.tsv"):
        (alias if row["kind"] == "alias" else merged)[row["name"]] = row["into"]
    return alias, merged


@cache
def _province_pattern() -> re.Pattern[str]:
    alias, _ = _links()
    names = {r["name"] for r in provinces()} | set(alias)
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


@cache
def _after_title_pattern() -> re.Pattern[str]:
    words = sorted(levels(), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    upper = r"[^\W\d_a-zđ][^\W\d_]*"
    # "…Tỉnh ủy Ninh Bình", "…UBND tỉnh Đắk Lắk", "…huyện Krông Búk", "… TP. Hồ Chí Minh"
    return re.compile(
        rf"\A[ \t\u00a0]*(?:(?i:{alt})[ \t\u00a0]+)?((?:{upper})(?:[ \t\u00a0-]+{upper}){{0,3}})"
    )


def province_of(name: str) -> str | None:
    """The canonical province-level unit named by ``name`` (aliases resolved), or None."""
    alias, _ = _links()
    m = _province_pattern().search(name)
    if m is None:
        return None
    found = m.group(0)
    return alias.get(found, found)


def same_province(a: str, b: str) -> str | None:
    """Why provinces ``a`` and ``b`` can hold one person's posts, or None when they cannot."""
    if a == b:
        return "same province"
    _, merged = _links()
    if merged.get(a) == b or merged.get(b) == a:
        return "province merged in 2025"
    return None


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TitleSeen:
    """One title of one sighting, parsed."""

    text: str
    canonical: str
    position: str
    organization: str | None = None
    level: str | None = None
    place: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Sighting:
    """One official of one article: the evidence for merging, small and picklable."""

    doc: str
    name: str
    key: str
    start: int
    end: int
    date: str | None = None
    province: str | None = None
    titles: tuple[TitleSeen, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()

    def organs(self) -> frozenset[str]:
        return frozenset(
            _fold(t.organization) for t in self.titles if t.organization and t.level != "trung ương"
        ) | frozenset(_fold(t.canonical) for t in self.titles)


@dataclass(slots=True)
class PersonTitle:
    """A title a person was seen with: where, when, how often."""

    canonical: str
    position: str
    organization: str | None
    level: str | None
    place: str | None
    first: str | None
    last: str | None
    docs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    """One person across the corpus."""

    id: str
    name: str
    names: list[str]
    provinces: list[str]
    titles: list[PersonTitle]
    dates: list[str]
    docs: list[str]
    sightings: list[Sighting]
    confidence: float
    evidence: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _fold(text: str) -> str:
    return " ".join(new_tone_placement(unicodedata.normalize("NFC", text)).casefold().split())


def _doc_province(report: Report, text: str | None) -> str | None:
    """The article's province: the one named most often (in its text, else its locations)."""
    counts: Counter[str] = Counter()
    if text:
        alias, _ = _links()
        for m in _province_pattern().finditer(text):
            counts[alias.get(m.group(0), m.group(0))] += 1
    else:
        for loc in report.locations:
            p = province_of(loc.canonical or loc.text)
            if p:
                counts[p] += 1
    if not counts:
        return None
    best = max(counts.values())
    return next(p for p, n in counts.items() if n == best)


@cache
def _level_words() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(levels(), key=len, reverse=True))
    return re.compile(rf"(?i:{alt})\Z")


def _title_place(
    title: str, text: str | None, end: int, names: frozenset[int] = frozenset()
) -> tuple[str | None, str | None]:
    """(place as written, province) of a title: inside it, else right after it in ``text``.

    After the title, a capitalized run is its place when it is a province, or when a level
    word ("huyện", "tỉnh" …) comes right before it — never when a name starts there
    (``names``: start offsets of the article's person mentions).
    """
    inside = province_of(title)
    if inside:
        return inside, inside
    if not text or end > len(text):
        return None, None
    m = _after_title_pattern().match(text[end : end + _PLACE_WINDOW])
    if m is None:
        return None, None
    place, at = m.group(1), end + m.start(1)
    cut = next((k for k in range(len(place)) if at + k in names), None)
    if cut is not None:  # a person's name starts in the run: the place (if any) ends there
        place = place[:cut].rstrip(" \t\u00a0-")
    if not place:
        return None, None
    head = _province_pattern().match(place)
    if head is not None:
        alias, _ = _links()
        return head.group(0), alias.get(head.group(0), head.group(0))
    level_before = bool(m.group(0)[: m.start(1)].strip()) or bool(
        _level_words().search(title.rstrip())
    )
    if not level_before:
        return None, None
    return place, province_of(place)


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def sightings(
    report: Report | dict[str, Any], *, doc: str | None = None, text: str | None = None
) -> list[Sighting]:
    """The officials of one article as :class:`Sighting` records.

    ``report`` is a Report or its plain data (``Report.to_dict()``, e.g. a line of
    ``danvan-nlp extract --format jsonl`` or an item of ``danvan_nlp.dask.extract_bag``).

    ``doc`` names the article (its path or URL; default ``report.url`` or a digest of the
    report). ``text`` is the text the offsets point into (default ``report.text``); without
    it titles get no place of their own and only the article's locations give a province.
    """
    if isinstance(report, dict):
        from danvan_nlp.report import Report as _Report

        report = _Report.from_dict(report)
    text = text if text is not None else report.text
    if doc is None:
        doc = report.url or hashlib.sha1(report.to_json().encode("utf-8")).hexdigest()[:16]
    date = _day(report.event.date) or _day(report.published)
    home = _doc_province(report, text)
    names = frozenset(m.start for o in report.officials for m in o.mentions)
    out = []
    for o in report.officials:
        titles = []
        provs: list[str] = []
        for t in o.titles:
            place, prov = _title_place(t.text, text, t.end, names)
            if t.level not in ("tỉnh", "huyện", "xã"):  # central or unknown: no province
                place, prov = None, None
            elif prov is None and t.level in ("tỉnh", "huyện", "xã"):
                prov = home
            if prov:
                provs.append(prov)
            titles.append(TitleSeen(
                text=t.text, canonical=t.canonical, position=t.position,
                organization=t.organization, level=t.level, place=place or (
                    prov if t.level == "tỉnh" else None), start=t.start, end=t.end,
            ))
        if not o.titles:  # a name without a title: someone of the article's province
            province = home
        elif provs:
            province = Counter(provs).most_common(1)[0][0]
        else:  # central titles, or titles whose level is unknown: no province evidence
            province = None
        mentions = tuple((m.start, m.end) for m in o.mentions)
        first = min([*mentions, *((t.start, t.end) for t in o.titles)], default=(0, 0))
        out.append(Sighting(
            doc=doc, name=o.name, key=name_key(o.name), start=first[0], end=first[1],
            date=date, province=province, titles=tuple(titles), roles=tuple(o.roles),
            mentions=mentions,
        ))
    return out


# --- merging -------------------------------------------------------------------------------


class _Cluster:
    __slots__ = ("items", "links", "organs", "provinces")

    def __init__(self, s: Sighting) -> None:
        self.items = [s]
        self.provinces: set[str] = {s.province} if s.province else set()
        self.organs: set[str] = set(s.organs())
        self.links: list[str] = []

    def fits(self, s: Sighting) -> str | None:
        """Why ``s`` can join (province evidence), or None when a province conflicts."""
        if not s.province or not self.provinces:
            return "no province to compare"
        reasons = [same_province(s.province, p) for p in self.provinces]
        if any(r is None for r in reasons):
            return None
        return "same province" if "same province" in reasons else "province merged in 2025"

    def add(self, s: Sighting, why: str) -> None:
        shared = bool(self.organs & s.organs())
        if why == "same province" and shared:
            why = "same province and title or organ"
        elif why == "no province to compare" and shared:
            why = "shared title or organ"
        self.items.append(s)
        self.links.append(why)
        if s.province:
            self.provinces.add(s.province)
        self.organs |= s.organs()


def _cluster(group: Sequence[Sighting]) -> list[_Cluster]:
    """Cluster the sightings of one name: provinces first, then those without one."""
    ordered = sorted(group, key=lambda s: (s.date or "", s.doc, s.start))
    clusters: list[_Cluster] = []
    loose: list[Sighting] = []
    for s in ordered:
        if not s.province:
            loose.append(s)
            continue
        for c in clusters:
            why = c.fits(s)
            if why is not None:
                c.add(s, why)
                break
        else:
            clusters.append(_Cluster(s))
    for s in loose:
        target: _Cluster | None = None
        if len(clusters) == 1:
            target = clusters[0]
        elif clusters:
            scored = sorted(((len(c.organs & s.organs()), i) for i, c in enumerate(clusters)),
                            reverse=True)
            if scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                target = clusters[scored[0][1]]
        if target is None:
            target = _Cluster(s)
            clusters.append(target)
        else:
            target.add(s, "no province to compare")
    return clusters


@cache
def _equivalents() -> dict[str, str]:
    return {_fold(r["form"]): r["same_as"] for r in read_tsv("title_equivalents.tsv")}


def post_key(canonical: str, place: str | None = None) -> str:
    """The key of a post for careers: equivalent forms folded (``title_equivalents.tsv``),
    a place written at the end of the title left out (it is the row's ``place``)."""
    key = _fold(canonical)
    if place:
        tail = " " + _fold(place)
        if key.endswith(tail):  # "Bí thư Tỉnh ủy Phú Yên", "Chủ tịch UBND tỉnh Quảng Ngãi"
            key = key[: -len(tail)]
    same = _equivalents().get(key)
    return _fold(same) if same else key


def _person(c: _Cluster, pid: str) -> Person:
    items = sorted(c.items, key=lambda s: (s.date or "", s.doc, s.start))
    written = list(dict.fromkeys(s.name for s in items))
    name = Counter(normalize_name(s.name) for s in items).most_common(1)[0][0]
    titles: dict[tuple[str, str | None], PersonTitle] = {}
    for s in items:
        for t in s.titles:
            k = (post_key(t.canonical, t.place), t.place if t.level != "trung ương" else None)
            pt = titles.get(k)
            if pt is None:
                titles[k] = pt = PersonTitle(
                    canonical=t.canonical, position=t.position, organization=t.organization,
                    level=t.level, place=t.place, first=s.date, last=s.date)
            if s.date:
                pt.first = min(filter(None, (pt.first, s.date)))
                pt.last = max(filter(None, (pt.last, s.date)))
            if s.doc not in pt.docs:
                pt.docs.append(s.doc)
    confidence = min((LINK_SCORES[w] for w in c.links), default=1.0)
    evidence = sorted(set(c.links), key=lambda w: -LINK_SCORES[w])
    return Person(
        id=pid,
        name=name,
        names=written,
        provinces=sorted(c.provinces),
        titles=list(titles.values()),
        dates=sorted({s.date for s in items if s.date}),
        docs=list(dict.fromkeys(s.doc for s in items)),
        sightings=items,
        confidence=confidence,
        evidence=evidence,
    )


def _slug(key: str) -> str:
    flat = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "-".join("".join(ch for ch in flat if (ch.isascii() and ch.isalnum()) or ch == " ").split())


def merge(items: Iterable[Sighting]) -> list[Person]:
    """One :class:`Person` per cluster of sightings, in order of name key then first date.

    Ids are ``<name-slug>`` plus ``-2``, ``-3`` … for further people of the same name; they
    depend only on the sightings, not on the order they come in.
    """
    groups: dict[str, list[Sighting]] = defaultdict(list)
    for s in items:
        groups[s.key].append(s)
    out: list[Person] = []
    for key in sorted(groups, key=lambda k: (_slug(k), k)):
        out.extend(merge_group(key, groups[key]))
    return out


def merge_group(key: str, group: Sequence[Sighting]) -> list[Person]:
    """The people of one name key (the unit of work that :mod:`danvan_nlp.dask` spreads)."""
    slug = _slug(key) or "person"
    return [
        _person(c, slug if i == 0 else f"{slug}-{i + 1}") for i, c in enumerate(_cluster(group))
    ]


def _pairs(
    reports: Iterable[Any], texts: Iterable[str | None] | None, docs: Iterable[str] | None
) -> Iterator[Sighting]:
    text_it = iter(texts) if texts is not None else None
    doc_it = iter(docs) if docs is not None else None
    for n, report in enumerate(reports):
        text = next(text_it) if text_it is not None else None
        url = report.get("url") if isinstance(report, dict) else report.url
        doc = next(doc_it) if doc_it is not None else (url or f"doc-{n}")
        yield from sightings(report, doc=doc, text=text)


def people(
    reports: Iterable[Report | dict[str, Any]],
    *,
    texts: Iterable[str | None] | None = None,
    docs: Iterable[str] | None = None,
) -> list[Person]:
    """One record per person across ``reports`` (Reports or their ``to_dict()`` data).

    ``texts`` (one per report) are the plain texts the reports were extracted from, used to
    read the place after each title; pages need none (``Report.text``). ``docs`` name the
    articles (default: ``report.url`` or ``doc-<n>``).
    """
    return merge(_pairs(reports, texts, docs))


# --- careers, graph, tables ----------------------------------------------------------------


def timeline(person: Person) -> list[dict[str, Any]]:
    """The person's posts in order: ``post``, ``organization``, ``place``, ``from``, ``to``
    (first and last date an article shows it), ``docs``."""
    rows = [
        {"post": t.canonical, "position": t.position, "organization": t.organization,
         "level": t.level, "place": t.place, "from": t.first, "to": t.last, "docs": list(t.docs)}
        for t in person.titles
    ]
    return sorted(rows, key=lambda r: (r["from"] or "9999", r["to"] or "9999"))


def coattendance(persons: Sequence[Person]) -> Any:
    """A ``networkx.Graph``: people as nodes, an edge for people at the same event.

    People are at an article's event when the article gives them a role (chair, attend …);
    edge attributes: ``weight`` (number of events), ``events`` (``[doc, date]`` pairs).
    """
    import networkx as nx

    graph = nx.Graph()
    at: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, str | None] = {}
    for p in persons:
        top = p.titles[0].canonical if p.titles else None
        graph.add_node(p.id, name=p.name, provinces=", ".join(p.provinces), title=top or "")
        for s in p.sightings:
            if s.roles and p.id not in at[s.doc]:
                at[s.doc].append(p.id)
                dates[s.doc] = s.date
    for doc in sorted(at):
        ids = at[doc]
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if graph.has_edge(a, b):
                    graph[a][b]["weight"] += 1
                    graph[a][b]["events"].append([doc, dates[doc]])
                else:
                    graph.add_edge(a, b, weight=1, events=[[doc, dates[doc]]])
    return graph


def _rows(persons: Sequence[Person]) -> dict[str, list[dict[str, Any]]]:
    who, titles, seen = [], [], []
    for p in persons:
        who.append({
            "person_id": p.id, "name": p.name, "names": "; ".join(p.names),
            "provinces": "; ".join(p.provinces),
            "titles": "; ".join(t.canonical for t in p.titles),
            "first_seen": p.dates[0] if p.dates else None,
            "last_seen": p.dates[-1] if p.dates else None,
            "articles": len(p.docs), "confidence": p.confidence,
            "evidence": "; ".join(p.evidence),
        })
        for r in timeline(p):
            titles.append({"person_id": p.id, "name": p.name, "post": r["post"],
                           "position": r["position"], "organization": r["organization"],
                           "level": r["level"], "place": r["place"], "seen_from": r["from"],
                           "seen_to": r["to"], "articles": len(r["docs"])})
        for s in p.sightings:
            seen.append({
                "person_id": p.id, "doc": s.doc, "name_as_written": s.name, "date": s.date,
                "start_char": s.start, "end_char": s.end, "province": s.province,
                "titles": "; ".join(t.text for t in s.titles), "roles": ", ".join(s.roles),
            })
    return {"people": who, "titles": titles, "sightings": seen}


_COLUMNS = {
    "people": ["person_id", "name", "names", "provinces", "titles", "first_seen", "last_seen",
               "articles", "confidence", "evidence"],
    "titles": ["person_id", "name", "post", "position", "organization", "level", "place",
               "seen_from", "seen_to", "articles"],
    "sightings": ["person_id", "doc", "name_as_written", "date", "start_char", "end_char",
                  "province", "titles", "roles"],
    "edges": ["source", "target", "weight", "events"],
}


def frames(persons: Sequence[Person]) -> dict[str, Any]:
    """pandas DataFrames ``people`` (the who's who), ``titles`` (careers), ``sightings``
    (articles and offsets) and ``edges`` (co-attendance), keyed by ``person_id``.

    Column names avoid SQL keywords (``seen_from``/``seen_to``, ``start_char``/``end_char``)
    so that the Parquet files query as they are in DuckDB or Spark SQL."""
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = dict(_rows(persons))
    graph = coattendance(persons)
    rows["edges"] = [
        {"source": a, "target": b, "weight": d["weight"],
         "events": "; ".join(f"{doc} {date or ''}".strip() for doc, date in d["events"])}
        for a, b, d in graph.edges(data=True)
    ]
    return {k: pd.DataFrame(v, columns=_COLUMNS[k]) for k, v in rows.items()}


def to_parquet(persons: Sequence[Person], folder: str | Path) -> dict[str, Path]:
    """Write :func:`frames` as ``<folder>/<table>.parquet`` (pyarrow); returns the paths."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, df in frames(persons).items():
        path = out / f"{name}.parquet"
        df.to_parquet(path, engine="pyarrow", index=False)
        paths[name] = path
    return paths


def graph_svg(graph: Any, *, size: int = 640, seed: int = 7) -> str:
    """A small SVG picture of a co-attendance graph (spring layout; no plotting library)."""
    from xml.sax.saxutils import escape

    import networkx as nx

    if graph.number_of_nodes() == 0:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}"/>'
    # each connected group in its own column, as wide as its share of the people
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), str(c[0])))
    left, right, top, bottom = 20.0, size - 130.0, 30.0, size - 30.0
    total = sum(len(c) for c in comps)
    placed: dict[Any, tuple[float, float]] = {}
    x0 = left
    for comp in comps:
        width = (right - left) * len(comp) / total
        raw = nx.spring_layout(graph.subgraph(comp), seed=seed) if len(comp) > 1 else {comp[0]: (0, 0)}
        xs = [float(v[0]) for v in raw.values()]
        ys = [float(v[1]) for v in raw.values()]
        sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        for node, (x, y) in raw.items():
            fx = (float(x) - min(xs)) / sx if len(comp) > 1 else 0.5
            fy = (float(y) - min(ys)) / sy if len(comp) > 1 else 0.5
            placed[node] = (x0 + fx * width * 0.8, top + fy * (bottom - top))
        x0 += width

    def xy(node: Any) -> tuple[float, float]:
        return placed[node]

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
             'font-family="sans-serif" font-size="11">']
    for a, b, d in graph.edges(data=True):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        w = 1 + 1.5 * (int(d.get("weight", 1)) - 1)
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="#99a" stroke-width="{w:.1f}"/>')
    for node, d in graph.nodes(data=True):
        x, y = xy(node)
        label = escape(str(d.get("name", node)))
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#c33"/>'
                     f'<text x="{x + 8:.1f}" y="{y + 4:.1f}">{label}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


# --- gold clusters ---------------------------------------------------------------------------


def read_clusters(path: str | Path) -> list[tuple[str, str, str]]:
    """Rows ``(doc, name, cluster)`` of a gold clusters TSV (``#`` comments, header row)."""
    rows = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")][1:]
    for line in body:
        doc, name, cluster = (c.strip() for c in line.split("\t"))
        rows.append((doc, unicodedata.normalize("NFC", name), cluster))
    return rows


def cluster_scores(gold: Iterable[tuple[str, str, str]], persons: Sequence[Person]) -> dict[str, Any]:
    """Pairwise precision/recall of ``persons`` against gold ``(doc, name, cluster)`` rows.

    A gold row is found when a person has a sighting in ``doc`` whose name has the same
    :func:`name_key`; rows not found (names the extractor missed) are counted in ``missing``
    and left out of the pairs. A pair is two found rows; it is gold-positive when both rows
    have one cluster label and predicted-positive when both fall in one person.
    """
    where = {(s.doc, s.key): p.id for p in persons for s in p.sightings}
    found: list[tuple[str, str]] = []
    missing = 0
    for doc, name, cluster in gold:
        pid = where.get((doc, name_key(name)))
        if pid is None:
            missing += 1
        else:
            found.append((cluster, pid))
    tp = fp = fn = 0
    for i, (ga, pa) in enumerate(found):
        for gb, pb in found[i + 1 :]:
            same_gold, same_pred = ga == gb, pa == pb
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": precision, "recall": recall, "tp": tp, "fp": fp, "fn": fn,
            "items": len(found), "missing": missing}
