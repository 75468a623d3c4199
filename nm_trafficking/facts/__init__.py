"""Typed facts (pydantic v2): persons, conduct, mental states, means, purposes, dates."""

from nm_trafficking.facts.conduct import Act, Benefit, Conduct, Means, Purposes
from nm_trafficking.facts.observations import Observation
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Age, FactDate, Identifier, Person, Role, Text
from nm_trafficking.facts.truth import Truth, TruthValue

__all__ = [
    "Act",
    "Age",
    "Benefit",
    "Conduct",
    "FactDate",
    "FactPattern",
    "Identifier",
    "Means",
    "Observation",
    "Person",
    "Purposes",
    "Role",
    "Text",
    "Truth",
    "TruthValue",
]
