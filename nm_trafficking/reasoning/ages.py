"""Age arithmetic for 30-52-1(A)(2) and (C): the victim's age at an act, as a range.

Age is whole years completed on the date of the conduct. What is known of a person's birth is an
interval of possible birth dates (one day for a birth date; about a year for "age N on date X");
what is known of an act's date is an interval too (one day when dated; from the text's start to
the day of the assessment when not). The age at the act is then the range between the youngest
and the oldest the person can have been. A person born on 29 February ages by the one named rule
in ``nm_trafficking.statute.ages``; while that point is open, an age that turns on it is a range
and is flagged, so the output can name the open point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nm_trafficking.statute import ages as rule
from nm_trafficking.statute.ages import age_on as age_on  # the computation, one level down

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BirthWindow:
    """The possible birth dates of a person: ``earliest`` to ``latest`` (inclusive)."""

    earliest: date
    latest: date
    source: str


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that is not a leap year
        return day.replace(year=day.year - years, day=28)


def birth_window(
    *,
    person_id: str,
    birth_date: date | None,
    age: int | None,
    age_on_date: date | None,
    leap_day: rule.LeapDayBirthday,
) -> BirthWindow | None:
    """What the facts say of the person's birth; ``None`` when nothing (or only a plain age,
    the age at one of the acts, which one unknown: see :func:`plain_age_at`)."""
    if birth_date is not None:
        return BirthWindow(birth_date, birth_date, f"person {person_id}: birth_date")
    if age is None or age_on_date is None:
        return None
    x = age_on_date
    # latest: the latest birth at which the person can already be `age` on x
    latest = _shift_years(x, age)
    while age_on(latest + _DAY, x, leap_day)[1] >= age:
        latest += _DAY
    while age_on(latest, x, leap_day)[1] < age:
        latest -= _DAY
    # earliest: the earliest birth at which the person can still be `age` on x
    earliest = _shift_years(x, age + 1)
    while age_on(earliest, x, leap_day)[0] > age:
        earliest += _DAY
    while age_on(earliest - _DAY, x, leap_day)[0] <= age:
        earliest -= _DAY
    return BirthWindow(earliest, latest, f"person {person_id}: age {age} on {x.isoformat()}")


@dataclass(frozen=True, slots=True)
class AgeRange:
    """The person's age at an act: exactly ``lo`` when ``lo == hi``, else somewhere between;
    ``hi`` is ``None`` when there is no upper bound."""

    lo: int
    hi: int | None
    source: str
    """Where it comes from, e.g. ``person V: birth_date``."""
    leap_day_open: bool = False
    """The two readings of the open 29 February point give different ranges here."""
    leap_day_readings: tuple[tuple[int, int | None], ...] = ()
    """A plain age (the age at one of the acts): the (lo, hi) of each reading of the 29
    February point where they differ, besides what the facts leave open. The point is named;
    the range stays a question of fact (``age_on`` or a birth date narrows it)."""

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    def text(self) -> str:
        if self.hi is None:
            return f"{self.lo} or older"
        return str(self.lo) if self.lo == self.hi else f"{self.lo} to {self.hi}"


def age_at(
    window: BirthWindow | None,
    plain_age: int | None,
    person_id: str,
    first_day: date | None,
    last_day: date | None,
    leap_day: rule.LeapDayBirthday,
) -> AgeRange | None:
    """The age at an act dated between ``first_day`` and ``last_day`` (both ``None``: the date
    is unknown and unbounded; ``last_day`` alone ``None``: no upper bound)."""
    if window is None:
        if plain_age is None:
            return None
        return AgeRange(
            plain_age,
            plain_age,
            f"person {person_id}: age {plain_age} (taken as the age at the conduct)",
        )
    if first_day is None:
        return None
    if window.earliest == window.latest and first_day == last_day:
        young, old = age_on(window.latest, first_day, leap_day)
        return AgeRange(max(0, young), max(0, old), window.source)
    lo = max(0, age_on(window.latest, first_day, leap_day)[0])
    hi = None if last_day is None else max(0, age_on(window.earliest, last_day, leap_day)[1])
    return AgeRange(lo, hi, window.source)


def _births_for_age_during(
    age: int, first: date | None, last: date | None, leap_day: rule.LeapDayBirthday
) -> tuple[date | None, date | None]:
    """(earliest, latest) birth of a person who was ``age`` on some day from ``first`` to
    ``last``; a missing bound of the act's days leaves that end of the birth open (``None``):
    no ``first``, no earliest birth; no ``last``, no latest."""
    early = (
        None
        if first is None
        else birth_window(
            person_id="", birth_date=None, age=age, age_on_date=first, leap_day=leap_day
        )
    )
    late = (
        None
        if last is None
        else birth_window(
            person_id="", birth_date=None, age=age, age_on_date=last, leap_day=leap_day
        )
    )
    return (early.earliest if early else None), (late.latest if late else None)


def plain_age_births(
    plain_age: int,
    person_id: str,
    spans: list[tuple[date | None, date | None]],
    leap_day: rule.LeapDayBirthday,
) -> BirthWindow | None:
    """The possible births of a person of plain ``age`` at one of the acts of ``spans`` (which
    one not stated, as in :func:`plain_age_at`): every birth that makes the person ``age`` at
    some day one of the acts can have happened on (``None``: an act's days are unbounded, so
    the births are too)."""
    births = [_births_for_age_during(plain_age, f, last, leap_day) for f, last in spans]
    earliest = [b[0] for b in births]
    latest = [b[1] for b in births]
    if not births or None in earliest or None in latest:
        return None
    return BirthWindow(
        min(e for e in earliest if e is not None),
        max(b for b in latest if b is not None),
        _plain_source(person_id, plain_age, exact=len(spans) == 1),
    )


def turns(
    earliest: date, latest: date, years: int, leap_day: rule.LeapDayBirthday
) -> tuple[date, date]:
    """For a person born between ``earliest`` and ``latest``: the first day on which they can
    be ``years`` old, and the first day on which they are ``years`` old whatever the birth (the
    same day for a known birth date, unless the 29 February point is open)."""
    return _birthday(earliest, years, leap_day, surely=False), _birthday(
        latest, years, leap_day, surely=True
    )


def _birthday(birth: date, years: int, leap_day: rule.LeapDayBirthday, *, surely: bool) -> date:
    """The first day on which a person born on ``birth`` can be (``surely``: is, under every
    reading of the 29 February point) ``years`` old: the birthday itself. Born on 29 February,
    in a year without one, it is 28 February or 1 March as ``leap_day`` says (``OPEN``: 28
    February as the oldest reading, 1 March as the youngest), as :func:`age_on` counts."""
    day = _shift_years(birth, -years)  # 29 February, in a year without one: 28 February
    late = leap_day is rule.LeapDayBirthday.MARCH_1 or (
        leap_day is rule.LeapDayBirthday.OPEN and surely
    )
    return day + _DAY if late and day.day != birth.day else day


def plain_age_at(
    plain_age: int,
    person_id: str,
    spans: list[tuple[date | None, date | None]],
    leap_day: rule.LeapDayBirthday,
    possible: list[tuple[date | None, date | None]] | None = None,
) -> list[AgeRange]:
    """A plain ``age`` (no ``age_on``) is the person's age at *one* of the acts toward them,
    which one not stated. ``spans``: the (first, last) days each act is judged over;
    ``possible`` (default ``spans``): every day each act can have happened on, which is what
    dates the birth (an undated act judged under a text from its start can still have happened
    before it: ``None`` for its first day). The age at each act is the range over every
    reading: ``plain_age`` if it was stated of that act, else whatever it makes the age there
    if it was stated of another act. A bound left open by another act's days stays open."""
    days = possible if possible is not None else spans
    births = [_births_for_age_during(plain_age, f, last, leap_day) for f, last in days]
    # Over the other acts: the latest birth (the youngest reading) and the earliest (the
    # oldest), each in O(n) from the two best and the count of acts leaving it open.
    open_late = sum(1 for b in births if b[1] is None)
    open_early = sum(1 for b in births if b[0] is None)
    latest = sorted((b[1] for b in births if b[1] is not None), reverse=True)[:2]
    earliest = sorted(b[0] for b in births if b[0] is not None)[:2]
    out: list[AgeRange] = []
    for index, (first, last) in enumerate(spans):
        own_early, own_late = births[index]
        lo: int = plain_age
        hi: int | None = plain_age
        if len(spans) > 1:
            if first is None or open_late - (own_late is None) > 0:
                lo = 0
            else:
                late = latest[1] if own_late is not None and own_late == latest[0] else latest[0]
                lo = min(lo, max(0, age_on(late, first, leap_day)[0]))
            if last is None or open_early - (own_early is None) > 0:
                hi = None
            else:
                early = (
                    earliest[1]
                    if own_early is not None and own_early == earliest[0]
                    else earliest[0]
                )
                hi = max(plain_age, age_on(early, last, leap_day)[1])
        out.append(AgeRange(lo, hi, _plain_source(person_id, plain_age, exact=lo == hi)))
    return out


def _plain_source(person_id: str, plain_age: int, *, exact: bool) -> str:
    if exact:
        return f"person {person_id}: age {plain_age} (taken as the age at the conduct)"
    return (
        f"person {person_id}: age {plain_age} at one of the acts toward {person_id}, which one "
        "not stated (give the day the age was stated, or a birth date)"
    )
