"""Readable text for an assessment: why, and why not, element by element."""

from __future__ import annotations

import textwrap

from nm_trafficking.results import EVIDENCE_CAVEAT, Assessment, ElementResult, Finding

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
    return lines


def _finding(f: Finding) -> list[str]:
    lines = [f"Defendant {f.defendant} — victim {f.victim}: {LABELS[f.status]}"]
    lines.append(f"  conduct: {', '.join(f.conduct)}")
    for sub in f.subsections.values():
        where = f" (conduct {sub.conduct})" if sub.conduct else ""
        lines.append(f"  {sub.citation} {sub.title}: {LABELS[sub.status]}{where}")
        lines.append(_wrap(f'"{sub.text}"', "      "))
        for e in sub.elements:
            lines.extend(_element(e, "    "))
        others = [cr for cr in sub.conduct_results if cr.conduct != sub.conduct]
        if others:
            lines.append(
                "    other conduct: "
                + ", ".join(f"{cr.conduct} {LABELS[cr.status]}" for cr in others)
            )
    g = f.grade_detail
    if g.status == "determined" and g.grade:
        grade = g.grade.replace("_", " ")
        lines.append(_wrap(f"Grade: {grade} ({g.citation}) — {g.reason}", "  "))
    elif g.status == "undetermined":
        lines.append(_wrap(f"Grade: undetermined — {g.reason}", "  "))
    else:
        lines.append("  Grade: none (no paragraph met)")
    if g.victim_age:
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


def render_text(a: Assessment) -> str:
    lines: list[str] = []
    if a.title:
        lines.append(a.title)
        lines.append("=" * min(len(a.title), 100))
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
