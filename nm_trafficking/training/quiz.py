"""``nm-trafficking quiz``: a training exercise in the terminal.

Interactive: presents a scenario, takes the trainee's answer for each defendant and victim
(which paragraphs of 30-52-1(A) are met; the grade), scores it and explains with the statute
text. Non-interactive: ``--answers FILE`` scores a YAML/JSON answer sheet; ``--worksheet``
prints the scenarios as a worksheet, with ``--key`` an answer key. Answers may also be piped in
on standard input."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from nm_trafficking.results import DISCLAIMER
from nm_trafficking.statute import latest
from nm_trafficking.training import CITATION, Answer, Scenario, engine_answer

GRADES = {
    "1": "first",
    "first": "first",
    "2": "second",
    "second": "second",
    "3": "third",
    "third": "third",
    "none": None,
    "0": None,
    "": None,
}


class AnswerFormatError(ValueError):
    pass


def parse_paragraphs(text: str) -> tuple[str, ...]:
    """'A1 A2', 'a1,a3', '(A)(2)', '30-52-1(A)(3)', 'none' -> ('A1', 'A2') ..."""
    cleaned = text.strip().lower().replace("30-52-1", "")
    if cleaned in ("", "none", "-", "0"):
        return ()
    cleaned = re.sub(r"[()]", "", cleaned)
    tokens = [t for t in re.split(r"[\s,;/+&]+|\band\b", cleaned) if t]
    if not tokens or any(not re.fullmatch(r"a[123]", t) for t in tokens):
        raise AnswerFormatError(f"not understood: {text!r}; answer like 'A1 A2' or 'none'")
    return tuple(sorted({t.upper() for t in tokens}))


def parse_grade(text: str) -> str | None:
    key = text.strip().lower().replace(" degree", "").replace("_degree_felony", "")
    if key not in GRADES:
        raise AnswerFormatError(f"not understood: {text!r}; answer 1, 2, 3 or none")
    return GRADES[key]


@dataclass
class Score:
    points: int = 0
    possible: int = 0


def present(s: Scenario, out: TextIO) -> None:
    out.write(f"\n=== {s.id}: {s.title} ===\n{s.story}\n")
    pattern = s.fact_pattern()
    for c in pattern.conduct:
        victim = pattern.person(c.person)
        age = (
            f"born {victim.birth_date.isoformat()}"
            if victim.birth_date
            else f"age {victim.age}"
            if victim.age is not None
            else "age unknown"
        )
        when = c.date.isoformat() if c.date else "date unknown"
        out.write(f"  - {c.actor} {c.act.value} {c.person} ({age}), {when}\n")


def explain(s: Scenario, key: str, out: TextIO, given: Answer | None = None) -> None:
    """Why, briefly: for each paragraph the trainee got wrong (every paragraph when no answer is
    given), the element(s) that decide it, quoted from the statute; the grade; the teaching
    point."""
    finding = s.assess().finding(*key.split("/"))
    mine = set(given.met) if given is not None else None
    for short, citation in CITATION.items():
        sub = finding.subsections[citation]
        if mine is not None and (short in mine) == (sub.status == "met"):
            continue
        out.write(f"  {short} is {sub.status.replace('_', ' ')}")
        if sub.status == "met":
            summary = latest().offence(citation).summary
            out.write(f" ({sub.conduct}): {summary}\n" if summary else f" ({sub.conduct})\n")
            continue
        out.write(":\n")
        for e in sub.elements:
            if e.status == sub.status:
                words = f'"{e.statute_words}"' if e.statute_words else e.label
                out.write(f"    {words} — {e.reason}\n")
    out.write(f"  Grade: {finding.grade_detail.words}\n")
    out.write(f"  Teaching point: {s.teaching_point}\n")


def score_answer(s: Scenario, given: dict[str, Answer], score: Score, out: TextIO) -> None:
    expected = engine_answer(s.assess())
    for key, right in expected.items():
        mine = given.get(key, Answer())
        score.possible += 2
        ok_met = set(mine.met) == set(right.met)
        ok_grade = mine.grade == right.grade
        score.points += ok_met + ok_grade
        met = ", ".join(right.met) or "none"
        out.write(
            f"{key}: paragraphs {'correct' if ok_met else 'WRONG'} (met: {met}); "
            f"grade {'correct' if ok_grade else 'WRONG'} ({right.grade or 'none'})\n"
        )
        explain(s, key, out, mine)


def run_interactive(chosen: Sequence[Scenario], read: Callable[[str], str], out: TextIO) -> Score:
    score = Score()
    out.write("Training exercise: NMSA 1978, § 30-52-1. " + DISCLAIMER + "\n")
    for s in chosen:
        present(s, out)
        given: dict[str, Answer] = {}
        for key in engine_answer(s.assess()):
            defendant, victim = key.split("/")
            while True:
                try:
                    met = parse_paragraphs(
                        read(f"{defendant} toward {victim} — paragraphs met (e.g. A1 A2, none): ")
                    )
                    grade = parse_grade(read("  grade (1, 2, 3 or none): ")) if met else None
                    break
                except AnswerFormatError as exc:
                    out.write(f"  {exc}\n")
            given[key] = Answer(met=met, grade=grade)
        score_answer(s, given, score, out)
    out.write(f"\nScore: {score.points} / {score.possible}\n")
    return score


def worksheet(chosen: Sequence[Scenario], out: TextIO, *, key: bool) -> None:
    out.write(
        "Worksheet: NMSA 1978, § 30-52-1 — for each defendant and victim, which paragraphs "
        "of (A) are met, and the grade.\n"
    )
    for s in chosen:
        present(s, out)
        for pair in engine_answer(s.assess()):
            out.write(f"  {pair}: paragraphs ______  grade ______\n")
    if key:
        out.write("\nAnswer key\n")
        for s in chosen:
            for pair, a in engine_answer(s.assess()).items():
                out.write(
                    f"  {s.id} {pair}: {', '.join(a.met) or 'none'}; grade {a.grade or 'none'}"
                    f" — {s.teaching_point}\n"
                )


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
