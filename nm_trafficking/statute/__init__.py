"""§ 30-52-1 as data: every dated version of the text, and the choice of version by date.

A future amendment is one new dated :class:`StatuteVersion` (a new ``vYYYY`` package) appended
to :data:`VERSIONS`; the version in force on the date of the conduct is the one applied.
"""

from __future__ import annotations

from datetime import date

from nm_trafficking.errors import NoStatuteInForce
from nm_trafficking.statute.model import (
    Alternative,
    Element,
    GradeBand,
    Grading,
    OffenceParagraph,
    Paragraph,
    StatuteVersion,
    Test,
    any_of,
)
from nm_trafficking.statute.v2008 import VERSION_2008

VERSIONS: tuple[StatuteVersion, ...] = (VERSION_2008,)
"""All versions, oldest first. Their periods must not overlap (checked by the tests)."""


def version_for(day: date) -> StatuteVersion:
    """The version of § 30-52-1 in force on ``day``.

    Raises :class:`~nm_trafficking.errors.NoStatuteInForce` for a date before the first version
    (§ 30-52-1 does not reach conduct before it came into force)."""
    for version in VERSIONS:
        if version.in_force_on(day):
            return version
    raise NoStatuteInForce(day, VERSIONS[0].in_force_from)


def latest() -> StatuteVersion:
    """The newest version known to this library."""
    return VERSIONS[-1]


def by_id(version_id: str) -> StatuteVersion:
    for version in VERSIONS:
        if version.id == version_id:
            return version
    raise KeyError(version_id)


__all__ = [
    "VERSIONS",
    "Alternative",
    "Element",
    "GradeBand",
    "Grading",
    "OffenceParagraph",
    "Paragraph",
    "StatuteVersion",
    "Test",
    "any_of",
    "by_id",
    "latest",
    "version_for",
]
