"""danvan_nlp.tables: a Report as HTML tables (what ``Report._repr_html_`` shows)."""

from __future__ import annotations

import danvan_nlp
from danvan_nlp.report import Event, Official, Report, Title
from danvan_nlp.tables import report_tables
from helpers import TU


def _title(text: str, canonical: str) -> Title:
    return Title(text=text, start=0, end=len(text), position=text.split()[0], canonical=canonical,
                 level="tỉnh")


def test_one_row_per_title_and_a_row_for_an_official_without_one() -> None:
    report = Report(
        title="Hội nghị <tổng kết>",
        event=Event(date="2024-03-12", kind="hội nghị"),
        officials=[
            Official(name="Lê Văn An", roles=["chair"], titles=[
                _title("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"),
                _title("Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh"),
            ]),
            Official(name="Hà Thị Nga", roles=["attend"]),
        ],
        warnings=["a date without a year & no evidence"],
    )
    html = report_tables(report)
    assert html.count("<tr><td>Lê Văn An</td>") == 2
    assert "<tr><td>Hà Thị Nga</td><td>attend</td><td></td>" in html
    assert "Hội nghị &lt;tổng kết&gt;" in html and "<tổng" not in html  # escaped
    assert "2024-03-12" in html and "Chủ tịch Hội đồng nhân dân tỉnh" in html
    assert "<li>a date without a year &amp; no evidence</li>" in html


def test_an_empty_report_still_has_its_three_tables() -> None:
    html = report_tables(Report())
    assert html.count("<table") == 3 and "(no title)" in html


def test_jupyter_and_display_show_the_same_tables() -> None:
    report = danvan_nlp.extract(TU)
    assert report._repr_html_() == report_tables(report) == danvan_nlp.render(report)
