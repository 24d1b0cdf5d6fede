"""danvan_nlp.display: render() of a Doc or a Report, the report's HTML tables, and the HTML
page of many reports (small, one shared stylesheet, readable in a headless browser)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import danvan_nlp
from conftest import SEEDS, read_seed
from danvan_nlp.display import page
from helpers import TU

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def test_render_doc_and_report() -> None:
    html = danvan_nlp.render(danvan_nlp.load()(TU))
    assert "Nguyễn Văn Tú" in html and "OFFICIAL" in html and "DATE" in html
    report = danvan_nlp.extract(TU)
    assert "TITLE" in danvan_nlp.render(report, TU)
    tables = report._repr_html_()
    assert "<table" in tables and "Bí thư Tỉnh ủy" in tables and "2021-01-13" in tables
    assert danvan_nlp.render(report) == tables
    with pytest.raises(TypeError):
        danvan_nlp.render("text")  # type: ignore[arg-type]


def test_html_page_shares_its_styles() -> None:
    text = read_seed(SEEDS[0])
    html = page([("seed", danvan_nlp.extract(text), text)])
    assert html.count("style=") <= 2
    assert len(html.encode("utf-8")) < 50_000
    assert 'class="spans dv' in html and "Nguyễn Thị Thu Hà" in html


@pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                    reason="Debian chromium + chromium-driver not installed (.ci/run installs them)")
def test_html_page_in_headless_chromium(tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    text = read_seed(SEEDS[0])
    report = danvan_nlp.extract(text)
    html_path = tmp_path / "report.html"
    html_path.write_text(page([("seed 000", report, text)]), encoding="utf-8")

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--window-size=1400,2000",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        driver.get(html_path.as_uri())
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "Nguyễn Thị Thu Hà" in body
        labels = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "span[style] span, span")]
        joined = " ".join(labels)
        for label in ("OFFICIAL", "TITLE", "DATE"):
            assert label in joined, label
        shot_dir = Path(os.environ.get("TMPDIR", "/tmp")) / "danvan_nlp-ci"
        shot_dir.mkdir(parents=True, exist_ok=True)
        shot = shot_dir / "report.png"
        driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        driver.quit()
