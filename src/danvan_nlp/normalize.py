"""Stage 1 — normalize: clean Vietnamese news text and keep a map back to the input.

Takes the caller's string; returns a :class:`Normalized` whose ``text`` is

* Unicode NFC (decomposed input such as NFD is composed),
* written with the new tone placement ("Uỷ" → "Ủy", "hoà" → "hòa"),
* free of zero-width characters, with runs of spaces/tabs/no-break spaces collapsed to one
  space, lines trimmed and at most one blank line between paragraphs,
* free of site chrome (visitor counters, "Lượt xem: 137", "Audio: …mp3", "Tin khác" …),
  as listed in ``data/chrome.tsv``,

and whose :meth:`Normalized.to_original` maps any span of ``text`` back to the span of the
original string it came from. Every offset that :func:`danvan_nlp.extract` reports goes
through that map, so ``original[start:end]`` is always the item as the caller wrote it.

Public function: :func:`normalize`.
"""

from __future__ import annotations

import html
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from danvan_nlp.resources import ChromeRule, chrome_rules
from danvan_nlp.text import new_tone_placement, old_tones

__all__ = ["Normalized", "new_tone_placement", "normalize"]

# One edit: replace current[start:end] by ``replacement``.
Edit = tuple[int, int, str]


@dataclass(frozen=True)
class _Layer:
    """Map of one rewriting pass: segments of the new text and where they came from.

    ``new_starts[i]`` … is the start of segment *i* in the new text, ``old_starts[i]`` the
    start of its source in the old text. ``exact[i]`` is True when the segment is a 1:1 copy
    (or a same-length substitution), so positions inside it map one to one; otherwise the
    whole segment maps to the whole source span.
    """

    new_starts: tuple[int, ...]
    new_ends: tuple[int, ...]
    old_starts: tuple[int, ...]
    old_ends: tuple[int, ...]
    exact: tuple[bool, ...]

    def map_start(self, pos: int) -> int:
        i = bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return 0
        if pos >= self.new_ends[i]:
            # past the last segment (end of text) or inside an empty-replacement gap
            return self.old_ends[i]
        if self.exact[i]:
            return self.old_starts[i] + (pos - self.new_starts[i])
        return self.old_starts[i]

    def map_end(self, pos: int) -> int:
        if pos <= 0:
            return self.map_start(0) if self.new_starts else 0
        i = bisect_right(self.new_starts, pos - 1) - 1
        if i < 0:
            return 0
        if self.exact[i]:
            return self.old_starts[i] + (pos - self.new_starts[i])
        return self.old_ends[i]


def _apply(text: str, edits: Iterable[Edit]) -> tuple[str, _Layer]:
    """Apply sorted, non-overlapping edits; return the new text and its map layer."""
    parts: list[str] = []
    ns: list[int] = []
    ne: list[int] = []
    os_: list[int] = []
    oe: list[int] = []
    ex: list[bool] = []
    cur = 0  # position in old text
    out = 0  # position in new text

    def seg(old_a: int, old_b: int, new_text: str, exact: bool) -> None:
        nonlocal out
        if old_a == old_b and not new_text:
            return
        ns.append(out)
        out += len(new_text)
        ne.append(out)
        os_.append(old_a)
        oe.append(old_b)
        ex.append(exact)
        parts.append(new_text)

    for start, end, repl in edits:
        if start < cur:  # overlapping edit: skip it, the earlier one wins
            continue
        if start > cur:
            seg(cur, start, text[cur:start], True)
        seg(start, end, repl, False)
        cur = end
    if cur < len(text):
        seg(cur, len(text), text[cur:], True)
    layer = _Layer(tuple(ns), tuple(ne), tuple(os_), tuple(oe), tuple(ex))
    return "".join(parts), layer


def _compose(upper: _Layer, lower: _Layer) -> _Layer:
    """One layer equal to mapping through ``upper`` and then ``lower``."""
    ns: list[int] = []
    ne: list[int] = []
    os_: list[int] = []
    oe: list[int] = []
    ex: list[bool] = []

    def add(na: int, nb: int, oa: int, ob: int, exact: bool) -> None:
        ns.append(na)
        ne.append(nb)
        os_.append(oa)
        oe.append(ob)
        ex.append(exact)

    for na, nb, oa, ob, exact in zip(
        upper.new_starts, upper.new_ends, upper.old_starts, upper.old_ends, upper.exact, strict=True
    ):
        if not exact or nb == na or ob == oa:
            a0 = lower.map_start(oa)
            add(na, nb, a0, max(a0, lower.map_end(ob)) if ob > oa else a0, False)
            continue
        # a 1:1 stretch of the middle text: split it where the lower layer's segments change
        i = max(0, bisect_right(lower.new_starts, oa) - 1)
        pos = oa
        while pos < ob and i < len(lower.new_starts):
            la, lb = lower.new_starts[i], lower.new_ends[i]
            if lb <= pos:
                i += 1
                continue
            end = min(ob, lb)
            if end > pos:
                if lower.exact[i]:
                    l0 = lower.old_starts[i] + (pos - la)
                    add(na + (pos - oa), na + (end - oa), l0, l0 + (end - pos), True)
                else:
                    add(na + (pos - oa), na + (end - oa), lower.old_starts[i], lower.old_ends[i], False)
                pos = end
            i += 1
    return _Layer(tuple(ns), tuple(ne), tuple(os_), tuple(oe), tuple(ex))


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus the chain of maps back to ``original``."""

    original: str
    text: str
    layers: tuple[_Layer, ...] = field(default=(), repr=False)
    #: spans of ``original`` that were removed as site chrome, with their kind
    removed: tuple[tuple[str, int, int], ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to the span of ``original`` it came from."""
        if not self.layers:
            return start, end
        a, b = start, end
        empty = a >= b
        for layer in reversed(self.layers):
            if empty:
                a = b = layer.map_start(a)
            else:
                a, b = layer.map_start(a), layer.map_end(b)
        return a, max(a, b)

    def to_original_many(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`to_original` for many spans at once (faster for sorted, non-empty spans)."""
        if not self.layers:
            return list(spans)
        if len(self.layers) != 1:
            return [self.to_original(a, b) for a, b in spans]
        layer = self.layers[0]
        ns, ne, os_, oe, ex = (
            layer.new_starts, layer.new_ends, layer.old_starts, layer.old_ends, layer.exact
        )
        n = len(ns)
        out: list[tuple[int, int]] = []
        i = 0
        for a, b in spans:
            if b <= a or (out and a < spans[len(out) - 1][0]):
                out.append(self.to_original(a, b))
                continue
            while i + 1 < n and ns[i + 1] <= a:  # the segment holding ``a`` (as map_start)
                i += 1
            if a >= ne[i]:
                oa = oe[i]
            else:
                oa = os_[i] + (a - ns[i]) if ex[i] else os_[i]
            j = i
            while j + 1 < n and ns[j + 1] <= b - 1:  # the segment holding ``b - 1``
                j += 1
            ob = os_[j] + (b - ns[j]) if ex[j] else oe[j]
            out.append((oa, max(oa, ob)))
        return out

    def to_data(self) -> dict[str, Any]:
        """Plain (msgpack/JSON-able) form, for ``Doc.user_data``."""
        return {
            "original_len": len(self.original),
            "text": self.text,
            "layers": [
                [list(x.new_starts), list(x.new_ends), list(x.old_starts), list(x.old_ends),
                 list(x.exact)]
                for x in self.layers
            ],
            "removed": [list(r) for r in self.removed],
        }

    @classmethod
    def from_data(cls, original: str, data: dict[str, Any]) -> Normalized:
        layers = tuple(
            _Layer(tuple(a), tuple(b), tuple(c), tuple(d), tuple(bool(v) for v in e))
            for a, b, c, d, e in data["layers"]
        )
        removed = tuple((str(k), int(a), int(b)) for k, a, b in data["removed"])
        return cls(original, data["text"], layers, removed)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


# --- pass 1: Unicode composition, tone placement, invisible characters -------------------

_COMPOSE = regex.compile(r"(?P<comb>\P{M}\p{M}+)|(?P<zw>[\u200b-\u200d\u2060\ufeff\u00ad]+)")


_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _compose_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFC", text) and not _INVISIBLE.search(text):
        return []
    edits: list[Edit] = []
    for m in _COMPOSE.finditer(text):
        if m.group("zw") is not None:
            edits.append((m.start(), m.end(), ""))
            continue
        composed = unicodedata.normalize("NFC", m.group(0))
        if composed != m.group(0):
            edits.append((m.start(), m.end(), composed))
    return edits


def _tone_edits(text: str) -> list[Edit]:
    return old_tones(text)


# --- pass 0: HTML markup ------------------------------------------------------------------

_LOOKS_HTML = regex.compile(
    r"<(?:/?(?:p|div|br|span|a|html|body|head|img|h[1-6]|li|ul|ol|table|tr|td|th|strong|em|b|i|"
    r"figure|figcaption|section|article|header|footer|nav|script|style|meta|link)\b|!--|!doctype)",
    regex.I,
)
_HTML = regex.compile(
    r"(?P<drop><(?P<tag>script|style|noscript|template)\b[^>]{0,500}>.*?</(?P=tag)\s*>|<!--.*?-->)"
    r"|(?P<block></?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|figure|"
    r"figcaption|blockquote)\b[^>]{0,500}>)"
    r"|(?P<tag2></?[a-zA-Z!][^<>]{0,500}>)"
    r"|(?P<ent>&(?:[a-zA-Z]{2,10}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});)",
    regex.I | regex.S,
)


def _html_edits(text: str) -> list[Edit]:
    """Markup → nothing (block tags → a line break), entities → characters."""
    if not _LOOKS_HTML.search(text):
        return []
    edits: list[Edit] = []
    for m in _HTML.finditer(text):
        if m.group("ent") is not None:
            edits.append((m.start(), m.end(), html.unescape(m.group(0))))
        elif m.group("block") is not None:
            edits.append((m.start(), m.end(), "\n"))
        else:
            edits.append((m.start(), m.end(), ""))
    return edits


# --- pass 2 and 4: whitespace ----------------------------------------------------------

_HSPACE = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_WS = regex.compile(
    r"(?P<crlf>\r\n?|[\u2028\u2029\x0b\x0c\x85])"
    rf"|(?P<lead>(?<=^|\n){_HSPACE}+)"
    rf"|(?P<trail>{_HSPACE}+(?=\n|$))"
    rf"|(?P<run>{_HSPACE}{{2,}}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
)
_BLANKS = regex.compile(r"\n{3,}")
_EDGES = regex.compile(r"^\n+|\n+$")


def _ws_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _WS.finditer(text):
        if m.group("crlf") is not None:
            edits.append((m.start(), m.end(), "\n"))
        elif m.group("lead") is not None or m.group("trail") is not None:
            edits.append((m.start(), m.end(), ""))
        else:
            edits.append((m.start(), m.end(), " "))
    return edits


def _blank_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), "\n\n") for m in _BLANKS.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _EDGES.finditer(text)]
    return sorted(edits)


# --- pass 3: site chrome -----------------------------------------------------------------


def _rule_edits(text: str, rule: ChromeRule) -> list[Edit]:
    """Deletions for one chrome rule: a "rest" rule cuts from its first match to the end
    (page trailers such as "Tin khác"), a "span" rule deletes each match."""
    if rule.requires:
        low = text.lower()
        if not any(w in low for w in rule.requires):
            return []
    if rule.action == "rest":
        m = rule.pattern.search(text)
        return [] if m is None else [(m.start(), len(text), "")]
    return [(m.start(), m.end(), "") for m in rule.pattern.finditer(text) if m.end() > m.start()]


def normalize(text: str) -> Normalized:
    """Normalize ``text`` (see module docstring); never raises for a ``str``."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, got {type(text).__name__}")
    layers: list[_Layer] = []
    cur = text

    def run(edits: list[Edit]) -> None:
        nonlocal cur
        if edits:
            cur, layer = _apply(cur, edits)
            layers.append(layer)

    run(_html_edits(cur))
    run(_compose_edits(cur))
    run(_tone_edits(cur))
    first_ws = _ws_edits(cur)
    run(first_ws)
    removed: list[tuple[str, int, int]] = []
    # chrome rules run in file order, each on the output of the one before: trailers go
    # first, so that the byline rule sees the true end of the article
    for rule in sorted(chrome_rules(), key=lambda r: r.action != "rest"):
        edits = _rule_edits(cur, rule)
        if edits:
            done = Normalized(text, cur, tuple(layers))
            removed.extend((rule.kind, *done.to_original(a, b)) for a, b, _ in edits)
            run(edits)
    # chrome removal can leave stray spaces and blank lines behind, and whitespace edits can
    # make new neighbours ("a \r\n b"); a text that neither touched is done
    if removed or first_ws:
        run(_ws_edits(cur))
    run(_blank_edits(cur))
    # one composed map: a single look-up per offset, however many passes ran
    composed = layers[0] if layers else None
    for layer in layers[1:]:
        assert composed is not None
        composed = _compose(layer, composed)
    final = (composed,) if composed is not None else ()
    return Normalized(text, cur, final, tuple(sorted(removed, key=lambda r: r[1])))
