"""Each act as a potential count (30-52-1(C); State v. Carson): the version it falls under, the
victim's age at it, every paragraph's status for it and the grade it carries. The explanation of
each paragraph is built when first read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nm_trafficking.count_elements import compact
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import explain
from nm_trafficking.reasoning.grading import Graded
from nm_trafficking.reasoning.verdicts import ActVerdict
from nm_trafficking.results import AgeAtAct, Count, CountParagraph, DateSpan


def _paragraph(verdict: ActVerdict[Any], p: int, evidence: Sequence[str]) -> CountParagraph:
    def build() -> dict[str, object]:
        elements = explain.paragraph_elements(verdict, p, evidence)
        return {
            "elements": compact(elements),
            "remaining": explain.remaining(verdict, p, elements),
        }

    return CountParagraph(
        verdict.ctx.version.offences[p].citation, verdict.paragraphs[p], _explain=build
    )


def age_at_act(verdict: ActVerdict[Any]) -> AgeAtAct | None:
    """The victim's age at the act of ``verdict``, as the output gives it."""
    age = verdict.ctx.age
    if age is None:
        return None
    return AgeAtAct(
        lo=age.lo,
        hi=age.hi,
        exact=age.exact,
        text=age.text(),
        source=age.source,
        open_point=(
            verdict.ctx.version.leap_day_open_point
            if age.leap_day_open or age.leap_day_readings
            else None
        ),
    )


def count(graded: Graded, evidence: Sequence[str]) -> Count:
    """The count of one act."""
    v = graded.verdict
    ctx = v.ctx
    span = (
        DateSpan(ctx.first_day, ctx.last_day)
        if ctx.day is None and ctx.first_day is not None
        else None
    )
    offences = ctx.version.offences

    def build() -> dict[str, object]:
        return {
            "victim_age": age_at_act(v),
            "paragraphs": {
                offences[p].citation: _paragraph(v, p, evidence) for p in range(len(offences))
            },
        }

    return Count(
        conduct=ctx.conduct.id,
        act=ctx.conduct.act.value,
        date=ctx.day,
        date_assumed=ctx.date_assumed,
        possible_dates=span,
        statute_version=None if ctx.in_force is Truth.FALSE else ctx.version.id,
        assessed_under=ctx.version.id,
        status=v.status,
        statuses=dict(zip(ctx.version.citations, v.paragraphs, strict=True)),
        grade=graded.result,
        _explain=build,
    )
