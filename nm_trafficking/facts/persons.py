"""Persons in a fact pattern: who they are in the seed's terms, and how old.

Also the strict value types every fact model shares (:data:`Age`, :data:`FactDate`,
:data:`Identifier`, :data:`Text`): a boolean is never a number, a number is never a date, and
text is never a number.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema, model_validator

from nm_trafficking.facts.base import FactModel
from nm_trafficking.facts.locations import IDENTIFIER_PATTERN, nfc
from nm_trafficking.facts.truth import Truth, TruthValue
from nm_trafficking.statute.ages import LEAP_DAY_BIRTHDAY
from nm_trafficking.statute.ages import age_on as age_from_birth

EARLIEST_DATE = date(1850, 1, 1)
LATEST_DATE = date(2200, 12, 31)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


NOT_ON_THE_CALENDAR = "not a date on the calendar (the month has no such day)"
"""A ``YYYY-MM-DD`` date with no such day (``2021-02-30``); the date is not repeated."""


def strict_whole_number(value: Any) -> Any:
    """Accept an ``int`` only: not a boolean, a float (even ``15.0``) or text (``"15"``)."""
    if isinstance(value, bool):
        raise ValueError(f"must be a whole number, not {str(value).lower()}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise ValueError("must be a whole number of years, e.g. 15 (not a decimal number)")
    if isinstance(value, str):
        raise ValueError('must be a number, not text (write 15, not "15")')
    raise ValueError(f"must be a whole number, not {_kind(value)}")


def strict_date(value: Any) -> Any:
    """Accept a date (a YAML date, a ``datetime.date``) or an ISO ``YYYY-MM-DD`` string: not a
    number (no Unix timestamps), a boolean or a date with a time."""
    if isinstance(value, datetime):
        raise ValueError("must be a date (YYYY-MM-DD) without a time of day")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if _PART_OF_A_DATE.fullmatch(value):
            raise ValueError(_not_whole("a year and month" if "-" in value else "a year"))
        if not _ISO_DATE.fullmatch(value):
            raise ValueError("must be a date written YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(NOT_ON_THE_CALENDAR) from None
    if isinstance(value, bool):
        raise ValueError(f"must be a date (YYYY-MM-DD), not {str(value).lower()}")
    if isinstance(value, int) and 1000 <= value <= 9999:  # `date: 2019`: some day in 2019
        raise ValueError(_not_whole("a year"))
    if isinstance(value, int | float):
        raise ValueError("must be a date (YYYY-MM-DD), not a number (no Unix timestamps)")
    raise ValueError(f"must be a date (YYYY-MM-DD), not {_kind(value)}")


_PART_OF_A_DATE = re.compile(r"[0-9]{4}(-[0-9]{2})?")


def _not_whole(part: str) -> str:
    """The message for a year (or a year and month) given as a date: the format has no partial
    date; an act whose day is not known is an undated act (docs/cases.md, Dates)."""
    return (
        f"{part} alone is not a date: write the full date (YYYY-MM-DD), or, if the day is not "
        "known, leave the date out (an act with no date is judged over every day it can have "
        "happened on; for a birth, give age and age_on instead)"
    )


def _kind(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def unicode_text(value: Any) -> Any:
    """Refuse text with lone surrogates (JSON ``"\\ud800"``), which cannot be printed."""
    if isinstance(value, str) and _SURROGATE.search(value):
        raise ValueError("not valid Unicode text (it has a lone surrogate code point)")
    return value


Identifier = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=IDENTIFIER_PATTERN,
        description=(
            "an id: letters (A-Z, or Latin letters with accents such as á or ñ), digits, '_', "
            "'.', '-' (at most 64 characters)"
        ),
    ),
    BeforeValidator(nfc),  # after the constraints, so that the schema keeps them
]
"""An id of a person, conduct or observation."""

DATE_IN_BOUNDS_PATTERN = r"^(18[5-9][0-9]|19[0-9]{2}|20[0-9]{2}|21[0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$"
"""A ``YYYY-MM-DD`` date whose year is 1850 to 2200: the bounds are whole years (1 January
1850 to 31 December 2200), so this pattern is the range exactly; ``format: date`` checks the
calendar."""

FactDate = Annotated[
    date,
    BeforeValidator(strict_date),
    Field(ge=EARLIEST_DATE, le=LATEST_DATE),
    # JSON Schema has no range for a date written as text: pydantic's bounds would leak as
    # "ge"/"le", which no validator reads. The year pattern states the same range.
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": DATE_IN_BOUNDS_PATTERN,
            "description": (
                f"a date written YYYY-MM-DD, from {EARLIEST_DATE.isoformat()} to "
                f"{LATEST_DATE.isoformat()}"
            ),
        }
    ),
]
"""A calendar date from 1850-01-01 to 2200-12-31: a YAML date or a ``YYYY-MM-DD`` string."""

Age = Annotated[int, Field(ge=0, le=130), BeforeValidator(strict_whole_number)]
"""An age in whole years, 0 to 130: an integer, never a boolean, decimal or text. The bounds
come before the validator so that pydantic writes them as JSON Schema's ``minimum`` and
``maximum`` (after it, they leak as ``ge``/``le``)."""

Text = Annotated[str, BeforeValidator(unicode_text), Field(max_length=4000)]
"""Free text of at most 4,000 characters."""


class Role(StrEnum):
    """The roles of the task force's presentation (seed). Labels only: roles never decide a
    paragraph; conduct does."""

    RECRUITER = "recruiter"
    TRAFFICKER = "trafficker"
    VICTIM = "victim"
    CONSUMER = "consumer"
    OTHER = "other"


class Person(FactModel):
    """A person in the pattern. Give ``age`` or ``birth_date``, or both when they agree (the
    birth date decides: it is exact), or neither (age unknown)."""

    id: Identifier
    roles: tuple[Role, ...] = ()
    age: Age | None = Field(
        default=None,
        description=(
            "age in whole years: the age at one of the acts toward the person (which one not "
            "stated) unless age_on gives the date it held; given with birth_date, it must agree "
            "with it (the age on age_on, or at one of the dated acts toward the person), and "
            "birth_date decides"
        ),
    )
    age_on: FactDate | None = Field(default=None, description="the date on which `age` held")
    birth_date: FactDate | None = Field(
        default=None,
        description="the date of birth; exact, so it decides the ages when `age` is given too",
    )
    description: Text | None = None
    indian: TruthValue = Field(
        default=Truth.UNKNOWN,
        description=(
            "the person's status as an Indian for federal criminal jurisdiction (18 U.S.C. "
            "§§ 1152, 1153): stated, not assessed by the library (e.g. true for an enrolled "
            "pueblo member). Used only where an act is stated in Indian country: whether the "
            "actor and the person are Indians decides between State, federal and Tribal "
            "jurisdiction (McBratney, Castro-Huerta, State v. Romero)"
        ),
    )

    @model_validator(mode="after")
    def _one_age_source(self) -> Person:
        if self.age_on is not None and self.age is None:
            raise ValueError("age_on is the date on which `age` held; it needs age")
        if self.age is not None and self.birth_date is not None and self.age_on is not None:
            ages = birth_ages(self.birth_date, self.age_on)
            if not ages:
                raise ValueError(
                    f"person {self.id!r}: age_on is before birth_date: no age held then "
                    "(correct one of them)"
                )
            if self.age not in ages:
                raise ValueError(
                    f"person {self.id!r}: age does not agree with birth_date: it is not the "
                    "age birth_date gives on age_on (give one, or correct it; when both are "
                    "given, birth_date decides)"
                )
        return self


def birth_ages(birth: date, day: date) -> range:
    """The ages a person born on ``birth`` can be on ``day``, by the library's age computation
    (``reasoning.ages.age_on``, kept in ``statute.ages``) and its 29 February reading: one
    age, or two where the reading leaves it open (empty before the birth)."""
    young, old = age_from_birth(birth, day, LEAP_DAY_BIRTHDAY)
    return range(max(0, young), old + 1)
