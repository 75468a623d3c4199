"""Data files shipped inside the package (catalogs, scenarios), read safely and validated."""

from __future__ import annotations

from importlib import resources
from typing import TypeVar

import yaml
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def load_rows(package: str, resource: str, model: type[M]) -> tuple[M, ...]:
    """A YAML list shipped in ``package`` at ``resource``, each row validated as ``model``."""
    text = resources.files(package).joinpath(resource).read_text("utf-8")
    rows = yaml.safe_load(text)
    if not isinstance(rows, list):
        raise ValueError(f"{package}/{resource}: expected a list")
    return tuple(model.model_validate(row) for row in rows)
