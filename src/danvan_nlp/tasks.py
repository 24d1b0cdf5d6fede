"""Stage 5 — tasks (stub)."""
from __future__ import annotations

from typing import Any


def find_tasks(text: str, sentences: list[tuple[int, int]], *, officials: dict[str, Any] | None = None, dates: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"tasks": [], "lists": [], "warnings": []}
