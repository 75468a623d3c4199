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

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypedDict

from nm_trafficking import words
from nm_trafficking.facts.conduct import Act
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.place import County
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import accessories, federal_notes, sting
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.reasoning.ages import BirthWindow, age_on, turns
from nm_trafficking.reasoning.explain import fill
from nm_trafficking.reasoning.findings import open_victims
from nm_trafficking.reasoning.jurisdictions import date_matters
from nm_trafficking.reasoning.naming import named, stated_day
from nm_trafficking.reasoning.penalties import band_table
from nm_trafficking.reasoning.related_notes import act_limitation, limitation_caution
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Count, DateSpan, Finding, LawCount, LawFinding, Note, Status
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute import caches
from nm_trafficking.statute.model import (
    ACT,
    BUYER,
    Element,
    Law,
    OffenceParagraph,
    PenaltyBand,
    Test,
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
            if day is not None and ctx.date_assumed:
                said += " (date assumed)"
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
        fields = _Fields(v.ctx)
        base: _Who = {
            "law": law.id,
            "defendant": finding.defendant,
            "victim": finding.victim,
            "conduct": v.ctx.conduct.id,
        }
        if v.status != NOT_MET:  # nothing is asked of an act that meets nothing
            out.extend(_act_questions(law, v, finding, fields, base))
        if law.jurisdiction == "state":
            out.extend(_benefit_as_its_own_act(v, fields, base))
    return out


def _act_questions(
    law: Law, v: ActVerdict[Any], finding: Finding, fields: _Fields, base: _Who
) -> list[Question]:
    """The questions of one act that meets or may meet the law."""
    out: list[Question] = []
    ctx = v.ctx
    version: TextVersion = ctx.version
    if v.status == UNDETERMINED and (version is law.undated or date_matters(v)):
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
        return out
    if v.status == UNDETERMINED and not version.encoded:
        out.append(
            Question(
                text=(
                    f"Which text of {law.citation} applies to {fields['act']}? {version.citation}."
                ),
                kind=POINT_OF_LAW,
                citations=[law.citation],
                element="text",
                **base,
            )
        )
        return out
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
                found[element.key] = _element_question(law, element, paragraph, v, p, fields, base)
        out.extend(found.values())
    elif v.status == MET:
        age = _age_question(law, ctx, fields, finding, base)
        if age is not None:
            out.append(age)
    if law.jurisdiction == "state":
        out.extend(_who_may_prosecute(ctx, fields, base))
    return out


def _benefit_as_its_own_act(v: ActVerdict[Any], fields: _Fields, base: _Who) -> list[Question]:
    """An act recorded by a verb that is not a paragraph's conduct, on which that paragraph's
    benefit is stated (e.g. a harboring "paid out of" the person's commercial sexual activity,
    for (A)(3), whose conduct is benefiting): each act is judged under the paragraphs of its own
    verb, so the benefit is asked as an act of its own, with its date. Nothing is asked where
    another element of the paragraph fails on the facts stated. The paragraph's verbs and the
    benefit's words come from the statute data; asked once per act."""
    verb = v.ctx.conduct.act.value
    for p, paragraph in enumerate(v.ctx.version.offences):
        verbs = paragraph.verbs
        if not verbs or verb in verbs:
            continue
        statuses = v.elements[p]
        conduct = benefit = source = None
        for e, element in enumerate(paragraph.elements):
            prefixes = {path.partition(".")[0] for path in element.paths}
            if ACT in prefixes:
                conduct = e
            elif prefixes == {"benefit"}:
                benefit = e
            elif prefixes == {"benefit_from"}:
                source = e
        if conduct is None or benefit is None or statuses[benefit] != MET:
            continue
        if any(s == NOT_MET for e, s in enumerate(statuses) if e != conduct):
            continue
        how = _stated_ways(v, p, benefit)
        came_from = ""
        if source is not None and statuses[source] == MET:
            came_from = f" from {fields['person']}'s {_stated_ways(v, p, source)}"
        short = words.paragraph_short(paragraph.citation)
        return [
            Question(
                text=(
                    f"When did {fields['actor']} benefit, {how},{came_from}? "
                    f"{words.capital(fields['act'])} states it, but {short}'s conduct is "
                    f"{words.either(list(verbs))}: record the benefit as its own act, with its "
                    f"date, for {short} to be assessed."
                ),
                kind=FACT,
                citations=[paragraph.citation],
                element=f"{paragraph.elements[benefit].key}_as_its_own_act",
                **base,
            )
        ]
    return []


def _stated_ways(v: ActVerdict[Any], p: int, e: int) -> str:
    """The ways of an "any of" element the facts met, in the words of its options ("financially
    or by receiving anything of value": "financially"; a fact path's last part otherwise)."""
    element = v.ctx.version.offences[p].elements[e]
    options = element.label.split(" or ")
    said: list[str] = []
    for a in v.alternatives(p, e):
        alt = element.established[a]
        if len(options) == len(element.established):
            said.append(options[a])
        else:
            said.extend(t.path.rpartition(".")[2].replace("_", " ") for t in alt.tests)
    return words.either(list(dict.fromkeys(said)), "and")


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
    law: Law,
    element: Element,
    paragraph: OffenceParagraph,
    v: ActVerdict[Any],
    p: int,
    fields: _Fields,
    base: _Who,
) -> Question:
    ctx = v.ctx
    if element.tests_age and ctx.age is not None and ctx.age.leap_day_open:
        return _leap_day(ctx, fields, base, [paragraph.citation], element.key)
    text = _question_text(element, ctx, fields)
    kind = POINT_OF_LAW if element.point_of_law else FACT
    if BUYER in element.paths:
        text, kind = _buyer_question(law, element, paragraph, ctx, fields) or (text, kind)
    else:
        text = _observed_question(element, paragraph, v, p, fields) or text
    return Question(
        text=text,
        kind=kind,
        citations=[paragraph.citation],
        element=element.key,
        **base,
    )


def _buyer_question(
    law: Law,
    element: Element,
    paragraph: OffenceParagraph,
    ctx: ActContext[Any],
    fields: _Fields,
) -> tuple[str, QuestionKind] | None:
    """A conduct element left open by the buyer point (whether the text reaches a buyer's own
    purchase, UNVERIFIED). Read from the actor's consumer role alone (``as_buyer`` not stated),
    and where it decides the element, the fact comes first: was the act the actor's own
    purchase? Otherwise it is the point of law (the state element's own question; a federal
    text's, said here)."""
    c = ctx.conduct
    verb = c.act.value
    version: TextVersion = ctx.version
    if (
        c.as_buyer is Truth.UNKNOWN
        and ctx.buyer is Truth.TRUE
        and _met_if_not_a_buyer(element, verb)
    ):
        if law.jurisdiction == "state":
            reach = f"the {version.in_force_from.year} verbs reach"
        else:
            reach = f"{words.text_name(law, version)} reaches (as one who 'obtains')"
        return (
            f"Was {fields['act']} {c.actor}'s own purchase of {c.person}'s commercial sexual "
            f"activity ({c.actor} is described as a {Role.CONSUMER.value})? If it was, whether "
            f"{reach} a buyer's own purchase is a point of law.",
            FACT,
        )
    if law.jurisdiction == "state" or element.question:
        return None
    own = ", a buyer's own purchase" if ctx.buyer is Truth.TRUE else ""
    verb_words = verb.replace("_", " ")
    unlisted = (
        f"{words.capital(verb_words)} is not one of its verbs, and w"
        if verb not in paragraph.verbs
        else "W"
    )
    until = _buyers_reached_from(law, version)
    before = f" under the texts before {words.long_date(until)}" if until is not None else ""
    return (
        f"Does {words.text_name(law, version)} reach {fields['act']} by {c.actor}{own}? "
        f"{unlisted}hether a buyer 'obtains'{before} is UNVERIFIED.",
        POINT_OF_LAW,
    )


def _met_if_not_a_buyer(element: Element, verb: str) -> bool:
    """Whether the element would be met for this verb were the act not the actor's own purchase
    (an established way that tests only the verb and the buyer fact holds): the verb is then
    one of the text's own, so whether the act was a purchase is a fact that decides it. A verb
    that records a purchase itself (patronizing) is not: its act is a buyer's by its verb."""
    facts: dict[str, str] = {ACT: verb, BUYER: "false"}
    return any(
        all(t.path in facts and _holds(t, facts[t.path]) for t in alt.tests)
        for alt in element.established
    )


def _holds(test: Test, value: str) -> bool:
    if test.op == "eq":
        return value == test.value
    if test.op == "in":
        return isinstance(test.value, tuple) and value in test.value
    if test.op == "not_in":
        return isinstance(test.value, tuple) and value not in test.value
    return False


def _buyers_reached_from(law: Law, version: TextVersion) -> date | None:
    """The day from which the law's text no longer leaves a buyer's purchase open (the first
    later text whose conduct elements do not test the buyer fact), or None."""
    for later in law.versions:
        if later.in_force_from <= version.in_force_from or not later.encoded:
            continue
        if not any(BUYER in e.paths for o in later.offences for e in o.elements):
            return later.in_force_from
    return None


def _observed_question(
    element: Element,
    paragraph: OffenceParagraph,
    v: ActVerdict[Any],
    p: int,
    fields: _Fields,
) -> str | None:
    """An element one of whose ways is stated true and fails only on the verb (§ 1591(c)'s
    reasonable opportunity to observe, for a buyer's act before 29 May 2015), while the
    paragraph's conduct is open on the buyer point: that way stands or falls with the point of
    law, so what evidence can still settle is the element's other ways."""
    conduct = v.ctx.conduct
    verb = conduct.act.value
    open_conduct = any(
        BUYER in e.paths and v.elements[p][i] == UNDETERMINED
        for i, e in enumerate(paragraph.elements)
    )
    if not open_conduct or not element.question:
        return None
    for alt in element.established:
        on_verb = [t for t in alt.tests if t.path == ACT]
        rest = [t for t in alt.tests if t.path != ACT]
        if (
            len(on_verb) == 1
            and not _holds(on_verb[0], verb)
            and rest
            and all(t.op == "eq" and _stated(conduct, t.path) == t.value for t in rest)
        ):
            asked = element.question.format_map(fields)
            head, sep, _ = asked.partition(", or have ")
            if not sep:
                return None
            ways = words.either([t.path.rpartition(".")[2].replace("_", " ") for t in rest])
            return (
                f"{head}? The facts state that {conduct.actor} had a {ways} "
                f"{fields['person']}, but it serves only if the text reaches {fields['act']}: "
                "the point of law asked of its conduct."
            )
    return None


def _stated(conduct: Any, path: str) -> str | None:
    """The stated value of a three-valued fact at ``path`` ("true", "false"), or None."""
    found: Any = conduct
    for part in path.split("."):
        found = getattr(found, part, None)
    if isinstance(found, Truth) and found is not Truth.UNKNOWN:
        return "true" if found is Truth.TRUE else "false"
    return None


def _leap_day(
    ctx: ActContext[Any], fields: _Fields, base: _Who, citations: list[str], element: str
) -> Question:
    """An age that turns on the open 29 February point. Born on 29 February (the birth date
    stated, or the only one the facts leave), how old the person was is a point of law; born
    on a day the facts leave open, the birth date is what is missing (evidence), and the point
    of law is named for the one 29 February among the possible births."""
    w = ctx.birth
    if w is None or w.earliest == w.latest:
        return Question(
            text=_leap_day_question(ctx, fields, base["law"]),
            kind=POINT_OF_LAW,
            citations=citations,
            element=element,
            **base,
        )
    person = fields["person"]
    leap_days = [
        date(y, 2, 29)
        for y in range(w.earliest.year, w.latest.year + 1)
        if calendar.isleap(y) and w.earliest <= date(y, 2, 29) <= w.latest
    ]
    otherwise = _age_without_leap_day(ctx, w)
    on = words.either([words.long_date(d) for d in leap_days])
    return Question(
        text=(
            f"When was {person} born? The facts give a birth between "
            f"{words.long_date(w.earliest)} and {words.long_date(w.latest)}: {person} was "
            f"{otherwise} at {fields['act']} if born on any day but {on}. If born on {on}, "
            f"how old {person} was is a point of law: {_leap_day_sources(base['law'])} settles "
            "when a person born on 29 February reaches an age in a year without one."
        ),
        kind=FACT,
        citations=citations,
        element=element,
        **base,
    )


def _age_without_leap_day(ctx: ActContext[Any], w: BirthWindow) -> str:
    """The age at the act, in words, for every possible birth but a 29 February (the youngest
    from the latest birth, the oldest from the earliest)."""
    latest, earliest = w.latest, w.earliest
    if (latest.month, latest.day) == (2, 29):
        latest -= timedelta(days=1)
    if (earliest.month, earliest.day) == (2, 29):
        earliest += timedelta(days=1)
    first, last = ctx.first_day, ctx.last_day
    rule = age_rule.LeapDayBirthday.MARCH_1  # no 29 February birth is left: any rule agrees
    lo = max(0, age_on(latest, first, rule)[0]) if first is not None else 0
    hi = max(0, age_on(earliest, last, rule)[1]) if last is not None else None
    if hi is None:
        return f"{lo} or older"
    return str(lo) if lo == hi else f"{lo} to {hi}"


def _leap_day_sources(law_id: str) -> str:
    return "no New Mexico source" if law_id == "nm_30_52_1" else "no source the library has"


def _leap_day_question(ctx: ActContext[Any], fields: _Fields, law_id: str) -> str:
    return (
        f"How old was {fields['person']}, born on 29 February, at {fields['act']}? "
        f"Read one way {fields['person']} was {ctx.age.lo if ctx.age else '?'}, read the other "
        f"{ctx.age.hi if ctx.age else '?'}: {_leap_day_sources(law_id)} settles when a person "
        "born on 29 February reaches an age in a year without one."
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
        if lc.penalty.status == "none_stated":
            # Read literally, the text fills in no band for what was found (UNVERIFIED): what
            # punishment applies is for a court, not evidence.
            bands = dict.fromkeys(b.citation for b in band_table(ctx.version).values())
            parents = list(dict.fromkeys(c.rpartition("(")[0] for c in bands))
            return Question(
                text=(
                    f"What punishment does {words.text_name(law, ctx.version)} provide for "
                    f"{fields['act']}? {words.capital(lc.penalty.reason)}."
                ),
                kind=POINT_OF_LAW,
                citations=parents if len(parents) == 1 else list(bands),
                element="penalty",
                **base,
            )
    if not open_grade:
        return None
    if ctx.age is not None and ctx.age.leap_day_open:
        return _leap_day(ctx, fields, base, cite, "victim_age")
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
        # an undated act judged under several texts: no one text (``reasoning.undated``)
        text=words.text_name(law, law.undated if v.under and law.undated else version),
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
            return _not_met_reasons(v, p)
        if v.ctx.version is law.undated or date_matters(v):
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


def _not_met_reasons(v: ActVerdict[Any], best: int) -> str:
    """Why the paragraphs (or prongs) of a not-met act fail, in one clause: the fewest reasons
    that cover them all — first the reason that defeats the most of them (so "not done
    knowingly" is said once of every paragraph it defeats, not each paragraph's first failing
    element), ties going to ``best`` (the paragraph the facts support most) and its element
    order. A reason is the same for several paragraphs when its words are (the same element
    and reason in the statute data, filled in for the paragraph each names); it is said once,
    naming them all."""
    offences = v.ctx.version.offences
    reasons: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (key, template) -> hits
    for q in [best, *(q for q in range(len(offences)) if q != best)]:
        row = v.elements[q]
        for e, status in enumerate(row):
            if status != NOT_MET:
                continue
            element = offences[q].elements[e]
            alts = v.alternatives(q, e)
            template = element.defeated[alts[0]].reason if alts else element.label
            reasons.setdefault((element.key, template), []).append((q, e))
    left = {q for hits in reasons.values() for q, _ in hits}
    # an undated act judged under several texts may fail a paragraph under each for a different
    # reason, with no one element failing under all (``reasoning.undated``)
    every = [q for q, status in enumerate(v.paragraphs) if status == NOT_MET and q not in left]
    said: list[str] = []
    while left:
        key = max(reasons, key=lambda k: len({q for q, _ in reasons[k]} & left))
        hits = [(q, e) for q, e in reasons.pop(key) if q in left]
        first = offences[hits[0][0]]
        text = words.dates_in_words(fill(key[1], v.ctx, first))
        qs = sorted({q for q, _ in hits})
        if first.citation in text:
            text = text.replace(
                first.citation, words.either([offences[q].citation for q in qs], "and")
            )
            said.append(text)
        else:
            shorts = [words.paragraph_short(offences[q].citation) for q in qs]
            # "not a verb of § 1590(a)": the reason already names its one prong
            named_ = len(shorts) == 1 and shorts[0].startswith("§") and shorts[0] in text
            said.append(text if named_ else f"{text} ({words.either(shorts, 'and')})")
        left -= set(qs)
    if every:
        shorts = [words.paragraph_short(offences[q].citation) for q in every]
        said.append(
            f"not met under any of the texts the act may fall under ({words.either(shorts, 'and')})"
        )
    return "; ".join(said)


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
        said = "rule out" if _sex_stated_false(acts) else "do not state"
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
    # How every limitation period is read (Stogner; a warning, not a finding) is said once,
    # after the first note of dated periods, not in each pair's and law's note.
    first = next((key for key in seen if key[0] == "limitation_period"), None)
    if first is not None:
        seen = {
            (k, c, f"{t} {limitation_caution()}" if (k, c, t) == first else t): who
            for (k, c, t), who in seen.items()
        }
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
        out_pairs.append(
            PairSummary(f.defendant, f.victim, statuses, counts, comparison, _related(pair))
        )
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


def _related(pair: PairActs) -> list[str]:
    """The related offenses the pair's notes work out, one sentence each: the attempt a sting
    leaves, with the grade the attempt note gives (``reasoning.sting``)."""
    if not pair.laws or pair.laws[0][0].jurisdiction != "state":
        return []
    return [
        f"Related offense — attempt ({a.citation} [S]) at {named(a.verdict.ctx)}: "
        f"{'' if a.established else 'if established, '}a {a.name}, graded from the believed "
        f"age ({a.believed}), a reading of the two texts"
        f"{'' if a.established else '; still open: ' + words.either(a.open_briefs, 'and')}"
        " (see the attempt note)."
        for a in sting.attempts(pair.laws[0][1])
    ]


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
