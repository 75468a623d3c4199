"""The task force's field knowledge as data: indicators of force, fraud and coercion linked to
the statutory means, risk factors, how a trafficked person presents, CSEC venues and roles.

Every crosswalk is PROPOSED (``confidence``): a judgement to review, not a fact. An indicator is
evidence for a means, never a legal conclusion."""

from __future__ import annotations

from functools import cache

from nm_trafficking.indicators.model import (
    CatalogEntry,
    Indicator,
    MeansLink,
    RoleProfile,
    RoleReach,
    StatutoryMeans,
)
from nm_trafficking.packaged import find, load_rows


@cache
def indicators() -> tuple[Indicator, ...]:
    """Every indicator: the seed's nine force, seven fraud and nine coercion items, then the
    widely recognised ones the seed lacks."""
    return load_rows(__package__, "data/indicators.yaml", Indicator)


def indicator(indicator_id: str) -> Indicator:
    return find(indicators(), indicator_id, "indicator")


def by_means(means: StatutoryMeans | str) -> tuple[Indicator, ...]:
    return tuple(i for i in indicators() if i.evidences(StatutoryMeans(means)))


@cache
def risk_factors() -> tuple[CatalogEntry, ...]:
    return load_rows(__package__, "data/risk_factors.yaml", CatalogEntry)


@cache
def presentation_signs() -> tuple[CatalogEntry, ...]:
    return load_rows(__package__, "data/presentation.yaml", CatalogEntry)


@cache
def csec_venues() -> tuple[CatalogEntry, ...]:
    return load_rows(__package__, "data/csec_venues.yaml", CatalogEntry)


@cache
def roles() -> tuple[RoleProfile, ...]:
    return load_rows(__package__, "data/roles.yaml", RoleProfile)


__all__ = [
    "CatalogEntry",
    "Indicator",
    "MeansLink",
    "RoleProfile",
    "RoleReach",
    "StatutoryMeans",
    "by_means",
    "csec_venues",
    "indicator",
    "indicators",
    "presentation_signs",
    "risk_factors",
    "roles",
]
