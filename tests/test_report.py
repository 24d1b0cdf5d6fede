"""danvan_nlp.report: the Report model — round trips through dict and JSON, its keys, the
shipped JSON schema (current, validating, shown in docs/report.md), frozen, with its help."""

import json
import pydoc

import jsonschema
import pytest

import danvan_nlp
from danvan_nlp.report import DateItem, Official, Report, Title, generate_schema, json_schema


def _sample() -> Report:
    return Report(
        title="Hội nghị",
        published="2021-01-13T17:05",
        officials=[
            Official(
                name="Nguyễn Văn A",
                titles=[
                    Title(text="Bí thư Tỉnh ủy", start=10, end=24, position="Bí thư",
                          organization="Tỉnh ủy", level="tỉnh", canonical="Bí thư Tỉnh ủy")
                ],
                roles=["chair"],
            )
        ],
        dates=[DateItem(text="năm 2021", start=0, end=8, value="2021", kind="year")],
    )


def test_round_trip() -> None:
    r = _sample()
    assert Report.from_dict(r.to_dict()) == r
    assert Report.from_json(r.to_json()) == r
    assert json.loads(r.to_json())["officials"][0]["titles"][0]["level"] == "tỉnh"


def test_required_keys() -> None:
    d = Report().to_dict()
    for key in ("schema_version", "title", "published", "authors", "event", "officials",
                "dates", "tasks", "organizations", "locations", "warnings"):
        assert key in d
    assert set(d["event"]) >= {"date", "kind", "location", "organizer"}


def test_shipped_schema_is_current() -> None:
    assert json_schema() == json.loads(json.dumps(generate_schema()))


def test_to_dict_validates_against_schema() -> None:
    jsonschema.validate(_sample().to_dict(), json_schema())
    bad = _sample().to_dict()
    bad["officials"][0]["roles"] = ["dance"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())


def test_report_is_frozen() -> None:
    r = _sample()
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError
        r.title = "x"  # type: ignore[misc]


def test_docs_show_the_shipped_schema() -> None:
    from conftest import ROOT

    doc = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    block = doc.split("```json\n", 1)[1].split("\n```", 1)[0]
    assert json.loads(block) == json_schema()


def test_report_help_and_to_json_doc() -> None:
    text = pydoc.render_doc(danvan_nlp.Report, renderer=pydoc.plaintext)
    assert "What :func:`danvan_nlp.extract` found" in text
    assert danvan_nlp.Report.to_json.__doc__ and "indent" in danvan_nlp.Report.to_json.__doc__
