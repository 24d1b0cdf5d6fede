"""Stage 2 — tokenize: sentences and words with character offsets, and the spaCy tokenizer.

:func:`segment` takes a normalized string (see :mod:`danvan_nlp.normalize`) and returns its
sentences, each with the spans of its words as underthesea segments them ("Tỉnh ủy",
"Nguyễn Thị Thu Hà" are one word each). Spans are found by aligning underthesea's output to
the text character by character, ignoring whitespace, because underthesea may add spaces
that the text does not have ("[GMT" → "[ GMT") or join tokens across spaces.

:class:`DanvanTokenizer` is the spaCy tokenizer: it normalizes the caller's text, segments
it, and builds a :class:`spacy.tokens.Doc` over the caller's *original* string
(``doc.text == text``), so ``text[token.idx:token.idx + len(token)] == token.text`` always
holds. ``token.norm_`` carries the normalized spelling. The normalization map travels in
``doc.user_data`` for the later stages.

underthesea is imported on first use, not at import time; its segmentation runs through
:mod:`danvan_nlp.segmenter` (the same words, built about twice as fast).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from danvan_nlp.normalize import Normalized, normalize
from danvan_nlp.resources import dotted_abbreviations
from danvan_nlp.segmenter import load_segmenter

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = [
    "REPORT_ONLY",
    "DanvanTokenizer",
    "Sentence",
    "create_tokenizer",
    "replace_surrogates",
    "segment",
    "sentence_words",
    "split_sentences",
]

Span = tuple[int, int]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[Span, ...]


_TERMINAL = regex.compile(r"[.!?…:;”\"»)\]]\s*$")
_LOWER_START = regex.compile(r"^\s*[\p{Ll}\d(“\"]")


@cache
def _sent_end() -> regex.Pattern[str]:
    """A sentence ends at . ! ? … before a capital — not after an item number ("1. Đẩy
    mạnh") nor after a dotted abbreviation ("TS. Đinh Công Sứ", see ``dotted.tsv``)."""
    dotted = "|".join(regex.escape(a) for a in sorted(dotted_abbreviations(), key=len, reverse=True))
    return regex.compile(
        r"(?<=[.!?…])(?<!(?:^|\n)[ ]?(?:\d{1,2}|[IVX]{1,4}|[a-z])[.])"
        rf"(?<!(?<![\p{{L}}])(?:{dotted})[.])"
        r"[”\"»)]?\s+(?=[\p{Lu}\d“\"(–-])"
    )


def _hard_wrapped(lines: Sequence[str]) -> bool:
    """A text whose long lines mostly stop without punctuation was wrapped at a fixed
    width: there a single line break is a space."""
    long_lines = [ln for ln in lines if len(ln) >= 40]
    open_ends = [ln for ln in long_lines if not _TERMINAL.search(ln)]
    return len(open_ends) >= 4 and len(open_ends) >= 0.6 * len(long_lines)


def _paragraphs(text: str) -> Iterator[Span]:
    """Paragraph spans: blank lines always separate; a single line break separates unless
    it is a hard wrap inside a sentence (long line without final punctuation followed by a
    line that goes on, or a line ending in a comma)."""
    start = 0
    pos = 0
    lines = text.split("\n")
    hard_wrapped = _hard_wrapped(lines)
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        wrapped = (
            line.strip()
            and nxt.strip()
            and not _TERMINAL.search(line)
            and (
                hard_wrapped
                or _LOWER_START.match(nxt) is not None
                or line.rstrip().endswith(",")  # a caption's title list goes on
            )
        )
        if not wrapped:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        pos = end + 1


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: paragraphs, then sentence-final punctuation followed by
    a capital letter. Linear time; no model needed."""
    spans: list[Span] = []
    for p_start, p_end in _paragraphs(text):
        cur = p_start
        for m in _sent_end().finditer(text, p_start, p_end):
            spans.append((cur, m.start()))
            cur = m.end()
        spans.append((cur, p_end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _align(text: str, start: int, end: int, pieces: Sequence[str]) -> list[Span]:
    """Spans in ``text[start:end]`` of each piece, matching non-space characters in order.
    A piece that cannot be aligned (the segmenter changed a character) ends alignment; the
    rest of the range is split at whitespace."""
    spans: list[Span] = []
    pos = start
    for piece in pieces:
        while pos < end and text[pos].isspace():
            pos += 1
        if text.startswith(piece, pos, end) and piece and not piece[-1].isspace():
            spans.append((pos, pos + len(piece)))  # the common case: the piece as written
            pos += len(piece)
            continue
        chars = [c for c in piece if not c.isspace()]
        if not chars:
            continue
        a = k = pos
        for c in chars:
            while k < end and text[k].isspace():
                k += 1
            if k >= end or text[k] != c:
                break
            k += 1
        else:
            spans.append((a, k))
            pos = k
            continue
        break  # the segmenter rewrote something: fall back to whitespace tokens
    for m in regex.finditer(r"\S+", text[pos:end]):
        spans.append((pos + m.start(), pos + m.end()))
    return spans


MAX_CHUNK = 2000


def _chunks(text: str, a: int, b: int) -> Iterator[Span]:
    """Cut an over-long sentence at spaces into pieces of at most ``MAX_CHUNK`` characters,
    so that the segmenter's cost stays linear in the length of the text."""
    while b - a > MAX_CHUNK:
        cut = text.rfind(" ", a + MAX_CHUNK // 2, a + MAX_CHUNK)
        if cut <= a:
            cut = a + MAX_CHUNK
        yield a, cut
        a = cut
    yield a, b


def segment(text: str, word_tokenize: Callable[[str], list[str]] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences and words (underthesea's segmentation), with offsets."""
    tok = word_tokenize or load_segmenter()
    return [Sentence(a, b, tuple(sentence_words(text, a, b, tok))) for a, b in split_sentences(text)]


def sentence_words(
    text: str, start: int, end: int, word_tokenize: Callable[[str], list[str]] | None = None
) -> list[Span]:
    """The spans of underthesea's words in the sentence ``text[start:end]`` (what
    :func:`segment` gives for that sentence)."""
    tok = word_tokenize or load_segmenter()
    words: list[Span] = []
    for ca, cb in _chunks(text, start, end):
        try:
            pieces = tok(text[ca:cb])
        except Exception:  # the segmenter must never take a document down with it
            pieces = text[ca:cb].split()
        words.extend(_align(text, ca, cb, pieces))
    return words


_GAP_PIECES = regex.compile(r"\S+|\s+")


def _words_and_spaces(
    text: str, spans: Sequence[Span], starts: Sequence[bool]
) -> tuple[list[str], list[bool], list[bool], list[int]]:
    """spaCy words / spaces / sentence starts covering all of ``text``, from sorted,
    disjoint token spans and whether each span starts a sentence; and the index of each
    span's word."""
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []

    def add_gap(gap: str) -> None:
        for m in _GAP_PIECES.finditer(gap):
            piece = m.group(0)
            if not piece.isspace():
                # text the segmenter did not see (removed site chrome): plain tokens
                words.append(piece)
                spaces.append(False)
                sent_starts.append(False)
                continue
            if words and piece[0] == " " and not spaces[-1]:
                spaces[-1] = True
                piece = piece[1:]
            if piece:
                words.append(piece)
                spaces.append(False)
                sent_starts.append(False)

    index: list[int] = []
    cur = 0
    for (a, b), start in zip(spans, starts, strict=True):
        if a == cur + 1 and text[cur] == " " and words and not spaces[-1]:
            spaces[-1] = True  # the common gap: one space
        elif a > cur:
            add_gap(text[cur:a])
        index.append(len(words))
        words.append(text[a:b])
        spaces.append(False)
        sent_starts.append(start)
        cur = b
    add_gap(text[cur:])
    if sent_starts:
        sent_starts[0] = True
    return words, spaces, sent_starts, index


_SURROGATE = regex.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (``"\\ud83b"``, what a JSON loader makes of a
    truncated emoji) replaced by U+FFFD, one code point for one, so every offset is kept;
    and how many were replaced. spaCy cannot store such strings (they are not UTF-8)."""
    if text.isascii():
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


#: ``doc.user_data`` key of a Doc made for a Report only (:meth:`DanvanTokenizer.report_doc`)
REPORT_ONLY = "danvan.report_only"
# a word and the one space after it, or the whitespace no word takes (a token of its own)
_WORD_SPACE = re.compile(r"(\S+)( ?)|(\s+)")


def _whitespace_tokens(text: str) -> tuple[list[str], list[bool]]:
    """spaCy words and spaces of ``text`` cut at whitespace only: a word keeps one space
    after it; any other whitespace is a token (as spaCy's own tokenizer has it)."""
    words: list[str] = []
    spaces: list[bool] = []
    for word, space, gap in _WORD_SPACE.findall(text):
        words.append(word or gap)
        spaces.append(bool(space))
    return words, spaces


def _prepared(text: str) -> tuple[str, Normalized, int]:
    """The text checked (lone surrogates replaced), its normalization, how many replaced."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    text, replaced = replace_surrogates(text)
    return text, normalize(text), replaced


def _keep(doc: Doc, text: str, norm: Normalized, sentences: list[Span], replaced: int) -> None:
    """Store what the stages read in ``doc.user_data``: the normalization (with the original
    text), the sentence spans (normalized offsets), and the note on replaced surrogates."""
    doc.user_data["danvan.norm"] = {**norm.to_data(), "original": text}
    doc.user_data["danvan.sents"] = sentences
    if replaced:
        doc.user_data["danvan.input_warnings"] = [
            f"{replaced} lone surrogate code point(s) (e.g. a truncated emoji) replaced by "
            "U+FFFD; offsets are unchanged"
        ]


class DanvanTokenizer:
    """spaCy tokenizer: normalize, segment with underthesea, build a Doc on the original text."""

    def __init__(self, vocab: Vocab, use_underthesea: bool = True) -> None:
        self.vocab = vocab
        self.use_underthesea = use_underthesea
        self._tok: Callable[[str], list[str]] | None = None

    def _segmenter(self) -> Callable[[str], list[str]]:
        if self._tok is None:
            self._tok = load_segmenter() if self.use_underthesea else str.split
        return self._tok

    def __call__(self, text: str) -> Doc:
        """The Doc of ``text``: underthesea's words as tokens, its sentences."""
        from spacy.tokens import Doc

        text, norm, replaced = _prepared(text)
        sentences = segment(norm.text, self._segmenter())
        spans: list[Span] = []
        changed: dict[int, str] = {}  # span index -> normalized spelling, where it differs
        starts: list[bool] = []
        last = 0
        same = norm.text == text
        flat = [w for sent in sentences for w in sent.words]
        mapped = iter(flat if same else norm.to_original_many(flat))
        for sent in sentences:
            first = True
            for a, b in sent.words:
                oa, ob = next(mapped)
                if oa < last or ob <= oa:
                    continue
                if not same and text[oa:ob] != norm.text[a:b]:
                    changed[len(spans)] = norm.text[a:b]
                spans.append((oa, ob))
                starts.append(first)
                first = False
                last = ob
        words, spaces, starts_, index = _words_and_spaces(text, spans, starts)
        sent_starts: list[bool | int | None] = list(starts_)
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
        for i, n in changed.items():
            doc[index[i]].norm_ = n
        _keep(doc, text, norm, [(s.start, s.end) for s in sentences], replaced)
        # underthesea's words of several syllables, in normalized offsets: evidence for
        # where a name starts after a place (names.py)
        doc.user_data["danvan.words"] = [
            (a, b) for s in sentences for a, b in s.words if " " in norm.text[a:b]
        ]
        return doc

    def report_doc(self, text: str) -> Doc:
        """A Doc for :func:`danvan_nlp.extract`, which returns a Report and no tokens: the
        same normalization and sentences, tokens cut at whitespace only, no underthesea
        segmentation (the officials stage asks for the words of the few sentences where it
        needs them), and marked so that the components build no span group. The Report is
        the same as from :meth:`__call__`'s Doc (docs/architecture.md)."""
        from spacy.tokens import Doc

        text, norm, replaced = _prepared(text)
        words, spaces = _whitespace_tokens(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        _keep(doc, text, norm, split_sentences(norm.text), replaced)
        doc.user_data[REPORT_ONLY] = True
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # serialization: the tokenizer has no state of its own
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> DanvanTokenizer:
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> DanvanTokenizer:
        return self


def create_tokenizer(use_underthesea: bool = True) -> Callable[[Language], DanvanTokenizer]:
    """spaCy registry function ``danvan.UndertheseaTokenizer.v1``."""

    def factory(nlp: Language) -> DanvanTokenizer:
        return DanvanTokenizer(nlp.vocab, use_underthesea=use_underthesea)

    return factory


def doc_normalized(doc: Doc) -> Normalized:
    """The :class:`Normalized` text of a Doc: from our tokenizer's data, or computed anew
    for a Doc made by another tokenizer (``spacy.blank("vi")`` + our components)."""
    data = doc.user_data.get("danvan.norm")
    if data is not None and isinstance(data.get("original"), str):
        return Normalized.from_data(data["original"], data)
    text = doc.text  # joins every token: done once, then kept in user_data
    norm = normalize(text)
    doc.user_data["danvan.norm"] = {**norm.to_data(), "original": text}
    return norm


def doc_sentences(doc: Doc, norm: Normalized) -> list[Span]:
    """Sentence spans in normalized coordinates."""
    sents = doc.user_data.get("danvan.sents")
    if sents is None:
        sents = split_sentences(norm.text)
        doc.user_data["danvan.sents"] = [tuple(s) for s in sents]
    return [(int(a), int(b)) for a, b in sents]
