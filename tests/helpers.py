"""Sample texts and helpers that several module test files share: short articles with their
expected officials, a user's script run in a fresh interpreter, and the people of the
composed pages (conftest.py keeps the fixture paths and the corpus-wide checks)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import danvan_nlp
from conftest import FIXTURES, ROOT

# one official each: Lê Quang Vinh, Hà Thị Ngân, Nguyễn Văn Tú
VINH = "Sáng ngày 12/1/2024, đồng chí Lê Quang Vinh, Phó Bí thư Tỉnh ủy chủ trì hội nghị."
NGAN = ("Ngày 3/2/2023, đồng chí Hà Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận "
        "Tỉnh ủy dự hội nghị tổng kết năm 2022. Đồng chí đề nghị các cấp tăng cường công tác dân vận.")
TU = ("Chiều ngày 13/1/2021, đồng chí Nguyễn Văn Tú, Bí thư Tỉnh ủy chủ trì hội nghị tại huyện "
      "Kim Sơn. Đồng chí đề nghị các cấp tăng cường công tác dân vận.")

# a place right before a title-first name: the officials rule that reads underthesea's words
PLACE_THEN_NAME = [
    ("Đến dự có Phó Chủ tịch UBND huyện Mai Sơn Lò Văn Hoa.", "Lò Văn Hoa"),
    ("Cùng dự hội nghị có Bí thư Huyện ủy Bảo Lâm Nông Thị Dung và nhiều đại biểu.", "Nông Thị Dung"),
    ("Tham dự còn có Chủ tịch UBND xã Tân Phú Hà Văn Thắng.", "Hà Văn Thắng"),
]

PAGES = FIXTURES / "pages"
SRC = str(ROOT / "src")


def run_script(tmp_path: Path, code: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    """Runs ``code`` as a user's script file in a fresh interpreter, with ``env`` added."""
    script = tmp_path / "user_script.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    full_env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), **env}
    return subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=timeout, env=full_env, check=False)


def page_people() -> tuple[list[Any], list[str]]:
    """The people of the composed pages (fixtures/pages) and the pages' names."""
    pytest.importorskip("trafilatura")
    from danvan_nlp.whoswho import people

    files = sorted(PAGES.glob("*.html"))
    reports = list(danvan_nlp.extract_many(f.read_text(encoding="utf-8") for f in files))
    return people(reports, docs=[f.stem for f in files]), [f.stem for f in files]

# a word in the old tone placement and in the new one (text.new_tone_placement; normalize
# applies it to the whole text)
TONES = [
    ("Uỷ ban", "Ủy ban"),
    ("hoà giải", "hòa giải"),
    ("thuỷ lợi", "thủy lợi"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("HOÀ", "HÒA"),
    ("Thuý", "Thúy"),
    ("quý I", "quý I"),  # "qu" + y: already right
    ("hoàn thành", "hoàn thành"),  # final consonant: same in both styles
    ("Huỳnh", "Huỳnh"),
]


def segmenter_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every sentence that goes to underthesea's segmenter (still segmenting it)."""
    import danvan_nlp.tokenize as tokenize_module

    calls: list[str] = []
    real = tokenize_module.load_segmenter()

    def counting(sentence: str) -> list[str]:
        calls.append(sentence)
        return real(sentence)

    monkeypatch.setattr(tokenize_module, "load_segmenter", lambda: counting)
    return calls
