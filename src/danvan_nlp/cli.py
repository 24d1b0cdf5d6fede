"""Command line: ``danvan-nlp extract | people | demo | eval`` (also ``python -m danvan_nlp``).

Takes: argv. Returns: an exit status — 0 on success, 1 when some input could not be read
or decoded (the others are still processed), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from danvan_nlp._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from danvan_nlp.report import Report

__all__ = ["format_report", "main"]

FORMATS = ("json", "jsonl", "table", "html")
#: file suffixes (any case) read from a folder
TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="danvan-nlp",
        description="Structured data from Vietnamese party and government news.",
    )
    p.add_argument("--version", action="version", version=f"danvan-nlp {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract",
        help="extract from files, folders (*.txt, *.text, *.html) or stdin (-)",
        description="Extract officials, dates and tasks from articles. Formats: json (one "
        "report, or a list of {source, report} for several inputs), jsonl (one "
        "{source, report} line per input, written as each is done), table (a readable "
        "summary), html (one page with the items highlighted and tables).",
    )
    ex.add_argument("paths", nargs="+",
                    help="files, folders (searched for *.txt, *.text, *.html, *.htm) or - for stdin")
    ex.add_argument("--format", choices=FORMATS, default="json",
                    help="json (default), jsonl (streamed, one line per input), table or html")
    ex.add_argument("--published", help="publication date (ISO) anchoring partial dates")
    ex.add_argument("--workers", type=int, default=1,
                    help="worker processes, >= 1 (default 1); they pay with many inputs and "
                    "idle cores, see docs/performance.md")
    ex.add_argument("--encoding", default="utf-8", help="encoding of input files (utf-8)")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    sub.add_parser("demo", help="extract the bundled sample article and print a summary")

    pp = sub.add_parser("people", help="who's who across files or folders: one record per person")
    pp.add_argument("paths", nargs="+", help="files or folders (*.txt, *.html, *.htm)")
    pp.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    pp.add_argument("--published", help="publication date (ISO) anchoring partial dates")
    pp.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    pp.add_argument("--encoding", default="utf-8", help="encoding of input files (utf-8)")
    pp.add_argument("--parquet", metavar="DIR",
                    help="also write people/titles/sightings/edges.parquet into DIR")
    pp.add_argument("--graphml", metavar="FILE", help="also write the co-attendance graph (GraphML)")
    pp.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    ev = sub.add_parser("eval", help="score the pipeline on gold JSON files (corpus SCHEMA.md)")
    ev.add_argument("gold_dir", nargs="+", help="gold *.json files or folders of them")
    ev.add_argument("--details", action="store_true", help="list misses and spurious items")
    ev.add_argument("--json", action="store_true", help="print the full result as JSON")
    return p


def _inputs(paths: Sequence[str], err: TextIO) -> tuple[list[Path | None], int]:
    """Expand folders; ``None`` stands for stdin. Returns (inputs, number of bad paths)."""
    out: list[Path | None] = []
    bad = 0
    for raw in paths:
        if raw == "-":
            out.append(None)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()
            )
            if not found:
                print(f"danvan-nlp: {raw}: no *.txt, *.text or *.html files in this folder", file=err)
                bad += 1
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            print(f"danvan-nlp: {raw}: no such file or folder", file=err)
            bad += 1
    return out, bad


def _read(path: Path | None, encoding: str) -> str:
    if path is None:
        data = sys.stdin.buffer.read()
        return data.decode(encoding)
    return path.read_bytes().decode(encoding)


def _texts(
    inputs: list[Path | None], encoding: str, err: TextIO, failures: list[str]
) -> Iterator[tuple[str, str]]:
    for path in inputs:
        name = "<stdin>" if path is None else str(path)
        try:
            yield name, _read(path, encoding)
        except UnicodeDecodeError as exc:
            failures.append(name)
            print(f"danvan-nlp: {name}: not {encoding} text ({exc.reason} at byte {exc.start}); "
                  "give its encoding with --encoding", file=err)
        except OSError as exc:
            failures.append(name)
            print(f"danvan-nlp: {name}: cannot read ({exc.strerror or exc})", file=err)


def format_report(report: Report, source: str | None = None) -> str:
    """A readable summary: officials with titles and roles, dates, tasks."""
    lines = []
    if source:
        lines.append(f"== {source}")
    if report.title:
        lines.append(f"Title:      {report.title}")
    lines.append(f"Published:  {report.published or '-'}")
    ev = report.event
    lines.append(f"Event:      {ev.date or '-'}  {ev.kind or ''}  {ev.organizer or ''}".rstrip())
    if report.authors:
        lines.append(f"Authors:    {', '.join(report.authors)}")
    lines.append(f"Officials ({len(report.officials)}):")
    for o in report.officials:
        roles = f"  [{', '.join(o.roles)}]" if o.roles else ""
        lines.append(f"  - {o.name}{roles}")
        for t in o.titles:
            extra = f"  ({t.canonical})" if t.canonical != t.text else ""
            lines.append(f"      · {t.text}{extra}")
    lines.append(f"Dates ({len(report.dates)}):")
    for d in report.dates:
        role = f"  <{d.role}>" if d.role else ""
        lines.append(f"  - {d.text!r:<40} {d.value:<24} {d.kind}{role}")
    lines.append(f"Tasks ({len(report.tasks)}):")
    for i, task in enumerate(report.tasks, 1):
        who = f"  — {task.speaker}" if task.speaker else ""
        lines.append(f"  {i:>2}. {task.text}{who}")
    for w in report.warnings:
        lines.append(f"Warning: {w}")
    return "\n".join(lines)


def _check_extract_args(args: argparse.Namespace) -> str | None:
    """The usage error of the extract options, if any (one line)."""
    import codecs

    try:
        codecs.lookup(args.encoding)
    except LookupError:
        return f"--encoding {args.encoding}: unknown encoding (e.g. utf-8, utf-16, cp1258)"
    if args.workers < 1:
        return f"--workers {args.workers}: needs at least 1 worker process"
    if args.published is not None:
        from danvan_nlp.pipeline import published_iso

        try:
            published_iso(args.published)
        except ValueError as exc:
            return str(exc)
    return None


def _read_inputs(args: argparse.Namespace, err: TextIO) -> tuple[list[tuple[str, str]], int] | None:
    """The checked options' inputs as (name, text) pairs and the exit status so far (1 when a
    path was bad or unreadable); ``None`` after a usage error, already reported."""
    problem = _check_extract_args(args)
    if problem:
        print(f"danvan-nlp: {problem}", file=err)
        return None
    inputs, bad = _inputs(args.paths, err)
    failures: list[str] = []
    texts = list(_texts(inputs, args.encoding, err, failures))
    return texts, 1 if failures or bad else 0


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from danvan_nlp.api import extract_many

    read = _read_inputs(args, err)
    if read is None:
        return 2
    texts, status = read
    progress = len(texts) > 1 and not args.no_progress
    if not texts:
        return status or 1
    reports = extract_many(
        [t for _, t in texts],
        published=args.published,
        n_process=args.workers,
        progress=progress,
    )
    pairs = zip((n for n, _ in texts), reports, strict=True)
    try:
        if args.format in ("jsonl", "table"):
            # streamed: each result is written (and flushed) as soon as it is done
            for i, (name, r) in enumerate(pairs):
                if args.format == "jsonl":
                    line = json.dumps({"source": name, "report": r.to_dict()}, ensure_ascii=False)
                else:
                    line = ("\n" if i else "") + format_report(r, name)
                out.write(line + "\n")
                out.flush()
            return status
        results = list(pairs)
    except RuntimeError as exc:  # a worker process failed
        print(f"danvan-nlp: {exc}", file=err)
        return 1
    if args.format == "html":
        from danvan_nlp.display import page

        out.write(page((name, r, r.text if r.text is not None else text)
                       for (name, r), (_, text) in zip(results, texts, strict=True)))
        out.write("\n")
    elif len(results) == 1 and len(args.paths) == 1 and not Path(args.paths[0]).is_dir():
        out.write(results[0][1].to_json(indent=2) + "\n")
    else:
        data = [{"source": name, "report": r.to_dict()} for name, r in results]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return status


def _cmd_people(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from danvan_nlp.api import extract_many

    read = _read_inputs(args, err)
    if read is None:
        return 2
    texts, status = read
    if not texts:
        return status or 1
    try:
        from danvan_nlp.whoswho import people, timeline

        reports = list(extract_many(
            (t for _, t in texts), published=args.published, n_process=args.workers,
            progress=len(texts) > 1 and not args.no_progress,
        ))
        persons = people(reports, texts=(None if r.text is not None else t
                                         for r, (_, t) in zip(reports, texts, strict=True)),
                         docs=(n for n, _ in texts))
        if args.parquet:
            from danvan_nlp.whoswho import to_parquet

            to_parquet(persons, args.parquet)
        if args.graphml:
            import networkx as nx

            from danvan_nlp.whoswho import coattendance

            graph = coattendance(persons)
            for _, _, d in graph.edges(data=True):
                d["events"] = "; ".join(f"{doc} {date or ''}".strip() for doc, date in d["events"])
            nx.write_graphml(graph, args.graphml)
    except (TypeError, ValueError) as exc:
        print(f"danvan-nlp: {exc}", file=err)
        return 2
    except ImportError as exc:
        print(f"danvan-nlp: {exc} (pip install 'danvan_nlp[people]')", file=err)
        return 2
    if args.format == "json":
        out.write(json.dumps([p.to_dict() for p in persons], ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        for p in persons:
            out.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    else:
        for p in persons:
            seen = f"{p.dates[0]} … {p.dates[-1]}" if p.dates else "-"
            where = f"  [{', '.join(p.provinces)}]" if p.provinces else ""
            out.write(f"{p.name}{where}  {len(p.docs)} article(s), {seen}, "
                      f"confidence {p.confidence:.2f}\n")
            for row in timeline(p):
                span = row["from"] if row["from"] == row["to"] else f"{row['from']} … {row['to']}"
                place = f" ({row['place']})" if row["place"] and row["place"] not in row["post"] else ""
                out.write(f"    {span or '-':<24} {row['post']}{place}\n")
    return status


def _cmd_demo(out: TextIO) -> int:
    from danvan_nlp.api import extract

    text = resources.files("danvan_nlp").joinpath("samples", "sample_article.txt").read_text(
        encoding="utf-8"
    )
    out.write(format_report(extract(text), "bundled sample article (samples/sample_article.txt)"))
    out.write("\n")
    return 0


def _cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from danvan_nlp.scoring import evaluate, format_table

    try:
        result = evaluate(args.gold_dir)
    except FileNotFoundError as exc:  # no such path, or no gold file in it
        print(f"danvan-nlp: {exc}", file=err)
        return 2
    except ValueError as exc:  # a gold file that is not JSON or lacks its text
        print(f"danvan-nlp: {exc}", file=err)
        return 1
    if args.json:
        out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    out.write(format_table(result) + "\n")
    if args.details:
        for fid, scored in result["per_file"].items():
            for field in ("names", "titles", "roles", "dates", "tasks"):
                s = scored[field]
                for item in s["missed"]:
                    out.write(f"{fid}\t{field}\tmissed\t{_one_line(item)}\n")
                for item in s["spurious"]:
                    out.write(f"{fid}\t{field}\tspurious\t{_one_line(item)}\n")
            for key in ("published", "event_date"):
                s = scored[key]
                if s["gold"] is not None and not s["ok"]:
                    out.write(f"{fid}\t{key}\twrong\tgold={s['gold']} pred={s['pred']}\n")
    return 0


_ESCAPES = {ord("\\"): "\\\\", ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"}
# every other character that str.splitlines() breaks at
_ESCAPES.update({c: f"\\u{c:04x}" for c in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)})


def _one_line(item: object) -> str:
    """An item of ``eval --details`` on one line: backslash, tab and line breaks escaped."""
    return str(item).translate(_ESCAPES)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _cmd_extract(args, out, err)
        if args.command == "demo":
            return _cmd_demo(out)
        if args.command == "people":
            return _cmd_people(args, out, err)
        return _cmd_eval(args, out, err)
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
