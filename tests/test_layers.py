"""The layer contract (pyproject.toml, checked in CI by import-linter's ``lint-imports``)
names every module of the package exactly once, so a new module cannot slip past it."""

from __future__ import annotations

import pytest

from conftest import ROOT

tomllib = pytest.importorskip("tomllib")  # Python 3.11+


def _layers() -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    return [[m.strip() for m in layer.split("|")] for layer in contract["layers"]]


def test_every_module_is_in_exactly_one_layer() -> None:
    listed = [m for layer in _layers() for m in layer]
    modules = sorted(
        f"danvan_nlp.{p.stem}" for p in (ROOT / "src" / "danvan_nlp").glob("*.py") if p.stem != "__init__"
    )
    assert sorted(listed) == modules


def test_the_pipeline_sits_between_the_stages_and_the_api() -> None:
    index = {m: i for i, layer in enumerate(_layers()) for m in layer}  # 0 is the top
    assert index["danvan_nlp.api"] < index["danvan_nlp.pipeline"] < index["danvan_nlp.officials"]
    assert index["danvan_nlp.scoring"] < index["danvan_nlp.api"]  # evaluation above extraction
    assert index["danvan_nlp.text"] > index["danvan_nlp.normalize"]  # shared helpers below
