"""The base of every fact model: immutable, unknown fields refused, copies validated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from nm_trafficking.errors import InvalidFactPattern
from nm_trafficking.facts.locations import field_errors
from nm_trafficking.facts.truth import Truth
from nm_trafficking.limits import DEFAULT_LIMITS


def plain(value: Any) -> Any:
    """``value`` as plain data: models as dicts (so that they are validated again)."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


class FactModel(BaseModel):
    """A part of a fact pattern. Frozen; unknown fields are errors; ``model_copy(update=...)``
    validates the copy and raises :class:`~nm_trafficking.InvalidFactPattern` naming the
    field (never an invalid copy)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with ``update``, validated like a new model (raises ``InvalidFactPattern``)."""
        if not update:
            return super().model_copy(deep=deep)
        data = self.model_dump()
        data.update(plain(dict(update)))
        try:
            return self.model_validate(data, context={"limits": DEFAULT_LIMITS})
        except ValidationError as exc:
            errors = field_errors(exc, data, type(self), most=DEFAULT_LIMITS.max_errors)
            raise InvalidFactPattern(errors) from None


_FIELD_NAMES: dict[type[BaseModel], tuple[str, ...]] = {}


def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model``, in order (read once per class)."""
    found = _FIELD_NAMES.get(model)
    if found is None:
        found = _FIELD_NAMES[model] = tuple(model.model_fields)
    return found


def true_paths(
    model: BaseModel, prefix: str = "", *, skip: frozenset[str] = frozenset()
) -> list[str]:
    """The dotted paths of the three-valued facts stated true in ``model``, in field order
    (nested models included; a path in ``skip`` is left out with everything under it)."""
    out: list[str] = []
    stated = model.model_fields_set
    for name in _field_names(type(model)):
        if name not in stated:
            continue
        path = f"{prefix}.{name}" if prefix else name
        if path in skip:
            continue
        value = getattr(model, name)
        if value is Truth.TRUE:
            out.append(path)
        elif isinstance(value, BaseModel):
            out.extend(true_paths(value, path, skip=skip))
    return out
