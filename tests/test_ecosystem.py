"""spaCy extensions, serialization, rendering, DataFrames, batch and Dask."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import danvan_nlp
from conftest import SEEDS, read_seed
from danvan_nlp.pipeline import SPAN_KEY, SPAN_LABELS

TEXT = ("Chiều ngày 13/1/2021, đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị tại huyện "
        "Kim Sơn. Đồng chí đề nghị các cấp tăng cường công tác dân vận.")


def test_spans_and_extensions() -> None:
    doc = danvan_nlp.load()(TEXT)
    spans = doc.spans[SPAN_KEY]
    by_label = {s.label_: s for s in spans}
    assert set(by_label) == set(SPAN_LABELS) == {"OFFICIAL", "TITLE", "ORG", "LOC", "DATE", "TASK"}
    assert by_label["DATE"]._.value == "2021-01-13"
    assert by_label["OFFICIAL"]._.value == "Nguyễn Văn Tú"
    assert by_label["TITLE"].text == "Bí thư Tỉnh ủy"
    assert doc._.report == danvan_nlp.extract(TEXT)


def test_entry_points_in_a_fresh_interpreter() -> None:
    code = (
        "import spacy; nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}});"
        "nlp.add_pipe('danvan_dates'); doc = nlp('Sáng 8/3/2021, hội nghị diễn ra.');"
        "print(doc._.report.event.date)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if "Can't find factory" in out.stderr:
        pytest.skip("package not installed (entry points need an installed distribution)")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2021-03-08"


def test_to_disk_and_spacy_load(tmp_path: Path) -> None:
    nlp = danvan_nlp.load()
    nlp.to_disk(tmp_path / "model")
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]);"
        "print(nlp.pipe_names); print(nlp(sys.argv[2])._.report.officials[0].name)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "model"), TEXT],
                         capture_output=True, text=True, check=False)
    if "Can't find factory" in out.stderr or "registry" in out.stderr:
        pytest.skip("package not installed (entry points need an installed distribution)")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["['danvan_dates', 'danvan_officials', 'danvan_tasks']",
                                       "Nguyễn Văn Tú"]


def test_render_doc_and_report() -> None:
    html = danvan_nlp.render(danvan_nlp.load()(TEXT))
    assert "Nguyễn Văn Tú" in html and "OFFICIAL" in html and "DATE" in html
    report = danvan_nlp.extract(TEXT)
    assert "TITLE" in danvan_nlp.render(report, TEXT)
    tables = report._repr_html_()
    assert "<table" in tables and "Bí thư Tỉnh ủy" in tables and "2021-01-13" in tables
    assert danvan_nlp.render(report) == tables
    with pytest.raises(TypeError):
        danvan_nlp.render("text")  # type: ignore[arg-type]


def test_frames() -> None:
    report = danvan_nlp.extract(TEXT)
    frames = report.to_frames()
    assert list(frames) == ["officials", "dates", "tasks"]
    assert frames["officials"].loc[0, "title"] == "Bí thư Tỉnh ủy"
    assert frames["dates"].loc[0, "value"] == "2021-01-13"
    many = danvan_nlp.to_frames([report, report], ids=["a", "b"])
    assert list(many["officials"]["doc_id"]) == ["a", "b"]
    assert many["tasks"].columns[0] == "doc_id"


def test_html_format(tmp_path: Path) -> None:
    from danvan_nlp.cli import main

    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out_path = tmp_path / "out.html"
    with out_path.open("w", encoding="utf-8") as out:
        assert main(["extract", str(f), "--format", "html"], out=out) == 0
    page = out_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Nguyễn Văn Tú" in page


def test_dask_local_cluster_matches_sequential() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from danvan_nlp.dask import extract_bag

    texts = [read_seed(p) for p in SEEDS]
    expected = [danvan_nlp.extract(t).to_dict() for t in texts]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = extract_bag(dask_bag.from_sequence(texts, npartitions=2)).compute()
    assert got == expected


CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                    reason="Debian chromium + chromium-driver not installed (.ci/run installs them)")
def test_html_page_in_headless_chromium(tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    from danvan_nlp.display import page

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
