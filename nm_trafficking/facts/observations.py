"""Observed indicators: who did what to whom, when. Evidence for a statutory means, never a
legal conclusion (the means elements still need the actor's intent or knowledge)."""

from __future__ import annotations

from pydantic import Field

from nm_trafficking.facts.base import FactModel
from nm_trafficking.facts.persons import FactDate, Identifier, Text


class Observation(FactModel):
    """One indicator from the catalog (``nm-trafficking indicators``) seen in this case."""

    id: Identifier
    indicator: str = Field(
        max_length=200, description="an indicator id, e.g. coercion.holding_documents"
    )
    person: Identifier = Field(description="the person it was done to (a possible victim)")
    actor: Identifier | None = Field(default=None, description="who did it, if known")
    conduct: Identifier | None = Field(default=None, description="the conduct it relates to")
    date: FactDate | None = None
    description: Text | None = None
