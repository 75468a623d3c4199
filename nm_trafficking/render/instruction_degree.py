"""The court form's line on the degree of a state instruction: which degree it is drafted for,
and that the degree turns on the victim's age under § 30-52-1(C).

The sources give no form for it (shared reference ``related-law-2026-12.md`` § 8 names no
uniform instruction, and none for the grade): the line is drafted — the instruction it belongs
to says so once, for both — and quotes only the statute's own words for the ages, read from the
text applied (its subsection C).
"""

from __future__ import annotations

import re

from nm_trafficking.results import AgeAtAct
from nm_trafficking.statute.model import Grade, GradeBand, OffenceParagraph, StatuteVersion

__all__ = ["degree_line"]

_AGE_WORD = re.compile(r"^(\(\d+\))\s+([a-z]+),")
_LEAD = "except if the victim is under the age of:"


def _cite(citation: str) -> str:
    return f"NMSA 1978, § {citation}"


def _age_word(version: StatuteVersion, band: GradeBand) -> tuple[str, str]:
    """(the paragraph's number, the age in the statute's word), e.g. ("(2)", "thirteen")."""
    found = _AGE_WORD.match(version.paragraph(band.citation).text)
    if found is None:  # a text worded otherwise: the age in figures, unquoted
        return "", str(band.under_age)
    return found.group(1), found.group(2)


def _possible(version: StatuteVersion, para: OffenceParagraph, age: AgeAtAct | None) -> list[Grade]:
    """The grades the victim's age allows, most serious first."""
    grading = version.grading_of(para)
    top = max(b.under_age for b in grading.bands)
    if age is None:
        ages = range(0, top + 1)
    else:
        hi = top if age.hi is None else min(age.hi, top)
        ages = range(min(age.lo, top), hi + 1)
    grades = {grading.grade_for_age(a)[0] for a in ages}
    return sorted(grades, key=lambda g: -g.severity)


def degree_line(
    version: StatuteVersion, para: OffenceParagraph, age: AgeAtAct | None, victim: str
) -> str | None:
    """The drafted line on the degree (None where the grade does not turn on age)."""
    grading = version.grading_of(para)
    if not grading.bands:
        return None
    bands = {b.grade.id: b for b in grading.bands}
    lead = version.paragraph(grading.citation).text
    quote_lead = _LEAD if _LEAD in lead else ""
    possible = _possible(version, para, age)

    def under(band: GradeBand) -> tuple[str, str]:
        number, word = _age_word(version, band)
        return f"{victim} was under the age of {word}", f"{number} {word}".strip()

    if len(possible) == 1:
        grade = possible[0]
        band = bands.get(grade.id)
        if band is None:
            _, word = _age_word(version, max(grading.bands, key=lambda b: b.under_age))
            return (
                f"Degree: drafted for a {grade.name} ({_cite(grading.citation)}); on the facts "
                f"stated {victim} was not under the age of {word} at the time, so no age raises "
                f"the degree."
            )
        fact, words = under(band)
        quote = f' ("{quote_lead} … {words}")' if quote_lead else ""
        return (
            f"Degree: drafted for a {grade.name}, which turns on {victim}'s age: {fact} at the "
            f"time. Authority: {_cite(band.citation)}{quote}."
        )
    parts: list[str] = []
    quoted: list[str] = []
    for grade in possible:
        band = bands.get(grade.id)
        other = "otherwise " if parts else ""
        if band is None:
            parts.append(f"otherwise a {grade.name} ({_cite(grading.citation)})")
            continue
        fact, words = under(band)
        parts.append(f"{other}a {grade.name} if {fact} ({_cite(band.citation)})")
        quoted.append(words)
    known = f" ({age.text})" if age is not None else " (not known)"
    pieces = " … ".join([quote_lead, *sorted(quoted)])
    quote = f' ("{pieces}")' if quote_lead and quoted else ""
    why = (  # a birthday on 29 February: the law, not the facts, leaves it open
        "an open point of law (a birthday on 29 February), not missing evidence"
        if age is not None and age.open_point
        else "which the facts stated leave open"
    )
    return (
        f"Degree: turns on {victim}'s age at the time{known}, {why}: {'; '.join(parts)}. "
        f"Authority: {_cite(grading.citation)}{quote}."
    )
