"""Notebook display: an assessment as a readable HTML tree.

Every status has a text label as well as a colour (readable without colour and by screen
readers); elements expand to the statute words, the deciding facts and the reason. Every string
that comes from the caller is escaped."""

from __future__ import annotations

from html import escape

from nm_trafficking.render.text import count_line
from nm_trafficking.results import EVIDENCE_CAVEAT, AssessmentResult, ElementResult, Finding

LABEL = {"met": "MET", "not_met": "NOT MET", "undetermined": "UNDETERMINED"}
COLOUR = {"met": "#1b5e20", "not_met": "#b71c1c", "undetermined": "#8a5a00"}
ICON = {"met": "✔", "not_met": "✘", "undetermined": "?"}


def _badge(status: str) -> str:
    return (
        f'<span class="nmt-status nmt-{status}" style="color:{COLOUR[status]};'
        f'font-weight:bold">{ICON[status]} {LABEL[status]}</span>'
    )


def _element(e: ElementResult) -> str:
    parts = [f"<summary>{_badge(e.status)} {escape(e.label)}</summary>", "<ul>"]
    parts.append(f"<li>reason: {escape(e.reason)}</li>")
    if e.statute_words:
        parts.append(f"<li>statute: <q>{escape(e.statute_words)}</q> ({escape(e.cited)})</li>")
    if e.facts:
        parts.append("<li>facts: " + "; ".join(escape(f) for f in e.facts) + "</li>")
    if e.evidence:
        items = "".join(f"<li>{escape(x)}</li>" for x in e.evidence)
        parts.append(f"<li>evidence ({escape(EVIDENCE_CAVEAT)})<ul>{items}</ul></li>")
    if e.note:
        parts.append(f"<li>note: {escape(e.note)}</li>")
    parts.append("</ul>")
    return "<details>" + "".join(parts) + "</details>"


def _finding(f: Finding) -> str:
    out = [
        f"<h4>Defendant {escape(f.defendant)} — victim {escape(f.victim)}: {_badge(f.status)}</h4>",
        "<ul>",
    ]
    for sub in f.subsections.values():
        where = f" (conduct {escape(sub.conduct)})" if sub.conduct else ""
        elements = "".join(_element(e) for e in sub.elements)
        out.append(
            f"<li><details{' open' if sub.status != 'not_met' else ''}><summary>"
            f"<b>{escape(sub.citation)}</b> {escape(sub.title)}: {_badge(sub.status)}{where}"
            f"</summary><blockquote>{escape(sub.text)}</blockquote>{elements}</details></li>"
        )
    out.append("</ul>")
    counts = "".join(f"<li>{_badge(c.status)} {escape(count_line(c))}</li>" for c in f.counts)
    out.append(f"<p><b>Counts</b> (each act a potential count):</p><ul>{counts}</ul>")
    out.append(f"<p><b>Grade:</b> {escape(f.grade_detail.words)}</p>")
    if f.remaining:
        items = "".join(f"<li>{escape(r)}</li>" for r in f.remaining)
        out.append(f"<p><b>Still to be established:</b></p><ul>{items}</ul>")
    if f.notes:
        items = "".join(
            f"<li>{'[' + escape(n.citation) + '] ' if n.citation else ''}{escape(n.text)}</li>"
            for n in f.notes
        )
        out.append(f"<details><summary>Notes ({len(f.notes)})</summary><ul>{items}</ul></details>")
    return "".join(out)


def render_html(a: AssessmentResult) -> str:
    """The assessment as an HTML fragment (for Jupyter)."""
    head = f"<h3>{escape(a.title)}</h3>" if a.title else ""
    statute = escape(a.statute_citation or "no version in force")
    body = "".join(_finding(f) for f in a.findings) or "<p>No conduct to assess.</p>"
    open_points = "".join(f"<li>{escape(n.text)}</li>" for n in a.notes)
    return (
        f'<div class="nm-trafficking">{head}<p>Statute: {statute}</p>{body}'
        f"<details><summary>Open points (unverified)</summary><ul>{open_points}</ul></details>"
        f'<p role="note"><i>{escape(a.disclaimer)}</i></p></div>'
    )
