"""Three-valued verdicts from the engine's records (no negation inside the engine).

element   = met if an "established" record exists; not met if a "defeated" record exists (an
            explicit negative fact) and none established; undetermined otherwise — absence of
            evidence stays undetermined.
paragraph = Kleene conjunction of its elements: not met if any element is not met, met if all
            are met, undetermined otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable

from nm_trafficking.errors import EngineError
from nm_trafficking.results import ConductResult, ElementResult, Status
from nm_trafficking.rules.atoms import ConductRecord
from nm_trafficking.rules.compile import DEFEATED, ESTABLISHED, RuleKey
from nm_trafficking.statute.model import Element, OffenceParagraph


def kleene_and(statuses: Iterable[Status]) -> Status:
    result: Status = "met"
    for s in statuses:
        if s == "not_met":
            return "not_met"
        if s == "undetermined":
            result = "undetermined"
    return result


def kleene_or(statuses: Iterable[Status]) -> Status:
    result: Status = "not_met"
    for s in statuses:
        if s == "met":
            return "met"
        if s == "undetermined":
            result = "undetermined"
    return result


def _fact_refs(record: ConductRecord, paths: Iterable[str]) -> list[str]:
    """Where each tested fact comes from, in words (one entry per distinct source)."""
    refs: list[str] = []
    for path in paths:
        ref = _fact_ref(record, path)
        if ref not in refs:
            refs.append(ref)
    return refs


def _fact_ref(record: ConductRecord, path: str) -> str:
    cid = record.conduct.id
    if path == "in_force":
        ref = f"conduct {cid}: date"
        if record.date_assumed and record.day is not None:
            ref += f" (not stated; as_of {record.day.isoformat()} assumed)"
        return ref
    if not path.startswith("victim_age"):
        return f"conduct {cid}: {path}"
    if record.age is not None:
        ref = record.age.source
    else:
        ref = f"person {record.conduct.person}: age or birth_date"
    if record.conduct.date is None:
        when = f" (assumed {record.day.isoformat()})" if record.day is not None else ""
        ref += f"; conduct {cid}: date{when}"
    return ref


_STATIC: dict[tuple[int, str, tuple[int, ...]], tuple[str, tuple[str, ...]]] = {}


def _static(
    element: Element, status: Status, chosen: tuple[int, ...]
) -> tuple[str, tuple[str, ...]]:
    """The reason and the tested fact paths for an outcome: fixed by the statute model, so
    computed once per (element, outcome, alternatives) and kept."""
    key = (id(element), status, chosen)
    found = _STATIC.get(key)
    if found is None:
        if status == "undetermined":
            alternatives = (*element.established, *element.defeated)
            reason = element.unknown_reason
        else:
            pool = element.established if status == "met" else element.defeated
            alternatives = tuple(pool[i] for i in chosen)
            reason = "; ".join(dict.fromkeys(a.reason for a in alternatives))
        paths = tuple(dict.fromkeys(t.path for a in alternatives for t in a.tests))
        found = _STATIC[key] = (reason, paths)
    return found


EVIDENCED_BY_INDICATORS = frozenset({"means_will_be_used", "means_was_used"})
"""The elements that observed indicators can evidence (the means elements)."""


def _element(
    record: ConductRecord,
    element: Element,
    fired: dict[str, list[int]],
    evidence: list[str],
) -> ElementResult:
    established = fired.get(ESTABLISHED)
    defeated = fired.get(DEFEATED)
    if established and defeated:
        raise EngineError(f"element {element.key} both established and defeated")
    status: Status
    if established:
        status, chosen = "met", tuple(established)
    elif defeated:
        status, chosen = "not_met", tuple(defeated)
    else:
        status, chosen = "undetermined", ()
    reason, paths = _static(element, status, chosen)
    if element.key == "in_force" and record.date_assumed and record.day is not None:
        reason += f" (date not stated; {record.day.isoformat()} assumed as the caller asked)"
    if element.key == "under_eighteen" and record.age is not None and status != "undetermined":
        age = str(record.age.lo) if record.age.exact else f"{record.age.lo}-{record.age.hi}"
        reason += f" (age {age})"
    return ElementResult(
        element=element.key,
        label=element.label,
        status=status,
        statute_words=element.words,
        cited=element.words_from,
        facts=_fact_refs(record, paths),
        reason=reason,
        note=element.note,
        evidence=list(evidence) if element.key in EVIDENCED_BY_INDICATORS else [],
    )


def conduct_result(
    record: ConductRecord,
    paragraph: OffenceParagraph,
    fired: Iterable[RuleKey],
    memo: dict[int, ElementResult] | None = None,
    evidence: list[str] | None = None,
) -> ConductResult:
    """The verdict for one act of conduct under one paragraph, from its rules that fired
    (``fired``: the records for this paragraph).

    ``memo`` (one per conduct) shares the result of an element that several paragraphs have in
    common ("knowingly", "in force"): it is decided once."""
    by_element: dict[str, dict[str, list[int]]] = {}
    for key in fired:
        by_element.setdefault(key.element, {}).setdefault(key.outcome, []).append(key.alternative)
    memo = {} if memo is None else memo
    elements: list[ElementResult] = []
    for e in paragraph.elements:
        result = memo.get(id(e))
        if result is None:
            result = memo[id(e)] = _element(record, e, by_element.get(e.key, {}), evidence or [])
        elements.append(result)
    return ConductResult(
        conduct=record.conduct.id,
        act=record.conduct.act.value,
        date=record.conduct.date,
        date_assumed=record.date_assumed,
        statute_version=record.version.id if record.version else None,
        status=kleene_and(e.status for e in elements),
        elements=elements,
    )


def no_version_result(record: ConductRecord) -> ConductResult:
    """Conduct dated before any version of § 30-52-1: reported, never assessed under a text
    that was not in force."""
    assert record.no_version is not None
    element = ElementResult(
        element="in_force",
        label="a version of § 30-52-1 in force on the date of the conduct",
        status="not_met",
        statute_words=None,
        cited="30-52-1",
        facts=_fact_refs(record, ["in_force"]),
        reason=str(record.no_version),
        note="Effective date 2008-07-01 as reported, not verified.",
    )
    return ConductResult(
        conduct=record.conduct.id,
        act=record.conduct.act.value,
        date=record.conduct.date,
        date_assumed=record.date_assumed,
        statute_version=None,
        status="not_met",
        elements=[element],
    )
