"""Stage 3 — officials (stub)."""
from __future__ import annotations

from typing import Any


def find_officials(text: str, sentences: list[tuple[int, int]], *, removed: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    return {"officials": [], "organizations": [], "locations": [], "authors": [], "warnings": []}
