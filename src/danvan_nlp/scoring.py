"""Scoring against gold files, exactly by the rules of the corpus SCHEMA.md.

Takes: a folder of gold JSON files (``id``, ``text``, ``published``, ``event_date``,
``officials``, ``dates``, ``tasks``). Returns: a dict of per-field precision / recall / F1
(micro-averaged over files) and publication / event date accuracy.

Comparison of strings: Unicode NFC, old tone placement mapped to the new, casefold,
whitespace collapsed, surrounding punctuation stripped. Titles also lose a trailing place
name after a level or organ word ("Bí thư Huyện ủy Diên Khánh" = "Bí thư Huyện ủy") on
both sides. Tasks are matched one to one by the best word-set F1, counted at ≥ 0.5.

Public function: :func:`evaluate`; the pure scoring helpers are tested on their own.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import regex

from danvan_nlp.text import norm_text, strip_trailing_place

__all__ = [
    "FIELDS",
    "evaluate",
    "match_tasks",
    "norm_text",
    "prf",
    "read_gold",
    "score_file",
    "strip_trailing_place",
]

FIELDS = ("names", "titles", "roles", "dates", "tasks")
_WORD = regex.compile(r"\w+")


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    if tp + fp + fn == 0:
        p = r = f = 1.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _word_f1(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(norm_text(a))), set(_WORD.findall(norm_text(b)))
    common = len(wa & wb)
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def match_tasks(pred: list[str], gold: list[str], threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) matches by best word-set F1, each ≥ threshold."""
    pairs = sorted(
        ((_word_f1(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for score, i, j in pairs:
        if score < threshold:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _sets(data: Mapping[str, Any]) -> dict[str, Counter[Any]]:
    officials = data.get("officials") or []
    names = {norm_text(o["name"]) for o in officials}
    titles = set()
    roles = set()
    for o in officials:
        name = norm_text(o["name"])
        for t in o.get("titles") or []:
            text = t["text"] if isinstance(t, Mapping) else t
            titles.add((name, norm_text(strip_trailing_place(text))))
        for r in o.get("roles") or []:
            roles.add((name, r))
    dates = Counter(d["value"] for d in data.get("dates") or [])
    return {
        "names": Counter(names),
        "titles": Counter(titles),
        "roles": Counter(roles),
        "dates": dates,
    }


def _agree(pred: str | None, gold: str | None) -> bool:
    return pred is not None and gold is not None and pred[: len(gold)] == gold


def score_file(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    """Counts for one article: per field tp/fp/fn and the misses, plus date agreement."""
    ps, gs = _sets(pred), _sets(gold)
    out: dict[str, Any] = {}
    for field in ("names", "titles", "roles", "dates"):
        tp = sum((ps[field] & gs[field]).values())
        out[field] = {
            "tp": tp,
            "fp": sum(ps[field].values()) - tp,
            "fn": sum(gs[field].values()) - tp,
            "missed": sorted(map(str, (gs[field] - ps[field]).elements())),
            "spurious": sorted(map(str, (ps[field] - gs[field]).elements())),
        }
    ptasks = [t["text"] if isinstance(t, Mapping) else t for t in pred.get("tasks") or []]
    gtasks = list(gold.get("tasks") or [])
    matches = match_tasks(ptasks, gtasks)
    mp = {i for i, _ in matches}
    mg = {j for _, j in matches}
    out["tasks"] = {
        "tp": len(matches),
        "fp": len(ptasks) - len(matches),
        "fn": len(gtasks) - len(matches),
        "missed": [g for j, g in enumerate(gtasks) if j not in mg],
        "spurious": [p for i, p in enumerate(ptasks) if i not in mp],
    }
    event = pred.get("event") or {}
    out["published"] = {
        "gold": gold.get("published"),
        "pred": pred.get("published"),
        "ok": _agree(pred.get("published"), gold.get("published")),
    }
    out["event_date"] = {
        "gold": gold.get("event_date"),
        "pred": event.get("date"),
        "ok": _agree(event.get("date"), gold.get("event_date")),
    }
    return out


def _gold_files(gold: str | Path | Iterable[str | Path]) -> list[Path]:
    """The gold files named by one path or several: files as given, folders' ``*.json``.

    Raises :class:`FileNotFoundError` for a path that does not exist and for a folder
    without gold files: a score over nothing would read 1.000 everywhere."""
    paths = [Path(gold)] if isinstance(gold, (str, Path)) else [Path(p) for p in gold]
    if not paths:
        raise FileNotFoundError("no gold file or folder given")
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise FileNotFoundError(f"no gold *.json files in {path}")
            files.extend(found)
        else:
            raise FileNotFoundError(f"no gold file or folder at {path}")
    return files


def read_gold(path: Path) -> dict[str, Any]:
    """One gold file, checked: a JSON object with a ``text`` string. Raises
    :class:`ValueError` naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not a gold file (not UTF-8: {exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{path}: not a gold file (invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a gold file (a JSON object is expected, got {type(data).__name__})")
    if not isinstance(data.get("text"), str):
        raise ValueError(f'{path}: not a gold file (no "text" string; see the corpus SCHEMA.md)')
    for key in ("officials", "dates", "tasks"):
        if not isinstance(data.get(key) or [], list):
            raise ValueError(f'{path}: not a gold file ("{key}" must be a list)')
    return data


def evaluate(
    gold_dir: str | Path | Iterable[str | Path],
    *,
    extract_fn: Callable[[str], Mapping[str, Any]] | None = None,
    progress: Iterable[Any] | None = None,
) -> dict[str, Any]:
    """Score the pipeline (or ``extract_fn(text) -> dict``) on every ``*.json`` gold file.

    ``gold_dir`` is a folder, a single gold file, or several of either (e.g. the new articles
    of a release alone). Raises :class:`FileNotFoundError` when a path is missing or a
    folder holds no ``*.json``, and :class:`ValueError` for a gold file that is not JSON or
    lacks its ``text`` (the message names the file).

    Returns ``{"files": n, "fields": {field: {precision, recall, f1, tp, fp, fn}},
    "published": {accuracy, correct, total}, "event_date": {…}, "per_file": {id: …}}``.
    """
    if extract_fn is None:
        from danvan_nlp.api import extract

        def extract_fn(text: str) -> Mapping[str, Any]:
            return extract(text).to_dict()

    totals = {f: [0, 0, 0] for f in FIELDS}
    acc = {"published": [0, 0], "event_date": [0, 0]}
    per_file: dict[str, Any] = {}
    golds = [(path, read_gold(path)) for path in _gold_files(gold_dir)]  # all checked first
    for path, gold in golds:
        pred = extract_fn(gold["text"])
        try:
            scored = score_file(pred, gold)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}: not a gold file (malformed item: {exc!r})") from None
        per_file[str(gold.get("id") or path.stem)] = scored
        for f in FIELDS:
            for k, key in enumerate(("tp", "fp", "fn")):
                totals[f][k] += scored[f][key]
        for key in acc:
            if scored[key]["gold"] is not None:
                acc[key][1] += 1
                acc[key][0] += int(scored[key]["ok"])
    return {
        "files": len(per_file),
        "fields": {f: prf(*totals[f]) for f in FIELDS},
        **{
            key: {"accuracy": (c / t if t else 1.0), "correct": c, "total": t}
            for key, (c, t) in acc.items()
        },
        "per_file": per_file,
    }


def format_table(result: Mapping[str, Any]) -> str:
    """The per-field table that ``danvan-nlp eval`` prints."""
    lines = [f"{'field':<12}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for f, s in result["fields"].items():
        lines.append(
            f"{f:<12}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
        )
    for key in ("published", "event_date"):
        s = result[key]
        lines.append(f"{key:<12}{'accuracy':>16}{s['accuracy']:>8.3f}  ({s['correct']}/{s['total']})")
    lines.append(f"files: {result['files']}")
    return "\n".join(lines)
