"""The ``quiz`` subcommand's plumbing (arguments, answer sheets, exit codes)."""

from __future__ import annotations

import argparse
import sys
from typing import Annotated, Any

from pydantic import Discriminator, Tag, TypeAdapter, ValidationError

from nm_trafficking.errors import FieldError, FileProblem, InvalidFactPattern
from nm_trafficking.facts.loading import field_errors, parse_text, read_text
from nm_trafficking.limits import printable
from nm_trafficking.training import Answer, scenarios
from nm_trafficking.training.quiz import (
    Score,
    SheetAnswer,
    from_sheet,
    pick,
    run_interactive,
    score_answer,
    worksheet,
)


def _form(value: Any) -> str:
    """An answer sheet's entry: the older form lists the paragraphs ``met``."""
    older = (isinstance(value, dict) and "met" in value) or isinstance(value, Answer)
    return "older" if older else "classroom"


_ENTRY = Annotated[
    Annotated[Answer, Tag("older")] | Annotated[SheetAnswer, Tag("classroom")],
    Discriminator(_form),
]
_SHEET = TypeAdapter(dict[str, dict[str, _ENTRY]])


def _read(prompt: str) -> str:
    # Piped answers are not echoed: each prompt then ends its own line, so that the next
    # prompt or the feedback does not run on after it.
    sys.stdout.write(prompt if sys.stdin.isatty() else prompt.rstrip() + "\n")
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")


def _refused(exc: InvalidFactPattern) -> int:
    """Say why an answer sheet is not read (it is no fact pattern: not called one); exit 2."""
    where = f"{exc.source}: " if exc.source else ""
    if exc.errors and all(isinstance(e, FileProblem) for e in exc.errors):
        message = where + "; ".join(str(e) for e in exc.errors)
    elif len(exc.errors) == 1:
        message = f"{where}invalid answer sheet: {exc.errors[0]}"
    else:
        listed = "\n".join(f"  - {e}" for e in exc.errors)
        message = f"{where}invalid answer sheet ({exc.total:,} problems):\n{listed}"
    print(f"nm-trafficking: {printable(message, keep=chr(10))}", file=sys.stderr)
    return 2


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
        worksheet(chosen, out, key=args.key, trainee=args.trainee, session=args.session)
        return 0
    if args.answers:
        source = args.answers
        try:  # bounded, regular files only, UTF-8 (errors name the file and the problem)
            text = read_text(source)
            fmt = "json" if source.lower().endswith(".json") else "yaml"
            document = parse_text(text, fmt=fmt, source=source)
            sheet = _SHEET.validate_python(document)
        except InvalidFactPattern as exc:
            return _refused(exc)
        except ValidationError as exc:
            return _refused(InvalidFactPattern(field_errors(exc, document), source))
        unknown = [sid for sid in sheet if sid not in {s.id for s in scenarios()}]
        if unknown:
            errors = [FieldError(u, "no such scenario") for u in unknown]
            return _refused(InvalidFactPattern(errors, source))
        score = Score()
        for s in chosen:
            if s.id in sheet:
                out.write(f"\n=== {s.id}: {s.title} ===\n")
                given = from_sheet(sheet[s.id])
                score_answer(s, given, score, out, trainee=args.trainee, session=args.session)
        who = "; ".join(
            f"{label}: {value}"
            for label, value in (("Trainee", args.trainee), ("Session", args.session))
            if value
        )
        out.write(f"\nScore: {score.points} / {score.possible}" + (f" ({who})" if who else ""))
        out.write("\n")
        return 0
    try:
        run_interactive(chosen, _read, out, trainee=args.trainee, session=args.session)
    except (EOFError, KeyboardInterrupt):
        out.write("\nQuiz ended.\n")
    return 0
