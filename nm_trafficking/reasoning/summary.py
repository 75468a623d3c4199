"""The summary of an assessment (``nm_trafficking.summary``), built from the statuses, grades
and penalties already decided and from the element statuses of each act — never from the
element explanations, which stay one step away and are built only when asked for.

What is still needed is read per act: for an act that may still meet a paragraph (or prong),
each element of each open paragraph that is undetermined, as a question naming the act by its
verb and date; for an act that meets one but whose grade (or penalty band) is still open, the
fact the grade turns on. An age left open only by the 29 February rule is a point of law, and
so is the text of a federal section for a period with none encoded: neither is missing
evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypedDict

from nm_trafficking import words
from nm_trafficking.facts.conduct import Act
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.place import County
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import accessories, federal_notes
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.reasoning.ages import BirthWindow, turns
from nm_trafficking.reasoning.explain import fill
from nm_trafficking.reasoning.findings import open_victims
from nm_trafficking.reasoning.naming import named, stated_day
from nm_trafficking.reasoning.penalties import band_table
from nm_trafficking.reasoning.related_notes import act_limitation
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Count, DateSpan, Finding, LawCount, LawFinding, Note, Status
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute import caches
from nm_trafficking.statute.model import (
    Element,
    Law,
    OffenceParagraph,
    PenaltyBand,
    TextVersion,
)
from nm_trafficking.summary import (
    AccessoryFinding,
    ActUnderLaw,
    Birth,
    CountSummary,
    Grading,
    LawStatus,
    PairSummary,
    Question,
    QuestionKind,
    Summary,
    SummaryNote,
    TextInForce,
)


class _Who(TypedDict):
    """Whom and what a question is about."""

    law: str
    defendant: str
    victim: str
    conduct: str


FACT: QuestionKind = "fact"
POINT_OF_LAW: QuestionKind = "point_of_law"

_PREPOSITION = {Act.BENEFITING.value: "from "}
"""How a verb takes its person in a question ("benefiting from V"); others take V directly."""


@dataclass(frozen=True, slots=True)
class PairActs:
    """What the summary reads of one defendant and victim: the finding, and each law's
    verdicts of the pair's acts (the state's first, when it was assessed)."""

    finding: Finding
    laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]
    notes: Callable[[], list[Note]]
    """The pair's § 30-52-1 notes (empty when § 30-52-1 was not assessed)."""


# --- words of one act -------------------------------------------------------------------------


class _Fields(dict[str, str]):
    """The words of one act a question may name (``{act}``, ``{when}``, ...; an element's
    question template takes them by name), each made when first asked for (but the actor, the
    person and the verb, read as they are): most acts under most laws ask nothing, and a
    question names two or three of them."""

    __slots__ = ("_ctx",)

    def __init__(self, ctx: ActContext[Any]) -> None:
        c = ctx.conduct
        self["actor"] = c.actor  # read as they are
        self["person"] = c.person
        self["verb"] = c.act.value
        self._ctx = ctx

    def __missing__(self, key: str) -> str:
        ctx = self._ctx
        c = ctx.conduct
        if key == "_on":
            day = stated_day(ctx)
            said = f" on {words.long_date(day)}" if day is not None else " (date not stated)"
        elif key == "on":
            said = self["_on"].strip()
        elif key == "when":
            verb = c.act.value
            said = f"when {verb} {_PREPOSITION.get(verb, '')}{c.person}{self['_on']}"
        elif key == "act":
            said = named(ctx)
        elif key == "age":
            said = ctx.age.text() if ctx.age is not None else "not known"
        elif key == "age_note":
            said = (
                f"The facts give the age as {ctx.age.text()}."
                if ctx.age is not None
                else "The facts do not give the age."
            )
        elif key == "in_force_from":
            said = words.long_date(ctx.version.in_force_from)
        else:
            raise KeyError(key)
        self[key] = said
        return said


def _verb_at(ctx: ActContext[Any], path: str) -> str | None:
    """The verb the fact at ``path`` names (the act's own, ``act``; the venture's, under
    § 1591(a)(2)), or None when not stated."""
    found: Any = ctx.conduct
    for part in path.split("."):
        found = getattr(found, part, None)
    verb = getattr(found, "value", found)
    return verb if isinstance(verb, str) else None


def _question_text(element: Element, ctx: ActContext[Any], fields: _Fields) -> str:
    if element.question_if_knowledge_only and _verb_at(ctx, element.knowledge_only_act) in (
        element.knowledge_only
    ):
        return element.question_if_knowledge_only.format_map(fields)
    if element.question:
        return element.question.format_map(fields)
    clause = words.act_clause(
        ctx.conduct.actor, ctx.conduct.act.value, ctx.conduct.person, stated_day(ctx)
    )
    return f"For {clause}, can it be established: {element.label}?"


# --- what is still needed ---------------------------------------------------------------------


def _questions(law: Law, acts: Sequence[ActVerdict[Any]], finding: Finding) -> list[Question]:
    """The questions of one pair under one law, in the order of the acts."""
    out: list[Question] = []
    for v in acts:
        if v.status == NOT_MET:  # nothing is asked of an act that meets nothing
            continue
        ctx = v.ctx
        version: TextVersion = ctx.version
        fields = _Fields(ctx)
        base: _Who = {
            "law": law.id,
            "defendant": finding.defendant,
            "victim": finding.victim,
            "conduct": ctx.conduct.id,
        }
        if v.status == UNDETERMINED and version is law.undated:
            # The act's date is not stated and the section's texts differ across its possible
            # dates: the date is what is missing (evidence), not a point of law.
            out.append(
                Question(
                    text=(
                        f"When did {fields['act']} take place? The text of "
                        f"{words.law_short(law)} that applies turns on the date."
                    ),
                    kind=FACT,
                    citations=[law.citation],
                    element=_DATE,
                    **base,
                )
            )
            continue
        if v.status == UNDETERMINED and not version.encoded:
            out.append(
                Question(
                    text=(
                        f"Which text of {law.citation} applies to {fields['act']}? "
                        f"{version.citation}."
                    ),
                    kind=POINT_OF_LAW,
                    citations=[law.citation],
                    element="text",
                    **base,
                )
            )
            continue
        if v.status == UNDETERMINED:
            found: dict[str, Question] = {}
            for p, paragraph in enumerate(version.offences):
                if v.paragraphs[p] != UNDETERMINED:
                    continue
                for e, element in enumerate(paragraph.elements):
                    if v.elements[p][e] != UNDETERMINED:
                        continue
                    known = found.get(element.key)
                    if known is not None:
                        if paragraph.citation not in known.citations:
                            known.citations.append(paragraph.citation)
                        continue
                    found[element.key] = _element_question(element, paragraph, ctx, fields, base)
            out.extend(found.values())
        elif v.status == MET:
            age = _age_question(law, ctx, fields, finding, base)
            if age is not None:
                out.append(age)
        if law.jurisdiction == "state" and v.status != NOT_MET:
            out.extend(_who_may_prosecute(ctx, fields, base))
    return out


def _who_may_prosecute(ctx: ActContext[Any], fields: _Fields, base: _Who) -> list[Question]:
    """Where the place stated leaves open whether (or by whom) § 30-52-1 may be enforced: an
    act outside New Mexico (a point of law the library's sources do not settle), an act in
    Indian country (whether the actor and the person are Indians decides between State,
    federal and Tribal jurisdiction: the Indian-country note)."""
    c = ctx.conduct
    out: list[Question] = []
    if c.county is County.OUTSIDE_NEW_MEXICO:
        out.append(
            Question(
                text=(
                    f"May New Mexico prosecute {fields['act']}, stated to have taken place "
                    "outside New Mexico? The library's sources do not settle it."
                ),
                kind=POINT_OF_LAW,
                citations=["30-52-1(B)"],
                element="place",
                **base,
            )
        )
    if c.in_indian_country is Truth.TRUE:
        out.append(
            Question(
                text=(
                    f"Are {c.actor} and {c.person} Indians? "
                    f"{words.capital(fields['act'])} is stated to have taken place in "
                    "Indian country, where that decides who may prosecute (see the "
                    "Indian-country note)."
                ),
                kind=FACT,
                citations=["30-52-1(B)"],
                element="indian_country",
                **base,
            )
        )
    return out


def _element_question(
    element: Element,
    paragraph: OffenceParagraph,
    ctx: ActContext[Any],
    fields: _Fields,
    base: _Who,
) -> Question:
    if element.tests_age and ctx.age is not None and ctx.age.leap_day_open:
        return Question(
            text=_leap_day_question(ctx, fields, base["law"]),
            kind=POINT_OF_LAW,
            citations=[paragraph.citation],
            element=element.key,
            **base,
        )
    return Question(
        text=_question_text(element, ctx, fields),
        kind=POINT_OF_LAW if element.point_of_law else FACT,
        citations=[paragraph.citation],
        element=element.key,
        **base,
    )


def _leap_day_question(ctx: ActContext[Any], fields: _Fields, law_id: str) -> str:
    sources = "no New Mexico source" if law_id == "nm_30_52_1" else "no source the library has"
    return (
        f"How old was {fields['person']}, born on 29 February, at {fields['act']}? "
        f"Read one way {fields['person']} was {ctx.age.lo if ctx.age else '?'}, read the other "
        f"{ctx.age.hi if ctx.age else '?'}: {sources} settles when a person born on "
        "29 February reaches an age in a year without one."
    )


def _age_question(
    law: Law,
    ctx: ActContext[Any],
    fields: _Fields,
    finding: Finding,
    base: _Who,
) -> Question | None:
    """For an act that meets the law but whose grade (or band) is open: the fact it turns on."""
    if law.jurisdiction == "state":
        c: Count | LawCount = finding.count(ctx.conduct.id)
        open_grade = c.grade.status == "undetermined"
        cite = [ctx.version.grading.citation] if hasattr(ctx.version, "grading") else []
    else:
        lc = finding.jurisdictions[law.id].count(ctx.conduct.id)
        open_grade = lc.penalty.status == "undetermined"
        cite = [b.citation for b in band_table(ctx.version).values()][:1]
    if not open_grade:
        return None
    if ctx.age is not None and ctx.age.leap_day_open:
        return Question(
            text=_leap_day_question(ctx, fields, base["law"]),
            kind=POINT_OF_LAW,
            citations=cite,
            element="victim_age",
            **base,
        )
    if law.jurisdiction == "state":
        text = (
            f"How old was {fields['person']} at {fields['act']}? The facts give "
            f"{fields['age']}; the grade turns on it."
        )
    else:
        text = (
            f"What fixes the penalty of {fields['act']} under {law.citation}? "
            f"{lc.penalty.reason[0].upper()}{lc.penalty.reason[1:]}."
        )
    return Question(text=text, kind=FACT, citations=cite, element="grade", **base)


def _once(questions: list[Question], acts: Sequence[ActVerdict[Any]]) -> list[Question]:
    """The same question of several acts of a pair under one law, asked once: the first act's
    words, then "Likewise for" the others by verb and date."""
    first: dict[tuple[str, str], int] = {}
    merged: list[Question] = []
    for q in questions:
        key = (q.element, q.kind)
        at = first.get(key)
        if at is None:
            first[key] = len(merged)
            merged.append(q)
            continue
        kept = merged[at]
        kept.also.append(q.conduct)
        for c in q.citations:
            if c not in kept.citations:
                kept.citations.append(c)
    if not any(q.also for q in merged):
        return merged
    names = {v.ctx.conduct.id: named(v.ctx) for v in acts}
    out: list[Question] = []
    for q in merged:
        if q.also:
            likewise = words.either([names[c] for c in q.also], "and")
            q = replace(q, text=f"{q.text} Likewise for {likewise}.")
        out.append(q)
    return out


_DATE = "date"
"""The element of the date question several federal sections ask of one undated act."""


def _dates_once(questions: list[Question]) -> list[Question]:
    """The date of an undated act, which every federal section whose text turns on it asks,
    asked once: the first section's question, naming every section (``law`` stays the first
    section's id; ``citations`` names each)."""
    first: dict[tuple[str, str, str, tuple[str, ...]], Question] = {}
    out: list[Question] = []
    for q in questions:
        if q.element != _DATE:
            out.append(q)
            continue
        key = (q.defendant, q.victim, q.conduct, tuple(q.also))
        kept = first.get(key)
        if kept is None:
            first[key] = q
            out.append(q)
        else:
            for c in q.citations:
                if c not in kept.citations:
                    kept.citations.append(c)
    for i, q in enumerate(out):
        if q.element == _DATE and len(q.citations) > 1:
            head = q.text.partition(" The text of ")[0]
            likewise = q.text.partition(" Likewise for ")[2]
            numbers = [c.rsplit("§", 1)[1].strip() for c in q.citations]
            sections = words.either(numbers, "and")
            text = f"{head} The texts of §§ {sections} that apply turn on the date."
            out[i] = replace(q, text=text + (f" Likewise for {likewise}" if likewise else ""))
    return out


# --- grades and penalties ---------------------------------------------------------------------


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


def _band_text(band: PenaltyBand, version: TextVersion, *, label: bool = True) -> str:
    """A band in a few words: ``§ 1591(b)(1): 15 years to life [R]``."""
    tag = f" {version.label.code}" if label and version.label is not None else ""
    term = (
        f"{band.minimum_years} years to {band.maximum}"
        if band.minimum_years
        else f"up to {band.maximum}"
    )
    if band.id.endswith("aggravated"):  # §§ 1589(d), 1590(a): death or a listed aggravation
        term += " if death results or a listed aggravation"
    return f"{words.paragraph_short(band.citation)}: {term}{tag}"


def _bands(versions: Sequence[TextVersion], band_ids: Sequence[str]) -> dict[str, str]:
    """The bands' words by id, most serious first (the label once, after the last). Under one
    text (the usual case) they are the text's alone, worked out once per text and set of bands
    (a copy is given: the caller's to keep)."""
    if len(versions) == 1:
        version = versions[0]
        key = "summary_bands:" + "\x1f".join(band_ids)
        return dict(version.derive(key, lambda: _bands_of(versions, band_ids)))
    return _bands_of(versions, band_ids)


def _bands_of(versions: Sequence[TextVersion], band_ids: Sequence[str]) -> dict[str, str]:
    table: dict[str, tuple[int, PenaltyBand, TextVersion]] = {}
    for version in versions:
        for band_id, band in band_table(version).items():
            table.setdefault(band_id, (band.severity, band, version))
    known = sorted((b for b in band_ids if b in table), key=lambda b: -table[b][0])
    return {
        b: _band_text(table[b][1], table[b][2], label=i == len(known) - 1)
        for i, b in enumerate(known)
    }


def _federal_grading(j: LawFinding, versions: Sequence[TextVersion]) -> Grading:
    p = j.penalty
    bands = _bands(versions, p.possible)
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
    elif p.band is not None:
        text = bands.get(p.band, p.band)
    elif p.floor is not None:
        more = [w for b, w in bands.items() if b != p.floor]
        text = f"at least {bands.get(p.floor, p.floor)}; {words.either(more)} possible"
    elif j.status == MET:  # met, but which band applies is open (e.g. the victim's age)
        text = "one of " + words.either(list(bands.values())) + _none_too(p.none_stated_possible)
        text += ", as the facts still to be established decide"
    else:
        text = "if established: " + words.either(list(bands.values()))
        text += _none_too(p.none_stated_possible)
    return Grading(p.band, p.floor, possible, text, none_stated_possible=p.none_stated_possible)


_NONE_ONLY = "§ 1591(b) states no punishment for the combination (UNVERIFIED)"
_NONE_TOO = (
    ", or no punishment stated by the text if the offense was not effected by force, threats of "
    "force, fraud or coercion (UNVERIFIED)"
)


def _none_too(possible: bool) -> str:
    """The other outcome beside the bands (decision 12), when the facts leave it possible."""
    return _NONE_TOO if possible else ""


def _state_count(law: Law, c: Count, v: ActVerdict[Any]) -> ActUnderLaw:
    possible = words.most_serious_first(c.grade.possible)
    if c.grade.status == "determined" and c.grade.grade is not None:
        text = words.grade_with_sentence(c.grade.grade)
    elif possible:
        text = "possible: " + words.either([words.grade_name(g) for g in possible])
    else:
        text = "none"
    name = (
        words.text_name(law, v.ctx.version) if c.statute_version else "no text in force at the act"
    )
    limitation, deadline, deadlines = _limitation(v, law)
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
    )


def _federal_count(law: Law, lc: LawCount, v: ActVerdict[Any]) -> ActUnderLaw:
    version = v.ctx.version
    pen = lc.penalty
    bands = _bands([version], pen.possible)
    if pen.status == "determined" and pen.band is not None:
        text = _bands([version], [pen.band]).get(pen.band, pen.band)
    elif pen.status == "none_stated":
        text = "the text states no punishment for this act (UNVERIFIED)"
    elif bands:
        text = "possible: " + words.either(list(bands.values()))
        text += _none_too(pen.none_stated_possible)
    elif pen.none_stated_possible:
        text = "possible: " + _NONE_ONLY
    else:
        text = "none"
    limitation, deadline, deadlines = _limitation(v, law)
    return ActUnderLaw(
        none_stated_possible=pen.none_stated_possible,
        text=words.text_name(law, version),
        text_version=lc.assessed_under,
        status=lc.status,
        statuses=dict(lc.statuses),
        grade=pen.band,
        possible=list(bands),
        words=text,
        limitation=limitation,
        deadline=deadline,
        deadlines=deadlines,
    )


def _limitation(
    v: ActVerdict[Any], law: Law
) -> tuple[str | None, date | None, dict[str, date | None] | None]:
    """The act's limitation period (a dated warning, dates in words), its deadline and its
    deadlines by grade, as :class:`ActUnderLaw` gives them (none when the act meets nothing or
    the law states no rule)."""
    found = act_limitation(v, law.id)
    if found is None:
        return None, None, None
    ends, text, by_grade = found
    return text, ends, by_grade or None


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


def _why(law: Law, acts: Sequence[ActVerdict[Any]], status: Status) -> str:
    """Why the law has ``status`` for the pair, in a clause: the paragraph the facts support
    most, and its failing or open elements."""
    for v in acts:
        if v.status != status:
            continue
        p = _best_paragraph(v, status)
        if p is None:
            continue
        paragraph: OffenceParagraph = v.ctx.version.offences[p]
        short = words.paragraph_short(paragraph.citation)
        if status == MET:
            return f"{short} is met by {named(v.ctx)}"
        if status == NOT_MET:
            for e, element in enumerate(paragraph.elements):
                if v.elements[p][e] == NOT_MET:
                    alts = v.alternatives(p, e)
                    reason = element.defeated[alts[0]].reason if alts else element.label
                    words_ = words.dates_in_words(fill(reason, v.ctx, paragraph))
                    if paragraph.citation in words_:
                        return words_
                    return f"{words_} ({_failing_alike(v, element.key, short)})"
        if v.ctx.version is law.undated:
            return f"the text that applies turns on the date of {named(v.ctx)}"
        if not v.ctx.version.encoded:
            return f"no text is encoded for the date of {named(v.ctx)}"
        open_ = [
            element.brief or element.label
            for e, element in enumerate(paragraph.elements)
            if v.elements[p][e] == UNDETERMINED
        ]
        return f"{short} also needs {words.either(_shared_lead(open_), 'and')}"
    return ""


def _failing_alike(v: ActVerdict[Any], key: str, short: str) -> str:
    """The paragraphs of the act that the same element (by key) defeats, as "(A)(1), (A)(2)
    and (A)(3)" — ``short`` (the paragraph whose reason is given) alone when it is the only one:
    a reason every paragraph fails on is not said of one."""
    offences = v.ctx.version.offences
    alike = [
        words.paragraph_short(paragraph.citation)
        for q, paragraph in enumerate(offences)
        for e, element in enumerate(paragraph.elements)
        if element.key == key and v.elements[q][e] == NOT_MET
    ]
    return words.either(alike, "and") if short in alike and len(alike) > 1 else short


_LEAD = "knowledge or reckless disregard of "


def _shared_lead(briefs: list[str]) -> list[str]:
    """Briefs that begin alike said once: "knowledge or reckless disregard of the person's age
    and of a commercial sex act"."""
    same = [b for b in briefs if b.startswith(_LEAD)]
    if len(same) < 2:
        return briefs
    merged = _LEAD + " and of ".join(b.removeprefix(_LEAD) for b in same)
    out = [b for b in briefs if not b.startswith(_LEAD)]
    out.insert(briefs.index(same[0]), merged)
    return out


def _contrast(pair: PairActs, law: Law, acts: Sequence[ActVerdict[Any]]) -> str | None:
    """Why ``law``'s status differs from the state statute's for the pair, or why it is not
    met where neither is, or the state statute was not assessed (each law fails for its own
    reason); None if the statuses agree otherwise."""
    if not pair.laws or (law is pair.laws[0][0] and law.jurisdiction == "state"):
        return None
    status = pair.finding.jurisdictions[law.id].status
    state = pair.finding.status if pair.laws[0][0].jurisdiction == "state" else None
    if status != NOT_MET and status == (state or status):
        return None
    if law.commercial_sex_only and _labor_not_sex(acts):
        said = "state none" if _sex_stated_false(acts) else "do not state"
        return (
            f"{words.law_short(law)} reaches only a commercial sex act; the facts state labor "
            f"or services and {said} commercial sexual activity"
        )
    return _why(law, acts, status) or None


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


# --- notes once -------------------------------------------------------------------------------


def _notes(pairs: Sequence[PairActs], assessment_notes: Sequence[Note]) -> list[SummaryNote]:
    seen: dict[tuple[str, str | None, str], list[str]] = {}
    for pair in pairs:
        who = f"{pair.finding.defendant} and {pair.finding.victim}"
        found = list(pair.notes())
        for law, acts in pair.laws:
            if law.jurisdiction == "federal":
                status = pair.finding.jurisdictions[law.id].status
                found.extend(federal_notes.finding_notes(law, acts, status))
        for n in found:
            concerns = seen.setdefault((n.kind, n.citation, n.text), [])
            if who not in concerns:
                concerns.append(who)
    for n in assessment_notes:
        seen.setdefault((n.kind, n.citation, n.text), [])
    every = len(pairs)  # a note of every pair concerns the whole assessment: no pairs named
    return [
        SummaryNote(
            kind,
            citation,
            words.note_title(kind, citation),
            concerns if len(concerns) != every else [],
            text,
        )
        for (kind, citation, text), concerns in seen.items()
    ]


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
    for pair in pairs:
        f = pair.finding
        statuses: list[LawStatus] = []
        per_act: dict[str, dict[str, ActUnderLaw]] = {c: {} for c in f.conduct}
        pair_needed: list[Question] = []
        comparison: list[str] = []
        for law, acts in pair.laws:
            if law.jurisdiction == "state":
                statuses.append(
                    LawStatus(
                        law.id,
                        law.citation,
                        f.status,
                        {c: s.status for c, s in f.subsections.items()},
                        _state_grading(f),
                        _why=_why(law, acts, NOT_MET) if f.status == NOT_MET else None,
                    )
                )
                for v, c in zip(acts, f.counts, strict=True):
                    per_act[c.conduct][law.id] = _state_count(law, c, v)
            else:
                j = f.jurisdictions[law.id]
                versions = list({id(v.ctx.version): v.ctx.version for v in acts}.values())
                statuses.append(
                    LawStatus(
                        law.id,
                        law.citation,
                        j.status,
                        {p.citation: p.status for p in j.prongs.values()},
                        _federal_grading(j, versions),
                        _why=_contrast(pair, law, acts),
                    )
                )
                for v, lc in zip(acts, j.counts, strict=True):
                    per_act[lc.conduct][law.id] = _federal_count(law, lc, v)
            why = statuses[-1].why
            if why:
                status = words.STATUS_WORDS[statuses[-1].status]
                comparison.append(f"{words.law_short(law)}, {status}: {why}.")
            pair_needed.extend(_once(_questions(law, acts, f), acts))
        needed.extend(_dates_once(pair_needed))
        counts = []
        first_acts = pair.laws[0][1] if pair.laws else []
        for v in first_acts:
            ctx = v.ctx
            day = stated_day(ctx)
            counts.append(
                CountSummary(
                    conduct=ctx.conduct.id,
                    act=ctx.conduct.act.value,
                    name=words.act_name(ctx.conduct.act.value, day, assumed=ctx.date_assumed),
                    date=ctx.day,
                    date_assumed=ctx.date_assumed,
                    possible_dates=_span(ctx),
                    victim_age=ctx.age.text() if ctx.age is not None else None,
                    laws=per_act[ctx.conduct.id],
                    county=ctx.conduct.county.value if ctx.conduct.county is not None else None,
                )
            )
        out_pairs.append(PairSummary(f.defendant, f.victim, statuses, counts, comparison))
    return Summary(
        accessories=_accessories(pattern, pairs),
        title=pattern.title,
        assessed_on=assessed_on,
        laws=laws,
        pairs=out_pairs,
        needed=needed,
        notes=_notes(pairs, assessment_notes),
        disclaimer=disclaimer,
        births=_births(pairs),
        texts=_texts(laws),
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
    found = [
        accessories.judge(pattern, v, acc, victims, federal)
        for v, federal in helped
        for acc in v.ctx.conduct.accessories
    ]
    order = {c.id: i for i, c in enumerate(pattern.conduct)}
    return sorted(found, key=lambda f: order[f.conduct])


def _births(pairs: Sequence[PairActs]) -> list[Birth]:
    """Per victim, once, in the order of the pairs: the births the ages were computed from."""
    out: dict[str, Birth] = {}
    for pair in pairs:
        victim = pair.finding.victim
        if victim in out or not pair.laws or not pair.laws[0][1]:
            continue
        ctx = pair.laws[0][1][0].ctx
        w = ctx.birth
        if w is not None:
            out[victim] = Birth(victim, w.earliest, w.latest, w.source, _birthdays(w))
        elif ctx.age is not None:
            out[victim] = Birth(victim, None, None, f"{ctx.age.source}; the birth is not bounded")
        else:
            out[victim] = Birth(victim, None, None, f"person {victim}: no birth date or age stated")
    return list(out.values())


BIRTHDAYS = (13, 14, 16, 18)
"""The ages the laws turn on: § 30-52-1(C)'s grades at 13 and 16, (A)(2) and § 1591 at 18,
§ 1591(b)(1) at 14."""


def _birthdays(w: BirthWindow) -> dict[str, DateSpan]:
    """Each birthday of :data:`BIRTHDAYS`: from the first day the person can be that age (the
    earliest birth's birthday) to the first day they surely are (the latest birth's)
    (``ages.turns``, under the configured rule)."""
    out: dict[str, DateSpan] = {}
    for age in BIRTHDAYS:
        first, sure = turns(w.earliest, w.latest, age, age_rule.LEAP_DAY_BIRTHDAY)
        out[str(age)] = DateSpan(first, sure)
    return out


_TEXTS: dict[tuple[str, ...], tuple[tuple[str, tuple[TextInForce, ...]], ...]] = caches.kept({})
""":func:`_texts` by the laws assessed: statute data alone, made once."""


def _texts(laws: Sequence[str]) -> dict[str, list[TextInForce]]:
    """Each text (or period) of each law assessed with the day it came into force (not the
    period before a section existed). Made once per set of laws; the lists are the caller's."""
    key = tuple(laws)
    found = _TEXTS.get(key)
    if found is None:
        found = _TEXTS[key] = tuple(
            (
                law.id,
                tuple(
                    TextInForce(words.text_name(law, v), v.in_force_from)
                    for v in law.all_versions
                    if v.in_force_from > date.min
                ),
            )
            for law in map(words.law, laws)
        )
    return {law_id: list(texts) for law_id, texts in found}


def _span(ctx: ActContext[Any]) -> DateSpan | None:
    if ctx.day is None and ctx.first_day is not None:
        return DateSpan(ctx.first_day, ctx.last_day)
    return None
