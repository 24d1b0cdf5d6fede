"""Shared text helpers, at the bottom of the package (they import only the data files).

- :func:`new_tone_placement` — NFC and the new tone placement ("Uỷ" → "Ủy"), used by
  normalization and by every comparison of strings;
- :func:`norm_text` — the corpus SCHEMA's comparison form of a string;
- :func:`strip_trailing_place` — a title without the place after its level or organ word;
- :func:`alternation` — a regex alternation of phrases from a data file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import regex

from danvan_nlp.resources import levels, organs

__all__ = ["alternation", "new_tone_placement", "norm_text", "old_tones", "strip_trailing_place"]


def alternation(phrases: Iterable[str], gap: str = r"\s+") -> str:
    """A regex alternation of ``phrases`` (escaped, in the order given), the spaces inside
    each phrase matching ``gap``; empty phrases are left out."""
    return "|".join(gap.join(map(regex.escape, words)) for p in phrases if (words := str(p).split()))


# --- tone placement --------------------------------------------------------------------

_OLD_TONE = {
    # old (tone on the second vowel) -> new (tone on the first)
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip


def _with_case(old: str, new: str) -> dict[str, str]:
    out = {old: new, old[0].upper() + old[1]: new[0].upper() + new[1]}
    out[old.upper()] = new.upper()
    return out


_TONE_MAP: dict[str, str] = {}
for _o, _n in _OLD_TONE.items():
    _TONE_MAP.update(_with_case(_o, _n))

# A syllable-final old-style pair ("hoà", "Uỷ") — not after "q" ("quý" is already right)
# and not followed by another letter ("hoàn" is the same in both styles).
_TONE = regex.compile(r"(?<![qQ])(?:" + "|".join(sorted(_TONE_MAP)) + r")(?!\p{L})")


def old_tones(text: str) -> list[tuple[int, int, str]]:
    """(start, end, new spelling) of each old-style tone placement in ``text`` (NFC)."""
    return [(m.start(), m.end(), _TONE_MAP[m.group(0)]) for m in _TONE.finditer(text)]


def new_tone_placement(text: str) -> str:
    """Return ``text`` in NFC with old-style tone placement rewritten to the new style."""
    return _TONE.sub(lambda m: _TONE_MAP[m.group(0)], unicodedata.normalize("NFC", text))


# --- comparison form (the corpus SCHEMA's rules) ------------------------------------------

_PUNCT_EDGES = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
_SPACES = regex.compile(r"\s+")


def norm_text(s: str) -> str:
    """The SCHEMA's string normalization."""
    s = new_tone_placement(s).casefold()  # NFC included
    s = _SPACES.sub(" ", s)
    return _PUNCT_EDGES.sub("", s)


@lru_cache(maxsize=1)
def _anchors() -> regex.Pattern[str]:
    alt = alternation(sorted({*levels(), *organs()}, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alt})(?!\p{{L}})", regex.I)


_CAPITALIZED_TAIL = regex.compile(r"^(?:\s+(?:\p{Lu}\S*|\d+))+$")


def strip_trailing_place(title: str) -> str:
    """Drop a trailing place name after a level or organ word ("… tỉnh Cà Mau" → "… tỉnh").

    The place name is the longest tail of capitalized words (or numbers) that follows a
    level or organ word, so the result does not depend on how long the organ's name is
    ("Ủy ban MTTQ Việt Nam TPHCM" and "Ủy ban MTTQ Việt Nam" both end at "MTTQ").
    """
    t = _SPACES.sub(" ", new_tone_placement(title)).strip()
    t = _PUNCT_EDGES.sub("", t)
    matches = list(_anchors().finditer(t, overlapped=True))
    starts = {m.start() for m in matches}
    for end in sorted({m.end() for m in matches}):
        tail_start = end + 1
        # the tail is the place's own name: "Quận 2" keeps "Quận", drops "2"
        if end < len(t) and _CAPITALIZED_TAIL.match(t[end:]) and tail_start not in starts:
            return t[:end]
    return t
