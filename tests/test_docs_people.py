"""docs/people.md: every python block runs as-is from the repository root, in order."""

from __future__ import annotations

import os
import re

import pytest

from conftest import ROOT

pytest.importorskip("trafilatura")
pytest.importorskip("networkx")
pytest.importorskip("pyarrow")
pytest.importorskip("dask.bag")


def test_people_walkthrough_runs(capsys: pytest.CaptureFixture[str]) -> None:
    doc = (ROOT / "docs" / "people.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", doc, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 6
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        namespace: dict[str, object] = {}
        for block in blocks:
            exec(compile(block, "docs/people.md", "exec"), namespace)
    finally:
        os.chdir(here)
    printed = capsys.readouterr().out
    # the outputs shown in the page are what the blocks print
    for shown in re.findall(r"^```text\n(.*?)^```", doc, flags=re.MULTILINE | re.DOTALL):
        for line in shown.splitlines():
            assert line in printed, line
