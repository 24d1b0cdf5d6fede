"""Names: danvan_nlp's officials vs underthesea's `ner` PER spans, on the same gold files.

Run: python benchmarks/names_vs_underthesea.py
Scores names by the corpus rules (set of normalized names, micro P/R/F1).
"""

from __future__ import annotations

from collections import Counter

from _common import count, gold_files, print_prf

import danvan_nlp
from danvan_nlp.text import norm_text
from danvan_nlp.tokenize import split_sentences


def underthesea_names(text: str) -> set[str]:
    from underthesea import ner

    names: set[str] = set()
    for a, b in split_sentences(text):
        current: list[str] = []
        for word, _pos, _chunk, tag in ner(text[a:b]):
            if tag == "B-PER" or (tag == "I-PER" and not current):
                if current:
                    names.add(" ".join(current))
                current = [word]
            elif tag == "I-PER":
                current.append(word)
            else:
                if current:
                    names.add(" ".join(current))
                current = []
        if current:
            names.add(" ".join(current))
    return {norm_text(n) for n in names}


def main() -> None:
    totals: dict[str, list[int]] = {}
    for g in gold_files():
        gold = Counter({norm_text(o["name"]) for o in g["officials"]})
        ours = Counter({norm_text(o.name) for o in danvan_nlp.extract(g["text"]).officials})
        count(totals, "danvan_nlp", ours, gold)
        count(totals, "underthesea.ner", Counter(underthesea_names(g["text"])), gold)
    print_prf(totals)


if __name__ == "__main__":
    main()
