"""Scores on the shared dev corpus (../shared/corpus/dev), when it is there.

These are the bars of the officials, dates and tasks issues; a change that drops below
them fails here. The corpus is read in place, never copied into the project."""

import pytest

from conftest import DEV_CORPUS

pytestmark = pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="shared dev corpus not present")


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    from danvan_nlp.scoring import evaluate

    return evaluate(DEV_CORPUS)


@pytest.mark.parametrize(
    ("field", "bar"),
    [("names", 0.97), ("titles", 0.95), ("roles", 0.95), ("dates", 0.97), ("tasks", 0.88)],
)
def test_field_f1(result, field: str, bar: float) -> None:  # type: ignore[no-untyped-def]
    assert result["fields"][field]["f1"] >= bar


def test_date_accuracy(result) -> None:  # type: ignore[no-untyped-def]
    assert result["published"]["accuracy"] >= 0.95
    assert result["event_date"]["accuracy"] >= 0.90


def test_every_dev_report_has_valid_offsets() -> None:
    import json

    import danvan_nlp
    from conftest import all_offsets_valid

    for path in sorted(DEV_CORPUS.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        assert all_offsets_valid(danvan_nlp.extract(text), text) == [], path.name
