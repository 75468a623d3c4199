"""Conduct: what one actor did toward another person, with the mental states the statute asks.

Field names follow the statute's words. Every fact is true, false or unknown (absent = unknown).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from nm_trafficking.facts.base import FactModel
from nm_trafficking.facts.persons import Age, FactDate, Identifier, Text
from nm_trafficking.facts.truth import Truth, TruthValue


class Act(StrEnum):
    """The verb of the conduct. The first six are in the 2008 text; the last five are verbs of
    other trafficking laws, accepted so they can be recognised and explained as not covered."""

    RECRUITING = "recruiting"
    SOLICITING = "soliciting"
    ENTICING = "enticing"
    TRANSPORTING = "transporting"
    OBTAINING = "obtaining"
    BENEFITING = "benefiting"
    HARBORING = "harboring"
    MAINTAINING = "maintaining"
    PROVIDING = "providing"
    PATRONIZING = "patronizing"
    ADVERTISING = "advertising"


class Means(FactModel):
    """Force, fraud, coercion: the three statutory means."""

    force: TruthValue = Truth.UNKNOWN
    fraud: TruthValue = Truth.UNKNOWN
    coercion: TruthValue = Truth.UNKNOWN


class Purposes(FactModel):
    """Labor, services, commercial sexual activity (and, for the record, any other purpose)."""

    labor: TruthValue = Truth.UNKNOWN
    services: TruthValue = Truth.UNKNOWN
    commercial_sexual_activity: TruthValue = Truth.UNKNOWN
    other: Text | None = Field(
        default=None, description="a purpose outside the statute's three, described"
    )


class Benefit(FactModel):
    """30-52-1(A)(3): "financially or by receiving anything of value"."""

    financially: TruthValue = Truth.UNKNOWN
    anything_of_value: TruthValue = Truth.UNKNOWN
    description: Text | None = None


class Conduct(FactModel):
    """One act of one actor toward another person."""

    id: Identifier
    actor: Identifier = Field(description="id of the person who acted (a possible defendant)")
    person: Identifier = Field(
        description="id of the other person acted upon, or whose labor, services or commercial "
        "sexual activity the actor benefited from (a possible victim)"
    )
    act: Act
    date: FactDate | None = Field(default=None, description="the date of the conduct")
    knowingly: TruthValue = Truth.UNKNOWN
    means_will_be_used: Means = Field(
        default_factory=Means,
        description="(A)(1): the actor's intent or knowledge that force, fraud or coercion "
        "will be used",
    )
    to_subject_to: Purposes = Field(
        default_factory=Purposes,
        description="(A)(1): to subject the person to labor, services or commercial sexual "
        "activity",
    )
    will_be_caused_to_engage_in_commercial_sexual_activity: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="(A)(2): the actor's intent or knowledge that the person will be caused to "
        "engage in commercial sexual activity",
    )
    benefit: Benefit = Field(default_factory=Benefit, description="(A)(3): what the actor received")
    benefit_from: Purposes = Field(
        default_factory=Purposes,
        description="(A)(3): whose labor, services or commercial sexual activity it came from",
    )
    means_was_used: Means = Field(
        default_factory=Means,
        description="(A)(3): the actor's knowledge that force, fraud or coercion was used to "
        "obtain the labor, services or commercial sexual activity",
    )
    believed_age: Age | None = Field(
        default=None,
        description="the age the actor believed the person to be. Recorded, never decisive: "
        "knowledge of age is not an element of (A)(2) (State v. Jackson, 2018-NMCA-066)",
    )
    description: Text | None = None
