"""Stage 3 — officials: named people, their titles, their roles at the event.

Takes: the normalized text, its sentence spans, and the site chrome that normalization
removed (bylines, photo credits, sources). Returns a plain dict in normalized offsets::

    {"officials": [{"name", "titles": [{"start", "end", "position", "organization",
                    "level", "canonical"}], "roles": [...], "mentions": [[start, end]]}],
     "organizations": [...], "locations": [...], "authors": [...], "source": str|None,
     "title": str|None, "event_kind": str|None, "event_organizer": str|None,
     "event_location": str|None,
     "warnings": [...]}

How (see docs/architecture.md): the stage composes one module per concern —
:mod:`~danvan_nlp.marks` cuts the text into syllables and marks what the data files name
on them; :mod:`~danvan_nlp.names` finds the names; :mod:`~danvan_nlp.titles` reads the
title chains and attaches them to the names they touch; :mod:`~danvan_nlp.roles` gives the
mentions their roles; :mod:`~danvan_nlp.entities` and :mod:`~danvan_nlp.event` read the
organizations, locations, authors, headline and the event's kind, organizer and location.
Here: the mentions of each official (a name with its titles, later the name, the title,
the given name or a pronoun alone) and the officials' dict.

Layer: the top of the officials modules (marks ← names ← titles ← roles, entities, event ←
officials). ``syllables``, ``Words`` and ``expand_abbreviations`` are re-exported here.

Public function: :func:`find_officials`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from danvan_nlp.entities import find_authors, find_locations, find_organizations, headline
from danvan_nlp.event import event_kind, event_location, find_organizer
from danvan_nlp.marks import NAME_SYL, Marks, Syl, mark, sentence_index, syllables
from danvan_nlp.names import Name, Words, find_names, names_after_places, official_lists, words_by_sentence
from danvan_nlp.roles import ROLE_ORDER, assign_roles
from danvan_nlp.titles import (
    Mention,
    Title,
    bare_repeat,
    chain_after,
    chain_before,
    expand_abbreviations,
    parse_title,
    predicate_title,
    read_chains,
    shared_titles,
    title_key,
    title_key_of,
)

__all__ = ["Words", "expand_abbreviations", "find_officials", "syllables"]


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
    sent_of = sentence_index(syls, sent_spans)
    marks = mark(syls, sent_of)
    names = find_names(text, syls, marks, sent_of)
    if words is not None:
        names = names_after_places(text, syls, marks, names, words_by_sentence(words, sent_spans))
    names = official_lists(syls, marks, names)
    name_starts = {nm.a for nm in names}

    chains = read_chains(text, syls, marks, name_starts)
    used_chains: set[int] = set()
    mentions = _titled_mentions(syls, marks, chains, names, name_starts, used_chains)
    shared_titles(syls, marks, chains, mentions, names, used_chains)

    officials: dict[str, dict[str, Any]] = {}
    for m in mentions:
        assert m.name is not None
        officials.setdefault(m.name, {"name": m.name, "titles": [], "mentions": []})
    mentions = _later_mentions(text, syls, marks, chains, used_chains, mentions, names, set(officials))
    assign_roles(syls, marks, mentions)
    result = _official_entries(text, syls, marks, mentions, officials)
    authors, source = find_authors(removed or [])
    return {
        "officials": result,
        "organizations": find_organizations(text, syls, marks),
        "locations": find_locations(text, syls, marks, name_starts, names),
        "authors": authors,
        "source": source,
        "title": headline(text),
        "event_kind": event_kind(syls, marks),
        "event_organizer": find_organizer(text, syls, marks),
        "event_location": event_location(text, sent_spans),
        "warnings": [],
    }


def _titled_mentions(
    syls: Sequence[Syl],
    marks: Marks,
    chains: list[list[Title]],
    names: Sequence[Name],
    name_starts: set[int],
    used_chains: set[int],
) -> list[Mention]:
    """The names with a title chain before or after them (or a title the predicate gives
    them), and the officials' names without one; the chains they take join ``used_chains``."""
    chain_ending_at = {c[-1].b: c for c in chains}
    chain_starting_at = {c[0].a: c for c in chains}
    sent_of = marks.sent
    mentions: list[Mention] = []
    for nm in names:
        titles: list[Title] = []
        pre = chain_before(syls, marks, chain_ending_at, nm.a, used_chains)
        if pre is not None:
            titles.extend(pre)
            used_chains.add(pre[0].a)
        span_end = nm.b
        post = chain_after(syls, marks, chain_starting_at, nm.b, name_starts)
        if post is not None and pre is not None and post[-1].b in name_starts:
            # "Title A, Title B, Title C": a chain that runs into the next name is that
            # name's, in a list of title-first mentions
            post = None
        if post is not None:
            titles.extend(post)
            used_chains.update(t.a for t in post)
            span_end = post[-1].b
        pred = predicate_title(syls, marks, span_end, name_starts)
        if pred is not None:
            titles.append(pred)
            span_end = pred.b
        if not titles and not nm.official:
            continue
        mentions.append(
            Mention(nm.a, nm.b, span_end, nm.text, titles, "name", sent_of[nm.a],
                    lead=pre[0].a if pre is not None else nm.a)
        )
    return mentions


def _later_mentions(
    text: str,
    syls: Sequence[Syl],
    marks: Marks,
    chains: list[list[Title]],
    used_chains: set[int],
    mentions: list[Mention],
    names: Sequence[Name],
    known: set[str],
) -> list[Mention]:
    """``mentions`` with the later mentions of the ``known`` officials added, in text order:
    by the name alone, by a title alone, by the given name or a pronoun."""
    sent_of = marks.sent
    # later mentions by name alone
    seen_at = {m.a for m in mentions}
    for nm in names:
        if nm.text in known and nm.a not in seen_at:
            mentions.append(Mention(nm.a, nm.b, nm.b, nm.text, [], "name", sent_of[nm.a]))
    # mentions by a title alone ("Đồng chí Bí thư Tỉnh ủy yêu cầu")
    mentions.extend(_title_mentions(text, syls, marks, chains, used_chains, mentions, sent_of))
    mentions.extend(_given_name_mentions(syls, marks, mentions, known))
    mentions.sort(key=lambda m: m.a)
    mentions.extend(_pronoun_mentions(syls, marks, mentions))
    mentions.sort(key=lambda m: m.a)
    return mentions


def _official_entries(
    text: str,
    syls: Sequence[Syl],
    marks: Marks,
    mentions: Sequence[Mention],
    officials: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """The officials' entries of the result: the titles of all their mentions (each
    position once), their roles in :data:`~danvan_nlp.roles.ROLE_ORDER` and the spans of
    their mentions."""
    for m in mentions:
        if m.name is None:
            continue
        off = officials[m.name]
        off["mentions"].append((syls[m.a].start, syls[m.b - 1].end))
        # the same position written in full and abbreviated is listed once, in the form
        # that comes first (SCHEMA v2, convention 10); two abbreviated spellings are kept
        seen = {t["key"] for t in off["titles"]}
        full = {title_key_of(t["canonical"]): t["key"] for t in off["titles"]}
        for t in m.titles:
            parsed = parse_title(text, syls, marks, t)
            canon = title_key_of(parsed["canonical"])
            other = full.get(canon)
            if parsed["key"] in seen or (other is not None and canon in (other, parsed["key"])):
                continue
            if bare_repeat(text, parsed, off["titles"]):
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
                "roles": [r for r in ROLE_ORDER if r in roles],
                "mentions": sorted(set(off["mentions"])),
            }
        )
    return result


def _title_mentions(
    text: str,
    syls: Sequence[Syl],
    marks: Marks,
    chains: list[list[Title]],
    used: set[int],
    mentions: list[Mention],
    sent_of: Sequence[int],
) -> list[Mention]:
    """The mentions by a title alone ("Đồng chí Bí thư Tỉnh ủy yêu cầu"): a one-title
    chain no name took, whose title only one named official holds."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        for t in m.titles:
            if m.name:
                owners.setdefault(title_key(text, syls, t), set()).add(m.name)
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
        key = title_key(text, syls, chain[0])
        who = owners.get(key, set())
        if not who and _verb_follows(syls, marks, chain[0].b):
            # a bare position as the subject of a role verb ("Thứ trưởng đề nghị …") is the
            # one person whose title begins with it ("Thứ trưởng Bộ Công an")
            who = {w for k, names in owners.items() if k.startswith(key + " ") for w in names}
        if len(who) == 1:
            out.append(
                Mention(a, chain[0].b, chain[0].b, next(iter(who)), [], "title", sent_of[a])
            )
    return out


def _verb_follows(syls: Sequence[Syl], marks: Marks, k: int) -> bool:
    """Whether a role verb follows at ``k``, after adverbs ("cũng", "đã" …)."""
    n = len(syls)
    while k < n and syls[k].low in _PRONOUN_ADVERBS:
        k += 1
    return k < n and k in marks.roles and marks.sent[k] == marks.sent[k - 1]


_PRONOUNS = (("đồng", "chí"), ("ông",), ("bà",))
_PRONOUN_ADVERBS = frozenset({"cũng", "đã", "còn", "đồng", "thời", "luôn"})


def _pronoun_mentions(
    syls: Sequence[Syl], marks: Marks, mentions: Sequence[Mention]
) -> list[Mention]:
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
            out.append(Mention(k, e, e, next(iter(who)), [], "title", si))
    return out


def _given_name_mentions(
    syls: Sequence[Syl], marks: Marks, mentions: Sequence[Mention], known: set[str]
) -> list[Mention]:
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
        if not NAME_SYL.match(syls[b].text) or (
            b + 1 < n and NAME_SYL.match(syls[b + 1].text) and marks.sent[b + 1] == marks.sent[b]
        ):
            continue
        who = {name for name in by_given.get(syls[b].text, ()) if first_at.get(name, n) < a}
        if len(who) == 1:
            out.append(Mention(b, b + 1, b + 1, next(iter(who)), [], "title", marks.sent[b]))
    return out
