"""danvan_nlp.frames: a Report, or many with their ids, as pandas DataFrames of officials,
dates and tasks."""

from __future__ import annotations

import danvan_nlp
from helpers import TU


def test_frames() -> None:
    report = danvan_nlp.extract(TU)
    frames = report.to_frames()
    assert list(frames) == ["officials", "dates", "tasks"]
    assert frames["officials"].loc[0, "title"] == "Bí thư Tỉnh ủy"
    assert frames["dates"].loc[0, "value"] == "2021-01-13"
    many = danvan_nlp.to_frames([report, report], ids=["a", "b"])
    assert list(many["officials"]["doc_id"]) == ["a", "b"]
    assert many["tasks"].columns[0] == "doc_id"
