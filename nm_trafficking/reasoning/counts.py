"""Each act as a potential count (30-52-1(C); State v. Carson): the version it falls under, the
victim's age at it, every paragraph's status for it and the grade it carries. The explanation of
each paragraph is built when first read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nm_trafficking.count_elements import compact
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import explain, undated
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.reasoning.ages import AgeRange
from nm_trafficking.reasoning.grading import Graded
from nm_trafficking.reasoning.verdicts import ActVerdict
from nm_trafficking.results import AgeAtAct, Count, CountParagraph, DateSpan

_FALSE = Truth.FALSE  # (read once: an Enum member read through its class is slow in 3.11)


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
    span = (  # the days judged under the text applied (the summary's header may run earlier)
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

    # fields by position, named in the comments: a class called with keywords goes through a
    # dict of them
    return Count(
        ctx.conduct.id,  # conduct
        str(ctx.conduct.act),  # act: a StrEnum's str() is its value, without Enum.value's lookup
        ctx.day,  # date
        ctx.date_assumed,
        span,  # possible_dates
        None if ctx.in_force is _FALSE else ctx.version.id,  # statute_version
        ctx.version.id,  # assessed_under
        v.status,
        dict(zip(ctx.version.citations, v.paragraphs, strict=True)),  # statuses
        graded.result,  # grade
        build,  # _explain
    )


def header_window(ctxs: Sequence[ActContext[Any]]) -> tuple[DateSpan | None, str | None]:
    """An act's possible dates (undated only) and the victim's age at it in words, for its
    count's header, from its context under each law judged (the first is the header's law):
    each law judges an undated act over its own days (§ 30-52-1 from its text's start, a
    federal section from the victim's birth), so the header gives the widest of them, never an
    age one law's reasoning on the same count leaves open (review N5); an act that may predate
    its text is shown from the victim's birth (:func:`undated.possible_days`: review A6 of
    session 9), the age over those days. A law that does not bound the days (no birth bound)
    gives none and is left out."""
    head = ctxs[0]
    if head.day is not None or head.first_day is None:
        return None, head.age.text() if head.age is not None else None
    bounded = [(c, days) for c in ctxs if (days := undated.possible_days(c)) is not None]
    earliest = min(days[0] for _, days in bounded)
    lasts = [days[1] for _, days in bounded]
    latest = None if None in lasts else max(d for d in lasts if d is not None)
    ages = [age for c, days in bounded if (age := undated.age_over(c, days)) is not None]
    if not ages:
        return DateSpan(earliest, latest), None
    highs = [a.hi for a in ages]
    hi = None if None in highs else max(h for h in highs if h is not None)
    return DateSpan(earliest, latest), AgeRange(min(a.lo for a in ages), hi, "").text()
