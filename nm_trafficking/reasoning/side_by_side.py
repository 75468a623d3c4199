"""State and federal side by side: one short line per law (per statute paragraph for the
federal sections), the state statute first, e.g.

    NM 30-52-1: not met — harboring is not a verb of § 30-52-1 (2008 text)
    18 U.S.C. § 1591(a)(1) [S]: undetermined — the jurisdiction element not established

The status of a line is the best of its prongs (met, then undetermined, then not met). The
reason names what decides it: for not met, the first element not met of the closest prong (the
one with fewest elements not met, preferring one whose conduct fits); for undetermined, the
first element still open of the prong with fewest open elements; for met, the prong met and
the punishment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from nm_trafficking import statute, words
from nm_trafficking.citations import cited, count_cited, of_one_act, text_named
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import explain
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.penalties import verdict_label
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict, any_of
from nm_trafficking.results import (
    Finding,
    GradeSummary,
    LawFinding,
    Status,
    SubsectionResult,
)
from nm_trafficking.statute.model import Law, StatuteVersion, TextVersion
from nm_trafficking.statute.related import limitation as limitation_rule
from nm_trafficking.summary import ActUnderLaw, LimitationPeriod
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
    citation; the prong's position is in the act's own text): of the act closest to the status
    — for a prong not met, an act the text reaches by its date before one it does not, an act
    of the prong's own verb before one that fails on the verb, then the fewest elements
    failing (for a prong open, the fewest open); then the earliest act, by date and verb, so
    that the answer does not turn on the order of the file (review O3; for every status,
    review P F4 of session 7)."""
    best: tuple[tuple[Any, ...], ActVerdict[Any], int, int] | None = None
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
            # an act the text does not reach (its date) is the farthest from meeting it
            elements = v.ctx.version.offences[p].elements
            too_early = status == NOT_MET and any(elements[e].key == "in_force" for e in hits)
            rank = (too_early, conduct_fails, len(hits), *act_order(v), order)
            order += 1
            if best is None or rank < best[0]:
                best = (rank, v, p, hits[0])
    if best is None:
        return None
    return best[1], best[2], best[3]


def when(v: ActVerdict[Any]) -> tuple[bool, date]:
    """An act's place in date order: dated acts judged under a text first (an act judged under
    several texts, or in a period with no text applied, last: its answer is each text's), the
    earliest first."""
    undated = bool(v.under) or v.ctx.day is None or not v.ctx.version.encoded
    return (undated, v.ctx.first_day or date.max)


def act_order(v: ActVerdict[Any]) -> tuple[object, ...]:
    """An act's place whatever the file's order: by date (:func:`when`), then verb (kept on
    the verdict once worked out)."""
    kept: tuple[object, ...] | None = v.order
    if kept is None:
        kept = v.order = (*when(v), v.ctx.conduct.act.value)
    return kept


def deciding(acts: Sequence[ActVerdict[Any]], citation: str, status: Status) -> int | None:
    """The position in ``acts`` of the act that decides the paragraph (or prong) ``citation``
    with the pair's ``status`` — the one whose elements are shown for it: for a paragraph met,
    the earliest act meeting it; otherwise the act closest to meeting it (:func:`_closest`).
    One rule wherever an act speaks for the pair (review O3; review P F4 of session 7)."""
    if status == MET:
        met = [
            i
            for i, v in enumerate(acts)
            if (p := _at(v, citation)) is not None and v.paragraphs[p] == MET
        ]
        return min(met, key=lambda i: act_order(acts[i]), default=None)
    found = _closest(acts, (citation,), status)
    if found is None:
        return None
    return next(i for i, v in enumerate(acts) if v is found[0])


def closest_not_met(
    acts: Sequence[ActVerdict[Any]], citation: str
) -> tuple[ActVerdict[Any], int] | None:
    """The act that comes closest to meeting the paragraph (or prong) ``citation`` not met, and
    the paragraph's position in its text (:func:`_closest`); ``None`` if no act fails it."""
    found = _closest(acts, (citation,), NOT_MET)
    return None if found is None else (found[0], found[1])


def _open_reason(v: ActVerdict[Any], p: int, e: int) -> str:
    element = v.ctx.version.offences[p].elements[e]
    if element.key in ("in_force", "conduct") or element.brief is None:
        return explain.element_reason(v, p, e)
    if element.brief_if_knowledge_only and element.knowledge_only_for(v.ctx.conduct):
        return f"{element.brief_if_knowledge_only} not established (only knowledge serves)"
    return f"{element.brief} not established"


def _text_words(version: TextVersion) -> str:
    """A text an act is judged under, named as the counts name it (``under § 1591 as amended
    23 December 2008 [R]``), or a period with no text applied, its reason as a clause (``from
    28 October 2000 to 22 December 2008 (no version of § 1591 encoded)``)."""
    if version.encoded:
        law = statute.LAWS.get(f"usc_{version.section}", statute.NM)
        return "under " + words.text_name(law, version).removeprefix("18 U.S.C. ")
    span, _, why = version.citation.partition(": ")
    span = span[:1].lower() + span[1:]
    lead = "" if span.startswith("before ") else "from "
    return f"{lead}{span} ({why})" if why else f"in the period {span}"


_THIS_PERIOD = "under every candidate wording of this period"
"""How a period with no text applied leads a reason it decides (``usc_18.periods``)."""


def _as_said(
    v: ActVerdict[Any], reason: str, *, named_before: bool = False, text_said: bool = False
) -> str:
    """An element's reason as a side-by-side line says it: the act by its verb and date (not
    "the conduct (2009-08-01)"), dates in words, the text named as the counts name it ("not a
    verb of § 1591(a)(1) in § 1591 as amended 23 December 2008 [R]"), or not again where the
    line names it before the reason (``text_said``)."""
    act = "the act" if named_before else named(v.ctx)  # (the line may name it already)
    reason = reason.replace(f"the conduct ({v.ctx.when()})", act)
    version = v.ctx.version
    if version.encoded:
        name = "" if text_said else f" in {_text_words(version).removeprefix('under ')}"
        reason = reason.replace(f" in {text_named(version)}", name)
    if not version.encoded and not v.under:  # a dated act in a period with no text applied
        span, _, why = version.citation.partition(": ")
        reason = reason.replace(
            _THIS_PERIOD,
            f"{_THIS_PERIOD.removesuffix('this period')}the period {span}"
            + (f" ({why})" if why else ""),
        )
    return words.dates_in_words(reason)


_PERIOD_SAID = re.compile(r"under every candidate wording of the period [^()]*\([^()]*\), ")


def _period_once(reason: str) -> str:
    """A line whose reasons each name the same period ("under every candidate wording of the
    period 23 December 2008 to 31 December 2009 (…), …; …") names it once, first."""
    said = _PERIOD_SAID.findall(reason)
    if len(said) < 2 or len(set(said)) > 1:
        return reason
    return f"{said[0].removesuffix(', ')}: {reason.replace(said[0], '')}"


def _one_text(u: ActVerdict[Any], citation: str) -> str:
    """What one text (or period) an act was judged under answers for the prong ``citation``:
    met; not met, with the first element it fails; open, with the first element still open;
    a period with no text applied decides nothing (its name says why)."""
    mine: tuple[str, ...] = u.ctx.version.citations
    if citation not in mine:
        return f"has no {words.paragraph_short(citation)}"
    q = mine.index(citation)
    status = u.paragraphs[q]
    if status == MET:
        return WORDS[MET]
    row = u.elements[q]
    if status == NOT_MET:
        e = next(i for i, s in enumerate(row) if s == NOT_MET)
        # a period is named before its answer: "of this period" is not said again
        why = explain.element_reason(u, q, e).replace(_THIS_PERIOD, "under every candidate wording")
        return f"{WORDS[NOT_MET]}: {_as_said(u, why, text_said=True)}"
    if not u.ctx.version.encoded:
        return "no text is applied, so nothing is decided"
    e = next(i for i, s in enumerate(row) if s == UNDETERMINED)
    why = explain.element_reason(u, q, e)
    return f"{WORDS[UNDETERMINED]}: {_as_said(u, why, text_said=True)}"


def _per_text(v: ActVerdict[Any], citation: str) -> str | None:
    """Why the prong ``citation`` of an act judged under several texts (an undated act, or a
    dated act in a period whose text is UNVERIFIED: ``reasoning.undated``) has its status: each
    text's own answer for the prong, texts with the same answer together ("under § 1591 as
    amended 29 May 2015 [S] and § 1591 as amended 21 December 2018 [S], met"), not the first
    element whose answer differs (often the date element, met under each text that applies:
    review G5). ``None`` for an act judged under one text."""
    if not v.under:
        return None
    answers: dict[str, list[str]] = {}
    for u in v.under:
        answer = _one_text(u, citation)
        name = _text_words(u.ctx.version)
        if answer.startswith("has no "):
            answers.setdefault(f"{name} {answer}", [])
            continue
        answers.setdefault(answer, []).append(name)
    parts = []
    for answer, names in answers.items():
        if not names:
            parts.append(answer)
            continue
        joined = words.either([names[0], *(n.removeprefix("under ") for n in names[1:])], "and")
        parts.append(f"{joined}, {answer}")
    window = v.ctx.window if v.ctx.day is not None else None
    lead = (
        f"which text applied to {named(v.ctx)} is UNVERIFIED ({window.citation}): "
        if window is not None
        else "the date is not stated and the act may fall under more than one text: "
    )
    return lead + "; ".join(parts)


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


def _not_met_reason(v: ActVerdict[Any], p: int, e: int, *, named_before: bool = False) -> str:
    """Why prong ``p`` of the act is not met: its element ``e``'s reason; for an act judged
    under several texts, each text's own answer (:func:`_per_text`). ``named_before``: the
    line names the act before the reason."""
    return _per_text(v, v.ctx.version.citations[p]) or _as_said(
        v, explain.element_reason(v, p, e), named_before=named_before
    )


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
    for act in sorted(acts, key=act_order):  # by date, not the file's order (review P F4)
        p = _at(act, citation)
        if p is None or act.paragraphs[p] != NOT_MET:
            continue
        row = act.elements[p]
        if any(row[i] == NOT_MET for i in _conduct_elements(act.ctx.version)[p]):
            continue
        first = e if act is v else next((i for i, s in enumerate(row) if s == NOT_MET), None)
        # an undated act judged under several texts may fail the prong under each for a
        # different reason, with no one element failing under all (``reasoning.undated``)
        reason = (
            _UNDER_EVERY if first is None else _not_met_reason(act, p, first, named_before=True)
        )
        by_reason.setdefault(reason, []).append(named(act.ctx))
    failing = [
        act
        for act in acts
        if (p := _at(act, citation)) is not None
        and act.paragraphs[p] == NOT_MET
        and _conduct_fails(act, p)
    ]
    if not by_reason and len(failing) > 1 and v in failing:
        # no act's verb fits: every act's reason, said once where only the verb differs ("the
        # conduct is recruiting or transporting, not benefiting"), not the closest act's alone
        # (review P F4)
        found = [
            (act, _verb_reason(act, _at(act, citation) or 0, e if act is v else None))
            for act in sorted(failing, key=act_order)
        ]
        return "; ".join(each_verb(found))
    if len(by_reason) <= 1:
        at = _at(v, citation)
        assert at is not None
        return _not_met_reason(v, at, e)
    return "; ".join(
        f"{words.either(names, 'and')}: {reason}" for reason, names in by_reason.items()
    )


def _verb_reason(act: ActVerdict[Any], p: int, e: int | None) -> str:
    """Why the act, whose verb does not fit prong ``p``, fails it: its first element not met
    (``e`` where given); where that is its verb, the verb's reason — for an act judged under
    several texts, as the newest text says it (its verb fails under every one)."""
    row = act.elements[p]
    first = e if e is not None else next(i for i, s in enumerate(row) if s == NOT_MET)
    if first not in _conduct_elements(act.ctx.version)[p] or not act.under:
        return _not_met_reason(act, p, first)
    newest = act.under[-1]
    q = _at(newest, act.ctx.version.citations[p])
    if q is None or not _conduct_fails(newest, q):
        return _not_met_reason(act, p, first)
    return _as_said(
        act, explain.element_reason(newest, q, _conduct_elements(newest.ctx.version)[q][0])
    )


def each_verb(found: Sequence[tuple[ActVerdict[Any], str | None]]) -> list[str]:
    """Acts failing the same paragraphs on their verbs, each act's reasons, said once where
    only the verb differs ("the conduct is recruiting or obtaining, not benefiting ((A)(3))")."""
    shapes: dict[str, list[str]] = {}  # the reason with its verb left out -> the verbs
    for v, reason in found:
        verb = v.ctx.conduct.act.value
        if reason is None:
            continue
        shape = reason.replace(verb, "\x00", 1) if verb in reason else reason
        if verb not in shapes.setdefault(shape, []):
            shapes[shape].append(verb)
    return [shape.replace("\x00", words.either(verbs, "or")) for shape, verbs in shapes.items()]


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
            # a verb of no paragraph (the text may still use the word elsewhere)
            version = acts[0].ctx.version
            reason = f"{verb} is not a verb of § {version.section} ({version.id} text)"
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
            why = _as_said(v, _open_reason(v, p, e))
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
                reason = _per_text(v, v.ctx.version.citations[p]) or _as_said(
                    v, _open_reason(v, p, e)
                )
        # the paragraph as the deciding act's text cites it (§ 1589 in the 2000 text)
        texts = [u.ctx.version for u in (decided_by.under or (decided_by,))]
        head = cited(paragraph, (of_one_act(paragraph, texts),))
        out.append(f"{head}{tag}: {WORDS[status]} — {_period_once(reason)}")
    return out


# --- what separates the laws, for the pair at hand ----------------------------------------------
#
# The separators are those of the shared federal reference, § 4 (the side-by-side table and its
# worked contrasts), each said only where the pair's facts and statuses make it a difference:
# a buyer's purchase (contrast 1), a venture's benefit with minority recklessly disregarded
# (contrast 2), the verbs only the federal sections have (contrast 4), reckless disregard of a
# means, knowledge of the age (contrast 3), the age bands that raise the punishment, and labor
# or services against a commercial sex act.

_SEX_LAW = "usc_1591"
_ADVERTISING = "advertising"
"""The act for which § 1591 accepts only knowledge (§ 1591(a), "except where the act constituting
the violation of paragraph (1) is advertising"), and which § 1591(c) does not list."""

_ONLY_FEDERAL_VERBS = {
    "harboring": "harbors",
    "providing": "provides",
    "advertising": "advertises",
    "maintaining": "maintains",
}
"""The verbs of § 1591(a)(1) that § 30-52-1 has no verb for (reference § 4, "In federal law,
not NM"; a buyer's "patronizes" is the buyer's contrast)."""


def _true(value: object) -> bool:
    return value is Truth.TRUE


def _any_true(group: Any) -> bool:
    return any(_true(getattr(group, name)) for name in type(group).model_fields)


def _acts(pattern: FactPattern, f: Finding) -> list[Conduct]:
    return [c for c in pattern.conduct if c.id in f.conduct]


def _purposes(acts: Sequence[Conduct]) -> tuple[bool, bool]:
    """(commercial sex stated, labor or services stated) over the acts, in either law's facts."""
    sex = labor = False
    for c in acts:
        for purposes in (c.to_subject_to, c.benefit_from):
            sex = sex or _true(purposes.commercial_sexual_activity)
            labor = labor or _true(purposes.labor) or _true(purposes.services)
        csa = c.federal.as_to_commercial_sex_act
        sex = sex or _true(c.will_be_caused_to_engage_in_commercial_sexual_activity)
        sex = sex or _true(csa.knew) or _true(csa.reckless_disregard)
        work = c.federal.labor
        labor = labor or _true(work.for_labor_or_services)
        labor = labor or _true(work.provided_or_obtained_labor_or_services)
    return sex, labor


def _sex_ruled_out(acts: Sequence[Conduct]) -> bool:
    """Every act states that commercial sexual activity is not its purpose."""
    return all(
        Truth.FALSE
        in (
            c.to_subject_to.commercial_sexual_activity,
            c.will_be_caused_to_engage_in_commercial_sexual_activity,
        )
        for c in acts
    )


class _Age(NamedTuple):
    """The victim's age at an act as the separators read it (a count's ``victim_age`` has the
    same bounds and words, but reading it would explain the count)."""

    lo: int
    hi: int | None
    text: str


def _ages(laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]) -> list[_Age]:
    """The victim's age at each act (as any law judged it), where the facts give one."""
    found: dict[str, _Age] = {}
    for _, acts in laws:
        for v in acts:
            age = v.ctx.age
            if age is not None:
                found.setdefault(v.ctx.conduct.id, _Age(age.lo, age.hi, age.text()))
    return list(found.values())


def _band(age: _Age) -> tuple[str, str] | None:
    """(§ 30-52-1(C)'s degree, § 1591(b)'s minimum without means) for an age under 18 (reference
    § 4, "Age bands for grading"), where every age the facts allow falls in the same bands."""
    if age.hi is None or age.hi >= 18:
        return None
    ages = (age.lo, age.hi)
    state = {"first" if a < 13 else "second" if a < 16 else "third" for a in ages}
    federal = {"15" if a < 14 else "10" for a in ages}
    if len(state) > 1 or len(federal) > 1:
        return None
    return state.pop(), federal.pop()


def _bands(
    victim: str,
    banded: Mapping[str, tuple[str, str]],
    state_met: bool = True,
    federal_met: bool = True,
) -> str:
    """The age bands the victim's ages fall in under each law, said once where they agree. A
    law not met (or still open) on the pair's facts is said in the conditional ("§ 30-52-1(C),
    were § 30-52-1 met, second degree"): a grade given flat reads as the pair's own (review V13
    of session 8)."""

    def said(which: int, word: str) -> str:
        found = {band[which] for band in banded.values()}
        if len(found) == 1:
            return word.format(found.pop())
        return ", ".join(f"{word.format(band[which])} at {age}" for age, band in banded.items())

    ages = words.either(list(banded), "and")
    state = said(0, "{} degree")
    state = f"§ 30-52-1(C), {'' if state_met else 'were § 30-52-1 met, '}{state}"
    federal = said(1, "a {}-year minimum")
    federal = f"§ 1591(b) without means, {'' if federal_met else 'were § 1591 met, '}{federal}"
    return (
        f"age bands ({victim}, {ages}): {state} (first degree under 13, second from 13 to 15); "
        f"{federal} (15 years under 14, 10 years from 14 to 17)"
    )


def _status_of(f: Finding, part: str) -> Status:
    """The best status of § 1591's prongs whose citation has ``part``."""
    j = f.jurisdictions.get(_SEX_LAW)
    found = tuple(p.status for c, p in j.prongs.items() if part in c) if j is not None else ()
    return any_of(found) if found else NOT_MET


def _age_mind(acts: Sequence[Conduct]) -> str | None:
    """The actor's mind as to the age, as the acts state it, the actor named (None: not
    stated)."""
    for c in acts:
        if _true(c.federal.as_to_age.knew):
            return f"{c.actor} knew the age"
    for c in acts:
        if _true(c.federal.as_to_age.reckless_disregard):
            return f"{c.actor} was in reckless disregard of it"
    for c in acts:
        if _true(c.federal.reasonable_opportunity_to_observe):
            return "only a reasonable opportunity to observe is stated ((a)(1) only)"
    return None


def _buys(pattern: FactPattern, acts: Sequence[Conduct]) -> bool:
    """Whether one of the acts is the actor's own purchase (as ``reasoning.acts`` reads it)."""
    roles = {p.id: p.roles for p in pattern.persons}
    return any(
        c.act.value == "patronizing"
        or _true(c.as_buyer)
        or (c.as_buyer is Truth.UNKNOWN and Role.CONSUMER in roles.get(c.actor, ()))
        for c in acts
    )


_A3_NO_VENTURE = (
    '§ 30-52-1(A)(3) needs no venture: it reaches benefiting "from the labor, services or '
    'commercial sexual activity of another person"; § 1591(a)(2) needs a benefit "from '
    'participation in a venture"'
)
"""What separates § 30-52-1(A)(3) from § 1591(a)(2) where the state paragraph is met and
the venture is what § 1591(a)(2) lacks (federal reference § 4: (A)(3), "no venture required";
review V7 of session 8)."""

_VENTURE_KEYS = ("venture", "participation")


def _venture_missing(sex_acts: Sequence[ActVerdict[Any]]) -> str | None:
    """Where no act meets § 1591(a)(2) and an act's (a)(2) prong lacks the venture or the
    participation in it (not met or open): the reason of the first such element not met, as the
    line says it ("" if it is only open); ``None`` where the venture is not what is missing."""
    found: str | None = None
    for v in sorted(sex_acts, key=act_order):
        for p, prong in enumerate(v.ctx.version.offences):
            if "(a)(2)" not in prong.citation:
                continue
            if v.paragraphs[p] == MET:
                return None
            for e, element in enumerate(prong.elements):
                if element.key not in _VENTURE_KEYS or v.elements[p][e] == MET:
                    continue
                if v.elements[p][e] == NOT_MET and not found:
                    found = _as_said(v, explain.element_reason(v, p, e))
                elif found is None:
                    found = ""
    return found


def _sex_separators(
    f: Finding,
    pattern: FactPattern,
    ages: Sequence[_Age],
    sex_acts: Sequence[ActVerdict[Any]] = (),
) -> list[str]:
    """What separates § 1591 from § 30-52-1 for the pair, most decisive first (``sex_acts``:
    the pair's verdicts under § 1591)."""
    acts = _acts(pattern, f)
    parts: list[str] = []
    a1, a3 = (f.subsections.get(f"30-52-1(A)({n})") for n in (1, 3))
    if a3 is not None and a3.status == MET and _status_of(f, "(a)(2)") != MET:
        missing = _venture_missing(sex_acts)
        if missing is not None:
            said = (
                f" — here {missing}" if missing else " (two or more individuals associated in fact)"
            )
            parts.append(_A3_NO_VENTURE + said)
    if _buys(pattern, acts):
        parts.append(
            'a buyer\'s own purchase: § 1591(a)(1) reaches one who "patronizes" or "solicits" '
            "(since 29 May 2015); whether § 30-52-1's soliciting or obtaining reaches a buyer is "
            "UNVERIFIED (federal reference § 4, contrast 1)"
        )
    if _status_of(f, "(a)(2) minor") != NOT_MET and (a3 is None or a3.status != MET):
        parts.append(
            "§ 1591(a)(2) reaches benefiting from a venture in knowledge or reckless disregard "
            "of the person's minority; § 30-52-1(A)(3) needs knowledge that force, fraud or "
            "coercion was used and has no minor variant, so minority alone is not enough "
            "(federal reference § 4, contrast 2)"
        )
    verbs = sorted(
        {_ONLY_FEDERAL_VERBS[c.act.value] for c in acts if c.act.value in _ONLY_FEDERAL_VERBS}
    )
    if verbs and f.status != MET:
        parts.append(
            f"§ 1591(a)(1) has the verb {words.either([f'{chr(34)}{v}{chr(34)}' for v in verbs])}; "
            "§ 30-52-1 has none for it (only (A)(3), if the actor knowingly benefits knowing "
            "force, fraud or coercion was used)"
        )
    reckless_only = any(
        _any_true(c.federal.reckless_disregard_means_will_be_used)
        and not _any_true(c.federal.knew_means_will_be_used)
        for c in acts
    )
    if (
        reckless_only
        and _status_of(f, "force, fraud or coercion") == MET
        and (a1 is None or a1.status != MET)
    ):
        parts.append(
            "§ 1591 accepts reckless disregard that force, fraud or coercion will be used "
            "(except for advertising); § 30-52-1(A)(1) needs intent or knowledge that it will be"
        )
    commerce = any(_any_true(c.federal.jurisdiction) for c in acts if c.federal.model_fields_set)
    if not commerce and f.status != NOT_MET and f.jurisdictions[_SEX_LAW].status != MET:
        parts.append(
            "§ 1591(a)(1) needs a jurisdiction element (commerce or maritime); § 30-52-1 none"
        )
    minor = (
        NOT_MET not in (_status_of(f, "(a)(1) minor"),) or _status_of(f, "(a)(2) minor") != NOT_MET
    )
    if minor and ages and all(a.hi is not None and a.hi < 18 for a in ages):
        how = _age_mind(acts)
        ads = {c.act.value == _ADVERTISING for c in acts}
        observe = (
            "only knowledge serves for advertising, not reckless disregard or § 1591(c)"
            if ads == {True}  # review O2: § 1591(a)'s "except where ... advertising", (c)'s list
            else "or, under (a)(1), a reasonable opportunity to observe: § 1591(c); United "
            "States v. Duong, 848 F.3d 928 (10th Cir. 2017)"
            + ("; for advertising only knowledge serves" if True in ads else "")
        )
        parts.append(
            f"knowledge of the age: needed by § 1591 ({observe}), not by § 30-52-1(A)(2) "
            "(State v. Jackson, 2018-NMCA-066)" + (f" — here {how}" if how else "")
        )
        banded = {a.text: b for a in ages if (b := _band(a)) is not None}
        if banded:
            federal_met = f.jurisdictions[_SEX_LAW].status == MET
            parts.append(_bands(f.victim, banded, f.status == MET, federal_met))
    return parts


_LABOR_ONLY_FEDERAL = {"harboring": "harbors", "providing": "provides"}
"""The verbs of § 1590 that § 30-52-1 has no verb for (reference § 4, "In federal law, not NM":
"harbors, provides (labor)")."""
_LABOR_ONLY_STATE = ("soliciting", "enticing")
"""The verbs of § 30-52-1 that § 1590 does not use for labor or services (reference § 4, "In NM,
not federal")."""


def _labor_separators(
    f: Finding, pattern: FactPattern, law: str, first: bool, ages: Sequence[_Age]
) -> list[str]:
    """What separates a labor section (``law``) from § 30-52-1 for the pair; ``first``: the
    first labor section said (a contrast of both is said there once)."""
    acts = _acts(pattern, f)
    parts: list[str] = []
    status = f.jurisdictions[law].status
    verbs = sorted(
        {_LABOR_ONLY_FEDERAL[c.act.value] for c in acts if c.act.value in _LABOR_ONLY_FEDERAL}
    )
    if law == "usc_1590" and verbs and f.status != MET and status != NOT_MET:
        parts.append(
            f"§ 1590 has the verb {words.either([f'{chr(34)}{v}{chr(34)}' for v in verbs])}; "
            "§ 30-52-1 has none for it"
        )
    state_verbs = sorted({c.act.value for c in acts if c.act.value in _LABOR_ONLY_STATE})
    if law == "usc_1590" and state_verbs and status == NOT_MET and f.status != NOT_MET:
        said = words.either([f'"{v}"' for v in state_verbs], "and")
        # (one verb: "neither" would refer to a pair only one of which is named: review V11)
        none = "uses neither verb" if len(state_verbs) > 1 else "has no such verb"
        parts.append(f"§ 30-52-1 has {said} a person for labor or services; § 1590 {none}")
    if law == "usc_1589" and status == NOT_MET and f.status != NOT_MET and _fraud_alone(acts):
        # an act under the 2000 text, which has no subsections: § 1589 itself (review Z1 of
        # session 8's note: the 2000 text was cited "§ 1589(a)")
        cited_as = count_cited(law, f.jurisdictions[law].counts, _MEANS_AT)
        parts.append(_FRAUD_ALONE if cited_as == _MEANS_AT else _FRAUD_ALONE.replace("(a)", ""))
    means = any(
        _any_true(c.means_will_be_used)
        or _any_true(c.federal.labor_means)
        or _any_true(c.federal.knew_means_will_be_used)
        for c in acts
    )
    if first and not means and ages and all(a.hi is not None and a.hi < 18 for a in ages):
        # neither labor section is met on age alone; one still open on its other elements says so,
        # not "nor §§ 1589, 1590 reach it" beside its own line undetermined (review V10)
        labor_laws = [x for x in ("usc_1589", "usc_1590") if x in f.jurisdictions]
        names = [x.removeprefix("usc_") for x in labor_laws]
        open_ = [
            x.removeprefix("usc_") for x in labor_laws if f.jurisdictions[x].status == UNDETERMINED
        ]
        federal = ""
        if len(names) == 2:
            federal = f", and neither § {names[0]} nor § {names[1]} is met on age alone"
        elif names:
            federal = f", and § {names[0]} is not met on age alone"
        if open_:
            its = "its" if len(open_) == 1 else "their"
            federal += (
                f" ({'§' if len(open_) == 1 else '§§'} {words.either(open_, 'and')} still open on "
                f"{its} other elements)"
            )
        parts.append(
            "labor of a minor without force, fraud or coercion: § 30-52-1(A)(2) does not reach "
            f"it (commercial sexual activity only){federal} (federal reference § 4, contrast 5)"
        )
    return parts


_MEANS_AT = "18 U.S.C. § 1589(a)"
"""The key of § 1589's offense (the 2008 text's subsection (a); the 2000 text is § 1589)."""

_FRAUD_ALONE = (
    'fraud alone is not a § 1589(a) means: § 30-52-1 takes "force, fraud or coercion"; '
    '§ 1589(a) lists no fraud, and a deception serves only as a "scheme, plan, or pattern '
    'intended to cause the person to believe" that serious harm or physical restraint would '
    "follow"
)
"""What separates § 1589 from § 30-52-1 where fraud is the only means stated and § 1589 is not
met (review V11 of session 8): the state text's "force, fraud or coercion" ((A)(1) and (A)(3))
against § 1589(a)'s list, which has no fraud in either text (federal reference §§ 1.2, 2.3).
Where § 1589 is still open its own why is given instead: the results are not yet apart."""


def _fraud_alone(acts: Sequence[Conduct]) -> bool:
    """Fraud is stated as a means (used or to be used, under § 30-52-1) and no other means of
    either law is: force and coercion not stated true, no § 1589(a) means stated true."""
    fraud = any(_true(c.means_will_be_used.fraud) or _true(c.means_was_used.fraud) for c in acts)
    other = any(
        _true(getattr(group, name))
        for c in acts
        for group in (c.means_will_be_used, c.means_was_used)
        for name in type(group).model_fields
        if name != "fraud"
    )
    return fraud and not other and not any(_any_true(c.federal.labor_means) for c in acts)


_CHILD = limitation_rule.CHILD_3283.citation.removeprefix("18 U.S.C. ")
_CHILD_IF = (f"if {_CHILD} does not reach it", f"if {_CHILD} reaches it (open)")
"""The conditions of § 3298's years and § 3283's life for an act toward a child, the age
certain (``related_notes.child_period``): said as the count lines say them (§ 3283's "whether
it reaches the offense is open")."""


def _period_words(period: LimitationPeriod, today: date | None, graded: bool = False) -> str | None:
    """One period as the count lines give it (``to 1 June 2029 under § 3298``, ``none under
    § 3299``, ``for the child's life under § 3283 (whether § 3283 reaches the offense is
    open)``; ``graded``: the grade open, each period with its grade); ``None`` for one the
    comparison does not restate: a period that applies only on a condition (a first degree
    'violent felony', § 3298 before its enactment), one open, or one from a date not stated —
    the count lines and notes say those."""
    if period.applies_if not in (None, *_CHILD_IF):
        return None
    section = period.citation.removeprefix("18 U.S.C. ").removeprefix("NMSA 1978, ")
    if period.kind == "none":
        return f"none under {section}"
    if period.kind == "life":
        return (
            f"for the child's life under {section} (whether {section} reaches the offense is open)"
        )
    if period.kind != "years" or period.last_day is None:
        return None
    end = period.last_day
    grade = f" if a {words.grade_name(period.grade)}" if graded and period.grade else ""
    return f"to {words.long_date(end)}{limitation_rule.mark(end, today)} under {section}{grade}"


def _law_periods(
    acts: Sequence[ActVerdict[Any]], counts: Mapping[str, ActUnderLaw], today: date | None
) -> tuple[bool, str] | None:
    """(whether every period of every act that meets or may meet the law has passed, the
    periods in words), where that is one answer for the law: each such act's periods all
    passed, or all still running, and each said plainly (:func:`_period_words`); ``None``
    otherwise (the count lines say what is mixed or open)."""
    said: list[tuple[ActVerdict[Any], bool, str, date]] = []
    live = [(v, c) for v in acts if (c := counts.get(v.ctx.conduct.id)) is not None]
    # the acts that meet the law, if any: one only open beside them would name its period too
    met = [(v, c) for v, c in live if c.status == MET]
    for v, count in met or live:
        if count.status == NOT_MET:
            continue
        passed = count.limitation_passed
        if passed is None or count.limitation is None or not count.all_periods:
            return None
        graded = len({p.grade for p in count.all_periods if p.grade}) > 1  # the grade open
        parts = [_period_words(p, today, graded) for p in count.all_periods]
        if any(part is None for part in parts):
            return None
        ends = [p.last_day for p in count.all_periods if p.last_day is not None]
        # the day its periods end: the latest where they have passed, the first where they run
        end = (max(ends) if passed else min(ends)) if ends else date.max
        said.append((v, passed, ", or ".join(part for part in parts if part), end))
    if not said or len({x[1] for x in said}) > 1:
        return None
    passed = said[0][1]
    dated = any(p.last_day is not None for _, c in live for p in c.all_periods)
    if len(acts) == 1 or not dated or len({x[2] for x in said}) == 1 < len(said):
        return passed, said[0][2]  # (no date: "none under § 3299" names no act)
    # several acts: every period passed, the last act's (the last to end); still running, the
    # first act's (the first to end) — the same words for each law, so that laws agreeing are
    # said together
    if passed:
        v, _, text, _ = max(said, key=lambda x: (x[3], act_order(x[0])))
        return passed, f"{text} ({named(v.ctx)}, the last to end)"
    v, _, text, _ = min(said, key=lambda x: (x[3], act_order(x[0])))
    return passed, f"{text} ({named(v.ctx)}, the first to end)"


def _limitation_separator(
    f: Finding,
    laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]],
    counts: Mapping[str, Mapping[str, ActUnderLaw]],
) -> str | None:
    """Where the limitation periods separate the laws in the case at hand (review V4 of session
    8: § 30-52-1's period passed, §§ 1589 and 1590 met with § 3298's still running, and the
    comparison said neither): the periods of the laws met or open, those passed first, as the
    count lines give them — a dated warning (unless tolled; check). ``None`` where every law's
    periods have the same answer, or where one's answer is mixed or turns on an open point."""
    if f.status == NOT_MET:
        return None
    today = next((v.ctx.today for _, acts in laws for v in acts), None)
    found: dict[bool, dict[str, list[str]]] = {True: {}, False: {}}
    for law, acts in laws:
        status = f.status if law.jurisdiction == "state" else f.jurisdictions[law.id].status
        if status == NOT_MET:
            continue
        answer = _law_periods(
            acts, {c: by_law[law.id] for c, by_law in counts.items() if law.id in by_law}, today
        )
        if answer is None:
            if law.jurisdiction == "state":
                return None
            continue
        name = "§ " + law.id.removeprefix("usc_") if law.jurisdiction != "state" else "§ 30-52-1"
        found[answer[0]].setdefault(answer[1], []).append(name)
    if not found[True] or not found[False]:
        return None
    said = [
        f"{words.either(names, 'and')} {text}"
        for passed in (True, False)
        for text, names in found[passed].items()
    ]
    return (
        "The limitation periods separate the laws (unless tolled; check): " + "; ".join(said) + "."
    )


def separators(
    f: Finding,
    pattern: FactPattern,
    laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]],
    why: Mapping[str, str | None],
    counts: Mapping[str, Mapping[str, ActUnderLaw]] | None = None,
) -> list[str]:
    """What separates the laws for one defendant and victim, one sentence per law: § 30-52-1
    first (its status and why), where it was assessed (``laws``: each law assessed with its
    acts' verdicts), then each federal section whose difference from it the pair's facts make
    real (reference § 4), with the state's side of it. A labor section's line that would only
    say it does not fit a sex case is left out (and § 1591's in a labor case says only that the
    federal sections split what § 30-52-1 covers in one); a section with no separator here
    whose status differs from § 30-52-1's (where § 30-52-1 was not assessed, a section not met)
    says why (``why``: per federal law, the summary's clause for it). Neither the finding's
    side-by-side lines nor its counts' words are read: they explain every count, which the
    summary must not."""
    state_acts = next((acts for law, acts in laws if law.jurisdiction == "state"), None)
    ages = _ages(laws)
    # a section with an act where no text of it is applied (a period the reference gives none
    # for): its bands and elements are not the separators to name; its own why is
    unapplied = {
        law.id
        for law, acts in laws
        if law.jurisdiction != "state"
        and any(not u.ctx.version.encoded for v in acts for u in (v.under or (v,)))
    }
    out: list[str] = []
    state = bool(state_acts)
    if state_acts:
        line = nm_line(pattern, f.status, f.subsections, f.grade_detail, state_acts, statute.NM)
        status, _, reason = line.split(": ", 1)[1].partition(" — ")
        head = reason.partition(";")[0]
        if status == WORDS[MET] and head.startswith("30-52-1("):
            reason = head.replace("30-52-1(", "(")  # the paragraphs met (the grade is said above)
        out.append(words.dates_in_words(f"§ 30-52-1, {status}: {reason}."))
    acts = _acts(pattern, f)
    sex, labor = _purposes(acts)
    labor_said = False
    for law, j in f.jurisdictions.items():
        name = "§ " + law.removeprefix("usc_")
        parts: list[str] = []
        if law != _SEX_LAW and sex and not labor:
            continue  # a labor section in a sex case: it would say only that it does not fit
        if law in unapplied:
            pass  # no text applied for an act's date: the section's own why (below)
        elif state and law == _SEX_LAW:
            if labor and not sex:
                # the summary's words (``summary._only_sex``), not "rule out": a state purpose
                # stated false settles no § 1591 element (review H10 of session 6; M9 of 7)
                said = (
                    "labor or services, not commercial sexual activity, as the purpose"
                    if _sex_ruled_out(acts)
                    else "labor or services and do not state commercial sexual activity"
                )
                parts.append(
                    f"§ 1591 reaches only a commercial sex act; the facts state {said} "
                    "(§ 30-52-1 reaches both in one statute)"
                )
            else:
                sex_acts = next((a for x, a in laws if x.id == _SEX_LAW), ())
                parts = _sex_separators(f, pattern, ages, sex_acts)
        elif state and law != _SEX_LAW and labor:
            parts = _labor_separators(f, pattern, law, not labor_said, ages)
            labor_said = labor_said or bool(parts)
        if not parts and (
            law in unapplied or (j.status != f.status if state else j.status == NOT_MET)
        ):
            clause = why.get(law)
            parts = [clause] if clause else []
        if parts:
            out.append(words.dates_in_words(f"{name}, {WORDS[j.status]}: {'; '.join(parts)}."))
    if state and counts is not None:
        limitation = _limitation_separator(f, laws, counts)
        if limitation is not None:  # a second sentence of § 30-52-1's line: every line a law's
            out[0] += f" {limitation}"
    return out
