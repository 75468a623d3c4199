"""The ``quiz`` subcommand's plumbing (arguments, answer sheets, exit codes)."""

from __future__ import annotations

import argparse
import sys

from pydantic import TypeAdapter, ValidationError

from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.loading import field_errors, parse_text, read_text
from nm_trafficking.limits import printable
from nm_trafficking.training import Answer, scenarios
from nm_trafficking.training.quiz import (
    Score,
    pick,
    run_interactive,
    score_answer,
    worksheet,
)

_SHEET = TypeAdapter(dict[str, dict[str, Answer]])


def _read(prompt: str) -> str:
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")


def run_quiz(args: argparse.Namespace) -> int:
    try:
        chosen = pick(scenarios(), args.scenario, args.count, args.seed)
    except KeyError as exc:
        print(f"nm-trafficking: {printable(str(exc.args[0]))}", file=sys.stderr)
        return 2
    out = sys.stdout
    if args.list:
        for s in chosen:
            out.write(f"{s.id}  {s.title}  [{', '.join(s.tags)}]\n")
        return 0
    if args.worksheet:
        worksheet(chosen, out, key=args.key)
        return 0
    if args.answers:
        source = args.answers
        try:  # bounded, regular files only, UTF-8 (errors name the file and the problem)
            text = read_text(source)
            sheet = _SHEET.validate_python(parse_text(text, source=source))
        except InvalidFactPattern as exc:
            print(f"nm-trafficking: {printable(str(exc), keep=chr(10))}", file=sys.stderr)
            return 2
        except ValidationError as exc:
            err = InvalidFactPattern(field_errors(exc), source)
            print(f"nm-trafficking: {printable(str(err), keep=chr(10))}", file=sys.stderr)
            return 2
        unknown = [sid for sid in sheet if sid not in {s.id for s in scenarios()}]
        if unknown:
            err = InvalidFactPattern([FieldError(u, "no such scenario") for u in unknown], source)
            print(f"nm-trafficking: {printable(str(err), keep=chr(10))}", file=sys.stderr)
            return 2
        score = Score()
        for s in chosen:
            if s.id in sheet:
                out.write(f"\n=== {s.id}: {s.title} ===\n")
                score_answer(s, sheet[s.id], score, out)
        out.write(f"\nScore: {score.points} / {score.possible}\n")
        return 0
    try:
        run_interactive(chosen, _read, out)
    except (EOFError, KeyboardInterrupt):
        out.write("\nQuiz ended.\n")
    return 0
