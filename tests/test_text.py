"""danvan_nlp.text: the shared text helpers — tone placement, the corpus SCHEMA's comparison
form of a string, a title without its trailing place, and the regex alternation of phrases."""

from __future__ import annotations

import pytest
import regex

from danvan_nlp.text import alternation, new_tone_placement, norm_text, old_tones, strip_trailing_place
from helpers import TONES

# --- tone placement -------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), TONES)
def test_tone_placement(old: str, new: str) -> None:
    assert new_tone_placement(old) == new


def test_old_tones_locates_each_old_placement() -> None:
    text = "Uỷ ban hoà giải, quý I, HOÀ, hoàn thành, Thuý"
    assert old_tones(text) == [(0, 2, "Ủy"), (8, 10, "òa"), (25, 27, "ÒA"), (43, 45, "úy")]
    assert old_tones("Ủy ban hòa giải") == []


# --- the comparison form ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Uỷ ban", "ủy ban"),
        ("  Bí thư   Tỉnh ủy, ", "bí thư tỉnh ủy"),
        ("“Dân vận khéo”", "dân vận khéo"),
        ("Chủ tịch\nHĐND", "chủ tịch hđnd"),
    ],
)
def test_norm_text(a: str, b: str) -> None:
    assert norm_text(a) == b


# --- a title without its trailing place -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("Chủ tịch UBMTTQVN tỉnh Quảng Trị", "Chủ tịch UBMTTQVN tỉnh"),
        ("Bí thư Huyện ủy Diên Khánh", "Bí thư Huyện ủy"),
        ("Chủ tịch UBND Quận 2", "Chủ tịch UBND Quận"),
        ("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
    ],
)
def test_trailing_place(title: str, stripped: str) -> None:
    assert strip_trailing_place(title) == stripped


def test_trailing_place_is_the_same_for_long_and_short_organ_names() -> None:
    assert norm_text(strip_trailing_place("Chủ tịch Ủy ban MTTQ Việt Nam TPHCM")) == norm_text(
        strip_trailing_place("Chủ tịch Ủy ban MTTQ Việt Nam")
    )


# --- alternation of phrases -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrases", "gap", "pattern"),
    [
        (["Bí thư", "", "Chủ  tịch"], r"\s+", r"Bí\s+thư|Chủ\s+tịch"),  # empty phrases left out
        (["UBND (tỉnh)", "a.b"], r"\s+", r"UBND\s+\(tỉnh\)|a\.b"),  # escaped
        (["Tỉnh ủy"], " ", "Tỉnh ủy"),
    ],
)
def test_alternation(phrases: list[str], gap: str, pattern: str) -> None:
    assert alternation(phrases, gap) == pattern


def test_alternation_keeps_the_order_given_and_matches_any_spacing() -> None:
    alt = regex.compile(alternation(["Bí thư", "Bí thư Tỉnh ủy"]))
    assert alt.match("Bí thư Tỉnh ủy").group(0) == "Bí thư"  # type: ignore[union-attr]
    assert regex.fullmatch(alternation(["Bí thư"]), "Bí \n thư")
