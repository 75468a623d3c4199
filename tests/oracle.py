"""An independent, plain-Python reading of NMSA 1978, § 30-52-1 (2008), for differential tests.

Written from the statute text and the readings recorded in ``shared/statute/nmsa-30-52-1.md``,
not from the library's statute model or engine: it reads the FactPattern directly and shares no
code with nm_trafficking beyond the fact models themselves.

  A. Human trafficking consists of a person knowingly:
  (1) recruiting, soliciting, enticing, transporting or obtaining by any means another person
      with the intent or knowledge that force, fraud or coercion will be used to subject the
      person to labor, services or commercial sexual activity;
  (2) recruiting, soliciting, enticing, transporting or obtaining by any means a person under
      the age of eighteen years with the intent or knowledge that the person will be caused to
      engage in commercial sexual activity; or
  (3) benefiting, financially or by receiving anything of value, from the labor, services or
      commercial sexual activity of another person with the knowledge that force, fraud or
      coercion was used to obtain the labor, services or commercial sexual activity.
  C. third degree; under sixteen second degree; under thirteen first degree.

Readings (shared reference §2-§3, issue 8):
* in force from 2008-07-01; earlier conduct is outside the section;
* an undated act can only have happened on or after 2008-07-01, after the victim was born, and
  not after the day of the assessment; it is in force for sure only when the victim was born on
  or after 2008-07-01;
* a plain age (no age_on, no birth date) is the person's age at one of the acts toward them,
  which one not stated (issue 19): at an act, the ages possible are that age (if it was stated
  of this act) and every age the person can have had at this act if it was stated of another
  (of an undated act, on any day up to the assessment: it may predate the text);
* a buyer's own purchase (as_buyer, else the consumer role) recorded by any of the five verbs
  or "patronizing": (A)(1), (A)(2) conduct open (UNVERIFIED whether the verbs reach a buyer);
* a person born on 29 February may turn a year older on 28 February or on 1 March of a common
  year (open point): where it matters, both ages are possible;
* every act is a count; the pair's grade is the most serious grade an act that meets a paragraph
  certainly carries, and is only "the" grade when no act that meets or may meet a paragraph
  could carry a more serious one.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from nm_trafficking.facts import FactPattern, Truth
from nm_trafficking.facts.persons import Role

T, F, U = "met", "not_met", "undetermined"
IN_FORCE_FROM = date(2008, 7, 1)  # reported effective date of SB 71 (2008)
VERBS = {"recruiting", "soliciting", "enticing", "transporting", "obtaining"}
GRADE_NAMES = {1: "third_degree_felony", 2: "second_degree_felony", 3: "first_degree_felony"}


def truth(value: Truth) -> str:
    return {Truth.TRUE: T, Truth.FALSE: F, Truth.UNKNOWN: U}[value]


def all_of(*values: str) -> str:
    if F in values:
        return F
    if U in values:
        return U
    return T


def any_of(*values: str) -> str:
    if T in values:
        return T
    if U in values:
        return U
    return F


def years_between(born: date, on: date, leap_day_on_feb_28: bool = False) -> int:
    """Completed years: count the birthdays. A 29 February birthday is kept in common years on
    1 March, or on 28 February when ``leap_day_on_feb_28``."""
    years = 0
    while True:
        year = born.year + years + 1
        try:
            birthday = born.replace(year=year)
        except ValueError:
            birthday = date(year, 2, 28) if leap_day_on_feb_28 else date(year, 3, 1)
        if birthday > on:
            return years
        years += 1


def ages_on(born: date, on: date) -> set[int]:
    """The ages on ``on`` under both readings of the 29 February point."""
    if on < born:
        return {0}
    return {years_between(born, on), years_between(born, on, leap_day_on_feb_28=True)}


def possible_births(pattern: FactPattern, person_id: str) -> list[date] | None:
    """Every birth date the facts allow (None: nothing, or only a plain age, is known)."""
    p = pattern.person(person_id)
    if p.birth_date is not None:
        return [p.birth_date]
    if p.age is None or p.age_on is None:
        return None
    return _births(p.age, p.age_on)


@cache
def _births(age: int, on: date) -> list[date]:
    start = date(on.year - age - 2, 1, 1)
    out = []
    for offset in range(366 * 3 + 2):
        born = start + timedelta(days=offset)
        if born <= on and age in ages_on(born, on):
            out.append(born)
    return out


def ages_at(
    pattern: FactPattern, person_id: str, first: date | None, last: date | None
) -> set[int] | None:
    """Every age the person may have had on a day from ``first`` to ``last`` (None: unknown)."""
    p = pattern.person(person_id)
    return _ages(p.birth_date, p.age, p.age_on, first, last)


@cache
def _ages(
    birth_date: date | None,
    age: int | None,
    age_on: date | None,
    first: date | None,
    last: date | None,
) -> set[int] | None:
    births = (
        [birth_date]
        if birth_date is not None
        else (_births(age, age_on) if age is not None and age_on is not None else None)
    )
    if births is None:
        return None if age is None else {age}
    if first is None:
        return None
    lo = min(a for b in births for a in ages_on(b, first))
    if last is None:
        return set(range(lo, 200))
    hi = max(a for b in births for a in ages_on(b, last))
    return set(range(lo, hi + 1))


def act_dates(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> tuple[str, date | None, date | None]:
    """(in force?, first possible day, last possible day) of one act."""
    c = pattern.conduct[index]
    day = c.date or as_of
    if day is not None:
        return (T if day >= IN_FORCE_FROM else F), day, day
    births = possible_births(pattern, c.person)
    first = IN_FORCE_FROM
    if births and min(births) > first:
        first = min(births)
    in_force = T if births and min(births) >= IN_FORCE_FROM else U
    return in_force, first, (today if today >= first else None)


def ages_at_act(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> set[int] | None:
    """Every age the victim of act ``index`` may have had at it (None: unknown)."""
    c = pattern.conduct[index]
    _, first, last = act_dates(pattern, index, as_of, today)
    p = pattern.person(c.person)
    if p.age is None or p.age_on is not None or p.birth_date is not None:
        return ages_at(pattern, c.person, first, last)
    lo, hi = p.age, p.age  # hi None: no upper bound
    for j, other in enumerate(pattern.conduct):
        if j == index or other.person != c.person:
            continue
        # The days act j can have happened on: an undated one may predate the text (it is then
        # outside it, not impossible), so any day up to today (review N1, session 7).
        other_day = other.date or as_of
        other_first, other_last = (None, today) if other_day is None else (other_day, other_day)
        if first is None:
            return set(range(0, 200))
        # The age stated of act j: born on a day that gives that age on some day of act j.
        lo = min(lo, min(ages_on(max(_births(p.age, other_last)), first)))
        if last is None or other_first is None:
            hi = None
        elif hi is not None:
            hi = max(hi, max(ages_on(min(_births(p.age, other_first)), last)))
    return set(range(lo, (199 if hi is None else hi) + 1))


def conduct_statuses(
    pattern: FactPattern, index: int, as_of: date | None, today: date
) -> dict[str, str]:
    c = pattern.conduct[index]
    in_force, _, _ = act_dates(pattern, index, as_of, today)
    knowingly = truth(c.knowingly)
    five = T if c.act.value in VERBS else F
    # A buyer's own purchase (stated, else the consumer role): whether the 2008 verbs reach a
    # buyer's own purchase is UNVERIFIED (reference § 2, federal reference § 4 contrast 1),
    # so it stays open whatever verb records it, "patronizing" included.
    buyer = c.as_buyer is Truth.TRUE or (
        c.as_buyer is Truth.UNKNOWN and Role.CONSUMER in pattern.person(c.actor).roles
    )
    if buyer and c.act.value in VERBS | {"patronizing"}:
        five = U
    benefiting = T if c.act.value == "benefiting" else F

    m = c.means_will_be_used
    will_be_used = any_of(truth(m.force), truth(m.fraud), truth(m.coercion))
    p = c.to_subject_to
    purpose = any_of(truth(p.labor), truth(p.services), truth(p.commercial_sexual_activity))
    a1 = all_of(in_force, five, knowingly, will_be_used, purpose)

    ages = ages_at_act(pattern, index, as_of, today)
    if ages is None:
        minor = U
    elif all(a < 18 for a in ages):
        minor = T
    elif all(a >= 18 for a in ages):
        minor = F
    else:
        minor = U
    csa = truth(c.will_be_caused_to_engage_in_commercial_sexual_activity)
    a2 = all_of(in_force, five, knowingly, minor, csa)

    b = c.benefit
    gained = any_of(truth(b.financially), truth(b.anything_of_value))
    s = c.benefit_from
    source = any_of(truth(s.labor), truth(s.services), truth(s.commercial_sexual_activity))
    w = c.means_was_used
    knew = any_of(truth(w.force), truth(w.fraud), truth(w.coercion))
    a3 = all_of(in_force, benefiting, knowingly, gained, source, knew)
    return {"A1": a1, "A2": a2, "A3": a3}


def grade_of(age: int) -> int:
    """3 = first degree, 2 = second, 1 = third."""
    if age < 13:
        return 3
    if age < 16:
        return 2
    return 1


def read(
    pattern: FactPattern, as_of: date | None = None, today: date | None = None
) -> dict[tuple[str, str], dict[str, object]]:
    """Per (defendant, victim): the status of (A)(1)-(A)(3), grade, grade floor and the possible
    grades (least serious first)."""
    today = today or date.today()
    out: dict[tuple[str, str], dict[str, object]] = {}
    per_pair: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(pattern.conduct):
        per_pair.setdefault((c.actor, c.person), []).append(i)
    for pair, indexes in per_pair.items():
        statuses = {i: conduct_statuses(pattern, i, as_of, today) for i in indexes}
        result: dict[str, object] = {
            k: any_of(*(statuses[i][k] for i in indexes)) for k in ("A1", "A2", "A3")
        }
        floor = 0
        possible: set[int] = set()
        for i in indexes:
            count = any_of(*statuses[i].values())
            if count == F:
                continue
            ages = ages_at_act(pattern, i, as_of, today)
            grades = {1, 2, 3} if ages is None else {grade_of(a) for a in ages}
            possible |= grades
            if count == T:
                floor = max(floor, min(grades))
        possible = {g for g in possible if g >= floor}
        result["grade_floor"] = GRADE_NAMES.get(floor)
        result["grade_possible"] = [GRADE_NAMES[g] for g in sorted(possible)]
        result["grade"] = GRADE_NAMES[floor] if floor and max(possible) == floor else None
        out[pair] = result
    return out
