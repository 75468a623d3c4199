"""``nm-trafficking test PATH...``: run case files and say what differs.

Exit status: 0 every case passed; 1 a case failed; 2 a case file is malformed (the message
names the file, the case and the field), or the command line is wrong; 3 an internal engine
error (a defect: please report it).

Wired into the ``nm-trafficking`` command by ``add_parser(subparsers)`` and ``run(args)``;
``python -m nm_trafficking.cases PATH...`` runs it on its own.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from nm_trafficking import statute
from nm_trafficking.errors import EngineError
from nm_trafficking.limits import printable

EXIT_BAD_INPUT = 2
EXIT_ENGINE = 3

DESCRIPTION = (
    "Run case files: each case's fact pattern is assessed and what the case expects is "
    "compared with what is found — per DEFENDANT/VICTIM the paragraphs of § 30-52-1(A), the "
    "grade (undetermined when open, none when no grade is possible), each act as a count, and "
    "under federal: the sections 18 U.S.C. §§ 1589, 1590, 1591 (docs/cases.md). Prints PASS, "
    "or FAIL with each difference (expected, found, and the deciding element with its reason). "
    "Exit 0 all pass, 1 a case fails, 2 a case file is malformed or a filter selects no case."
)


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the command's arguments to ``parser``."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="case files, or directories of them"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "junit"),
        default="text",
        help="text (default), json, or junit XML for a CI",
    )
    parser.add_argument(
        "--statute",
        metavar="VERSION",
        default=None,
        help='assess every act of every case under this version of the text, e.g. "2008" '
        "(to see what an amendment would change)",
    )
    parser.add_argument(
        "--case",
        action="append",
        default=[],
        metavar="ID",
        help="run only this case (repeat); an id no file has is an error (exit 2)",
    )
    parser.add_argument(
        "--citation",
        action="append",
        default=[],
        metavar="PARAGRAPH",
        help="run only the cases that exercise this paragraph, e.g. A2 or (C)(1) (repeat); "
        "a paragraph no case exercises is an error (exit 2)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="text: list only the failing cases"
    )
    return parser


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``test`` subcommand to ``subparsers`` (from ``parser.add_subparsers()``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "test",
        help="run case files (expected outcomes) and report what differs",
        description=DESCRIPTION,
    )
    return configure(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; the exit status."""
    from nm_trafficking.cases import reporters
    from nm_trafficking.cases.runner import run_suite

    if args.statute is not None:
        try:
            statute.by_id(args.statute)
        except KeyError:
            known = ", ".join(f'"{v.id}"' for v in statute.VERSIONS)
            print(
                f"nm-trafficking: --statute: no version {printable(repr(args.statute))} of "
                f"the statute; known: {known}",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
    try:
        report = run_suite(
            args.paths, statute_id=args.statute, ids=args.case, citations=args.citation
        )
    except KeyError as exc:  # a --citation that is not a paragraph
        print(f"nm-trafficking: --citation: {printable(str(exc.args[0]))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except EngineError as exc:
        print(f"nm-trafficking: internal error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_ENGINE
    if args.format == "json":
        sys.stdout.write(reporters.to_json(report))
    elif args.format == "junit":
        sys.stdout.write(reporters.to_junit(report))
    else:
        sys.stdout.write(reporters.text(report, quiet=args.quiet))
    if args.format != "text":
        for e in report.errors:
            print(f"nm-trafficking: {printable(str(e))}", file=sys.stderr)
    return report.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    parser = configure(
        argparse.ArgumentParser(prog="python -m nm_trafficking.cases", description=DESCRIPTION)
    )
    return run(parser.parse_args(argv))
