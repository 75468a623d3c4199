"""Accessories (NMSA 1978, § 30-1-13 [S]; 18 U.S.C. § 2 [S]): a person stated to have helped
an act, judged under the paragraphs and the degree of that act.

Per paragraph of the act aided, the accessory is the three-valued conjunction of the act's
status, the help (any of "procures, counsels, aids or abets" stated true; none if all four are
stated false) and the stated intent that the offense be committed: met only when all three are;
not met when any is not. The grade is the act's (the degree of the offense aided, open where
open). § 30-52-1(E): a helper whom the facts make (or may make) a human trafficking victim
shall not be charged as an accessory.

Per federal section, the helper under 18 U.S.C. § 2(a) [S] is the same conjunction with the
act's status under that section; with § 30-52-1 not assessed (``law="federal"``), that is the
whole finding (:func:`judge_federal`): nothing of § 30-1-13, the (E) bar or the degree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from nm_trafficking import words
from nm_trafficking.facts.conduct import Accessory
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import notes
from nm_trafficking.reasoning.grading import grade_act
from nm_trafficking.reasoning.naming import named, stated_day
from nm_trafficking.reasoning.needed import unasked
from nm_trafficking.reasoning.notes import quoted
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Note, Status
from nm_trafficking.statute.model import Law, StatuteVersion
from nm_trafficking.statute.related import accessory as rule
from nm_trafficking.summary import (
    AccessoryFinding,
    FederalAccessoryFinding,
    Grading,
    Question,
    QuestionKind,
)

_FACT: QuestionKind = "fact"
_POINT_OF_LAW: QuestionKind = "point_of_law"

_FROM_TRUTH: dict[Truth, Status] = {
    Truth.TRUE: MET,
    Truth.FALSE: NOT_MET,
    Truth.UNKNOWN: UNDETERMINED,
}


def all_of(*statuses: Status) -> Status:
    """Three-valued conjunction: not met if any is, met if all are, else undetermined."""
    if NOT_MET in statuses:
        return NOT_MET
    return MET if all(s == MET for s in statuses) else UNDETERMINED


def helped(acc: Accessory) -> Truth:
    """Any way of § 30-1-13 stated true: help; all four stated false: none; else unknown."""
    ways = [getattr(acc, w) for w in rule.WAYS]
    if Truth.TRUE in ways:
        return Truth.TRUE
    return Truth.FALSE if all(w is Truth.FALSE for w in ways) else Truth.UNKNOWN


_SET_ASIDE = {"in_force": "before", "conduct": "verb"}
"""The elements of § 30-52-1 that, set aside, tell an act toward a helper that is trafficking in
another sense: its date (before the text came into force) and its verb (one the text does not
cover)."""


def but_for(v: ActVerdict[StatuteVersion]) -> tuple[str, Status] | None:
    """Why an act that does not meet § 30-52-1 would meet (or may meet) it if its date or its
    verb were set aside, and that status: ``"before"`` (dated before the text came into force),
    ``"verb"`` (its verb is one no paragraph covers) or ``"before_verb"`` (both); ``None`` when
    the act meets or may meet it, or would not meet it either way. A verb another paragraph
    covers is not set aside (a recruiting is not a benefiting)."""
    if v.status != NOT_MET:
        return None
    rows = [
        ([e.key for e in paragraph.elements], row)
        for paragraph, row in zip(v.ctx.version.offences, v.elements, strict=True)
    ]
    verbs = [s for keys, row in rows for k, s in zip(keys, row, strict=True) if k == "conduct"]
    keys_aside = {"in_force"} | ({"conduct"} if all(s == NOT_MET for s in verbs) else set())
    found: dict[str, list[Status]] = {}
    for keys, row in rows:
        aside = {k for k, s in zip(keys, row, strict=True) if k in keys_aside and s == NOT_MET}
        rest = all_of(*(s for k, s in zip(keys, row, strict=True) if k not in aside))
        if aside and rest != NOT_MET:
            reason = "_".join(_SET_ASIDE[k] for k in _SET_ASIDE if k in aside)
            found.setdefault(reason, []).append(rest)
    for reason in ("before", "verb", "before_verb"):  # the fewest set aside first
        if reason in found:
            return reason, MET if MET in found[reason] else UNDETERMINED
    return None


@dataclass(frozen=True, slots=True)
class Standing:
    """Why § 30-52-1(E) applies or may apply to a helper: ``why`` is ``"met"`` (an act toward
    the helper meets § 30-52-1), ``"open"`` (one may), ``"before"`` / ``"verb"`` /
    ``"before_verb"`` (one would but for its date, its verb or both: :func:`but_for`),
    ``"federal"`` (one meets or may meet a federal section, none § 30-52-1), ``"later"`` (one
    meets § 30-52-1, but none is shown to be no later than the act aided: :func:`_after_aid`),
    ``"open_later"`` (the same of acts that may meet it, none meeting it) or ``"labelled"``
    (labelled a victim, nothing else); ``act``: that act (none for a label or a federal
    section); ``laws``: the federal sections an act toward the helper meets (else may
    meet)."""

    why: str
    act: ActVerdict[StatuteVersion] | None = None
    laws: tuple[str, ...] = ()
    would: Status = MET
    """:func:`but_for`'s standings: the act's status with its date or its verb set aside;
    ``"federal"``: met if an act toward the helper meets one of ``laws``, else undetermined;
    ``"later"``: met if every act toward the helper that meets § 30-52-1 came after the act
    aided, else undetermined (it may have); ``"open_later"``: the same of those that may meet
    it."""


def standing(
    pattern: FactPattern,
    helper: str,
    victims: Mapping[str, Status],
    others: Sequence[ActVerdict[StatuteVersion]] = (),
    federal_victims: Mapping[str, Mapping[str, Status]] | None = None,
) -> Standing | None:
    """What makes (or may make) ``helper`` a human trafficking victim for § 30-52-1(E), the
    strongest first (§ 30-52-1 met, may be met; a federal section met; § 30-52-1 met but for
    the date or the verb; a federal section may be met; a label). ``others``: every act's
    § 30-52-1 verdict (by anyone, toward anyone); ``federal_victims``: :func:`federal_victims`,
    with the federal sections assessed."""
    toward = [v for v in others if v.ctx.conduct.person == helper]
    status = victims.get(helper)
    if status is not None:
        why = "met" if status == MET else "open"
        act = next((v for v in toward if v.status == status), None)
        return Standing(why, act)
    federal = (federal_victims or {}).get(helper, {})
    met = tuple(law for law, s in federal.items() if s == MET)
    if met:  # a federal offense met says more than one § 30-52-1 may meet but for a word
        return Standing("federal", laws=met)
    for v in toward:
        found = but_for(v)
        if found is not None:
            return Standing(found[0], v, would=found[1])
    laws = tuple(law for law, s in federal.items() if s == UNDETERMINED)
    if laws:
        return Standing("federal", laws=laws, would=UNDETERMINED)
    if Role.VICTIM in pattern.person(helper).roles:
        return Standing("labelled")
    return None


def _after_aid(
    found: Standing | None,
    helper: str,
    aided: ActVerdict[StatuteVersion],
    others: Sequence[ActVerdict[StatuteVersion]],
) -> Standing | None:
    """A standing ``"met"`` kept only where an act toward ``helper`` that meets § 30-52-1 is
    shown to be no later than the act she aided (by its first possible day); else ``"later"``:
    (E) says "a human trafficking victim shall not be charged with accessory to the crime of
    human trafficking" and not when she must be one, so the bar may apply, a point of law
    (review B of session 9, finding 5: a helper trafficked two years after her help was told
    the bar applied). The same for a standing ``"open"`` (an act toward her only may meet
    § 30-52-1): ``"open_later"`` where none that may is shown to be no later than the act
    aided ("may be a victim … if so" said nothing of the timing)."""
    if found is None or found.why not in ("met", "open"):
        return found
    status = MET if found.why == "met" else UNDETERMINED
    met = [w for w in others if w.ctx.conduct.person == helper and w.status == status]
    first = aided.ctx.first_day
    if not met or any(
        w.ctx.last_day is not None and first is not None and w.ctx.last_day <= first for w in met
    ):
        return found
    last = aided.ctx.last_day
    after = last is not None and all(
        w.ctx.first_day is not None and w.ctx.first_day > last for w in met
    )
    earliest = min(met, key=lambda w: w.ctx.first_day or date.max)
    why = "later" if status == MET else "open_later"
    return Standing(why, earliest, would=MET if after else UNDETERMINED)


def _grading(v: ActVerdict[StatuteVersion], status: Status) -> Grading:
    if status == NOT_MET:
        return Grading(None, None, [], "no grade: not an accessory to an offense")
    result = grade_act(v).result
    possible = words.most_serious_first(result.possible)
    if not possible:
        return Grading(None, None, [], "no grade: the act aided carries none")
    certain = result.grade if status == MET and result.status == "determined" else None
    floor = possible[-1] if status == MET else None
    if certain is not None:
        text = words.grade_with_sentence(certain)
    elif floor is not None:
        more = [words.grade_name(g) for g in possible if g != floor]
        text = f"at least a {words.grade_with_sentence(floor)}; {words.either(more)} possible"
    else:
        text = "if established: " + words.either([words.grade_with_sentence(g) for g in possible])
    return Grading(certain, floor, possible, f"{text}, the degree of the offense aided")


def _questions(
    v: ActVerdict[StatuteVersion], acc: Accessory, status: Status, clause: str
) -> list[Question]:
    if status != UNDETERMINED:
        return []
    c = v.ctx.conduct
    who: dict[str, Any] = {
        "law": "nm_30_52_1",
        "defendant": acc.person,
        "victim": c.person,
        "conduct": c.id,
    }
    out = []
    if v.status == UNDETERMINED:
        out.append(
            Question(
                text=f"Does {clause} meet § 30-52-1? What is still needed for {c.actor} and "
                f"{c.person} decides it.",
                kind=_FACT,
                citations=["30-52-1(A)"],
                element="offense_aided",
                **who,
            )
        )
    if helped(acc) is Truth.UNKNOWN:
        out.append(
            Question(
                text=f"Did {acc.person} procure, counsel, aid or abet {clause}?",
                kind=_FACT,
                citations=["§ 30-1-13"],
                element="accessory_help",
                **who,
            )
        )
    if acc.intended_that_the_offense_be_committed is Truth.UNKNOWN:
        out.append(
            Question(
                text=f"Did {acc.person} intend that {clause} be committed? (The intent the "
                "uniform jury instruction requires was not found: a fact to state.)",
                kind=_FACT,
                citations=["§ 30-1-13"],
                element="accessory_intent",
                **who,
            )
        )
    return out


def how_helped(acc: Accessory) -> str:
    """What is stated of the help and the intent: ``stated: aided it and intended that the
    offense be committed``."""
    stated: list[str] = []
    missing: list[str] = []
    help_ = helped(acc)
    if help_ is Truth.TRUE:
        stated.append(words.either([w for w in rule.WAYS if getattr(acc, w) is Truth.TRUE]) + " it")
    elif help_ is Truth.FALSE:
        stated.append("did not procure, counsel, aid or abet it")
    else:
        missing.append("the help")
    intent = acc.intended_that_the_offense_be_committed
    if intent is Truth.UNKNOWN:
        missing.append("the intent")
    else:
        stated.append(
            ("intended" if intent is Truth.TRUE else "did not intend")
            + " that the offense be committed"
        )
    parts = []
    if stated:
        parts.append("stated: " + " and ".join(stated))
    if missing:
        parts.append("not stated: " + " and ".join(missing))
    return "; ".join(parts)


def _words(
    pattern: FactPattern,
    v: ActVerdict[StatuteVersion],
    acc: Accessory,
    status: Status,
    paragraphs: dict[str, Status],
    grading: Grading,
    found: Standing | None,
    clause: str,
    federal: bool = False,
) -> str:
    """The finding in a sentence; ``federal``: the federal sections are assessed beside it
    (the (E) bar is then said to have no federal equivalent found)."""
    helper = acc.person
    # the paragraphs of the offense aided, the same for every helper of the act (review A:
    # a helper whose intent is open was named under the act's open paragraphs too, one whose
    # intent is stated under its met ones only): those the act meets, then those still open
    # for it; the helper's own help and intent are the status, said beside
    live = [
        (c, a) for (c, s), a in zip(paragraphs.items(), v.paragraphs, strict=True) if s != NOT_MET
    ]
    met = [words.paragraph_short(c) for c, a in live if a == MET]
    open_ = [words.paragraph_short(c) for c, a in live if a == UNDETERMINED]
    if met:
        under = f"§ 30-52-1{words.either(met)}"
        if open_:
            them = "it" if len(open_) == 1 else "them"
            under += f", or {words.either(open_)} if the act aided is found to meet {them},"
    else:
        under = f"§ 30-52-1{words.either(open_)}" if open_ else ""
    where = f"under {under} " if under and status != NOT_MET else ""
    if status == MET:
        # a helper § 30-52-1(E) bars is not "an accessory" who "shall not be charged": she
        # would be one, but for the bar (review: "K is an accessory … But K shall not be
        # charged" read as a contradiction)
        be = "would be" if found is not None and found.why == "met" else "is"
        text = (
            f"{helper} {be} an accessory to {clause} ({how_helped(acc)}): {where}through "
            f"{rule.S_30_1_13} [S] ({rule.INTENT_AS_STATED}); {grading.words}."
        )
    elif status == UNDETERMINED:
        text = (
            f"{helper} may be an accessory to {clause} ({how_helped(acc)}): {where}through "
            f"{rule.S_30_1_13} [S], not established; {grading.words}."
        )
    else:
        why = []
        if v.status == NOT_MET:
            why.append("the act aided does not meet § 30-52-1")
        if helped(acc) is Truth.FALSE:
            why.append(f"the facts state {helper} did not procure, counsel, aid or abet it")
        if acc.intended_that_the_offense_be_committed is Truth.FALSE:
            why.append(f"the facts state {helper} did not intend that it be committed")
        text = f"{helper} is not an accessory to {clause}: {words.either(why, 'and')}."
    barred = found is not None and found.why == "met"  # not to be charged: no sentence
    if status != NOT_MET and grading.possible and not barred:  # the sentence is an adult's
        child = notes.defendant_under_eighteen(pattern, [v], helper)
        text += f" {child}." if child else ""
    if found is not None and status != NOT_MET:
        text += _bar_words(helper, found)
    if found is not None and status != NOT_MET and federal:
        text += f" {rule.NO_FEDERAL_EQUIVALENT}"
    return text


_VICTIM = "“a human trafficking victim”"
"""(E)'s own words (nmsa-30-52-1.md § 1), quoted where whether they reach a helper is open."""


def _toward(found: Standing) -> str:
    """The act toward the helper a standing rests on, as a clause (``T's obtaining of K on
    5 May 2007``)."""
    assert found.act is not None
    ctx = found.act.ctx
    c = ctx.conduct
    return words.act_clause(c.actor, c.act.value, c.person, stated_day(ctx))


def _otherwise(helper: str, found: Standing) -> str:
    """How an act toward the helper is trafficking though it does not meet § 30-52-1 (a
    standing ``before``, ``verb`` or ``federal``), the decision first."""
    would = "would meet" if found.would == MET else "may meet"
    if found.why == "federal":  # the sections an act meets, else those one may meet
        laws = [words.law(law) for law in found.laws]
        does = "meets" if found.would == MET else "may meet"
        return f"an act toward {helper} {does} {_sections(laws)}, but none meets § 30-52-1"
    act = _toward(found)
    if found.why in ("later", "open_later"):
        when = "came only after" if found.would == MET else "may have come after"
        meets = "meets § 30-52-1"
        if found.why == "open_later":
            actor = found.act.ctx.conduct.actor if found.act is not None else ""
            meets = f"may meet § 30-52-1 (what is still needed for {actor} and {helper} decides it)"
        return (
            f"{act} {meets}, but {when} the act {helper} aided, and "
            "§ 30-52-1(E) does not say when the victim must be one"
        )
    verb = "its verb, which is not one the text covers"
    if found.why.startswith("before"):
        assert found.act is not None
        start = words.long_date(found.act.ctx.version.in_force_from)
        also = f" and for {verb}" if found.why == "before_verb" else ""
        return (
            f"{act} {would} § 30-52-1 but for its date, before the text came into force "
            f"({start}, a date reported, not verified){also}"
        )
    return f"{act} {would} § 30-52-1 but for {verb}"


def _bar_words(helper: str, found: Standing) -> str:
    """§ 30-52-1(E) on a helper's accessory line: applies, or may apply and why."""
    if found.why == "met":
        return (
            f" But {helper} is a human trafficking victim (an act toward {helper} meets "
            f"§ 30-52-1): {helper} shall not be charged as an accessory (§ 30-52-1(E))."
        )
    if found.why == "open" and found.act is not None:
        actor = found.act.ctx.conduct.actor
        return (
            f" {helper} may be a human trafficking victim (an act toward {helper} may meet "
            f"§ 30-52-1; what is still needed for {actor} and {helper} decides it): if so, "
            f"{helper} shall not be charged as an accessory (§ 30-52-1(E))."
        )
    if found.why == "labelled":
        return (
            f" {helper} is labelled a victim, though no act toward {helper} stated meets or may "
            f"meet § 30-52-1: if {helper} is a human trafficking victim, {helper} shall not be "
            "charged as an accessory (§ 30-52-1(E))."
        )
    if found.why == "open":
        return (
            f" {helper} may be a human trafficking victim: if so, {helper} shall not be "
            "charged as an accessory (§ 30-52-1(E))."
        )
    return (
        f" § 30-52-1(E) may apply: {_otherwise(helper, found)}. Whether {helper} is then "
        f"{_VICTIM} within § 30-52-1(E) is a point of law; if so, {helper} shall not be charged "
        "as an accessory (§ 30-52-1(E))."
    )


def _bar_questions(
    v: ActVerdict[StatuteVersion], acc: Accessory, status: Status, found: Standing | None
) -> list[Question]:
    """What § 30-52-1(E) still needs of a helper who is (or may be) an accessory: a point of law
    where an act toward the helper is trafficking that § 30-52-1 does not reach (its date, its
    verb, a federal section only); a fact where the helper is only labelled a victim. (An act
    toward the helper that may meet § 30-52-1 has its own questions, with its pair's.) The
    same for every act the helper aided: :func:`asked_once` keeps the first."""
    if found is None or status == NOT_MET or found.why in ("met", "open"):
        return []
    helper = acc.person
    c = v.ctx.conduct
    who: dict[str, Any] = {
        "law": "nm_30_52_1",
        "citations": ["30-52-1(E)"],
        "element": "victim_not_accessory",
        "defendant": helper,
        "victim": c.person,
        "conduct": c.id,
    }
    if found.why == "labelled":
        text = (
            f"Was {helper} a human trafficking victim? {helper} is labelled a victim, but no act "
            f"toward {helper} stated meets or may meet § 30-52-1; if {helper} was one, "
            f"§ 30-52-1(E) bars charging {helper} as an accessory."
        )
        return [Question(text=text, kind=_FACT, **who)]
    text = (
        f"Is {helper} {_VICTIM} within § 30-52-1(E)? {words.capital(_otherwise(helper, found))}. "
        f"If so, {helper} shall not be charged as an accessory."
    )
    return [Question(text=text, kind=_POINT_OF_LAW, **who)]


def _unless_barred(
    v: ActVerdict[StatuteVersion],
    acc: Accessory,
    status: Status,
    clause: str,
    found: Standing | None,
    federal: Sequence[tuple[Law, ActVerdict[Any]]],
) -> list[Question]:
    """The accessory's own questions (the act aided, the help, the intent) serve only an
    accessory charge (review O5: a trafficked child's intent was asked for a charge (E) bars).
    Where § 30-52-1(E) bars it, none under § 30-52-1 — with the federal sections assessed,
    theirs under 18 U.S.C. § 2(a), which has no such bar found; where (E) may bar it, each
    says it matters under § 30-52-1 only if (E) does not."""
    if found is not None and found.why == "met":
        if not federal:
            return []
        statuses = federal_statuses(acc, federal)
        return _federal_questions(acc, federal, statuses, clause)
    asked = _questions(v, acc, status, clause)
    if found is not None:
        under = "Under § 30-52-1 this" if federal else "This"
        for q in asked:
            q.text += (
                f" ({under} matters only if § 30-52-1(E) does not bar charging {acc.person} "
                "as an accessory.)"
            )
    return asked


def judge(
    pattern: FactPattern,
    v: ActVerdict[StatuteVersion],
    acc: Accessory,
    victims: dict[str, Status],
    federal: Sequence[tuple[Law, ActVerdict[Any]]] = (),
    others: Sequence[ActVerdict[StatuteVersion]] = (),
    federal_victims: Mapping[str, Mapping[str, Status]] | None = None,
) -> AccessoryFinding:
    """The accessory finding of ``acc`` for the act of ``v`` (its § 30-52-1 verdict), with the
    same act's verdict under each federal section in ``federal``; ``others`` and
    ``federal_victims``: what else may make the helper a victim (:func:`standing`)."""
    ctx = v.ctx
    c = ctx.conduct
    help_ = _FROM_TRUTH[helped(acc)]
    intent = _FROM_TRUTH[acc.intended_that_the_offense_be_committed]
    paragraphs = {
        p.citation: all_of(v.paragraphs[i], help_, intent)
        for i, p in enumerate(ctx.version.offences)
    }
    status = all_of(v.status, help_, intent)
    grading = _grading(v, status)
    found = standing(pattern, acc.person, victims, others, federal_victims)
    found = _after_aid(found, acc.person, v, others)
    clause = words.act_clause(c.actor, c.act.value, c.person, stated_day(ctx))
    return AccessoryFinding(
        helper=acc.person,
        defendant=c.actor,
        victim=c.person,
        conduct=c.id,
        name=named(ctx),
        status=status,
        paragraphs=paragraphs,
        ways=[w for w in rule.WAYS if getattr(acc, w) is Truth.TRUE],
        intended=acc.intended_that_the_offense_be_committed.value,
        grading=grading,
        bar=None if found is None else "applies" if found.why == "met" else "may_apply",
        words=_words(pattern, v, acc, status, paragraphs, grading, found, clause, bool(federal)),
        needed=_unless_barred(v, acc, status, clause, found, federal)
        + _bar_questions(v, acc, status, found),
        federal=federal_statuses(acc, federal),
    )


def asked_once(found: list[AccessoryFinding]) -> list[AccessoryFinding]:
    """``found`` (in order), a helper's § 30-52-1(E) question kept on the first act she aided
    only: it concerns her, not the act (review: asked again under every act aided)."""
    seen: set[tuple[str, str]] = set()
    for f in found:
        kept = []
        for q in f.needed:
            key = (f.helper, q.text)
            if q.element == "victim_not_accessory" and key in seen:
                continue
            seen.add(key)
            kept.append(q)
        f.needed = kept
    return found


def federal_statuses(
    acc: Accessory, federal: Sequence[tuple[Law, ActVerdict[Any]]]
) -> dict[str, Status]:
    """Per federal section: the helper under 18 U.S.C. § 2(a) [S], the conjunction of the act's
    status under the section, the help and the stated intent, at most undetermined (the federal
    intent standard is not in the sources read: :func:`_at_most_open`)."""
    return {law.id: _at_most_open(_on_state_facts(acc, lv)) for law, lv in federal}


def _on_state_facts(acc: Accessory, lv: ActVerdict[Any]) -> Status:
    """The conjunction of the act's status under a federal section, the help and the stated
    intent (the § 30-1-13 facts), before :func:`_at_most_open`."""
    help_ = _FROM_TRUTH[helped(acc)]
    intent = _FROM_TRUTH[acc.intended_that_the_offense_be_committed]
    return all_of(lv.status, help_, intent)


def _at_most_open(status: Status) -> Status:
    """A helper is never met under a federal section on the state's accessory facts: the
    federal aiding-and-abetting intent standard is not in the sources read, and a state fact
    never settles a federal element (``docs/federal.md`` decision 1; review L1)."""
    return UNDETERMINED if status == MET else status


def _only_intent_open(acc: Accessory, federal: Sequence[tuple[Law, ActVerdict[Any]]]) -> bool:
    """Whether some section is open only for the federal intent standard (met on the state's
    accessory facts)."""
    return any(_on_state_facts(acc, lv) == MET for _, lv in federal)


def federal_victims(
    pairs: Iterable[tuple[str, Sequence[tuple[Law, Sequence[ActVerdict[Any]]]]]],
) -> dict[str, dict[str, Status]]:
    """Per victim, per federal section: whether an act toward the victim meets it (met), may
    (undetermined) or none does (not met), from each pair's (victim, each law's verdicts)."""
    out: dict[str, dict[str, Status]] = {}
    for victim, laws in pairs:
        found = out.setdefault(victim, {})
        for law, acts in laws:
            if law.jurisdiction == "state":
                continue
            for v in acts:
                was = found.get(law.id, NOT_MET)
                if v.status == MET or (v.status == UNDETERMINED and was == NOT_MET):
                    found[law.id] = v.status
                else:
                    found.setdefault(law.id, was)
    return out


def judge_federal(
    acc: Accessory,
    federal: Sequence[tuple[Law, ActVerdict[Any]]],
    victims: Mapping[str, Mapping[str, Status]] | None = None,
    labor_observed: bool = False,
) -> FederalAccessoryFinding:
    """The finding of ``acc`` under 18 U.S.C. § 2(a) [S] for one act, from the act's verdict
    under each federal section in ``federal`` (at least one): with § 30-52-1 not assessed.
    ``victims`` (:func:`federal_victims`): where an act toward the helper meets or may meet a
    section, the finding says the (E) bar has no federal equivalent found. ``labor_observed``:
    an indicator about the work of the person the act aided is toward is on file
    (``evidence.labor_observed``), which puts §§ 1589 and 1590 at issue as for the pair."""
    ctx = federal[0][1].ctx
    c = ctx.conduct
    statuses = federal_statuses(acc, federal)
    clause = words.act_clause(c.actor, c.act.value, c.person, stated_day(ctx))
    said = _federal_words(acc, federal, statuses, clause, labor_observed)
    if any(s != NOT_MET for s in statuses.values()):
        said += _victim_caution(acc.person, federal, (victims or {}).get(acc.person, {}))
    return FederalAccessoryFinding(
        helper=acc.person,
        defendant=c.actor,
        victim=c.person,
        conduct=c.id,
        name=named(ctx),
        ways=[w for w in rule.WAYS if getattr(acc, w) is Truth.TRUE],
        intended=acc.intended_that_the_offense_be_committed.value,
        words=said,
        needed=_federal_questions(acc, federal, statuses, clause),
        federal=statuses,
    )


def _sections(laws: Sequence[Law], conjunction: str = "or") -> str:
    """``§ 1591`` or ``§§ 1591 or 1590`` (``and``: ``§§ 1591 and 1590``)."""
    short = [words.law_short(law).removeprefix("§ ") for law in laws]
    return ("§ " if len(short) == 1 else "§§ ") + words.either(short, conjunction)


def _at_issue(
    open_: Sequence[Law],
    federal: Sequence[tuple[Law, ActVerdict[Any]]],
    labor_observed: bool = False,
) -> str:
    """The sections ``open_`` a helper may be punished under, as the act aided puts them at
    issue (review V9 of session 8: "under §§ 1591, 1589 or 1590" for a helper of a pure labor
    act, whose § 1591 line asks nothing): a section whose kind of trafficking no fact of the act
    puts at issue is left out, by the rule the pair's questions follow (``needed.unasked``: an
    indicator about the person's work on file, ``labor_observed``, puts §§ 1589 and 1590 at
    issue too; review: "under § 1591" beside the pair's §§ 1589/1590 questions on unpaid
    wages); of the rest, those the act aided meets first, then those still open for it
    ("§ 1589 (or § 1590, if the act aided meets it)"). All of ``open_`` where none is at
    issue."""
    act = {law.id: lv for law, lv in federal}
    issue = [law for law in open_ if unasked(law, [act[law.id]], labor_observed) is None] or list(
        open_
    )
    met = [law for law in issue if act[law.id].status == MET]
    rest = [law for law in issue if act[law.id].status != MET]
    if met and rest:
        it = "it" if len(rest) == 1 else "one"
        return f"{_sections(met)} (or {_sections(rest)}, if the act aided meets {it})"
    return _sections(issue)


def _federal_words(
    acc: Accessory,
    federal: Sequence[tuple[Law, ActVerdict[Any]]],
    statuses: Mapping[str, Status],
    clause: str,
    labor_observed: bool = False,
) -> str:
    """The helper and the act aided, with what is stated of the help and the intent; where no
    section can be met, why (each section's status is :func:`rule.federal_line`'s);
    ``labor_observed``: :func:`_at_issue`'s."""
    helper = acc.person
    open_ = [law for law, _ in federal if statuses[law.id] == UNDETERMINED]
    if open_:  # the decision first, as the state's accessory lines give it
        intent = f"; {rule.FEDERAL_INTENT_WHY}" if _only_intent_open(acc, federal) else ""
        return (
            f"{helper} may be punishable as a principal ({rule.USC_2}(a) [S]) under "
            f"{_at_issue(open_, federal, labor_observed)} for {clause}, not established "
            f"({how_helped(acc)}){intent}."
        )
    why = []
    if all(lv.status == NOT_MET for _, lv in federal):
        why.append(f"the act aided meets none of {_sections([law for law, _ in federal], 'and')}")
    if helped(acc) is Truth.FALSE:
        why.append(f"the facts state {helper} did not procure, counsel, aid or abet it")
    if acc.intended_that_the_offense_be_committed is Truth.FALSE:
        why.append(f"the facts state {helper} did not intend that it be committed")
    return f"{helper} is not punishable as a principal for {clause}: {words.either(why, 'and')}."


def _victim_caution(
    helper: str, federal: Sequence[tuple[Law, ActVerdict[Any]]], victim: Mapping[str, Status]
) -> str:
    """Where an act toward ``helper`` meets (or may meet) a federal section: § 30-52-1(E)'s bar
    has no federal equivalent found (reference § 4: "Victim as accessory | (E): no accessory
    charge | no equivalent found"); ``""`` otherwise."""
    laws = [law for law, _ in federal]
    met = [law for law in laws if victim.get(law.id) == MET]
    open_ = [law for law in laws if victim.get(law.id) == UNDETERMINED]
    if met:
        who = f"is a victim of an offense under {_sections(met, 'and')} (an act toward {helper} "
        who += "meets it)" if len(met) == 1 else "meets them)"
    elif open_:
        who = f"may be a victim of an offense under {_sections(open_)} (an act toward {helper} "
        who += "may meet it)" if len(open_) == 1 else "may meet one of them)"
    else:
        return ""
    return f" {helper} {who}: {rule.NO_FEDERAL_BAR}."


def _federal_questions(
    acc: Accessory,
    federal: Sequence[tuple[Law, ActVerdict[Any]]],
    statuses: Mapping[str, Status],
    clause: str,
) -> list[Question]:
    """What is still needed of a helper whose status is open under some federal section: the
    questions of :func:`_questions`, citing 18 U.S.C. § 2(a) [S] (asked once, for the first
    such section)."""
    open_ = [law for law, _ in federal if statuses[law.id] == UNDETERMINED]
    if not open_:
        return []
    met = [law for law, lv in federal if _on_state_facts(acc, lv) == MET]
    c = federal[0][1].ctx.conduct
    who: dict[str, Any] = {
        "law": open_[0].id,
        "defendant": acc.person,
        "victim": c.person,
        "conduct": c.id,
        "citations": [f"{rule.USC_2}(a)"],
        "kind": _FACT,
    }
    if met:  # met on the state's facts: only the federal intent standard is open
        text = (
            f"Is {acc.person}'s stated intent that {clause} be committed enough under "
            f"{rule.USC_2}(a) for {_sections(met)}? ({words.capital(rule.FEDERAL_INTENT_WHY)}.)"
        )
        return [
            Question(
                text=text,
                element="accessory_intent",
                **{**who, "law": met[0].id, "kind": _POINT_OF_LAW},
            )
        ]
    out = []
    act_open = [law for law, lv in federal if law in open_ and lv.status == UNDETERMINED]
    if act_open:
        out.append(
            Question(
                text=f"Does {clause} meet {_sections(act_open)}? What is still needed for "
                f"{c.actor} and {c.person} decides it.",
                element="offense_aided",
                **who,
            )
        )
    if helped(acc) is Truth.UNKNOWN:
        out.append(
            Question(
                text=f"Did {acc.person} aid, abet, counsel or procure {clause}?",
                element="accessory_help",
                **who,
            )
        )
    if acc.intended_that_the_offense_be_committed is Truth.UNKNOWN:
        out.append(
            Question(
                text=f"Did {acc.person} intend that {clause} be committed? "
                f"({words.capital(rule.FEDERAL_INTENT_OPEN)}.)",
                element="accessory_intent",
                **who,
            )
        )
    return out


def of_acts(
    pattern: FactPattern,
    acts: Sequence[ActVerdict[StatuteVersion]],
    victims: dict[str, Status],
    others: Sequence[ActVerdict[StatuteVersion]] = (),
) -> list[AccessoryFinding]:
    """The accessory findings of every helper of ``acts`` (their § 30-52-1 verdicts);
    ``others``: every act's, for what else may make a helper a victim (:func:`standing`)."""
    return [
        judge(pattern, v, acc, victims, others=others)
        for v in acts
        for acc in v.ctx.conduct.accessories
    ]


def note(
    pattern: FactPattern,
    acts: Sequence[ActVerdict[StatuteVersion]],
    victims: dict[str, Status],
    others: Sequence[ActVerdict[StatuteVersion]] = (),
) -> Note | None:
    """The accessory findings of the helpers of ``acts``, as one note on the principal's
    finding, with § 30-1-13's words, its open intent point and, where barred, § 30-52-1(E)."""
    found = of_acts(pattern, acts, victims, others)
    if not found:
        return None
    text = " ".join(f.words for f in found)
    text += f" '{rule.ACCESSORY_WORDS}' ({rule.S_30_1_13} [S]). {words.capital(rule.INTENT_OPEN)}"
    text += f"; {rule.GRADE_READING}. {rule.MAY_BE_PRINCIPAL}"
    if any(f.bar is not None for f in found):
        e = acts[0].ctx.version.victim_not_accessory
        # quoted after its citation, its letter left out: "E. In a prosecution" mid-paragraph
        # read as if a person E were named (as (B) and (D), ``notes.quoted``)
        text += f" {quoted(e)} ({rule.BAR_READING}.)"
    return Note(kind="accessory", citation=rule.S_30_1_13, text=text)


__all__ = [
    "all_of",
    "asked_once",
    "but_for",
    "federal_statuses",
    "federal_victims",
    "helped",
    "judge",
    "judge_federal",
    "named",
    "note",
    "of_acts",
    "standing",
]
