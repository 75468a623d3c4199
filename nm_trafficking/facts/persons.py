"""Persons in a fact pattern: who they are in the seed's terms, and how old."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

Identifier = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="an id: letters, digits, '_', '.', '-' (at most 64 characters)",
    ),
]

EARLIEST_DATE = date(1850, 1, 1)
LATEST_DATE = date(2200, 12, 31)

FactDate = Annotated[date, Field(ge=EARLIEST_DATE, le=LATEST_DATE)]

Text = Annotated[str, Field(max_length=4000)]


class Role(StrEnum):
    """The roles of the task force's presentation (seed). Labels only: roles never decide a
    paragraph; conduct does."""

    RECRUITER = "recruiter"
    TRAFFICKER = "trafficker"
    VICTIM = "victim"
    CONSUMER = "consumer"
    OTHER = "other"


class Person(BaseModel):
    """A person in the pattern. Give ``age`` or ``birth_date`` (or neither: age unknown)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    roles: tuple[Role, ...] = ()
    age: Annotated[int, Field(ge=0, le=130)] | None = Field(
        default=None,
        description="age in whole years; taken as the age at the conduct unless age_on is given",
    )
    age_on: FactDate | None = Field(default=None, description="the date on which `age` held")
    birth_date: FactDate | None = None
    description: Text | None = None

    @model_validator(mode="after")
    def _one_age_source(self) -> Person:
        if self.age is not None and self.birth_date is not None:
            raise ValueError("give either age or birth_date, not both (birth_date is exact)")
        if self.age_on is not None and self.age is None:
            raise ValueError("age_on is the date on which `age` held; it needs age")
        return self
