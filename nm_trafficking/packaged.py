"""Data files shipped inside the package (catalogs, scenarios), read safely and validated."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import Protocol, TypeVar

import yaml
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


def find(items: Iterable[T], ident: str, what: str) -> T:
    """The item with ``id == ident``; a ``KeyError`` naming the known ids otherwise."""
    listed = tuple(items)
    for item in listed:
        if item.id == ident:
            return item
    known = ", ".join(i.id for i in listed)
    raise KeyError(f"no {what} {ident!r}; known: {known}")


def load_rows(package: str, resource: str, model: type[M]) -> tuple[M, ...]:
    """A YAML list shipped in ``package`` at ``resource``, each row validated as ``model``."""
    text = resources.files(package).joinpath(resource).read_text("utf-8")
    rows = yaml.safe_load(text)
    if not isinstance(rows, list):
        raise ValueError(f"{package}/{resource}: expected a list")
    return tuple(model.model_validate(row) for row in rows)
