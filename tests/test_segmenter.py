"""The fast segmenter gives underthesea's words: features equal to underthesea_core's
featurizer code point by code point, and words equal to ``word_tokenize`` on real and random
text (both the fast path and the fallback for unverified characters)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DEV_CORPUS, SEEDS, read_seed
from danvan_nlp import segmenter
from danvan_nlp.segmenter import features, load_segmenter
from danvan_nlp.tokenize import split_sentences


@pytest.fixture(scope="module")
def reference() -> tuple[Any, frozenset[str]]:
    """underthesea_core's own featurizer for the model, and the model's dictionary."""
    import joblib
    import underthesea.pipeline.word_tokenize as wt
    from underthesea_core import CRFFeaturizer

    folder = Path(wt.__file__).parent / "models" / segmenter.MODEL
    template = joblib.load(folder / "features.bin")
    assert tuple(template) == segmenter.TEMPLATE
    dictionary = joblib.load(folder / "dictionary.bin")
    return CRFFeaturizer(template, dictionary), frozenset(dictionary)


def theirs(ref: tuple[Any, frozenset[str]], tokens: list[str]) -> list[list[str]]:
    return ref[0].process([[[t] for t in tokens]])[0]  # type: ignore[no-any-return]


def verified_chars() -> list[str]:
    out = []
    for cp in range(0x110000):
        c = chr(cp)
        if not c.isspace() and segmenter._VERIFIED.fullmatch(c):
            out.append(c)
    return out


def test_features_equal_underthesea_on_every_verified_code_point(reference: Any) -> None:
    chars = verified_chars()
    assert len(chars) > 5000
    ours = features(chars, reference[1])
    ref = theirs(reference, chars)
    rows = zip(chars, ours, ref, strict=True)
    diff = [(hex(ord(c)), a, b) for c, x, y in rows for a, b in zip(x, y, strict=True) if a != b]
    assert diff == []


def test_features_equal_underthesea_on_random_tokens(reference: Any) -> None:
    rng = random.Random(7)
    chars = verified_chars()
    words = ["Hội", "nghị", "ủy", "ban", "Tỉnh", "2021", "ĐBQH", "H'Mông", "ΟΔΟΣ", "Σ", ".", "12,5"]
    for _ in range(300):
        tokens = [
            rng.choice(words) if rng.random() < 0.5
            else "".join(rng.choice(chars) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 8))
        ]
        assert features(tokens, reference[1]) == theirs(reference, tokens), tokens


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_features_at_sentence_edges(reference: Any, n: int) -> None:
    tokens = ["Hội", "Nghị", "tổng", "kết"][:n]
    assert features(tokens, reference[1]) == theirs(reference, tokens)


def corpus_sentences() -> list[str]:
    texts = [read_seed(p) for p in SEEDS]
    if DEV_CORPUS.is_dir():
        texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in DEV_CORPUS.glob("*.json")]
    return [t[a:b] for t in texts for a, b in split_sentences(t)]


@pytest.fixture(scope="module")
def word_tokenize() -> Callable[[str], list[str]]:
    from underthesea import word_tokenize as wt

    return lambda s: list(wt(s, use_token_normalize=False))


def test_words_equal_word_tokenize_on_articles(word_tokenize: Any) -> None:
    seg = load_segmenter()
    sentences = corpus_sentences()
    assert len(sentences) > 50
    assert [seg(s) for s in sentences] == [word_tokenize(s) for s in sentences]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk, ngày 2.5.2021 (thứ Hai).",
        "Garay 𐵐𐵑 and IPA ɤƛ: the fallback path",
        "emoji 🎉 giữa câu 🇻🇳",
        "ΟΔΟΣ οδός Σ — Москва",
        "a" * 3000,
    ],
)
def test_words_equal_word_tokenize_on_odd_text(word_tokenize: Any, text: str) -> None:
    assert load_segmenter()(text) == word_tokenize(text)


def test_falls_back_to_word_tokenize_for_an_unknown_model(
    monkeypatch: pytest.MonkeyPatch, word_tokenize: Any
) -> None:
    monkeypatch.setattr(segmenter, "MODEL", "no-such-model")
    seg = load_segmenter()
    text = "Hội nghị tổng kết công tác dân vận năm 2021."
    assert seg(text) == word_tokenize(text)
