"""Three-valued facts: true, false or unknown. Absent means unknown, never false."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema


class Truth(StrEnum):
    """What is known of a fact. ``UNKNOWN`` is the default for every fact not stated."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    @property
    def known(self) -> bool:
        """True or false (not unknown)."""
        return self is not Truth.UNKNOWN


def parse_truth(value: Any) -> Any:
    """Accept ``true``/``false`` (booleans or strings), ``null``/``"unknown"`` and ``Truth``;
    refuse everything else, numbers included (``1`` and ``0`` are not truth values)."""
    if isinstance(value, Truth):
        return value
    if value is None:
        return Truth.UNKNOWN
    if isinstance(value, bool):
        return Truth.TRUE if value else Truth.FALSE
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "false", "unknown"):
            return Truth(lowered)
    raise ValueError("must be true, false or unknown (null and absent also mean unknown)")


TruthValue = Annotated[
    Truth,
    BeforeValidator(parse_truth),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "boolean"},
                {"type": "null"},
                {"enum": ["true", "false", "unknown"]},
            ],
            "description": "true, false or unknown; absent or null means unknown",
            "default": "unknown",
        }
    ),
]
