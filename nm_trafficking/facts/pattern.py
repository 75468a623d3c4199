"""A fact pattern: persons and conduct, checked for consistency as a whole."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sized
from dataclasses import replace
from datetime import date
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from nm_trafficking.errors import FieldError, InvalidFactPattern, Remedy
from nm_trafficking.facts.base import FactModel, plain
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.locations import (
    IDENTIFIER_PATTERN,
    ReferenceErrors,
    location,
    model_at,
    suggestion,
)
from nm_trafficking.facts.observations import Observation
from nm_trafficking.facts.persons import EARLIEST_DATE, Person, Text, birth_ages
from nm_trafficking.facts.truth import Truth
from nm_trafficking.limits import DEFAULT_LIMITS, Limits

__all__ = ["FactPattern", "ReferenceErrors", "age_errors", "check_references", "too_many"]

_ITEMS: dict[str, type[BaseModel]] = {
    "persons": Person,
    "conduct": Conduct,
    "observations": Observation,
}
_SINGULAR = {"persons": "person", "conduct": "conduct", "observations": "observation"}


def too_many(field: str, count: int, limits: Limits) -> str | None:
    """The problem when a fact pattern has more ``field`` items (persons, conduct,
    observations) than ``limits`` allow, else ``None``; its remedy is ``Limits.max_{field}``
    (:class:`~nm_trafficking.errors.Remedy`), said by each interface."""
    most: int = getattr(limits, f"max_{field}")
    if count <= most:
        return None
    noun = "conduct entries" if field == "conduct" else field
    return f"{count:,} {noun}; at most {most:,} are accepted"


def _limits(info: ValidationInfo) -> Limits:
    context = info.context
    limits = context.get("limits") if isinstance(context, Mapping) else None
    return limits if isinstance(limits, Limits) else DEFAULT_LIMITS


class FactPattern(FactModel):
    """Who was involved and what each actor did toward whom. Build it with
    :func:`nm_trafficking.load` (file), :func:`nm_trafficking.from_dict`, or directly.

    Immutable: :meth:`replace` and :meth:`with_fact` give validated copies."""

    title: Text | None = None
    description: Text | None = None
    persons: tuple[Person, ...] = Field(
        json_schema_extra={"minItems": 1, "maxItems": DEFAULT_LIMITS.max_persons}
    )
    conduct: tuple[Conduct, ...] = Field(
        default=(), json_schema_extra={"maxItems": DEFAULT_LIMITS.max_conduct}
    )
    observations: tuple[Observation, ...] = Field(
        default=(), json_schema_extra={"maxItems": DEFAULT_LIMITS.max_observations}
    )

    @field_validator("persons", "conduct", "observations", mode="before")
    @classmethod
    def _within_limits(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, Sized) and not isinstance(value, str | bytes | Mapping):
            if info.field_name == "persons" and len(value) == 0:
                raise ValueError("at least one person is needed")
            problem = too_many(str(info.field_name), len(value), _limits(info))
            if problem is not None:  # a model built directly: only a Python caller does that
                remedy = Remedy("limit", f"max_{info.field_name}")
                raise ValueError(f"{problem} ({remedy.words('python')})")
        return value

    @model_validator(mode="after")
    def _references(self) -> FactPattern:
        errors = check_references(self)
        if errors:
            raise ReferenceErrors(errors)
        return self

    def person(self, person_id: str) -> Person:
        """The person with id ``person_id`` (``KeyError`` if there is none)."""
        for p in self.persons:
            if p.id == person_id:
                return p
        raise KeyError(person_id)

    def replace(self, *, limits: Limits | None = None, **changes: Any) -> FactPattern:
        """A validated copy with top-level fields replaced (what-if analysis), e.g.
        ``pattern.replace(conduct=[...])``. Items may be models or mappings; everything is
        validated again. Raises :class:`~nm_trafficking.InvalidFactPattern` naming the field."""
        from nm_trafficking.facts.loading import from_dict

        data = self.model_dump()
        data.update(plain(changes))
        return from_dict(data, limits=limits)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with ``update``, the same as :meth:`replace` (validated)."""
        if not update:
            return super().model_copy(deep=deep)
        return self.replace(**dict(update))  # type: ignore[return-value]

    def with_fact(self, path: str, value: Any, *, limits: Limits | None = None) -> FactPattern:
        """A validated copy with one fact changed, addressed by its path: persons, conduct and
        observations by id, then field names, e.g. ``"conduct.recruit.knowingly"``,
        ``"conduct.recruit.means_will_be_used.force"``, ``"persons.V.age"``, ``"title"``.

        ``value`` ``None`` removes the fact (it becomes unknown); on a whole item
        (``"conduct.recruit"``) it removes the item. Raises
        :class:`~nm_trafficking.InvalidFactPattern` naming ``path`` when the path does not
        exist or the value is not valid there."""
        from nm_trafficking.facts.loading import from_dict

        # Only what was stated (tuples as lists, to change): a dump with every default would
        # count ~100 unknown facts per act against Limits.max_nodes, so a pattern at the item
        # limits could not be changed at all.
        if not isinstance(path, str):
            raise _fail(
                "", f"a fact path is text such as 'conduct.ID.knowingly', not {type(path).__name__}"
            )
        data: dict[str, Any] = plain(self.model_dump(exclude_unset=True))
        container, key, parts = _locate(data, path)
        if value is None:
            if isinstance(container, list):
                del container[int(key)]
            else:
                container.pop(str(key), None)
        else:
            container[key] = plain(value)
        try:
            return from_dict(data, limits=limits)
        except InvalidFactPattern as exc:
            raise _renamed(exc, location(parts), path) from None


_ID_SHAPED = re.compile(IDENTIFIER_PATTERN)


def _id_shaped(text: str) -> bool:
    return len(text) <= 64 and _ID_SHAPED.fullmatch(text) is not None


def _shown_path(path: str) -> str:
    """``path`` as far as it is written as field names and ids: a part written otherwise (a
    name, a sentence) may be a value put in the wrong place and is not repeated."""
    shown: list[str] = []
    for part in path.split("."):
        if not _id_shaped(part):
            break
        shown.append(part)
    return ".".join(shown)


def _fail(path: str, message: str) -> InvalidFactPattern:
    return InvalidFactPattern([FieldError(_shown_path(path), message)])


def _locate(data: dict[str, Any], path: str) -> tuple[Any, int | str, list[int | str]]:
    """The container holding the fact at ``path`` in ``data`` (a model dump), its key, and the
    location of the fact as pydantic names it (``["conduct", 0, "knowingly"]``)."""
    head, _, rest = path.partition(".")
    if head not in FactPattern.model_fields:
        raise _fail(path, suggestion(FactPattern, [head]))
    if head not in _ITEMS:
        if rest:
            raise _fail(path, f"{head} is a single value; it has no parts")
        return data, head, [head]
    if not rest:
        raise _fail(path, f"name the {_SINGULAR[head]} by id: {head}.ID")
    items: list[dict[str, Any]] = data[head]
    # ids may contain '.': the longest id that the rest of the path starts with
    found: tuple[int, str] | None = None
    for index, item in enumerate(items):
        item_id: str = item["id"]
        if (rest == item_id or rest.startswith(item_id + ".")) and (
            found is None or len(item_id) > len(items[found[0]]["id"])
        ):
            found = (index, rest[len(item_id) + 1 :])
    if found is None:
        wanted = rest.split(".", 1)[0]
        which = f"id {wanted!r}" if _id_shaped(wanted) else "that id"
        raise _fail(path, f"no {_SINGULAR[head]} with {which}")
    index, fields = found
    parts: list[int | str] = [head, index]
    if not fields:
        return items, index, parts
    container: dict[str, Any] = items[index]
    model: type[BaseModel] | None = _ITEMS[head]
    names = fields.split(".")
    for name in names[:-1]:
        if model is None or name not in model.model_fields:
            raise _fail(path, suggestion(model, [name]))
        model = model_at(model, [name])
        if model is None:
            raise _fail(path, f"{name} is a single value; it has no parts")
        parts.append(name)
        container = container.setdefault(name, {})  # a group nothing of was stated
    last = names[-1]
    if model is None or last not in model.model_fields:
        raise _fail(path, suggestion(model, [last]))
    parts.append(last)
    return container, last, parts


def _renamed(exc: InvalidFactPattern, prefix: str, path: str) -> InvalidFactPattern:
    """``exc`` with the location of the changed fact written as ``path``."""
    errors: list[FieldError] = []
    named = False
    for e in exc.errors:
        if e.loc == prefix or e.loc.startswith((prefix + ".", prefix + "[")):
            errors.append(replace(e, loc=path + e.loc[len(prefix) :]))
            named = True
        else:
            errors.append(e)
    if not named:
        errors.insert(0, FieldError(path, "this change leaves the fact pattern invalid"))
    return InvalidFactPattern(errors, exc.source)


def check_references(pattern: FactPattern) -> list[FieldError]:
    """Ids unique, every reference to a person resolves, nobody acts on themself, no conduct
    before the person was born, a plain age given with a birth date agrees with it."""
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
        for j, ref in enumerate(act.agreement.with_persons):
            if ref not in persons or ref == act.actor:
                why = (
                    "the actor; a conspiracy is an agreement with another person "
                    "(§ 30-28-2(A): 'combining with another')"
                    if ref == act.actor
                    else f"no person with id {ref!r} in persons"
                )
                errors.append(FieldError(f"conduct[{i}].agreement.with_persons[{j}]", why))
        if act.agreement.to_commit_this_act is Truth.TRUE and not act.agreement.with_persons:
            errors.append(
                FieldError(
                    f"conduct[{i}].agreement.with_persons",
                    "an agreement is stated but no one is named: name the persons the actor "
                    "agreed with (§ 30-28-2(A): 'combining with another')",
                )
            )
        helpers: set[str] = set()
        for j, helper in enumerate(act.accessories):
            where = f"conduct[{i}].accessories[{j}].person"
            if helper.person not in persons:
                errors.append(FieldError(where, f"no person with id {helper.person!r} in persons"))
            elif helper.person == act.actor:
                errors.append(
                    FieldError(where, "the actor does the act; an accessory is another person")
                )
            elif helper.person in helpers:
                errors.append(FieldError(where, f"person {helper.person!r} is already listed"))
            helpers.add(helper.person)
        victim = persons.get(act.person)
        born = victim.birth_date if victim is not None else None
        if born is not None and act.date is not None and act.date < born:
            errors.append(
                FieldError(
                    f"conduct[{i}].date",
                    f"the date is before person {act.person!r} was born",
                )
            )
    errors.extend(_age_errors(pattern))
    errors.extend(_observation_errors(pattern, set(persons)))
    return errors


def _age_errors(pattern: FactPattern) -> list[FieldError]:
    """A plain ``age`` (no ``age_on``) given with ``birth_date``: the age at one of the acts
    toward the person, so it must be the age the birth date gives at one of them. Checked here
    only where every act toward the person is dated; with an undated act, the day of the
    assessment bounds the days it can have happened on (:func:`age_errors`, when assessed)."""
    return age_errors(pattern, None)


def age_errors(pattern: FactPattern, today: date | None) -> list[FieldError]:
    """A plain ``age`` (no ``age_on``) given with ``birth_date`` that no act toward the person
    can have been done at: not the birth date's age on the date of a dated act, nor (``today``
    given, the day of the assessment) on any day an undated act can have happened on — from
    the birth (no fact date is earlier than ``EARLIEST_DATE``, nor an act before the birth) to
    ``today``. Without ``today`` a person with an undated act toward them is not checked. The
    message names the person and the fields, not their values. (An assumed ``as_of``
    is not read: the stated age can be of the act on any of its possible days.)"""
    errors: list[FieldError] = []
    for i, p in enumerate(pattern.persons):
        if p.age is None or p.birth_date is None or p.age_on is not None:
            continue
        days = [c.date for c in pattern.conduct if c.person == p.id]
        if not days:
            continue
        undated = any(day is None for day in days)
        if undated and (today is None or today < p.birth_date):
            continue  # (a birth after the assessment day is refused as such)
        if any(p.age in birth_ages(p.birth_date, day) for day in days if day is not None):
            continue
        if undated and today is not None:
            first = max(p.birth_date, EARLIEST_DATE)
            youngest = birth_ages(p.birth_date, first).start
            oldest = birth_ages(p.birth_date, today)[-1]
            if youngest <= p.age <= oldest:
                continue
            errors.append(
                FieldError(
                    f"persons[{i}].age",
                    f"person {p.id!r}: age does not agree with birth_date: it is no age "
                    f"{p.id!r} had from the birth to the day of the assessment "
                    f"({today.isoformat()}) (give age_on, the date the age held, or correct "
                    "one; when both are given, birth_date decides)",
                )
            )
            continue
        errors.append(
            FieldError(
                f"persons[{i}].age",
                f"person {p.id!r}: age does not agree with birth_date: it is not the age on "
                f"the date of any act toward {p.id!r} (give one, or give age_on, the date the "
                "age held; when both are given, birth_date decides)",
            )
        )
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
                    "unknown indicator (see `nm-trafficking indicators` for their ids)",
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
