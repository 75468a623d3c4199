"""Explanations, built on demand: for an element of a paragraph, judged for one act, the
statute words it tests, the facts that decided it (or that are missing) and the reason.

Reasons are the statute model's templates (``statute.model``), filled in with what is known of
the act: its verb, its date, the victim's age at it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.reasoning.verdicts import MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import ElementResult, LabelledElement, Status
from nm_trafficking.statute.model import VICTIM_AGE, Element, OffenceParagraph


class _Words(dict[str, str]):
    """The values a reason template may name, computed only when named."""

    def __init__(self, ctx: ActContext[Any], paragraph: OffenceParagraph) -> None:
        super().__init__()
        self.ctx = ctx
        self.paragraph = paragraph

    def __missing__(self, key: str) -> str:
        ctx = self.ctx
        value: str
        if key == "act":
            value = ctx.conduct.act.value
        elif key == "act_in_text":
            verb = ctx.conduct.act.value
            homes = [p.citation for p in ctx.version.offences if verb in p.verbs]
            value = (
                f"it is the conduct of {' and '.join(homes)}"
                if homes
                else f"not in the {ctx.version.id} text of § {ctx.version.section}"
            )
        elif key == "when":
            value = ctx.when()
        elif key == "age":
            value = ctx.age.text() if ctx.age is not None else "not known"
        elif key == "in_force_from":
            value = ctx.version.in_force_from.isoformat()
        elif key == "citation":
            value = self.paragraph.citation
        elif key == "version":
            value = ctx.version.citation
        else:
            raise KeyError(key)
        self[key] = value
        return value


@cache
def _has_fields(template: str) -> bool:
    return "{" in template


def fill(template: str, ctx: ActContext[Any], paragraph: OffenceParagraph) -> str:
    """A reason template with what is known of the act filled in."""
    if not _has_fields(template):
        return template
    return template.format_map(_Words(ctx, paragraph))


def fact_ref(ctx: ActContext[Any], path: str) -> str:
    """Where a tested fact comes from, in words."""
    cid = ctx.conduct.id
    if path == "in_force":
        ref = f"conduct {cid}: date"
        if ctx.date_assumed and ctx.day is not None:
            ref += f" (not stated; as_of {ctx.day.isoformat()} assumed)"
        elif ctx.day is None:
            ref += " (not stated)"
            if ctx.age is not None and ctx.first_day is not None:
                ref += f"; {ctx.age.source}"
        return ref
    if not path.startswith(VICTIM_AGE):
        return f"conduct {cid}: {path}"
    ref = (
        ctx.age.source if ctx.age is not None else f"person {ctx.conduct.person}: age or birth_date"
    )
    if ctx.conduct.date is None:
        if ctx.day is not None:
            ref += f"; conduct {cid}: date (not stated; as_of {ctx.day.isoformat()} assumed)"
        else:
            ref += f"; conduct {cid}: date (not stated)"
    return ref


def _refs(ctx: ActContext[Any], paths: Sequence[str]) -> list[str]:
    refs: list[str] = []
    for path in paths:
        ref = fact_ref(ctx, path)
        if ref not in refs:
            refs.append(ref)
    return refs


def _decided_paths(element: Element, status: Status, chosen: tuple[int, ...]) -> tuple[str, ...]:
    if status == UNDETERMINED:
        return element.paths
    pool = element.established if status == MET else element.defeated
    return tuple(dict.fromkeys(t.path for i in chosen for t in pool[i].tests))


def _explained(
    verdict: ActVerdict[Any], p: int, e: int, evidence: Sequence[str]
) -> tuple[Element, dict[str, Any]]:
    ctx = verdict.ctx
    paragraph = ctx.version.offences[p]
    element = paragraph.elements[e]
    status = verdict.elements[p][e]
    chosen = verdict.alternatives(p, e) if status != UNDETERMINED else ()
    leap_day = element.tests_age and ctx.age is not None and ctx.age.leap_day_open
    if status == UNDETERMINED and leap_day and ctx.age is not None:
        reason = (
            f"the person was {ctx.age.text()} at the time of the conduct: which one turns on the "
            "open 29 February point (a question of law, not missing evidence)"
        )
    elif status == UNDETERMINED:
        reason = fill(element.unknown_reason, ctx, paragraph)
    else:
        pool = element.established if status == MET else element.defeated
        reason = "; ".join(dict.fromkeys(fill(pool[i].reason, ctx, paragraph) for i in chosen))
    note = element.note
    if leap_day:
        point = ctx.version.leap_day_open_point
        note = f"{note} {point}" if note else point
    return element, {
        "element": element.key,
        "label": element.label,
        "status": status,
        "statute_words": element.words,
        "cited": element.words_from,
        "facts": _refs(ctx, _decided_paths(element, status, chosen)),
        "reason": reason,
        "note": note,
        "evidence": list(evidence) if element.evidenced_by_indicators else [],
    }


def element_result(
    verdict: ActVerdict[Any], p: int, e: int, evidence: Sequence[str] = ()
) -> ElementResult:
    """The explained result of element ``e`` of paragraph ``p`` for the act of ``verdict``."""
    return ElementResult(**_explained(verdict, p, e, evidence)[1])


def labelled_element_result(
    verdict: ActVerdict[Any], p: int, e: int, evidence: Sequence[str] = ()
) -> LabelledElement:
    """As :func:`element_result`, with the verification label of the element's words (its
    own, else its paragraph's, else its text's) and any further words it applies."""
    element, fields = _explained(verdict, p, e, evidence)
    version = verdict.ctx.version
    label = element.verification
    if label is None and element.words is not None:
        label = version.paragraph(element.words_from).label
    if label is None:
        label = version.label
    return LabelledElement(
        **fields,
        verification=label.code if label is not None else None,
        verification_meaning=label.meaning if label is not None else None,
        also_words=element.also_words,
        also_cited=element.also_words_from,
    )


def labelled_elements(
    verdict: ActVerdict[Any], p: int, evidence: Sequence[str] = ()
) -> list[LabelledElement]:
    """Every element of paragraph ``p`` with its label, for the act of ``verdict``."""
    count = len(verdict.ctx.version.offences[p].elements)
    return [labelled_element_result(verdict, p, e, evidence) for e in range(count)]


def paragraph_elements(
    verdict: ActVerdict[Any], p: int, evidence: Sequence[str] = ()
) -> list[ElementResult]:
    """Every element of paragraph ``p``, explained, for the act of ``verdict``."""
    count = len(verdict.ctx.version.offences[p].elements)
    return [element_result(verdict, p, e, evidence) for e in range(count)]


def remaining(verdict: ActVerdict[Any], p: int, elements: Sequence[ElementResult]) -> list[str]:
    """What would still have to be established for paragraph ``p`` to be met by this act (empty
    unless the paragraph is undetermined for it)."""
    if verdict.paragraphs[p] != UNDETERMINED:
        return []
    citation = verdict.ctx.version.offences[p].citation
    cid = verdict.ctx.conduct.id
    out: list[str] = []
    for result in elements:
        if result.status != UNDETERMINED:
            continue
        line = f"{citation}, conduct {cid}: {result.label} — {result.reason}"
        if result.evidence:
            line += (
                f" (observed indicators evidence it: {len(result.evidence)}; establish the "
                "actor's intent or knowledge)"
            )
        out.append(line)
    return out


def deciding_explainer(
    citation: str,
    status: Status,
    counts: Sequence[Any],
    index: int | None,
    parts: Callable[[Any], Mapping[str, Any]],
) -> Callable[[], dict[str, object]]:
    """The explanation of a paragraph (or federal prong) over all acts: the deciding act's
    elements, and what remains over every act where it is undetermined. ``parts(count)`` gives
    a count's explained paragraphs (or prongs) by citation."""

    def build() -> dict[str, object]:
        elements = parts(counts[index])[citation].elements if index is not None else []
        remaining = (
            [
                line
                for c in counts
                if citation in c.statuses
                for line in parts(c)[citation].remaining
            ]
            if status == UNDETERMINED
            else []
        )
        return {"elements": elements, "remaining": remaining}

    return build
