"""The summary of an assessment (``nm_trafficking.summary``), built from the statuses, grades
and penalties already decided and from the element statuses of each act — never from the
element explanations, which stay one step away and are built only when asked for.

Per pair: each law's status, grade (or penalty) and why it differs from the state statute's,
and each act under each law; once per assessment: the accessories, the notes, the births the
ages were computed from and the texts in force. What is still needed (the questions) is built
by ``reasoning.needed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeGuard, TypeVar

from nm_trafficking import words
from nm_trafficking.citations import cited, of_one_act
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import (
    accessories,
    also_victim,
    federal_notes,
    notes,
    place_notes,
    side_by_side,
    sting,
)
from nm_trafficking.reasoning.ages import BirthWindow, turns
from nm_trafficking.reasoning.counts import header_window
from nm_trafficking.reasoning.evidence import labor_observed
from nm_trafficking.reasoning.explain import fill
from nm_trafficking.reasoning.findings import open_victims
from nm_trafficking.reasoning.jurisdictions import date_matters, text_matters
from nm_trafficking.reasoning.naming import dates_of, named, stated_day
from nm_trafficking.reasoning.needed import (
    CONSPIRACY_TURNS,
    FACT,
    named_among,
    open_beside,
    pair_questions,
    unasked,
)
from nm_trafficking.reasoning.no_act import no_act_words
from nm_trafficking.reasoning.penalties import (
    Penalised,
    band_notes,
    band_table,
    band_text,
    count_penalty,
    fixed_band_text,
    none_stated_if,
)
from nm_trafficking.reasoning.related_notes import (
    Conspiracy,
    FederalConspiracy,
    Period,
    act_among,
    act_limitation,
    agreed_act,
    attempt_limitation,
    basic_sentence,
    conspiracies,
    conspiracy_limitation,
    conspiracy_note,
    federal_conspiracies,
    federal_conspiracy_limitation,
    federal_limitation_lines,
    federal_limitation_note,
    limitation_caution,
    nth_agreement,
    object_unstated,
    related_ends,
    related_law_once,
    several_victims,
    state_limitation_lines,
    state_limitation_note,
)
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Count, DateSpan, Finding, LawCount, LawFinding, Note, Status
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute import caches
from nm_trafficking.statute.model import (
    Element,
    FederalVersion,
    Law,
    OffenceParagraph,
    PenaltyBand,
    StatuteVersion,
    TextVersion,
)
from nm_trafficking.statute.related import inchoate, limitation
from nm_trafficking.statute.usc_18 import s1594
from nm_trafficking.summary import (
    AccessoryFinding,
    ActUnderLaw,
    Birth,
    Caution,
    CautionKind,
    CountSummary,
    FederalAccessoryFinding,
    Grading,
    LawStatus,
    LimitationPeriod,
    PairSummary,
    Question,
    RelatedKind,
    RelatedOffense,
    Summary,
    SummaryNote,
    TextInForce,
)

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class PairActs:
    """What the summary reads of one defendant and victim: the finding, and each law's
    verdicts of the pair's acts (the state's first, when it was assessed)."""

    finding: Finding
    laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]
    notes: Callable[[], list[Note]]
    """The pair's § 30-52-1 notes (empty when § 30-52-1 was not assessed)."""


# --- grades and penalties ---------------------------------------------------------------------


def _open_beside(
    acts: Sequence[ActVerdict[Any]], status: Status, paragraphs: Mapping[str, Any]
) -> list[str]:
    """The paragraphs (or prongs) of a law the pair meets still open over its acts, to which a
    fact of an act meeting another points (``needed.open_beside``), in the law's order: the
    line names them open, their questions are asked (review A2 of session 9)."""
    if status != MET:
        return []
    found = {v.ctx.version.offences[p].citation for v in acts for p in open_beside(v)}
    return [c for c, x in paragraphs.items() if c in found and x.status == UNDETERMINED]


def _state_grading(f: Finding) -> Grading:
    g = f.grade_detail
    possible = words.most_serious_first(f.grade_possible)
    if g.status == "not_applicable" or not possible:
        text = "no grade: no act meets or may meet a paragraph"
    elif f.grade is not None:
        text = words.grade_with_sentence(f.grade)
    elif f.grade_floor is not None:
        more = [x for x in possible if x != f.grade_floor]
        text = (
            f"at least a {words.grade_with_sentence(f.grade_floor)}; "
            f"{words.either([words.grade_name(x) for x in more])} possible"
        )
    else:
        text = "if established: " + words.either([words.grade_with_sentence(x) for x in possible])
    return Grading(f.grade, f.grade_floor, possible, text)


def _bands(
    versions: Sequence[TextVersion],
    band_ids: Sequence[str],
    acts: Sequence[ActVerdict[Any]],
    penalised: _Penalties | None = None,
) -> dict[str, str]:
    """The bands' words by id, most serious first (the label once, after the last of each text's
    bands in a row: the 2000 text of § 1589 is [P], § 1589(d) [S]); each band with the weakest
    label of the texts under which ``acts`` give it, the aggravated band of §§ 1589(d), 1590(a)
    naming the aggravation the facts establish (``penalties.band_notes``). Under one text with
    no aggravation named (the usual case) they are the text's alone, worked out once per text
    and set of bands (a copy is given: the caller's to keep)."""
    tags, aggravation = band_notes(acts, penalised)
    if len(versions) == 1 and aggravation is None:
        version = versions[0]
        key = "summary_bands:" + "\x1f".join(band_ids)
        return dict(version.derive(key, lambda: _bands_of(versions, band_ids, tags, None)))
    return _bands_of(versions, band_ids, tags, aggravation)


def _bands_of(
    versions: Sequence[TextVersion],
    band_ids: Sequence[str],
    tags: dict[str, str | None],
    aggravation: str | None,
) -> dict[str, str]:
    table: dict[str, tuple[int, PenaltyBand, TextVersion]] = {}
    for version in versions:
        for band_id, band in band_table(version).items():
            table.setdefault(band_id, (band.severity, band, version))
    known = sorted((b for b in band_ids if b in table), key=lambda b: -table[b][0])
    # the words say each provision's bands together (the 2000 text of § 1589 in its concluding
    # provisions, the 2008 text in (d)): in that order a band carries its label when it is the
    # last or the next one's label differs (review G11, F12)
    provision = {b: table[b][1].citation for b in known}
    grouped = sorted(known, key=lambda b: [provision[x] for x in known].index(provision[b]))
    labels = {b: tags.get(b, _label_code(table[b][2])) for b in known}
    nexts: dict[str, str | None] = dict(zip(grouped, [*grouped[1:], None], strict=False))
    return {  # most serious first (the order of ``possible``)
        b: band_text(
            table[b][1],
            table[b][2],
            label=(n := nexts[b]) is None or labels[n] != labels[b],
            aggravation=aggravation,
            code=labels[b],
        )
        for b in known
    }


class _Penalties(dict[int, Penalised]):
    """:func:`~nm_trafficking.reasoning.penalties.count_penalty` of each act (by its verdict's
    identity), worked out once for the summary's lines of a section, which read an act's bands
    for the section's grading and again for the act's count; made per summary and dropped with
    it (it holds the verdicts of one assessment only)."""

    def __call__(self, verdict: ActVerdict[Any]) -> Penalised:
        found = self.get(id(verdict))
        if found is None:
            found = self[id(verdict)] = count_penalty(verdict)
        return found


def _label_code(version: TextVersion) -> str | None:
    return version.label.code if version.label is not None else None


def _either_bands(texts: list[str]) -> str:
    """Bands joined by "or", most serious first, a provision named once for its bands: "(a):
    up to life if …, or up to 20 years [S]" (not "…, or (a): up to 20 years"). Bands of
    several provisions (two texts of § 1589: the 2000 text's concluding provisions and the
    2008 text's (d)) are said per provision, most serious first within each, the provisions
    apart: "§ 1589 (2000), concluding provisions: up to life …, or up to 20 years [P]; or
    § 1589(d): up to life …, or up to 20 years [S]" (review G11, F12)."""
    groups: dict[str, list[str]] = {}
    for text in texts:
        provision, sep, punishment = text.partition(": ")
        if sep:
            groups.setdefault(provision, []).append(punishment)
        else:
            groups.setdefault(text, [])
    said = [
        f"{provision}: {words.either(punishments)}" if punishments else provision
        for provision, punishments in groups.items()
    ]
    if len(said) <= 2 and all(len(p) <= 1 for p in groups.values()):
        return words.either(said)  # one band per provision (§ 1591(b)(1) or (b)(2))
    return "; or ".join(said) if len(said) > 1 else said[0]


def _federal_grading(
    j: LawFinding,
    versions: Sequence[TextVersion],
    acts: Sequence[ActVerdict[Any]],
    penalised: _Penalties | None = None,
) -> Grading:
    p = j.penalty
    bands = _bands(versions, p.possible, acts, penalised)
    possible = list(bands)
    if p.status == "none_stated":
        text = "the text states no punishment for what was found (UNVERIFIED)"
    elif p.status == "not_applicable":
        text = "no penalty: no prong is met or open"
    elif not possible and p.none_stated_possible:
        # a text is applied; what may be found fits no band (decision 12), not a missing text
        text = "if established: " + _NONE_ONLY
    elif not possible:
        text = "no punishment can be stated for the dates of the acts"
    elif p.band is not None:  # fixed: an aggravation the facts establish is named
        text = fixed_band_text(acts, p.band, versions, penalised=penalised) or p.band
    elif p.floor is not None and any(
        c.penalty.status == "determined" and c.penalty.band == p.floor for c in j.counts
    ):  # a met count fixes the floor
        more = [w for b, w in bands.items() if b != p.floor]
        text = f"at least {bands.get(p.floor, p.floor)}; {_either_bands(more)} possible"
    elif j.status == MET:  # met, but which band applies is open (e.g. the victim's age);
        # the floor, if any, is the least serious of them (the field says it)
        text = "one of " + _either_bands(list(bands.values()))
        text += _none_too(p.none_stated_possible, acts)
        text += (
            ", as which text applies decides (a point of law)"
            if any(text_matters(v) for v in acts)  # a dated act in a period of two texts
            else ", as the facts still to be established decide"
        )
    else:
        text = "if established: " + _either_bands(list(bands.values()))
        text += _none_too(p.none_stated_possible, acts)
    return Grading(p.band, p.floor, possible, text, none_stated_possible=p.none_stated_possible)


def _not_at_issue(
    law: Law, grading: Grading, not_asked: str | None, acts: Sequence[ActVerdict[Any]]
) -> Grading:
    """§ 1591's penalty where no fact puts a commercial sex act by the person at issue (its
    questions are not asked: ``needed.unasked``): not given in words — a labor case's first
    screen showed "if established: (b)(1): 15 years to life" for a section that nothing in the
    facts makes possible (review L5). The bands stay in the fields (``possible``), as the
    status stays undetermined (decision 19). §§ 1589 and 1590 keep theirs in a sex case:
    commercial sex may be "labor or services" (their status is open on the same facts)."""
    if not_asked is None or not law.commercial_sex_only:
        return grading
    if not grading.possible and not grading.none_stated_possible:
        return grading  # no band to give (no text for the dates): the words say so
    person = acts[0].ctx.conduct.person if acts else "the person"
    return replace(grading, words=_not_at_issue_words(person))


def _not_at_issue_words(person: str) -> str:
    """§ 1591's penalty in words where no fact puts a commercial sex act by ``person`` at
    issue: on the section's line and on each count alike (review R1 of session 7)."""
    return f"{NO_PENALTY_GIVEN}: no fact stated puts at issue a commercial sex act by {person}"


NO_PENALTY_GIVEN = words.NO_PENALTY_GIVEN

_NONE_ONLY = "§ 1591(b) states no punishment for the combination (UNVERIFIED)"


def _none_too(possible: bool, acts: Sequence[ActVerdict[Any]]) -> str:
    """The other outcome beside the bands (decision 12), when the facts leave it possible, with
    its own condition (review S1: not "if not effected by force" for a child)."""
    if not possible:
        return ""
    return f", or no punishment stated by the text {none_stated_if(acts)} (UNVERIFIED)"


def _state_count(law: Law, c: Count, v: ActVerdict[Any]) -> ActUnderLaw:
    possible = words.most_serious_first(c.grade.possible)
    if c.grade.status == "determined" and c.grade.grade is not None:
        text = words.grade_with_sentence(c.grade.grade)
    elif possible:
        text = "possible: " + words.either([words.grade_name(g) for g in possible])
    else:
        text = "none"
    name = words.text_name(law, v.ctx.version) if c.statute_version else _no_text(v.ctx.version)
    limitation, deadline, deadlines, periods = _limitation(v, law)
    return ActUnderLaw(
        text=name,
        text_version=c.assessed_under,
        status=c.status,
        statuses=dict(c.statuses),
        grade=c.grade.grade,
        possible=possible,
        words=text,
        limitation=limitation,
        deadline=deadline,
        deadlines=deadlines,
        limitation_passed=_passed(periods),
        periods=periods if len(periods) > 1 else [],
        _all_periods=periods,
        _applies_if=_applies_if(v),
    )


def _applies_if(v: ActVerdict[Any]) -> str | None:
    """For an act whose text's period is open (an undated act that may predate the text): the
    day from which the text applies, with its label where it is only reported ("if the act was
    on or after 1 July 2008, a date reported, not verified"); else None (review B7 of session
    9: the count line named the text unqualified)."""
    version: TextVersion = v.ctx.version
    open_ = any(
        v.elements[p][e] == UNDETERMINED
        for p, paragraph in enumerate(version.offences)
        for e, element in enumerate(paragraph.elements)
        if element.key == "in_force"
    )
    if not open_ or version.in_force_from is None:
        return None
    said = f"if the act was on or after {words.long_date(version.in_force_from)}"
    status = version.in_force_from_status.partition(" (")[0]  # (the label, not its sources)
    return f"{said}, a date {status}" if "not verified" in status else said


def _texts_of(v: ActVerdict[Any]) -> list[TextVersion]:
    """The texts an act was judged under: its own, and each it was combined from (an act
    judged under several texts names bands of any of them)."""
    return [v.ctx.version, *(u.ctx.version for u in v.under)]


def _no_text(first: TextVersion) -> str:
    """An act before the earliest text: no text, and the day that text came into force with
    how sure it is (§ 30-52-1's, "reported, not verified": said where the date decides)."""
    status = first.in_force_from_status.partition(" (")[0]
    return (
        f"no text in force at the act (§ {first.section} in force from "
        f"{words.long_date(first.in_force_from)}, "
        f"a date {status})"
    )


def _federal_count(
    law: Law,
    lc: LawCount,
    v: ActVerdict[Any],
    *,
    at_issue: bool = True,
    penalised: _Penalties | None = None,
) -> ActUnderLaw:
    """One act's count under a federal section. ``at_issue`` False (the section undetermined
    and no fact of the pair puts its kind of trafficking at issue: ``needed.unasked``): no
    limitation period is given for it — the first screen asks nothing of the section, and a
    period "passed" there would read as a time bar on a charge nobody considers (review B2);
    the notes (``detail="elements"``) still give it."""
    texts = _texts_of(v)
    pen = lc.penalty
    bands = _bands(texts, pen.possible, [v], penalised)
    if pen.status == "determined" and pen.band is not None:
        text = fixed_band_text([v], pen.band, texts, penalised=penalised) or pen.band
    elif pen.status == "none_stated":
        text = "the text states no punishment for this act (UNVERIFIED)"
    elif bands:
        text = "possible: " + _either_bands(list(bands.values()))
        text += _none_too(pen.none_stated_possible, [v])
    elif pen.none_stated_possible:
        text = "possible: " + _NONE_ONLY
    elif lc.status != NOT_MET:  # met or open, with no text applied for the act's date
        text = "no punishment can be stated for the date of the act (no text is applied for it)"
    else:
        text = "none"
    if not at_issue and law.commercial_sex_only and text.startswith("possible: "):
        # as the section's line says (review R1 of session 7: the memo's counts table gave
        # § 1591's bands where its line said none)
        text = _not_at_issue_words(v.ctx.conduct.person)
    limitation, deadline, deadlines, periods = (
        _limitation(v, law) if at_issue else (None, None, None, [])
    )
    return ActUnderLaw(
        none_stated_possible=pen.none_stated_possible,
        # an undated act judged under several texts: no one text (``reasoning.undated``)
        # (a dated act in a period whose text is UNVERIFIED, judged under each: the period)
        text=words.text_name(law, _text_judged(law, v)),
        # judged under several texts and combined: no single text applies (as the full
        # document's ``text_version``; contract 2.2.0)
        text_version=None if v.under else lc.assessed_under,
        status=lc.status,
        statuses=dict(lc.statuses),
        grade=pen.band,
        possible=list(bands),
        words=text,
        limitation=limitation,
        deadline=deadline,
        deadlines=deadlines,
        limitation_passed=_passed(periods),
        periods=periods if len(periods) > 1 else [],
        _all_periods=periods,
        _cited=_cited_in(lc.statuses, [v]),
    )


def _cited_in(statuses: Mapping[str, str], acts: Sequence[ActVerdict[Any]]) -> dict[str, str]:
    """How prose cites each paragraph key of ``statuses`` in the texts of ``acts`` that give
    it that status (every act's texts where none does), where it differs from the key
    (``citations.cited``: the 2000 text of § 1589 has no subsections)."""
    out: dict[str, str] = {}
    for citation, status in statuses.items():
        giving: list[TextVersion] = []
        every: list[TextVersion] = []
        for v in acts:  # an act under several texts: each (the line lists every form, so
            # that an offense the 2000 text cites as the section is not lost beside (b): C2)
            texts = [u.ctx.version for u in v.under or (v,)]
            every.extend(texts)
            mine = v.ctx.version.citations
            if citation in mine and v.paragraphs[mine.index(citation)] == status:
                giving.extend(texts)
        form = cited(citation, giving or every, short=True)
        if form != words.paragraph_short(citation):
            out[citation] = form
    return out


def _cite_questions(
    questions: Sequence[Question], laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]
) -> None:
    """Each question's citations as prose cites them in the texts of the acts it asks of
    (``Question.cited``; ``citations.cited``)."""
    texts: dict[str, list[list[TextVersion]]] = {}  # per act, per law: the texts it falls under
    for _, acts in laws:
        for v in acts:
            texts.setdefault(v.ctx.conduct.id, []).append(
                [u.ctx.version for u in (v.under or (v,))]
            )
    for q in questions:
        mine = [t for act in (q.conduct, *q.also) for t in texts.get(act, ())]
        for citation in q.citations:
            each = [
                of_one_act(citation, t) for t in mine if any(citation in x.citations for x in t)
            ]
            form = cited(citation, each, short=True)
            if form != words.paragraph_short(citation):
                q._cited[citation] = form


def _text_judged(law: Law, v: ActVerdict[Any]) -> TextVersion:
    """The text an act's count names: its own; for one judged under several texts, the
    section's undated text (an undated act) or the period whose text is UNVERIFIED."""
    own: TextVersion = v.ctx.version
    window: TextVersion | None = v.ctx.window
    if v.ctx.day is not None and window is not None:
        # judged under each text, or under the newest where both give the same result: which
        # applied is UNVERIFIED either way (review G9)
        return window
    if not v.under:
        return own
    return law.undated or own


def _limitation(
    v: ActVerdict[Any], law: Law
) -> tuple[str | None, date | None, dict[str, date | None] | None, list[LimitationPeriod]]:
    """The act's limitation period (a dated warning, dates in words), its deadline, its
    deadlines by grade and each period with whether it has passed, as :class:`ActUnderLaw`
    takes them (none when the act meets nothing or the law states no rule)."""
    found = act_limitation(v, law.id)
    if found is None:
        return None, None, None, []
    ends, text, by_grade, periods = found
    return text, ends, by_grade or None, periods


def _passed(periods: Sequence[LimitationPeriod]) -> bool | None:
    """Whether every period that may apply has passed (true), none has (false), or it is not
    known or turns on what is still open (``None``)."""
    said = {p.passed for p in periods}
    return said.pop() if len(said) == 1 else None


# --- what separates the laws ------------------------------------------------------------------


def _best_paragraph(v: ActVerdict[Any], status: Status) -> int | None:
    """Of the act's paragraphs with ``status``, the one the facts support most (most elements
    met, then fewest open, then the first)."""
    best: int | None = None
    best_support = (0, 0)
    for p, s in enumerate(v.paragraphs):
        if s != status:
            continue
        row = v.elements[p]
        support = (row.count(MET), -row.count(UNDETERMINED))
        if best is None or support > best_support:  # a tie keeps the first
            best, best_support = p, support
    return best


def _why(law: Law, acts: Sequence[ActVerdict[Any]], status: Status, not_asked: str | None) -> str:
    """Why the law has ``status`` for the pair, in a clause: the paragraph the facts support
    most, and its failing or open elements. The act it speaks for is chosen by one rule, never
    by which act the file gives first (review P F3, as review O3 for a paragraph not met): for
    a law undetermined, an act judged under a text (the closest to meeting a paragraph: most
    elements met, fewest open; then the earliest) before one whose text is UNVERIFIED, one
    whose text turns on its date, and one with no text encoded for its date (every such act
    named); for a law met, the earliest act meeting it."""
    found = [(v, p) for v in acts if v.status == status for p in [_best_paragraph(v, status)]]
    chosen = [(v, p) for v, p in found if p is not None]
    if not chosen:
        return ""
    if status == NOT_MET:
        return _not_met_pair([a for a in acts if a.status == NOT_MET])
    if status == MET:
        v, p = min(chosen, key=lambda x: _act_order(x[0]))
        assert p is not None
        short = cited(v.ctx.version.offences[p].citation, (v.ctx.version,), short=True)
        return f"{short} is met by {named(v.ctx)}"
    kinds = {id(v): _open_kind(law, v) for v, _ in chosen}
    kind = min(kinds.values())
    if kind:
        named_acts = words.either(
            [
                named(v.ctx)
                for v, _ in sorted(chosen, key=lambda x: _act_order(x[0]))
                if kinds[id(v)] == kind
            ],
            "and",
        )
        dates = "dates" if sum(k == kind for k in kinds.values()) > 1 else "date"
        if kind == 1:
            return f"which text applied to {named_acts} is UNVERIFIED"
        if kind == 2:
            return f"the text that applies turns on the {dates} of {named_acts}"
        return "no text is encoded for " + dates_of(  # compactly (review N7)
            [v.ctx for v, _ in sorted(chosen, key=lambda x: _act_order(x[0])) if kinds[id(v)] == 3]
        )
    v, p = min(
        ((v, p) for v, p in chosen if kinds[id(v)] == 0),
        key=lambda x: (*_support(x[0], x[1]), _act_order(x[0]), x[1]),
    )
    assert p is not None
    paragraph: OffenceParagraph = v.ctx.version.offences[p]
    short = cited(paragraph.citation, (v.ctx.version,), short=True)
    open_ = [
        element for e, element in enumerate(paragraph.elements) if v.elements[p][e] == UNDETERMINED
    ]
    needs = f"{short} also needs {words.either(_briefs(open_, v, acts), 'and')}"
    if not_asked is not None and law.labor_or_services:
        # nothing is asked: the labor or services no fact puts at issue, said once (not the
        # open elements, then the labor or services again; the elements are one step away)
        person = v.ctx.conduct.person
        return (
            f"{short} needs {person}'s labor or services, and no fact stated puts them at "
            f"issue, so none of {words.law_short(law)}'s questions is asked"
        )
    if not_asked is not None:  # its questions are not asked (``needed``): the line says why
        needs += f"; {not_asked}"
    return needs


def _act_order(v: ActVerdict[Any]) -> tuple[object, ...]:
    """An act's place, whatever the file's order: by date (``side_by_side.when``), then verb."""
    return (*side_by_side.when(v), v.ctx.conduct.act.value)


def _support(v: ActVerdict[Any], p: int | None) -> tuple[int, int]:
    """How far from met paragraph ``p`` of the act is, least first: elements not met, open."""
    row = v.elements[p] if p is not None else ()
    return (-row.count(MET), row.count(UNDETERMINED))


def _open_kind(law: Law, v: ActVerdict[Any]) -> int:
    """Why an act leaves the law open, nearest to an answer first: 0 elements open under a
    text, 1 which text applied UNVERIFIED, 2 the text turns on its date, 3 no text encoded."""
    if v.ctx.version is law.undated or date_matters(v):
        return 2
    if text_matters(v):
        return 1
    return 3 if not v.ctx.version.encoded else 0


def _not_met_pair(acts: Sequence[ActVerdict[Any]]) -> str:
    """Why the paragraphs (or prongs) fail over every act of the pair, each from the act that
    comes closest to meeting it (an act of the paragraph's own verb first; the earliest of
    equals: ``side_by_side.closest_not_met``), never from whichever act the file gives first
    (review O3). Where another act gives other reasons for the same paragraphs, the act is
    named ("for the recruiting of 1 May 2026, ..."); where no act has their verb, each act's
    own reasons are said (they name its verb)."""
    acts = sorted(acts, key=side_by_side.when)
    if len(acts) > 1 and all(_before_in_force(v) for v in acts):  # one reason (review R6)
        version = acts[0].ctx.version
        listed = words.either([words.paragraph_short(c) for c in version.citations], "and")
        return (
            f"{dates_of([v.ctx for v in acts])} fall outside the period this text was in force "
            f"(from {words.long_date(version.in_force_from)}): § 30-52-1 does not reach the "
            f"acts ({listed})"
        )
    groups: dict[int, tuple[ActVerdict[Any], list[int]]] = {}
    for citation in dict.fromkeys(c for v in acts for c in v.ctx.version.citations):
        found = side_by_side.closest_not_met(acts, citation)
        if found is not None:
            groups.setdefault(id(found[0]), (found[0], []))[1].append(found[1])
    said: list[str] = []
    for v, ps in groups.values():
        cited = [v.ctx.version.citations[q] for q in ps]
        own = _reasons_at(v, cited) or ""  # (the act fails each: it was picked for it)
        if all(_reasons_at(u, cited) == own for u in acts):  # "P did not act knowingly"
            said.append(own)
            continue
        fit = [q for q in ps if not _fails_on_verb(v, q)]
        if fit:  # another act failing them otherwise: the act is named
            cited = [v.ctx.version.citations[q] for q in fit]
            own = _reasons_at(v, cited) or ""  # (the act fails each: it was picked for it)
            others = (_reasons_at(u, cited) for u in acts if u is not v)
            said.append(own if all(r == own for r in others) else f"for {named(v.ctx)}, {own}")
        if len(fit) < len(ps):  # no act has their verb: every act's verb is said
            cited = [v.ctx.version.citations[q] for q in ps if q not in fit]
            said += side_by_side.each_verb([(u, _reasons_at(u, cited)) for u in acts])
    return "; ".join(dict.fromkeys(said))


def _before_in_force(v: ActVerdict[Any]) -> bool:
    """The act fails every paragraph of its text on the text's date alone (before it was in
    force): the same reason for every such act, said once for them all (review R6 of session 7:
    a NOT MET line gave it once per act and paragraph)."""
    offences = v.ctx.version.offences
    return bool(offences) and all(
        any(e.key == IN_FORCE and v.elements[q][i] == NOT_MET for i, e in enumerate(p.elements))
        for q, p in enumerate(offences)
    )


IN_FORCE = "in_force"
"""The key of the element that a § 30-52-1 act took place while the text was in force."""


def _reasons_at(v: ActVerdict[Any], cited: Sequence[str]) -> str | None:
    """Why the act fails the paragraphs ``cited`` (:func:`_not_met_reasons`); ``None`` where
    its text lacks one of them or does not fail it."""
    mine = v.ctx.version.citations
    qs = [mine.index(c) for c in cited if c in mine]
    if len(qs) < len(cited) or any(v.paragraphs[q] != NOT_MET for q in qs):
        return None
    best = max(qs, key=lambda q: (v.elements[q].count(MET), -qs.index(q)))
    return _not_met_reasons(v, best, qs)


def _fails_on_verb(v: ActVerdict[Any], q: int) -> bool:
    """The act's conduct (its verb) fails paragraph ``q``."""
    row = v.elements[q]
    elements = v.ctx.version.offences[q].elements
    return any(e.key == _CONDUCT and row[i] == NOT_MET for i, e in enumerate(elements))


def _not_met_reasons(v: ActVerdict[Any], best: int, only: Sequence[int] | None = None) -> str:
    """Why the paragraphs (or prongs) of a not-met act fail, in one clause: the fewest reasons
    that cover them all — first the reason that defeats the most of them (so "not done
    knowingly" is said once of every paragraph it defeats, not each paragraph's first failing
    element), ties going to ``best`` (the paragraph the facts support most) and its element
    order. A reason is the same for several paragraphs when its words are (the same element
    and reason in the statute data, filled in for the paragraph each names); it is said once,
    naming them all. ``only``: those paragraphs alone (the others are another act's)."""
    offences = v.ctx.version.offences
    reasons: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (key, template) -> hits
    among = range(len(offences)) if only is None else only
    for q in [best, *(q for q in among if q != best)]:
        row = v.elements[q]
        for e, status in enumerate(row):
            if status != NOT_MET:
                continue
            element = offences[q].elements[e]
            alts = v.alternatives(q, e)
            template = element.defeated[alts[0]].reason if alts else element.label
            reasons.setdefault((element.key, template), []).append((q, e))
    version = v.ctx.version
    verb = v.ctx.conduct.act.value
    state = isinstance(version, StatuteVersion)
    if state and verb not in version.verbs:
        # a verb of no paragraph: said once of every paragraph whose conduct it fails
        no_verb = [hit for key in list(reasons) if key[0] == _CONDUCT for hit in reasons.pop(key)]
        if no_verb:
            reasons[(_CONDUCT, _NO_VERB)] = no_verb
    left = {q for hits in reasons.values() for q, _ in hits}
    # an undated act judged under several texts may fail a paragraph under each for a different
    # reason, with no one element failing under all (``reasoning.undated``)
    every = [
        q
        for q, status in enumerate(v.paragraphs)
        if status == NOT_MET and q not in left and (only is None or q in only)
    ]
    said: list[str] = []
    while left:
        key = max(reasons, key=lambda k: len({q for q, _ in reasons[k]} & left))
        hits = [(q, e) for q, e in reasons.pop(key) if q in left]
        first = offences[hits[0][0]]
        qs = sorted({q for q, _ in hits})
        if key[1] is _NO_VERB:
            shorts = [cited(offences[q].citation, (version,), short=True) for q in qs]
            span = f"{shorts[0]}–{shorts[-1]}" if len(qs) > 2 else words.either(shorts, "and")
            said.append(f"{verb} is not a verb of the {version.id} text ({span})")
            left -= set(qs)
            continue
        text = words.dates_in_words(fill(key[1], v.ctx, first))
        if state and key[0] == _CONDUCT:
            # where the verb's own paragraph is, its line says: not repeated here
            text = text.replace(f" ({fill('{act_in_text}', v.ctx, first)})", "")
        if first.citation in text:
            text = text.replace(
                first.citation, words.either([offences[q].citation for q in qs], "and")
            )
            said.append(text)
        else:
            shorts = [cited(offences[q].citation, (version,), short=True) for q in qs]
            # "not a verb of § 1590(a)": the reason already names its one prong
            # (or names the key its text cites otherwise: "§ 1589(b) was added by the 2008 rewrite")
            own = words.paragraph_short(offences[qs[0]].citation)
            named_ = (
                len(shorts) == 1
                and shorts[0].startswith("§")
                and (shorts[0] in text or own in text)
            )
            said.append(text if named_ else f"{text} ({words.either(shorts, 'and')})")
        left -= set(qs)
    if every:
        shorts = [cited(offences[q].citation, (version,), short=True) for q in every]
        said.append(
            f"not met under any of the texts the act may fall under ({words.either(shorts, 'and')})"
        )
    return "; ".join(said)


_CONDUCT = "conduct"
"""The key of a paragraph's conduct element (its verbs) in the statute data."""

_NO_VERB = "\x00no verb of the text"
"""The reason (in place of a template) of the conduct elements an act of a verb of no paragraph
of § 30-52-1's text fails: said once."""

_LEAD = "knowledge or reckless disregard of "
_KNOWLEDGE = "knowledge of "


def _briefs(
    elements: Sequence[Element], v: ActVerdict[Any], acts: Sequence[ActVerdict[Any]]
) -> list[str]:
    """The open elements of the act of ``v`` in a few words each, as :func:`_shared_lead` says
    them. Where only knowledge serves (advertising under § 1591: review O2, never "reckless
    disregard" or § 1591(c) for it), the knowledge alone, and why; where it does for some of
    the pair's acts open like ``v`` and not for others, the general words and when only
    knowledge serves."""
    alike = [a for a in acts if a.status == v.status]
    carved = [
        e
        for e in elements
        if e.brief_if_knowledge_only and all(e.knowledge_only_for(a.ctx.conduct) for a in alike)
    ]
    some = [
        e
        for e in elements
        if e.knowledge_only and any(e.knowledge_only_for(a.ctx.conduct) for a in alike)
    ]
    briefs = [(e.brief_if_knowledge_only if e in carved else e.brief) or e.label for e in elements]
    out = _shared_lead(_shared_lead(briefs), _KNOWLEDGE)
    if some:
        where = (
            "for the venture's advertising"
            if all(e.knowledge_only_act != "act" for e in some)
            else "for advertising"
        )
        why = (
            "neither reckless disregard nor § 1591(c) serves"
            if any(e.also_words for e in some)  # the age element, with § 1591(c)'s rule
            else "reckless disregard does not serve"
        )
        lead = _KNOWLEDGE if carved else _LEAD
        at = next((i for i, b in enumerate(out) if b.startswith(lead)), len(out) - 1)
        out[at] += f" ({where}, {why})"
    return out


def _shared_lead(briefs: list[str], lead: str = _LEAD) -> list[str]:
    """Briefs that begin alike said once: "knowledge or reckless disregard of the person's age
    and of a commercial sex act"."""
    same = [b for b in briefs if b.startswith(lead)]
    if len(same) < 2:
        return briefs
    merged = lead + " and of ".join(b.removeprefix(lead) for b in same)
    out = [b for b in briefs if not b.startswith(lead)]
    out.insert(briefs.index(same[0]), merged)
    return out


def _contrast(
    pair: PairActs, law: Law, acts: Sequence[ActVerdict[Any]], not_asked: str | None
) -> str | None:
    """Why ``law``'s status differs from the state statute's for the pair, or why it is not
    met where neither is, or the state statute was not assessed (each law fails for its own
    reason), or why a section of labor or services asks nothing; None if the statuses agree
    otherwise. ``not_asked``: ``needed.unasked`` of the law and acts where the law is
    undetermined (else None), which the caller has worked out."""
    if not pair.laws or (law is pair.laws[0][0] and law.jurisdiction == "state"):
        return None
    status = pair.finding.jurisdictions[law.id].status
    state = pair.finding.status if pair.laws[0][0].jurisdiction == "state" else None
    if status != NOT_MET and status == (state or status) and not_asked is None:
        return None  # (where no question of the law is asked, the line says why)
    if status == NOT_MET and not _sex_stated_false(acts):
        # the stated fact that defeats it, not a purpose left unstated (review Z1 R2 of
        # session 8: a verb the text lacks); a purpose stated to be labor is itself that fact
        return _why(law, acts, status, not_asked) or _only_sex(law, acts, not_asked) or None
    return _only_sex(law, acts, not_asked) or _why(law, acts, status, not_asked) or None


def _only_sex(law: Law, acts: Sequence[ActVerdict[Any]], why_not: str | None) -> str | None:
    """§ 1591 where the facts state labor or services and no commercial sexual activity: what
    it reaches, and (``why_not``: its questions are not asked) that none is asked."""
    if not (law.commercial_sex_only and _labor_not_sex(acts)):
        return None
    # not "rule out": § 1591 stays undetermined on its own facts (a state purpose stated false
    # settles none of them; review H10 of session 6)
    said = (
        "labor or services, not commercial sexual activity, as the purpose"
        if _sex_stated_false(acts)
        else "labor or services and do not state commercial sexual activity"
    )
    return (f"{words.law_short(law)} reaches only a commercial sex act; the facts state {said}") + (
        ", so none of its questions is asked" if why_not is not None else ""
    )


def _own_why(
    pair: PairActs,
    law: Law,
    acts: Sequence[ActVerdict[Any]],
    status: Status,
    not_asked: str | None,
) -> str | None:
    """With § 30-52-1 not assessed (``law="federal"``): why a section is undetermined — the
    clause :func:`_contrast` gives its line with every law assessed where § 30-52-1's status
    differs (what it reaches, the text missing for a date, what it also needs), and without
    § 30-52-1 gave only to a section not met (review B). None with § 30-52-1 assessed, or for
    a section met or not met (:func:`_contrast` says why a section is not met; a met
    section's line names the paragraphs met)."""
    if status != UNDETERMINED or not pair.laws or pair.laws[0][0].jurisdiction == "state":
        return None
    return _only_sex(law, acts, not_asked) or _why(law, acts, status, not_asked) or None


def _sex_stated_false(acts: Sequence[ActVerdict[Any]]) -> bool:
    """Every act states that commercial sexual activity is not its purpose."""
    return all(
        Truth.FALSE
        in (
            v.ctx.conduct.to_subject_to.commercial_sexual_activity,
            v.ctx.conduct.will_be_caused_to_engage_in_commercial_sexual_activity,
        )
        for v in acts
    )


def _labor_not_sex(acts: Sequence[ActVerdict[Any]]) -> bool:
    """The acts' state facts state labor or services as the purpose or source of benefit, and
    commercial sexual activity nowhere."""
    labor = sex = False
    for v in acts:
        c = v.ctx.conduct
        for purposes in (c.to_subject_to, c.benefit_from):
            labor = labor or Truth.TRUE in (purposes.labor, purposes.services)
            sex = sex or purposes.commercial_sexual_activity is Truth.TRUE
        sex = sex or c.will_be_caused_to_engage_in_commercial_sexual_activity is Truth.TRUE
    return labor and not sex


def _sting_why(acts: Sequence[ActVerdict[Any]]) -> str | None:
    """§ 30-52-1 met or undetermined where an act is a sting (the person not the minor the
    actor believed: ``reasoning.sting``): why the minor offense's paragraph is not met, in a
    clause — the person's age — so that the first screen says why the offense the facts aim
    at fails before the attempt it leaves (review F9: the line named only the paragraph still
    open, (A)(1)). None where no act is a sting."""
    said: dict[str, None] = {}
    for a in sting.attempts(acts):
        v, p = a.verdict, a.paragraph
        paragraph: OffenceParagraph = v.ctx.version.offences[p]
        for e, status in enumerate(v.elements[p]):
            if status != NOT_MET:
                continue
            element = paragraph.elements[e]
            alts = v.alternatives(p, e)
            template = element.defeated[alts[0]].reason if alts else element.label
            reason = words.dates_in_words(fill(template, v.ctx, paragraph))
            short = cited(paragraph.citation, (v.ctx.version,), short=True)
            said[f"{short} is not met: {reason}"] = None
    return "; ".join(said) or None


def _attempt_if(a: sting.StingAttempt) -> str:
    """Where the person's age is open, the branch the attempt needs (review B of session 9):
    under eighteen, the completed offense was committed and there is no attempt."""
    if not a.age_open:
        return ""
    person = a.verdict.ctx.conduct.person
    return (
        f"only if {person} was eighteen or older then (if under eighteen, the completed "
        "offense, not an attempt), and "
    )


def _attempt_grade(grade: str) -> str:
    """An attempt's grade with its basic sentence (NMSA 1978, § 31-18-15(A) [S]), as the
    completed grades are given: ``fourth degree felony (basic sentence 18 months [S])``."""
    sentence = basic_sentence(grade)
    name = inchoate.GRADE_NAMES[grade]
    return f"{name} ({sentence})" if sentence else name


# --- observed indicators beside the stated means (review F4) -----------------------------------


def _indicators(
    pattern: FactPattern, actor: str | None, person: str
) -> dict[str | None, list[tuple[str, ...]]]:
    """The means (force, fraud, coercion) each observed indicator done toward ``person`` is
    evidence of, one entry per observation: by ``actor``, and by no one named (``None``) —
    evidence, never a finding (``reasoning.evidence``); another person's are not counted (no
    evidence of this actor's mind). ``actor`` None: by anyone (whether ``person`` may be a
    victim, not what an actor knew)."""
    from nm_trafficking.indicators import indicator

    found: dict[str | None, list[tuple[str, ...]]] = {}
    for obs in pattern.observations:
        if obs.person == person and (actor is None or obs.actor in (actor, None)):
            means = indicator(obs.indicator).means_names
            if means:
                found.setdefault(obs.actor, []).append(means)
    return dict(sorted(found.items(), key=lambda kv: kv[0] is None))


def _indicator_words(
    found: Mapping[str | None, Sequence[tuple[str, ...]]], person: str, means: Sequence[str] = ()
) -> str:
    """``2 indicators of coercion by D toward W were observed``; ``1 indicator of force by D and
    1 indicator of coercion by someone not named toward W were observed``: the observations of
    a means of ``means`` (of any, when none is given), each counted once, with the means they
    are evidence of in the statute's order."""
    parts: list[str] = []
    n = 0
    for who, observed in found.items():
        kept = [m for m in observed if not means or any(x in means for x in m)]
        if not kept:
            continue
        of = [x for x in _MEANS if any(x in m for m in kept) and (not means or x in means)]
        n += len(kept)
        by = who if who is not None else "someone not named"
        count = f"{len(kept)} indicator{'s' if len(kept) > 1 else ''}"
        each = {x: sum(x in m for m in kept) for x in of}
        if len(of) == 1 or all(c == len(kept) for c in each.values()):
            parts.append(f"{count} of {words.either(of, 'and')} by {by}")
        else:  # each means with its own count (review J N8: "3 of fraud or coercion" for 3 of
            # coercion, one of which also of fraud)
            split = words.either([f"{c} of {x}" for x, c in each.items()], "and")
            multi = sum(len([x for x in of if x in m]) > 1 for m in kept)
            if multi:  # review O9: "3 indicators (1 of fraud and 3 of coercion)" did not add up
                split += f"; {multi} counted for {'both' if len(of) == 2 else 'more than one'}"
            parts.append(f"{count} by {by} ({split})")
    if not parts:
        return ""
    return f"{words.either(parts, 'and')} toward {person} {'was' if n == 1 else 'were'} observed"


_MEANS = ("force", "fraud", "coercion")


def _contradicted(pattern: FactPattern, acts: Sequence[ActVerdict[Any]]) -> str | None:
    """Where an act states a means not intended or known (not known to have been used, for
    benefiting) and indicators of that means by the actor toward the person are on file: the
    sentence saying so, for the § 30-52-1 line (the stated fact decides; a prosecutor checks
    it). Names the means, the number of indicators and who did them toward whom: no fact of
    the observations themselves (they are at detail="elements")."""
    will: list[str] = []
    was: list[str] = []
    found: dict[str | None, list[tuple[str, ...]]] = {}
    person = ""
    for v in acts:
        c = v.ctx.conduct
        benefiting = c.act.value == "benefiting"
        stated = c.means_was_used if benefiting else c.means_will_be_used
        false = [m for m in _MEANS if getattr(stated, m) is Truth.FALSE]
        if not false:
            continue
        found = found or _indicators(pattern, c.actor, c.person)
        person = c.person
        for m in false:
            if any(m in means for observed in found.values() for means in observed):
                into = was if benefiting else will
                if m not in into:
                    into.append(m)
    if not will and not was:
        return None
    means = [m for m in _MEANS if m in will or m in was]
    stated_ = []
    if will:
        stated_.append(f"{words.either(will)} is stated as neither intended nor known")
    if was:
        stated_.append(f"{words.either(was)} is stated as not known to have been used")
    return (
        f"Evidence on file: {_indicator_words(found, person, means)}, though "
        f"{words.either(stated_, 'and')}: check the stated fact"
    )


def _cautions(
    pattern: FactPattern,
    defendant: str,
    acts: Sequence[ActVerdict[StatuteVersion]],
    toward: also_victim.Toward,
    status: Status,
) -> list[Caution]:
    """The cautions of a § 30-52-1 line (contract 2.6.0), in the order the line says them:
    met or undetermined, a sting's reason (review F9), Indian country (review O7), a defendant
    who is also a victim (review O4), a defendant under eighteen (review F5 of session 6); and,
    whatever the status, the evidence on file against a stated means (review F4). ``toward``:
    what is on file toward each person (:func:`also_victim.toward_each`)."""
    said: list[Caution] = []
    evidence = _contradicted(pattern, acts) if pattern.observations else None
    found: tuple[tuple[CautionKind, str | None], ...] = (
        (("evidence_against_means", evidence),)
        if status == NOT_MET
        else (
            ("sting", _sting_why(acts)),
            ("indian_country", place_notes.indian_country_words(pattern, acts)),
            ("also_victim", also_victim.also_a_victim(pattern, defendant, toward)),
            ("child_defendant", notes.defendant_under_eighteen(pattern, acts)),
            ("evidence_against_means", evidence),
        )
    )
    for kind, text in found:
        if text is not None:
            said.append(Caution(kind, f"{text}."))
    return said


def _evidenced(laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]) -> set[tuple[str, str]]:
    """The (law, element) keys indicators are evidence of (the means elements: the statute
    data's ``evidenced_by_indicators``), in the texts the acts were judged under."""
    keys: set[tuple[str, str]] = set()
    for law, acts in laws:
        for version in {id(t): t for v in acts for t in _texts_of(v)}.values():
            for paragraph in version.offences:
                keys.update(
                    (law.id, e.key) for e in paragraph.elements if e.evidenced_by_indicators
                )
    return keys


def _evidence_in_questions(
    pattern: FactPattern,
    laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]],
    questions: Sequence[Question],
) -> None:
    """A question of a means element (the actor's intent or knowledge, or a § 1589(a) means)
    where indicators of a means by the actor toward the person are on file: the question names
    them, as evidence (the stated fact is still what it asks)."""
    keys = _evidenced(laws)
    for q in questions:
        if (q.law, q.element) not in keys:
            continue
        # § 1589(a) (and § 1590's chapter 77) lists no fraud among its means
        means = ("force", "coercion") if q.law in ("usc_1589", "usc_1590") else ()
        said = _indicator_words(_indicators(pattern, q.defendant, q.victim), q.victim, means)
        if said:
            q.text += f" (Evidence on file: {said}; indicators are evidence, not the element.)"


_LABOR_ELEMENTS = frozenset(
    {
        ("usc_1589", "conduct", "§ 1589(a)"),
        ("usc_1589", "venture", "§ 1589(b)"),
        ("usc_1590", "for_labor_or_services", "§ 1590(a)"),
    }
)
"""The elements of labor or services an indicator about the person's work is evidence of
(law, element, the end of the paragraph's citation): § 1589(a)'s labor or services provided or
obtained, § 1589(b)'s venture that provided or obtained them, § 1590(a)'s "for labor or
services". Not § 1589(b)'s benefit, whose key is § 1589(a)'s conduct's."""


def _labor_in_questions(
    labor: Mapping[str | None, int], person: str, questions: Sequence[Question]
) -> None:
    """A question of an element of labor or services (:data:`_LABOR_ELEMENTS`) where
    indicators about the person's work are on file (``evidence.labor_observed``, by anyone):
    the question names them, as evidence (the stated fact is still what it asks), as the means
    questions name theirs. They are what put the sections at issue where no fact does."""
    if not labor:
        return
    parts = []
    for who, n in labor.items():
        by = who if who is not None else "someone not named"
        parts.append(f"{n} indicator{'s' if n > 1 else ''} about work by {by}")
    said = (
        f"{words.either(parts, 'and')} toward {person} "
        f"{'was' if sum(labor.values()) == 1 else 'were'} observed"
    )
    for q in questions:
        if q.victim == person and any(
            c.endswith(cited)
            for law, key, cited in _LABOR_ELEMENTS
            if (q.law, q.element) == (law, key)
            for c in q.citations
        ):
            q.text += f" (Evidence on file: {said}; indicators are evidence, not the element.)"


def _evidence_of_victim(pattern: FactPattern, questions: Sequence[Question]) -> None:
    """The (E) question of a helper only labelled a victim names the indicators of force, fraud
    or coercion toward the helper on file, by whoever did them, as the means questions do
    (review O6): evidence that the helper may be a victim, not a finding."""
    for q in questions:
        if q.element != "victim_not_accessory" or q.kind != FACT or q.defendant is None:
            continue
        helper = q.defendant
        said = _indicator_words(_indicators(pattern, None, helper), helper)
        if said:
            q.text += f" (Evidence on file: {said}; indicators are evidence, not a finding.)"


# --- notes once -------------------------------------------------------------------------------


def _notes(
    pairs: Sequence[PairActs],
    assessment_notes: Sequence[Note],
    agreed: Sequence[Conspiracy] = (),
    shown: Sequence[tuple[str, str]] | None = None,
) -> list[SummaryNote]:
    """The notes once each, with the pairs they concern (``shown``: every pair of the summary,
    a party to an agreement with no act of his own included). A limitation rule's note
    (§ 30-1-8, § 3298, § 3299) is one for the assessment: its quoted words, open points and
    cautions once, each act's period under the pair it belongs to (review 10: they were said in
    full per pair and per law). The conspiracy note (§ 30-28-2) is one per agreement, made from
    every pair's acts (``agreed``), naming every pair it concerns: each party with each person
    the acts agreed to are toward."""
    seen: dict[tuple[str, str | None, str], list[str]] = {}
    state_periods: dict[str, list[str]] = {}  # pair -> the acts' § 30-1-8 periods
    # rule's citation -> pair -> law -> the acts' periods
    federal_periods: dict[str, dict[str, dict[str, list[Period]]]] = {}
    if shown is None:
        shown = [(p.finding.defendant, p.finding.victim) for p in pairs]
    names = {f"{d} and {v}" for d, v in shown}
    for pair in pairs:
        who = f"{pair.finding.defendant} and {pair.finding.victim}"
        toward = f"{pair.finding.defendant} toward {pair.finding.victim}"
        found: list[tuple[Note, Law | None, Sequence[ActVerdict[Any]]]] = [
            (n, None, pair.laws[0][1] if pair.laws else []) for n in pair.notes()
        ]
        for law, acts in pair.laws:
            if law.jurisdiction == "federal":
                status = pair.finding.jurisdictions[law.id].status
                gather = _PairPeriods(federal_periods, toward)
                found.extend(
                    (n, law, acts) for n in federal_notes.finding_notes(law, acts, status, gather)
                )
        for n, of_law, acts in found:
            text = n.text
            if n.kind == "limitation_period":
                text = _PERIODS  # one note per rule: made below from each pair's periods
                if of_law is None:
                    state_periods[toward] = state_limitation_lines(acts)
            if n.kind == "conspiracy" and of_law is None:  # § 30-28-2's, not § 1594's
                seen.setdefault((n.kind, n.citation, _AGREEMENTS), [])  # made below, once
                continue
            concerns = seen.setdefault((n.kind, n.citation, text), [])
            if who not in concerns:
                concerns.append(who)
    for n in assessment_notes:
        seen.setdefault((n.kind, n.citation, n.text), [])
    # How every limitation period is read (Stogner; a warning, not a finding) is said once,
    # after the first note of dated periods, not in each pair's and law's note.
    first = next((key for key in seen if key[0] == "limitation_period"), None)
    # the conspiracy note: one per agreement (those of the same pairs said together), in place
    # of each pair's, which knew only the pair's acts
    made: list[tuple[tuple[str, str | None, str], list[str]]] = []
    for key, concerns in seen.items():
        if key[2] is not _AGREEMENTS:
            made.append((key, concerns))
            continue
        by_pairs: dict[tuple[str, ...], list[Conspiracy]] = {}
        for c in agreed:
            by_pairs.setdefault(tuple(_concerns(c)), []).append(c)
        for pairs_of, theirs in by_pairs.items():
            one = conspiracy_note(theirs)
            if one is not None:
                made.append(((one.kind, one.citation, one.text), list(pairs_of)))
    made = related_law_once(made)  # the (D) list once, not per wording of the note
    out: list[SummaryNote] = []
    same: dict[tuple[str, str | None, tuple[str, ...]], SummaryNote] = {}
    # beside an attempt's note (graded from the believed age), the age-belief note's title
    # says it is the completed offense's (words.BESIDE_ATTEMPT_TITLES)
    attempt = any(k == "attempt" and (c or "").startswith("NMSA") for (k, c, _), _ in made)
    # a kind with both a New Mexico and a federal note is titled once for both
    laws_of: dict[str, set[bool]] = {}
    for (kind, citation, _), _ in made:
        laws_of.setdefault(kind, set()).add((citation or "").startswith("18 U.S.C."))
    for key, concerns in made:
        text = key[2]
        if text is _PERIODS:
            if key[1] in federal_periods:
                periods = _one_unnamed(federal_periods[key[1]])
                text = federal_limitation_note(key[1] or "", periods).text
            else:
                text = state_limitation_note(_one_unnamed(state_periods)).text
        # a note of every pair concerns the whole assessment: no pairs named
        named = concerns if set(concerns) != names else []
        full = f"{text} {limitation_caution()}" if key is first else text
        # notes of one kind and citation for the same pairs (e.g. two cautions on one text,
        # several open points) are one note, their texts in turn: one title, said once
        earlier = same.get((key[0], key[1], tuple(named)))
        if earlier is not None:
            earlier._text = f"{earlier.text} {full}"
            continue
        title = words.note_title(key[0], key[1], attempt, len(laws_of[key[0]]) == 2)
        note = SummaryNote(key[0], key[1], title, named, full)
        same[(key[0], key[1], tuple(named))] = note
        out.append(note)
    return out


_PERIODS = "\x00the periods of each pair"
"""The text a limitation note is kept under while each pair's periods are gathered."""


@dataclass(slots=True)
class _PairPeriods:
    """The federal limitation note of a pair's acts under a law, as the summary gathers it: the
    acts' periods kept for the rule's one note (made in :func:`_notes`), and a note that holds
    their place with no words of its own (the periods are worked out once, not again for a
    note of the pair alone)."""

    federal_periods: dict[str, dict[str, dict[str, list[Period]]]]
    toward: str

    def __call__(self, law_id: str, acts: Sequence[ActVerdict[Any]]) -> Note | None:
        lines = federal_limitation_lines(law_id, acts)
        if not lines:
            return None
        citation = limitation.FEDERAL[law_id].citation
        self.federal_periods.setdefault(citation, {}).setdefault(self.toward, {})[law_id] = lines
        return Note(kind="limitation_period", citation=citation, text=_PERIODS)


_AGREEMENTS = "\x00the agreements of the assessment"
"""The text the conspiracy note is kept under: made once from every pair's acts."""


def _one_unnamed(by_pair: Mapping[str, _T]) -> dict[str, _T]:
    """Each pair's periods by the pair, or by ``""`` (unnamed) when there is one pair: a note
    of one pair reads as the pair's own."""
    live = {who: found for who, found in by_pair.items() if found}
    if len(live) == 1:
        return {"": next(iter(live.values()))}
    return live


# --- the whole summary ------------------------------------------------------------------------


def summary(
    pattern: FactPattern,
    laws: list[str],
    pairs: Sequence[PairActs],
    assessment_notes: Sequence[Note],
    assessed_on: Any,
    disclaimer: str,
) -> Summary:
    """The summary of an assessment."""
    out_pairs: list[PairSummary] = []
    needed: list[Question] = []
    agreed = _agreements(pairs)
    federal_agreed = _federal_agreements(pairs, pattern)
    said: set[object] = set()  # the conspiracies said in full under a pair (the first they concern)
    toward = also_victim.toward_each(pattern, pairs)  # a defendant also a victim (review O4)
    beliefs = _party_beliefs(agreed, pairs)  # per pair: a party's belief about another's act
    for pair in pairs:
        f = pair.finding
        # indicators about the victim's work put §§ 1589 and 1590 at issue (their questions)
        labor = labor_observed(pattern, f.victim)
        statuses: list[LawStatus] = []
        per_act: dict[str, dict[str, ActUnderLaw]] = {c: {} for c in f.conduct}
        contrasts: dict[str, str | None] = {}  # per federal law: why it differs from § 30-52-1
        for law, acts in pair.laws:
            if law.jurisdiction == "state":
                statuses.append(
                    LawStatus(
                        law.id,
                        law.citation,
                        f.status,
                        {c: s.status for c, s in f.subsections.items()},
                        _state_grading(f),
                        cautions=_cautions(pattern, f.defendant, acts, toward, f.status),
                        open_beside=_open_beside(acts, f.status, f.subsections),
                        _why=_why(law, acts, NOT_MET, None) if f.status == NOT_MET else None,
                    )
                )
                for v, c in zip(acts, f.counts, strict=True):
                    per_act[c.conduct][law.id] = _state_count(law, c, v)
            else:
                j = f.jurisdictions[law.id]
                # every text an act was judged under (an act judged under several: each)
                versions = list({id(t): t for v in acts for t in _texts_of(v)}.values())
                # (read by the line and by its why: worked out once)
                not_asked = unasked(law, acts, bool(labor)) if j.status == UNDETERMINED else None
                penalised = _Penalties()
                contrast = contrasts[law.id] = _contrast(pair, law, acts, not_asked)
                statuses.append(
                    LawStatus(
                        law.id,
                        law.citation,
                        j.status,
                        {p.citation: p.status for p in j.prongs.values()},
                        _not_at_issue(
                            law, _federal_grading(j, versions, acts, penalised), not_asked, acts
                        ),
                        not_asked=not_asked,
                        open_beside=(
                            _open_beside(acts, j.status, j.prongs) if not_asked is None else []
                        ),
                        _why=federal_notes.with_smtj_check(
                            contrast or _own_why(pair, law, acts, j.status, not_asked), law, acts
                        ),
                        _cited=_cited_in({p.citation: p.status for p in j.prongs.values()}, acts),
                    )
                )
                for v, lc in zip(acts, j.counts, strict=True):
                    per_act[lc.conduct][law.id] = _federal_count(
                        law, lc, v, at_issue=not_asked is None, penalised=penalised
                    )
        if any(law.jurisdiction != "state" for law, _ in pair.laws):
            # what separates the laws in the case at hand (federal reference § 4), not each
            # law's status again (an undetermined section's own why, given on its line with
            # the federal sections alone, is no separator)
            comparison = side_by_side.separators(f, pattern, pair.laws, contrasts, per_act)
        else:  # § 30-52-1 alone: why it is not met, if it is not
            comparison = [
                f"{words.law_short(law)}, {words.STATUS_WORDS[x.status]}: {x.why}."
                for (law, _), x in zip(pair.laws, statuses, strict=True)
                # (a met line's why: a sting's reason, a child defendant's age, evidence)
                if x.why and x.status == NOT_MET
            ]
        asked = place_notes.indian_questions(
            pattern, pair_questions(f, pair.laws, pattern.conduct, bool(labor))
        )
        if pattern.observations:  # a means question names the indicators on file (review F4)
            _evidence_in_questions(pattern, pair.laws, asked)
            _labor_in_questions(labor, f.victim, asked)
        _fixed_grades(asked, agreed)
        mine = beliefs.pop((f.defendant, f.victim), [])
        if mine:  # with the state's questions, before the federal sections'
            at = max((i + 1 for i, q in enumerate(asked) if q.law == mine[0].law), default=0)
            asked[at:at] = mine
        _cite_questions(asked, pair.laws)
        needed.extend(asked)
        needed.extend(_agreement_questions(f, pair.laws, pattern.conduct))
        counts = []
        first_acts = pair.laws[0][1] if pair.laws else []
        by_law = [{v.ctx.conduct.id: v.ctx for v in acts} for _, acts in pair.laws]
        for v in first_acts:
            ctx = v.ctx
            day = stated_day(ctx)
            span, age = header_window([each[ctx.conduct.id] for each in by_law])
            counts.append(
                CountSummary(
                    conduct=ctx.conduct.id,
                    act=ctx.conduct.act.value,
                    name=words.act_name(ctx.conduct.act.value, day, assumed=ctx.date_assumed),
                    date=ctx.day,
                    date_assumed=ctx.date_assumed,
                    possible_dates=span,
                    victim_age=age,
                    laws=per_act[ctx.conduct.id],
                    county=ctx.conduct.county.value if ctx.conduct.county is not None else None,
                )
            )
        related, related_offenses = _related(pair, agreed, federal_agreed, said)
        out_pairs.append(
            PairSummary(
                f.defendant, f.victim, statuses, counts, comparison, related, related_offenses
            )
        )
    out_pairs += _party_pairs(out_pairs, agreed, federal_agreed, said)
    state = next(
        (p.laws[0][0].id for p in pairs if p.laws and p.laws[0][0].jurisdiction == "state"), None
    )
    if state is not None:
        for q in _combination_questions(agreed, state):
            needed.append(q)  # then, for a pair with no act of its own, the belief
            needed.extend(beliefs.pop((q.defendant, q.victim), ()))
        needed.extend(q for qs in beliefs.values() for q in qs)
    return Summary(
        accessories=_accessories(pattern, pairs),
        federal_accessories=_federal_accessories(pattern, pairs),
        title=pattern.title,
        assessed_on=assessed_on,
        laws=laws,
        pairs=out_pairs,
        needed=needed,
        notes=_notes(pairs, assessment_notes, agreed, [(p.defendant, p.victim) for p in out_pairs]),
        disclaimer=disclaimer,
        births=_births(pairs, laws),
        texts=_texts(laws),
        _no_act=None if out_pairs else no_act_words(pattern),
    )


def _agreement_questions(
    f: Finding, laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]], assessed: Sequence[Any]
) -> list[Question]:
    """An agreement stated with persons for an act without saying whether it was to commit
    it (``related_notes.object_unstated``): whether it was, asked (§ 30-28-2 [S]); such an
    agreement had no line and no question."""
    if not laws or laws[0][0].jurisdiction != "state":
        return []
    law, acts = laws[0]
    return [
        Question(
            text=(
                f"Did {words.either(_parties(v), 'and')} agree to commit "
                f"{named_among(v.ctx, assessed)}? If "
                "they did, it may be a conspiracy, graded one step down from the act's grade."
            ),
            kind=FACT,
            law=law.id,
            citations=[inchoate.S_30_28_2.removeprefix("NMSA 1978, ")],
            element="agreement",
            defendant=f.defendant,
            victim=f.victim,
            conduct=v.ctx.conduct.id,
        )
        for v in object_unstated(acts)
    ]


def _fixed_grades(asked: Sequence[Question], agreed: Sequence[Conspiracy]) -> None:
    """A believed-age question says the conspiracy's grade turns on it too only where it may:
    not where each conspiracy the act is agreed to in has, as the actor's, one grade whatever is
    open (already the highest possible; review K 5)."""
    for q in asked:
        if q.element != "believed_age" or CONSPIRACY_TURNS not in q.text:
            continue
        mine = [
            c.of(q.defendant)
            for c in agreed
            if any(a.verdict.ctx.conduct.id == q.conduct for a in c.acts)
        ]
        if mine and all(c.fixed for c in mine):
            q.text = q.text.replace(CONSPIRACY_TURNS, "")


def _combination_questions(agreed: Sequence[Conspiracy], law: str) -> list[Question]:
    """A party to an agreement whose own knowing combination is stated for no act agreed to
    (he is only named by another: ``Conspiracy.others_only``): whether he combined, asked
    under each of his pairs, one question per act agreed to toward the pair's person
    (§ 30-28-2(A) [S]: "knowingly combining with another for the purpose of committing a
    felony"; the fact on an act states only its actor's combination)."""
    out = []
    for c in agreed:
        for party in c.parties:
            only = c.others_only(party)
            for victim in c.victims if only else ():
                acts = [a for a in c.acts if a.verdict.ctx.conduct.person == victim]
                if party == victim or not acts:
                    continue
                first, *rest = acts
                out.append(
                    Question(
                        text=(
                            f"Did {party} knowingly combine with {words.either(only, 'and')} for "
                            "the purpose of committing "
                            f"{words.either([agreed_act(a, party, victim) for a in acts], 'and')}?"
                        ),
                        kind=FACT,
                        law=law,
                        citations=[inchoate.S_30_28_2.removeprefix("NMSA 1978, ")],
                        element="combination",
                        defendant=party,
                        victim=victim,
                        conduct=first.verdict.ctx.conduct.id,
                        also=[a.verdict.ctx.conduct.id for a in rest],
                    )
                )
    return out


def _party_beliefs(
    agreed: Sequence[Conspiracy], pairs: Sequence[PairActs]
) -> dict[tuple[str, str], list[Question]]:
    """A party to an agreement whose conspiracy grade may turn on the age he believed the
    person of another party's act to be (an act whose person was not a minor and whose actor's
    belief is not recorded: ``Agreed.belief_open``; the grade only a believed age gives,
    ``Conspiracy.believed_split`` of his view): what age he believed, asked under his pair,
    one question per person, naming the acts. The actor's own belief is asked of the act
    (``needed``); each party's conspiracy is his own "knowingly combining" (§ 30-28-2(A) [S])
    and his line grades it by what he agreed to believing (review X4 of session 8), so the
    actor's belief does not answer it (a party assessed through another's act had no
    question). Per pair (party, person), in the order of the agreements."""
    out: dict[tuple[str, str], list[Question]] = {}
    if not agreed:
        return out
    law = next(p.laws[0][0].id for p in pairs if p.laws and p.laws[0][0].jurisdiction == "state")
    cited = inchoate.S_30_28_2.removeprefix("NMSA 1978, ")
    for c in agreed:
        for party in c.parties:
            _, _, believed = c.of(party).believed_split()
            theirs = [
                a
                for _, acts in believed
                for a in acts
                if a.verdict.ctx.conduct.actor != party and a.verdict.ctx.conduct.person != party
            ]
            by_person: dict[str, list[Any]] = {}
            for a in theirs:
                same = by_person.setdefault(a.verdict.ctx.conduct.person, [])
                if all(b is not a for b in same):
                    same.append(a)
            for victim, acts in by_person.items():
                first, *rest = acts
                named_ = words.either([agreed_act(a, party, victim, acts) for a in acts], "and")
                minor, _ = first.verdict.ctx.version.minor
                out.setdefault((party, victim), []).append(
                    Question(
                        text=(
                            f"What age did {party} believe {victim} to be in agreeing to "
                            f"{named_}? {party}'s conspiracy grade turns on it (a reading, as "
                            "for a sting; § 30-28-2(B))."
                        ),
                        kind=FACT,
                        law=law,
                        citations=[minor, cited],
                        element="believed_age",
                        defendant=party,
                        victim=victim,
                        conduct=first.verdict.ctx.conduct.id,
                        also=[a.verdict.ctx.conduct.id for a in rest],
                    )
                )
    return out


def _parties(v: ActVerdict[Any]) -> list[str]:
    """The act's actor, then the persons an agreement for it is stated with."""
    return [v.ctx.conduct.actor, *v.ctx.conduct.agreement.with_persons]


def _agreements(pairs: Sequence[PairActs]) -> list[Conspiracy]:
    """Every agreement stated for the state's acts of the assessment, once (one conspiracy per
    agreement, over every pair it concerns: ``related_notes.conspiracies``)."""
    return conspiracies(
        [
            v
            for pair in pairs
            if pair.laws and pair.laws[0][0].jurisdiction == "state"
            for v in pair.laws[0][1]
        ]
    )


def _federal_agreements(pairs: Sequence[PairActs], pattern: FactPattern) -> list[FederalConspiracy]:
    """Every agreement stated for the federal acts of the assessment, once (one conspiracy per
    agreement, over every pair it concerns: ``related_notes.federal_conspiracies``). A
    section of labor is named where an indicator about the person's work is on file, as the
    pair's questions are asked (``needed.unasked``)."""
    laws = [
        (law, acts) for pair in pairs for law, acts in pair.laws if law.jurisdiction == "federal"
    ]
    if not laws:
        return []
    persons = {p.finding.victim for p in pairs} if pattern.observations else set()
    labor = frozenset(w for w in persons if labor_observed(pattern, w))
    return federal_conspiracies(laws, labor)


def _concerns(c: Conspiracy) -> list[str]:
    """The pairs a conspiracy concerns: each party to the agreement with each person the acts
    agreed to are toward."""
    return [f"{p} and {w}" for p in c.parties for w in c.victims if p != w]


def _related(
    pair: PairActs,
    agreed: Sequence[Conspiracy],
    federal_agreed: Sequence[FederalConspiracy] = (),
    said: set[object] | None = None,
) -> tuple[list[str], list[RelatedOffense]]:
    """The related offenses the pair's notes work out, one sentence each, and the same in
    fields: the attempt a sting leaves, with the grade the attempt note gives
    (``reasoning.sting``) and its own limitation period; each conspiracy the pair's defendant
    is a party to with acts agreed to toward the pair's victim (whoever's acts they are),
    naming who agreed and the acts (the conspiracy note's grades,
    ``related_notes.conspiracies``); then each federal conspiracy (18 U.S.C. § 1594) the same
    way, named and not assessed (``related_notes.federal_conspiracies``). ``said``: the
    conspiracies already said in full under an earlier pair (by ``id``), each referred to here
    in one line; those said here are added."""
    said = set() if said is None else said
    lines: list[str] = []
    fields: list[RelatedOffense] = []
    me, victim = pair.finding.defendant, pair.finding.victim
    prior: set[tuple[str, str, str]] = set()  # the § 1594 lines said in full here (Z2-10)
    mine = [fc for fc in federal_agreed if me in fc.parties and victim in fc.victims]
    if not pair.laws or pair.laws[0][0].jurisdiction != "state":
        for k, fc in enumerate(mine):
            nth = nth_agreement(me, victim, k, len(mine))
            lines.append(_federal_said(fc, me, victim, said, prior=prior, nth=nth))
            fields.append(_federal_conspiracy_fields(fc, me, victim))
        return lines, fields
    for a in sting.attempts(pair.laws[0][1]):
        limit = attempt_limitation(a)
        lines.append(
            f"Related offense — attempt ({a.citation} [S]) at {named(a.verdict.ctx)}: "
            f"{_attempt_if(a)}if established, a {_attempt_grade(a.grade)}, graded from the "
            f"believed age ({a.believed}), a reading of the two texts"
            f"{'' if a.minor_stated else '; still open: ' + words.either(a.open_briefs, 'and')}"
            f" (see the attempt note){'; ' + limit if limit else ''}."
        )
        ctx = a.verdict.ctx
        fields.append(
            _related_fields(
                "attempt",
                a.citation,
                f"the attempt at {named(ctx)}",
                [ctx.conduct.id],
                a.established,
                related_ends([a.grade], stated_day(ctx)),
                ctx.today,
            )
        )
    ours = [c for c in agreed if me in c.parties and victim in c.victims]
    for k, c in enumerate(ours):
        line = _conspiracy_line if _full(c, me, said) else _conspiracy_reference
        lines.append(line(c, me, victim, nth=nth_agreement(me, victim, k, len(ours), STATE)))
        fields.append(_conspiracy_fields(c, me, victim))
    for k, fc in enumerate(mine):
        nth = nth_agreement(me, victim, k, len(mine))
        lines.append(_federal_said(fc, me, victim, said, prior=prior, nth=nth))
        fields.append(_federal_conspiracy_fields(fc, me, victim))
    return lines, fields


def _federal_said(
    fc: FederalConspiracy,
    me: str,
    victim: str,
    said: set[object],
    *,
    no_act: bool = False,
    prior: set[tuple[str, str, str]] | None = None,
    nth: str = "",
) -> str:
    """A § 1594 conspiracy's line under the pair of ``me`` and ``victim``: in full the first
    time (:func:`_federal_conspiracy_line`), then one line referring to it, as a § 30-28-2
    conspiracy said above is (``said``: by ``id``, the conspiracies already said in full).
    ``nth``: which of the pair's agreements it is, where there are several
    (``related_notes.nth_agreement``)."""
    if id(fc) not in said:
        said.add(id(fc))
        said.add(("§ 1594 ends", id(fc), tuple(fc.ends(me))))  # the period said in full
        return _federal_conspiracy_line(fc, me, victim, no_act=no_act, prior=prior, nth=nth)
    alone = f"; no act of {me}'s own toward {victim} is stated" if no_act else ""
    if only := fc.others_only(me):  # his standing, not hidden behind another's line (Z2-1)
        alone += f"; {_unstated(only, me)}"
    origin = fc.origin_words()
    # his own period, where it is not the one said in full above (X1; a party named only by
    # others, or one whose own act is later, may be the one it was said for)
    own = ("§ 1594 ends", id(fc), tuple(fc.ends(me)))
    period = f"; for {me}, {federal_conspiracy_limitation(fc, me)}" if own not in said else ""
    return (
        f"Related offense — conspiracy ({fc.citation} [S]): the § 1594 conspiracy of "
        f"{words.either(list(fc.parties), 'and')} above ({nth or 'one agreement'}{alone})"
        + (f"; {origin}" if origin else "")
        + period
        + "."
    )


def _related_fields(
    kind: RelatedKind,
    citation: str,
    name: str,
    acts: list[str],
    established: bool,
    ends: Sequence[tuple[str, date | None]],
    today: date | None,
    *,
    latest: bool = False,
) -> RelatedOffense:
    """A related offense in fields: its grades (those its periods are of, most serious first,
    ``related_notes.related_ends``) and the last day of each. ``passed``: null where a day it
    runs from is not stated; ``latest`` (a conspiracy: each last day the latest it can be, the
    agreement not dated), true only if even the latest has passed, else null (the earliest
    end is not known), never false."""
    days = [end for _, end in ends]
    known = [end for end in days if end is not None]
    passed: bool | None = None
    if days and today is not None and len(known) == len(days):
        passed = all(end < today for end in known)
        if latest and not passed:
            passed = None
    return RelatedOffense(
        kind=kind,
        citation=citation,
        name=name,
        acts=acts,
        grades=[g for g, _ in ends],
        established=established,
        deadline=min(known) if known else None,
        passed=passed,
        deadlines=dict(ends) if len(ends) > 1 else None,
    )


def _full(c: Conspiracy, me: str, said: set[object]) -> bool:
    """Whether ``c`` is said in full under ``me``'s pair: the first time it is said for a
    party whose standing is ``me``'s (his own combination stated or not, established or not);
    a reference to a line saying another party's standing would hide ``me``'s."""
    view = c.of(me)
    key = (
        id(c),
        bool(c.combined(me)),
        c.established_for(me),
        view.grades,
        view.raised,
        tuple(view.ends(me)),  # his own period (review X1 of session 8)
    )
    if key in said:
        return False
    said.add(key)
    return True


def _conspiracy_fields(c: Conspiracy, me: str, victim: str) -> RelatedOffense:
    """The conspiracy under the pair of ``me`` and ``victim``, in fields (as ``me``'s)."""
    c = c.of(me)
    acts = words.either([agreed_act(a, me, victim, c.acts) for a in c.acts], "and")
    return _related_fields(
        "conspiracy",
        c.citation,
        f"the conspiracy to commit {acts}",
        [a.verdict.ctx.conduct.id for a in c.acts],
        c.established_for(me),
        c.ends(me),
        c.verdict.ctx.today,
        latest=True,
    )


def _party_pairs(
    pairs: Sequence[PairSummary],
    agreed: Sequence[Conspiracy],
    federal_agreed: Sequence[FederalConspiracy] = (),
    said: set[object] | None = None,
) -> list[PairSummary]:
    """A party to an agreement with no act of his own toward a person the acts agreed to are
    toward: his pair with that person, with his conspiracy line alone (§ 30-28-2(A) [S]:
    conspiracy is the combining; it needs no act by him), then his § 1594 line (not
    assessed). ``said``: as for :func:`_related` (a conspiracy said in full above is referred
    to)."""
    said = set() if said is None else said
    have = {(p.defendant, p.victim) for p in pairs}
    extra: dict[tuple[str, str], tuple[list[str], list[RelatedOffense]]] = {}
    prior: dict[tuple[str, str], set[tuple[str, str, str]]] = {}  # per pair (Z2-10)
    state: dict[tuple[str, str], list[Conspiracy]] = {}  # his § 30-28-2 agreements
    for c in agreed:
        for party in c.parties:
            for victim in c.victims:
                state.setdefault((party, victim), []).append(c)
    for c in agreed:
        for party in c.parties:
            for victim in c.victims:
                if party != victim and (party, victim) not in have:
                    lines, fields = extra.setdefault((party, victim), ([], []))
                    line = _conspiracy_line if _full(c, party, said) else _conspiracy_reference
                    ours = state[(party, victim)]
                    nth = nth_agreement(party, victim, ours.index(c), len(ours), STATE)
                    lines.append(line(c, party, victim, no_act=True, nth=nth))
                    fields.append(_conspiracy_fields(c, party, victim))
    theirs: dict[tuple[str, str], list[FederalConspiracy]] = {}  # his agreements (Z4-7)
    for fc in federal_agreed:
        for party in fc.parties:
            for victim in fc.victims:
                theirs.setdefault((party, victim), []).append(fc)
    for fc in federal_agreed:
        for party in fc.parties:
            for victim in fc.victims:
                if party != victim and (party, victim) not in have:
                    lines, fields = extra.setdefault((party, victim), ([], []))
                    shown = prior.setdefault((party, victim), set())
                    his = theirs[(party, victim)]
                    nth = nth_agreement(party, victim, his.index(fc), len(his))
                    lines.append(
                        _federal_said(fc, party, victim, said, no_act=True, prior=shown, nth=nth)
                    )
                    fields.append(_federal_conspiracy_fields(fc, party, victim))
    return [
        PairSummary(d, v, [], [], [], lines, fields) for (d, v), (lines, fields) in extra.items()
    ]


STATE = "§ 30-28-2"
"""The conspiracy section, as ``related_notes.nth_agreement`` names a party's agreements."""


def _conspiracy_line(
    c: Conspiracy, me: str, victim: str, *, no_act: bool = False, nth: str = ""
) -> str:
    """A conspiracy under the pair of ``me`` and ``victim``: who agreed to which acts (stated),
    one conspiracy however many acts it covers, its grade ("if established" where the acts
    agreed to are open; from the believed age for a sting) and its limitation period: as
    ``me``'s (``Conspiracy.of``: graded from the acts his own combination is stated for).
    ``nth``: which of the pair's agreements it is, where there are several
    (``related_notes.nth_agreement``), as the § 1594 line says it."""
    c = c.of(me)
    own = any(
        a.verdict.ctx.conduct.actor == me and a.verdict.ctx.conduct.person == victim for a in c.acts
    )
    others = [p for p in c.parties if p != me]
    acts = words.either([agreed_act(a, me, victim, c.acts) for a in c.acts], "and")
    alone = f"no act of {me}'s own toward {victim} is stated, and conspiracy needs none"
    which = f"; {nth}" if nth else ""  # which of his agreements (as the § 1594 line)
    if acts.endswith(")"):  # an undated act ends in its own parenthesis: "(stated)" earlier
        verb, tail = "agreed (stated)", which + (f"; {alone}" if no_act else "")
    else:
        verb, tail = "agreed", f" (stated{which}; {alone})" if no_act else f" (stated{which})"
    only = c.others_only(me)
    silent = [p for p in others if not c.combined(p)]  # named only: own combination unstated
    each = ""
    if only:  # his own combination is stated for no act: only another's, with him
        agreed = f"{words.either(only, 'and')} {verb} with {me} to commit {acts}{tail}"
        unstated = f"; {_unstated(only, me)}"
    elif silent:  # only his side is stated (review Z2-2 of session 8): the note's words
        combined = verb.replace("agreed", "knowingly combined")
        agreed = f"{me} {combined} with {words.either(others, 'and')} to commit {acts}{tail}"
    elif each := _each_agreed(c, me, victim, tail):
        agreed = each  # each one's combination stated for its own acts (review Z4 6)
    elif own:
        agreed = f"{words.either([me, *others], 'and')} {verb} to commit {acts}{tail}"
    else:
        agreed = f"{me} {verb} with {words.either(others, 'and')} to commit {acts}{tail}"
    if not only:
        mine = c.combined(me)
        unstated = (
            f"; {me}'s own knowing combination is stated only for "
            + words.either([agreed_act(a, me, victim, c.acts) for a in mine], "and")
            if len(mine) < len(c.acts) and not each
            else ""
        ) + (f"; {_one_sided(me, silent)}" if silent else "")
    one = (
        "one conspiracy, graded by 'the highest crime conspired to be committed': "
        if len(c.acts) > 1
        else ""
    )
    if c.believed is not None:
        believed = f", graded from the age {c.verdict.ctx.conduct.actor} believed ({c.believed})"
    else:
        believed = "".join(
            f", {agreed_act(a, me, victim)} graded from the age "
            f"{a.verdict.ctx.conduct.actor} believed ({a.believed})"
            for a in c.acts
            if a.believed is not None
        )
    # a sting agreed to whose minor offense has elements open besides the age: named, as the
    # attempt line on the same act names them
    stings = [a for a in c.acts if a.still_open]
    still = "; ".join(
        ("" if len(c.acts) == 1 else f"for {agreed_act(a, me, victim)}, ")
        + words.either(a.still_open, "and")
        for a in stings
    )
    still = f"; still open: {still}" if still else ""
    said_believed = bool(c.believed_split()[2])  # the grades a believed age gives, named
    believed += "".join(
        f", the grade turning on the age {me} believed "
        f"{a.verdict.ctx.conduct.person} to be"
        + ("" if len(c.acts) == 1 else f" at {agreed_act(a, me, victim)}")
        + " (not stated)"
        for a in c.belief_unknown
        # a grade already the highest possible turns on no belief (review K 5); one a believed
        # age gives is said with what he must have agreed to (review X4 of session 8)
        if not c.fixed and not said_believed
    )
    toward = f"; {several_victims(c.victims)}" if len(c.victims) > 1 else ""
    limit = conspiracy_limitation(c, me)
    graded = f"{c.graded(me, victim)}{believed}"
    # the grading by 'the highest crime conspired to be committed' is a reading of § 30-28-2,
    # whatever the believed age's own reading says of one alternative (review Z4 6 of session 8
    # asked to say "a reading" once; the label of the whole grade is kept)
    reading = ", a reading of the text"
    return (
        f"Related offense — conspiracy ({c.citation} [S]): {agreed}: {one}"
        f"{'' if c.established_for(me) else 'if established, '}{graded}"
        f"{reading}{still}{unstated}{toward} (see the conspiracy note)"
        f"{'; ' + limit if limit else ''}."
    )


def _each_agreed(c: Conspiracy, me: str, victim: str, tail: str) -> str:
    """Where every party's own combination is stated, but not each for every act agreed to:
    each one's, for the acts it is stated for ("A agreed with B to commit the recruiting of
    1 March 2019, and B agreed with A to commit B's transporting of V on 15 August 2022 (each
    stated)"): "A and B agreed to commit both (stated)" said more than is stated (review Z4 6
    of session 8). ``""`` otherwise, or where an act's words end in their own parenthesis."""
    parties = [me, *(p for p in c.parties if p != me)]
    theirs = [(p, c.combined(p)) for p in parties]
    if any(not acts for _, acts in theirs) or all(len(a) == len(c.acts) for _, a in theirs):
        return ""
    parts = []
    for p, acts in theirs:
        named_acts = words.either([agreed_act(a, me, victim, c.acts) for a in acts], "and")
        if named_acts.endswith(")"):
            return ""
        with_ = words.either([q for q in parties if q != p], "and")
        parts.append(f"{p} agreed with {with_} to commit {named_acts}")
    if not tail.startswith(" (stated"):
        return ""
    return ", and ".join(parts) + tail.replace(" (stated", " (each stated", 1)


def _one_sided(me: str, silent: Sequence[str]) -> str:
    """Where ``me``'s own knowing combination is stated and that of the others named
    (``silent``) is not: the open point his grade rests on (review Z2-2 of session 8)."""
    return (
        f"{_not_to_it(silent)}: whether {me}'s combining alone meets 'knowingly "
        "combining with another' (§ 30-28-2(A) [S]) is not settled in the sources read "
        f"(read here as meeting it)"
    )


def _not_to_it(silent: Sequence[str]) -> str:
    """``D2's and A2's own combinations to it are not stated``: the others named, whose own
    combination to the acts agreed to is not stated (another agreement of theirs may be)."""
    theirs = words.either([f"{x}'s" for x in silent], "and")
    many = len(silent) > 1
    return (
        f"{theirs} own combination{'s' if many else ''} to it {'are' if many else 'is'} not stated"
    )


def _unstated(only: Sequence[str], me: str) -> str:
    """Why ``me``'s conspiracy is not established: ``D1's own knowing combination is not
    stated; only D2's, with D1`` (``only``: those whose combination with him is stated)."""
    theirs = words.either([f"{x}'s" for x in only], "and")
    return f"{me}'s own knowing combination is not stated; only {theirs}, with {me}"


def _conspiracy_reference(
    c: Conspiracy, me: str, victim: str, *, no_act: bool = False, nth: str = ""
) -> str:
    """A conspiracy said in full under an earlier pair (:func:`_conspiracy_line`), under
    another pair it concerns: one line referring to it (its paragraph as ``me``'s); ``nth``:
    :func:`_conspiracy_line`'s."""
    c = c.of(me)
    toward = f"{nth + '; ' if nth else ''}one conspiracy toward "
    toward += words.either(list(c.victims), "and")
    alone = (
        f"; no act of {me}'s own toward {victim} is stated, and conspiracy needs none"
        if no_act
        else ""
    )
    only = c.others_only(me)
    if not c.established_for(me):  # his standing, not hidden behind another's line
        alone += f"; for {me}, if established" + (f": {_unstated(only, me)}" if only else "")
    return (
        f"Related offense — conspiracy ({c.citation} [S]): the conspiracy of "
        f"{words.either(list(c.parties), 'and')} above ({toward}{alone})."
    )


def _federal_acts(
    fc: FederalConspiracy,
    me: str,
    victim: str,
    of: Sequence[ActVerdict[TextVersion]] | None = None,
) -> str:
    """The acts agreed to, by verb and date (another's, or toward another person, or one
    sharing its verb and day with another agreed to, with its actor and person), as the
    § 30-28-2 line names them (``related_notes.act_among``; review Z4 3 of session 8)."""
    agreed = [v.ctx for v in fc.acts]
    return words.either(
        [act_among(v.ctx, me, victim, agreed) for v in (fc.acts if of is None else of)],
        "and",
    )


def _each_federal(fc: FederalConspiracy, me: str, victim: str) -> str:
    """As :func:`_each_agreed`, for a § 1594 agreement: each party's own agreement for the acts
    it is stated for, where every one's is stated but not each for every act."""
    parties = [me, *(p for p in fc.parties if p != me)]
    theirs = [(p, fc.combined(p)) for p in parties]
    if any(not acts for _, acts in theirs) or all(len(a) == len(fc.acts) for _, a in theirs):
        return ""
    parts = []
    for p, acts in theirs:
        with_ = words.either([q for q in parties if q != p], "and")
        parts.append(f"{p} agreed with {with_} to commit {_federal_acts(fc, me, victim, acts)}")
    return ", and ".join(parts)


def _federal_conspiracy_line(
    fc: FederalConspiracy,
    me: str,
    victim: str,
    *,
    no_act: bool = False,
    prior: set[tuple[str, str, str]] | None = None,
    nth: str = "",
) -> str:
    """A § 1594 conspiracy under the pair of ``me`` and ``victim``: who agreed to which acts
    (stated) and the sections they meet or may meet, then "not assessed", the punishment as
    § 1594 states it and (c)'s open point, where the agreement may predate 23 December 2008
    that (b) and (c) may not apply (their origin UNVERIFIED), and its limitation period, as
    the § 30-28-2 line gives its own (``related_notes.federal_conspiracy_limitation``: the
    conservative period, each last day the latest safe one on the stated facts). No grade:
    the elements of conspiracy are not in the reference."""
    own = any((v.ctx.conduct.actor, v.ctx.conduct.person) == (me, victim) for v in fc.acts)
    others = [p for p in fc.parties if p != me]
    acts = _federal_acts(fc, me, victim)
    # whose agreement is stated, as the § 30-28-2 line words it (review Z2-1 of session 8)
    only = fc.others_only(me)
    silent = [p for p in others if not fc.combined(p)]
    unstated = ""
    each = ""
    if only:
        agreed = f"{words.either(only, 'and')} agreed with {me} to commit {acts}"
        unstated = f"; {_unstated(only, me)}"
    elif silent:
        agreed = f"{me} knowingly combined with {words.either(others, 'and')} to commit {acts}"
        unstated = f"; {_not_to_it(silent)}"
    elif each := _each_federal(fc, me, victim):
        agreed = each  # each one's agreement stated for its own acts (review Z4 6)
    elif own:
        agreed = f"{words.either([me, *others], 'and')} agreed to commit {acts}"
    else:
        agreed = f"{me} agreed with {words.either(others, 'and')} to commit {acts}"
    stated = "each stated" if each else "stated"
    stated += f"; {nth}" if nth else ""  # which of his agreements (review Z4-7 of session 8)
    stated += f"; no act of {me}'s own toward {victim} is stated" if no_act else ""
    stated += unstated
    origin = fc.origin_words()  # an agreement that may predate 2009, for every party (G1)
    head = f"Related offense — conspiracy ({fc.citation} [S]): {agreed} ({stated}), "
    body = f"{fc.sections_words()}: {s1594.CONSPIRACY_NOT_ASSESSED}; {fc.punishment_words()}; " + (
        f"{origin}; " if origin else ""
    )
    limit = federal_conspiracy_limitation(fc, me)
    # another § 1594 agreement said in full above under the same pair, whose words agree but
    # for the acts and the last days: those said, the rest once (review Z2-10 of session 8)
    shape = (fc.citation, _ENDS.sub("", body.split(": ", 1)[1]), _ENDS.sub("", limit))
    if prior is not None and shape in prior:
        days = "; ".join(_ENDS.findall(limit))
        return (
            f"{head}{fc.sections_words()}: as the § 1594 conspiracy above (not assessed; the "
            f"same punishment; the same limitation{', here ' + days if days else ''})."
        )
    if prior is not None:
        prior.add(shape)
    return f"{head}{body}{limit}."


_ENDS = re.compile(r"at the latest to \d{1,2} [A-Z][a-z]+ \d{4}(?: \(passed\))? under § [\w()]+")
"""A last day in a § 1594 conspiracy's limitation clause, with its rule."""


def _federal_conspiracy_fields(fc: FederalConspiracy, me: str, victim: str) -> RelatedOffense:
    """The § 1594 conspiracy under the pair of ``me`` and ``victim``, in fields: no grade; its
    limitation period as the line gives it (contract 2.5.0), as the § 30-28-2 conspiracy's
    fields give theirs: ``deadline`` the earliest latest last day (null: no act agreed to
    dated; ``deadlines``, by grade, stays empty: § 1594 gives no grade), and ``passed`` true
    only if even the latest has passed and no longer period may apply, else null (never
    false). (c)'s is always null: whether § 3299 (no period) reaches it is open; so is (b)'s
    where a victim was or may have been a child (§ 3283, open)."""
    ends = fc.ends(me)
    known = [end for _, end in ends if end is not None]
    today = fc.acts[0].ctx.today
    passed: bool | None = None
    longer = fc.child or any(p is s1594.CONSPIRACY_1591 for p in fc.paragraphs)
    if (
        not longer
        and known
        and len(known) == len(ends)
        and today is not None
        and all(end < today for end in known)
    ):
        passed = True
    return RelatedOffense(
        kind="conspiracy",
        citation=fc.citation,
        name=f"the conspiracy to commit {_federal_acts(fc, me, victim)}",
        acts=[v.ctx.conduct.id for v in fc.acts],
        grades=[],
        established=fc.established,
        deadline=min(known) if known else None,
        passed=passed,
    )


def _accessories(pattern: FactPattern, pairs: Sequence[PairActs]) -> list[AccessoryFinding]:
    """Per helper of each act, in the order of the acts: the accessory finding (§ 30-52-1
    assessed: its verdict, with the federal sections' on the same act; else none)."""
    if not any(c.accessories for c in pattern.conduct):
        return []
    state: dict[tuple[str, str], list[ActVerdict[Any]]] = {}
    helped: list[tuple[ActVerdict[Any], list[tuple[Law, ActVerdict[Any]]]]] = []
    for pair in pairs:
        if not pair.laws or pair.laws[0][0].jurisdiction != "state":
            continue
        acts = pair.laws[0][1]
        state[(pair.finding.defendant, pair.finding.victim)] = list(acts)
        for i, v in enumerate(acts):
            if v.ctx.conduct.accessories:
                helped.append((v, [(law, lv[i]) for law, lv in pair.laws[1:]]))
    victims = open_victims(state)
    others = [v for acts in state.values() for v in acts]
    toward = accessories.federal_victims((p.finding.victim, p.laws) for p in pairs)
    found = [
        accessories.judge(pattern, v, acc, victims, federal, others, toward)
        for v, federal in helped
        for acc in v.ctx.conduct.accessories
    ]
    for f in found:
        _evidence_of_victim(pattern, f.needed)
    order = {c.id: i for i, c in enumerate(pattern.conduct)}
    return accessories.asked_once(sorted(found, key=lambda f: order[f.conduct]))


def _federal_accessories(
    pattern: FactPattern, pairs: Sequence[PairActs]
) -> list[FederalAccessoryFinding]:
    """With § 30-52-1 not assessed (``law="federal"``): per helper of each act, in the order of
    the acts, the finding under 18 U.S.C. § 2(a) from the act's federal verdicts (with
    § 30-52-1 assessed they are each accessory finding's ``federal``)."""
    if not any(c.accessories for c in pattern.conduct):
        return []
    victims = accessories.federal_victims((p.finding.victim, p.laws) for p in pairs)
    found = [
        accessories.judge_federal(
            acc,
            [(law, lv[i]) for law, lv in pair.laws],
            victims,
            bool(labor_observed(pattern, v.ctx.conduct.person)),
        )
        for pair in pairs
        if pair.laws and pair.laws[0][0].jurisdiction != "state"
        for i, v in enumerate(pair.laws[0][1])
        for acc in v.ctx.conduct.accessories
    ]
    order = {c.id: i for i, c in enumerate(pattern.conduct)}
    return sorted(found, key=lambda f: order[f.conduct])


def _births(pairs: Sequence[PairActs], laws: Sequence[str]) -> list[Birth]:
    """Per victim, once, in the order of the pairs: the births the ages were computed from,
    with the birthdays the laws assessed turn on."""
    ages = birthdays_of(laws)
    out: dict[str, Birth] = {}
    for pair in pairs:
        victim = pair.finding.victim
        if victim in out or not pair.laws or not pair.laws[0][1]:
            continue
        ctx = pair.laws[0][1][0].ctx
        w = ctx.birth
        if w is not None:
            out[victim] = Birth(victim, w.earliest, w.latest, w.source, _birthdays(w, ages))
        elif ctx.age is not None:
            out[victim] = Birth(victim, None, None, f"{ctx.age.source}; the birth is not bounded")
        else:
            out[victim] = Birth(victim, None, None, f"person {victim}: no birth date or age stated")
    return list(out.values())


BIRTHDAYS_BY_LAW: dict[str, tuple[int, ...]] = {
    "nm_30_52_1": (13, 16, 18),
    "usc_1591": (14, 18),
    "usc_1589": (),
    "usc_1590": (),
}
"""The ages each law turns on: § 30-52-1(C)'s grades at 13 and 16 and (A)(2)'s person under
18; § 1591's minor prongs and (b)(2) at 18, (b)(1) at 14; §§ 1589 and 1590 at none."""

BIRTHDAYS = tuple(sorted({age for ages in BIRTHDAYS_BY_LAW.values() for age in ages}))
"""Every age any law turns on (13, 14, 16, 18)."""


def birthdays_of(laws: Sequence[str]) -> tuple[int, ...]:
    """The ages the laws assessed turn on, youngest first (a law not listed: none)."""
    return tuple(sorted({age for law in laws for age in BIRTHDAYS_BY_LAW.get(law, ())}))


def _birthdays(w: BirthWindow, ages: Sequence[int] = BIRTHDAYS) -> dict[str, DateSpan]:
    """Each birthday of ``ages``: from the first day the person can be that age (the
    earliest birth's birthday) to the first day they surely are (the latest birth's)
    (``ages.turns``, under the configured rule)."""
    out: dict[str, DateSpan] = {}
    for age in ages:
        first, sure = turns(w.earliest, w.latest, age, age_rule.LEAP_DAY_BIRTHDAY)
        out[str(age)] = DateSpan(first, sure)
    return out


_TEXTS: dict[tuple[str, ...], tuple[tuple[str, tuple[TextInForce, ...]], ...]] = caches.kept({})
""":func:`_texts` by the laws assessed: statute data alone, made once."""


def _texts(laws: Sequence[str]) -> dict[str, list[TextInForce]]:
    """Each text (or period) of each law assessed with the day it came into force (not the
    period before a section existed) and the days it is applied to a dated act on. Made once
    per set of laws; the lists are the caller's."""
    key = tuple(laws)
    found = _TEXTS.get(key)
    if found is None:
        found = _TEXTS[key] = tuple((law.id, _texts_of_law(law)) for law in map(words.law, laws))
    return {law_id: list(texts) for law_id, texts in found}


def _texts_of_law(law: Law) -> tuple[TextInForce, ...]:
    applied = _applied_from(law)
    out: list[TextInForce] = []
    for v in law.all_versions:
        if v.in_force_from <= date.min or _enactment_day(v):
            continue
        first = applied.get(id(v), v.in_force_from)
        out.append(
            TextInForce(
                words.text_name(law, v),
                v.in_force_from,
                applied_from=first if first != v.in_force_from else None,
            )
        )
    return tuple(out)


def _applied_from(law: Law) -> dict[int, date]:
    """By the identity of each text (or period) of ``law``: the first day the engine applies it
    to an act dated on it (``Law.version_for``: a period with no text first, then the text in
    force; not the period before the section existed), from the days texts and periods start
    and end (the 2008 texts: after the window)."""
    bounds = sorted(
        {v.in_force_from for v in law.all_versions if v.in_force_from > date.min}
        | {u for v in law.all_versions if (u := v.in_force_until) is not None}
    )
    firsts: dict[int, date] = {}
    for start in bounds:
        version, in_force = law.version_for(start)
        if _enactment_day(version):
            version = version.candidates[-1]  # the text enacted that day, with the one before
        if in_force is not False:
            firsts.setdefault(id(version), start)
    return firsts


def _enactment_day(version: TextVersion) -> TypeGuard[FederalVersion]:
    """A federal text's period of one day, the day the Act was enacted (both texts apply)."""
    return isinstance(version, FederalVersion) and version.enactment_day
