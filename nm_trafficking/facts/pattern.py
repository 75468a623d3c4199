"""A fact pattern: persons and conduct, checked for consistency as a whole."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nm_trafficking.errors import FieldError
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.observations import Observation
from nm_trafficking.facts.persons import Person, Text


class ReferenceErrors(ValueError):
    """Cross-field problems, each with its own location (unpacked by ``facts.loading``)."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


class FactPattern(BaseModel):
    """Who was involved and what each actor did toward whom. Build it with
    :func:`nm_trafficking.load` (file), :func:`nm_trafficking.from_dict`, or directly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Text | None = None
    description: Text | None = None
    persons: tuple[Person, ...] = Field(min_length=1, max_length=1000)
    conduct: tuple[Conduct, ...] = Field(default=(), max_length=5000)
    observations: tuple[Observation, ...] = Field(default=(), max_length=5000)

    @model_validator(mode="after")
    def _references(self) -> FactPattern:
        errors = check_references(self)
        if errors:
            raise ReferenceErrors(errors)
        return self

    def person(self, person_id: str) -> Person:
        for p in self.persons:
            if p.id == person_id:
                return p
        raise KeyError(person_id)

    def replace(self, **changes: Any) -> FactPattern:
        """A validated copy with top-level fields replaced (what-if analysis)."""
        data = self.model_dump()
        data.update(changes)
        return FactPattern.model_validate(data)


def check_references(pattern: FactPattern) -> list[FieldError]:
    """Ids unique, every reference to a person resolves, nobody acts on themself, no conduct
    before the person was born."""
    errors: list[FieldError] = []
    for name, ids in (
        ("persons", [p.id for p in pattern.persons]),
        ("conduct", [c.id for c in pattern.conduct]),
        ("observations", [o.id for o in pattern.observations]),
    ):
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                errors.append(FieldError(f"{name}[{i}].id", f"duplicate id {item_id!r}"))
            seen.add(item_id)
    persons = {p.id: p for p in pattern.persons}
    for i, act in enumerate(pattern.conduct):
        for field in ("actor", "person"):
            ref = getattr(act, field)
            if ref not in persons:
                errors.append(
                    FieldError(f"conduct[{i}].{field}", f"no person with id {ref!r} in persons")
                )
        if act.actor == act.person:
            errors.append(
                FieldError(
                    f"conduct[{i}].person",
                    "the person acted upon must be another person than the actor "
                    "(30-52-1(A): 'another person')",
                )
            )
        victim = persons.get(act.person)
        born = victim.birth_date if victim is not None else None
        if born is not None and act.date is not None and act.date < born:
            errors.append(
                FieldError(
                    f"conduct[{i}].date",
                    f"{act.date.isoformat()} is before person {act.person!r} was born",
                )
            )
    errors.extend(_observation_errors(pattern, set(persons)))
    return errors


def _observation_errors(pattern: FactPattern, persons: set[str]) -> list[FieldError]:
    if not pattern.observations:
        return []
    from nm_trafficking.indicators import indicators

    known = {i.id for i in indicators()}
    conduct = {c.id for c in pattern.conduct}
    errors: list[FieldError] = []
    for i, obs in enumerate(pattern.observations):
        if obs.indicator not in known:
            errors.append(
                FieldError(
                    f"observations[{i}].indicator",
                    f"unknown indicator {obs.indicator!r} (see `nm-trafficking indicators`)",
                )
            )
        for field in ("person", "actor"):
            ref = getattr(obs, field)
            if ref is not None and ref not in persons:
                errors.append(
                    FieldError(f"observations[{i}].{field}", f"no person with id {ref!r}")
                )
        if obs.conduct is not None and obs.conduct not in conduct:
            errors.append(
                FieldError(f"observations[{i}].conduct", f"no conduct with id {obs.conduct!r}")
            )
    return errors
