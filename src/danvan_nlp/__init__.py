"""danvan_nlp — structured data from Vietnamese party and government news.

>>> import danvan_nlp
>>> report = danvan_nlp.extract(text, published="2021-01-13")   # doctest: +SKIP
>>> report.officials[0].name                                      # doctest: +SKIP

Public names (loaded lazily so that ``import danvan_nlp`` stays fast and does not load
spaCy or underthesea until first use): :func:`extract`, :func:`extract_many`, :func:`load`,
:class:`Report`, :func:`evaluate`, :func:`render`, :func:`to_frames`, :func:`people`,
``__version__``. The stages are modules:
:mod:`danvan_nlp.normalize`, :mod:`danvan_nlp.tokenize`, :mod:`danvan_nlp.officials`,
:mod:`danvan_nlp.dates`, :mod:`danvan_nlp.tasks`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from danvan_nlp._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from danvan_nlp.api import extract, extract_many, load
    from danvan_nlp.display import render
    from danvan_nlp.frames import to_frames
    from danvan_nlp.report import Report
    from danvan_nlp.scoring import evaluate
    from danvan_nlp.whoswho import people

__all__ = [
    "Report",
    "__version__",
    "evaluate",
    "extract",
    "extract_many",
    "load",
    "people",
    "render",
    "to_frames",
]

_LAZY = {
    "extract": "danvan_nlp.api",
    "extract_many": "danvan_nlp.api",
    "load": "danvan_nlp.api",
    "Report": "danvan_nlp.report",
    "evaluate": "danvan_nlp.scoring",
    "render": "danvan_nlp.display",
    "to_frames": "danvan_nlp.frames",
    "people": "danvan_nlp.whoswho",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'danvan_nlp' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
