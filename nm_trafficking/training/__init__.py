"""Training: a scenario bank written as trainers would, and a quiz that scores a trainee's
answers against the engine's and explains them with the statute text."""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from nm_trafficking import statute
from nm_trafficking.assessment import Assessment, assess
from nm_trafficking.facts.loading import from_dict
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.packaged import find, load_rows

Paragraph = Literal["A1", "A2", "A3"]
Grade = Literal["first", "second", "third"]
CITATION = {p.short: p.citation for p in statute.latest().offences}
"""Trainers' short names of the paragraphs (``A1``...) -> citations, from the statute."""
GRADE_NAME = {g.short: g.id for g in statute.latest().grading.grades}
"""Trainers' short names of the grades (``first``...) -> grade ids, from the statute."""


class Answer(BaseModel):
    """For one defendant and victim: the paragraphs met, and the grade (None: no grade)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    met: tuple[Paragraph, ...] = ()
    grade: Grade | None = None

    def normalised(self) -> tuple[frozenset[str], str | None]:
        return frozenset(self.met), self.grade


class Scenario(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    story: str
    tags: tuple[str, ...] = ()
    pattern: dict[str, Any]
    answer: dict[str, Answer] = Field(description='"DEFENDANT/VICTIM" -> the correct answer')
    teaching_point: str

    def fact_pattern(self) -> FactPattern:
        return from_dict(self.pattern, source=f"scenario {self.id}")

    def assess(self) -> Assessment:
        return assess(self.fact_pattern())


def engine_answer(assessment: Assessment) -> dict[str, Answer]:
    """What the engine says, in the answer format of the scenario bank."""
    out: dict[str, Answer] = {}
    for f in assessment.findings:
        met = tuple(p for p, c in CITATION.items() if f.subsections[c].status == "met")
        grade = next((g for g, name in GRADE_NAME.items() if name == f.grade), None)
        out[f"{f.defendant}/{f.victim}"] = Answer(met=met, grade=grade)
    return out


@cache
def scenarios() -> tuple[Scenario, ...]:
    return load_rows(__package__, "scenarios.yaml", Scenario)


def scenario(scenario_id: str) -> Scenario:
    return find(scenarios(), scenario_id, "scenario")


__all__ = ["Answer", "Scenario", "engine_answer", "scenario", "scenarios"]
