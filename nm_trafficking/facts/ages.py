"""Age arithmetic for 30-52-1(A)(2) and (C).

Age is whole years completed on the date of the conduct. A person is N from their Nth birthday
on; a person born on 29 February turns a year older on 1 March in a year that is not a leap year
(their birthday has not come on 28 February). When only an age is known, recorded on a date
other than the conduct's, the age at the conduct is a range and is reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


def age_on(birth: date, day: date) -> int:
    """Whole years completed on ``day`` by a person born on ``birth``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that is not a leap year
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class AgeRange:
    """The person's age at a date: exactly ``lo`` when ``lo == hi``, else somewhere between."""

    lo: int
    hi: int
    source: str
    """The fact it comes from, e.g. ``person v1: birth_date``."""

    @property
    def exact(self) -> bool:
        return self.lo == self.hi


def age_range_at(
    day: date | None,
    *,
    birth_date: date | None,
    age: int | None,
    age_on_date: date | None,
    person_id: str,
) -> AgeRange | None:
    """The person's age at ``day``, or ``None`` if it cannot be known.

    * With a birth date, exact (``day`` must be known).
    * With an age and no date for it, the age is taken as the age at the conduct.
    * With an age recorded on ``age_on_date``, the range of ages consistent with it.
    """
    if birth_date is not None:
        if day is None:
            return None
        return AgeRange(
            max(0, age_on(birth_date, day)),
            max(0, age_on(birth_date, day)),
            f"person {person_id}: birth_date",
        )
    if age is None:
        return None
    if age_on_date is None:
        return AgeRange(age, age, f"person {person_id}: age (taken as the age at the conduct)")
    if day is None:
        return None
    latest_birth = _years_before(age_on_date, age)
    earliest_birth = _years_before(age_on_date, age + 1) + timedelta(days=1)
    youngest = max(0, age_on(latest_birth, day))
    oldest = max(0, age_on(earliest_birth, day))
    return AgeRange(youngest, oldest, f"person {person_id}: age {age} on {age_on_date.isoformat()}")
