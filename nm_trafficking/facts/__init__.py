"""Typed facts (pydantic v2): persons, conduct, mental states, means, purposes, dates."""

from nm_trafficking.facts.conduct import Act, Benefit, Conduct, Means, Purposes
from nm_trafficking.facts.observations import Observation
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Person, Role
from nm_trafficking.facts.truth import Truth

__all__ = [
    "Act",
    "Benefit",
    "Conduct",
    "FactPattern",
    "Means",
    "Observation",
    "Person",
    "Purposes",
    "Role",
    "Truth",
]
