"""Training: a scenario bank written as trainers would, and a quiz that scores a trainee's
answers against the engine's and explains them with the statute text.

The scenarios are case files (``nm_trafficking/training/cases/*.yaml``, the format of
``nm_trafficking.cases`` and ``docs/cases.md``): ``nm-trafficking test`` checks every stated
outcome against the engine, and the quiz reads the same files. A scenario is a case that states,
for every defendant and victim, the status of each paragraph of (A) and the grade.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

from nm_trafficking import statute
from nm_trafficking.assessment import Assessment
from nm_trafficking.cases import Case, CaseError, CaseFileError, assess_case, loads
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.packaged import find
from nm_trafficking.statute.model import StatuteVersion

Paragraph = Literal["A1", "A2", "A3"]
Grade = Literal["first", "second", "third"]


@cache
def citations() -> dict[str, str]:
    """Trainers' short names of the paragraphs of every text (``A1``...) -> citations, from
    the statute (a function, not a constant: the texts registered may change)."""
    return {p.short: p.citation for p in statute.offences()}


@cache
def grade_names() -> dict[str, str]:
    """Trainers' short names of the grades (``first``...) -> grade ids, from the statute."""
    return {g.short: g.id for g in statute.grades()}


def _stated_texts(case: Case) -> tuple[StatuteVersion, ...]:
    """The texts a case's acts can fall under (their dates; an undated act's up to ``today``)."""
    days = [c.date or case.as_of for c in case.pattern.conduct]
    known = [d for d in days if d is not None]
    first = min(known) if known and len(known) == len(days) else None
    last = max(known) if known and len(known) == len(days) else case.today or date.today()
    return statute.versions_between(first, last)


CASES = "cases"
"""The directory of this package that holds the scenario case files."""


class Answer(BaseModel):
    """For one defendant and victim: the paragraphs met, and the grade (None: no grade)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    met: tuple[Paragraph, ...] = ()
    grade: Grade | None = None

    def normalised(self) -> tuple[frozenset[str], str | None]:
        return frozenset(self.met), self.grade


@dataclass(frozen=True)
class Scenario:
    """A case of the scenario bank, with its answer for the quiz."""

    case: Case
    answer: dict[str, Answer]
    """``"DEFENDANT/VICTIM"`` -> the correct answer, from the case's expected outcome."""

    @property
    def id(self) -> str:
        return self.case.id

    @property
    def title(self) -> str:
        return self.case.title

    @property
    def story(self) -> str:
        return self.case.story

    @property
    def tags(self) -> tuple[str, ...]:
        return self.case.tags

    @property
    def teaching_point(self) -> str:
        return self.case.teaching_point or ""

    def fact_pattern(self) -> FactPattern:
        return self.case.pattern

    def assess(self) -> Assessment:
        return assess_case(self.case)

    @classmethod
    def from_case(cls, case: Case) -> Scenario:
        """The scenario of ``case``; :class:`CaseFileError` unless the case states, for every
        pair it names, each paragraph's status, the grade, and a teaching point."""
        required = {p.citation for p in statute.offences(_stated_texts(case))}
        short = {c: s for s, c in citations().items() if c in required}
        grade_short = {g: s for s, g in grade_names().items()}
        errors: list[CaseError] = []
        answer: dict[str, Answer] = {}
        for pair in case.pairs:
            label = f"{pair[0]}/{pair[1]}"
            stated = [c for c in case.checks if c.pair == pair and c.conduct is None]
            statuses = {c.citation: c.expected for c in stated if c.what == "paragraph"}
            grades = [c.expected for c in stated if c.what == "grade"]
            missing = [s for c, s in short.items() if c not in statuses]
            if missing or not grades:
                what = ", ".join(missing + ([] if grades else ["grade"]))
                errors.append(
                    CaseError(case.file, case.id, f"expect.{label}", f"a scenario states {what}")
                )
                continue
            met = tuple(short[c] for c, s in statuses.items() if s == "met" and c in short)
            grade = grade_short.get(grades[0]) if grades[0] is not None else None
            answer[label] = Answer.model_validate({"met": met, "grade": grade})
        if not case.teaching_point:
            errors.append(CaseError(case.file, case.id, "teaching_point", "a scenario has one"))
        if errors:
            raise CaseFileError(errors)
        return cls(case=case, answer=answer)


def engine_answer(assessment: Assessment) -> dict[str, Answer]:
    """What the engine says, in the answer format of the scenario bank."""
    out: dict[str, Answer] = {}
    for f in assessment.findings:
        met = tuple(
            p
            for p, c in citations().items()
            if c in f.subsections and f.subsections[c].status == "met"
        )
        grade = next((g for g, name in grade_names().items() if name == f.grade), None)
        out[f"{f.defendant}/{f.victim}"] = Answer(met=met, grade=grade)
    return out


@cache
def scenarios() -> tuple[Scenario, ...]:
    """Every scenario, file by file (sorted by name), in the order written."""
    folder = resources.files(__package__).joinpath(CASES)
    prefix = f"{__package__.replace('.', '/')}/{CASES}"
    out: list[Scenario] = []
    errors: list[CaseError] = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if not item.name.endswith((".yaml", ".yml")):
            continue
        loaded = loads(item.read_text("utf-8"), source=f"{prefix}/{item.name}")
        errors += loaded.errors
        for case in loaded.cases:
            try:
                out.append(Scenario.from_case(case))
            except CaseFileError as exc:
                errors += exc.errors
    if errors:
        raise CaseFileError(errors)
    return tuple(out)


def scenario(scenario_id: str) -> Scenario:
    return find(scenarios(), scenario_id, "scenario")


__all__ = ["Answer", "Scenario", "engine_answer", "scenario", "scenarios"]
