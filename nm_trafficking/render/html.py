"""Notebook display: an assessment as a readable HTML tree.

Every status has a text label as well as a colour (readable without colour and by screen
readers); elements expand to the statute words, the deciding facts and the reason. Every string
that comes from the caller is escaped."""

from __future__ import annotations

import hashlib
from html import escape

from nm_trafficking import words
from nm_trafficking.render import summary_text
from nm_trafficking.render.text import (
    SIDE_BY_SIDE,
    STATE,
    count_line,
    law_count_line,
    prong_summary,
)
from nm_trafficking.render.timeline import html as timeline_html
from nm_trafficking.results import (
    EVIDENCE_CAVEAT,
    AssessmentResult,
    ElementResult,
    Finding,
    LabelledElement,
    LawFinding,
    json_dumps,
)
from nm_trafficking.summary import Summary


def _prefix(a: AssessmentResult) -> str:
    """The ids of an assessment's timeline in a notebook: from its content, so that two
    displays of different assessments never share an id (a gradient of one drawn in the
    other) and the same assessment always gives the same markup."""
    digest = hashlib.sha256(json_dumps(a.summary, indent=None).encode("utf-8")).hexdigest()
    return f"nb{digest[:10]}-"


"""Each notebook output's own prefix for its SVG ids (several outputs share one page)."""
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
    label = e.verification if isinstance(e, LabelledElement) else None
    if e.statute_words:
        tag = f" {escape(label)}" if label else ""
        parts.append(f"<li>statute: <q>{escape(e.statute_words)}</q> ({escape(e.cited)}){tag}</li>")
    if isinstance(e, LabelledElement):
        if e.also_words:
            parts.append(
                f"<li>and: <q>{escape(e.also_words)}</q> ({escape(e.also_cited or '')})</li>"
            )
        if label and e.verification_meaning and e.statute_words:
            parts.append(f"<li>{escape(label)}: {escape(e.verification_meaning)}</li>")
    if e.facts:
        facts = dict.fromkeys(words.fact_ref_words(f) for f in e.facts)
        parts.append("<li>facts: " + "; ".join(escape(f) for f in facts) + "</li>")
    if e.evidence:
        items = "".join(f"<li>{escape(x)}</li>" for x in e.evidence)
        parts.append(f"<li>evidence ({escape(EVIDENCE_CAVEAT)})<ul>{items}</ul></li>")
    if e.note:
        parts.append(f"<li>note: {escape(e.note)}</li>")
    parts.append("</ul>")
    return "<details>" + "".join(parts) + "</details>"


def _law(j: LawFinding) -> str:
    labels = "".join(
        f"<li>text {escape(', '.join(label.texts))} {escape(label.code)}: "
        f"{escape(label.meaning)}</li>"
        for label in j.labels
    )
    prongs = []
    for prong in j.prongs.values():
        where = f" (conduct {escape(prong.conduct)})" if prong.conduct else ""
        elements = "".join(_element(e) for e in prong.elements)
        text = f"<blockquote>{escape(prong.text)}</blockquote>" if prong.in_text else ""
        source = (
            f"<p><i>Elements: {escape(prong.elements_from)}</i></p>" if prong.elements_from else ""
        )
        summary = "" if prong.status == "met" else f" — {escape(prong_summary(prong))}"
        prongs.append(
            f"<li><details{' open' if prong.status == 'met' else ''}><summary>"
            f"<b>{escape(prong.citation)}</b> {escape(prong.label)}: {_badge(prong.status)}"
            f"{where}{summary}</summary>{text}{source}{elements}</details></li>"
        )
    counts = "".join(f"<li>{_badge(c.status)} {escape(law_count_line(c))}</li>" for c in j.counts)
    notes = "".join(
        f"<li>{'[' + escape(n.citation) + '] ' if n.citation else ''}{escape(n.text)}</li>"
        for n in j.notes
    )
    return (
        f"<details><summary><b>{escape(j.citation)}</b> {escape(j.title)}: "
        f"{_badge(j.status)}</summary><ul>{labels}</ul><ul>{''.join(prongs)}</ul>"
        f"<p><b>Counts</b> (each act a potential count):</p><ul>{counts}</ul>"
        f"<p><b>Penalty:</b> {escape(j.penalty.words)}</p>"
        f"<details><summary>Notes ({len(j.notes)})</summary><ul>{notes}</ul></details>"
        "</details>"
    )


def _federal(f: Finding, state: bool = True) -> str:
    if not f.jurisdictions:
        return ""
    lines = "".join(f"<li>{escape(line)}</li>" for line in f.side_by_side)
    laws = "".join(_law(j) for j in f.jurisdictions.values())
    return f"<p><b>{SIDE_BY_SIDE[state]}:</b></p><ul>{lines}</ul>{laws}"


def _finding(f: Finding, state: bool = True) -> str:
    if not state:
        head = f"<h4>Defendant {escape(f.defendant)} — victim {escape(f.victim)}</h4>"
        return head + _federal(f, state=False)
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
    out.append(_federal(f))
    return "".join(out)


def render_summary_html(s: Summary) -> str:
    """The summary as an HTML section (a Jinja2 template, caller text escaped)."""
    from nm_trafficking import statute
    from nm_trafficking.render.memo import environment

    names = {law.id: words.law_short(law) for law in (statute.NM, *statute.FEDERAL_LAWS)}
    pairs = []
    for pair in s.pairs:
        laws = [law.law for law in pair.laws]
        pairs.append(
            {
                "heading": f"{pair.defendant} toward {pair.victim}",
                "laws": [
                    {
                        "name": names[law.law],
                        "status": words.STATUS_LABELS[law.status],
                        "text": summary_text.law_text(law, names),
                    }
                    for law in pair.laws
                ],
                "names": [names[x] for x in laws],
                "rows": [
                    {
                        "act": summary_text.when(c),
                        "age": c.victim_age or "not known",
                        "cells": [
                            summary_text.act_line(c.laws[x], c.laws[x].text) if x in c.laws else ""
                            for x in laws
                        ],
                    }
                    for c in pair.counts
                ],
            }
        )
    needed = [
        {
            "text": q.text,
            "point_of_law": q.kind == "point_of_law",
            "settles": summary_text.cites(q.citations),
        }
        for q in summary_text.needed(s)
    ]
    from nm_trafficking import statute

    names = {law.id: words.law_short(law) for law in (statute.NM, *statute.FEDERAL_LAWS)}
    accessories = [summary_text.accessory_lines(a, names) for a in s.accessories]
    return (
        environment()
        .get_template("summary.html.j2")
        .render(
            s=s,
            assessed=f"Assessed on {words.long_date(s.assessed_on)} under "
            f"{summary_text.cited(s.laws)}.",
            pairs=pairs,
            needed=needed,
            accessories=accessories,
            accessories_head=summary_text.ACCESSORIES_HEAD.removesuffix(":"),
            notes="; ".join(dict.fromkeys(n.title for n in s.notes)),
        )
    )


def render_html(a: AssessmentResult) -> str:
    """The assessment as an HTML fragment (for Jupyter): the summary, the timeline of each
    victim (with its table in words), then the tree of findings, paragraphs and elements one
    click away."""
    summary = render_summary_html(a.summary)
    timeline = timeline_html(a.summary, prefix=_prefix(a)) if a.summary.pairs else ""
    return (
        f'<div class="nm-trafficking">{summary}{timeline}<details><summary>Elements, counts '
        f"and notes in full</summary>{_full_html(a)}</details></div>"
    )


def _full_html(a: AssessmentResult) -> str:
    head = f"<h3>{escape(a.title)}</h3>" if a.title else ""
    state = STATE in a.laws
    statute = escape(a.statute_citation or "no version in force at any act")
    body = "".join(_finding(f, state) for f in a.findings) or "<p>No conduct to assess.</p>"
    open_points = "".join(f"<li>{escape(n.text)}</li>" for n in a.notes)
    federal = (
        "<p>Federal: 18 U.S.C. §§ 1591, 1589, 1590 (with § 1594)</p>"
        if any(law != STATE for law in a.laws)
        else ""
    )
    statute_line = f"<p>Statute: {statute}</p>" if state else ""
    points = (
        f"<details><summary>Open points (unverified)</summary><ul>{open_points}</ul></details>"
        if state
        else ""
    )
    return (
        f'<div class="nm-trafficking">{head}{statute_line}{federal}{body}{points}'
        f'<p role="note"><i>{escape(a.disclaimer)}</i></p></div>'
    )
