"""End to end on the five seed articles (bundled in fixtures/)."""

import unicodedata

import jsonschema
import pytest

import danvan_nlp
from conftest import SEEDS, all_offsets_valid, read_seed
from danvan_nlp.report import json_schema


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_report_is_valid_with_offsets(path) -> None:  # type: ignore[no-untyped-def]
    text = read_seed(path)
    report = danvan_nlp.extract(text)
    jsonschema.validate(report.to_dict(), json_schema())
    assert all_offsets_valid(report, text) == []
    assert report.officials, "every seed names officials"
    assert report.dates


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_nfd_seed_gives_same_values(path) -> None:  # type: ignore[no-untyped-def]
    text = read_seed(path)
    nfd = unicodedata.normalize("NFD", text)
    a, b = danvan_nlp.extract(text), danvan_nlp.extract(nfd)
    assert all_offsets_valid(b, nfd) == []
    assert [o.name for o in a.officials] == [o.name for o in b.officials]
    assert [(d.value, d.kind) for d in a.dates] == [(d.value, d.kind) for d in b.dates]
    assert [o.roles for o in a.officials] == [o.roles for o in b.officials]
    assert len(a.tasks) == len(b.tasks)
    assert a.published == b.published and a.event == b.event
    norm = [[unicodedata.normalize("NFC", t.text) for t in o.titles] for o in b.officials]
    assert norm == [[t.text for t in o.titles] for o in a.officials]


def test_seed_scores(gold) -> None:  # type: ignore[no-untyped-def]
    from conftest import FIXTURES
    from danvan_nlp.scoring import evaluate

    res = evaluate(FIXTURES / "gold")
    assert res["fields"]["names"]["f1"] >= 0.9
    assert res["fields"]["dates"]["f1"] >= 0.9


def test_composed_articles_score_well() -> None:
    """Articles written for the project (fixtures/composed), with gold files of their own."""
    from conftest import FIXTURES
    from danvan_nlp.scoring import evaluate

    res = evaluate(FIXTURES / "composed")
    for field in ("names", "titles", "roles", "dates"):
        assert res["fields"][field]["f1"] >= 0.9, field
    assert res["fields"]["tasks"]["f1"] >= 0.75
    assert res["published"]["accuracy"] == 1.0 and res["event_date"]["accuracy"] == 1.0


def test_probe_articles_hold_their_scores() -> None:
    """The probe set (fixtures/probe): articles written for the project after the 0.2 fixes
    and scored before any further change (first contact in fixtures/probe/README.md); the
    fixes they led to must hold."""
    from conftest import FIXTURES
    from danvan_nlp.scoring import evaluate

    res = evaluate(FIXTURES / "probe")
    assert res["files"] >= 20
    bars = {"names": 0.99, "titles": 0.98, "roles": 0.97, "dates": 0.99, "tasks": 0.95}
    for field, bar in bars.items():
        assert res["fields"][field]["f1"] >= bar, field
    assert res["published"]["accuracy"] == 1.0 and res["event_date"]["accuracy"] == 1.0


def test_seeds_are_bundled() -> None:
    assert len(SEEDS) == 5
