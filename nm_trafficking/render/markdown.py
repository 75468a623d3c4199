"""Markdown, for pasting into memos. Caller-supplied text is escaped for Markdown."""

from __future__ import annotations

import re

from nm_trafficking.limits import printable
from nm_trafficking.render.text import count_line
from nm_trafficking.results import EVIDENCE_CAVEAT, AssessmentResult

LABEL = {"met": "**MET**", "not_met": "**NOT MET**", "undetermined": "**UNDETERMINED**"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md(text: str) -> str:
    """Escape Markdown (and HTML) metacharacters and control characters (a carriage return
    would start a new Markdown line) in caller-supplied text."""
    return printable(_SPECIAL.sub(r"\\\1", text).replace("\n", " "))


def render_markdown(a: AssessmentResult) -> str:
    """The assessment as Markdown (caller text escaped)."""
    lines: list[str] = []
    if a.title:
        lines += [f"# {md(a.title)}", ""]
    lines += [f"Statute: {md(a.statute_citation or 'no version in force')}", ""]
    for f in a.findings:
        lines += [f"## Defendant {md(f.defendant)} — victim {md(f.victim)}: {LABEL[f.status]}", ""]
        for sub in f.subsections.values():
            lines.append(f"### {md(sub.citation)} {md(sub.title)}: {LABEL[sub.status]}")
            lines += ["", f"> {md(sub.text)}", ""]
            for e in sub.elements:
                lines.append(f"- {LABEL[e.status]} {md(e.label)} — {md(e.reason)}")
                if e.statute_words:
                    lines.append(f"  - statute: “{md(e.statute_words)}” ({md(e.cited)})")
                if e.facts:
                    lines.append("  - facts: " + "; ".join(md(x) for x in e.facts))
                if e.evidence:
                    lines.append(f"  - evidence ({md(EVIDENCE_CAVEAT)}):")
                    lines.extend(f"    - {md(x)}" for x in e.evidence)
            lines.append("")
        lines += ["**Counts** (each act a potential count):", ""]
        lines += [f"- {LABEL[c.status]} {md(count_line(c))}" for c in f.counts] + [""]
        lines += [f"**Grade:** {md(f.grade_detail.words)}", ""]
        if f.remaining:
            lines += ["**Still to be established:**", ""]
            lines += [f"- {md(r)}" for r in f.remaining] + [""]
        if f.notes:
            lines += ["**Notes:**", ""]
            lines += [
                f"- {'[' + md(n.citation) + '] ' if n.citation else ''}{md(n.text)}"
                for n in f.notes
            ]
            lines.append("")
    if a.notes:
        lines += ["**Open points (unverified):**", ""] + [f"- {md(n.text)}" for n in a.notes]
        lines.append("")
    lines.append(f"*{md(a.disclaimer)}*")
    return "\n".join(lines)
