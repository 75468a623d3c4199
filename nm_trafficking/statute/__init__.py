"""The law as data: § 30-52-1 with every dated version of its text, and the federal sections
(18 U.S.C. §§ 1589, 1590, 1591, with § 1594) with theirs; the choice of version by date.

This package is the only copy of the law in the library: grades, penalties, age limits, verbs,
notes, screening steps and the docs are derived from it. A future amendment of § 30-52-1 is one
new dated :class:`StatuteVersion` (a new ``vYYYY`` package) added to :data:`ENACTED`; the previous
version's end date is derived from the new one's start (registered by :func:`chain` and looked
up, never stored by copying: the object in ``vYYYY`` is the object applied), and the version in
force on the date of the conduct is the one applied (an undated act: every version in force on a
day it can have happened on, ``reasoning.undated``). A paragraph may carry its own grade rule
(``OffenceParagraph.grading``). Surfaces ask for the texts of the dates in question
(:func:`version_for`, :func:`versions_between`, :func:`offences`), never :func:`latest` as "the
text". :func:`enacted` registers an extra text for tests (``tests/amendment``). The federal
texts are in ``usc_18`` (one subpackage per section, one module per dated text); every law is a
:class:`Law` in :data:`LAWS`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from nm_trafficking.errors import NoStatuteInForce
from nm_trafficking.statute.ages import LeapDayBirthday
from nm_trafficking.statute.model import (
    Alternative,
    CaseLaw,
    Element,
    FederalVersion,
    Grade,
    GradeBand,
    Grading,
    Label,
    Law,
    OffenceParagraph,
    Paragraph,
    StatuteVersion,
    Test,
    TextVersion,
    any_of,
    chain,
)
from nm_trafficking.statute.usc_18 import LAWS as FEDERAL_LAWS
from nm_trafficking.statute.v2008 import VERSION_2008

ENACTED: tuple[StatuteVersion, ...] = (VERSION_2008,)
"""Every version as written, oldest first (one entry per ``vYYYY`` package)."""


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
    """The newest version known to this library (for what is about the library's knowledge,
    never as "the text" of an act: an act's text is the one in force on its date,
    :func:`version_for` / :func:`versions_between`)."""
    return VERSIONS[-1]


def offences(versions: tuple[StatuteVersion, ...] | None = None) -> tuple[OffenceParagraph, ...]:
    """Every offense paragraph of ``versions`` (default: every text), one per citation (a
    paragraph's identity), in the texts' order, each in its newest wording."""
    found: dict[str, OffenceParagraph] = {}
    for version in versions if versions is not None else VERSIONS:
        for paragraph in version.offences:
            found[paragraph.citation] = paragraph
    return tuple(found.values())


def offence(citation: str) -> OffenceParagraph:
    """The paragraph with this citation in the newest text that has it (``KeyError``)."""
    return {p.citation: p for p in offences()}[citation]


def grades() -> tuple[Grade, ...]:
    """Every grade of every text, least serious first."""
    return tuple(sorted({g for v in VERSIONS for g in v.grades}, key=lambda g: g.severity))


def versions_between(
    first: date | None, last: date | None, versions: tuple[StatuteVersion, ...] | None = None
) -> tuple[StatuteVersion, ...]:
    """Every version in force on some day from ``first`` to ``last`` (``None``: no bound),
    oldest first; at least the first version (a span before any text is judged under it)."""
    versions = versions if versions is not None else VERSIONS
    found = tuple(
        v
        for v in versions
        if (last is None or v.in_force_from <= last)
        and (first is None or v.in_force_until is None or first < v.in_force_until)
    )
    return found or versions[:1]


NM = Law(
    id="nm_30_52_1",
    citation="NMSA 1978, § 30-52-1",
    title="Human trafficking",
    jurisdiction="state",
    versions=VERSIONS,
    short="NM 30-52-1",
)
"""§ 30-52-1 as a :class:`Law` (its versions are :data:`VERSIONS`)."""

LAWS: dict[str, Law] = {law.id: law for law in (NM, *FEDERAL_LAWS)}
"""Every law the library assesses, by id: ``nm_30_52_1``, ``usc_1591``, ``usc_1589``,
``usc_1590`` (the federal ones in the order the output reports them)."""


@contextmanager
def enacted(*extra: StatuteVersion) -> Iterator[tuple[StatuteVersion, ...]]:
    """While open, § 30-52-1 has ``extra`` texts after :data:`ENACTED` (for tests: a synthetic
    amendment registered in one place). Every registry name (:data:`ENACTED`,
    :data:`VERSIONS`, :data:`NM`, :data:`LAWS`) is rebound and every cache derived from the
    statute data is forgotten, on entry and again on exit, when the texts as enacted are
    chained back. Each extra text's id must be new: the engine compiles a ruleset per id."""
    module = sys.modules[__name__]
    saved = (ENACTED, VERSIONS, NM, LAWS)
    known = {v.id for each in LAWS.values() for v in each.all_versions}
    clash = [v.id for v in extra if v.id in known]
    if clash:
        raise ValueError(f"a text with id {clash[0]!r} is already enacted")
    for v in extra:
        # A compiled ruleset is kept per id for the life of the process (rules.engine): an id
        # names one text, so a ruleset is never defined again under a name in use.
        if _EVER.setdefault(v.id, v) is not v:
            raise ValueError(f"the id {v.id!r} was registered for another text in this process")
    _register(module, (*ENACTED, *extra))
    try:
        yield module.VERSIONS
    finally:
        _register(module, saved[0])


_EVER: dict[str, StatuteVersion] = {}
"""Every extra text registered in this process, by id."""


def _register(module: object, texts: tuple[StatuteVersion, ...]) -> None:
    from nm_trafficking.statute import caches

    versions = chain(texts)
    nm = Law(
        id=NM.id,
        citation=NM.citation,
        title=NM.title,
        jurisdiction=NM.jurisdiction,
        versions=versions,
        short=NM.short,
    )
    for name, value in (
        ("ENACTED", texts),
        ("VERSIONS", versions),
        ("NM", nm),
        ("LAWS", {each.id: (nm if each.id == nm.id else each) for each in LAWS.values()}),
    ):
        setattr(module, name, value)
    caches.forget(versions)


def law(law_id: str) -> Law:
    """The law with this id; ``KeyError`` if there is none."""
    return LAWS[law_id]


def text_version(version_id: str) -> TextVersion:
    """Any law's version (or period with no text, the undated period too) by its id;
    ``KeyError`` if there is none."""
    for each in LAWS.values():
        for version in (*each.all_versions, *filter(None, (each.undated,))):
            if version.id == version_id:
                return version
    raise KeyError(version_id)


def by_id(version_id: str) -> StatuteVersion:
    """The version with this id (e.g. ``"2008"``); ``KeyError`` if there is none."""
    for version in VERSIONS:
        if version.id == version_id:
            return version
    raise KeyError(version_id)


__all__ = [
    "ENACTED",
    "FEDERAL_LAWS",
    "LAWS",
    "NM",
    "VERSIONS",
    "Alternative",
    "CaseLaw",
    "Element",
    "FederalVersion",
    "Grade",
    "GradeBand",
    "Grading",
    "Label",
    "Law",
    "LeapDayBirthday",
    "OffenceParagraph",
    "Paragraph",
    "StatuteVersion",
    "Test",
    "TextVersion",
    "any_of",
    "by_id",
    "chain",
    "enacted",
    "grades",
    "latest",
    "law",
    "offence",
    "offences",
    "text_version",
    "version_for",
    "versions_between",
]
