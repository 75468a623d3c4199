"""The shapes of the catalog: indicators linked to the statutory means, and the seed's other
lists (risk factors, how a trafficked person presents, CSEC venues, roles)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class StatutoryMeans(StrEnum):
    """The three means of 30-52-1(A)(1) and (A)(3)."""

    FORCE = "force"
    FRAUD = "fraud"
    COERCION = "coercion"


class MeansLink(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    means: StatutoryMeans
    role: Literal["primary", "secondary"] = "primary"


class Indicator(BaseModel):
    """A sign of trafficking that can evidence one or more statutory means.

    Evidence, never a legal conclusion: the means elements of § 30-52-1 still need the actor's
    intent or knowledge as the statute words it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^(force|fraud|coercion|other)\.[a-z0-9_]+$")
    name: str
    seed_group: StatutoryMeans | None = None
    """The group the task force's presentation lists it under (None: not in the seed)."""
    seed_wording: str | None = None
    """The seed's own words, as they appear on the slide (line breaks joined)."""
    source: str
    means: tuple[MeansLink, ...]
    ilo: tuple[str, ...] = ()
    htcds: tuple[str, ...] = ()
    confidence: Literal["PROPOSED", "REVIEWED"] = "PROPOSED"
    note: str | None = None
    labor_or_services: bool = False
    """The indicator is about the person's work (a job or its conditions, a work contract,
    wages, a debt worked off): observed toward a person, it is evidence that the person's labor
    or services are at issue (18 U.S.C. §§ 1589, 1590), so their questions are asked of a pair
    with that victim. Evidence, never the element and never a status. Only indicators about
    work are marked (a conservative, PROPOSED judgement): not those a sex-trafficking case shows
    as readily without any work, such as promises of money or control of the person's money."""

    def evidences(self, means: StatutoryMeans | str) -> bool:
        return any(link.means == means for link in self.means)

    @property
    def means_names(self) -> tuple[str, ...]:
        return tuple(link.means.value for link in self.means)


class CatalogEntry(BaseModel):
    """A risk factor, a presentation sign or a CSEC venue from the seed, with its crosswalk."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    seed_wording: str
    source: str = "task force presentation (seed)"
    htcds: tuple[str, ...] = ()
    ilo: tuple[str, ...] = ()
    polaris: tuple[int, ...] = ()
    confidence: Literal["PROPOSED", "REVIEWED"] = "PROPOSED"
    note: str | None = None


class RoleReach(BaseModel):
    """What a role's typical conduct does and does not reach under § 30-52-1 (2008)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    conduct: str
    reaches: str
    citation: str


class RoleProfile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Literal["recruiter", "trafficker", "victim", "consumer"]
    seed_wording: str
    htcds: tuple[str, ...] = ()
    reach: tuple[RoleReach, ...]
