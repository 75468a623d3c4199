"""State and federal side by side: one short line per law (per statute paragraph for the
federal sections), the state statute first, e.g.

    NM 30-52-1: not met — harboring is not in the 2008 text
    18 U.S.C. § 1591(a)(1) [S]: undetermined — interstate commerce not established

The status of a line is the best of its prongs (met, then undetermined, then not met). The
reason names what decides it: for not met, the first element not met of the closest prong (the
one with fewest elements not met, preferring one whose conduct fits); for undetermined, the
first element still open of the prong with fewest open elements; for met, the prong met and
the punishment.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from nm_trafficking import words
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import explain
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.penalties import verdict_label
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict, any_of
from nm_trafficking.results import GradeSummary, LawFinding, Status, SubsectionResult
from nm_trafficking.statute.model import Law, StatuteVersion, TextVersion
from nm_trafficking.words import STATUS_WORDS as WORDS

BUYER_NOTE = (
    "whether NM 'soliciting' or 'obtaining' reaches a buyer is UNVERIFIED (federal reference "
    "§ 4, contrast 1): open for a buyer's own purchase whatever verb records it"
)


def _conduct_elements(version: TextVersion) -> tuple[tuple[int, ...], ...]:
    """Per offense paragraph of ``version``, the positions of its elements keyed ``conduct``
    (statute data: derived once per text)."""
    return version.derive(
        "conduct_elements",
        lambda: tuple(
            tuple(i for i, el in enumerate(p.elements) if el.key == "conduct")
            for p in version.offences
        ),
    )


def _conduct_fails(v: ActVerdict[Any], p: int) -> bool:
    """Whether the act's conduct element of prong ``p`` (the first, if several) is not met."""
    found = _conduct_elements(v.ctx.version)[p]
    return bool(found) and v.elements[p][found[0]] == NOT_MET


def _at(v: ActVerdict[Any], citation: str) -> int | None:
    """The position of the prong ``citation`` in the text ``v`` was judged under (``None``:
    that text has no such prong). Prongs are found by citation, never by position: texts of
    one law may differ in their paragraphs and their order."""
    citations: tuple[str, ...] = v.ctx.version.citations
    return citations.index(citation) if citation in citations else None


def _closest(
    acts: Sequence[ActVerdict[Any]], prongs: Sequence[str], status: Status
) -> tuple[ActVerdict[Any], int, int] | None:
    """(act, prong, element) of the element that best explains ``status`` over ``prongs`` (by
    citation; the prong's position is in the act's own text)."""
    best: tuple[tuple[int, int, int], ActVerdict[Any], int, int] | None = None
    order = 0
    for v in acts:
        for citation in prongs:
            p = _at(v, citation)
            if p is None or v.paragraphs[p] != status:
                continue
            row = v.elements[p]
            target = NOT_MET if status == NOT_MET else UNDETERMINED
            hits = [e for e, s in enumerate(row) if s == target]
            if not hits:
                continue
            conduct_fails = 1 if _conduct_fails(v, p) else 0
            rank = (len(hits), conduct_fails, order)
            order += 1
            if best is None or rank < best[0]:
                best = (rank, v, p, hits[0])
    if best is None:
        return None
    return best[1], best[2], best[3]


def _open_reason(v: ActVerdict[Any], p: int, e: int) -> str:
    element = v.ctx.version.offences[p].elements[e]
    if element.key in ("in_force", "conduct") or element.brief is None:
        return explain.element_reason(v, p, e)
    return f"{element.brief} not established"


def _not_met_reasons(
    acts: Sequence[ActVerdict[Any]], prongs: Sequence[str], name: Callable[[str], str]
) -> str:
    """Why every prong of ``prongs`` is not met: for each, the first element not met of the act
    closest to meeting it. A prong whose conduct does not fit is left out when another one's
    does (the verb belongs there); the same reason is said once."""
    found: list[tuple[str, bool, str]] = []
    for citation in prongs:
        picked = _closest(acts, (citation,), NOT_MET)
        if picked is None:
            continue
        v, p, e = picked
        found.append((citation, _conduct_fails(v, p), _prong_reason(acts, citation, v, e)))
    if not found:
        return "no prong applies"
    if len({reason for _, _, reason in found}) == 1:  # e.g. the date: the same for every prong
        return found[0][2]
    fitting = [f for f in found if not f[1]]
    if not fitting:
        return found[0][2]
    reasons: dict[str, list[str]] = {}
    for citation, _, reason in fitting:
        reasons.setdefault(reason, []).append(name(citation))
    if len(reasons) == 1 and len(fitting) == len(found):
        return next(iter(reasons))
    return "; ".join(f"{', '.join(names)}: {reason}" for reason, names in reasons.items())


def _not_met_reason(v: ActVerdict[Any], p: int, e: int) -> str:
    return explain.element_reason(v, p, e)


_UNDER_EVERY = "not met under any of the texts the act may fall under (its date is not stated)"


def _prong_reason(
    acts: Sequence[ActVerdict[Any]], citation: str, v: ActVerdict[Any], e: int
) -> str:
    """Why prong ``p`` is not met: the closest act's reason (``v``, element ``e``), unless the
    acts whose verb fits the prong fail it for different reasons: then each one's own first
    reason, by act ("conduct a: before the section was enacted; conduct b: ..."), so that one
    act's reason is never read as all of them. Acts whose verb does not fit are left out when
    another act's does (the verb belongs elsewhere)."""
    by_reason: dict[str, list[str]] = {}
    for act in acts:
        p = _at(act, citation)
        if p is None or act.paragraphs[p] != NOT_MET:
            continue
        row = act.elements[p]
        if any(row[i] == NOT_MET for i in _conduct_elements(act.ctx.version)[p]):
            continue
        first = e if act is v else next((i for i, s in enumerate(row) if s == NOT_MET), None)
        # an undated act judged under several texts may fail the prong under each for a
        # different reason, with no one element failing under all (``reasoning.undated``)
        reason = _UNDER_EVERY if first is None else _not_met_reason(act, p, first)
        by_reason.setdefault(reason, []).append(named(act.ctx))
    if len(by_reason) <= 1:
        at = _at(v, citation)
        assert at is not None
        return _not_met_reason(v, at, e)
    return "; ".join(
        f"{words.either(names, 'and')}: {reason}" for reason, names in by_reason.items()
    )


def _is_buyer(pattern_roles: Mapping[str, Sequence[Role]], acts: Sequence[ActVerdict[Any]]) -> bool:
    for v in acts:
        c = v.ctx.conduct
        if c.act.value == "patronizing":
            return True
        if v.ctx.buyer is Truth.TRUE:
            return True
    return False


def nm_line(
    pattern: FactPattern,
    status: Status,
    subsections: Mapping[str, SubsectionResult],
    grade: GradeSummary,
    acts: Sequence[ActVerdict[StatuteVersion]],
    state: Law,
) -> str:
    """The state statute's line."""
    prongs = tuple(dict.fromkeys(c for v in acts for c in v.ctx.version.citations))
    verb = acts[0].ctx.conduct.act.value
    texts = {v.ctx.version.id for v in acts}
    if status == MET:
        met = ", ".join(c for c, s in subsections.items() if s.status == MET)
        reason = f"{met}; {grade.words}"
    elif status == NOT_MET:
        if (
            all(v.ctx.conduct.act.value == verb for v in acts)
            and len(texts) == 1
            and verb not in acts[0].ctx.version.verbs
        ):
            reason = f"{verb} is not in the {acts[0].ctx.version.id} text"
        else:
            reason = _not_met_reasons(
                acts, prongs, lambda citation: citation.removeprefix("30-52-1")
            )
    else:
        found = _closest(acts, prongs, status)
        if found is None:
            reason = "no paragraph applies"
        else:
            v, p, e = found
            short_name = v.ctx.version.citations[p].removeprefix("30-52-1")
            why = _open_reason(v, p, e)
            key = v.ctx.version.offences[p].elements[e].key
            reason = why if key in ("conduct", "in_force") else f"{short_name}: {why}"
    line = f"{state.short}: {WORDS[status]} — {reason}"
    roles = {p.id: p.roles for p in pattern.persons}
    if _is_buyer(roles, acts) and "is a buyer" not in reason:
        line += f"; {BUYER_NOTE}"
    return line


def law_lines(law: Law, found: LawFinding, acts: Sequence[ActVerdict[TextVersion]]) -> list[str]:
    """One line per statute paragraph of ``law`` (e.g. § 1591(a)(1) and § 1591(a)(2))."""
    template = law.versions[-1].offences
    groups: dict[str, list[str]] = {}
    for prong in template:
        groups.setdefault(prong.paragraph_citation, []).append(prong.citation)
    out: list[str] = []
    for paragraph, indexes in groups.items():
        results = [found.prongs[citation] for citation in indexes]
        status = any_of(tuple(r.status for r in results))
        deciding = next(r for r in results if r.status == status)
        decided_by = next((v for v in acts if v.ctx.conduct.id == deciding.conduct), acts[0])
        label = verdict_label(decided_by)  # an undated act's: the weakest of its texts
        tag = f" {label.code}" if label is not None and decided_by.ctx.version.encoded else ""
        if status == MET:
            met = "; ".join(r.title.lower() for r in results if r.status == MET)
            reason = f"{met}; {found.penalty.words}"
        elif status == NOT_MET:
            names = {
                citation: citation.removeprefix(paragraph).strip() or paragraph
                for citation in indexes
            }
            reason = _not_met_reasons(acts, indexes, names.__getitem__)
        else:
            picked = _closest(acts, indexes, status)
            if picked is None:
                reason = "no prong applies"
            else:
                v, p, e = picked
                reason = _open_reason(v, p, e)
        out.append(f"{paragraph}{tag}: {WORDS[status]} — {reason}")
    return out
