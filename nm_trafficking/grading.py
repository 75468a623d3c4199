"""30-52-1(C): the felony grade of a finding, from the victim's age at the conduct."""

from __future__ import annotations

from nm_trafficking.results import ConductResult, GradeResult
from nm_trafficking.rules.atoms import ConductRecord
from nm_trafficking.statute.model import Grading

SEVERITY = {"third_degree_felony": 1, "second_degree_felony": 2, "first_degree_felony": 3}
ALL_GRADES = tuple(sorted(SEVERITY, key=SEVERITY.__getitem__))


def _possible(record: ConductRecord, grading: Grading) -> list[str]:
    """The grades the act may carry, by the grading rule of the version it falls under."""
    if record.version is not None:
        grading = record.version.grading
    if record.age is None:
        return list(ALL_GRADES)
    grades = {grading.grade_for_age(a)[0] for a in range(record.age.lo, record.age.hi + 1)}
    return sorted(grades, key=SEVERITY.__getitem__)


def grade(
    records: dict[str, ConductRecord], results: list[ConductResult], grading: Grading
) -> GradeResult:
    """The grade over the acts that meet a paragraph (or, if none does, that may meet one).

    With several qualifying acts, the most serious grade any of them certainly carries is
    reported, and the grade is undetermined while a more serious one remains possible."""
    met = [r for r in results if r.status == "met"]
    candidates = met or [r for r in results if r.status == "undetermined"]
    if not candidates:
        return GradeResult(
            grade=None,
            status="not_applicable",
            possible=[],
            citation=None,
            victim_age=None,
            conduct=None,
            reason="no paragraph of 30-52-1(A) is met or open, so no grade applies",
        )
    options = {r.conduct: _possible(records[r.conduct], grading) for r in candidates}
    # the act whose mildest possible grade is the most serious (the first such act on a tie)
    floor = max(options.items(), key=lambda kv: SEVERITY[kv[1][0]])
    ceiling = max(SEVERITY[g[-1]] for g in options.values())
    possible = sorted({g for gs in options.values() for g in gs}, key=SEVERITY.__getitem__)
    possible = [g for g in possible if SEVERITY[g] >= SEVERITY[floor[1][0]]]
    record = records[floor[0]]
    age_text = None
    if record.age is not None:
        span = str(record.age.lo) if record.age.exact else f"{record.age.lo} to {record.age.hi}"
        age_text = f"{span} ({record.age.source})"
    if not met:
        return GradeResult(
            grade=None,
            status="undetermined",
            possible=possible,
            citation=grading.citation,
            victim_age=age_text,
            conduct=floor[0],
            reason="no paragraph is met yet; if one is established the grade would be "
            + " or ".join(g.replace("_", " ") for g in possible),
        )
    certain = floor[1][0]
    if SEVERITY[certain] == ceiling:
        g = certain
        band = next((b for b in grading.bands if b.grade == g), None)
        return GradeResult(
            grade=g,
            status="determined",
            possible=[g],
            citation=band.citation if band else grading.citation,
            victim_age=age_text,
            conduct=floor[0],
            reason=(
                f"victim under {band.under_age} at the time of the conduct"
                if band
                else "victim 16 or older at the time of the conduct (the default grade of C)"
            ),
        )
    return GradeResult(
        grade=None,
        status="undetermined",
        possible=possible,
        citation=grading.citation,
        victim_age=age_text,
        conduct=floor[0],
        reason="the victim's age at the time of the conduct is not established precisely "
        "enough to fix the grade (under 13: first degree; under 16: second; else third)",
    )
