"""Observed indicators: who did what to whom, when. Evidence for a statutory means, never a
legal conclusion (the means elements still need the actor's intent or knowledge)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from nm_trafficking.facts.persons import FactDate, Identifier, Text


class Observation(BaseModel):
    """One indicator from the catalog (``nm-trafficking indicators``) seen in this case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier
    indicator: str = Field(description="an indicator id, e.g. coercion.holding_documents")
    person: Identifier = Field(description="the person it was done to (a possible victim)")
    actor: Identifier | None = Field(default=None, description="who did it, if known")
    conduct: Identifier | None = Field(default=None, description="the conduct it relates to")
    date: FactDate | None = None
    description: Text | None = None
