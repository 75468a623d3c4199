"""The shapes of the workbench's JSON answers that are not the output contract, as pydantic
models: the OpenAPI document gives each route's 200 answer from them (``POST /compare``:
:class:`ComparisonAnswer`; ``POST /workbench/evaluate`` and ``/workbench/whatif``:
:class:`WorkbenchAnswer`), as ``bodies`` gives the request bodies.

They describe what the routes build (``compare()``'s changes are its own dataclasses; the
questions, the limitation periods, what is still needed and the helpers' heads are
``workbench.questions``, ``limitation``, ``needed`` and ``heads``); the routes do not build
them. ``tests/test_workbench_answers.py`` validates real answers against the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from nm_trafficking.compare import (
    CountChange,
    ElementChange,
    FindingChange,
    GradeChange,
    LawChange,
    ParagraphChange,
)
from nm_trafficking.summary import QuestionKind
from nm_trafficking.workbench.bodies import COMPONENT

__all__ = ["ANSWERS", "ComparisonAnswer", "WorkbenchAnswer"]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ComparisonAnswer(_Answer):
    """What changed between two assessments (``Comparison.to_dict()``): under every law
    assessed (``laws``) and, under § 30-52-1, in more detail; ``changed``: whether anything
    did."""

    changed: bool
    findings: list[FindingChange]
    paragraphs: list[ParagraphChange]
    elements: list[ElementChange]
    counts: list[CountChange]
    grades: list[GradeChange]
    laws: list[LawChange]


class QuestionFact(_Answer):
    """A fact that answers a question: its path for ``FactPattern.with_fact``, the kind of
    value it takes and the question in words."""

    path: str
    kind: Literal["truth", "date", "age"]
    question: str


class NextQuestion(_Answer):
    """One of § 30-52-1's next questions (``workbench.questions.next_questions``)."""

    id: str
    defendant: str
    victim: str
    conduct: str
    element: str
    label: str
    statute_words: str | None
    cited: str | None
    paragraphs: list[str] = Field(description="the citations it serves")
    any_of: bool = Field(description="one true fact establishes the element")
    optional: bool = Field(description="the pair already meets another paragraph")
    why: str
    facts: list[QuestionFact]


class PairLimitation(_Answer):
    """A pair's limitation periods in the text summary's words (``workbench.limitation``)."""

    defendant: str
    victim: str
    passed: dict[str, str] = Field(
        description="by law id: the clause saying for which counts the period has passed"
    )
    first_day: dict[str, str] = Field(
        description=(
            "by law id: the counts that rest on the law's first text being in force on a day "
            "reported, not verified (§ 30-52-1: 1 July 2008)"
        )
    )
    counts: dict[str, str] = Field(description="by act id: the act's periods")
    helpers: dict[str, str] = Field(
        description="by `helper|act id`: the periods of the act aided, as the helper's line"
    )


class Needed(_Answer):
    """A question of the summary's ``needed`` as the text summary says it
    (``workbench.needed``)."""

    heading: str
    text: str
    settles: str
    kind: QuestionKind
    element: str


DOCUMENTS = ("AssessmentSummary", "AssessmentElements", "Assessment")
"""The output contract's documents at each detail level, by their OpenAPI component names."""

Assessment = Annotated[Any, WithJsonSchema({"oneOf": [{COMPONENT: n} for n in DOCUMENTS]})]
"""The assessment document at the ``detail`` asked (the output contract's schemas)."""


class WorkbenchAnswer(_Answer):
    """The builder's answer (``POST /workbench/evaluate`` and ``/workbench/whatif``)."""

    pattern: Annotated[Any, WithJsonSchema({COMPONENT: "FactPattern"})] = Field(
        description="the pattern as a compact document"
    )
    assessment: Assessment
    questions: list[NextQuestion] = Field(
        description="§ 30-52-1's next questions (none with the federal sections alone)"
    )
    comparison: ComparisonAnswer | None = Field(
        description="what changed from `before` (the what-if: from the pattern before the "
        "changes); null when there is no `before`"
    )
    limitation: list[PairLimitation]
    needed: list[Needed]
    helper_heads: dict[str, str] = Field(
        description="by `helper|act id`: how the text summary heads the helper's finding"
    )


ANSWERS: dict[str, type[BaseModel]] = {
    "ComparisonAnswer": ComparisonAnswer,
    "WorkbenchAnswer": WorkbenchAnswer,
}
"""The OpenAPI components these models give, by name."""
