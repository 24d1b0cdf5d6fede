"""danvan_nlp.scoring: precision, recall and F1 of a Report against a gold file — task
matching, the date precision rule, and evaluate() over a folder with any extractor."""

import json
from pathlib import Path

import pytest

from danvan_nlp.scoring import evaluate, match_tasks, prf, score_file


def test_prf() -> None:
    assert prf(1, 1, 0)["precision"] == 0.5
    assert prf(1, 1, 0)["recall"] == 1.0
    assert prf(0, 0, 0)["f1"] == 1.0
    assert prf(0, 3, 2)["f1"] == 0.0


def test_tasks_match_one_to_one_by_word_overlap() -> None:
    gold = ["tăng cường nắm bắt tình hình nhân dân", "đẩy mạnh tuyên truyền bầu cử"]
    pred = ["Tăng cường nắm bắt tình hình Nhân dân.", "tăng cường nắm bắt", "trao giải"]
    matches = match_tasks(pred, gold)
    assert matches == [(0, 0)]


def test_score_file_counts() -> None:
    gold = {
        "published": "2021-01-13T17:05",
        "event_date": "2021-01-13",
        "officials": [{"name": "Nguyễn Văn A", "titles": ["Bí thư Tỉnh ủy Ninh Bình"],
                       "roles": ["chair"]}],
        "dates": [{"text": "năm 2020", "value": "2020"}, {"text": "năm 2020", "value": "2020"}],
        "tasks": ["tăng cường nắm bắt tình hình nhân dân"],
    }
    pred = {
        "published": "2021-01-13T17:05",
        "event": {"date": "2021-01-12"},
        "officials": [
            {"name": "Nguyễn  Văn A", "titles": [{"text": "Bí thư Tỉnh ủy"}], "roles": ["chair", "speak"]},
            {"name": "Trần B", "titles": [], "roles": []},
        ],
        "dates": [{"value": "2020"}, {"value": "2021"}],
        "tasks": [{"text": "Tăng cường nắm bắt tình hình Nhân dân"}],
    }
    s = score_file(pred, gold)
    assert (s["names"]["tp"], s["names"]["fp"], s["names"]["fn"]) == (1, 1, 0)
    assert (s["titles"]["tp"], s["titles"]["fp"]) == (1, 0)
    assert (s["roles"]["tp"], s["roles"]["fp"]) == (1, 1)
    assert (s["dates"]["tp"], s["dates"]["fp"], s["dates"]["fn"]) == (1, 1, 1)
    assert s["tasks"]["tp"] == 1
    assert s["published"]["ok"] and not s["event_date"]["ok"]


def test_date_precision_rule() -> None:
    gold = {"published": "2021-02-27", "event_date": None}
    assert score_file({"published": "2021-02-27T10:00"}, gold)["published"]["ok"]
    assert not score_file({"published": "2021-02"}, gold)["published"]["ok"]


def test_evaluate_with_custom_extractor(tmp_path: Path) -> None:
    g = {"id": "x", "text": "t", "published": None, "event_date": None, "officials": [],
         "dates": [{"text": "năm 2020", "value": "2020"}], "tasks": []}
    (tmp_path / "x.json").write_text(json.dumps(g), encoding="utf-8")
    res = evaluate(tmp_path, extract_fn=lambda text: {"dates": [{"value": "2020"}]})
    assert res["fields"]["dates"]["f1"] == 1.0
    assert res["files"] == 1
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path / "missing")
