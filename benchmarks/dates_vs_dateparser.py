"""Dates: danvan_nlp vs `dateparser.search_dates`, on the same gold files.

Run: python benchmarks/dates_vs_dateparser.py
Scores the multiset of date values (corpus rules). dateparser gets languages=["vi"] and
RELATIVE_BASE = the gold publication date (or the event date) when there is one; its
datetimes are written at day precision, or minute precision when a time was found.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from _common import gold_files

import danvan_nlp
from danvan_nlp.scoring import prf


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
    totals = {"danvan_nlp": [0, 0, 0], "dateparser": [0, 0, 0]}
    for g in gold_files():
        gold = Counter(d["value"] for d in g["dates"])
        ours = Counter(d.value for d in danvan_nlp.extract(g["text"]).dates)
        theirs = dateparser_values(g["text"], g.get("published") or g.get("event_date"))
        for key, pred in (("danvan_nlp", ours), ("dateparser", theirs)):
            tp = sum((pred & gold).values())
            t = totals[key]
            t[0] += tp
            t[1] += sum(pred.values()) - tp
            t[2] += sum(gold.values()) - tp
    print(f"{'system':<14}{'P':>8}{'R':>8}{'F1':>8}")
    for key, (tp, fp, fn) in totals.items():
        s = prf(tp, fp, fn)
        print(f"{key:<14}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")


if __name__ == "__main__":
    main()
