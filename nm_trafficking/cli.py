"""The ``nm-trafficking`` command: a thin layer over the Python API.

Exit status: 0 success; 2 bad input (a message naming file and field, no traceback);
3 an internal engine error (a defect: please report it).
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import partial

from nm_trafficking.assessment import __version__
from nm_trafficking.batch import BatchItem, Source, assess_one, jsonl_line, sources
from nm_trafficking.errors import EngineError, InvalidFactPattern
from nm_trafficking.facts.loading import json_schema
from nm_trafficking.progress import Progress

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_ENGINE = 3
WINDOW_PER_JOB = 64


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number from 1 to 64, not {text!r}")
    return n


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nm-trafficking",
        description="NMSA 1978, § 30-52-1 (New Mexico human trafficking) as explainable rules. "
        "A decision aid, not legal advice.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser(
        "assess",
        help="assess fact patterns: YAML/JSON files, directories of them, JSON Lines files",
    )
    p.add_argument("files", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("text", "json", "jsonl", "markdown"), default="text")
    p.add_argument(
        "--as-of", type=_date, default=None, help="date assumed for conduct with no date"
    )
    p.add_argument(
        "--on-error",
        choices=("fail", "skip"),
        default="fail",
        help="a bad fact pattern stops the run (fail, exit 2) or is reported and skipped",
    )
    p.add_argument("--jobs", type=_jobs, default=1, help="worker processes (default 1)")
    sub.add_parser("schema", help="print the JSON Schema of a fact pattern")
    i = sub.add_parser(
        "indicators", help="the indicator catalog: list, filter by means or industry, show one"
    )
    i.add_argument("--means", choices=("force", "fraud", "coercion"))
    i.add_argument("--industry", metavar="ID", help="an industry id (see --industries)")
    i.add_argument("--show", metavar="ID", help="one indicator with its crosswalk")
    i.add_argument("--industries", action="store_true", help="list the industries")
    i.add_argument("--format", choices=("text", "json"), default="text")
    q = sub.add_parser("quiz", help="a training exercise: scenarios, answers, scores")
    q.add_argument("--scenario", action="append", default=[], metavar="ID")
    q.add_argument("--count", type=int, default=None, help="how many scenarios")
    q.add_argument("--seed", type=int, default=None, help="shuffle the scenarios with this seed")
    q.add_argument("--worksheet", action="store_true", help="print a worksheet, no questions")
    q.add_argument("--key", action="store_true", help="with --worksheet: add the answer key")
    q.add_argument("--answers", metavar="FILE", help="score a YAML/JSON answer sheet")
    q.add_argument("--list", action="store_true", help="list the scenarios")
    sc = sub.add_parser("screen", help="screen observed indicators (YAML or JSON file)")
    sc.add_argument("file", metavar="FILE")
    sc.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _parallel(items: Iterable[Source], jobs: int, as_of: date | None) -> Iterator[BatchItem]:
    """Results in input order from ``jobs`` processes, at most a window of inputs in flight."""
    window = jobs * WINDOW_PER_JOB
    numbered = enumerate(items)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        while chunk := list(itertools.islice(numbered, window)):
            yield from pool.starmap(partial(_work, as_of=as_of), chunk, chunksize=16)


def _work(index: int, source: Source, as_of: date | None) -> BatchItem:
    return assess_one(index, source, as_of)


def _items(args: argparse.Namespace) -> Iterator[BatchItem]:
    inputs = sources(args.files)
    if args.jobs > 1:
        return _parallel(inputs, args.jobs, args.as_of)
    return (assess_one(i, s, args.as_of) for i, s in enumerate(inputs))


def _assess(args: argparse.Namespace) -> int:
    progress = Progress(sys.stderr)
    collected: list[BatchItem] = []
    try:
        for item in _items(args):
            progress.update(item.ok)
            if item.error is not None:
                if args.on_error == "fail":
                    progress.close()
                    print(f"nm-trafficking: {item.error}", file=sys.stderr)
                    return EXIT_BAD_INPUT
                print(f"nm-trafficking: skipped: {item.error}", file=sys.stderr)
            if args.format == "jsonl":
                print(jsonl_line(item), flush=False)
            elif item.ok:
                collected.append(item)
    except EngineError as exc:
        progress.close()
        print(f"nm-trafficking: internal error: {exc}", file=sys.stderr)
        return EXIT_ENGINE
    progress.close()
    if args.format == "json":
        if len(collected) == 1 and progress.done == 1:
            assert collected[0].assessment is not None
            print(collected[0].assessment.to_json())
        else:
            docs = [
                dict(i.assessment.to_dict(), source=i.source)
                for i in collected
                if i.assessment is not None
            ]
            print(json.dumps(docs, indent=2, ensure_ascii=False))
    elif args.format in ("text", "markdown"):
        texts = []
        for item in collected:
            assert item.assessment is not None
            if args.format == "markdown":
                texts.append(item.assessment.to_markdown())
            else:
                header = f"# {item.source}\n" if progress.done > 1 else ""
                texts.append(header + item.assessment.explain())
        print(("\n\n---\n\n" if args.format == "markdown" else "\n\n").join(texts))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # output piped into e.g. `head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(json_schema(), indent=2))
        return EXIT_OK
    if args.command == "indicators":
        from nm_trafficking.catalog_cli import run_indicators

        return run_indicators(args)
    if args.command == "quiz":
        from nm_trafficking.training.quiz_cli import run_quiz

        return run_quiz(args)
    if args.command == "screen":
        from nm_trafficking.screening import screen_file

        try:
            result = screen_file(args.file)
        except InvalidFactPattern as exc:
            print(f"nm-trafficking: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.format == "json":
            print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        else:
            print(result.explain())
        return EXIT_OK
    return _assess(args)


if __name__ == "__main__":
    raise SystemExit(main())
