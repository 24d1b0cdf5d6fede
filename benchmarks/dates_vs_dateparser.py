"""Dates: danvan_nlp vs `dateparser.search_dates`, on the same gold files.

Run: python benchmarks/dates_vs_dateparser.py
Scores the multiset of date values (corpus rules). dateparser gets languages=["vi"] and
RELATIVE_BASE = the gold publication date (or the event date) when there is one; its
datetimes are written at day precision, or minute precision when a time was found.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from _common import count, gold_files, print_prf

import danvan_nlp


def dateparser_values(text: str, base: str | None) -> Counter[str]:
    from dateparser.search import search_dates

    settings: dict[str, object] = {}
    if base:
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


def main() -> None:
    totals: dict[str, list[int]] = {}
    for g in gold_files():
        gold = Counter(d["value"] for d in g["dates"])
        count(totals, "danvan_nlp", Counter(d.value for d in danvan_nlp.extract(g["text"]).dates), gold)
        base = g.get("published") or g.get("event_date")
        count(totals, "dateparser", dateparser_values(g["text"], base), gold)
    print_prf(totals)


if __name__ == "__main__":
    main()
