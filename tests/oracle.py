"""An independent, plain-Python reading of NMSA 1978, § 30-52-1 (2008), for differential tests.

Written from the statute text (shared/statute/nmsa-30-52-1.md), not from the library's statute
model or engine: it reads the FactPattern directly and shares no code with nm_trafficking beyond
the fact models themselves.

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
"""

from __future__ import annotations

from datetime import date, timedelta

from nm_trafficking.facts import FactPattern, Truth

T, F, U = "met", "not_met", "undetermined"
IN_FORCE_FROM = date(2008, 7, 1)  # reported effective date of SB 71 (2008)
VERBS = {"recruiting", "soliciting", "enticing", "transporting", "obtaining"}


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


def years_between(born: date, on: date) -> int:
    """Completed years: count the birthdays (29 February counts on 1 March in other years)."""
    years = 0
    while True:
        year = born.year + years + 1
        try:
            birthday = born.replace(year=year)
        except ValueError:
            birthday = date(year, 3, 1)
        if birthday > on:
            return years
        years += 1


def ages_at(pattern: FactPattern, person_id: str, day: date | None) -> set[int] | None:
    """Every age the person may have had on ``day`` (None when nothing is known)."""
    p = pattern.person(person_id)
    if p.birth_date is not None:
        return None if day is None else {years_between(p.birth_date, day)}
    if p.age is None:
        return None
    if p.age_on is None:
        return {p.age}
    if day is None:
        return None
    # brute force over the birth dates consistent with "age on age_on"
    result = set()
    start = date(p.age_on.year - p.age - 2, 1, 1)
    for offset in range(366 * 3 + 2):
        born = start + timedelta(days=offset)
        if born <= p.age_on and years_between(born, p.age_on) == p.age:
            result.add(max(0, years_between(born, day)) if born <= day else 0)
    return result


def grade_of(age: int) -> int:
    """3 = first degree, 2 = second, 1 = third."""
    if age < 13:
        return 3
    if age < 16:
        return 2
    return 1


def conduct_statuses(pattern: FactPattern, index: int, as_of: date | None) -> dict[str, str]:
    c = pattern.conduct[index]
    day = c.date or as_of
    if day is not None and day < IN_FORCE_FROM:
        return {"A1": F, "A2": F, "A3": F}
    in_force = T if day is not None else U
    knowingly = truth(c.knowingly)
    five = T if c.act.value in VERBS else F
    benefiting = T if c.act.value == "benefiting" else F

    m = c.means_will_be_used
    will_be_used = any_of(truth(m.force), truth(m.fraud), truth(m.coercion))
    p = c.to_subject_to
    purpose = any_of(truth(p.labor), truth(p.services), truth(p.commercial_sexual_activity))
    a1 = all_of(in_force, five, knowingly, will_be_used, purpose)

    ages = ages_at(pattern, c.person, day)
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


def read(
    pattern: FactPattern, as_of: date | None = None
) -> dict[tuple[str, str], dict[str, object]]:
    """Per (defendant, victim): the status of (A)(1)-(A)(3) and the grade (or None)."""
    out: dict[tuple[str, str], dict[str, object]] = {}
    per_pair: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(pattern.conduct):
        per_pair.setdefault((c.actor, c.person), []).append(i)
    for pair, indexes in per_pair.items():
        statuses = {i: conduct_statuses(pattern, i, as_of) for i in indexes}
        result: dict[str, object] = {
            k: any_of(*(statuses[i][k] for i in indexes)) for k in ("A1", "A2", "A3")
        }
        met = [i for i in indexes if T in statuses[i].values()]
        grade = None
        if met:
            floors, ceilings = [], []
            for i in met:
                c = pattern.conduct[i]
                ages = ages_at(pattern, c.person, c.date or as_of)
                grades = {1, 2, 3} if ages is None else {grade_of(a) for a in ages}
                floors.append(min(grades))
                ceilings.append(max(grades))
            if max(floors) == max(ceilings):
                grade = {
                    1: "third_degree_felony",
                    2: "second_degree_felony",
                    3: "first_degree_felony",
                }[max(floors)]
        result["grade"] = grade
        out[pair] = result
    return out
