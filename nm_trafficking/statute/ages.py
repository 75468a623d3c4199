"""How ages are counted for § 30-52-1: one named setting for the open point.

Age is whole years completed on the date of the conduct; a person is N from the first instant of
their Nth birthday (NMSA § 12-2A-3(B) as introduced, for eighteen; § 12-2A-7(G)).

**29 February is an open point** (``../shared/statute/nmsa-30-52-1.md`` §3 and
``research-2026-11-related-texts.md`` §4.1): no New Mexico source says whether a person born on
29 February reaches an age on 28 February or on 1 March of a year that is not a leap year.
NMSA § 12-2A-7(D), if it governs ages at all, points to 28 February; other states' law (e.g.
Maryland § 1-303) uses 1 March. Until a court or the legislature answers, the conservative
reading is ``OPEN``: where the answer matters (conduct on 28 February of a non-leap year toward a
person born on 29 February), the age at that act is a range, whatever it decides stays
undetermined, and the output names the open point. A court's answer is a one-line change here.
"""

import calendar
from datetime import date
from enum import StrEnum


class LeapDayBirthday(StrEnum):
    """When a person born on 29 February reaches an age in a year that is not a leap year."""

    OPEN = "open"
    """Unsettled: either day; an age that depends on it is a range."""
    FEBRUARY_28 = "february_28"
    MARCH_1 = "march_1"


LEAP_DAY_BIRTHDAY: LeapDayBirthday = LeapDayBirthday.OPEN
"""The rule applied. Change it only when a New Mexico authority settles the point."""

LEAP_DAY_OPEN_POINT = (
    "Open point: no New Mexico source settles whether a person born on 29 February reaches an "
    "age on 28 February or on 1 March of a year that is not a leap year (NMSA § 12-2A-7(D), if it "
    "governs ages, points to 28 February). Where it matters, the age is a range and what it "
    "decides stays undetermined."
)

LEAP_DAY_OPEN_POINT_FEDERAL = (
    "Open point: the federal reference does not say on which day a person born on 29 February "
    "reaches an age in a year that is not a leap year, and New Mexico's rule of construction "
    "(NMSA § 12-2A-7) is written for New Mexico statutes, not for title 18. Where it matters, "
    "the age is a range and what it decides stays undetermined (a question of law, not "
    "missing evidence)."
)
"""The same open point for the federal sections (the same ``LEAP_DAY_BIRTHDAY`` setting
applies: no federal source in ``../shared/statute`` settles it either)."""


def _is_leap_day_case(birth: date, day: date) -> bool:
    return (
        birth.month == 2
        and birth.day == 29
        and day.month == 2
        and day.day == 28
        and not calendar.isleap(day.year)
    )


def age_on(birth: date, day: date, leap_day: LeapDayBirthday) -> tuple[int, int]:
    """The (youngest, oldest) whole years a person born on ``birth`` can be on ``day`` under the
    leap-day rule ``leap_day``: equal unless the open 29 February point decides it. The age
    computation of ``reasoning.ages`` (which gives it under that name), here so that the facts
    can check a stated age against a birth date without importing the reasoning."""
    years = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    if _is_leap_day_case(birth, day):
        # By plain month/day comparison the birthday has not come (the 1 March reading).
        if leap_day is LeapDayBirthday.FEBRUARY_28:
            return years + 1, years + 1
        if leap_day is LeapDayBirthday.OPEN:
            return years, years + 1
    return years, years
