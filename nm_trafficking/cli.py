"""The ``nm-trafficking`` command: a thin layer over the Python API.

Exit status: 0 success; 2 bad input (a message naming file and field, no traceback);
3 an internal engine error (a defect: please report it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date

from nm_trafficking.assessment import __version__, assess
from nm_trafficking.errors import EngineError, InvalidFactPattern
from nm_trafficking.facts.loading import json_schema, load

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_ENGINE = 3


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


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
    p = sub.add_parser("assess", help="assess fact pattern files (YAML or JSON)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of", type=_date, default=None, help="date assumed for conduct with no date"
    )
    sub.add_parser("schema", help="print the JSON Schema of a fact pattern")
    return parser


def _assess(args: argparse.Namespace) -> int:
    try:
        patterns = [(f, load(f)) for f in args.files]
    except InvalidFactPattern as exc:
        print(f"nm-trafficking: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        assessments = [(f, assess(p, as_of=args.as_of)) for f, p in patterns]
    except EngineError as exc:
        print(f"nm-trafficking: internal error: {exc}", file=sys.stderr)
        return EXIT_ENGINE
    if args.format == "json":
        if len(assessments) == 1:
            print(assessments[0][1].to_json())
        else:
            docs = [dict(a.to_dict(), source=f) for f, a in assessments]
            print(json.dumps(docs, indent=2, ensure_ascii=False))
    else:
        texts = []
        for f, a in assessments:
            header = f"# {f}\n" if len(assessments) > 1 else ""
            texts.append(header + a.explain())
        print("\n\n".join(texts))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(json_schema(), indent=2))
        return EXIT_OK
    return _assess(args)


if __name__ == "__main__":
    raise SystemExit(main())
