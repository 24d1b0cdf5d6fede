"""Scores on the shared dev corpus (../shared/corpus/dev), when it is there.

The corpus grows every release. The articles the rules were designed on are held to the
bars they reached then; the whole corpus is held to the targets of the accuracy issues.
A target that does not hold yet is a strict expected failure: it turns red the day it
holds (so the mark is removed and the bar becomes a real one), and the original articles
keep their own bars meanwhile, so no regression slips through. The corpus is read in
place, never copied into the project.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import DEV_CORPUS

pytestmark = pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="shared dev corpus not present")

#: The 18 articles of release 0.1 (5 seeds and 13 dev articles); every other file of the
#: corpus arrived later and was first scored with the code as it was (docs/evaluation.md).
ORIGINAL_18 = (
    "000_", "001_", "002_", "003_", "004_", "A02-", "A03-", "A05-", "A12-",
    "B01-", "B02-", "B10-", "B11-", "B13-", "C01-", "C02-", "C10-", "C15-",
)

#: Bars of the original 18 (never lowered).
ORIGINAL_BARS = {"names": 0.97, "titles": 0.95, "roles": 0.95, "dates": 0.97, "tasks": 0.88,
                 "published": 0.95, "event_date": 0.90}

#: Targets on the whole corpus (issues 11, 12, 13), with the ones that do not hold yet.
TARGETS = {"names": 0.98, "titles": 0.95, "roles": 0.93, "dates": 0.97, "tasks": 0.92,
           "published": 0.97, "event_date": 0.95}
NOT_YET: set[str] = set()

#: What holds on the whole corpus since release 0.2 (raised to just under the scores
#: reached; see docs/evaluation.md). Never lowered.
WHOLE_CORPUS_BARS = {"names": 0.99, "titles": 0.99, "roles": 0.98, "dates": 0.99,
                     "tasks": 0.95, "published": 0.99, "event_date": 0.99}


def aggregate(per_file: dict[str, Any], ids: list[str]) -> dict[str, float]:
    """Micro-averaged F1 per field and date accuracies over the chosen files."""
    from danvan_nlp.scoring import FIELDS, prf

    out: dict[str, float] = {}
    for field in FIELDS:
        tp = sum(per_file[i][field]["tp"] for i in ids)
        fp = sum(per_file[i][field]["fp"] for i in ids)
        fn = sum(per_file[i][field]["fn"] for i in ids)
        out[field] = float(prf(tp, fp, fn)["f1"])
    for key in ("published", "event_date"):
        scored = [per_file[i][key] for i in ids if per_file[i][key]["gold"] is not None]
        out[key] = sum(s["ok"] for s in scored) / len(scored) if scored else 1.0
    return out


@pytest.fixture(scope="module")
def per_file() -> dict[str, Any]:
    from danvan_nlp.scoring import evaluate

    result: dict[str, Any] = evaluate(DEV_CORPUS)["per_file"]
    return result


def _original(per_file: dict[str, Any]) -> list[str]:
    ids = [i for i in per_file if i.startswith(ORIGINAL_18)]
    assert len(ids) == 18, ids
    return ids


@pytest.mark.parametrize(("field", "bar"), sorted(ORIGINAL_BARS.items()))
def test_original_18_hold_their_bars(per_file: dict[str, Any], field: str, bar: float) -> None:
    assert aggregate(per_file, _original(per_file))[field] >= bar


@pytest.mark.parametrize(
    ("field", "target"),
    [
        pytest.param(f, t, marks=pytest.mark.xfail(strict=True, reason="target of issues 11-13"))
        if f in NOT_YET
        else (f, t)
        for f, t in sorted(TARGETS.items())
    ],
)
def test_whole_corpus_reaches_targets(per_file: dict[str, Any], field: str, target: float) -> None:
    assert aggregate(per_file, list(per_file))[field] >= target


@pytest.mark.parametrize(("field", "bar"), sorted(WHOLE_CORPUS_BARS.items()))
def test_whole_corpus_holds_its_bars(per_file: dict[str, Any], field: str, bar: float) -> None:
    assert aggregate(per_file, list(per_file))[field] >= bar


def test_every_dev_report_has_valid_offsets() -> None:
    import json

    import danvan_nlp
    from conftest import all_offsets_valid

    for path in sorted(DEV_CORPUS.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        assert all_offsets_valid(danvan_nlp.extract(text), text) == [], path.name
