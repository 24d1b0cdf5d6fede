"""Every code block of README.md and docs/*.md runs here, with Sybil, so a recipe that
breaks fails CI.

* ```python blocks run in order, one namespace per document, in a scratch folder holding
  what the examples open: ``article.txt`` (seed 000), ``fixtures/`` (the repository's) and
  ``articles/part-0.jsonl`` (the seeds as ``{"id", "text"}`` records).
* A python block preceded by ``<!-- skip: next "why" -->`` is reported as skipped with
  that reason.
* Blocks in other languages (shell commands, program output, JSON) cannot run: each is
  reported as a skipped test naming its language. A block without a language fails
  the test below, so nothing is left out silently.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

from conftest import ROOT, SEEDS

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
NOT_RUNNABLE = {"bash", "console", "text", "json"}
_FENCE = re.compile(r"^```(\S*)\s*$")

SYBIL = Sybil(parsers=[PythonCodeBlockParser(), SkipParser()])


def _fences(path: Path) -> list[tuple[int, str]]:
    """(line, language) of each fenced block."""
    out = []
    inside = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = _FENCE.match(line)
        if not m:
            continue
        if not inside:
            out.append((n, m.group(1)))
        inside = not inside
    return out


def _python_examples() -> list[Any]:
    params = []
    for path in DOCS:
        for example in SYBIL.parse(path):
            if isinstance(example.region.evaluator, type(SkipParser().skipper)):
                continue
            rel = path.relative_to(ROOT)
            params.append(pytest.param(path, example.line, id=f"{rel}:{example.line}"))
    return params


def _other_blocks() -> list[Any]:
    return [
        pytest.param(lang, id=f"{path.relative_to(ROOT)}:{line}")
        for path in DOCS
        for line, lang in _fences(path)
        if lang != "python"
    ]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A working folder with the files the examples open."""
    folder = tmp_path_factory.mktemp("docs")
    (folder / "article.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "fixtures").symlink_to(ROOT / "fixtures")
    (folder / "articles").mkdir()
    with (folder / "articles" / "part-0.jsonl").open("w", encoding="utf-8") as f:
        for p in SEEDS:
            f.write(json.dumps({"id": p.stem[:3], "text": p.read_text(encoding="utf-8")},
                               ensure_ascii=False) + "\n")
    old = Path.cwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(old)


_documents: dict[Path, tuple[Any, int]] = {}  # path -> (parsed document, examples run)


@pytest.mark.parametrize(("path", "line"), _python_examples())
def test_python_block_runs(path: Path, line: int, scratch: Path) -> None:
    document, done = _documents.get(path) or (SYBIL.parse(path), 0)
    examples = list(document)
    target = next(i for i, ex in enumerate(examples) if ex.line == line)
    # the blocks before this one, in order (each runs once), for the names they define
    for ex in examples[done:target]:
        with contextlib.suppress(Exception):  # skipped or failing: reported by its own test
            ex.evaluate()
    _documents[path] = (document, target + 1)
    examples[target].evaluate()  # a skipped block raises SkipTest, reported as skipped


@pytest.mark.parametrize("lang", _other_blocks())
def test_other_blocks_are_skipped_visibly(lang: str) -> None:
    assert lang, "a fenced block without a language: tag it (python runs; bash, console, text, json do not)"
    assert lang in NOT_RUNNABLE, f"unknown block language {lang!r}"
    pytest.skip(f"{lang} block: shell commands and program output are not run")


def test_readme_first_block_is_the_two_ci_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```", 2)[1].splitlines()[1:]
    assert len([line for line in block if line.strip()]) == 2
    assert all(line.startswith("python3 -m venv .venv") for line in block if line.strip())
