"""Names: danvan_nlp's officials vs underthesea's `ner` PER spans, on the same gold files.

Run: python benchmarks/names_vs_underthesea.py
Scores names by the corpus rules (set of normalized names, micro P/R/F1).
"""

from __future__ import annotations

from _common import gold_files

import danvan_nlp
from danvan_nlp.scoring import norm_text, prf
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
    totals = {"danvan_nlp": [0, 0, 0], "underthesea.ner": [0, 0, 0]}
    for g in gold_files():
        gold = {norm_text(o["name"]) for o in g["officials"]}
        ours = {norm_text(o.name) for o in danvan_nlp.extract(g["text"]).officials}
        theirs = underthesea_names(g["text"])
        for key, pred in (("danvan_nlp", ours), ("underthesea.ner", theirs)):
            t = totals[key]
            t[0] += len(pred & gold)
            t[1] += len(pred - gold)
            t[2] += len(gold - pred)
    print(f"{'system':<18}{'P':>8}{'R':>8}{'F1':>8}")
    for key, (tp, fp, fn) in totals.items():
        s = prf(tp, fp, fn)
        print(f"{key:<18}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")


if __name__ == "__main__":
    main()
