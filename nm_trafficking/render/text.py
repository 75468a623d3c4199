"""Readable text for an assessment: why, and why not, element by element, act by act.

The only free text a fact pattern can put here is its title (ids are restricted to letters,
digits, ``_ . -``); it is shown with control characters escaped."""

from __future__ import annotations

import textwrap

from nm_trafficking.limits import printable
from nm_trafficking.results import (
    EVIDENCE_CAVEAT,
    AssessmentResult,
    Count,
    ElementResult,
    Finding,
)

LABELS = {"met": "MET", "not_met": "NOT MET", "undetermined": "UNDETERMINED"}
MARKS = {"met": "[+]", "not_met": "[-]", "undetermined": "[?]"}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        text, width=100, initial_indent=indent, subsequent_indent=" " * len(indent) + "  "
    )


def _element(e: ElementResult, indent: str) -> list[str]:
    lines = [_wrap(f"{MARKS[e.status]} {e.label}: {LABELS[e.status]} — {e.reason}", indent)]
    if e.statute_words:
        lines.append(_wrap(f'statute: "{e.statute_words}" ({e.cited})', indent + "    "))
    if e.facts:
        lines.append(_wrap("facts: " + "; ".join(e.facts), indent + "    "))
    if e.evidence:
        lines.append(_wrap(f"evidence — {EVIDENCE_CAVEAT}", indent + "    "))
        lines.extend(_wrap(line, indent + "      · ") for line in e.evidence)
    if e.note:
        lines.append(_wrap(f"note: {e.note}", indent + "    "))
    return lines


def grade_name(grade: str | None) -> str:
    return grade.replace("_", " ") if grade else "none"


def count_line(c: Count) -> str:
    """One act as a count, in one line."""
    if c.date is not None:
        when = c.date.isoformat() + (" (as_of assumed)" if c.date_assumed else "")
    elif c.possible_dates is not None:
        last = c.possible_dates.latest.isoformat() if c.possible_dates.latest else "today"
        first = c.possible_dates.earliest.isoformat() if c.possible_dates.earliest else "?"
        when = f"date not stated ({first} to {last})"
    else:
        when = "date not stated"
    paragraphs = ", ".join(
        f"{cit.removeprefix('30-52-1')} {LABELS[p.status].lower()}"
        for cit, p in c.paragraphs.items()
    )
    age = c.victim_age.text if c.victim_age is not None else "unknown"
    if c.grade.status == "determined":
        grade = grade_name(c.grade.grade)
    elif c.grade.possible:
        grade = "possible " + " or ".join(grade_name(g) for g in c.grade.possible)
    else:
        grade = "none"
    version = c.statute_version or "no version in force"
    return (
        f"{c.conduct} {c.act}, {when}: {LABELS[c.status]} ({paragraphs}); victim's age {age}; "
        f"grade: {grade}; text {version}"
    )


def _finding(f: Finding) -> list[str]:
    lines = [f"Defendant {f.defendant} — victim {f.victim}: {LABELS[f.status]}"]
    lines.append(f"  conduct: {', '.join(f.conduct)}")
    for sub in f.subsections.values():
        where = f" (conduct {sub.conduct})" if sub.conduct else ""
        lines.append(f"  {sub.citation} {sub.title}: {LABELS[sub.status]}{where}")
        lines.append(_wrap(f'"{sub.text}"', "      "))
        for e in sub.elements:
            lines.extend(_element(e, "    "))
        others = [(cid, s) for cid, s in sub.counts.items() if cid != sub.conduct]
        if others:
            lines.append(
                "    other conduct: " + ", ".join(f"{cid} {LABELS[s]}" for cid, s in others)
            )
    lines.append("  Counts (each act a potential count):")
    lines.extend(_wrap(count_line(c), "    - ") for c in f.counts)
    g = f.grade_detail
    lines.append(_wrap(f"Grade: {g.words}", "  "))
    if g.victim_age and g.status != "not_applicable":
        lines.append(f"    victim's age at the conduct: {g.victim_age}")
    if f.remaining:
        lines.append("  Still to be established:")
        lines.extend(_wrap(r, "    - ") for r in f.remaining)
    if f.notes:
        lines.append("  Notes:")
        for n in f.notes:
            cite = f"[{n.citation}] " if n.citation else ""
            lines.append(_wrap(f"{cite}{n.text}", "    - "))
    return lines


def render_text(a: AssessmentResult) -> str:
    """The whole assessment as readable text."""
    lines: list[str] = []
    if a.title:
        title = printable(a.title)
        lines.append(title)
        lines.append("=" * min(len(title), 100))
    lines.append(
        f"Statute: {a.statute_citation or 'no version in force'}"
        + (f" (versions {', '.join(a.statute_versions)})" if len(a.statute_versions) > 1 else "")
    )
    if a.as_of:
        lines.append(f"Undated conduct assumed on: {a.as_of.isoformat()}")
    lines.append("")
    if not a.findings:
        lines.append("No conduct in the fact pattern: no defendant and victim to assess.")
    for f in a.findings:
        lines.extend(_finding(f))
        lines.append("")
    if a.notes:
        lines.append("Open points (unverified):")
        lines.extend(_wrap(n.text, "  - ") for n in a.notes)
        lines.append("")
    lines.append(a.disclaimer)
    return "\n".join(lines)
