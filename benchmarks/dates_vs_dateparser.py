"""Dates: danvan_nlp vs `dateparser.search_dates`, on the same gold files.

Run: python benchmarks/dates_vs_dateparser.py
Scores the multiset of date values (corpus rules). dateparser gets languages=["vi"] and
RELATIVE_BASE = the gold publication date (or the event date) when there is one; its
datetimes are written at day precision, or minute precision when a time was found.

Second part: the Duckling-style corpus of tests/date_corpus.py (each surface form alone, at
its reference date): the share of forms each system reads to exactly the expected value.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime

from _common import ROOT, count, gold_files, print_prf

import danvan_nlp


def dateparser_values(text: str, base: str | None) -> Counter[str]:
    from dateparser.search import search_dates

    settings: dict[str, object] = {}
    if base and not base.startswith("X"):
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
    try:
        found = search_dates(text, languages=["vi"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; count as nothing found
        found = []
    out: Counter[str] = Counter()
    for _surface, dt in found:
        value = dt.strftime("%Y-%m-%dT%H:%M") if (dt.hour or dt.minute) else dt.date().isoformat()
        out[value] += 1
    return out


def corpus_forms() -> tuple[str, list[tuple[str, str]]]:
    """(reference date, [(expected value, surface form)]) of tests/date_corpus.py."""
    sys.path.insert(0, str(ROOT / "tests"))
    import date_corpus as dc

    groups = [dc.DEV, dc.BUGS, dc.RANGES, dc.DOTTED_AND_BARE, dc.TIMES, dc.NAMED, dc.LUNAR]
    return dc.REF, [(value, form) for g in groups for value, _kind, forms in g for form in forms]


def corpus_comparison() -> None:
    from danvan_nlp.dates import parse_dates

    ref, forms = corpus_forms()
    right = {"danvan_nlp": 0, "dateparser": 0}
    for value, form in forms:
        items, _ = parse_dates(form, published=ref)
        right["danvan_nlp"] += [d.value for d in items] == [value]
        right["dateparser"] += list(dateparser_values(form, ref)) == [value]
    print(f"\ndate corpus ({len(forms)} surface forms at {ref}): exact value")
    for system, n in right.items():
        print(f"{system:<12}{n:>5}/{len(forms)}  {n / len(forms):.3f}")


def main() -> None:
    totals: dict[str, list[int]] = {}
    for g in gold_files():
        gold = Counter(d["value"] for d in g["dates"])
        count(totals, "danvan_nlp", Counter(d.value for d in danvan_nlp.extract(g["text"]).dates), gold)
        base = g.get("published") or g.get("event_date")
        count(totals, "dateparser", dateparser_values(g["text"], base), gold)
    print_prf(totals)
    corpus_comparison()


if __name__ == "__main__":
    main()
