"""Shared fixtures: paths to the bundled fixtures and the (optional) shared dev corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
GOLD = sorted((FIXTURES / "gold").glob("*.json"))
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def read_seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.stem: read_seed(p) for p in SEEDS}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in GOLD}


def all_offsets_valid(report: Any, text: str) -> list[str]:
    """Every located item of a Report slices to its text; returns the failures."""
    bad = []
    items: list[Any] = [*report.dates, *report.tasks, *report.organizations, *report.locations]
    for o in report.officials:
        items.extend(o.titles)
        items.extend(o.mentions)
    for it in items:
        if text[it.start : it.end] != it.text:
            bad.append(f"{it!r} -> {text[it.start:it.end]!r}")
    return bad


def officials_by_name(text: str) -> dict[str, dict[str, Any]]:
    """The officials stage on ``text`` alone, keyed by name; each with its ``title_texts``."""
    from danvan_nlp.officials import find_officials
    from danvan_nlp.tokenize import split_sentences

    res = find_officials(text, split_sentences(text))
    out = {}
    for o in res["officials"]:
        o = dict(o)
        o["title_texts"] = [text[t["start"] : t["end"]] for t in o["titles"]]
        out[o["name"]] = o
    return out


def check_officials(text: str, expected: dict[str, Any]) -> None:
    """The officials stage on ``text`` against ``expected``: ``names``, the set of names found;
    ``titles`` and ``roles``, {name: its title texts / its roles} of the names given."""
    res = officials_by_name(text)
    if "names" in expected:
        assert set(res) == expected["names"]
    for name, titles in expected.get("titles", {}).items():
        assert res[name]["title_texts"] == titles, name
    for name, roles in expected.get("roles", {}).items():
        assert res[name]["roles"] == roles, name


def locations(text: str) -> list[str]:
    """The texts of the locations the officials stage finds in ``text``."""
    from danvan_nlp.officials import find_officials
    from danvan_nlp.tokenize import split_sentences

    res = find_officials(text, split_sentences(text))
    return [text[d["start"] : d["end"]] for d in res["locations"]]
