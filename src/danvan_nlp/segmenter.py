"""underthesea's word segmentation, with a faster feature extractor.

Takes nothing: :func:`load_segmenter` returns a function ``str -> list[str]`` that splits one
sentence into words exactly as ``underthesea.word_tokenize(s, use_token_normalize=False)``
does ("Hội nghị tổng kết" → ["Hội nghị", "tổng kết"]). underthesea's token normalization
is left out: the text is normalized already (danvan_nlp.normalize), and rewriting tokens
would only cost time and break the alignment to the text.

underthesea tags each syllable B-W/I-W with a CRF (``underthesea_core.CRFTagger``) over 43
features: the syllables at -2..+2, their pairs and triples, lower-cased, digit and title-case
flags, and dictionary membership. Its featurizer (``CRFFeaturizer``) took three quarters of
the segmentation time (0.15 s of 0.20 s on the 18 dev articles). Here the same 43 strings
are built from columns computed once per sentence, about three times faster. Everything else
is underthesea's own: its character normalization, its regex tokenizer, its model,
dictionary and tagger, loaded from the installed package.

The fast path is used where it is known to be exact:

- the installed model has the feature template below (otherwise: ``word_tokenize``);
- every character of the sentence lies in :data:`_VERIFIED` — Latin and Vietnamese letters,
  Greek, Cyrillic, punctuation, symbols, emoji — where Python's case mappings agree with the
  Rust ones (Unicode versions differ for a few dozen recent letters; those sentences go
  through underthesea's featurizer).

``tests/test_segmenter.py`` checks the features are equal to underthesea's for every verified
code point, on the corpus texts and on random text, and that the words are equal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import regex

__all__ = ["load_segmenter"]

Segmenter = Callable[[str], list[str]]

MODEL = "ws_crf_vlsp2013_20230727"

TEMPLATE = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
    "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict",
    "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)  # fmt: skip

# Code points where str.lower / str.upper agree with Rust's char case mappings, as used by
# underthesea_core (checked code point by code point in the tests). U+019B "ƛ" and the
# IPA block are left out: they gained upper-case forms in Unicode 16.
_VERIFIED = regex.compile(
    r"[\x00-\u019A\u019C-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF"
    r"\u1E00-\u1EFF\u2000-\u2BFF\u3000-\u303F\uFF00-\uFFEF\U0001F000-\U0001FAFF]*+"
)

# A flag column holds 0 (False), 1 (True), 2 (BOS) or 3 (EOS); each flag feature's four
# possible strings are made once, so a token costs an index instead of a concatenation.
_FLAG_VALUES = ("False", "True", "BOS", "EOS")
_FLAGS = tuple(tuple(f"{name}={v}" for v in _FLAG_VALUES) for name in TEMPLATE[21:])


def features(tokens: Sequence[str], dictionary: frozenset[str]) -> list[list[str]]:
    """The 43 CRF features of each token, equal to ``CRFFeaturizer(TEMPLATE, dictionary)``.

    Every column (tokens, pairs and triples by their first token) is padded with two BOS
    before and three EOS after, so that position ``i`` of the sentence is index ``i + 2``,
    and a pair or triple that reaches past the start is BOS, past the end EOS, as in
    underthesea. Title case is underthesea_core's: the first character is its own upper
    case ("2021" and "ĐBQH" are title, "x" is not; several words: each of them).
    """
    n = len(tokens)
    words = list(tokens)
    low = [w.lower() for w in words]
    title = [1 if (c := w[:1]) == c.upper() else 0 for w in words]
    pairs = [words[i] + " " + words[i + 1] for i in range(n - 1)]
    pairs_low = [low[i] + " " + low[i + 1] for i in range(n - 1)]
    triples = [pairs[i] + " " + words[i + 2] for i in range(n - 2)]
    triples_low = [pairs_low[i] + " " + low[i + 2] for i in range(n - 2)]
    pair_title = [title[i] & title[i + 1] for i in range(n - 1)]
    triple_title = [pair_title[i] & title[i + 2] for i in range(n - 2)]

    def text(values: list[str]) -> list[str]:
        return ["BOS", "BOS", *values, "EOS", "EOS", "EOS"]

    def flag(values: list[int]) -> list[int]:
        return [2, 2, *values, 3, 3, 3]

    T, L, P, PL, R = text(words), text(low), text(pairs), text(pairs_low), text(triples)
    DG = flag([1 if w.isascii() and w.isdigit() else 0 for w in words])
    TI, PT, RT = flag(title), flag(pair_title), flag(triple_title)
    IN = flag([1 if w in dictionary else 0 for w in low])
    PD = flag([1 if w in dictionary else 0 for w in pairs_low])
    RD = flag([1 if w in dictionary else 0 for w in triples_low])
    (d_1, d0, d1, t_2, t_1, t0, t1, t2, t01, t02,
     i_2, i_1, i0, i1, i2, i_2_1, i_10, i01, i12, i_20, i_11, i02) = _FLAGS
    out = []
    for p in range(2, n + 2):
        out.append([
            "T[-2]=" + T[p - 2], "T[-1]=" + T[p - 1], "T[0]=" + T[p], "T[1]=" + T[p + 1],
            "T[2]=" + T[p + 2],
            "T[-2,-1]=" + P[p - 2], "T[-1,0]=" + P[p - 1], "T[0,1]=" + P[p], "T[1,2]=" + P[p + 1],
            "T[-2,0]=" + R[p - 2], "T[-1,1]=" + R[p - 1], "T[0,2]=" + R[p],
            "T[-2].lower=" + L[p - 2], "T[-1].lower=" + L[p - 1], "T[0].lower=" + L[p],
            "T[1].lower=" + L[p + 1], "T[2].lower=" + L[p + 2],
            "T[-2,-1].lower=" + PL[p - 2], "T[-1,0].lower=" + PL[p - 1],
            "T[0,1].lower=" + PL[p], "T[1,2].lower=" + PL[p + 1],
            d_1[DG[p - 1]], d0[DG[p]], d1[DG[p + 1]],
            t_2[TI[p - 2]], t_1[TI[p - 1]], t0[TI[p]], t1[TI[p + 1]], t2[TI[p + 2]],
            t01[PT[p]], t02[RT[p]],
            i_2[IN[p - 2]], i_1[IN[p - 1]], i0[IN[p]], i1[IN[p + 1]], i2[IN[p + 2]],
            i_2_1[PD[p - 2]], i_10[PD[p - 1]], i01[PD[p]], i12[PD[p + 1]],
            i_20[RD[p - 2]], i_11[RD[p - 1]], i02[RD[p]],
        ])  # fmt: skip
    return out


def _words(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    """Join I-W tokens to the word before them, as underthesea's word_tokenize does."""
    out: list[str] = []
    for tag, token in zip(tags, tokens, strict=False):
        if tag == "I-W" and out:
            out[-1] = out[-1] + " " + token
        else:
            out.append(token)
    return out


def _plain() -> Segmenter:
    from underthesea import word_tokenize

    def run(sentence: str) -> list[str]:
        return list(word_tokenize(sentence, use_token_normalize=False))

    return run


def load_segmenter() -> Segmenter:
    """underthesea's word segmentation as a function of one sentence (see module docstring).

    Falls back to ``underthesea.word_tokenize`` itself where the installed model is not the
    one this module knows. The model is loaded once per process and shared (it is only
    read), so every spaCy pipeline made with this tokenizer uses the same one.
    """
    return _load(MODEL)


@cache
def _load(model: str) -> Segmenter:
    try:
        import joblib
        import underthesea.pipeline.word_tokenize as wt
        from underthesea.pipeline.text_normalize.character_normalize import (
            normalize_characters_in_text,
        )
        from underthesea_core import CRFFeaturizer, CRFTagger

        folder = Path(wt.__file__).parent / "models" / model
        template = tuple(joblib.load(folder / "features.bin"))
        if template != TEMPLATE:
            return _plain()
        dictionary: Any = joblib.load(folder / "dictionary.bin")
        tagger = CRFTagger()
        tagger.load(str(folder / "models.bin"))
        lexicon = frozenset(dictionary)
        # underthesea's token pattern, compiled as it compiles it (its module global is
        # recompiled in place when a caller passes fixed_words)
        rt = wt.regex_tokenize
        pattern = re.compile("(" + "|".join(rt.regex_patterns) + ")", re.VERBOSE | re.UNICODE)
    except Exception:  # another underthesea layout: use its public function
        return _plain()

    @cache
    def featurizer() -> Any:  # underthesea's own, for text outside the verified range
        return CRFFeaturizer(list(template), dictionary)

    def run(sentence: str) -> list[str]:
        text = normalize_characters_in_text(sentence)
        tokens = [m.group() for m in pattern.finditer(text)]
        if not tokens:
            return []
        if _VERIFIED.fullmatch(text):
            x = features(tokens, lexicon)
        else:
            x = featurizer().process([[[t] for t in tokens]])[0]
        return _words(tokens, tagger.tag(x))

    return run
