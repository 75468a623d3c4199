"""The ``nm-trafficking`` command: a thin layer over the Python API.

Exit status: 0 success; 2 bad input (a message naming the file, line where known, and field; no
traceback), a path that names nothing to read included (said as such, ``x.yaml: file not
found``, ``a directory, not a file``, ``cannot read file: ...``, not as an invalid fact pattern);
3 an internal defect (a short message, no traceback: please report it); 4 the run finished but
``--on-error skip`` skipped inputs (their count is on standard error); 5 a fault of the machine,
not of the input or the library: the output could not be written (a full disk, a closed
standard output or error; what was written is incomplete, its last record possibly cut) or a
``--jobs`` worker died (e.g. killed by the out-of-memory killer); 130 interrupted (Ctrl-C), after
every worker has stopped.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, cast

from nm_trafficking.assessment import LAW_CHOICES, LawChoice, __version__
from nm_trafficking.assessment import _check_day as check_day
from nm_trafficking.batch import Source, assess_one, sources
from nm_trafficking.errors import EngineError, InvalidFactPattern
from nm_trafficking.facts.loading import json_schema
from nm_trafficking.limits import DEFAULT_LIMITS, printable
from nm_trafficking.output import (
    Format,
    Writer,
    json_text,
    record_schema,
    render_chunks,
    render_item,
    streamed,
)
from nm_trafficking.parallel import WorkerDied, Workers
from nm_trafficking.progress import Progress
from nm_trafficking.results import output_schema
from nm_trafficking.summary import DETAILS, Detail
from nm_trafficking.words import DISCLAIMER_HEAD

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_SKIPPED = 4
EXIT_ENVIRONMENT = 5
EXIT_INTERRUPTED = 130

LIMITS_HELP = (
    f"Limits: files up to {DEFAULT_LIMITS.max_file_bytes // (1024 * 1024)} MiB (regular files "
    f"only), {DEFAULT_LIMITS.max_persons:,} persons, {DEFAULT_LIMITS.max_conduct:,} acts, "
    f"{DEFAULT_LIMITS.max_observations:,} observations, nesting depth "
    f"{DEFAULT_LIMITS.max_depth}, {DEFAULT_LIMITS.max_nodes:,} values per document; the Python "
    "API can raise them (nm_trafficking.limits.Limits). Exit status: 0 ok, 2 bad input (or a "
    "path not found or not readable), "
    "3 internal defect, 4 inputs skipped (--on-error skip), 5 could not write the output or a "
    "worker died, 130 interrupted."
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _day(name: str) -> Any:
    """The argument type of ``--today`` / ``--as-of``: a date, within the days an assessment
    can have (the library's own check), refused as the option it is, not as a fact pattern."""

    def parse(text: str) -> date:
        day = _date(text)
        if name == "today":  # its bounds turn on --law: checked with it (_main)
            return day
        try:
            check_day(name, day)
        except InvalidFactPattern as exc:
            raise argparse.ArgumentTypeError(exc.errors[0].message) from None
        return day

    return parse


def _bounded(name: str, low: int, high: int) -> Any:
    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            n = low - 1
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(
                f"{name} takes a whole number from {low} to {high:,}, not {text!r}"
            )
        return n

    return parse


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {printable(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nm-trafficking",
        description="NMSA 1978, § 30-52-1 (New Mexico human trafficking) as explainable rules. "
        f"{DISCLAIMER_HEAD}.",
        epilog=LIMITS_HELP,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser(
        "assess",
        help="assess fact patterns: YAML/JSON files, directories of them, JSON Lines files",
        description="Assess fact patterns. --format json prints a JSON array of records (one "
        "per input, the same as the --format jsonl lines), for one input or many.",
        epilog=LIMITS_HELP,
    )
    p.add_argument("files", nargs="+", metavar="PATH")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "markdown", "instructions", "memo", "timeline-svg"),
        default="text",
        help="memo: a printable HTML memo of one fact pattern (self-contained, no script); "
        "timeline-svg: an SVG of one fact pattern's acts, ages and texts in force per victim",
    )
    p.add_argument(
        "--prepared-by",
        metavar="NAME",
        default=None,
        help="with --format memo: the name on the memo's Prepared by line (default: blank)",
    )
    p.add_argument(
        "--detail",
        choices=DETAILS,
        default="summary",
        help="summary (the default): the decision, counts, what is still needed and the notes "
        "once; elements: and each paragraph's elements; full: everything (the 1.x document)",
    )
    p.add_argument(
        "--as-of", type=_day("as_of"), default=None, help="date assumed for conduct with no date"
    )
    p.add_argument(
        "--today",
        type=_day("today"),
        default=None,
        help="the day of the assessment: the latest date an undated act can have (default: today)",
    )
    p.add_argument(
        "--on-error",
        choices=("fail", "skip"),
        default="fail",
        help="a bad fact pattern stops the run (fail, exit 2) or is reported and skipped "
        "(skip: exit 4 when anything was skipped)",
    )
    p.add_argument(
        "--jobs", type=_bounded("--jobs", 1, 64), default=1, help="worker processes (default 1)"
    )
    p.add_argument(
        "--law",
        choices=LAW_CHOICES,
        default="all",
        help="the laws to assess: nm (NMSA § 30-52-1 alone), federal (18 U.S.C. §§ 1591, 1589, "
        "1590) or all (both, side by side; the default)",
    )
    s = sub.add_parser("schema", help="print a JSON Schema (default: the fact pattern input)")
    which = s.add_mutually_exclusive_group()
    which.add_argument("--input", action="store_true", help="the fact pattern (the default)")
    which.add_argument("--output", action="store_true", help="the assessment document")
    which.add_argument("--record", action="store_true", help="one record of --format jsonl / json")
    s.add_argument(
        "--detail",
        choices=DETAILS,
        default="summary",
        help="the detail level of the --output or --record schema (default summary)",
    )
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
    q.add_argument(
        "--count", type=_bounded("--count", 1, 10_000), default=None, help="how many scenarios"
    )
    q.add_argument("--seed", type=int, default=None, help="shuffle the scenarios with this seed")
    q.add_argument("--worksheet", action="store_true", help="print a worksheet, no questions")
    q.add_argument("--key", action="store_true", help="with --worksheet: add the answer key")
    q.add_argument("--answers", metavar="FILE", help="score a YAML/JSON answer sheet")
    q.add_argument("--list", action="store_true", help="list the scenarios")
    q.add_argument("--trainee", metavar="NAME", help="the trainee's name, on the score")
    q.add_argument("--session", metavar="ID", help="the session id, on the score")
    from nm_trafficking.cases.cli import add_parser as add_test_parser

    add_test_parser(sub)
    from nm_trafficking.workbench.cli import add_parser as add_serve_parser

    add_serve_parser(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))
    sc = sub.add_parser("screen", help="screen observed indicators (YAML or JSON file)")
    sc.add_argument("file", metavar="FILE")
    sc.add_argument("--format", choices=("text", "json"), default="text")
    return parser


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker sends back for one input: small and picklable (but for a full JSON
    document written in one process, whose pieces are made as they are written)."""

    index: int
    ok: bool
    rendered: str | Iterator[str] | None
    """The item in the output format (for json/jsonl also when it is an error record)."""
    error: str | None
    """The error message, control characters escaped (None when ok)."""


def _outcome(
    index: int,
    source: Source,
    as_of: date | None,
    today: date | None,
    fmt: Format,
    header: bool,
    law: LawChoice = "all",
    detail: Detail = "summary",
    prepared_by: str | None = None,
    *,
    stream: bool = False,
) -> Outcome:
    """One input's outcome; with ``stream`` (one process), a full JSON document is given as
    pieces written as they are made (never across processes: pieces are not picklable)."""
    item = assess_one(index, source, as_of, today=today, law=law)
    if item.error is not None:  # the remedies in the command line's words (--today, its limits)
        item = replace(item, error=item.error.said_by("cli"))
    error = None if item.error is None else printable(str(item.error), keep="\n")
    if stream and streamed(item, fmt, detail):  # a full JSON document: count by count
        return Outcome(index, item.ok, render_chunks(item, fmt), error)
    if item.ok or fmt in ("json", "jsonl"):
        rendered = render_item(item, fmt, header=header, detail=detail, prepared_by=prepared_by)
        return Outcome(index, item.ok, rendered, error)
    return Outcome(index, False, None, error)


def _work(
    args: tuple[int, Source, date | None, date | None, Format, bool, LawChoice, Detail, str | None],
) -> Outcome:
    return _outcome(*args)


def _single_input(paths: Sequence[str]) -> bool:
    if len(paths) != 1:
        return False
    p = Path(paths[0])
    return not p.is_dir() and p.suffix.lower() != ".jsonl"


def _assess(args: argparse.Namespace) -> int:
    fmt: Format = args.format
    header = not _single_input(args.files)
    if fmt in ("memo", "timeline-svg") and header:
        print(f"nm-trafficking: --format {fmt} takes one fact pattern file", file=sys.stderr)
        return EXIT_BAD_INPUT
    work = (
        (i, s, args.as_of, args.today, fmt, header, args.law, args.detail, args.prepared_by)
        for i, s in enumerate(sources(args.files))
    )
    if args.jobs == 1:
        return _write(args, fmt, (_outcome(*w, stream=True) for w in work))
    with Workers(args.jobs, _work) as workers:  # stopped on leaving, even on Ctrl-C
        return _write(args, fmt, workers.map(work))


def _write(args: argparse.Namespace, fmt: Format, outcomes: Iterator[Outcome]) -> int:
    progress = Progress(sys.stderr)
    writer = Writer(sys.stdout, fmt)
    skipped = 0
    for outcome in outcomes:
        progress.update(outcome.ok)
        if not outcome.ok:
            if args.on_error == "fail":
                progress.close()
                writer.close()
                print(f"nm-trafficking: {outcome.error}", file=sys.stderr)
                return EXIT_BAD_INPUT
            skipped += 1
            print(f"nm-trafficking: skipped: {outcome.error}", file=sys.stderr)
        if outcome.rendered is not None:
            writer.write(outcome.rendered)
    progress.close()
    writer.close()
    if writer.count == 0 and skipped == 0:
        print("nm-trafficking: no fact patterns to assess", file=sys.stderr)
        return EXIT_BAD_INPUT
    if skipped:
        total = progress.done
        print(f"nm-trafficking: {skipped:,} of {total:,} inputs skipped", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (never raises, never prints a traceback
    unless NMT_DEBUG is set)."""
    if sys.stdout is None or sys.stderr is None:  # started with a standard stream closed
        return _fault("cannot write: standard output or standard error is closed")
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _quiet_stdout()
        print("nm-trafficking: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into e.g. `head`: stop quietly
        _quiet_stdout()
        return EXIT_OK
    except WorkerDied as exc:
        return _fault(f"{exc}; the output is incomplete")
    except OSError as exc:  # not a defect: the machine (a full disk, a closed stream)
        return _fault(
            f"could not write the output ({exc.strerror or type(exc).__name__}); what was "
            "written is incomplete"
        )
    except EngineError as exc:
        print(f"nm-trafficking: internal error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_INTERNAL
    except (MemoryError, RecursionError) as exc:
        print(f"nm-trafficking: internal error: {type(exc).__name__}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:
        if os.environ.get("NMT_DEBUG"):
            raise
        print(
            f"nm-trafficking: internal error ({type(exc).__name__}); this is a defect, please "
            "report it (set NMT_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _fault(cause: str) -> int:
    """Exit status 5 with one line naming the cause (if standard error can still take it);
    neither stream is written again, so nothing more reaches a cut output."""
    _quiet_stdout()
    try:
        sys.stderr.write(f"nm-trafficking: {cause}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        _quiet(2)
    return EXIT_ENVIRONMENT


def _quiet(fd: int) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
    except (OSError, ValueError):
        pass


def _quiet_stdout() -> None:
    _quiet(1)


def _main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "assess":
        try:  # before § 30-52-1's text: for the federal sections alone (review N9)
            check_day("today", args.today, args.law)
        except InvalidFactPattern as exc:
            parser.error(f"argument --today: {exc.errors[0].message}")
    if args.command == "schema":
        schema = (
            output_schema(args.detail)
            if args.output
            else record_schema(args.detail)
            if args.record
            else json_schema()
        )
        print(json_text(schema, indent=2))
        return EXIT_OK
    if args.command == "indicators":
        from nm_trafficking.catalog_cli import run_indicators

        return run_indicators(args)
    if args.command == "serve":
        from nm_trafficking.workbench.cli import run as run_server

        return run_server(args)
    if args.command == "test":
        from nm_trafficking.cases.cli import run as run_tests

        return run_tests(args)
    if args.command == "quiz":
        from nm_trafficking.training.quiz_cli import run_quiz

        return run_quiz(args)
    if args.command == "screen":
        from nm_trafficking.screening import screen_file

        try:
            result = screen_file(args.file)
        except InvalidFactPattern as exc:
            said = str(exc.said_by("cli"))
            print(f"nm-trafficking: {printable(said, keep=chr(10))}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.format == "json":
            print(json_text(result.to_dict(), indent=2))
        else:
            print(printable(result.explain(), keep="\n"))
        return EXIT_OK
    return _assess(args)


if __name__ == "__main__":
    raise SystemExit(main())
