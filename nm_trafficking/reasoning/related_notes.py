"""Notes from the law around § 30-52-1 (``nm_trafficking.statute.related``): limitation periods
as dated warnings, a unanimity caution, Indian country, and safe harbor for a trafficked minor
who is a defendant. Each is a warning or caution built from statute data with its label; none is
a finding, and none changes a status or a grade.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from nm_trafficking import words
from nm_trafficking.facts.federal_reading import labor_at_issue, sex_at_issue
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.place import County
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import ages
from nm_trafficking.reasoning.grading import act_grades
from nm_trafficking.reasoning.naming import named, stated_day
from nm_trafficking.reasoning.place_notes import place_words
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict
from nm_trafficking.results import Note, Status
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute.model import Grade, Law, Paragraph, StatuteVersion, TextVersion
from nm_trafficking.statute.related import inchoate, indian_country, limitation, safe_harbor
from nm_trafficking.statute.related import unit_of_prosecution as unit
from nm_trafficking.statute.usc_18 import s1594
from nm_trafficking.statute.v2008 import a2_minor
from nm_trafficking.summary import LimitationPeriod

if TYPE_CHECKING:
    from nm_trafficking.reasoning.sting import StingAttempt

_WORDS = {3: "three", 5: "five", 6: "six", 10: "ten"}
_ONE_DAY = timedelta(days=1)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


LAST_DAY_12_2A_7 = (
    "in which case the period ends on the last day of the concluding month of the concluding year"
)
"""NMSA 1978, § 12-2A-7(D) [S] (``research-2026-11-related-texts.md`` § 4.1, secondary mirrors):
a period of years whose concluding month "has no such day" as the day it ran from."""


APPLIES_12_2A_1_B = "a statute enacted or rule adopted on or after the effective date of that act"
"""NMSA 1978, § 12-2A-1(B) [S] (``research-2026-11-related-texts.md`` § 4.1, a secondary
mirror): to what the Uniform Statute and Rule Construction Act (effective 1 July 1997) applies."""

ACT_APPLIES_OPEN = (
    f"a reading: the Act applies to '{APPLIES_12_2A_1_B}' (§ 12-2A-1(B) [S]), and no source the "
    "library has settles whether it reaches § 30-1-8, enacted in 1963 and amended since"
)
"""Why § 12-2A-7(D) on a § 30-1-8 period is a reading (§ 30-1-8's history line, related-law
§ 3.1 [S]; its 2022 amendment [P, via mirror])."""


def _leap_end(day: date | None, end: date | None, state: bool) -> str:
    """Why a period that runs from a 29 February ends on 28 February (the year it ends has no
    29 February), in a parenthesis; ``""`` for any other day. New Mexico's rule for a period of
    years in a statute, § 12-2A-7(D) [S], for a state period; for a federal one, no source the
    library has settles it."""
    if day is None or end is None or (day.month, day.day) != (2, 29) or end.day != 28:
        return ""
    if state:  # a reading: whether the Act reaches § 30-1-8 is open (review X8 of session 8)
        return (
            f" ({end.year} has no 29 February: the period ends on the last day of February if "
            "the Uniform Statute and Rule Construction Act applies to § 30-1-8, NMSA 1978, "
            f"§ 12-2A-7(D) [S]: '{LAST_DAY_12_2A_7}'; {ACT_APPLIES_OPEN})"
        )
    return (
        f" ({end.year} has no 29 February: the last day of February is taken; no source the "
        "library has settles it)"
    )


def _grades(v: ActVerdict[StatuteVersion]) -> tuple[Grade, ...]:
    """The grades the act may carry (those of the paragraphs it meets or may meet, under
    every text an undated act may fall under): ``grading.grade_act``'s."""
    return act_grades(v)


def _period(
    rule: limitation.Limitation,
    grade: str,
    day: date | None,
    today: date | None,
    days: tuple[date | None, date | None] = (None, None),
) -> str:
    """A period in the notes' words; an undated act's (``day`` None) read from ``days``, the
    days it can have happened on (:func:`_possible_days`; review N4 of session 7)."""
    where = f"{rule.citation} {rule.label.code}"
    if rule.years is None:
        other = rule.otherwise  # § 30-1-8(H) for a first degree offense not "violent" (K4)
        if other is not None:  # the open point names (I); (H) is cited with its period
            return f"{grade}: {rule.open_point}{_period(other, '', day, today, days)}"
        return f"{grade}: {rule.open_point} ({where})"
    span = f"{_WORDS.get(rule.years, str(rule.years))} years under {where}"
    if day is None:
        passed, by = _undated_end(rule.years, days, today)
        return f"{grade}: {span}, from a date not stated{_undated_words(passed, by)}" + (
            " (passed)" if passed else ""
        )
    end = _add_years(day, rule.years)
    why = _leap_end(day, end, rule.citation.startswith("NMSA"))
    mark = limitation.mark(end, today)  # as every limitation line says it, after the date
    return f"{grade}: {span}, to {words.long_date(end)}{mark}{why}, unless tolled — check"


_STATE_TAIL = ". " + " ".join(limitation.STATE_CAUTIONS)
"""What the § 30-1-8 note says after the acts' periods (statute data); how every period is read
(Stogner, a warning not a finding) is said once per assessment (:func:`limitation_caution`)."""


def limitation_caution() -> str:
    """How every limitation period is read, said once per assessment after the first note of
    dated periods (it was repeated in each pair's and law's note)."""
    return f"{limitation.EXTENSION} {limitation.WARNING}"


def state_limitation_lines(acts: Sequence[ActVerdict[StatuteVersion]]) -> list[str]:
    """Per act that meets or may meet a paragraph: its grade(s) and the § 30-1-8 period."""
    lines = []
    for v in acts:
        if v.status == NOT_MET:
            continue
        ctx = v.ctx
        when = named(ctx)
        if ctx.date_assumed:
            when += ", assumed"
        periods = [  # most serious first (review N11 of session 7)
            _period(
                limitation.STATE[g.id],
                g.name,
                ctx.day,
                ctx.today,
                _possible_days(v, g.id) if ctx.day is None else (None, None),
            )
            for g in sorted(_grades(v), key=lambda g: -g.severity)
            if g.id in limitation.STATE
        ]
        lines.append(f"{when}: " + "; ".join(periods))
    return lines


_STATE_HEAD = "Limitation periods (NMSA 1978, § 30-1-8 [S]), from the day of each act"


def state_limitation(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """Per act that meets or may meet a paragraph: its grade(s) and the § 30-1-8 period."""
    lines = state_limitation_lines(acts)
    return state_limitation_note({"": lines}) if lines else None


def state_limitation_note(by_pair: Mapping[str, Sequence[str]]) -> Note:
    """The § 30-1-8 note of the acts' periods (:func:`state_limitation_lines`) by pair (``""``
    for one pair, unnamed), the cautions said once after them."""
    pairs = [(who, lines) for who, lines in by_pair.items() if lines]
    if len(pairs) == 1 and not pairs[0][0]:
        body = ": " + " / ".join(pairs[0][1])
    else:
        body = "".join(f". {who}: " + " / ".join(lines) for who, lines in pairs)
    return Note(
        kind="limitation_period",
        citation=limitation.S_30_1_8,
        text=_STATE_HEAD + body + _STATE_TAIL,
    )


Period = tuple[int, str, str]
"""An act's federal period: (the act's place among the pair's acts, the act named, the
period)."""


def federal_limitation_lines(law_id: str, acts: Sequence[ActVerdict[TextVersion]]) -> list[Period]:
    """The federal period of ``law_id`` for each act that meets or may meet a prong."""
    rule = limitation.FEDERAL.get(law_id)
    if rule is None:
        return []
    lines = []
    for i, v in enumerate(acts):
        if v.status == NOT_MET:
            continue
        ctx = v.ctx
        if rule.years is None:
            start = date.fromisoformat(rule.from_date) if rule.from_date else None
            # An undated act's earliest possible day (federal: from the victim's earliest
            # birth) bounds it: none if it cannot be before the start.
            earliest = ctx.day if ctx.day is not None else ctx.first_day
            before = start is not None and (earliest is None or earliest < start)
            line = "no limitation period"
            if before and ctx.day is not None and start is not None and rule.earlier is not None:
                line = _dated_before(rule, rule.earlier, start, ctx.day, ctx.today)
            elif before:
                line += f" if the act is on or after {words.long_date(start) if start else ''}"
            if before and rule.earlier is not None:  # a child: § 3283 beside § 3282(a)
                child = child_period(v, rule, [])
                line += child[0] if child is not None else ""
        else:
            days = _possible_days(v, None) if ctx.day is None else (None, None)
            line = _period(rule, "the offense", ctx.day, ctx.today, days)
            line = line.removeprefix("the offense: ")
            if _before_3298(rule, ctx.day, ctx.first_day):  # review L3 (Stogner)
                shorter = _period(limitation.EARLIER_3298, "", ctx.day, ctx.today)
                line += (
                    f", {limitation.APPLIES_3298}; else{shorter.removeprefix(':')}, "
                    f"{limitation.APPLIES_3282}"
                )
            child = child_period(v, rule, [])
            if child is not None:
                line += child[0]
        lines.append((i, named(ctx), line))
    return lines


def _before_3298(
    rule: limitation.Limitation, day: date | None, earliest: date | None = None
) -> bool:
    """For § 3298's ten years (§§ 1589, 1590) from ``day``: whether § 3282(a)'s five years
    may have run before § 3298 came in (its enactment date NOT FOUND, believed 2008: they ended
    before 2009), so that § 3298 may not reach the act: a later extension does not revive a
    barred prosecution (Stogner [P], reference § 3.4; review L3 of session 6). An undated act
    (``day`` None): from its ``earliest`` possible day (``None``: not bounded, so it may)."""
    if rule.open_template is not limitation.OPEN_3298:
        return False
    start = day if day is not None else earliest
    return start is None or limitation.may_predate_3298(_add_years(start, 5))


def federal_limitation(law_id: str, acts: Sequence[ActVerdict[TextVersion]]) -> Note | None:
    """The federal period of ``law_id`` for the acts that meet or may meet a prong."""
    lines = federal_limitation_lines(law_id, acts)
    if not lines:
        return None
    return federal_limitation_note(limitation.FEDERAL[law_id].citation, {"": {law_id: lines}})


def federal_limitation_note(
    citation: str, by_pair: Mapping[str, Mapping[str, Sequence[Period]]]
) -> Note:
    """The note of one federal limitation rule (``citation``: § 3298 or § 3299): its words and
    open point once; per pair (``""`` for one pair, unnamed), each act's period under the laws
    it governs (:func:`federal_limitation_lines`), said once, naming the sections where the
    rule governs several, and acts with the same period said together."""
    rules = {law_id: limitation.FEDERAL[law_id] for laws in by_pair.values() for law_id in laws}
    rule = next(iter(rules.values()))
    several = len(rules) > 1
    groups = []
    for who, by_law in by_pair.items():
        acts: dict[int, tuple[str, str, list[str]]] = {}  # place -> (act, period, sections)
        for law_id, lines in by_law.items():
            for i, act, period in lines:
                acts.setdefault(i, (act, period, []))[2].append(rules[law_id].section)
        same: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # acts of one period together
        for i in sorted(acts):
            act, period, sections = acts[i]
            same.setdefault((period, tuple(sections)), []).append(act)
        said = [
            f"{words.either(names, 'and')}"
            + (f" ({words.either(list(sections), 'and')})" if several else "")
            + f": {period}"
            for (period, sections), names in same.items()
        ]
        if said:
            groups.append((who, "; ".join(said)))
    if len(groups) == 1 and not groups[0][0]:
        body = ": " + groups[0][1]
    else:
        body = "".join(f". {who}: {text}" for who, text in groups)
    opens = list(dict.fromkeys(r.open_point for r in rules.values() if r.open_point))
    if len(opens) > 1 and rule.open_template is not None:
        opens = [
            rule.open_template.format(sections=words.either([r.section for r in rules.values()]))
        ]
    child = limitation.CHILD_3283
    also = (  # a child victim's act: § 3283's words, once
        f"; {child.citation} {child.label.code}: '{child.words}'"
        if f"({child.citation} " in body
        else ""
    )
    text = (
        f"Limitation period ({rule.citation} {rule.label.code}: '{rule.words}'{also})"
        + body
        + "".join(f". Open: {o}" for o in opens)
        + "."
    )
    return Note(kind="limitation_period", citation=citation, text=text)


def _dated_before(
    rule: limitation.Limitation,
    earlier: limitation.Limitation,
    start: date,
    day: date,
    today: date | None,
) -> str:
    """An act dated before the day ``rule`` applies from (§ 3299: 27 July 2006): ``earlier``'s
    period (§ 3282(a): five years) to its date, and whether ``rule`` reached the act: open where
    that period had not run when ``rule`` came in (an extension of an unexpired period, which
    Stogner does not bar, reference § 3.4), and not where it had (Stogner bars reviving it).
    Its date is known: no condition on it (review B)."""
    short = rule.citation.removeprefix("18 U.S.C. ")
    since = words.long_date(start)
    period = _period(earlier, "", day, today).removeprefix(": ")
    end = _add_years(day, earlier.years or 0)
    head = f"before {short} ({since}, as the reference gives it): {period}"
    if limitation.ran_before(end, start):
        return f"{head}; {limitation.STOGNER_BARRED}"
    return (
        f"{head}; whether {short} reached the act is open (Stogner does not bar it: these "
        f"{_WORDS.get(earlier.years or 0, '')} years had not run on {since}, and a later "
        "extension helps a prosecution not yet barred when it took effect)"
    )


def unanimity(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """Where two or more acts meet or may meet the same paragraph, they could support one count:
    a unanimity caution."""
    if len(acts) < 2:
        return None
    # Paragraphs by citation (their identity), never by position: acts may fall under texts
    # with different paragraphs.
    by_citation: dict[str, list[ActVerdict[StatuteVersion]]] = {}
    for v in acts:
        for citation, status in zip(v.ctx.version.citations, v.paragraphs, strict=True):
            live = by_citation.setdefault(citation, [])
            if status != NOT_MET:
                live.append(v)
    shared = [
        (citation, [named(v.ctx) for v in live])
        for citation, live in by_citation.items()
        if len(live) > 1
    ]
    if not shared:
        return None
    listed = "; ".join(f"under {citation}, {words.either(ids, 'and')}" for citation, ids in shared)
    return Note(
        kind="unanimity",
        citation=shared[0][0],
        text=unit.UNANIMITY.format(acts=f"Several acts ({listed})"),
    )


def in_indian_country(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    there = [v for v in acts if v.ctx.conduct.in_indian_country is Truth.TRUE]
    if not there:
        return None
    ids = [named(v.ctx) for v in there]
    away = [named(v.ctx) for v in there if v.ctx.conduct.county is County.OUTSIDE_NEW_MEXICO]
    elsewhere = (
        f" {words.capital(words.either(away, 'and'))} {'is' if len(away) == 1 else 'are'} "
        "stated to have taken place outside New Mexico: there the State in question is the one "
        "where the act took place, and what is said here of New Mexico (State v. Romero, Public "
        "Law 280) does not apply."
        if away
        else ""
    )
    early = [
        named(v.ctx)
        for v in there
        if (last := v.ctx.last_day or v.ctx.day) is not None and last < indian_country.TRIBAL_FROM
    ]
    before = indian_country.TRIBAL_BEFORE.format(acts=words.either(early, "and")) if early else ""
    return Note(
        kind="indian_country",
        citation="18 U.S.C. § 1151",
        text=f"{words.capital(words.either(ids, 'and'))} took place in Indian country. "
        f"{indian_country.NOTE}{indian_country.TRIBAL.format(before=before)}"
        f"{indian_country.FEDERAL}{elsewhere}",
    )


def _minor_when_acting(pattern: FactPattern, defendant: str, day: date | None) -> bool:
    """The defendant was, or may have been, under eighteen on ``day`` (None: unknown)."""
    person = pattern.person(defendant)
    rule = age_rule.LEAP_DAY_BIRTHDAY
    window = ages.birth_window(
        person_id=person.id,
        birth_date=person.birth_date,
        age=person.age,
        age_on_date=person.age_on,
        leap_day=rule,
    )
    if window is None:
        return person.age is not None and person.age < 18
    if day is None:
        return False
    age = ages.age_at(window, None, person.id, day, day, rule)
    return age is not None and age.lo < 18


def safe_harbor_note(
    pattern: FactPattern,
    defendant: str,
    acts: Sequence[ActVerdict[StatuteVersion]],
    standing: str | None,
) -> Note | None:
    """A defendant who is (or may be) a trafficking victim and was a minor when acting."""
    if standing is None:
        return None
    if not any(_minor_when_acting(pattern, defendant, v.ctx.day) for v in acts):
        return None
    return Note(
        kind="safe_harbor",
        citation="NMSA 1978, § 32A-2-3(A)",
        text=safe_harbor.NOTE.format(person=defendant, words=safe_harbor.S_32A_2_3_A),
    )


def _sting(v: ActVerdict[StatuteVersion]) -> int | None:
    """The age the actor believed, where the actor believed a minor, the person was not one
    (the minor element stated NOT MET: in fact eighteen or older; an age still open is not
    enough, ``notes.believed_minor_age_open``) and nothing else of the minor offense fails (a
    sting); else ``None``."""
    from nm_trafficking.reasoning import notes as base

    believed = v.ctx.conduct.believed_age
    if (
        believed is None
        or v.ctx.age is None
        or not base.not_a_minor(v)
        or not base._minor_at(v, believed)
        or not base._minor_offence_fails_only_on_age(v)
    ):
        return None
    return believed


def attempt(acts: Sequence[ActVerdict[StatuteVersion]]) -> Note | None:
    """A sting: the actor believed a minor, the person was not one, and nothing else of the
    minor offense fails: no completed offense, but an attempt graded from the believed age."""

    from nm_trafficking.reasoning.sting import attempts

    lines = []
    for a in attempts(acts):  # one source for the grade: the summary's line under the pair too
        v, name = a.verdict, a.name
        period = limitation.STATE.get(a.grade)
        limit = (
            f"; its own limitation period: {_period(period, name, v.ctx.day, v.ctx.today)}"
            if period is not None
            else ""
        )
        age = v.ctx.age.text() if v.ctx.age is not None else "not known"
        if a.age_open:  # the person may have been a minor: the attempt is only the alternative
            reading = (
                f"{inchoate.STING_IF}. Attempt, if the person was eighteen or older, is graded "
                "from the believed age"
            )
        else:
            reading = (
                f"{inchoate.STING_READING}. Attempt is the route, graded from the believed age"
            )
        lines.append(
            f"At {named(v.ctx)} (the person's age: {age}) {reading} ({a.believed}): an attempt "
            f"at a {a.completed.name} ({a.completed_citation}) is a {name} under {a.citation} "
            f"[S] (a reading of the two texts){_still_open(a) or ', if established'}; "
            f"{inchoate.ATTEMPT_NEEDS}{limit}."
        )
    if not lines:
        return None
    return Note(kind="attempt", citation=inchoate.S_30_28_1, text=" ".join(lines))


def _still_open(a: StingAttempt) -> str:
    """What of the minor offense, but the age, is not yet established: the intent to commit
    it rests on it, so the attempt is graded only if it is established."""
    if a.minor_stated:
        return ""
    citation = a.verdict.ctx.version.offences[a.paragraph].citation
    return (
        f", if established: of the minor offense ({citation}) the facts do not yet establish "
        f"{words.either(a.open_briefs, 'and')}"
    )


@dataclass(frozen=True, slots=True)
class Agreed:
    """One act an agreement is stated for, as the crime conspired to: the grade(s) it may carry
    (for a sting, the grade of the believed age) and whether it is established as human
    trafficking."""

    verdict: ActVerdict[StatuteVersion]
    crimes: tuple[Grade, ...]
    """The grade(s) of the crime conspired to, least serious first."""
    believed: int | None
    """For a sting, the age the actor believed."""
    attempt: StingAttempt | None = None
    """For a sting, the attempt it leaves (``reasoning.sting``): what of the minor offense, but
    the age, is still open."""
    belief_open: bool = False
    """The person was not a minor, the minor offense fails only on the age and no believed age
    is recorded (``sting.belief_open``): the crime conspired to may be the offense against a
    minor of any age the actor may have believed, so :attr:`crimes` holds each grade such an
    age could give (the conservative reading: the grade is open, not the adult offense's)."""
    own: tuple[Grade, ...] = ()
    """Where :attr:`belief_open`: the grade(s) the act itself may carry, at the person's actual
    age (State v. Jackson: the actual age decides an established offense); the others in
    :attr:`crimes` come only from what the actor may have believed."""

    @property
    def established(self) -> bool:
        """The act agreed to is established as human trafficking (or a sting: graded from the
        believed age, once every element of the minor offense but the age is met, as the
        attempt on the same act is). A believed age not recorded is not established."""
        if self.belief_open:
            return False
        if self.believed is not None:
            return self.attempt is None or self.attempt.minor_stated
        return self.verdict.status != UNDETERMINED

    @property
    def still_open(self) -> list[str]:
        """For a sting not established, the minor offense's open elements in a few words each
        (the attempt line's "still open")."""
        return [] if self.attempt is None else self.attempt.open_briefs


Graded = tuple[str, str, str]
"""(the name of the crime conspired to, the conspiracy's grade id, the paragraph giving it)."""


def _highest(acts: Sequence[Agreed]) -> list[Grade]:
    """The grades the highest crime among ``acts`` may be, least serious first: an act's grade
    may be open, so each grade an act may carry that is not below every act's least grade."""
    if not acts:
        return []
    floor = max(a.crimes[0].severity for a in acts)
    found = {g.id: g for a in acts for g in a.crimes if g.severity >= floor}
    return sorted(found.values(), key=lambda g: g.severity)


_ORDER = list(inchoate.GRADE_NAMES)
"""The grades an attempt or a conspiracy can have, first degree first: most serious first."""


def _conspired(grades: Sequence[Grade]) -> tuple[Graded, ...]:
    """Each conspiracy grade § 30-28-2(B) gives for ``grades`` (one per conspiracy grade), most
    serious first (as every grade the output lists)."""
    out: dict[str, Graded] = {}
    for g in grades:
        if g.id in inchoate.CONSPIRACY_GRADE:
            grade, cited = inchoate.CONSPIRACY_GRADE[g.id]
            out.setdefault(grade, (g.name, grade, cited))
    return tuple(sorted(out.values(), key=lambda x: _ORDER.index(x[1])))


@dataclass(frozen=True, slots=True)
class Conspiracy:
    """One agreement (§ 30-28-2(A) [S]: "knowingly combining with another for the purpose of
    committing a felony"): one offense, whatever the number of acts agreed to or of persons
    they are toward, graded by "the highest crime conspired to be committed" (§ 30-28-2(B)
    [S]) one step down. The facts state an agreement act by act; the acts for which the same
    persons are stated to have combined are read as one agreement (:func:`conspiracies`). One
    source for the conspiracy note and the lines under the pairs (the summary's)."""

    acts: tuple[Agreed, ...]
    """The acts agreed to that meet or may meet a paragraph (or are stings), in order."""
    parties: tuple[str, ...]
    """Everyone who combined: the actor of the first act, then the others in the order stated."""
    grades: tuple[Graded, ...]
    """The conspiracy's grade(s) from the acts established (from every act, where none is)."""
    raised: tuple[Graded, ...]
    """The grade(s) it has only if an act agreed to that is still open is established (for a
    party's view, :meth:`of`: or if his own combination to another's act is)."""
    party: str | None = None
    """For a party's view (:meth:`of`): the party whose grade it is."""

    @property
    def verdict(self) -> ActVerdict[StatuteVersion]:
        """The first act agreed to."""
        return self.acts[0].verdict

    @property
    def persons(self) -> tuple[str, ...]:
        """The others the first act's actor combined with."""
        return self.parties[1:]

    @property
    def victims(self) -> tuple[str, ...]:
        """The persons the acts agreed to are toward, in order."""
        return tuple(dict.fromkeys(a.verdict.ctx.conduct.person for a in self.acts))

    @property
    def established(self) -> bool:
        """An act agreed to is established as human trafficking (or is a sting)."""
        return any(a.established for a in self.acts)

    def combined(self, party: str) -> list[Agreed]:
        """The acts agreed to for which ``party``'s own knowing combination is stated: those he
        is the actor of (the fact on an act states only its actor's combination with the
        persons named; § 30-28-2(A) [S]: "knowingly combining with another for the purpose of
        committing a felony" is each accused's own). Empty for a party only named by another."""
        return [a for a in self.acts if a.verdict.ctx.conduct.actor == party]

    def established_for(self, party: str) -> bool:
        """``party``'s conspiracy is established: his own combination is stated for an act
        agreed to that is established (:attr:`Agreed.established`); another's act he is only
        named in does not establish it (the conservative reading)."""
        return any(a.established for a in self.combined(party))

    def others_only(self, party: str) -> list[str]:
        """For a party whose own combination is stated for no act agreed to: the actors whose
        combination with him is stated (in order); empty otherwise."""
        if self.combined(party):
            return []
        return list(dict.fromkeys(a.verdict.ctx.conduct.actor for a in self.acts))

    def of(self, party: str) -> Conspiracy:
        """The conspiracy as ``party``'s: graded only from the acts his own combination is
        stated for (:meth:`combined`), an act of the agreement he is only named in giving a
        grade in :attr:`raised` ("if his own combination to it is established"); still one
        agreement, one conspiracy (counting). Unchanged where his combination is stated for
        every act agreed to, or for none (then the whole is "if established")."""
        own = self.combined(party)
        if not own or len(own) == len(self.acts):
            return self
        established = [a for a in own if a.established]
        base = established or own
        grades = _conspired(_highest(base))
        floor = max(a.crimes[0].severity for a in base)
        every = _conspired([g for a in self.acts for g in a.crimes if g.severity >= floor])
        have = {g for _, g, _ in grades}
        raised = tuple(x for x in every if x[1] not in have)
        return Conspiracy(self.acts, self.parties, grades, raised, party)

    @property
    def raised_by(self) -> list[Agreed]:
        """The acts that may carry a grade in :attr:`raised`: open ones, and for a party's
        view, another's act (his own combination to it not stated)."""
        up = {name for name, _, _ in self.raised}
        return [
            a
            for a in self.acts
            if (not a.established or self._not_his(a)) and any(g.name in up for g in a.crimes)
        ]

    @property
    def fixed(self) -> bool:
        """Its grade is one, whatever is still open (no believed age can change it)."""
        return len({g for _, g, _ in (*self.grades, *self.raised)}) == 1

    def _not_his(self, a: Agreed) -> bool:
        """In a party's view, an act his own combination is not stated for."""
        return self.party is not None and a.verdict.ctx.conduct.actor != self.party

    @property
    def believed(self) -> int | None:
        """For a conspiracy to one act that is a sting, the age the actor believed."""
        return self.acts[0].believed if len(self.acts) == 1 else None

    @property
    def citation(self) -> str:
        """The paragraph of § 30-28-2(B) giving the grade (the section, where it is open)."""
        cited = list(dict.fromkeys(c for _, _, c in (*self.grades, *self.raised)))
        return cited[0] if len(cited) == 1 else inchoate.S_30_28_2

    def believed_split(self) -> tuple[list[Graded], list[Graded], list[Believed]]:
        """The grades (:attr:`grades`) and the raised ones (:attr:`raised`) less those only an
        age the parties may have believed gives (:func:`belief_split`), and those, most serious
        first."""
        sources = self.combined(self.party) if self.party is not None else list(self.acts)
        base, first = belief_split(self.grades, sources)
        raised, second = belief_split(self.raised, self.raised_by)
        believed = sorted([*first, *second], key=lambda x: _ORDER.index(x[0][1]))
        return base, raised, believed

    def who(self, me: str | None = None) -> str:
        """Whose agreement a grade turns on: this view's party, else ``me``, else every party."""
        if self.party is not None:
            return self.party
        return me if me is not None else words.either(list(self.parties), "and")

    def graded(self, me: str | None = None, victim: str | None = None) -> str:
        """``a third degree felony (conspiracy to a second degree felony)``; where the grade is
        open, each, joined by "or"; a grade only an open act gives, with that act named; a
        grade only a believed age gives, with what ``me`` (else the view's party, else the
        parties) must have agreed to believing (review X4 of session 8)."""
        base, raised, believed = self.believed_split()
        text = _graded(base) if base else ""
        if raised:
            up = {name for name, _, _ in raised}
            by = [
                a
                for a in self.raised_by
                if any(
                    g.name in up and not _by_belief_only(a, inchoate.CONSPIRACY_GRADE[g.id][0])
                    for g in a.crimes
                    if g.id in inchoate.CONSPIRACY_GRADE
                )
            ]
            acts = [named(a.verdict.ctx) for a in by if not self._not_his(a)]
            conditions = []
            if acts:
                conditions.append(
                    f"{words.either(acts, 'or')} {'is' if len(acts) == 1 else 'are'} "
                    "established as human trafficking"
                )
            theirs = [a for a in by if self._not_his(a)]
            if theirs:
                open_ = " (and it is established as human trafficking)" * any(
                    not a.established for a in theirs
                )
                named_ = words.either([agreed_act(a, self.party, None) for a in theirs], "or")
                conditions.append(
                    f"{self.party}'s own combination to {named_} is established{open_}"
                )
            part = f"{_graded(raised)} if {words.either(conditions, 'or')}"
            text = f"{text}, or {part}" if text else part
        who = self.who(me)
        for x, cond in _believed_conditions(who, believed, me, victim):
            part = f"{_graded([x])} if {cond}"
            text = f"{text}, or {part}" if text else part
        if believed:
            text += f" ({BELIEVED_READING.format(who=who)})"
        return text

    def bound(self) -> Agreed | None:
        """The earliest dated act agreed to: the agreement (not dated) was made no later than
        its day (it is on or before the first act agreed to); ``None`` where no act agreed to
        is dated."""
        dated = [(d, a) for a in self.acts if (d := stated_day(a.verdict.ctx)) is not None]
        return min(dated, key=lambda x: x[0])[1] if dated else None

    def start(self) -> date | None:
        """The latest day the agreement can have been made: that of the earliest dated act
        agreed to (:meth:`bound`). § 30-28-2(A) [S] makes the offense "knowingly combining",
        and § 30-1-8 [S] counts "from the time the crime was committed": the agreement is not
        dated, so each period counted from this day is the latest it can end (it ends
        earlier if the agreement was made earlier); ``None`` where no act agreed to is dated."""
        bound = self.bound()
        return None if bound is None else stated_day(bound.verdict.ctx)

    @property
    def belief_unknown(self) -> list[Agreed]:
        """The acts agreed to whose grade turns on a believed age not recorded."""
        return [a for a in self.acts if a.belief_open]

    def _partial(self, party: str | None) -> str | None:
        """``party`` (else this view's), where his own combination is stated for some acts
        agreed to and not for others, or for none: his period is then counted from his own
        acts (:meth:`day_for`); ``None`` where the whole agreement's start serves."""
        who = self.party if party is None else party
        if who is None or len(self.combined(who)) == len(self.acts):
            return None
        return who

    def own_bound(self, party: str) -> Agreed | None:
        """The earliest dated act ``party``'s own combination is stated for (:meth:`combined`):
        his combination, not dated, was made no later than its day."""
        dated = [(d, a) for a in self.combined(party) if (d := stated_day(a.verdict.ctx))]
        return min(dated, key=lambda x: x[0])[1] if dated else None

    def others_for(self, grade: str, party: str) -> list[Agreed]:
        """The acts agreed to that give the conspiracy grade ``grade`` (its id) to ``party``
        only through his own combination to another's act (none of his own gives it): the
        latest day his combination to one of them can have been made is that act's."""
        gives = [a for a in self.acts if _gives(a, grade)]
        own = self.combined(party)
        return [] if any(a in own for a in gives) else gives

    def day_for(self, grade: str, party: str | None = None) -> date | None:
        """The day the period of the conspiracy grade ``grade`` runs from, at the latest, for
        ``party`` (else this view's): § 30-28-2(A) [S] makes the offense each accused's own
        "knowingly combining", so a party's period runs from the acts his own combination is
        stated for (as his grade is, :meth:`of`): the earliest of them; a grade that only
        another's act gives him (his own combination to it not stated), from the latest day
        his combination to it can have been made, that act's (the latest of them, where
        several give it). ``None`` where the day is not stated. The whole agreement's
        (:meth:`start`) where every party's combination is stated for every act."""
        who = self._partial(party)
        if who is None:
            return self.start()
        theirs = self.others_for(grade, who)
        if not theirs:
            bound = self.own_bound(who)
            if bound is None:
                return None if self.combined(who) else self.start()
            return stated_day(bound.verdict.ctx)
        days = [stated_day(a.verdict.ctx) for a in theirs]
        return None if any(d is None for d in days) else max(d for d in days if d is not None)

    def ends_from_start(self) -> list[tuple[str, date | None]]:
        """Per conspiracy grade, the latest last day of its period from :meth:`start` (the
        whole agreement's first dated act)."""
        return related_ends([g for _, g, _ in (*self.grades, *self.raised)], self.start())

    def ends(self, party: str | None = None) -> list[tuple[str, date | None]]:
        """Per conspiracy grade (most serious first), the latest last day of its § 30-1-8
        period (from :meth:`day_for`: the whole agreement's :meth:`start`, or for a party
        whose own combination is not stated for every act, his own acts'; ``None``: not
        dated)."""
        grades = [g for _, g, _ in (*self.grades, *self.raised)]
        if self._partial(party) is None:
            return related_ends(grades, self.start())
        out: list[tuple[str, date | None]] = []
        for grade in sorted(dict.fromkeys(grades), key=_ORDER.index):
            out.extend(related_ends([grade], self.day_for(grade, party)))
        return out


def _gives(a: Agreed, grade: str) -> bool:
    """The act agreed to may give the conspiracy grade ``grade`` (its id; § 30-28-2(B))."""
    return any(inchoate.CONSPIRACY_GRADE.get(g.id, ("",))[0] == grade for g in a.crimes)


def _by_belief_only(a: Agreed, grade: str) -> bool:
    """The act agreed to gives the conspiracy grade ``grade`` only through an age the parties
    may have believed (not stated), not at the person's actual age (:attr:`Agreed.own`)."""
    return a.belief_open and not any(
        inchoate.CONSPIRACY_GRADE.get(g.id, ("",))[0] == grade for g in a.own
    )


Believed = tuple[Graded, list[Agreed]]
"""A conspiracy grade only a believed age gives, with the acts agreed to it would come from."""


def belief_split(
    grades: Sequence[Graded], sources: Sequence[Agreed]
) -> tuple[list[Graded], list[Believed]]:
    """``grades`` split into those the acts ``sources`` give at the persons' actual ages (or
    once established) and those only an age the parties may have believed gives (review X4 of
    session 8: a grade only a believed age gives was said to follow if the act "is established
    as human trafficking"; for an established offense the actual age decides, State v.
    Jackson; the believed-age reading is the one related-law § 2.3 gives for a sting)."""
    keep: list[Graded] = []
    believed: list[Believed] = []
    for x in grades:
        found = [a for a in sources if _gives(a, x[1])]
        if found and all(_by_belief_only(a, x[1]) for a in found):
            believed.append((x, found))
        else:
            keep.append(x)
    return keep, believed


def _band(a: Agreed, grade: str) -> str:
    """The believed ages under eighteen that give the conspiracy grade ``grade`` for the act's
    text: ``under 13``, ``13 to 15``, ``16 or 17``."""
    grading = a.verdict.ctx.version.grading
    ages = [
        age
        for age in range(a2_minor.ADULT_AGE)
        if inchoate.CONSPIRACY_GRADE.get(grading.grade_for_age(age)[0].id, ("",))[0] == grade
    ]
    if not ages:
        return "under eighteen"
    lo, hi = min(ages), max(ages)
    if lo == 0:
        return f"under {hi + 1}"
    return f"{lo} or {hi}" if hi == lo + 1 else f"{lo} to {hi}"


def _believed_conditions(
    who: str, believed: Sequence[tuple[Any, list[Agreed]]], me: str | None, victim: str | None
) -> Iterator[tuple[Any, str]]:
    """Each grade a believed age may give, with its condition in words; where the acts are
    those of the grade before, only the belief is said again (the same act: said once)."""
    last: list[Agreed] = []
    for x, acts in believed:
        cond = believed_condition(who, acts, x[1], me, victim)
        if acts == last:
            cond = f"{who} believed " + words.either(
                [f"{a.verdict.ctx.conduct.person} {_band(a, x[1])}" for a in acts], "or"
            )
        last = acts
        yield x, cond


def believed_condition(
    who: str, acts: Sequence[Agreed], grade: str, actor: str | None, victim: str | None
) -> str:
    """``T agreed to the transporting of 2 July 2023 believing M under 13``: what a grade only
    a believed age gives turns on: what ``who`` agreed to (each party's own agreement); an act
    of ``actor`` toward ``victim`` named by verb and date."""
    said = words.either(
        [
            agreed_act(a, who if actor is None else actor, victim or a.verdict.ctx.conduct.person)
            + f" believing {a.verdict.ctx.conduct.person} {_band(a, grade)}"
            for a in acts
        ],
        "or",
    )
    return f"{who} agreed to {said}"


BELIEVED_READING = "a reading, as for a sting: the age {who} believed is not stated"
"""Said once after the grades only a believed age gives (related-law § 2.3's reading)."""


def _graded(grades: Sequence[Graded]) -> str:
    """``a fourth degree felony (conspiracy to a third degree felony; basic sentence 18 months
    [S])``: each grade with its basic sentence, as the completed grades and the attempt's are
    given (review H of session 6: the conspiracy line gave none)."""
    out = []
    for name, g, _ in grades:
        sentence = basic_sentence(g)
        out.append(
            f"a {inchoate.GRADE_NAMES[g]} (conspiracy to a {name}"
            + (f"; {sentence})" if sentence else ")")
        )
    return words.either(out)


def basic_sentence(grade: str) -> str | None:
    """``basic sentence 18 months [S]``: the basic sentence of an attempt's or a conspiracy's
    grade (NMSA 1978, § 31-18-15(A) [S]): the fourth degree's from the research file, the others
    the statute data's; None where none is known."""
    if grade == inchoate.FOURTH_DEGREE:
        return inchoate.FOURTH_DEGREE_SENTENCE.removeprefix("(").removesuffix(")")
    found = words.grade(grade)
    if found.basic_sentence is None:
        return None
    return f"basic sentence {found.basic_sentence} {found.basic_sentence_label}"


def related_ends(grades: Sequence[str], day: date | None) -> list[tuple[str, date | None]]:
    """Per grade of an attempt or a conspiracy (its id; most serious first, each once), the
    last day of its own § 30-1-8 period from ``day`` ("attempts and conspiracies follow their
    own grade", ``related-law-2026-12.md`` § 3.1); ``None``: counted from a date not stated."""
    out = []
    for grade in sorted(dict.fromkeys(grades), key=_ORDER.index):
        rule = limitation.STATE.get(grade)
        if rule is not None and rule.years is not None:
            out.append((grade, None if day is None else _add_years(day, rule.years)))
    return out


def related_limitation(
    ends: Sequence[tuple[str, date | None]],
    today: date | None,
    *,
    undated: str,
    latest: str = "",
) -> str:
    """A related offense's limitation period, as the count lines give theirs, each last day
    with the paragraph of § 30-1-8 giving it: ``limitation (unless tolled; check): to 10 March
    2024 (passed) under § 30-1-8(B)``; where the grade is open and the periods differ, each
    last day with the grades it is the last day of (most serious first); ``undated``: what is
    said where the day it runs from is not stated; ``latest``: for a conspiracy, why each day is
    the latest safe one (said after them; "at the latest" before them). Each last day marked as
    every limitation line marks it (:func:`limitation.mark`). ``""`` when no period ends (none
    computed)."""
    if not ends:
        return ""
    if any(end is None for _, end in ends) and (not latest or all(end is None for _, end in ends)):
        return f"limitation (unless tolled; check): {undated}"
    # a conspiracy's grade that another's undated act gives: its period's start is not stated
    ends = sorted(ends, key=lambda x: x[1] is None)

    def to(end: date | None, grade: str) -> str:
        section = limitation.STATE[grade].citation.removeprefix("NMSA 1978, ")
        if end is None:
            return "from a date not stated"
        return f"to {words.long_date(end)}{limitation.mark(end, today)} under {section}"

    same: dict[date | None, list[str]] = {}  # a last day with the grades it is of, in order
    for g, end in ends:
        same.setdefault(end, []).append(g)
    if len(same) == 1:
        said = to(ends[0][1], ends[0][0])
    else:
        said = ", ".join(
            f"{to(end, grades[0])} if a {' or a '.join(inchoate.GRADE_NAMES[g] for g in grades)}"
            for end, grades in same.items()
        )
    if latest:
        said = f"at the latest {said}; {latest}"
    return f"limitation (unless tolled; check): {said}"


def conspiracy_limitation(c: Conspiracy, party: str | None = None) -> str:
    """The conspiracy's limitation period, as the count lines give theirs, each last day the
    latest safe one on the stated facts (:meth:`Conspiracy.day_for`): ``limitation (unless
    tolled; check): at the latest to 10 March 2024 (passed) under § 30-1-8(B); counted from the
    first act agreed to, by which the agreement, not dated, was made (...)``, in the § 1594
    line's words (:data:`limitation.CONSPIRACY_LATEST`: whether a continuing combination starts
    the period later is not assessed, review N3 of session 7); as ``party``'s (else the view's),
    counted from the acts his own combination is stated for (review X1 of session 8: another
    party's earlier act dated it, and it was said to have passed)."""
    return related_limitation(
        c.ends(party),
        c.verdict.ctx.today,
        undated=(
            "running from the agreement (not dated; made by the first act agreed to, whose "
            f"date is not stated either; {limitation.CONTINUING_NOT_ASSESSED})"
        ),
        latest=_latest_words(c, party),
    )


def _latest_words(c: Conspiracy, party: str | None) -> str:
    """Why each last day of ``c``'s period (as ``party``'s, else the view's) is the latest safe
    one: counted from the first act agreed to (:data:`limitation.CONSPIRACY_LATEST`); for a
    party whose own combination is not stated for every act, from the first act it is stated
    for, and a grade only another's act gives him, from that act (his combination to it can
    have been made as late as its day)."""
    who = c._partial(party)
    if who is None or c.ends(who) == c.ends_from_start():  # the same days: said as before
        return limitation.CONSPIRACY_LATEST.format(act=_bound_words(c))
    grades = _ordered([*c.grades, *c.raised])
    theirs = [(g, acts) for _, g, _ in grades if (acts := c.others_for(g, who))]
    bound = c.own_bound(who)
    said, why = [], []
    if len(theirs) < len(grades):
        first = "the first act" if len(c.combined(who)) > 1 else "the act"
        act = first if bound is None else f"{_clause(bound.verdict)}, {first}"
        said.append(f"counted for {who} from {act} {who}'s own combination is stated for")
        start = None if bound is None else stated_day(bound.verdict.ctx)
        earlier = start is not None and any(
            (d := stated_day(a.verdict.ctx)) is not None and d < start
            for a in c.acts
            if a not in c.combined(who)
        )
        why.append(
            ("another's earlier act does not date it: " if earlier else "")
            + "§ 30-28-2(A) [S] makes the offense each one's own 'knowingly combining'"
        )
    same: dict[str, list[str]] = {}  # the acts in words -> the grades they give
    for g, acts in theirs:
        key = f"{words.either([_clause(a.verdict) for a in acts], 'or')}|{len(acts)}"
        same.setdefault(key, []).append(inchoate.GRADE_NAMES[g])
    for key, names in same.items():
        named_, n = key.rsplit("|", 1)
        grade = (
            ""
            if len(theirs) == len(grades) and len(same) == 1
            else (f" if a {' or a '.join(names)},")
        )
        said.append(
            (grade.strip() + " " if said else f"counted for {who}{',' if grade else ''}{grade} ")
            + "from "
            f"{named_}, as {who}'s own "
            f"combination to {'it' if n == '1' else 'each'} can have been made as late as its day"
        )
    why += ["the latest safe day on the stated facts", limitation.CONTINUING_NOT_ASSESSED]
    return "; ".join(said) + f" ({'; '.join(why)})"


def _clause(v: ActVerdict[Any]) -> str:
    """``A's recruiting of V on 1 March 2019``: an act with its actor, person and day."""
    ctx = v.ctx
    return words.act_clause(
        ctx.conduct.actor, ctx.conduct.act.value, ctx.conduct.person, stated_day(ctx)
    )


def attempt_limitation(a: StingAttempt) -> str:
    """The attempt's own limitation period (its grade's, from the day of the act), as the
    conspiracy line gives its own."""
    ctx = a.verdict.ctx
    return related_limitation(
        related_ends([a.grade], stated_day(ctx)),
        ctx.today,
        undated="running from the date of the act (not stated)",
    )


_T = TypeVar("_T")


def _parties(v: ActVerdict[Any]) -> list[str]:
    """Who is stated to have combined for the act: its actor, then the persons agreed with."""
    return [v.ctx.conduct.actor, *v.ctx.conduct.agreement.with_persons]


def _agreement_stated(v: ActVerdict[Any]) -> bool:
    """An agreement with another to commit the act is stated (§ 30-28-2(A); 18 U.S.C. § 1594
    reads the same facts)."""
    agreement = v.ctx.conduct.agreement
    return agreement.to_commit_this_act is Truth.TRUE and bool(agreement.with_persons)


def _by_parties(
    items: Sequence[_T], verdict: Callable[[_T], ActVerdict[Any]]
) -> dict[frozenset[str], tuple[list[str], list[_T]]]:
    """``items`` grouped by the persons stated to have combined for their acts (the same
    persons: one agreement, the conservative reading of :func:`conspiracies`), each group with
    its parties in the order first named."""
    found: dict[frozenset[str], tuple[list[str], list[_T]]] = {}
    for item in items:
        parties = _parties(verdict(item))
        kept = found.setdefault(frozenset(parties), (list(dict.fromkeys(parties)), []))
        kept[1].append(item)
    return found


def _agreed(v: ActVerdict[StatuteVersion]) -> Agreed | None:
    """The act as a crime conspired to: an agreement is stated for it, and it meets or may
    meet a paragraph (or is a sting) with a grade § 30-28-2(B) steps down from; else ``None``
    (an act that meets no paragraph is no crime conspired to under § 30-52-1)."""
    return _as_crime(v) if _agreement_stated(v) else None


def object_unstated(acts: Sequence[ActVerdict[StatuteVersion]]) -> list[ActVerdict[StatuteVersion]]:
    """The acts an agreement is stated with persons for (``with_persons``) without saying
    whether it was to commit the act (``to_commit_this_act`` unknown), and that would be a crime
    conspired to if it was (:func:`_agreed`): whether it was is asked (§ 30-28-2(A) [S]:
    "knowingly combining with another for the purpose of committing a felony"); they were left
    out silently."""
    return [
        v
        for v in acts
        if v.ctx.conduct.agreement.with_persons
        and v.ctx.conduct.agreement.to_commit_this_act is Truth.UNKNOWN
        and _as_crime(v) is not None
    ]


def _as_crime(v: ActVerdict[StatuteVersion]) -> Agreed | None:
    """The act as a crime conspired to, whether or not an agreement to commit it is stated
    (:func:`_agreed`)."""
    from nm_trafficking.reasoning import notes as base
    from nm_trafficking.reasoning.sting import belief_open

    believed = _sting(v)
    if believed is None and v.ctx.age is not None and base.believed_minor_age_open(v):
        believed = v.ctx.conduct.believed_age  # the crime conspired to is what was believed

    unknown = believed is None and bool(belief_open([v]))
    if v.status == NOT_MET and believed is None and not unknown:
        return None
    crimes = (
        (v.ctx.version.grading.grade_for_age(believed)[0],) if believed is not None else _grades(v)
    )
    if unknown:  # each grade a believed age under eighteen could give, with the act's own
        minor = v.ctx.version.grading.grades_for_ages(0, 17)
        own = crimes if v.status != NOT_MET else ()
        crimes = tuple(sorted({g.id: g for g in (*own, *minor)}.values(), key=lambda g: g.severity))
    if not any(g.id in inchoate.CONSPIRACY_GRADE for g in crimes):
        return None
    if believed is None:
        own_grades = tuple(_grades(v)) if unknown and v.status != NOT_MET else ()
        return Agreed(v, tuple(crimes), believed, belief_open=unknown, own=own_grades)
    from nm_trafficking.reasoning.sting import attempts

    found = attempts([v])
    return Agreed(v, tuple(crimes), believed, found[0] if found else None)


def conspiracies(acts: Sequence[ActVerdict[StatuteVersion]]) -> list[Conspiracy]:
    """The agreements stated for ``acts``, each once, in the order of their first act: the acts
    an agreement is stated for that meet or may meet a paragraph (or are stings), those whose
    actor and persons agreed with are the same persons read as one agreement — one offense,
    not one per act (§ 30-28-2(A) makes the combining the offense; the conservative reading
    where the facts do not say whether it was one agreement or several) — graded by the
    highest crime conspired to be committed (§ 30-28-2(B))."""
    found = _by_parties([a for a in map(_agreed, acts) if a is not None], lambda a: a.verdict)
    out = []
    for parties, agreed in found.values():
        established = [a for a in agreed if a.established]
        raised: tuple[Graded, ...] = ()
        if not established:
            grades = _conspired(_highest(agreed))
        else:
            grades = _conspired(_highest(established))
            floor = max(a.crimes[0].severity for a in established)
            every = _conspired([g for a in agreed for g in a.crimes if g.severity >= floor])
            have = {g for _, g, _ in grades}
            raised = tuple(x for x in every if x[1] not in have)
        ordered = sorted(agreed, key=lambda a: a.verdict.ctx.index)
        out.append(Conspiracy(tuple(ordered), tuple(parties), grades, raised))
    return sorted(out, key=lambda c: c.verdict.ctx.index)


def agreed_act(
    a: Agreed, actor: str | None, victim: str | None, among: Sequence[Agreed] = ()
) -> str:
    """The act by its verb and date (``the recruiting of 10 March 2019``), or, where it is not
    ``actor``'s toward ``victim``, or another act ``among`` those named with it has the same
    verb and day (review X10 of session 8), with its actor and person (``A's recruiting of V on
    ...``): :func:`act_among`."""
    return act_among(a.verdict.ctx, actor, victim, [b.verdict.ctx for b in among])


def act_among(ctx: Any, actor: str | None, victim: str | None, among: Sequence[Any]) -> str:
    """The act of ``ctx`` named among the acts (contexts) ``among`` named with it: by its verb
    and date where it is ``actor``'s toward ``victim`` and no other of them has its verb and
    day, else with its actor and person. One rule for the § 30-28-2 line and the § 1594 line
    (review Z4 3 of session 8)."""
    same = any(
        other is not ctx
        and other.conduct.act == ctx.conduct.act
        and stated_day(other) == stated_day(ctx)
        for other in among
    )
    if ctx.conduct.actor == actor and ctx.conduct.person == victim and not same:
        return named(ctx)
    return words.act_clause(
        ctx.conduct.actor, ctx.conduct.act.value, ctx.conduct.person, stated_day(ctx)
    )


ONE_AGREEMENT = (
    "The facts state the agreement act by act; the acts for which the same persons are stated "
    "to have combined are read as one agreement, hence one conspiracy, not one per act (a "
    "reading, the conservative one: § 30-28-2(A) makes the combining the offense, and "
    "§ 30-28-2(B) grades it by 'the highest crime conspired to be committed'); whether they "
    "were in fact separate agreements is for the evidence."
)
"""Why several acts agreed to are one conspiracy (said once in the note)."""


def several_victims(victims: Sequence[str]) -> str:
    """Why an agreement toward several persons is one conspiracy (said in full once, under the
    first pair it concerns; the others refer to it)."""
    return (
        f"one conspiracy toward {words.either(list(victims), 'and')}, not one per person, on the "
        "conservative reading that one agreement is one offense"
    )


def _note_graded(c: Conspiracy, one: bool, actor: str, victim: str | None) -> str:
    """The note's grade of ``c`` (the whole agreement, or a party's view, :meth:`Conspiracy.of`):
    each grade with its paragraph; a grade only an open act gives, with that act named, or,
    in a party's view, only another's act his own combination to is not stated ("if D1's own
    combination to ... is established", as the summary's line says); a sting's believed age;
    "if ... established" where no act agreed to (for a party: of his own) is; a grade only an
    age the parties may have believed gives, with what they must have agreed to believing
    (review X4 of session 8: it was said to follow if the act "is established")."""
    base, raised, believed = c.believed_split()
    grades = [f"to a {name}, a {inchoate.GRADE_NAMES[g]} ({cited} [S])" for name, g, cited in base]
    own = c.acts if c.party is None else tuple(c.combined(c.party))
    graded = (
        ""
        if not grades
        else f"conspiracy {grades[0]}"
        if len(grades) == 1
        else "conspiracy, its grade open as the "
        + ("act's is: " if len(own) == 1 else "acts' grades are: ")
        + "; or ".join(grades)
    )
    if raised:
        names = {g for _, g, _ in raised}
        by = [
            a for a in c.raised_by if any(_gives(a, g) and not _by_belief_only(a, g) for g in names)
        ]
        up = [
            named(a.verdict.ctx) if one else agreed_act(a, None, None)
            for a in by
            if not c._not_his(a)
        ]
        theirs = [agreed_act(a, None, None) for a in by if c._not_his(a)]
        conditions = (
            [
                f"{words.either(up, 'or')} {'is' if len(up) == 1 else 'are'} established as human "
                "trafficking"
            ]
            if up
            else []
        )
        if theirs:
            conditions.append(
                f"{c.party}'s own combination to {words.either(theirs, 'or')} is established"
            )
        more = f"if {words.either(conditions, 'or')}, " + "; or ".join(
            f"conspiracy to a {name}, a {inchoate.GRADE_NAMES[g]} ({cited} [S])"
            for name, g, cited in raised
        )
        graded = f"{graded}; or, {more}" if graded else more
    stings = [a for a in c.acts if a.believed is not None]
    established = c.established if c.party is None else c.established_for(c.party)
    if len(c.acts) == 1 and stings:
        graded += (
            f", graded from the age {actor} believed ({stings[0].believed}): the crime "
            "conspired to is the offense against a minor of that age (§ 30-28-2(B): 'the "
            "highest crime conspired to be committed')"
            + (_still_open(stings[0].attempt) if stings[0].attempt is not None else "")
        )
    elif stings:
        graded += "".join(
            f"; {agreed_act(a, actor if one else None, victim)} is graded from the age "
            f"{a.verdict.ctx.conduct.actor} believed ({a.believed})"
            + (_still_open(a.attempt) if a.attempt is not None else "")
            for a in stings
        )
    elif not established and graded:
        what = "the act agreed to is" if len(c.acts) == 1 else "an act agreed to is"
        if c.party is not None:
            what = f"{words.either([agreed_act(a, None, None) for a in own], 'or')} is"
        graded = f"if {what} established as human trafficking, {graded}"
    who = c.who()
    for x, cond in _believed_conditions(who, believed, actor if one else None, victim):
        name, g, cited = x
        part = f"if {cond}, conspiracy to a {name}, a {inchoate.GRADE_NAMES[g]} ({cited} [S])"
        graded = f"{graded}; or, {part}" if graded else part
    if believed:
        graded += f" ({BELIEVED_READING.format(who=who)})"
    unknown = [] if c.fixed or believed else c.belief_unknown  # said with the grades above
    if unknown:
        graded += "".join(
            f"; the grade turns on the age {who} believed "
            f"{a.verdict.ctx.conduct.person} to be at "
            f"{named(a.verdict.ctx) if one else agreed_act(a, None, None)}, not stated (each "
            "grade a believed age under eighteen could give is listed)"
            for a in unknown
        )
    return graded


def _named_only(c: Conspiracy) -> str:  # c: the whole agreement (every pair's acts)
    """The parties named in another's agreement whose own knowing combination is stated for no
    act agreed to (the fact on an act states only its actor's: § 30-28-2(A) [S], "knowingly
    combining", is each accused's own): for them the conspiracy is not established, as the
    summary's line says (review K1); ``""`` where there are none."""
    said = ""
    for p in c.parties:
        if c.combined(p):
            continue
        actors = words.either(c.others_only(p), "and")
        said += (
            f" {p}'s own knowing combination is not stated, only {actors}'s with {p}: for {p}, "
            "the conspiracy is not established (the grade above is the one it would have if it "
            "were)."
        )
    return said


def conspiracy_text(c: Conspiracy, whole: Conspiracy | None = None) -> str:
    """The note's sentence on one agreement: who combined for what (stated), its grade and its
    own limitation period; ``whole``: the same agreement over every pair's acts (a finding's
    note sees its pair's only), whose earliest dated act bounds the day it was made. Where the
    parties' own combinations are stated for different acts, each party's is said, and graded
    from the acts his own combination is stated for (:meth:`Conspiracy.of`), as the summary's
    lines grade it: one agreement, one conspiracy (counting), not one grade for all."""
    whole = c if whole is None else whole
    first = c.verdict
    actor = first.ctx.conduct.actor
    one = len({(a.verdict.ctx.conduct.actor, a.verdict.ctx.conduct.person) for a in c.acts}) == 1
    victim = first.ctx.conduct.person if one else None
    names = [agreed_act(a, actor if one else None, victim, c.acts) for a in c.acts]
    own = [p for p in c.parties if c.combined(p)]
    partial = [p for p in own if len(c.combined(p)) < len(c.acts)]
    views = [c.of(p) for p in partial] or [c]
    by_view: dict[str, list[str]] = {}  # the periods in words -> the parties they are of
    for v in views:
        periods = [
            _period(period, inchoate.GRADE_NAMES[g], whole.day_for(g, v.party), first.ctx.today)
            for _, g, _ in _ordered([*v.grades, *v.raised])
            if (period := limitation.STATE.get(g)) is not None
        ]
        if periods:
            by_view.setdefault("; or ".join(dict.fromkeys(periods)), []).append(v.party or "")
    if len(by_view) > 1:  # each party's own (review X1 of session 8)
        limit = (
            "; its own limitation period, each last day the latest safe one, for each party "
            "from the first act his own combination is stated for, a grade only another's act "
            "gives him from that act (another's earlier act does not date his combination: "
            f"§ 30-28-2(A) [S]; {limitation.CONTINUING_NOT_ASSESSED}): "
            + "; ".join(f"for {words.either(ps, 'and')}, {said}" for said, ps in by_view.items())
        )
    elif by_view:
        latest = (
            _latest_words(whole, views[0].party)
            if partial
            else limitation.CONSPIRACY_LATEST.format(act=_bound_words(whole))
        )
        limit = (
            f"; its own limitation period, each last day the latest safe one ({latest}): "
            f"{next(iter(by_view))}"
        )
    else:
        limit = ""
    if partial:
        combined = [
            f"{p}{' knowingly combined' if i == 0 else ''} with "
            f"{words.either([x for x in c.parties if x != p], 'and')} for the purpose of "
            f"committing {words.either([agreed_act(a, None, None) for a in c.combined(p)], 'and')}"
            " (stated)"
            for i, p in enumerate(own)
        ]
        same: dict[str, list[str]] = {}  # a grade in words -> the parties it is of
        for v in views:
            same.setdefault(_note_graded(v, False, actor, None), []).append(v.party or "")
        per_party = "; ".join(
            f"for {words.either(ps, 'and')}, {graded}" for graded, ps in same.items()
        )
        victims = c.victims
        toward = f" {words.capital(several_victims(victims))}." if len(victims) > 1 else ""
        return (
            f"{'; and '.join(combined)}: one conspiracy, graded by 'the highest crime conspired "
            "to be committed', for each party from the acts his own combination is stated for "
            "(another's act counts toward it only if his own combination to it is established; "
            f"the conservative reading): {per_party} (a reading of the text){limit}."
            + toward
            + _named_only(whole)
        )
    graded = _note_graded(c, one, actor, victim)
    if len(c.acts) == 1:
        return (
            f"{words.capital(names[0])}: {actor} knowingly combined with "
            f"{', '.join(c.persons)} for the purpose of committing it (stated): "
            f"{graded} (a reading of the text){limit}." + _named_only(whole)
        )
    victims = c.victims
    toward = f" {words.capital(several_victims(victims))}." if len(victims) > 1 else ""
    return (
        f"{actor} knowingly combined with {words.either(list(c.persons), 'and')} for the purpose "
        f"of committing {words.either(names, 'and')} (stated): one conspiracy, graded by 'the "
        f"highest crime conspired to be committed': {graded} (a reading of the text){limit}."
        + toward
        + _named_only(whole)
    )


def _ordered(grades: Sequence[Graded]) -> list[Graded]:
    """Each conspiracy grade once, most serious first."""
    found = {g: (name, g, cited) for name, g, cited in grades}
    return sorted(found.values(), key=lambda x: _ORDER.index(x[1]))


def _bound_words(c: Conspiracy) -> str:
    """The act by which the agreement was made, as :func:`conspiracy_limitation` names it."""
    bound = c.bound()
    return _made_by([a.verdict for a in c.acts], None if bound is None else bound.verdict)


def _made_by(acts: Sequence[ActVerdict[Any]], bound: ActVerdict[Any] | None) -> str:
    """The act by which an agreement to ``acts`` was made: ``bound``, the earliest dated act
    agreed to, named where another act agreed to is undated (it may be earlier)."""
    if bound is None or all(stated_day(v.ctx) is not None for v in acts):
        return "the act agreed to" if len(acts) == 1 else "the first act agreed to"
    ctx = bound.ctx
    act = words.act_clause(
        ctx.conduct.actor, ctx.conduct.act.value, ctx.conduct.person, stated_day(ctx)
    )
    return f"{act}, the first dated act agreed to"


def _elsewhere(c: Conspiracy, every_act: Sequence[ActVerdict[StatuteVersion]]) -> str:
    """For a finding's note, which sees the pair's acts only: the other acts of the assessment
    (``every_act``: every act's § 30-52-1 verdict) that are part of the same agreement as the
    summary's note reads it (:func:`conspiracies`: the same persons combined, and the act is a
    crime conspired to — not one that meets no paragraph), named, and where the whole
    agreement is said; ``""`` when there are none."""
    mine = {a.verdict.ctx.conduct.id for a in c.acts}
    parties = frozenset(c.parties)
    party = c.verdict.ctx.conduct.actor  # a finding's acts are its defendant's own
    others = [
        v
        for v in every_act
        if v.ctx.conduct.id not in mine
        and frozenset(_parties(v)) == parties
        and _agreed(v) is not None
    ]
    if not others:
        return ""

    def clause(acts: Sequence[ActVerdict[StatuteVersion]]) -> str:
        return words.either(
            [
                words.act_clause(
                    v.ctx.conduct.actor,
                    v.ctx.conduct.act.value,
                    v.ctx.conduct.person,
                    stated_day(v.ctx),
                )
                for v in acts
            ],
            "and",
        )

    own = [v for v in others if v.ctx.conduct.actor == party]
    theirs = [v for v in others if v.ctx.conduct.actor != party]
    said = ""
    if own:
        said += (
            f" {party}'s own combination with the same persons is also stated for {clause(own)}: "
            f"it grades {party}'s conspiracy with this pair's acts."
        )
    if theirs:
        actors = list(dict.fromkeys(v.ctx.conduct.actor for v in theirs))
        it = "it counts toward" if len(theirs) == 1 else "they count toward"
        said += (
            f" The same agreement also covers {clause(theirs)}, for which "
            f"{words.either(actors, 'and')} {'is' if len(actors) == 1 else 'are'} stated to have "
            f"combined with {party}: {it} {party}'s grade only if {party}'s own combination to "
            f"{'it' if len(theirs) == 1 else 'them'} is established."
        )
    return (
        f"{said} One agreement, hence one conspiracy, graded for {party} by the highest crime "
        f"among the acts {party}'s own combination is stated for, not by this pair's alone (see "
        "the summary's conspiracy note)."
    )


def conspiracy_note(
    found: Sequence[Conspiracy], every_act: Sequence[ActVerdict[StatuteVersion]] | None = None
) -> Note | None:
    """The conspiracy note of ``found`` (:func:`conspiracies`); with ``every_act`` (a finding's
    note, which sees the pair's acts only: every act's verdict), naming the acts of the same
    agreement it does not see."""
    if not found:
        return None
    several = any(len(c.acts) > 1 for c in found)
    # the whole agreement (every pair's acts) bounds the day it was made, not this pair's acts
    whole = {frozenset(c.parties): c for c in conspiracies(every_act or ())}
    return Note(
        kind="conspiracy",
        citation=inchoate.S_30_28_2,
        text=" ".join(
            conspiracy_text(c, whole.get(frozenset(c.parties), c))
            + (_elsewhere(c, every_act) if every_act is not None else "")
            for c in found
        )
        + (f" {ONE_AGREEMENT}" if several else "")
        + f" '{inchoate.CONSPIRACY_WORDS}' ({inchoate.S_30_28_2}(A) [S]). Conspiracy is distinct "
        "from the completed offense and from aiding and abetting (State v. Armijo, 1976-NMCA-126, "
        "annotation [S]); attempts and conspiracies follow their own grade for § 30-1-8.",
    )


def conspiracy(
    acts: Sequence[ActVerdict[StatuteVersion]],
    every_act: Sequence[ActVerdict[StatuteVersion]] | None = None,
) -> Note | None:
    """An agreement stated for acts that meet or may meet a paragraph: one conspiracy per
    agreement, graded one step down from the highest crime agreed to (open where that grade is
    open). ``every_act`` (every act's verdict): for a finding's note, to name the acts of the
    same agreement outside the finding."""
    return conspiracy_note(conspiracies(acts), every_act)


def for_finding(
    found: list[Note],
    pattern: FactPattern,
    defendant: str,
    acts: Sequence[ActVerdict[StatuteVersion]],
    status: Status,
    standing: str | None,
    every_act: Sequence[ActVerdict[StatuteVersion]] | None = None,
) -> list[Note]:
    """``found`` (the finding's notes) with these added; subsection B's note told, in Indian
    country, that it does not settle jurisdiction, and given the place of the acts
    (``place_notes``) when a county is stated. ``every_act``: every act's verdict (the
    conspiracy note names the acts of an agreement outside the finding; without it, none)."""
    indian = in_indian_country(acts)
    place = place_words(acts)
    out: list[Note] = []
    for note in found:
        if note.kind == "jurisdiction" and (indian is not None or place is not None):
            text = note.text
            if indian is not None:
                text += (
                    " (For the State; in Indian country who is Indian decides whether the State "
                    "has jurisdiction: see the Indian-country note.)"
                )
            if place is not None:
                text += f" {place}"
            note = Note(kind=note.kind, citation=note.citation, text=text)
        out.append(note)
    for extra in (
        attempt(acts),
        conspiracy(acts, every_act),
        indian,
        unanimity(acts) if status != NOT_MET else None,
        state_limitation(acts) if status != NOT_MET else None,
        safe_harbor_note(pattern, defendant, acts, standing),
    ):
        if extra is not None:
            out.append(extra)
    return out


@cache  # the statute data's citations, labels and grade names: a few dozen
def _in_words(text: str) -> str:
    """Statute words with any ISO date in words (the period's dates are written in words)."""
    return words.dates_in_words(text)


def _passed(end: date | None, today: date | None) -> bool | None:
    """Whether a period ending on ``end`` has passed on ``today`` (as the count lines say it:
    the last day before the day of the assessment); ``None`` when either is not known."""
    return None if end is None or today is None else end < today


def act_limitation(
    v: ActVerdict[TextVersion], law_id: str
) -> tuple[date | None, str, dict[str, date | None], list[LimitationPeriod]] | None:
    """The limitation period of one act that meets or may meet ``law_id``, as a dated warning:
    (the last day of the earliest period that may apply, or ``None`` when none ends; the period
    in words; where the grade is open, each possible grade's last day by its id, ``None`` for
    a period that is open or none; each period that applies or may apply, with whether it has
    passed on the day of the assessment). ``None`` when the act meets nothing or the law states
    no rule here. The same rules as the notes (``state_limitation``, ``federal_limitation``),
    per act."""
    if v.status == NOT_MET:
        return None
    ctx = v.ctx
    day = ctx.day
    state = law_id == "nm_30_52_1"
    # (the grade's id, its name, its rule), each rule's last day computed once
    rules: list[tuple[str, str, limitation.Limitation]]
    if state:  # most serious first, as every list in words (review N11 of session 7)
        grades = sorted(_grades(v), key=lambda g: -g.severity)  # type: ignore[arg-type]
        rules = [(g.id, g.name, limitation.STATE[g.id]) for g in grades if g.id in limitation.STATE]
    else:
        rule = limitation.FEDERAL.get(law_id)
        rules = [("", "the offense", rule)] if rule is not None else []
    if not rules:
        return None
    by_grade: dict[str, date | None] = {}
    ends: list[date] = []
    parts = []
    periods: list[LimitationPeriod] = []
    for grade_id, grade, rule in rules:
        end = _add_years(day, rule.years) if rule.years is not None and day is not None else None
        # an undated act: the days it can have happened on, for this grade (review N4)
        days = _possible_days(v, grade_id or None) if day is None else (day, day)
        if state:
            by_grade[grade_id] = end
        if end is not None:
            ends.append(end)
        where = _in_words(f"{rule.citation} {rule.label.code}")
        graded = grade_id or None
        if rule.years is None:  # § 30-1-8(I) for first degree is open; § 3299: none
            start = date.fromisoformat(rule.from_date) if rule.from_date else None
            # an undated act's earliest possible day bounds it (as in ``federal_limitation``)
            earliest = day if day is not None else ctx.first_day
            before = start is not None and (earliest is None or earliest < start)
            if state and rule.otherwise is not None:  # (I) or, if not "violent", (H) (K4)
                said, alternatives = _first_degree(
                    rule, rule.otherwise, day, ctx.today, graded, days
                )
                periods += alternatives
            elif state:
                said = f"open ({where})"
                periods.append(LimitationPeriod(rule.citation, "open", None, None, None, graded))
            elif before and start is not None and rule.earlier is not None:
                said, alternatives = _before_rule(rule, rule.earlier, start, day, ctx.today)
                periods += alternatives
                if len(alternatives) == 1 and alternatives[0].last_day is not None:
                    ends.append(alternatives[0].last_day)  # its five years alone (Stogner)
            else:
                said = f"{'open' if before else 'no limitation period'} ({where})"
                periods.append(
                    LimitationPeriod(rule.citation, "open" if before else "none", None, None, None)
                )
                if not before:
                    periods[-1].passed = False
        else:
            passed, by = _undated_end(rule.years, days, ctx.today) if end is None else (None, None)
            if end is None:
                said = f"{_WORDS.get(rule.years, str(rule.years))} years, from a date not stated"
                said += _undated_words(passed, by)
            else:
                said = (
                    f"{_WORDS.get(rule.years, str(rule.years))} years, to "
                    f"{words.long_date(end)}{_leap_end(day, end, state)}, unless tolled"
                )
            said = f"{said} ({where})"
            periods.append(
                LimitationPeriod(
                    rule.citation,
                    "years",
                    rule.years,
                    end,
                    _passed(end, ctx.today) if end is not None else passed,
                    graded,
                    _by=by,
                )
            )
            if not state and _before_3298(rule, day, ctx.first_day):  # L3 (Stogner)
                short = limitation.EARLIER_3298
                five = _add_years(day, short.years or 0) if day is not None else None
                if five is not None:
                    ends.append(five)  # the earliest period that may apply: the deadline
                span = (
                    f"to {words.long_date(five)}{_leap_end(day, five, False)}, unless tolled"
                    if five is not None
                    else "from a date not stated"
                )
                said += (
                    f" {limitation.APPLIES_3298}; else five years, {span} "
                    f"({_in_words(f'{short.citation} {short.label.code}')}), "
                    f"{limitation.APPLIES_3282}"
                )
                periods[-1].applies_if = limitation.APPLIES_3298
                periods.append(
                    LimitationPeriod(
                        short.citation,
                        "years",
                        short.years,
                        five,
                        _passed(five, ctx.today),
                        applies_if=limitation.APPLIES_3282,
                    )
                )
        parts.append(f"{_in_words(grade)}: {said}" if len(rules) > 1 else said)
    child = None if state else child_period(v, rules[0][2], periods)
    if child is not None:  # no period certainly ends (as § 3299's before 27 July 2006)
        parts[-1] += child[0]
        periods.append(child[1])
        ends = []
    return (
        (min(ends) if ends else None),
        "; ".join(parts),
        by_grade if len(by_grade) > 1 else {},
        periods,
    )


def _first_degree(
    rule: limitation.Limitation,
    other: limitation.Limitation,
    day: date | None,
    today: date | None,
    grade: str | None,
    days: tuple[date | None, date | None] = (None, None),
) -> tuple[str, list[LimitationPeriod]]:
    """A first degree § 30-52-1 act (review K4 of session 6): none under § 30-1-8(I) if it is
    a 'first degree violent felony' (a term no source read defines: open), otherwise the
    catch-all (H)'s three years, dated as the other periods are: the words, and both periods,
    each with the condition it applies on (as § 3299's none and § 3282(a)'s five years). An
    undated act: (H)'s years bounded by ``days``, the days it can have happened on as a first
    degree offense (:func:`_undated_end`)."""
    end = _add_years(day, other.years or 0) if day is not None else None
    passed, by = _undated_end(other.years or 0, days, today) if end is None else (None, None)
    span = f"{_WORDS.get(other.years or 0, str(other.years))} years"
    span += (
        f", to {words.long_date(end)}{_leap_end(day, end, True)}, unless tolled"
        if end is not None
        else ", from a date not stated" + _undated_words(passed, by)
    )
    said = (
        f"none {limitation.VIOLENT_IF} ({_in_words(f'{rule.citation} {rule.label.code}')}); "
        f"otherwise, {limitation.ON_A_READING}, {span} "
        f"({_in_words(f'{other.citation} {other.label.code}')})"
    )
    return said, [
        LimitationPeriod(
            rule.citation, "none", None, None, False, grade, applies_if=limitation.VIOLENT_IF
        ),
        LimitationPeriod(
            other.citation,
            "years",
            other.years,
            end,
            _passed(end, today) if end is not None else passed,
            grade,
            applies_if=limitation.VIOLENT_IF_NOT,
            _by=by,
        ),
    ]


def _grade_ages(v: ActVerdict[Any], grade_id: str) -> tuple[int, int | None] | None:
    """The victim's ages that give an act the grade ``grade_id`` under § 30-52-1(C): from
    (inclusive) and under (``None``: no upper age), the widest over every text the act may fall
    under; ``None`` where no text has the grade (or none grades by age)."""
    found: list[tuple[int, int | None]] = []
    for version in {v.ctx.version, *(u.ctx.version for u in v.under)}:
        grading = getattr(version, "grading", None)
        if grading is None:
            continue
        low = 0
        for band in sorted(grading.bands, key=lambda b: b.under_age):
            if band.grade.id == grade_id:
                found.append((low, band.under_age))
                break
            low = band.under_age
        else:
            if grading.default.id == grade_id:
                found.append((low, None))
    if not found:
        return None
    highs = [hi for _, hi in found]
    return min(lo for lo, _ in found), None if None in highs else max(h or 0 for h in highs)


def _possible_days(v: ActVerdict[Any], grade_id: str | None) -> tuple[date | None, date | None]:
    """The first and last days an undated act can have happened on (``None``: not bounded):
    its window (from the text's start or the victim's earliest birth, to the day of the
    assessment), and for a § 30-52-1 grade the days the victim was of that grade's ages — from
    the first day the victim can be its lowest age to the day before the first day the victim
    is surely its highest (``ages.turns``, the 29 February point read either way) — where the
    facts bound the birth by themselves (a birth date, or an age on a date; a plain age is read
    over the acts, so it bounds no undated act's days: review N1 of session 7). Review N4."""
    ctx = v.ctx
    first, last = ctx.first_day, ctx.last_day
    w = ctx.birth if ctx.ages is not None else None
    band = _grade_ages(v, grade_id) if grade_id is not None and w is not None else None
    if w is None or band is None:
        return first, last
    low, high = band
    if low > 0:
        can = ages.turns(w.earliest, w.latest, low, age_rule.LEAP_DAY_BIRTHDAY)[0]
        first = can if first is None else max(first, can)
    if high is not None:
        surely = ages.turns(w.earliest, w.latest, high, age_rule.LEAP_DAY_BIRTHDAY)[1]
        under = surely - _ONE_DAY
        last = under if last is None else min(last, under)
    if first is not None and last is not None and first > last:
        return ctx.first_day, ctx.last_day  # (the grade not possible on these days: unbounded)
    return first, last


def _undated_end(
    years: int, days: tuple[date | None, date | None], today: date | None
) -> tuple[bool | None, date | None]:
    """A period of ``years`` running from an undated act that can have happened on ``days``
    (first, last; ``None``: not bounded): whether it has passed on ``today`` where those days
    decide it, and the day that decides it — true, with the latest its last day can be, where
    even that is before ``today``; false, with the earliest, where even that is not; else
    ``(None, None)`` (review N4 of session 7: an undated act's period was always unknown)."""
    first, last = days
    if today is None:
        return None, None
    if last is not None and (latest := _add_years(last, years)) < today:
        return True, latest
    if first is not None and (earliest := _add_years(first, years)) >= today:
        return False, earliest
    return None, None


def _undated_words(passed: bool | None, by: date | None) -> str:
    """After "from a date not stated": what the act's possible days settle (:func:`_undated_end`):
    ``: ended by 14 January 2022 at the latest, unless tolled``; ``: not before 1 March 2028``."""
    if by is None or passed is None:
        return ""
    if passed:
        return f": ended by {words.long_date(by)} at the latest, unless tolled"
    return f": not before {words.long_date(by)}"


def child_at(v: ActVerdict[Any]) -> bool | None:
    """Whether the victim was under 18 at the act (§ 3283's 'a child under the age of 18
    years'): true, false, or ``None`` when the facts leave it open (``False`` when the age is
    not known at all: no child is assumed). An undated act judged under several texts: only
    on the days of the texts under which it meets or may meet (not the period before the
    section existed, when nothing is met: a worker born in 1975 was 25 when §§ 1589 and 1590
    came in, so no offense under them involved a child — review G4); for a verdict not met
    under any (the first law's verdict of an act agreed to), the days a text was in force."""
    if v.under:
        live = [u for u in v.under if u.ctx.in_force is not Truth.FALSE]
        met = [u for u in live if u.status != NOT_MET]
        found = {_child_on(u) for u in met or live}
        if found:
            return found.pop() if len(found) == 1 else None
    return _child_on(v)


def _child_on(v: ActVerdict[Any]) -> bool | None:
    age = v.ctx.age
    if age is None or age.lo >= limitation.CHILD_AGE:
        return False
    return True if age.hi is not None and age.hi < limitation.CHILD_AGE else None


def _reaches_3283(rule: limitation.Limitation, periods: Sequence[LimitationPeriod]) -> bool:
    """§ 3283 may stand beside ``rule``: § 3298's ten years (§§ 1589, 1590), or § 1591's
    five under § 3282(a) where § 3299 may not reach the act (before 27 July 2006); never beside
    no limitation period."""
    if rule.open_template is limitation.OPEN_3298:
        return True
    earlier = rule.earlier
    return earlier is not None and (
        not periods or any(p.citation == earlier.citation for p in periods)
    )


def child_period(
    v: ActVerdict[Any], rule: limitation.Limitation, periods: list[LimitationPeriod]
) -> tuple[str, LimitationPeriod] | None:
    """For a §§ 1589, 1590 act toward a victim who was, or may have been, under 18 (§ 3298's
    rule), or a § 1591 act before § 3299 (§ 3282(a)'s five years, review G3): § 3283 beside
    that period, whether it reaches the offense open (reference § 3.3): the words to add, and
    the period (the child's life, or ten years, whichever is longer: never said to have passed,
    the library knowing no death; not passed while the shorter period has not).
    ``periods``: the periods computed, given the condition they apply on (each period of
    years: also that § 3283 does not reach the offense)."""
    if not _reaches_3283(rule, periods):
        return None
    child = child_at(v)
    if child is False:
        return None
    short = limitation.CHILD_3283.citation.removeprefix("18 U.S.C. ")
    victim = v.ctx.conduct.person
    young = "" if child else f" and {victim} was under 18 at the act"
    reaches = f"if {short} reaches it (open){young}"
    shorter = [p for p in periods if p.kind == "years"]
    for p in shorter:
        unless = f"{short} does not reach it" + (
            f" or {victim} was 18 or older at the act" if not child else ""
        )
        p.applies_if = f"{p.applies_if}, and {unless}" if p.applies_if else f"if {unless}"
    ten = shorter[-1].passed if shorter else None
    where = _in_words(f"{limitation.CHILD_3283.citation} {limitation.CHILD_3283.label.code}")
    said = f"; or the child's life {reaches} ({where})"
    return said, LimitationPeriod(
        limitation.CHILD_3283.citation,
        "life",
        None,
        None,
        False if ten is False else None,
        applies_if=reaches,
    )


def _before_rule(
    rule: limitation.Limitation,
    earlier: limitation.Limitation,
    start: date,
    day: date | None,
    today: date | None,
) -> tuple[str, list[LimitationPeriod]]:
    """An act that is, or may be, before the day ``rule`` applies from (§ 3299: 27 July 2006):
    no period if ``rule`` reaches it, else ``earlier``'s (§ 3282(a): five years), each named
    with its section: the words, and the periods, each with the condition it applies on. A
    dated act whose five years had not run when ``rule`` came in: whether ``rule`` reaches it
    is open, and Stogner does not bar it (an extension of an unexpired period, reference
    § 3.4; review G3: the count said only "(passed)" of the five years); one whose five years
    had run: ``earlier``'s alone (Stogner bars reviving it)."""
    since = words.long_date(start)
    short = rule.citation.removeprefix("18 U.S.C. ")
    years = earlier.years or 0
    end = _add_years(day, years) if day is not None else None
    span = f"{_WORDS.get(years, str(years))} years"
    span += (
        f", to {words.long_date(end)}{_leap_end(day, end, False)}, unless tolled"
        if end is not None
        else " from the day of the act"
    )
    later = _in_words(f"{earlier.citation} {earlier.label.code}")
    if end is not None and limitation.ran_before(end, start):
        return f"{span} ({later}); {limitation.STOGNER_BARRED}", [
            LimitationPeriod(earlier.citation, "years", years, end, _passed(end, today))
        ]
    if day is not None:
        reaches = f"if {short} (in force from {since}) reaches the act"
        other = f"if {short} does not reach it (the act is before {since})"
        why = f" ({limitation.STOGNER_NOT_BARRED} on {since})"
    else:
        reaches = f"if the act is on or after {since}, or {short} reaches it"
        other = f"if the act is before {since} and {short} does not reach it"
        why = ""
    said = (
        f"open: no limitation period ({_in_words(f'{rule.citation} {rule.label.code}')}) "
        f"{reaches}{why}; else {span} ({later})"
    )
    return said, [
        LimitationPeriod(rule.citation, "none", None, None, False, applies_if=reaches),
        LimitationPeriod(
            earlier.citation, "years", years, end, _passed(end, today), applies_if=other
        ),
    ]


# --- § 1594: the federal conspiracy an agreement stated leaves ---------------------------------


ORIGIN_BY = "2008-12-23"
"""The 2008 Act (Pub. L. 110-457, 23 December 2008: federal reference § 2.1), believed to
have added § 1594(b) and (c) (UNVERIFIED): an agreement before this day may predate them."""
ORIGIN_SHORT = (
    "{paragraphs} may not apply: {its} origin is UNVERIFIED (presumably the 2008 Act) and the "
    "agreement may predate 23 December 2008"
)
"""The short form of ``s1594.ORIGIN_NOTE`` a § 1594 line carries (review G1)."""


@dataclass(frozen=True, slots=True)
class FederalConspiracy:
    """One agreement stated for acts that meet or may meet a federal section: a conspiracy under
    18 U.S.C. § 1594 [S] ((b) for §§ 1589, 1590; (c) for § 1591), named with the sections the
    acts agreed to meet or may meet and the punishment § 1594 states, never assessed (the
    elements of conspiracy are not in the reference). The acts for which the same persons are
    stated to have combined are read as one agreement, as for § 30-28-2 (:func:`conspiracies`)."""

    acts: tuple[ActVerdict[TextVersion], ...]
    """The acts agreed to that meet or may meet a federal section (one verdict each), in order."""
    parties: tuple[str, ...]
    """Everyone who combined: the actor of the first act, then the others in the order stated."""
    sections: tuple[tuple[str, bool], ...]
    """Each federal section the acts agreed to meet or may meet (``§ 1591``), in the order
    assessed, with whether an act meets it."""

    @property
    def victims(self) -> tuple[str, ...]:
        """The persons the acts agreed to are toward, in order."""
        return tuple(dict.fromkeys(v.ctx.conduct.person for v in self.acts))

    @property
    def established(self) -> bool:
        """An act agreed to meets a federal section."""
        return any(met for _, met in self.sections)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs of § 1594 the sections fall under: (c) for § 1591, (b) for the
        others."""
        names = [name for name, _ in self.sections]
        out = []
        if "§ 1591" in names:
            out.append(s1594.CONSPIRACY_1591)
        if any(name != "§ 1591" for name in names):
            out.append(s1594.CONSPIRACY)
        return out

    @property
    def citation(self) -> str:
        """The paragraph of § 1594 (the section where both (b) and (c) are named)."""
        found = self.paragraphs
        return found[0].citation if len(found) == 1 else s1594.SECTION

    def sections_words(self) -> str:
        """``which meets § 1591 and may meet § 1589 and § 1590``."""
        met = [name for name, m in self.sections if m]
        open_ = [name for name, m in self.sections if not m]
        said = []
        if met:
            said.append(f"meet{'s' if len(self.acts) == 1 else ''} {words.either(met, 'and')}")
        if open_:
            said.append(f"may meet {words.either(open_, 'and')}")
        head = "which" if len(self.acts) == 1 else "acts that between them"
        return f"{head} {' and '.join(said)}"

    def periods(self) -> list[tuple[Paragraph, limitation.Limitation]]:
        """Each paragraph of § 1594 (:attr:`paragraphs`) with its limitation period, the
        conservative one: (c), § 3282(a)'s five years (whether § 3299's none reaches a § 1594
        conspiracy is open); (b), § 3298's ten years (its words name a "conspiracy to commit")."""
        return [
            (
                p,
                limitation.CONSPIRACY_1591
                if p is s1594.CONSPIRACY_1591
                else limitation.CONSPIRACY_1589_1590,
            )
            for p in self.paragraphs
        ]

    def bound(self) -> ActVerdict[TextVersion] | None:
        """The earliest dated act agreed to: the agreement (not dated) was made no later than
        its day, as for § 30-28-2 (:meth:`Conspiracy.bound`); ``None`` where none is dated."""
        dated = [(d, v) for v in self.acts if (d := stated_day(v.ctx)) is not None]
        return min(dated, key=lambda x: x[0])[1] if dated else None

    def combined(self, party: str) -> list[ActVerdict[TextVersion]]:
        """The acts agreed to for which ``party``'s own knowing combination is stated: those he
        is the actor of, as for § 30-28-2 (:meth:`Conspiracy.combined`: the fact on an act
        states only its actor's agreement). Empty for a party only named by another."""
        return [v for v in self.acts if v.ctx.conduct.actor == party]

    def others_only(self, party: str) -> list[str]:
        """For a party whose own combination is stated for no act agreed to: the actors whose
        agreement with him is stated (in order); empty otherwise (review Z2-1 of session 8)."""
        if self.combined(party):
            return []
        return list(dict.fromkeys(v.ctx.conduct.actor for v in self.acts))

    def own_bound(self, party: str | None) -> ActVerdict[TextVersion] | None:
        """For ``party`` whose own combination is stated for some acts agreed to and not for
        others (the fact on an act states its actor's), the earliest dated act of his own: his
        period runs from it, not from another's earlier act (review X1 of session 8, as for
        § 30-28-2); for a party only named by others (his own combination stated for no act),
        the last act agreed to: his combination, were it established, can have been made as
        late as its day, so no earlier act dates it (as :meth:`Conspiracy.day_for`; it was
        counted from the first act, and a period said to have passed might still run),
        ``None`` where an act agreed to is not dated; else :meth:`bound`."""
        own = [v for v in self.acts if v.ctx.conduct.actor == party]
        if party is None or len(own) == len(self.acts) or party not in self.parties:
            return self.bound()
        if not own:
            return self.last()
        dated = [(d, v) for v in own if (d := stated_day(v.ctx)) is not None]
        return min(dated, key=lambda x: x[0])[1] if dated else None

    def last(self) -> ActVerdict[TextVersion] | None:
        """The latest act agreed to (the first of those on the latest day); ``None`` where an
        act agreed to is not dated (it may be the latest)."""
        dated = [(d, v) for v in self.acts if (d := stated_day(v.ctx)) is not None]
        if len(dated) < len(self.acts):
            return None
        return max(dated, key=lambda x: x[0])[1]

    def ends(self, party: str | None = None) -> list[tuple[str, date | None]]:
        """Per paragraph (:meth:`periods`, by its citation), the latest last day of its period:
        counted from the earliest dated act agreed to (:meth:`bound`; ``None``: none dated), or
        for ``party``, from the first act his own combination is stated for, or the last act
        agreed to where it is stated for none (:meth:`own_bound`)."""
        bound = self.own_bound(party)
        day = None if bound is None else stated_day(bound.ctx)
        out = [
            (p.citation, None if day is None else _add_years(day, rule.years or 0))
            for p, rule in self.periods()
        ]
        if (five := self.before_3298(party)) is not None:  # the shortest that may apply (L3)
            out.append((limitation.EARLIER_3298.citation, five))
        return out

    def before_3298(self, party: str | None = None) -> date | None:
        """For § 1594(b): the latest last day of § 3282(a)'s five years, counted from the
        earliest dated act agreed to (for ``party``, from the day his own period runs from,
        :meth:`own_bound`), where they may have run before § 3298 came in (its enactment date
        NOT FOUND, believed 2008), so that § 3298 may not reach the conspiracy (Stogner [P];
        review L3 of session 6); ``None`` otherwise."""
        bound = self.own_bound(party)
        day = None if bound is None else stated_day(bound.ctx)
        if day is None or all(p is s1594.CONSPIRACY_1591 for p in self.paragraphs):
            return None
        five = _add_years(day, limitation.EARLIER_3298.years or 0)
        return five if limitation.may_predate_3298(five) else None

    def may_predate_3298(self) -> bool:
        """An act agreed to is, or may be (undated, its earliest day before it or not
        bounded), before 2009: § 3298 (believed enacted in 2008, the date NOT FOUND) may
        postdate the agreement, made by the first act agreed to."""
        return self._may_predate(date.fromisoformat(limitation.ENACTED_3298_BY))

    def may_predate_1594(self) -> bool:
        """An act agreed to is, or may be (undated, its earliest day before it or not
        bounded), before 23 December 2008: § 1594(b) and (c) may not have existed when the
        agreement was made (their origin is UNVERIFIED, presumably the 2008 Act: federal
        reference § 2.1)."""
        return self._may_predate(date.fromisoformat(ORIGIN_BY))

    def _may_predate(self, by: date) -> bool:
        """An act agreed to is, or may be (undated: its earliest day, or none), before ``by``."""
        for v in self.acts:
            earliest = stated_day(v.ctx) or v.ctx.first_day
            if earliest is None or earliest < by:
                return True
        return False

    def origin_words(self) -> str:
        """Where the agreement may predate 23 December 2008, the caveat on the paragraphs of
        § 1594 named (review G1: it was said only in the actor's notes, so a party with no act
        of his own never saw it); ``""`` otherwise."""
        if not self.may_predate_1594():
            return ""
        found = sorted(p.citation.removeprefix(s1594.SECTION) for p in self.paragraphs)
        said = ORIGIN_SHORT.format(
            paragraphs=f"§ 1594{words.either(found, 'and')}",
            its="their" if len(found) > 1 else "its",
        )
        bound = self.bound()
        day = None if bound is None else stated_day(bound.ctx)
        if day is not None and day < date.fromisoformat(ORIGIN_BY):  # the facts settle it
            said = said.replace(
                "the agreement may predate 23 December 2008",
                f"the agreement predates 23 December 2008 (it was made by {words.long_date(day)})",
            )
        return said

    @property
    def child(self) -> bool:
        """A victim of an act agreed to was, or may have been, under 18 at it (§ 3283 may then
        reach the conspiracy to violate § 1589 or § 1590: open)."""
        return any(child_at(v) is not False for v in self.acts)

    def child_words(self) -> str:
        """For a conspiracy an act agreed to of which is, or may be, toward a child (§ 3283 [S]:
        'during the life of the child, or for ten years after the offense, whichever is
        longer'): ``for G's life (or ten years, if longer)``, the child named where there is one;
        ``""`` where no victim was or may have been a child (review V5 of session 8: the
        § 1594(c) line named no § 3283 though the § 1589 line of the same act did)."""
        children = list(
            dict.fromkeys(v.ctx.conduct.person for v in self.acts if child_at(v) is not False)
        )
        if not children:
            return ""
        whose = (  # several: each named (review Z4 3 of session 8: "the child's" was which?)
            f"{children[0]}'s"
            if len(children) == 1
            else f"each child's ({words.either(children, 'and')})"
        )
        return f"for {whose} life (or ten years, if longer)"

    def punishment_words(self) -> str:
        """Each paragraph of § 1594 the sections fall under, with its label and the punishment
        as it states it (verbatim); (c)'s open point."""
        out = []
        for p in self.paragraphs:
            label = p.label.code if p.label is not None else ""
            if p is s1594.CONSPIRACY_1591:
                out.append(
                    f"{p.citation.removeprefix('18 U.S.C. ')} {label}: a conspiracy to violate "
                    f"§ 1591 '{s1594.punishment(p)}' ({s1594.MINIMUMS_OPEN_SHORT})"
                )
            else:
                others = [name for name, _ in self.sections if name != "§ 1591"]
                out.append(
                    f"{p.citation.removeprefix('18 U.S.C. ')} {label}: a conspiracy to violate "
                    f"{words.either(others)} '{s1594.punishment(p)}'"
                )
        return "; ".join(out)


def federal_conspiracies(
    laws: Sequence[tuple[Law, Sequence[ActVerdict[TextVersion]]]],
    labor_persons: frozenset[str] = frozenset(),
) -> list[FederalConspiracy]:
    """The agreements stated for the acts of ``laws`` (each federal law assessed with its acts'
    verdicts, every pair's), each once, in the order of their first act: the acts an agreement
    is stated for that meet or may meet a federal section, those with the same persons
    combined read as one agreement (as :func:`conspiracies` reads them); a section no act
    agreed to meets or may meet is not named. ``labor_persons``: the persons toward whom an
    indicator about their work is on file (``evidence.labor_observed``), whose labor is at
    issue as the first screen reads it (:func:`_at_issue`)."""
    order = list(dict.fromkeys(law.id for law, _ in laws))
    names = {law.id: words.law_short(law) for law, _ in laws}
    statuses: dict[str, dict[str, Status]] = {}  # act id -> law id -> status
    verdicts: dict[str, ActVerdict[TextVersion]] = {}
    for law, acts in laws:
        for v in acts:
            if not _agreement_stated(v):
                continue
            verdicts.setdefault(v.ctx.conduct.id, v)
            statuses.setdefault(v.ctx.conduct.id, {})[law.id] = v.status
    found = _by_parties(
        [
            v
            for act_id, v in sorted(verdicts.items(), key=lambda x: x[1].ctx.index)
            if any(s != NOT_MET for s in statuses[act_id].values())
        ],
        lambda v: v,
    )
    kinds = {law.id: law for law, _ in laws}
    out = []
    for parties, acts in found.values():
        sections = []
        for law_id in order:
            seen = [statuses[v.ctx.conduct.id].get(law_id, NOT_MET) for v in acts]
            met = MET in seen
            if any(s != NOT_MET for s in seen) and (
                met or _at_issue(kinds[law_id], acts, labor_persons)
            ):
                sections.append((names[law_id], met))
        if not sections:  # only sections no fact of the acts puts at issue: nothing to name
            continue
        out.append(FederalConspiracy(tuple(acts), tuple(parties), tuple(sections)))
    return out


def _at_issue(
    law: Law, acts: Sequence[ActVerdict[Any]], labor_persons: frozenset[str] = frozenset()
) -> bool:
    """Whether a fact of the acts agreed to puts the section's kind of trafficking at issue, as
    the first screen reads it before asking the section's questions (``needed.unasked``;
    docs/federal.md, decision 19): a section only open, on acts no fact of which concerns its
    kind, is not named on a § 1594 line (a conspiracy "to commit § 1589" in a case of commercial
    sex alone would be said of nothing stated)."""
    if law.labor_or_services:
        return any(
            labor_at_issue(v.ctx.conduct) or v.ctx.conduct.person in labor_persons for v in acts
        )
    if law.commercial_sex_only:
        return any(sex_at_issue(v.ctx.conduct) for v in acts)
    return True


def federal_conspiracy_limitation(fc: FederalConspiracy, party: str | None = None) -> str:
    """The § 1594 conspiracy's limitation period, as the § 30-28-2 line gives its own
    (:func:`conspiracy_limitation`): per paragraph, its years and rule, each last day the
    latest it can be (the agreement, not dated, was made by the first act agreed to). For (c),
    § 3282(a)'s five years, never "no limitation period": whether § 3299 reaches a § 1594
    conspiracy is open (related-law reference § 3.3), and the conservative reading gives the
    shorter period. For (b), § 3298's ten years, with its enactment date's open point where the
    agreement may predate 2009, and § 3283's where a victim was or may have been a child."""
    periods = fc.periods()
    today = fc.acts[0].ctx.today
    several = len(periods) > 1
    said = []
    ends = dict(fc.ends(party))
    for p, rule in periods:
        end = ends[p.citation]
        where = f"{rule.citation.removeprefix('18 U.S.C. ')} {rule.label.code}"
        if end is None:
            text = f"{_WORDS.get(rule.years or 0, str(rule.years))} years under {where}"
        else:
            passed = limitation.mark(end, today)
            text = f"at the latest to {words.long_date(end)}{passed} under {where}"
        if rule is limitation.CONSPIRACY_1591:  # none, if § 3299 reaches it (open; review J)
            child = fc.child_words()
            text = (
                "none under § 3299 if it reaches a § 1594(c) conspiracy (open), "
                + (f"or {child} under § 3283 if it reaches it (open), " if child else "")
                + f"else {text}"
            )
        else:
            open_ = []
            five = fc.before_3298(party)
            if five is not None:  # § 3282(a)'s five years may have run before § 3298 (L3)
                passed = limitation.mark(five, today)
                text += (
                    f" {limitation.IF_3298}, else at the latest to {words.long_date(five)}"
                    f"{passed} under § 3282(a) {limitation.EARLIER_3298.label.code}"
                )
            elif fc.may_predate_3298():
                open_.append("§ 3298's enactment date, not found, and the agreement may predate it")
            if fc.child:
                open_.append("whether § 3283 reaches it")
            if open_:
                text += f" (open: {'; '.join(open_)})"
        said.append(f"for {p.citation.removeprefix(s1594.SECTION)}, {text}" if several else text)
    if fc.bound() is None:
        tail = (
            f"{'each ' if several else ''}running from the agreement (not dated; made by the "
            "first act agreed to, whose date is not stated either; "
            f"{limitation.CONTINUING_NOT_ASSESSED})"
        )
    elif party is not None and fc.others_only(party) and fc.own_bound(party) is not fc.bound():
        last = fc.own_bound(party)  # only named by others: as late as the last act (note8)
        act = (
            "the last act agreed to, whose date is not stated"
            if last is None
            else f"{_clause(last)}, the last act agreed to"
        )
        tail = (
            f"counted for {party} from {act}, as {party}'s own combination, not stated, can "
            "have been made as late as its day (an earlier act does not date it; the latest safe "
            f"day on the stated facts; {limitation.CONTINUING_NOT_ASSESSED})"
        )
    elif (own := fc.own_bound(party)) is not fc.bound():
        ctx = None if own is None else own.ctx
        act = (
            "the first act"
            if ctx is None
            else words.act_clause(
                ctx.conduct.actor, ctx.conduct.act.value, ctx.conduct.person, stated_day(ctx)
            )
            + ", the first act"
        )
        tail = (
            f"counted for {party} from {act} {party}'s own combination is stated for (another's "
            "earlier act does not date it; the latest safe day on the stated facts; "
            f"{limitation.CONTINUING_NOT_ASSESSED})"
        )
    else:
        tail = limitation.CONSPIRACY_LATEST.format(act=_made_by(fc.acts, fc.bound()))
    return f"limitation (unless tolled; check): {'; '.join(said)}; {tail}"


MadeNote = tuple[tuple[str, str | None, str], list[str]]
"""A summary note as it is gathered: (kind, citation, text) with the pairs it concerns."""

OTHER_OFFENCES = "other_offences"
"""The kind of the 30-52-1(D) note (``reasoning.notes.other_offences``)."""


def related_law_once(made: Sequence[MadeNote]) -> list[MadeNote]:
    """The 30-52-1(D) note once per assessment: where the pairs' notes of one citation differ
    only by a lead sentence before the same words (a pair § 30-52-1 does not meet: "… is not met
    on these facts; other law may be."), the words (the quotation and the related law) are one
    note for every pair those notes concern, said where the first of them was, and each lead
    follows it as a note of the pairs it concerns, pointing to the list above (issue 18: "each
    once per assessment (a note that concerns several acts or pairs says which)"; the motel
    memo gave the list twice). Any other note, or notes of that kind that do not share their
    words so, are left as they are."""
    found: dict[str | None, list[int]] = {}
    for i, ((kind, cited, _), _) in enumerate(made):
        if kind == OTHER_OFFENCES:
            found.setdefault(cited, []).append(i)
    out = list(made)
    dropped: set[int] = set()
    placed: dict[int, list[MadeNote]] = {}
    for cited, where in found.items():
        if len(where) < 2:
            continue
        texts = [made[i][0][2] for i in where]
        words_ = min(texts, key=len)
        leads = [t[: -len(words_)].rstrip() for t in texts]
        if any(t != words_ and not t.endswith(" " + words_) for t in texts):
            continue
        every: list[str] = []
        for i in where:
            every += [who for who in made[i][1] if who not in every]
        point = f" ({cited}: the related law above)." if cited else " (the related law above)."
        notes: list[MadeNote] = [((OTHER_OFFENCES, cited, words_), every)]
        for i, lead in zip(where, leads, strict=True):
            if lead:
                notes.append(((OTHER_OFFENCES, cited, lead.removesuffix(".") + point), made[i][1]))
        placed[where[0]] = notes
        dropped.update(where)
    if not placed:
        return out
    result: list[MadeNote] = []
    for i, note in enumerate(out):
        if i in placed:
            result += placed[i]
        elif i not in dropped:
            result.append(note)
    return result


_NTH = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_HOW_MANY = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def nth_agreement(me: str, victim: str, k: int, n: int, section: str = "§ 1594") -> str:
    """Under the pair of ``me`` and ``victim``, a party to ``n`` agreements under ``section``
    (``"§ 1594"`` or ``"§ 30-28-2"``) with acts toward ``victim``: which of them this line is
    (``k``, from 0), and, once, on the first, whether they are one agreement or several: read
    as ``n``, as :func:`federal_conspiracies` and :func:`conspiracies` read them (different
    persons are stated to have combined for each), whether they are one is not assessed
    (review Z4-7 of session 8: two lines each said "(one agreement)"; the § 30-28-2 lines
    said nothing); ``""`` for one agreement."""
    if n < 2:
        return ""
    nth = _NTH[k] if k < len(_NTH) else f"{k + 1}th"
    many = _HOW_MANY.get(n, str(n))
    if k:
        return f"the {nth} of the {many} agreements"
    return (
        f"the first of {many} {section} agreements {me} is a party to with acts toward {victim}: "
        f"read as {many}, as different persons are stated to have combined for each, and "
        "whether they are one agreement is not assessed"
    )
