"""An undated act that may fall under several texts (its possible days span an amendment):
judged under each, and combined — for § 30-52-1 and, the same way, for the federal sections.

An act is placed under one text only when every day it can have happened on falls in that
text's period (``acts.contexts``, ``acts.law_contexts``). Otherwise it is assessed under every
candidate text (each over the days that text was in force, with the victim's age on those
days; for a federal section also a period with no text applied, or before the section
existed), and the results are combined, paragraph by paragraph and element by element, by
citation and key (never by position): met only if met under every candidate, not met only if
not met under every one (a paragraph a text does not have is not met under it; a period with
no text decides only what its one element decides), undetermined otherwise; the grades (or,
federal, the penalty bands: ``penalties``) it may carry are the union of the candidates'
(``grading.grade_act``). Assessing under each text and combining keeps what all the texts
agree on (e.g. "knowingly" met) and leaves open only what turns on which text applied, with
the reason naming each text's answer. With one candidate nothing is combined.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from nm_trafficking import words
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import explain
from nm_trafficking.reasoning.acts import ActContext, text_name
from nm_trafficking.reasoning.ages import AgeRange
from nm_trafficking.reasoning.verdicts import (
    MET,
    NOT_MET,
    UNDETERMINED,
    ActVerdict,
    act_verdict,
    any_of,
)
from nm_trafficking.results import Status
from nm_trafficking.rules.atoms import engine_fact
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.model import StatuteVersion, TextVersion

V = TypeVar("V", bound=TextVersion)

_MORE_THAN_ONE = "the date is not stated and the act may fall under more than one text: "


def _agreed(statuses: Sequence[Status]) -> Status:
    if all(s == MET for s in statuses):
        return MET
    if all(s == NOT_MET for s in statuses):
        return NOT_MET
    return UNDETERMINED


def _under(ctx: ActContext[StatuteVersion], engine: Engine) -> ActVerdict[StatuteVersion]:
    fired = [keys for keys, _ in engine.evaluate(ctx.version, [engine_fact(ctx)])]
    return act_verdict(ctx, fired)


def combined(verdict: ActVerdict[StatuteVersion], engine: Engine) -> ActVerdict[StatuteVersion]:
    """``verdict`` (under the newest candidate) combined with the act's verdict under every
    text it may fall under (``ActContext.candidates``); ``verdict`` itself when there is one."""
    ctx = verdict.ctx
    if len(ctx.candidates) < 2:
        return verdict
    return combine(ctx, tuple(_under(c, engine) for c in ctx.candidates))


def _in_period(status: Status) -> str:
    """A prong's answer in a period with no text (its title says why), for the reasons."""
    if status == UNDETERMINED:
        return "no text is applied, so nothing is decided"
    return words.STATUS_WORDS[status]


WINDOW = "which text applied on the date of the act is UNVERIFIED ({period}): "
"""The reasons' lead for a dated act in a period where either of two texts may have applied
(``FederalVersion.candidates``), judged under each and combined like an undated act."""


def combine(
    ctx: ActContext[V], under: tuple[ActVerdict[V], ...], lead: str = _MORE_THAN_ONE
) -> ActVerdict[V]:
    """The verdict of the undated act of ``ctx`` from its verdicts ``under`` each text (or
    period with no text, for a federal section) it may fall under, oldest first; ``ctx.version``
    is the newest, whose paragraphs and elements the result has. ``lead`` leads the reason of an
    element whose answer differs between the texts (default: the date is not stated; a dated
    act in a period whose text is UNVERIFIED: :data:`WINDOW`)."""
    version = ctx.version
    elements: list[tuple[Status, ...]] = []
    paragraphs: list[Status] = []
    differ: dict[tuple[int, int], str] = {}
    """Elements whose status differs between the texts: undetermined, each text's reason."""
    agreed: dict[tuple[int, int], str] = {}
    """Elements with one status under every text, for reasons that differ (e.g. the period)."""
    for p, paragraph in enumerate(version.offences):
        row: list[Status] = []
        for e, element in enumerate(paragraph.elements):
            each: list[Status] = []
            why: list[str] = []
            for u in under:
                text = u.ctx.version
                if paragraph.citation not in text.citations:
                    each.append(NOT_MET)
                    why.append(f"{text_name(text)} has no {paragraph.citation}")
                    continue
                q = text.citations.index(paragraph.citation)
                keys = [x.key for x in text.offences[q].elements]
                if element.key not in keys:
                    each.append(u.paragraphs[q])
                    if text.encoded and not text.offences[q].in_text:
                        why.append(f"{text_name(text)} has no {paragraph.citation}")
                    elif text.encoded:
                        why.append(f"{text_name(text)} has no such element")
                    else:  # a period with no text: its title says why
                        why.append(f"in {text_name(text)}, {_in_period(u.paragraphs[q])}")
                    continue
                f = keys.index(element.key)
                each.append(u.elements[q][f])
                why.append(f"under {text_name(text)}, {explain.element_reason(u, q, f)}")
            status = _agreed(each)
            row.append(status)
            if len(set(each)) > 1:
                differ[(p, e)] = lead + "; ".join(why)
            elif len({w.split(", ", 1)[-1] for w in why}) > 1:
                agreed[(p, e)] = lead + "; ".join(why)
        elements.append(tuple(row))
        paragraphs.append(
            _agreed(
                [
                    u.paragraphs[u.ctx.version.citations.index(paragraph.citation)]
                    if paragraph.citation in u.ctx.version.citations
                    else NOT_MET
                    for u in under
                ]
            )
        )
    newest = under[-1]
    keep = [
        tuple(k for k in keys if (k.paragraph, k.element_index) not in differ)
        for keys in newest.fired
    ]
    out = ActVerdict(
        ctx, keep, tuple(elements), tuple(paragraphs), any_of(tuple(paragraphs)), under=under
    )
    explain.prepared(out, differ | agreed)
    return out


def turns_on_date(verdict: ActVerdict[Any]) -> bool:
    """Whether the date of an undated act judged under several texts would change a
    paragraph's status: the paragraph's status differs between the texts (one the text lacks
    is not met under it)."""
    if not verdict.under:
        return False
    citations = verdict.ctx.version.citations

    def statuses(u: ActVerdict[Any]) -> tuple[Status, ...]:
        mine = u.ctx.version.citations
        return tuple(u.paragraphs[mine.index(c)] if c in mine else NOT_MET for c in citations)

    return len({statuses(u) for u in verdict.under}) > 1


def differs(verdict: ActVerdict[Any], p: int, e: int) -> bool:
    """Whether element ``e`` of paragraph ``p`` of a verdict combined from several texts
    (``verdict.under``) has different statuses under them (it is then open because of which
    text applies, not for want of a fact); False for a verdict of one text."""
    if not verdict.under:
        return False
    paragraph = verdict.ctx.version.offences[p]
    key = paragraph.elements[e].key
    seen: set[Status] = set()
    for u in verdict.under:
        text = u.ctx.version
        if paragraph.citation not in text.citations:
            seen.add(NOT_MET)
            continue
        q = text.citations.index(paragraph.citation)
        keys = [x.key for x in text.offences[q].elements]
        seen.add(u.elements[q][keys.index(key)] if key in keys else u.paragraphs[q])
    return len(seen) > 1


def possible_days(ctx: ActContext[Any]) -> tuple[date, date | None] | None:
    """The days an undated act can have happened on, as the output shows them (its count's
    window), ``None`` for a dated act or one whose days nothing bounds. The act is judged over
    ``first_day`` to ``last_day`` (from its text's start, or the victim's birth if later); where
    it may predate the text (the element "in force" open) and the facts bound the victim's
    birth by themselves (a birth date, or an age on a date), the window runs back to the
    earliest birth: those days are days it can have happened on too, on which § 30-52-1 does
    not reach it. A window from the text's start would leave out the very days that keep "in
    force" open (review A6 of session 9: a girl born on 30 June 2008, the day before the text;
    the federal sections' windows already start at the birth)."""
    if ctx.day is not None or ctx.first_day is None:
        return None
    first = ctx.first_day
    birth = ctx.birth
    if (
        ctx.in_force is Truth.UNKNOWN
        and ctx.ages is not None
        and birth is not None
        and birth.earliest < first
    ):
        first = birth.earliest
    return first, ctx.last_day


def age_over(ctx: ActContext[Any], days: tuple[date, date | None]) -> AgeRange | None:
    """The victim's age over ``days`` (:func:`possible_days`): the act's own where they are the
    days it was judged over, else read from the victim's birth over them (a window running back
    before the text says nothing of the age at the act beyond what the birth gives)."""
    if days[0] == ctx.first_day or ctx.ages is None:
        return ctx.age
    return ctx.ages(days[0], days[1])
