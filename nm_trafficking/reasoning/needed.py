"""What is still needed: the questions the first screen of the summary asks
(``Summary.needed``), built from the element statuses of each act.

What is still needed is read per act: for an act that may still meet a paragraph (or prong),
each element of each open paragraph that is undetermined, as a question naming the act by its
verb and date; for an act that meets one but whose grade (or penalty band) is still open, the
fact the grade turns on. An age left open only by the 29 February rule is a point of law, and
so is the text of a federal section for a period with none encoded: neither is missing
evidence.

The same question of several acts of a pair under one law is asked once ("Likewise for" the
others); the date of an undated act that several federal sections turn on is asked once for
them all, and an act's date or the person's age that several laws ask (§ 30-52-1's day in
force, a federal text's date; the grade, "under eighteen", "under 18") once for the pair —
the question's ``law`` is the first law's id, its ``citations`` name every paragraph it
settles. An act that a paragraph does not reach on its verb alone, whose fact of its own is
not stated (§ 1589(a): providing or obtaining the person's labor or services, for a recruiting
toward a worker), is asked that fact, its status unchanged.

:func:`pair_questions` is the one entry point (``reasoning.summary`` calls it per pair); the
workbench's next questions (``workbench.questions``) are another thing, read from the result.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any, TypedDict

from nm_trafficking import words
from nm_trafficking.facts.conduct import Act
from nm_trafficking.facts.federal_reading import labor_at_issue, sex_at_issue
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.place import County
from nm_trafficking.facts.truth import Truth
from nm_trafficking.pointed import Support, left_out
from nm_trafficking.reasoning import sting, undated
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.reasoning.ages import BirthWindow, age_on, turns
from nm_trafficking.reasoning.jurisdictions import date_matters, text_matters
from nm_trafficking.reasoning.naming import named, stated_day
from nm_trafficking.reasoning.penalties import (
    AGGRAVATION_WORDS,
    aggravation_words,
    band_table,
    band_verb,
    listed_in_b,
    may_be_buyers,
    sex_trafficking_band,
)
from nm_trafficking.reasoning.place_notes import INDIAN_WHY
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Count, Finding, LawCount
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute.model import (
    ACT,
    BUYER,
    AgeAndMeansPenalty,
    Element,
    FederalVersion,
    Law,
    MaximumPenalty,
    OffenceParagraph,
    PenaltyBand,
    Test,
    TextVersion,
)
from nm_trafficking.statute.related import inchoate
from nm_trafficking.statute.usc_18.s1589 import elements as s1589
from nm_trafficking.statute.usc_18.s1590 import v2008 as s1590
from nm_trafficking.statute.usc_18.s1591 import elements as s1591
from nm_trafficking.statute.v2008 import a2_minor
from nm_trafficking.summary import Question, QuestionKind

__all__ = ["FACT", "POINT_OF_LAW", "named_among", "open_beside", "pair_questions"]


def pair_questions(
    finding: Finding,
    laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]],
    assessed: Iterable[Any] = (),
    labor_observed: bool = False,
) -> list[Question]:
    """What is still needed of one defendant and victim: under each law in turn (the order of
    ``laws``), the questions of its acts, each asked once; then an undated act's date asked
    once for every section that turns on it, and an act's date or the person's age asked once
    for every law (:func:`_across_laws`).

    ``assessed`` is every act of the assessment (the pattern's conduct): an act whose verb and
    date another act of it shares, toward another person (or by another actor), is named with
    its person (and actor) in every question (:func:`_named`; review Z2-6 of session 8).
    ``labor_observed``: an indicator about the victim's work is on file
    (``evidence.labor_observed``), which puts the sections of labor or services at issue
    (:func:`unasked`)."""
    assessed = list(assessed)
    token = _ALIKE.set(_alike(assessed))
    others = _OTHER_PAIRS.set(
        any((c.actor, c.person) != (finding.defendant, finding.victim) for c in assessed)
    )
    try:
        asked: list[Question] = []
        beside: list[Question] = []
        for law, acts in laws:
            found = _questions(law, acts, finding, labor_observed)
            asked.extend(_status_first(_once(found, acts), law, acts))
            if unasked(law, acts, labor_observed) is None:
                beside.extend(_once(_beside_questions(law, acts, finding), acts))
        asked = _forced_labor_met(_means_then_purpose(asked), laws)
        asked.extend(_beside_once(beside, asked))
        out = _same_across_laws(_across_laws(_dates_once(asked), laws))
        out = [q for q in out if not q.beside_met] + [_beside_said(q) for q in out if q.beside_met]
    finally:
        _ALIKE.reset(token)
        _OTHER_PAIRS.reset(others)
    return out if any(law.jurisdiction == _STATE for law, _ in laws) else _federal_only(out)


_Alike = Mapping[tuple[str, date | None], frozenset[tuple[str, str]]]

_ALIKE: ContextVar[_Alike] = ContextVar("_ALIKE", default=MappingProxyType({}))
"""The assessment's acts by verb and stated date (None: undated), each key's actors and
persons, while :func:`pair_questions` asks (set there, read by :func:`_named`)."""


_OTHER_PAIRS: ContextVar[bool] = ContextVar("_OTHER_PAIRS", default=False)
"""Whether the assessment has acts of other pairs (or helpers) beside the pair asked about,
while :func:`pair_questions` asks: an element's question whose words name the person but not
the act is then asked "As to" its act (:func:`_naming_the_act`), as the memo lists the
questions with no pair heading and the text drops the heading when one pair asks
(review Z2-6 of session 8)."""


def _alike(assessed: Iterable[Any]) -> _Alike:
    """The verbs and dates that several acts of the assessment share, toward different persons
    or by different actors: each with those actors and persons."""
    found: dict[tuple[str, date | None], set[tuple[str, str]]] = {}
    for c in assessed:
        found.setdefault((c.act.value, c.date), set()).add((c.actor, c.person))
    return {key: frozenset(who) for key, who in found.items() if len(who) > 1}


def _named(ctx: ActContext[Any]) -> str:
    """An act as a question names it: by its verb and date (:func:`naming.named`), with its
    person where another act of the assessment has the same verb and date toward another
    person ("the obtaining of S2 on 4 July 2024"), and its actor too where another actor's act
    toward the same person has them ("T's obtaining of S2 on 4 July 2024"): a question must
    tell its act from every other, whether or not its pair's heading is shown (review Z2-6 of
    session 8)."""
    return _named_in(ctx, _ALIKE.get())


def named_among(ctx: ActContext[Any], assessed: Iterable[Any]) -> str:
    """An act as :func:`_named` names it, among ``assessed`` (every act of the assessment), for
    a question asked outside :func:`pair_questions` (the agreement question of
    ``reasoning.summary``)."""
    return _named_in(ctx, _alike(assessed))


def _named_in(ctx: ActContext[Any], alike: _Alike) -> str:
    c = ctx.conduct
    who = alike.get((c.act.value, c.date))
    if who is None:
        return named(ctx)
    day = stated_day(ctx)
    verb = c.act.value
    of = _PREPOSITION.get(verb, "of ")
    when = (
        f" on {words.long_date(day)}" + (" (date assumed)" if ctx.date_assumed else "")
        if day is not None
        else ""
    )
    undated = "undated " if day is None else ""
    if len({actor for actor, person in who if person == c.person}) > 1:
        return f"{c.actor}'s {undated}{verb} {of}{c.person}{when}"
    return f"the {undated}{verb} {of}{c.person}{when}"


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


# --- words of one act -------------------------------------------------------------------------


class _Fields(dict[str, str]):
    """The words of one act a question may name (``{act}``, ``{when}``, ...; an element's
    question template takes them by name), each made when first asked for (but the actor, the
    person and the verb, read as they are): most acts under most laws ask nothing, and a
    question names two or three of them."""

    __slots__ = ("_ctx", "several")

    def __init__(self, ctx: ActContext[Any], *, several: bool = False) -> None:
        c = ctx.conduct
        self["actor"] = c.actor  # read as they are
        self["person"] = c.person
        self["verb"] = c.act.value
        self._ctx = ctx
        self.several = several
        """Whether the pair has other acts under the law (a question must tell them apart)."""

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
            said = _named(ctx)
        elif key == "age":
            said = ctx.age.text() if ctx.age is not None else "not known"
        elif key == "age_note":
            said = (
                f"The facts give the age as {ctx.age.text()}."
                if ctx.age is not None and ctx.age.text() != "0 or older"
                else "The facts do not give the age at this act."
                if ctx.age is not None  # (a plain age stated at another act: review R4)
                else "The facts do not give the age."
            )
        elif key == "in_force_from":
            said = words.long_date(ctx.version.in_force_from)
        elif key == "venture_act":
            # § 1591(a)(2): the venture's (a)(1) act, which the commerce fact is read as
            venture = _verb_at(ctx, s1591.VENTURE_ACT)
            said = (
                f"the venture's {venture.replace('_', ' ')} of {c.person}"
                if venture is not None
                else f"the venture's (a)(1) act toward {c.person}"
            )
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
        return _naming_the_act(element.question_if_knowledge_only, fields)
    if element.question:
        return _naming_the_act(element.question, fields)
    clause = words.act_clause(
        ctx.conduct.actor, ctx.conduct.act.value, ctx.conduct.person, stated_day(ctx)
    )
    return f"For {clause}, can it be established: {element.label}?"


_NAMES_THE_ACT = ("{act}", "{when}", "{on}", "{_on}")
"""The words of an element's question that name the act (by verb and date)."""

_ASKING = ("Was ", "Were ", "Did ", "Does ", "Is ", "Are ", "Has ", "Had ")


def _naming_the_act(template: str, fields: _Fields) -> str:
    """An element's question, naming the act by verb and date where its words do not (the
    § 1589(a) means, § 1590's chapter 77, a venture's) and the pair has other acts under the
    law: "As to the obtaining of 1 January 2021, were ...?" — so that its acts, each a count of
    its own, are told apart (a pair's only act is named by its count line)."""
    text = template.format_map(fields)
    if (
        not fields.several
        or any(name in template for name in _NAMES_THE_ACT)
        or not text.startswith(_ASKING)
    ):
        return text
    return f"As to {fields['act']}, {text[0].lower()}{text[1:]}"


# --- what is still needed ---------------------------------------------------------------------


def _questions(
    law: Law, acts: Sequence[ActVerdict[Any]], finding: Finding, labor_observed: bool = False
) -> list[Question]:
    """The questions of one pair under one law, in the order of the acts. None of a section
    of labor or services (§§ 1589, 1590) where neither an act nor an observed indicator puts
    the person's labor or services at issue, nor of § 1591 where none puts a commercial sex act
    at issue (:func:`unasked`): the law's line says so, and its elements are one step away
    (``detail="elements"``)."""
    if unasked(law, acts, labor_observed) is not None:
        return []
    out: list[Question] = []
    stings = (
        {a.verdict.ctx.conduct.id: a for a in sting.attempts(acts)}
        if law.jurisdiction == "state"
        else {}
    )
    beliefs = (
        {v.ctx.conduct.id for v in sting.belief_open(acts)}
        if law.jurisdiction == "state"
        else set()
    )
    for v in acts:
        fields = _Fields(v.ctx, several=len(acts) > 1 or _OTHER_PAIRS.get())
        base: _Who = {
            "law": law.id,
            "defendant": finding.defendant,
            "victim": finding.victim,
            "conduct": v.ctx.conduct.id,
        }
        asked: list[Question] = []
        if v.status != NOT_MET:  # nothing is asked of an act that meets nothing
            asked.extend(_act_questions(law, v, finding, fields, base))
        attempt = stings.get(v.ctx.conduct.id)
        if attempt is not None:  # but what a sting's attempt rests on is
            _attempt_questions(law, attempt, fields, base, asked)
        if v.ctx.conduct.id in beliefs:
            asked.append(_belief_question(v, fields, base))
        out.extend(asked)
        if law.jurisdiction == "state":
            out.extend(_benefit_as_its_own_act(v, fields, base))
    return out


def unasked(law: Law, acts: Sequence[ActVerdict[Any]], labor_observed: bool = False) -> str | None:
    """Why no question of ``law`` is asked of a pair, in a clause, or None where they are: a
    section of labor or services (§§ 1589, 1590) where no fact of the pair's acts puts the
    person's labor or services at issue
    (:func:`~nm_trafficking.facts.federal_reading.labor_at_issue`) and no indicator about the
    person's work is on file (``labor_observed``: ``evidence.labor_observed``; evidence of the
    labor, which the questions name: a prosecutor told "no fact stated puts them at issue"
    beside unpaid wages would be misled), § 1591 where none puts a
    commercial sex act by the person at issue (:func:`~nm_trafficking.facts.federal_reading.
    sex_at_issue`). A screen about one kind of trafficking is not filled with the other's
    questions; the statuses are untouched (docs/federal.md, decision 19). "Puts at issue", not
    "concerns": a fact stated false (the act was not to subject the person to labor) concerns
    the labor but leaves it where it was."""
    if not acts:
        return None
    person = acts[0].ctx.conduct.person
    if (
        law.labor_or_services
        and not labor_observed
        and not any(labor_at_issue(v.ctx.conduct) for v in acts)
    ):
        return f"no fact stated puts {person}'s labor or services at issue, so none is asked"
    if law.commercial_sex_only and not any(sex_at_issue(v.ctx.conduct) for v in acts):
        return f"no fact stated puts at issue a commercial sex act by {person}, so none is asked"
    return None


CONSPIRACY_TURNS = " The conspiracy's grade turns on it too (§ 30-28-2(B))."
"""Said of a believed age an agreement's act turns on (the summary drops it where the
conspiracy's grade is already fixed: ``related_notes.Conspiracy.fixed``)."""
_ATTEMPT_RESTS = " The attempt (§ 30-28-1) turns on it too (see the attempt note)."
_ATTEMPT_IF_ADULT = (
    " If eighteen or older, the act may instead be an attempt (§ 30-28-1), graded from the "
    "believed age ({believed})."
)
"""Said after the age question of an act whose person the actor believed a minor, the age
still open (``sting.StingAttempt.age_open``): the attempt exists only on that branch."""
_ATTEMPT_IF_ADULT_HEAD = _ATTEMPT_IF_ADULT.split(" (", 1)[0]


def _attempt_cited(citation: str) -> bool:
    """``citation`` is § 30-28-1's: an attempt, which reaches the person only if 18 or older
    (never among what "reaches the person only if under eighteen")."""
    return inchoate.S_30_28_1.removeprefix("NMSA 1978, ") in citation


"""Said after the question of an element a sting's attempt rests on (asked for it alone)."""


def _attempt_questions(
    law: Law,
    attempt: sting.StingAttempt,
    fields: _Fields,
    base: _Who,
    asked: list[Question],
) -> None:
    """A sting's attempt (``reasoning.sting``) established only when every element of the minor
    offense but the age is: each element still open, as the element's own question citing the
    paragraph and § 30-28-1 — the minor offense itself is not met (the age), so the act's
    questions, which cover only its open paragraphs, do not ask it. A question the act already
    asks of the same element is not asked again: it cites the attempt too."""
    v = attempt.verdict
    paragraph = v.ctx.version.offences[attempt.paragraph]
    cited = [paragraph.citation, inchoate.S_30_28_1.removeprefix("NMSA 1978, ")]
    for e in attempt.open:
        element = paragraph.elements[e]
        known = next((q for q in asked if q.element == element.key), None)
        if known is None:
            q = _element_question(law, element, paragraph, v, attempt.paragraph, fields, base)
            if q is None:
                continue
            known = replace(q, text=q.text + _ATTEMPT_RESTS, citations=[])
            asked.append(known)
        for c in cited:
            if c not in known.citations:
                known.citations.append(c)
    if attempt.age_open:  # the age the act asks decides between the offense and the attempt
        key = v.ctx.version.minor[1]
        at = next((i for i, q in enumerate(asked) if q.element == key), None)
        if at is not None:
            q = asked[at]
            asked[at] = replace(
                q,
                text=q.text + _ATTEMPT_IF_ADULT.format(believed=attempt.believed),
                citations=[*q.citations, *(c for c in cited[1:] if c not in q.citations)],
            )


def _belief_question(v: ActVerdict[Any], fields: _Fields, base: _Who) -> Question:
    """What age the actor believed the person to be, where the person was not a minor, the
    minor offense fails only on the age and no belief is recorded (``sting.belief_open``): a
    belief in a minor leaves an attempt graded from the believed age (a reading of § 30-28-1
    with § 30-52-1(C), related law § 2.3), so it is what is missing."""
    minor, _ = v.ctx.version.minor
    attempt = inchoate.S_30_28_1
    agreed = (
        v.ctx.conduct.agreement.to_commit_this_act is Truth.TRUE
        and v.ctx.conduct.agreement.with_persons
    )
    return Question(
        text=(
            f"What age did {fields['actor']} believe {fields['person']} to be {fields['when']}? "
            f"If under eighteen, the act may be an attempt ({attempt}), graded from that age "
            "(a reading of the two texts)." + (CONSPIRACY_TURNS if agreed else "")
        ),
        kind=FACT,
        citations=[minor, attempt.removeprefix("NMSA 1978, ")],
        element="believed_age",
        **base,
    )


def _options(element: Element) -> list[tuple[str, str]] | None:
    """An element the statute words as a list of options, each one fact stated true
    (``statute.model.any_of``): each option's fact path and its words ("force"); else None."""
    out: list[tuple[str, str]] = []
    for alt in element.established:
        if len(alt.tests) != 1 or alt.tests[0].op != "eq" or alt.tests[0].value != "true":
            return None
        path = alt.tests[0].path
        out.append((path, path.rpartition(".")[2].replace("_", " ")))
    return out if len(out) > 1 else None


def _narrowed(text: str, paragraph: OffenceParagraph, element: Element, conduct: Any) -> str:
    """``text`` (the question of ``element`` at one act) naming, of each list of options of the
    paragraph's elements in it, only those the facts stated at that act leave: of the element's
    own, those not stated false ("that fraud would be used" where force and coercion are); of
    another's (the means the (A)(1) purpose question names, the source the (A)(3) knowledge
    question names), those stated true where one is, else those not stated false. Read at the
    act asked: another act of the pair, stated otherwise, reopens none (review F3 of session
    6), so acts left different options are asked apart, not "Likewise". Stated facts are read
    as the court form reads them (``render.instructions``: an alternative a fact stated false
    rules out is left out)."""
    for other in paragraph.elements:
        options = _options(other)
        if options is None:
            continue
        stated = _set_aside_by_a2([_stated(conduct, path) for path, _ in options], options, conduct)
        if other.key != element.key and "true" in stated:
            kept = [s == "true" for s in stated]
        else:
            kept = [s != "false" for s in stated]
        if all(kept) or not any(kept):
            continue
        for listed in _option_words(other, options):
            said = words.either(listed)
            if said in text:
                left = [word for word, k in zip(listed, kept, strict=True) if k]
                text = text.replace(said, words.either(left), 1)
                break
    return text


def _set_aside_by_a2(
    stated: list[str | None], options: list[tuple[str, str]], conduct: Any
) -> list[str | None]:
    """``stated`` (the options' stated values), with (A)(1)'s purpose of commercial sexual
    activity, not stated, set aside as if stated false where the facts state (A)(2)'s intent or
    knowledge that the person would be caused to engage in it false and another purpose is
    left: the question then offers no purpose the facts of the act deny (review A4 of session
    9; :func:`_stated_for_a2` says why). Nothing is inferred: the element's status is the
    facts', and with no other purpose left the question still asks of it."""
    paths = [path for path, _ in options]
    if _PURPOSE_CSA not in paths or _stated(conduct, _CAUSED_CSA) != "false":
        return stated
    at = paths.index(_PURPOSE_CSA)
    if stated[at] is not None or all(s == "false" for i, s in enumerate(stated) if i != at):
        return stated
    return [*stated[:at], "false", *stated[at + 1 :]]


def _option_words(element: Element, options: list[tuple[str, str]]) -> list[list[str]]:
    """The words a question may list an element's options in: the facts' ("force", "fraud",
    "coercion"), or the label's where it names them one by one ("financially", "by receiving
    anything of value")."""
    out = [[word for _, word in options]]
    label = element.label.split(" or ")
    if len(label) == len(options) and label != out[0]:
        out.append(label)
    return out


def _act_questions(
    law: Law, v: ActVerdict[Any], finding: Finding, fields: _Fields, base: _Who
) -> list[Question]:
    """The questions of one act that meets or may meet the law."""
    out: list[Question] = []
    ctx = v.ctx
    version: TextVersion = ctx.version
    if text_matters(v):
        # A dated act in a period whose text is UNVERIFIED, judged under each text: which one
        # applied is a point of law; what the texts agree on is asked as usual (below).
        assert ctx.window is not None
        differs = "answers" if undated.turns_on_date(v) else "punishments"
        out.append(
            Question(
                text=(
                    f"Which text of {law.citation} applies to {fields['act']}? "
                    f"{ctx.window.citation}; the texts give it different {differs}."
                ),
                kind=POINT_OF_LAW,
                citations=[law.citation],
                element="text",
                **base,
            )
        )
        if v.status == MET:
            # the facts still open that may decide it (an aggravation only one text lists):
            # once stated, the texts may agree
            aggravation = _aggravation_asked(law, ctx, fields, base)
            out.extend([aggravation] if aggravation is not None else [])
        if v.status != UNDETERMINED:
            return out
    date_asked = v.status == UNDETERMINED and (version is law.undated or date_matters(v))
    if date_asked:
        # The act's date is not stated and the section's texts differ across its possible
        # dates: the date is what is missing (evidence), not a point of law. The elements
        # still open under every text are asked beside it (below).
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
    elif v.status == UNDETERMINED and not version.encoded:
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
        found = _open_element_questions(
            law,
            v,
            [p for p, status in enumerate(v.paragraphs) if status == UNDETERMINED],
            fields,
            base,
            # (open because the texts differ: the question above; the date, asked above)
            lambda p, e, key: undated.differs(v, p, e) or (date_asked and key == _IN_FORCE),
        )
        if law.jurisdiction == "state" and _UNDER_EIGHTEEN in found:
            found[_UNDER_EIGHTEEN] = _state_age(found[_UNDER_EIGHTEEN], ctx, fields)
        out.extend(found.values())
        if law.jurisdiction == "state" and _UNDER_EIGHTEEN not in found and _grade_turns(ctx):
            # the grade of an act that may meet the law turns on the age whatever the open
            # elements turn out to be: asked as for an act that meets it (an undated act's
            # date, once with its day in force: _across_laws)
            out.append(_state_grade(ctx, fields, base))
    elif v.status == MET:
        out.extend(_age_question(law, ctx, fields, finding, base))
    if law.jurisdiction == "state":
        out.extend(_who_may_prosecute(ctx, fields, base))
    return out


def open_beside(v: ActVerdict[Any]) -> list[int]:
    """The paragraphs (or prongs) of an act that meets the law that are still open and that a
    fact of the act points to (``pointed.left_out``, the court form's rule: what sets
    the paragraph apart is supported, and, for (A)(2) and § 1591, a fact points to commercial
    sexual activity), by index (review A2 of session 9: (A)(2), which needs no force, fraud or
    coercion, left open beside a met (A)(1) for a person aged 17 to 18, was on neither the first
    screen nor in "Still needed"). None for an act not met, nor for one judged under texts that
    differ or with no encoded text."""
    ctx = v.ctx
    version: TextVersion = ctx.version
    if v.status != MET or not version.encoded or text_matters(v):
        return []
    out: list[int] = []
    for p, paragraph in enumerate(version.offences):
        if v.paragraphs[p] != UNDETERMINED:
            continue
        statuses = {e.key: v.elements[p][i] for i, e in enumerate(paragraph.elements)}
        support = Support(str(ctx.conduct.act.value), paragraph, statuses, ctx.conduct)
        if left_out(paragraph.short, support, ctx.age is not None) is None:
            out.append(p)
    return out


BESIDE = "Not needed for the status above: it bears only on whether the act also meets {}."
"""Said after a question asked only for a paragraph open beside a met one (``beside_met``)."""


def _beside_questions(
    law: Law, acts: Sequence[ActVerdict[Any]], finding: Finding
) -> list[Question]:
    """The questions of the paragraphs (or prongs) open beside a met one at each act, that a
    fact of the act points to (:func:`open_beside`): each open element's question, as for an
    act that may meet the law, marked (``beside_met``) and said not to be needed for the status
    (:func:`_beside_said`); asked after the pair's other questions. Not the act's date (its day
    in force is met)."""
    out: list[Question] = []
    for v in acts:
        at = open_beside(v)
        if not at:
            continue
        fields = _Fields(v.ctx, several=len(acts) > 1 or _OTHER_PAIRS.get())
        base: _Who = {
            "law": law.id,
            "defendant": finding.defendant,
            "victim": finding.victim,
            "conduct": v.ctx.conduct.id,
        }
        found = _open_element_questions(
            law, v, at, fields, base, lambda p, e, key: key == _IN_FORCE
        )
        out.extend(replace(q, beside_met=True) for q in found.values())
    return out


def _open_element_questions(
    law: Law,
    v: ActVerdict[Any],
    paragraphs: Sequence[int],
    fields: _Fields,
    base: _Who,
    skip: Callable[[int, int, str], bool],
) -> dict[str, Question]:
    """Each element left open at the act in ``paragraphs`` (indexes), asked once per element
    key in its own words and citing every paragraph that has it open, by key in the order met;
    ``skip(p, e, key)`` leaves out one the caller asks otherwise (the act's date)."""
    found: dict[str, Question] = {}
    for p in paragraphs:
        paragraph = v.ctx.version.offences[p]
        for e, element in enumerate(paragraph.elements):
            if v.elements[p][e] != UNDETERMINED or skip(p, e, element.key):
                continue
            known = found.get(element.key)
            if known is not None:
                if paragraph.citation not in known.citations:
                    known.citations.append(paragraph.citation)
                continue
            q = _element_question(law, element, paragraph, v, p, fields, base)
            if q is not None:
                found[element.key] = q
    return found


_GRADE_TURNS = " turns on it."
"""How the state grade's age question ends (:func:`_state_grade`)."""


def _folded_into_grade(q: Question, asked: list[Question]) -> bool:
    """(A)(2)'s age, open beside a met paragraph, where the state grade's question asks the
    age of the same act: said in that question ("…; (A)(2), which the act may also meet,
    reaches O only if O was under eighteen."), which cites (A)(2) too — one question of the age,
    needed for the grade (its limitation words kept)."""
    if q.element != _UNDER_EIGHTEEN or q.kind != FACT:
        return False
    for i, a in enumerate(asked):
        if (a.conduct, a.law, a.element, a.kind) != (q.conduct, q.law, "grade", FACT):
            continue
        if not a.text.endswith(_GRADE_TURNS) or not a.text.startswith("How old was "):
            continue
        person = a.text.removeprefix("How old was ").partition(" at ")[0]
        shorts = words.either([_prong_short(c) for c in q.citations])
        text = (
            f"{a.text.removesuffix('.')}; {shorts}, which the act may also meet, reaches {person} "
            f"only if {person} was under eighteen."
        )
        asked[i] = replace(a, text=text, citations=[*a.citations, *q.citations])
        return True
    return False


def _beside_said(q: Question) -> Question:
    """A question asked only for a paragraph open beside a met one, saying so (:data:`BESIDE`)."""
    shorts = words.either(list(dict.fromkeys(_prong_short(c) for c in q.citations)))
    return replace(q, text=f"{q.text} {BESIDE.format(shorts)}")


def _beside_once(beside: list[Question], asked: list[Question]) -> list[Question]:
    """The questions asked only for a paragraph open beside a met one, but those the pair
    already asks in the same words of the same act, law and element (that question cites the
    paragraph too). The date or the age another law asks of the act is asked once with it
    (:func:`_across_laws`), as needed for that law's status."""
    out: list[Question] = []
    for q in beside:
        if _folded_into_grade(q, asked):
            continue
        same = next(
            (
                a
                for a in asked
                if (a.conduct, a.element, a.law, a.text) == (q.conduct, q.element, q.law, q.text)
            ),
            None,
        )
        if same is None:
            out.append(q)
            continue
        same.citations.extend(c for c in q.citations if c not in same.citations)
    return out


def _benefit_as_its_own_act(v: ActVerdict[Any], fields: _Fields, base: _Who) -> list[Question]:
    """An act recorded by a verb that is not a paragraph's conduct, on which that paragraph's
    benefit is stated (e.g. a harboring "paid out of" the person's commercial sexual activity,
    for (A)(3), whose conduct is benefiting): each act is judged under the paragraphs of its own
    verb, so the benefit is asked as an act of its own, with its date. Nothing is asked where
    another element of the paragraph fails on the facts stated. The paragraph's verbs and the
    benefit's words come from the statute data; asked once per act."""
    verb = v.ctx.conduct.act.value
    version: TextVersion = v.ctx.version
    for p, conduct, benefit, source in _benefit_elements(version):
        paragraph = version.offences[p]
        verbs = paragraph.verbs
        if verb in verbs:
            continue
        statuses = v.elements[p]
        if statuses[benefit] != MET:
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


def _benefit_elements(version: TextVersion) -> tuple[tuple[int, int, int, int | None], ...]:
    """Of each paragraph with verbs of its own, a conduct element and a benefit: (the
    paragraph, its conduct element, its benefit element, the element of what the benefit came
    from or None), by the facts each element tests. Statute data alone: once per text."""

    def make() -> tuple[tuple[int, int, int, int | None], ...]:
        out: list[tuple[int, int, int, int | None]] = []
        for p, paragraph in enumerate(version.offences):
            if not paragraph.verbs:
                continue
            conduct = benefit = source = None
            for e, element in enumerate(paragraph.elements):
                prefixes = {path.partition(".")[0] for path in element.paths}
                if ACT in prefixes:
                    conduct = e
                elif prefixes == {"benefit"}:
                    benefit = e
                elif prefixes == {"benefit_from"}:
                    source = e
            if conduct is not None and benefit is not None:
                out.append((p, conduct, benefit, source))
        return tuple(out)

    return version.derive("needed_benefit_elements", make)


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
                # the State's reach over an act outside it: not (B), which names who of the
                # State's officers may prosecute (review H9 of session 6)
                citations=["30-52-1"],
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
                    f"Indian country{INDIAN_WHY}"
                ),
                kind=FACT,
                citations=["30-52-1"],  # whether the State may prosecute: not (B) (review T5)
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
) -> Question | None:
    """The question of an open element (``None``: nothing evidence can settle is left of it,
    the point of law asked of the act's conduct decides it)."""
    ctx = v.ctx
    if element.tests_age and ctx.age is not None and ctx.age.leap_day_open:
        return _leap_day(ctx, fields, base, [paragraph.citation], element.key)
    text = _question_text(element, ctx, fields)
    if law.jurisdiction == "state":
        text = _narrowed(text, paragraph, element, ctx.conduct)
    kind = POINT_OF_LAW if element.point_of_law else FACT
    ways = _federal_ways(element, v) if law.jurisdiction != "state" else None
    if ways is not None and ways.nothing_left:
        return None  # every way is stated false but one the point of law asked decides
    chapter_77 = _chapter_77_question(element, paragraph, ctx, fields)
    if chapter_77 is not None:
        text, kind = chapter_77
    elif BUYER in element.paths and element.key == _CONDUCT:
        text, kind = _buyer_question(law, element, paragraph, ctx, fields) or (text, kind)
    else:
        text = _observed_question(element, paragraph, v, p, fields) or text
    if ways is not None:
        text = _federal_narrowed(text, ways, fields)
    text += _stated_for_the_state(element, ctx, fields)
    if law.jurisdiction == "state":
        text += _stated_for_a2(element, ctx, fields, text)
    return Question(
        text=text,
        kind=kind,
        citations=[paragraph.citation],
        element=element.key,
        **base,
    )


@dataclass(frozen=True, slots=True)
class _Ways:
    """The ways of a § 1591 element the facts leave open (those stated false, or that cannot
    serve for the act, are not asked; review B, item 2)."""

    key: str
    know: bool = False
    reckless: bool = False
    observe: bool = False
    """§ 1591(c): a reasonable opportunity to observe the person."""
    means: tuple[str, ...] = ()
    """Of force, threats of force, fraud or coercion, those a mental state left may still reach."""
    commerce: bool = False
    maritime: bool = False
    which_act: bool = False
    """Reckless disregard is stated, and serves unless the venture's act, not stated, was
    advertising (decision 9): which act it was is what is open."""
    nothing_left: bool = False
    """Every way is stated false but one that stands or falls with the point of law asked of
    the act's conduct (§ 1591(c) for a buyer's act before 29 May 2015)."""


_MENTAL_STATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "age_mental_state": ((s1591.AGE_KNEW,), (s1591.AGE_RECKLESS,)),
    "commercial_sex_act": ((s1591.CSA_KNEW,), (s1591.CSA_RECKLESS,)),
    "means_will_be_used": (
        tuple(f"{s1591.KNEW}.{m}" for m in s1591.MEANS),
        tuple(f"{s1591.RECKLESS}.{m}" for m in s1591.MEANS),
    ),
}
"""The § 1591 elements of knowledge or reckless disregard: the facts of each (knew; reckless)."""

_MEANS_WORD = {
    "force": "force",
    "threats_of_force": "threats of force",
    "fraud": "fraud",
    "coercion_threats_of_serious_harm_or_restraint": "coercion",
    "coercion_scheme_plan_or_pattern": "coercion",
    "coercion_abuse_of_legal_process": "coercion",
}
_MEANS_LIST = "force, threats of force, fraud or coercion"
_KNOW_OR_DISREGARD = "know, or recklessly disregard,"


def _federal_ways(element: Element, v: ActVerdict[Any]) -> _Ways | None:
    """The ways of a § 1591 element (its jurisdiction, or a knowledge or reckless disregard)
    the facts leave open at ``v``, where some are stated false or one stated true leaves only
    the venture's act open; ``None`` where the element's question is asked as it is."""
    if not isinstance(v.ctx.version, FederalVersion):
        return None
    c = v.ctx.conduct
    if element.key == "jurisdiction" and s1591.COMMERCE in element.paths:
        commerce, maritime = _stated(c, s1591.COMMERCE), _stated(c, s1591.SMTJ)
        if "true" in (commerce, maritime) or (commerce is None and maritime is None):
            return None
        return _Ways(element.key, commerce=commerce is None, maritime=maritime is None)
    if element.key == "labor_means":
        return _labor_means_left(element, v)
    facts = _MENTAL_STATES.get(element.key)
    if facts is None or not set(facts[0]) <= set(element.paths):
        return None
    knew = [_stated(c, path) for path in facts[0]]
    reckless = [_stated(c, path) for path in facts[1]]
    if "true" in knew:
        return None  # open for another reason (facts that contradict each other): as it is
    verb = _verb_at(v.ctx, element.knowledge_only_act) if element.knowledge_only else None
    carved = verb in element.knowledge_only
    if "true" in reckless:
        if element.knowledge_only and verb is None:  # decision 9: which act the venture did
            return _Ways(element.key, know=None in knew, which_act=True)
        return None
    observe_fact = (
        _stated(c, s1591.OBSERVE) if s1591.OBSERVE in element.paths and not carved else "false"
    )
    know = None in knew
    disregard = not carved and None in reckless
    observe = observe_fact is None
    means: tuple[str, ...] = ()
    if element.key == "means_will_be_used":
        means = tuple(
            dict.fromkeys(
                _MEANS_WORD[m]
                for m, k, r in zip(s1591.MEANS, knew, reckless, strict=True)
                if (know and k is None) or (disregard and r is None)
            )
        )
    if not (know or disregard or observe):
        return _Ways(element.key, nothing_left=True) if observe_fact == "true" else None
    every = (
        (know and (disregard or carved))
        and (observe or s1591.OBSERVE not in element.paths or carved)
        and (not means or len(means) == len(set(_MEANS_WORD.values())))
    )
    if every:
        return None
    return _Ways(element.key, know, disregard, observe, means)


_LABOR_MEANS_GROUPS = (
    ("force", "threats_of_force", "physical_restraint", "threats_of_physical_restraint"),
    ("serious_harm", "threats_of_serious_harm"),
    ("abuse_or_threatened_abuse_of_law_or_legal_process",),
    ("scheme_plan_or_pattern",),
)
"""§ 1589(a)(1)-(4) (2008 text): the means of each paragraph (the first two "to that person or
another person")."""


def _labor_means_left(element: Element, v: ActVerdict[Any]) -> _Ways | None:
    """The § 1589(a) means of a text that lists them one fact each (the 2008 text) not stated
    false, where some are; ``None`` otherwise (the 2000 text's paragraph (1), read two ways, is
    asked as it is)."""
    options = _options(element)
    if options is None or {p.rpartition(".")[2] for p, _ in options} != set(s1589.MEANS_2008):
        return None
    stated = [_stated(v.ctx.conduct, path) for path, _ in options]
    if "true" in stated or "false" not in stated or None not in stated:
        return None
    left = tuple(
        p.rpartition(".")[2] for (p, _), x in zip(options, stated, strict=True) if x is None
    )
    return _Ways(element.key, means=left)


def _ways_of(q: Question, v: ActVerdict[Any] | None) -> _Ways | None:
    """:func:`_federal_ways` of the element ``q`` asks of ``v`` (its first open paragraph's)."""
    if v is None or not isinstance(v.ctx.version, FederalVersion):
        return None
    for p, paragraph in enumerate(v.ctx.version.offences):
        if v.paragraphs[p] != UNDETERMINED:
            continue
        for e, element in enumerate(paragraph.elements):
            if element.key == q.element and v.elements[p][e] == UNDETERMINED:
                return _federal_ways(element, v)
    return None


def _federal_narrowed(text: str, ways: _Ways, fields: _Fields) -> str:
    """The question of a § 1591 element naming only the ways the facts leave open: never a way
    stated false, never again a fact stated true (review B, item 2)."""
    actor, person = fields["actor"], fields["person"]
    if ways.key == "jurisdiction":
        if ways.maritime and not ways.commerce:
            return (
                f"Was {fields['act']} within the special maritime and territorial jurisdiction "
                "of the United States? It is stated not to have been in or affecting interstate "
                "or foreign commerce."
            )
        if ways.commerce and not ways.maritime:
            return (
                f"Was {fields['act']} in or affecting interstate or foreign commerce? It is "
                "stated not to have been within the special maritime and territorial "
                "jurisdiction of the United States."
            )
        return text
    if ways.key == "labor_means":
        groups = [
            [s1589.MEANS_READING[m].replace("the person", person) for m in group if m in ways.means]
            for group in _LABOR_MEANS_GROUPS
        ]
        parts = [
            words.either(g) + (f" to {person} or another person" if n < 2 else "")
            for n, g in enumerate(groups)
            if g
        ]
        said = "; ".join(parts[:-1]) + ("; or " if len(parts) > 1 else "") + parts[-1]
        return (
            f"Were {person}'s labor or services provided or obtained by one of the means "
            f"§ 1589(a) lists that the facts leave open ({said})? The others are stated not to "
            "have been used."
        )
    if ways.which_act:
        what = {
            "age_mental_state": f"{person} was under 18",
            "commercial_sex_act": f"{person} would be caused to engage in a commercial sex act",
        }.get(
            ways.key,
            f"{_MEANS_LIST} would be used to cause {person} to engage in a commercial sex act",
        )
        ask = (
            f"which act of § 1591(a)(1) did the venture engage in toward {person}? {actor} is "
            f"stated to have recklessly disregarded that {what}, which serves unless that act "
            "was advertising (then only knowledge serves)."
        )
        if ways.know:
            return f"Did {actor} know, {fields['when']}, that {what}? If not, {ask}"
        return words.capital(ask)
    if ways.know and not ways.reckless:
        text = text.replace(_KNOW_OR_DISREGARD, "know,", 1)
    elif ways.reckless and not ways.know:
        text = text.replace(_KNOW_OR_DISREGARD, "recklessly disregard,", 1)
    elif ways.observe and not ways.know and not ways.reckless:
        return (
            f"Did {actor} have a reasonable opportunity to observe {person} (§ 1591(c)) "
            f"{fields['when']}? {actor} is stated neither to have known nor to have recklessly "
            f"disregarded that {person} was under 18."
        )
    if not ways.observe:
        text = text.replace(
            f", or have a reasonable opportunity to observe {person} (§ 1591(c))", "", 1
        )
    if ways.means:
        text = text.replace(_MEANS_LIST, words.either(list(ways.means)), 1)
    return text


_FOR_LABOR = "federal.labor.for_labor_or_services"


def _stated_for_the_state(element: Element, ctx: ActContext[Any], fields: _Fields) -> str:
    """A federal element asked although the facts state the like for § 30-52-1 (the act was to
    subject the person to labor or services): said, so the question does not read as asking
    again for a stated fact; the federal words are read from a fact of their own (no federal
    fact is inferred from a state one: docs/federal.md, decision 1)."""
    if _FOR_LABOR not in element.paths:
        return ""
    purpose = ctx.conduct.to_subject_to
    stated = [w for w in ("labor", "services") if getattr(purpose, w) is Truth.TRUE]
    if not stated:
        return ""
    return (
        f" (The facts state the act was to subject {fields['person']} to "
        f"{' and '.join(stated)}{_UNDER_THE_STATE}; the federal words are a fact of their own.)"
    )


_PURPOSE_CSA = "to_subject_to.commercial_sexual_activity"
_CAUSED_CSA = "will_be_caused_to_engage_in_commercial_sexual_activity"


def _stated_for_a2(element: Element, ctx: ActContext[Any], fields: _Fields, text: str) -> str:
    """(A)(1)'s purpose asked although the facts state (A)(2)'s intent or knowledge that the
    person would be caused to engage in commercial sexual activity: said, with why it is not
    read as answering it. Under (A)(1) it is the force, fraud or coercion that is to subject the
    person to it ("will be used to subject the person to"); (A)(2) needs no means. Reading the
    (A)(2) fact as (A)(1)'s purpose would join the two paragraphs' mental states, which the text
    keeps apart: the conservative reading keeps them apart too (reviews F6, I7 of session 6)."""
    if _PURPOSE_CSA not in element.paths:
        return ""
    actor, person = fields["actor"], fields["person"]
    if (
        _stated(ctx.conduct, _CAUSED_CSA) == "false"
        and _stated(ctx.conduct, _PURPOSE_CSA) is None
        and "commercial sexual activity" not in text
    ):  # set aside by :func:`_set_aside_by_a2`
        return (
            f" Commercial sexual activity is not offered: the facts state that {actor} neither "
            f"intended nor knew {person} would be caused to engage in it ((A)(2))."
        )
    if _stated(ctx.conduct, _CAUSED_CSA) != "true" or "commercial sexual activity?" not in text:
        return ""
    return (
        f" The facts state that {actor} intended or knew {person} would be caused to engage in "
        "commercial sexual activity ((A)(2)); under (A)(1) it is the force, fraud or coercion "
        f"that is to subject {person} to it, so that fact is not read as answering this (the "
        "conservative reading)."
    )


_UNDER_THE_STATE = " under § 30-52-1"
_OF_THE_STATE = ", a fact of the state statute"
"""The state purpose a § 1590 question names (:func:`_stated_for_the_state`), as it names it
with § 30-52-1 assessed, and with the federal sections alone (docs/federal.md, decision 16:
nothing of § 30-52-1 in their output)."""


def _federal_only(questions: list[Question]) -> list[Question]:
    """The questions of a pair with no state law assessed: the state purpose a federal
    question names is not cited as § 30-52-1's."""
    said = f"{_UNDER_THE_STATE}; the federal words are a fact of their own.)"
    return [
        replace(q, text=q.text.replace(said, _OF_THE_STATE + said[len(_UNDER_THE_STATE) :]))
        if said in q.text
        else q
        for q in questions
    ]


_CH77 = "chapter 77 (peonage, slavery, involuntary servitude or forced labor)"
_CH77_OPEN = (
    "whether the violation must be completed, and what mental state attaches, is UNVERIFIED"
)


_PURPOSE_AFTER_MEANS = re.compile(
    r"^Did (?P<actor>.+?) intend or know, (?P<when>.+?), that .+? would be used to subject "
)


def _status_first(
    questions: list[Question], law: Law, acts: Sequence[ActVerdict[Any]]
) -> list[Question]:
    """A § 1591 section's questions that may change its status first, in their order; then
    those that cannot (:func:`_idle`), in theirs (review Z2-8 of session 8: for a child of 7
    whose transporting meets the minor prong but for commerce, the force prong's means
    question, asked first, decided nothing; commerce, asked second, decided it). None is
    dropped: each stays a fact of the contract, and an answer may yet be wrong."""
    if law.id != "usc_1591":
        return questions
    idle = _idle(law, acts)
    if not idle:
        return questions
    moved = [q for q in questions if all((c, q.element) in idle for c in (q.conduct, *q.also))]
    if not moved:
        return questions
    return [q for q in questions if q not in moved] + moved


def _idle(law: Law, acts: Sequence[ActVerdict[Any]]) -> set[tuple[str, str]]:
    """The elements, by act, whose answer cannot change whether the act meets the law: every
    open paragraph (or prong) that has the element has beside it another open one whose open
    elements are among its own and do not include it — so that whatever is answered of the
    element, the act meets the law exactly when that other prong is met (§ 1591(a)(1): for a
    child whose age and the commercial sex act the defendant knew, the minor prong asks only
    commerce, which the force prong asks too; the means the force prong asks beside it cannot
    change the status). Read only of an act judged under one encoded text."""
    out: set[tuple[str, str]] = set()
    for v in acts:
        ctx = v.ctx
        version = ctx.version
        if v.status != UNDETERMINED or not version.encoded or ctx.window is not None:
            continue
        if ctx.candidates or text_matters(v) or date_matters(v):
            continue
        open_keys: list[frozenset[str]] = [
            frozenset(
                element.key
                for e, element in enumerate(paragraph.elements)
                if v.elements[p][e] == UNDETERMINED
            )
            for p, paragraph in enumerate(version.offences)
            if v.paragraphs[p] == UNDETERMINED
        ]
        for key in frozenset().union(*open_keys):
            if all(
                any(other <= keys and key not in other for other in open_keys)
                for keys in open_keys
                if key in keys
            ):
                out.add((v.ctx.conduct.id, key))
    return out


def _means_then_purpose(asked: list[Question]) -> list[Question]:
    """§ 30-52-1(A)(1)'s purpose asked just after its means, of the same act (or acts): the
    purpose question repeated the means question word for word before adding its own words
    (review J of session 6: "Did D intend or know … that force, fraud or coercion would be
    used?" then "… would be used to subject O to …?"); it now follows on from it ("If so, did D
    intend or know, when soliciting O on …, that it would be used to subject O to …?": each
    question still names its act). Each stays its own question (two facts of the contract)."""
    out: list[Question] = []
    for q in asked:
        prev = out[-1] if out else None
        found = _PURPOSE_AFTER_MEANS.match(q.text)
        if (
            found is not None
            and prev is not None
            and q.element == "to_subject_to"
            and prev.element == "means_will_be_used"
            and (prev.law, prev.conduct, prev.also) == (q.law, q.conduct, q.also)
        ):
            q = replace(
                q,
                text=f"If so, did {found['actor']} intend or know, {found['when']}, that it "
                f"would be used to subject {q.text[found.end() :]}",
            )
        out.append(q)
    return out


_FORCED_LABOR_MET = (
    " § 1589 (forced labor, a chapter 77 offense) is met on this act on the facts stated: if "
    "{person}'s labor or services were obtained in that violation, the answer is yes."
)


_FORCED_LABOR_MET_SOME = (
    " § 1589 (forced labor, a chapter 77 offense) is met on {acts} on the facts stated: if "
    "{person}'s labor or services were obtained in that violation, the answer is yes for it."
)

_FORCED_LABOR_NOT_MET = (
    " § 1589 (forced labor) is not met on this act on the facts stated: the violation would "
    "have to be another chapter 77 offense (peonage, slavery or involuntary servitude)."
)


_FORCED_LABOR_MET_ON = (
    " § 1589 (forced labor, a chapter 77 offense) is met on {acts} toward {person} on the facts "
    "stated: if this act served that violation, the answer is yes."
)


def _forced_labor_met(
    asked: list[Question], laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]
) -> list[Question]:
    """§ 1590's "in violation of this chapter" asked of an act that meets § 1589 on the facts
    stated (review H3 of session 6): the question says so, as a trained reader would answer it
    from the § 1589 line above; § 1590's status still rests on its own facts (docs/federal.md,
    decision 11), so the question stays. Asked of another act of the pair, the question names
    the acts on which § 1589 is met (review Q11 of session 7)."""
    forced = [v for law, acts in laws if law.id == "usc_1589" for v in acts]
    met = [v for v in forced if v.status == MET]
    not_met = {v.ctx.conduct.id for v in forced if v.status == NOT_MET}
    if not met and not not_met:
        return asked
    on_act = {v.ctx.conduct.id for v in met}
    names = {v.ctx.conduct.id: _named(v.ctx) for v in forced}
    by_pair: dict[tuple[str, str], list[str]] = {}
    for v in met:  # § 1589 met on another act of the pair (review Q11 of session 7)
        c = v.ctx.conduct
        by_pair.setdefault((c.actor, c.person), []).append(_named(v.ctx))
    out = []
    for q in asked:
        if q.law == "usc_1590" and q.element == "in_violation_of_this_chapter":
            covered = [q.conduct, *q.also]
            if q.also and q.conduct in on_act and not set(covered) <= on_act:
                # asked of several acts, § 1589 met on some: those named, not "this act"
                # (review V12 of session 8)
                acts_met = words.either([names[c] for c in covered if c in on_act], "and")
                q = replace(
                    q, text=q.text + _FORCED_LABOR_MET_SOME.format(acts=acts_met, person=q.victim)
                )
            elif q.conduct in on_act:
                q = replace(q, text=q.text + _FORCED_LABOR_MET.format(person=q.victim))
            elif set(covered) <= not_met and (q.defendant, q.victim) not in by_pair:
                # § 1589 not met on the act: the violation would be another chapter 77 offense,
                # not the forced labor the question's list ends with (review V10 of session 8)
                q = replace(q, text=q.text + _FORCED_LABOR_NOT_MET)
            elif (others := by_pair.get((q.defendant, q.victim))) is not None:
                q = replace(
                    q,
                    text=q.text
                    + _FORCED_LABOR_MET_ON.format(
                        acts=words.either(others, "and"), person=q.victim
                    ),
                )
        out.append(q)
    return out


def _chapter_77_question(
    element: Element, paragraph: OffenceParagraph, ctx: ActContext[Any], fields: _Fields
) -> tuple[str, QuestionKind] | None:
    """§ 1590's "in violation of this chapter" where one of its two facts is stated (a
    violation completed; one intended or known): met needs both, not met neither
    (docs/federal.md, decision 11), so with both stated and one false what is open is whether
    the section reaches that, a point of law, not evidence (review G2 of session 6); with one
    stated, the other is the fact asked, saying what each answer leaves. None where neither is
    stated (the element's own question)."""
    if s1590.COMPLETED not in element.paths or s1590.INTENDED not in element.paths:
        return None
    c = ctx.conduct
    completed, intended = _stated(c, s1590.COMPLETED), _stated(c, s1590.INTENDED)
    if completed is None and intended is None:
        return None
    section = words.paragraph_short(paragraph.citation)
    actor, person = fields["actor"], fields["person"]
    mixed = {
        "intended": f"a violation of {_CH77} that {actor} intended or knew of but that was not "
        "completed",
        "completed": f"a violation of {_CH77} that was completed but that {actor} neither "
        "intended nor knew of",
    }

    def leaves(done: str, meant: str) -> str:
        if done == meant:
            said = words.STATUS_WORDS[MET if done == "true" else NOT_MET]
            return f"'in violation of this chapter' is {said}"
        return f"whether {section} reaches it is a point of law"

    if completed is not None and intended is not None:
        what = mixed["intended" if intended == "true" else "completed"]
        return (
            f"Does {section} reach {fields['act']}, for {what}? The facts state both; "
            f"{_CH77_OPEN}.",
            POINT_OF_LAW,
        )
    if completed is not None:
        asked = (
            f"Did {actor} intend or know, {fields['when']}, that {person}'s labor or services "
            f"would be obtained in violation of {_CH77}? "
            + (
                "The facts state that one was completed"
                if completed == "true"
                else "The facts state that none was completed"
            )
        )
        yes, no = leaves(completed, "true"), leaves(completed, "false")
    else:
        assert intended is not None
        asked = (
            f"Was a violation of {_CH77} completed in obtaining {person}'s labor or services? "
            + (
                f"The facts state that {actor} intended or knew of one"
                if intended == "true"
                else f"The facts state that {actor} neither intended nor knew of one"
            )
        )
        yes, no = leaves("true", intended), leaves("false", intended)
    return f"{asked}: if so, {yes}; if not, {no}.", FACT


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
    if law.jurisdiction == "state":
        if verb in paragraph.verbs or ctx.buyer is not Truth.TRUE:
            return None  # (a verb of the text: whether it reaches a buyer, the element's words)
        # A verb outside the text (patronizing): not whether it is one of the verbs (it is
        # not), but whether the purchase can be charged as one that may reach a buyer — the
        # reference's "soliciting" or "obtaining" (federal reference § 4, contrast 1; decision
        # 15 of docs/federal.md), UNVERIFIED.
        return (
            f"Can {fields['act']} by {c.actor}, a purchase for {c.actor}'s own use, be charged "
            f"as 'soliciting' or 'obtaining' {c.person} under the {version.in_force_from.year} "
            f"text? {words.capital(verb.replace('_', ' '))} is not one of its verbs, and whether "
            "those reach a buyer's own purchase is UNVERIFIED.",
            POINT_OF_LAW,
        )
    if element.question:
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
    if not element.question:
        return None
    statuses = v.elements[p]
    if not any(statuses[i] == UNDETERMINED for i in _buyer_elements(v.ctx.version)[p]):
        return None  # the paragraph's conduct is not open on the buyer point
    conduct = v.ctx.conduct
    verb = conduct.act.value
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


_CONDUCT = "conduct"
"""The conduct element's key: the one the buyer point leaves open (§ 1591(c)'s element tests
the buyer fact too, only to refuse (c) to a non-buyer's unlisted verb)."""


def _buyer_elements(version: TextVersion) -> tuple[tuple[int, ...], ...]:
    """Per paragraph, its conduct elements that test the buyer fact. Statute data alone: once
    per text."""
    return version.derive(
        "needed_buyer_elements",
        lambda: tuple(
            tuple(
                i
                for i, e in enumerate(paragraph.elements)
                if BUYER in e.paths and e.key == _CONDUCT
            )
            for paragraph in version.offences
        ),
    )


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


_LEAP_DAY_SOURCES = {"nm_30_52_1": "no New Mexico source"}
_OTHER_SOURCES = "no source the library has"
_BOTH_SOURCES = "no New Mexico or federal source the library has"
_LEAP_DAY_SETTLES = (
    " settles when a person born on 29 February reaches an age in a year without one."
)
"""How the 29 February questions end (after the sources none of which settles it)."""


def _leap_day_sources(law_id: str) -> str:
    return _LEAP_DAY_SOURCES.get(law_id, _OTHER_SOURCES)


def _leap_day_question(ctx: ActContext[Any], fields: _Fields, law_id: str) -> str:
    return (
        f"How old was {fields['person']}, born on 29 February, at {fields['act']}? "
        f"Read one way {fields['person']} was {ctx.age.lo if ctx.age else '?'}, read the other "
        f"{ctx.age.hi if ctx.age else '?'}: {_leap_day_sources(law_id)}{_LEAP_DAY_SETTLES}"
    )


def _one_leap_day(
    asked: list[Question], by_law: dict[tuple[str, str], tuple[Law, ActContext[Any]]]
) -> Question | None:
    """The 29 February point of one act, which each law asks in the same words but the
    sources none of which settles it, asked once naming both (None where the words differ
    otherwise: the ages or the births the facts leave)."""
    said: set[tuple[str, str]] = set()
    for q in asked:
        head, _, tail = q.text.partition(_LEAP_DAY_SETTLES)
        sources = _leap_day_sources(q.law)
        if not head.endswith(sources):
            return None
        said.add((head.removesuffix(sources), tail))
    if len(said) != 1:
        return None
    ((head, _),) = said
    laws = {q.law for q in asked}
    sources = _BOTH_SOURCES if len(laws) > 1 else _leap_day_sources(asked[0].law)
    return _joined(asked, f"{head}{sources}{_LEAP_DAY_SETTLES}")


_UNDER_EIGHTEEN = "under_eighteen"
"""The element of § 30-52-1(A)(2)'s age (a person under eighteen)."""

_ADULT = a2_minor.ADULT_AGE
"""The age (A)(2) turns on ("a person under the age of eighteen years"): the statute data's."""

_AGE_WORDS = {13: "thirteen", 16: "sixteen", 18: "eighteen"}
"""The ages § 30-52-1 turns on, in its own words ((A)(2); (C)(1), (C)(2))."""


def _age_words(ages: Sequence[int]) -> str:
    return words.either([_AGE_WORDS.get(a, str(a)) for a in ages], "and")


def _grade_turns(ctx: ActContext[Any]) -> list[int]:
    """The ages of § 30-52-1(C) (thirteen, sixteen) the grade turns on for the person's possible
    ages at the act (the person may have been under it, or of it): youngest first."""
    grading = getattr(ctx.version, "grading", None)
    if grading is None:
        return []
    lo = ctx.age.lo if ctx.age is not None else 0
    hi = ctx.age.hi if ctx.age is not None else None
    return sorted(
        b.under_age for b in grading.bands if lo < b.under_age and (hi is None or b.under_age <= hi)
    )


def _what_turns(under_eighteen: bool, grade: Sequence[int]) -> str:
    """What the person's age decides, in words: "(A)(2) turns on eighteen and the grade on
    thirteen and sixteen"."""
    parts = ["(A)(2) turns on eighteen"] if under_eighteen else []
    if grade:
        verb = "" if parts else "turns "
        parts.append(f"the grade {verb}on {_age_words(grade)}")
    return " and ".join(parts)


def _age_by_date(
    ctx: ActContext[Any], fields: _Fields, grade: Sequence[int], *, minor: bool
) -> str | None:
    """An undated act toward a person whose birth date is known: the act's date decides the
    age, so it is the date that is asked, with the birthdays (13, 16 for the grade; 18 for
    (A)(2), where its age question is asked: ``minor``) that divide it — each as ``ages.turns``
    counts it (a 29 February birth in a year without one: either reading while the point is
    open). None otherwise."""
    w = ctx.birth
    if ctx.day is not None or ctx.first_day is None or w is None or w.earliest != w.latest:
        return None
    under = (
        minor
        and ctx.age is not None
        and ctx.age.lo < _ADULT
        and (ctx.age.hi is None or ctx.age.hi >= _ADULT)
    )
    ages = [*grade, *([_ADULT] if under and _ADULT not in grade else [])]
    if not ages:
        return None
    said: list[str] = []
    leap = False
    for years in ages:
        first, surely = turns(w.earliest, w.latest, years, age_rule.LEAP_DAY_BIRTHDAY)
        day = words.long_date(first)
        if surely != first:
            day, leap = f"{day} or {words.long_date(surely)}", True
        said.append(f"under {_AGE_WORDS.get(years, str(years))} before {day}")
    person = fields["person"]
    reading = " (as the open 29 February point is read)" if leap else ""
    return (
        f"When did {fields['act']} take place? Its date is not stated; {person} was "
        f"{words.either(said, 'and')}{reading}: {_what_turns(under, grade)}."
    )


def _state_age(q: Question, ctx: ActContext[Any], fields: _Fields) -> Question:
    """(A)(2)'s age question where the grade (§ 30-52-1(C)) turns on the age too: one question
    naming both ("How old was ...?"), or, for an undated act toward a person whose birth date
    is known, the act's date (:func:`_age_by_date`); citing (A)(2) and (C)."""
    if q.kind != FACT:
        return q  # (the 29 February point: its own words)
    grade = _grade_turns(ctx)
    by_date = _age_by_date(ctx, fields, grade, minor=True)
    if not grade and by_date is None:
        return q
    grading = getattr(ctx.version, "grading", None)
    cites = [*q.citations, *([grading.citation] if grade and grading is not None else [])]
    note = fields["age_note"].rstrip(".")
    text = by_date or (
        f"How old was {fields['person']} at {fields['act']}? {note}: {_what_turns(True, grade)}."
    )
    return replace(q, text=text, citations=cites)


def _age_question(
    law: Law,
    ctx: ActContext[Any],
    fields: _Fields,
    finding: Finding,
    base: _Who,
) -> list[Question]:
    """For an act that meets the law but whose grade (or band) is open: the facts it turns on
    (§ 1591(b): whether the offense was effected by the means, and the person's age, each
    where open)."""
    if law.jurisdiction == "state":
        c: Count = finding.count(ctx.conduct.id)
        return [_state_grade(ctx, fields, base)] if c.grade.status == "undetermined" else []
    lc: LawCount = finding.jurisdictions[law.id].count(ctx.conduct.id)
    cite = [b.citation for b in band_table(ctx.version).values()][:1]
    if lc.penalty.status == "none_stated":
        # Read literally, the text fills in no band for what was found (UNVERIFIED): what
        # punishment applies is for a court, not evidence.
        bands = dict.fromkeys(b.citation for b in band_table(ctx.version).values())
        parents = list(dict.fromkeys(x.rpartition("(")[0] for x in bands))
        return [
            Question(
                text=(
                    f"What punishment does {words.text_name(law, ctx.version)} provide for "
                    f"{fields['act']}? {words.capital(lc.penalty.reason)}."
                ),
                kind=POINT_OF_LAW,
                citations=parents if len(parents) == 1 else list(bands),
                element="penalty",
                **base,
            )
        ]
    if lc.penalty.status != "undetermined":
        return []
    if ctx.age is not None and ctx.age.leap_day_open:
        return [_leap_day(ctx, fields, base, cite, "victim_age")]
    band = _band_questions(law, ctx, fields, base)
    if band is not None:
        return band
    aggravation = _aggravation_asked(law, ctx, fields, base)
    if aggravation is not None:
        return [aggravation]
    text = (
        f"What fixes the penalty of {fields['act']} under {law.citation}? "
        f"{lc.penalty.reason[0].upper()}{lc.penalty.reason[1:]}."
    )
    return [Question(text=text, kind=FACT, citations=cite, element="grade", **base)]


def _state_grade(ctx: ActContext[Any], fields: _Fields, base: _Who) -> Question:
    """The fact § 30-52-1(C)'s grade turns on: the person's age at the act (for an undated act
    toward a person whose birth date is known, its date; the 29 February point, as a point of
    law)."""
    grading = getattr(ctx.version, "grading", None)
    cite = [grading.citation] if grading is not None else []
    if ctx.age is not None and ctx.age.leap_day_open:
        return _leap_day(ctx, fields, base, cite, "victim_age")
    by_date = _age_by_date(ctx, fields, _grade_turns(ctx), minor=False)
    if by_date is not None:
        return Question(text=by_date, kind=FACT, citations=cite, element="grade", **base)
    given = (
        f"The facts give {fields['age']}"
        if ctx.age is not None
        else f"The facts do not give {fields['person']}'s age"
    )
    # § 30-1-8 gives each grade of § 30-52-1(C) its own period (review H2 of session 6)
    text = (
        f"How old was {fields['person']} at {fields['act']}? {given}; the grade, and with it "
        "the limitation period, turns on it."
    )
    return Question(text=text, kind=FACT, citations=cite, element="grade", **base)


def _aggravation_asked(
    law: Law, ctx: ActContext[Any], fields: _Fields, base: _Who
) -> Question | None:
    """The aggravation question (:func:`_aggravation_question`) citing the provision of the
    text applied and those of the other texts it settles; None where it is not asked."""
    found = _aggravation_question(law, ctx, fields)
    if found is None:
        return None
    text, also = found
    cite = [b.citation for b in band_table(ctx.version).values()][:1]
    cite += [c for c in also if c not in cite]
    return Question(text=text, kind=FACT, citations=cite, element="grade", **base)


_BAND_AGE = "victim_age"
"""The element of the question of the person's age that § 1591(b)'s band turns on."""

_NONE_STATED_WORDS = (
    "the text states no punishment (UNVERIFIED: read literally, no band is filled in)"
)


_NONE_AGE = "none stated by the text"


def _band_listed(ctx: ActContext[Any], rule: AgeAndMeansPenalty) -> bool | None:
    """Whether the act (a venture's, for benefiting) is one § 1591(b) lists, as the penalty is
    read (``penalties.listed_in_b``); None where what the venture did is not stated (the generic
    question)."""
    verb = band_verb(ctx.conduct)
    return listed_in_b(rule, verb, may_be_buyers(ctx)) if verb is not None else None


def _band_words(band: PenaltyBand | None) -> str:
    return f"{band.citation}: {band.summary}" if band is not None else _NONE_STATED_WORDS


def _open_means(ctx: ActContext[Any], rule: AgeAndMeansPenalty) -> list[str] | None:
    """The means whose use in effecting the offense is open, in words (coercion once for its
    three limbs); None where the offense is stated effected by one, or by none."""
    stated = ctx.conduct.federal.offense_effected_by
    values = {m: getattr(stated, m) for m in rule.means}
    if any(t is Truth.TRUE for t in values.values()):
        return None
    open_ = [m for m, t in values.items() if t is Truth.UNKNOWN]
    if not open_:
        return None
    named_ = ["coercion" if m.startswith("coercion") else m.replace("_", " ") for m in open_]
    return list(dict.fromkeys(named_))


def _band_ages(ctx: ActContext[Any]) -> list[tuple[str, int]]:
    """The age ranges the person may have been of, each with an age inside it, as (b) divides
    them (under 14, 14 to 17, 18 or older)."""
    age = ctx.age
    lo = age.lo if age is not None else 0
    hi = age.hi if age is not None and age.hi is not None else None
    ranges = (("under 14", 0, 13), ("14 to 17", 14, 17), ("18 or older", 18, None))
    return [
        (said, max(a, lo))
        for said, a, b in ranges
        if (b is None or lo <= b) and (hi is None or a <= hi)
    ]


def _age_bands(ctx: ActContext[Any], rule: AgeAndMeansPenalty, listed: bool) -> str:
    """What the band is for each age the person may have been of (not effected by the means):
    "§ 1591(b)(1) if under 14, § 1591(b)(2) if 14 to 17, ..."."""
    parts = []
    for said, a in _band_ages(ctx):
        band = sex_trafficking_band(rule, listed, a, effected=False)
        which = band.citation.removeprefix("18 U.S.C. ") if band is not None else _NONE_AGE
        parts.append(
            f"{which} if {said}" + (", read literally (UNVERIFIED)" if band is None else "")
        )
    return ", ".join(parts)


def _band_questions(
    law: Law, ctx: ActContext[Any], fields: _Fields, base: _Who
) -> list[Question] | None:
    """An open § 1591(b) band asked as the facts it turns on, each only where open: was the
    offense effected by means of force, threats of force, fraud or coercion (if so (b)(1), if
    not what follows), and how old the person was (asked as the state grade's age question
    is, so that one question asks it for both laws). An undated act judged under several texts
    is asked the same where every text it may fall under turns on the same facts
    (:func:`_texts_agree`; its age is over all their days). None for any other penalty, where
    what the venture did is not stated, or for an undated act whose texts turn on different
    facts (the generic question)."""
    rule = getattr(ctx.version, "penalty", None)
    if not isinstance(rule, AgeAndMeansPenalty):
        return None
    listed = _band_listed(ctx, rule)
    if listed is None or not _texts_agree(ctx, rule, listed):
        return None  # (the texts' bands, each in its own words, as they are)
    means = _open_means(ctx, rule)
    if_not = {sex_trafficking_band(rule, listed, a, effected=False) for _, a in _band_ages(ctx)}
    age_decides = len(if_not) > 1
    b1 = rule.effected_or_under_14
    out: list[Question] = []
    if means is not None:
        if age_decides:
            otherwise = (
                f"it turns on {fields['person']}'s age at the act (the question of "
                f"{fields['person']}'s age)"
            )
        else:
            (only,) = if_not
            otherwise = _band_words(only)
        out.append(
            Question(
                text=(
                    f"Was {fields['act']} effected by means of {words.either(means)}? If so, "
                    f"the penalty is {_band_words(b1)}; if not, {otherwise}."
                ),
                kind=FACT,
                citations=[b1.citation]
                + [b.citation for b in if_not if b is not None and b is not b1],
                element="grade",
                **base,
            )
        )
    if age_decides:
        cites = [b.citation for b in (b1, rule.not_effected_14_to_17) if b in if_not]
        note = fields["age_note"].rstrip(".")
        out.append(
            Question(
                text=(
                    f"How old was {fields['person']} at {fields['act']}? {note}: "
                    f"{_band_part(law, ctx, rule, listed)}."
                ),
                kind=FACT,
                citations=cites,
                element=_BAND_AGE,
                **base,
            )
        )
    return out or None


def _texts_agree(ctx: ActContext[Any], rule: AgeAndMeansPenalty, listed: bool) -> bool:
    """Whether every text an undated act may fall under (``ActContext.candidates``; True for an
    act under one text) turns § 1591(b) on the same facts as ``rule``: the same means, its bands
    in the same provisions, and the act's verb listed alike. A period with no text states no
    band, and a verb one text lists and another does not (advertising before 29 May 2015) turns
    on the date: not alike."""
    cited = (rule.effected_or_under_14.citation, rule.not_effected_14_to_17.citation)
    for c in ctx.candidates:
        other = getattr(c.version, "penalty", None)
        if (
            not isinstance(other, AgeAndMeansPenalty)
            or other.means != rule.means
            or (other.effected_or_under_14.citation, other.not_effected_14_to_17.citation) != cited
            or _band_listed(c, other) is not listed
        ):
            return False
    return True


def _band_part(law: Law, ctx: ActContext[Any], rule: AgeAndMeansPenalty, listed: bool) -> str:
    """What the person's age decides under § 1591(b), as the age question says it."""
    effected = (
        "unless the offense was effected by the means, "
        if _open_means(ctx, rule) is not None
        else ""
    )
    return (
        f"the penalty under {words.law_short(law)} turns on it ({effected}"
        f"{_age_bands(ctx, rule, listed)})"
    )


def _aggravation_question(
    law: Law, ctx: ActContext[Any], fields: _Fields
) -> tuple[str, list[str]] | None:
    """A penalty of §§ 1589(d), 1590(a) left open by the aggravations (``MaximumPenalty``),
    asked directly: did death result, or did the violation include one of those a text that
    may apply lists, naming only those not stated false, each once in the words of the text
    applied (§ 1589(d) spells "kidnaping") or else of the text that lists it; what each answer
    gives follows, and an aggravation only some of the texts list says which (in the 2008
    window, and for an undated act, § 1589 as enacted in 2000 lists "the attempt to commit
    aggravated sexual abuse", § 1589(d) as read does not). None for any other penalty (the
    generic question). With the question, the provisions of the other texts whose aggravated
    band it may settle (to be cited beside the text applied's)."""
    rule = getattr(ctx.version, "penalty", None)
    if not isinstance(rule, MaximumPenalty):
        return None
    rules = _may_apply(ctx, rule)
    listed = [a for a in _AGGRAVATION_ORDER if any(a in r.aggravations for _, r in rules)]
    stated = ctx.conduct.federal.aggravation
    open_ = [a for a in listed if getattr(stated, a) is Truth.UNKNOWN]
    if not open_ or any(getattr(stated, a) is Truth.TRUE for a in listed):
        return None
    said = {
        a: aggravation_words(a, next(r for _, r in rules if a in r.aggravations)) for a in open_
    }
    includes = [said[a] for a in open_ if a != "death_results"]
    act = fields["act"]
    if "death_results" in open_:
        asked = f"Did death result from {act}"
        if includes:
            asked += f", or did the violation include {words.either(includes)}"
    else:
        asked = f"Did {act} include {words.either(includes)}"
    only: list[str] = []
    also: list[str] = []
    for a in open_:
        texts = [v for v, r in rules if a in r.aggravations]
        also.extend(r.aggravated.citation for _, r in rules if a in r.aggravations)
        if len(texts) < len(rules):
            names = words.either([words.text_name(law, v) for v in texts], "and")
            only.append(f"for {said[a]}, only under {names}")
    which = (
        f" ({'; '.join(only)}; which text applies is a point of law)"
        if only and ctx.window is not None
        else f" ({'; '.join(only)}; which text applies turns on the date)"
        if only
        else ""
    )
    text = (
        f"{asked}? If so, the penalty is {rule.aggravated.summary}{which}; "
        f"if not, {rule.base.summary}."
    )
    return text, list(dict.fromkeys(also))


_AGGRAVATION_ORDER = ("death_results", *AGGRAVATION_WORDS)
"""The aggravations §§ 1589, 1590 list, in the order the texts list them."""


def _may_apply(
    ctx: ActContext[Any], rule: MaximumPenalty
) -> list[tuple[TextVersion, MaximumPenalty]]:
    """The texts that may apply to the act and state such a penalty, with it: the text applied
    first, then (a dated act in a period where which text applied is UNVERIFIED) the period's
    candidate texts, or (an undated act) the texts its possible days fall under."""
    out: list[tuple[TextVersion, MaximumPenalty]] = [(ctx.version, rule)]
    window = ctx.window
    others = (
        getattr(window, "candidates", ())
        if window is not None
        else tuple(c.version for c in ctx.candidates)
    )
    for version in others:
        penalty = getattr(version, "penalty", None)
        if isinstance(penalty, MaximumPenalty) and all(version is not v for v, _ in out):
            out.append((version, penalty))
    return out


def _without_the_act(text: str, ctx: ActContext[Any]) -> str:
    """A question's words with those naming its act (by verb and date; its verb, as the
    question's words name the act) taken out: what it asks of any act. Two acts' questions are
    the same question only where these agree (the buyer point of a soliciting and of a
    patronizing, not a 2008 verb, are not)."""
    fields = _Fields(ctx)
    c = ctx.conduct
    clause = words.act_clause(c.actor, c.act.value, c.person, stated_day(ctx))
    for said in (fields["when"], clause, fields["act"], fields["_on"], fields["verb"]):
        text = text.replace(said, "\0")
    return text


def _once(questions: list[Question], acts: Sequence[ActVerdict[Any]]) -> list[Question]:
    """The same question of several acts of a pair under one law, asked once: the first act's
    words, then "Likewise for" the others by verb and date (a federal element's question only
    where the facts leave the acts the same ways of it: :func:`_federal_ways`). The same
    question: the same element, asked in the same words but those naming the act."""
    first: dict[tuple[str, str, _Ways | None, str], int] = {}
    merged: list[Question] = []
    mixed: set[int] = set()
    by_id = {v.ctx.conduct.id: v for v in acts}
    # a question whose element and kind no other asks is the same as no other: its words
    # without the act (and its ways) are not worked out
    shared = Counter((q.element, q.kind) for q in questions)
    for q in questions:
        if shared[q.element, q.kind] == 1:
            merged.append(q)
            continue
        v = by_id.get(q.conduct)
        shape = _without_the_act(q.text, v.ctx) if v is not None else q.text
        shape = _STATED_PURPOSE.sub(r"\1\0\3", shape)  # (each act's own purpose: see below)
        key = (q.element, q.kind, _ways_of(q, v), shape)
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
        if _STATED_PURPOSE.search(kept.text) and _stated_purpose(kept) != _stated_purpose(q):
            mixed.add(at)
    if not any(q.also for q in merged):
        return merged
    names = {v.ctx.conduct.id: _named(v.ctx) for v in acts}
    out: list[Question] = []
    for i, q in enumerate(merged):
        if q.also:
            likewise = words.either([names[c] for c in q.also], "and")
            asked, paren, stated = q.text.partition(_STATED_OPENS)
            paren = paren.replace(" the act was", " each act was")  # (none where no note)
            if i in mixed:  # the acts' purposes differ: what each states in common
                stated = _PURPOSE_NAMED.sub(r"\1labor or services\3", stated, count=1)
            q = replace(q, text=f"{asked} Likewise for {likewise}.{paren}{stated}")
        out.append(q)
    return out


_STATED_OPENS = " (The facts state the act was to subject "
"""How the note of a § 30-52-1 purpose stated beside a § 1590 question opens
(:func:`_stated_for_the_state`)."""
_PURPOSE_NAMED = re.compile(r"^(.+? to )(labor and services|labor|services)( under § 30-52-1;)")
_STATED_PURPOSE = re.compile(
    r"(The facts state the act was to subject .+? to )"
    r"(labor and services|labor|services)( under § 30-52-1;)"
)
"""The purpose the note names: two acts' § 1590 questions differing only in it are the same
question (review S7's s07 of session 7), asked once with "Likewise for" the other act."""


def _stated_purpose(q: Question) -> str | None:
    found = _STATED_PURPOSE.search(q.text)
    return found.group(2) if found else None


_DATE = "date"
"""The element of the date question several federal sections ask of one undated act."""

_IN_FORCE = "in_force"
"""The element of a text's period (its question is the act's date)."""


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


_STATE = "state"


def _topic(q: Question, jurisdiction: dict[str, str]) -> str | None:
    """What a question asks, where several laws ask the same of one act: its date (a text's
    in force, a federal section's text that turns on it), the person's age (the state grade;
    an "under 18" element of either law), or how old a person born on 29 February was (the
    point no source settles). None for any other question."""
    if _LEAP_DAY_SETTLES in q.text and q.text.startswith(("How old was ", "When was ")):
        return "leap_day"
    if q.kind != FACT:
        return None
    if q.element == "in_force" or (q.element == _DATE and q.text.startswith("When did ")):
        return "date"
    if q.text.startswith("When did "):  # the person's age asked as the act's date
        return "date" if jurisdiction.get(q.law) == _STATE else None
    if (
        q.element == "under_eighteen"
        or (q.element == "grade" and jurisdiction.get(q.law) == _STATE)
        or (q.element == _BAND_AGE and q.text.startswith("How old was "))
    ):
        return "age"
    return None


def _across_laws(
    questions: list[Question], laws: Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]
) -> list[Question]:
    """The date of an act, or the person's age at it, which several laws ask, asked once for
    the pair: where the first law's question stands, naming what each law turns on
    (``law`` stays the first law's id; ``citations`` names every paragraph it settles). A
    question of an age left open only by the 29 February point is not merged (its own words
    say why)."""
    jurisdiction: dict[str, str] = {law.id: law.jurisdiction for law, _ in laws}
    by_law = {(law.id, v.ctx.conduct.id): (law, v.ctx) for law, acts in laws for v in acts}
    groups: dict[tuple[str, str, tuple[str, ...]], list[int]] = {}
    for i, q in enumerate(questions):
        topic = _topic(q, jurisdiction)
        if topic is not None:
            groups.setdefault((topic, q.conduct, tuple(q.also)), []).append(i)
    merged: dict[int, Question] = {}
    dropped: set[int] = set()
    for (topic, _, _), at in groups.items():
        asked = [questions[i] for i in at]
        # (one law asks an undated act's date twice: its text's day in force, the age by date)
        # (an age one law asks for its status or grade and for a prong open beside a met one:
        # once, naming both)
        if len(asked) < 2 or (topic == "age" and len({(q.law, q.beside_met) for q in asked}) < 2):
            continue
        made = _MERGE[topic](asked, by_law)
        if made is None:
            continue
        # asked for another law's status too: not only for a paragraph open beside a met one
        made = replace(made, beside_met=all(q.beside_met for q in asked))
        merged[at[0]] = made
        dropped.update(at[1:])
    return [merged.get(i, q) for i, q in enumerate(questions) if i not in dropped]


def _same_across_laws(questions: list[Question]) -> list[Question]:
    """A question several laws ask of the same act in the same words, of the same element (the
    same fact: ``knowingly``, which both laws say of the conduct: docs/federal.md, decision 1),
    asked once where the first law's question stands, citing every paragraph or prong it would
    settle (review S8 of session 7: "Did F act knowingly when transporting W on 2 February
    2026?" under (A)(1), § 1589(a) and § 1590(a)). Asking once settles nothing: each law reads
    the answer as its own element. Questions whose words differ are not merged."""
    first: dict[tuple[str, str, str, str, tuple[str, ...]], int] = {}
    out: list[Question] = []
    for q in questions:
        key = (q.element, q.kind, q.text, q.conduct, tuple(q.also))
        at = first.get(key)
        if at is None or out[at].law == q.law:
            first.setdefault(key, len(out))
            out.append(q)
            continue
        kept = out[at]
        cited = [*kept.citations, *(c for c in q.citations if c not in kept.citations)]
        out[at] = replace(kept, citations=cited)
    return out


def _joined(asked: list[Question], text: str) -> Question:
    citations: list[str] = []
    for q in asked:
        citations.extend(c for c in q.citations if c not in citations)
    likewise = asked[0].text.partition(" Likewise for ")[2]
    return replace(
        asked[0],
        text=text + (f" Likewise for {likewise}" if likewise else ""),
        citations=citations,
    )


def _one_date(
    asked: list[Question], by_law: dict[tuple[str, str], tuple[Law, ActContext[Any]]]
) -> Question | None:
    """One question of an act's date for every law that asks it: what the state text turns on
    (the day it came into force), and each federal section's text that applies."""
    when = next((q.text for q in asked if q.text.startswith("When did ")), None)
    if when is None:
        return None
    act = when.removeprefix("When did ").partition(" take place")[0]
    parts: list[str] = []
    for q in asked:
        asks = "Did" if q.element == "in_force" else "When did"  # (the day in force: yes or no)
        if not q.text.startswith(f"{asks} {act} take place"):
            return None
        law, ctx = by_law[(q.law, q.conduct)]
        if q.element != "in_force":  # already its own words (a federal section's; the age)
            said = q.text.partition("? ")[2].partition(" Likewise for ")[0].rstrip(".")
            own = said.removeprefix("Its date is not stated; ")  # (the age: a person's name)
            parts.append(own if own != said else said[0].lower() + said[1:])
        elif law.jurisdiction == _STATE:
            parts.append(
                f"{words.law_short(law)} reaches it only if it took place on or after "
                f"{words.long_date(ctx.version.in_force_from)}, when the text came into force"
            )
        else:
            parts.append(f"the text of {words.law_short(law)} that applies turns on the date")
    return _joined(asked, f"When did {act} take place? {words.capital('; '.join(parts))}.")


def _one_age(
    asked: list[Question], by_law: dict[tuple[str, str], tuple[Law, ActContext[Any]]]
) -> Question | None:
    """One question of the person's age at an act for every law that asks it: what each turns
    on (the state grade; a paragraph or prong that reaches only a person under 18, in the
    statute's own words: "eighteen" in § 30-52-1, "18" in title 18)."""
    parts: list[str] = []
    fields: _Fields | None = None
    attempt = ""  # an attempt reaches the person only if 18 or older: said apart (review C1)
    for q in asked:
        law, ctx = by_law[(q.law, q.conduct)]
        if ctx.age is not None and ctx.age.leap_day_open:
            return None
        fields = fields or _Fields(ctx)
        at = q.text.find(_ATTEMPT_IF_ADULT_HEAD)
        attempt = attempt or (q.text[at:] if at >= 0 else "")
        if q.element == "grade":
            parts.append(f"the grade under {words.law_short(law)} turns on it")
            grading = getattr(ctx.version, "grading", None)
            also = [
                _prong_short(c)
                for c in q.citations[1:]
                if law.jurisdiction == _STATE and not _attempt_cited(c)
            ]
            if also and grading is not None and q.citations[0] == grading.citation:
                # ((A)(2), open beside a met paragraph, folded into the grade's question)
                parts.append(
                    f"{words.either(also, 'and')}, which the act may also meet, reaches "
                    f"{fields['person']} only if {fields['person']} was under eighteen"
                )
            continue
        rule = getattr(ctx.version, "penalty", None)
        if q.element == _BAND_AGE and isinstance(rule, AgeAndMeansPenalty):
            parts.append(_band_part(law, ctx, rule, _band_listed(ctx, rule) is True))
            continue
        grading = getattr(ctx.version, "grading", None)
        grade = grading.citation if grading is not None else None
        shorts = list(
            dict.fromkeys(
                _prong_short(c) for c in q.citations if c != grade and not _attempt_cited(c)
            )
        )
        under = "under eighteen" if law.jurisdiction == _STATE else "under 18"
        reach = "reach" if len(shorts) > 1 else "reaches"
        parts.append(
            f"{words.either(shorts, 'and')} {reach} {fields['person']} only if "
            f"{fields['person']} was {under}"
        )
        if grade in q.citations:  # (the state's age question, asked for the grade too)
            turns_on = _age_words(_grade_turns(ctx))
            parts.append(f"the grade under {words.law_short(law)} turns on {turns_on}")
    assert fields is not None
    note = fields["age_note"].rstrip(".")
    return _joined(
        asked,
        f"How old was {fields['person']} at {fields['act']}? {note}: {'; '.join(parts)}." + attempt,
    )


_Merge = Callable[
    [list[Question], dict[tuple[str, str], tuple[Law, ActContext[Any]]]], Question | None
]
_MERGE: dict[str, _Merge] = {"date": _one_date, "age": _one_age, "leap_day": _one_leap_day}
"""How the questions of each topic (:func:`_topic`) several laws ask of one act are made one."""


def _prong_short(citation: str) -> str:
    """A paragraph as the first screen names it, a federal prong beside it in brackets
    ("§ 1591(a)(1) (minor)")."""
    short = words.paragraph_short(citation)
    paragraph, _, prong = short.partition(") ")
    return f"{paragraph}) ({prong})" if prong else short
