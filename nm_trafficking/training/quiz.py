"""``nm-trafficking quiz``: a training exercise in the terminal.

Interactive: presents a scenario (its story and the stated facts), asks for each defendant and
victim what the web classroom asks (each paragraph of 30-52-1(A) met, not met or undetermined;
what is still to be established; the grade), and scores and explains it with the one scoring of
:mod:`nm_trafficking.training.scoring`. ``q`` quits. Non-interactive: ``--answers FILE`` scores
a YAML/JSON answer sheet; ``--worksheet`` prints the scenarios as a worksheet, with ``--key`` an
answer key. Answers may also be piped in on standard input."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, TextIO, TypeVar

from pydantic import BaseModel, ConfigDict

from nm_trafficking.results import DISCLAIMER
from nm_trafficking.statute.model import OffenceParagraph
from nm_trafficking.training import (
    Answer,
    Paragraph,
    Scenario,
    citations,
    engine_answer,
    scoring,
)
from nm_trafficking.words import STATUS_WORDS, said
from nm_trafficking.workbench.words import pattern_sentences

T = TypeVar("T")
Status = Literal["met", "not_met", "undetermined"]
GradeAnswer = Literal["first", "second", "third", "none", "undetermined"]


class SheetAnswer(BaseModel):
    """One defendant and victim's answer on an answer sheet, in the classroom's form."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    paragraphs: dict[Paragraph, Status] = {}
    grade: GradeAnswer | None = None
    remaining: dict[Paragraph, tuple[str, ...]] = {}


GRADES: dict[str, str] = {
    "1": "first",
    "first": "first",
    "2": "second",
    "second": "second",
    "3": "third",
    "third": "third",
    "none": "none",
    "0": "none",
    "u": "undetermined",
    "?": "undetermined",
    "undetermined": "undetermined",
}
STATUSES: dict[str, str] = {
    "m": "met",
    "y": "met",
    "n": "not_met",
    "u": "undetermined",
    "?": "undetermined",
    **{status: status for status in STATUS_WORDS},
    **{said: status for status, said in STATUS_WORDS.items()},
}
BOXES = " ".join(f"☐ {said}" for said in STATUS_WORDS.values())
"""A paragraph's answer on the printed worksheet: ``☐ met ☐ not met ☐ undetermined``."""
QUIT = ("q", "quit")
"""Typed at any question, these end the quiz (the score so far is shown)."""


class AnswerFormatError(ValueError):
    pass


class Quit(Exception):
    """The trainee typed ``q``."""


def parse_paragraphs(text: str) -> tuple[str, ...]:
    """'A1 A2', 'a1,a3', '(A)(2)', '30-52-1(A)(3)', 'none' -> ('A1', 'A2') ... (the paragraphs
    met, as an answer sheet of the older form lists them)."""
    cleaned = text.strip().lower().replace("30-52-1", "")
    if cleaned in ("", "none", "-", "0"):
        return ()
    cleaned = re.sub(r"[()]", "", cleaned)
    tokens = [t for t in re.split(r"[\s,;/+&]+|\band\b", cleaned) if t]
    if not tokens or any(not re.fullmatch(r"a[123]", t) for t in tokens):
        raise AnswerFormatError(f"not understood: {text!r}; answer like 'A1 A2' or 'none'")
    return tuple(sorted({t.upper() for t in tokens}))


def parse_status(text: str) -> str:
    """'m', 'met', 'n', 'not met', 'u', 'undetermined' -> met / not_met / undetermined."""
    key = " ".join(text.strip().lower().replace("-", " ").split())
    if key not in STATUSES:
        raise AnswerFormatError(f"not understood: {text!r}; answer m (met), n (not met) or u")
    return STATUSES[key]


def parse_grade(text: str) -> str:
    """'1', 'first', 'second degree', 'none', 'u' -> first / ... / none / undetermined."""
    key = text.strip().lower().replace(" degree", "").replace("_degree_felony", "")
    if key not in GRADES:
        raise AnswerFormatError(
            f"not understood: {text!r}; answer 1, 2, 3, none or u (undetermined)"
        )
    return GRADES[key]


def parse_elements(text: str, count: int) -> list[int]:
    """'1 3', '1,3' -> [1, 3] (numbers from 1 to ``count``); '' or 'none' -> []."""
    cleaned = text.strip().lower()
    if cleaned in ("", "none", "-"):
        return []
    tokens = [t for t in re.split(r"[\s,;]+", cleaned) if t]
    if any(not t.isdigit() or not 1 <= int(t) <= count for t in tokens):
        raise AnswerFormatError(f"not understood: {text!r}; answer numbers from 1 to {count}")
    return sorted({int(t) for t in tokens})


@dataclass
class Score:
    points: int = 0
    possible: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: dict[str, Any]) -> None:
        self.points += result["points"]
        self.possible += result["possible"]
        self.results.append(result)


def _who(trainee: str | None, session: str | None) -> str:
    parts = [f"Trainee: {trainee}" if trainee else "", f"Session: {session}" if session else ""]
    return "; ".join(p for p in parts if p)


def present(s: Scenario, out: TextIO) -> None:
    """The scenario as a trainee sees it: the story and the stated facts (a fact not listed is
    not known), as the web classroom shows them."""
    out.write(f"\n=== {s.id}: {s.title} ===\n{s.story}\n")
    words = pattern_sentences(s.fact_pattern())
    out.write("The facts (a fact not listed is not known):\n")
    for person in words["persons"]:
        out.write(f"  - {person}\n")
    for act in words["acts"]:
        out.write(f"  - {act['text']}\n")
        for stated in act["stated"]:
            out.write(f"      {stated}\n")
    for o in words["observations"]:
        out.write(f"  - {o}\n")


def report(result: dict[str, Any], out: TextIO) -> None:
    """The feedback of :func:`nm_trafficking.training.scoring.check`, in the terminal: the
    points, each lost point with its reason, the teaching point."""
    attempt = f" (attempt {result['attempt']})" if result.get("attempt", 1) > 1 else ""
    out.write(f"{result['points']} of {result['possible']} points{attempt}\n")
    for p in result["pairs"]:
        out.write(f"{p['pair']}: {p['points']} of {p['possible']}\n")
        for line in p["feedback"]:
            out.write(f"  {line}\n")
    out.write(f"  Teaching point: {result['teaching_point']}\n")


def score_answer(
    s: Scenario,
    given: Mapping[str, Any],
    score: Score,
    out: TextIO,
    *,
    trainee: str | None = None,
    session: str | None = None,
) -> dict[str, Any]:
    """Score one scenario's answers with the classroom's scoring (:mod:`.scoring`), add them to
    ``score`` and write the feedback."""
    result = scoring.check(s, given, trainee=trainee, session=session)
    score.add(result)
    report(result, out)
    return result


def _ask(read: Callable[[str], str], prompt: str, parse: Callable[[str], T], out: TextIO) -> T:
    while True:
        text = read(prompt)
        if text.strip().lower() in QUIT:
            raise Quit
        try:
            return parse(text)
        except AnswerFormatError as exc:
            out.write(f"  {exc}\n")


def _offences(s: Scenario) -> tuple[OffenceParagraph, ...]:
    """The paragraphs of the texts the scenario's acts fall under (by citation, in order)."""
    return scoring.paragraphs(s.assess())


def ask_pair(s: Scenario, key: str, read: Callable[[str], str], out: TextIO) -> dict[str, Any]:
    """One defendant and victim's answer, asked as the classroom asks it."""
    defendant, victim = key.split("/")
    out.write(f"{defendant} toward {victim}:\n")
    paragraphs: dict[str, str] = {}
    remaining: dict[str, list[str]] = {}
    for p in _offences(s):
        status = _ask(read, f"  {p.short} {p.title}: met, not met or undetermined (m/n/u)? ",
                      parse_status, out)  # fmt: skip
        paragraphs[p.short] = status
        if status == "undetermined":
            for n, e in enumerate(p.elements, 1):
                out.write(f"    {n}. {e.label}\n")
            count = len(p.elements)
            chosen = _ask(
                read,
                "    still to be established (numbers, e.g. 1 3)? ",
                partial(parse_elements, count=count),
                out,
            )
            remaining[p.short] = [p.elements[n - 1].key for n in chosen]
    grade = _ask(read, "  grade (1, 2, 3, none or u for undetermined)? ", parse_grade, out)
    return {"paragraphs": paragraphs, "grade": grade, "remaining": remaining}


def run_interactive(
    chosen: Sequence[Scenario],
    read: Callable[[str], str],
    out: TextIO,
    *,
    trainee: str | None = None,
    session: str | None = None,
) -> Score:
    """Ask each scenario, score it as the classroom does, explain; ``q`` at any question ends
    the quiz with the score so far."""
    score = Score()
    out.write("Training exercise: NMSA 1978, § 30-52-1. " + DISCLAIMER + "\n")
    if trainee or session:
        out.write(_who(trainee, session) + "\n")
    out.write("Type q at any question to quit.\n")
    try:
        for s in chosen:
            present(s, out)
            given = {key: ask_pair(s, key, read, out) for key in engine_answer(s.assess())}
            score_answer(s, given, score, out, trainee=trainee, session=session)
    except Quit:
        out.write("Quiz ended.\n")
    who = _who(trainee, session)
    out.write(f"\nScore: {score.points} / {score.possible}" + (f" ({who})" if who else "") + "\n")
    return score


def worksheet(
    chosen: Sequence[Scenario],
    out: TextIO,
    *,
    key: bool,
    trainee: str | None = None,
    session: str | None = None,
) -> None:
    out.write(
        "Worksheet: NMSA 1978, § 30-52-1 — for each defendant and victim, is each paragraph of "
        "(A) met, not met or undetermined, what is still to be established, and the grade.\n"
    )
    out.write(f"Trainee: {trainee or '______________'}  Session: {session or '__________'}\n")
    for s in chosen:
        present(s, out)
        for pair in engine_answer(s.assess()):
            out.write(f"  {pair}:\n")
            for p in _offences(s):
                out.write(f"    {p.short}: {BOXES}\n")
            out.write("    still to be established: ______  grade: ______\n")
    if key:
        out.write("\nAnswer key\n")
        for s in chosen:
            key_of(s, out)


def key_of(s: Scenario, out: TextIO) -> None:
    """The answer key of one scenario, in the worksheet's order: for each defendant and
    victim, each paragraph's status with its deciding element (for one undetermined, what is
    still to be established: the web key's rows, :func:`.scoring.key_rows`), then the grade
    with its reason; the teaching point once."""
    out.write(f"  {s.id}: {s.title}\n")
    for f in s.assess().findings:
        out.write(f"    {f.defendant}/{f.victim}:\n")
        rows = scoring.key_rows(f, _offences(s))
        for row in rows:
            status = said(row["status"])
            lead = "still to be established: " if row["status"] == "undetermined" else ""
            out.write(f"      {row['short']} {status} — {lead}{row['deciding']}\n")
        if all(row["status"] != "undetermined" for row in rows):
            out.write("      still to be established: nothing\n")
        reason = f.grade_detail.reason
        out.write(f"      grade: {scoring.grade_short(f)}" + (f" — {reason}" if reason else ""))
        out.write("\n")
    out.write(f"    Teaching point: {s.teaching_point}\n")


def from_sheet(given: Mapping[str, Any]) -> dict[str, Any]:
    """An answer sheet's answers for one scenario in the classroom's form. The older form
    (``{met: [A1], grade: third}``) reads as: the paragraphs listed met, the others not met."""
    out: dict[str, Any] = {}
    for pair, answer in given.items():
        if isinstance(answer, Answer):
            paragraphs = {p: ("met" if p in answer.met else "not_met") for p in citations()}
            out[pair] = {"paragraphs": paragraphs, "grade": answer.grade or "none"}
        else:
            out[pair] = answer.model_dump(exclude_none=True)
    return out


def pick(
    all_scenarios: Sequence[Scenario], ids: Sequence[str], count: int | None, seed: int | None
) -> list[Scenario]:
    if ids:
        by_id = {s.id: s for s in all_scenarios}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise KeyError(f"no scenario {', '.join(missing)}")
        return [by_id[i] for i in ids]
    chosen = list(all_scenarios)
    if seed is not None:
        random.Random(seed).shuffle(chosen)
    return chosen[:count] if count else chosen
