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
from typing import Any

from nm_trafficking import words
from nm_trafficking.facts.conduct import Accessory
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.grading import grade_act
from nm_trafficking.reasoning.naming import named, stated_day
from nm_trafficking.reasoning.notes import quoted, victim_standing
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Note, Status
from nm_trafficking.statute.model import Law, StatuteVersion
from nm_trafficking.statute.related import accessory as rule
from nm_trafficking.summary import (
    AccessoryBar,
    AccessoryFinding,
    FederalAccessoryFinding,
    Grading,
    Question,
    QuestionKind,
)

_FACT: QuestionKind = "fact"

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


def bar(pattern: FactPattern, helper: str, victims: dict[str, Status]) -> AccessoryBar | None:
    """§ 30-52-1(E) for ``helper``: applies where an act toward the helper meets § 30-52-1;
    may apply where one may, or the helper is labelled a victim (conservative)."""
    if victims.get(helper) == MET:
        return "applies"
    return None if victim_standing(pattern, helper, victims) is None else "may_apply"


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
    v: ActVerdict[StatuteVersion],
    acc: Accessory,
    status: Status,
    paragraphs: dict[str, Status],
    grading: Grading,
    barred: AccessoryBar | None,
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
        be = "would be" if barred == "applies" else "is"
        text = (
            f"{helper} {be} an accessory to {clause} ({how_helped(acc)}): {where}through "
            f"{rule.S_30_1_13} [S]; {grading.words}."
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
    if barred == "applies" and status != NOT_MET:
        text += (
            f" But {helper} is a human trafficking victim (an act toward {helper} meets "
            f"§ 30-52-1): {helper} shall not be charged as an accessory (§ 30-52-1(E))."
        )
    elif barred is not None and status != NOT_MET:
        text += (
            f" {helper} may be a human trafficking victim: if so, {helper} shall not be "
            "charged as an accessory (§ 30-52-1(E))."
        )
    if barred is not None and status != NOT_MET and federal:
        text += f" {rule.NO_FEDERAL_EQUIVALENT}"
    return text


def judge(
    pattern: FactPattern,
    v: ActVerdict[StatuteVersion],
    acc: Accessory,
    victims: dict[str, Status],
    federal: Sequence[tuple[Law, ActVerdict[Any]]] = (),
) -> AccessoryFinding:
    """The accessory finding of ``acc`` for the act of ``v`` (its § 30-52-1 verdict), with the
    same act's verdict under each federal section in ``federal``."""
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
    barred = bar(pattern, acc.person, victims)
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
        bar=barred,
        words=_words(v, acc, status, paragraphs, grading, barred, clause, bool(federal)),
        needed=_questions(v, acc, status, clause),
        federal=federal_statuses(acc, federal),
    )


def federal_statuses(
    acc: Accessory, federal: Sequence[tuple[Law, ActVerdict[Any]]]
) -> dict[str, Status]:
    """Per federal section: the helper under 18 U.S.C. § 2(a) [S], the conjunction of the act's
    status under the section, the help and the stated intent."""
    help_ = _FROM_TRUTH[helped(acc)]
    intent = _FROM_TRUTH[acc.intended_that_the_offense_be_committed]
    return {law.id: all_of(lv.status, help_, intent) for law, lv in federal}


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
) -> FederalAccessoryFinding:
    """The finding of ``acc`` under 18 U.S.C. § 2(a) [S] for one act, from the act's verdict
    under each federal section in ``federal`` (at least one): with § 30-52-1 not assessed.
    ``victims`` (:func:`federal_victims`): where an act toward the helper meets or may meet a
    section, the finding says the (E) bar has no federal equivalent found."""
    ctx = federal[0][1].ctx
    c = ctx.conduct
    statuses = federal_statuses(acc, federal)
    clause = words.act_clause(c.actor, c.act.value, c.person, stated_day(ctx))
    said = _federal_words(acc, federal, statuses, clause)
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


def _federal_words(
    acc: Accessory,
    federal: Sequence[tuple[Law, ActVerdict[Any]]],
    statuses: Mapping[str, Status],
    clause: str,
) -> str:
    """The helper and the act aided, with what is stated of the help and the intent; where no
    section can be met, why (each section's status is :func:`rule.federal_line`'s)."""
    helper = acc.person
    met = [law for law, _ in federal if statuses[law.id] == MET]
    if met:  # the decision first, as the state's accessory lines give it
        return (
            f"{helper} is punishable as a principal ({rule.USC_2}(a) [S]) under "
            f"{_sections(met, 'and')} for {clause} ({how_helped(acc)})."
        )
    open_ = [law for law, _ in federal if statuses[law.id] == UNDETERMINED]
    if open_:
        return (
            f"{helper} may be punishable as a principal ({rule.USC_2}(a) [S]) under "
            f"{_sections(open_)} for {clause}, not established ({how_helped(acc)})."
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
    if not open_ or any(s == MET for s in statuses.values()):
        return []
    c = federal[0][1].ctx.conduct
    who: dict[str, Any] = {
        "law": open_[0].id,
        "defendant": acc.person,
        "victim": c.person,
        "conduct": c.id,
        "citations": [f"{rule.USC_2}(a)"],
        "kind": _FACT,
    }
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
) -> list[AccessoryFinding]:
    """The accessory findings of every helper of ``acts`` (their § 30-52-1 verdicts)."""
    return [judge(pattern, v, acc, victims) for v in acts for acc in v.ctx.conduct.accessories]


def note(
    pattern: FactPattern,
    acts: Sequence[ActVerdict[StatuteVersion]],
    victims: dict[str, Status],
) -> Note | None:
    """The accessory findings of the helpers of ``acts``, as one note on the principal's
    finding, with § 30-1-13's words, its open intent point and, where barred, § 30-52-1(E)."""
    found = of_acts(pattern, acts, victims)
    if not found:
        return None
    text = " ".join(f.words for f in found)
    text += f" '{rule.ACCESSORY_WORDS}' ({rule.S_30_1_13} [S]). {words.capital(rule.INTENT_OPEN)}"
    text += f"; {rule.GRADE_READING}."
    if any(f.bar is not None for f in found):
        e = acts[0].ctx.version.victim_not_accessory
        # quoted after its citation, its letter left out: "E. In a prosecution" mid-paragraph
        # read as if a person E were named (as (B) and (D), ``notes.quoted``)
        text += f" {quoted(e)} ({rule.BAR_READING}.)"
    return Note(kind="accessory", citation=rule.S_30_1_13, text=text)


__all__ = [
    "all_of",
    "bar",
    "federal_statuses",
    "federal_victims",
    "helped",
    "judge",
    "judge_federal",
    "named",
    "note",
    "of_acts",
]
