"""§ 30-52-1 as data: every dated version of the text, and the choice of version by date.

This package is the only copy of the law in the library: grades, age limits, verbs, notes,
screening steps and the docs are derived from it. A future amendment is one new dated
:class:`StatuteVersion` (a new ``vYYYY`` package) added to :data:`ENACTED`; the previous
version's end date is derived from the new one's start, and the version in force on the date of
the conduct is the one applied.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nm_trafficking.errors import NoStatuteInForce
from nm_trafficking.statute.ages import LeapDayBirthday
from nm_trafficking.statute.model import (
    Alternative,
    CaseLaw,
    Element,
    Grade,
    GradeBand,
    Grading,
    OffenceParagraph,
    Paragraph,
    StatuteVersion,
    Test,
    any_of,
)
from nm_trafficking.statute.v2008 import VERSION_2008

ENACTED: tuple[StatuteVersion, ...] = (VERSION_2008,)
"""Every version as written, oldest first (one entry per ``vYYYY`` package)."""


def chain(enacted: tuple[StatuteVersion, ...]) -> tuple[StatuteVersion, ...]:
    """The versions with each one's end date set to the next one's start (the newest stays
    open-ended). Raises ``ValueError`` if they are not in strictly increasing date order."""
    out: list[StatuteVersion] = []
    for current, following in zip(enacted, (*enacted[1:], None), strict=True):
        if following is not None and following.in_force_from <= current.in_force_from:
            raise ValueError(f"version {following.id} does not start after {current.id}")
        until = following.in_force_from if following is not None else None
        out.append(
            current if current.in_force_until == until else replace(current, in_force_until=until)
        )
    return tuple(out)


VERSIONS: tuple[StatuteVersion, ...] = chain(ENACTED)
"""All versions, oldest first, with derived end dates."""


def version_for(day: date, versions: tuple[StatuteVersion, ...] | None = None) -> StatuteVersion:
    """The version of § 30-52-1 in force on ``day`` (among ``versions``, default all).

    Raises :class:`~nm_trafficking.errors.NoStatuteInForce` for a date before the first version
    (§ 30-52-1 does not reach conduct before it came into force)."""
    versions = versions if versions is not None else VERSIONS
    for version in versions:
        if version.in_force_on(day):
            return version
    raise NoStatuteInForce(day, versions[0].in_force_from)


def latest() -> StatuteVersion:
    """The newest version known to this library."""
    return VERSIONS[-1]


def by_id(version_id: str) -> StatuteVersion:
    """The version with this id (e.g. ``"2008"``); ``KeyError`` if there is none."""
    for version in VERSIONS:
        if version.id == version_id:
            return version
    raise KeyError(version_id)


__all__ = [
    "ENACTED",
    "VERSIONS",
    "Alternative",
    "CaseLaw",
    "Element",
    "Grade",
    "GradeBand",
    "Grading",
    "LeapDayBirthday",
    "OffenceParagraph",
    "Paragraph",
    "StatuteVersion",
    "Test",
    "any_of",
    "by_id",
    "chain",
    "latest",
    "version_for",
]
