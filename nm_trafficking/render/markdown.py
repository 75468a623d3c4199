"""Markdown, for pasting into memos. Caller-supplied text is escaped for Markdown."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from nm_trafficking import words
from nm_trafficking.limits import on_one_line, printable
from nm_trafficking.render import summary_text
from nm_trafficking.render.text import (
    SIDE_BY_SIDE,
    STATE,
    act_names,
    count_line,
    decided_by_federal_facts,
    law_count_line,
    prong_cited,
    prong_summary,
    text_names,
)
from nm_trafficking.results import (
    EVIDENCE_CAVEAT,
    AssessmentResult,
    ElementResult,
    Finding,
    LabelledElement,
)
from nm_trafficking.summary import CountSummary, Summary

LABEL = {status: f"**{label}**" for status, label in words.STATUS_LABELS.items()}
_SPECIAL = "`*_[]<>#|~"
"""Markdown (and HTML) metacharacters, escaped by a backslash (a backslash itself first)."""


def md(text: str) -> str:
    """Escape Markdown (and HTML) metacharacters and control characters (a carriage return
    would start a new Markdown line) in caller-supplied text."""
    text = text.replace("\\", "\\\\")
    for char in _SPECIAL:
        if char in text:  # most texts have none: a search is cheaper than a replace
            text = text.replace(char, f"\\{char}")
    return printable(text.replace("\n", " "))


def mdd(text: str) -> str:
    """:func:`md` of a text the library wrote, its ISO dates in words."""
    return md(words.dates_in_words(text))


def _element(e: ElementResult) -> list[str]:
    lines = [f"- {LABEL[e.status]} {md(e.label)} — {mdd(e.reason)}"]
    label = e.verification if isinstance(e, LabelledElement) else None
    if e.statute_words:
        tag = f" {md(label)}" if label else ""
        lines.append(f"  - statute: “{md(e.statute_words)}” ({md(e.cited)}){tag}")
    if isinstance(e, LabelledElement) and e.also_words:
        lines.append(f"  - and: “{md(e.also_words)}” ({md(e.also_cited or '')}) {md(label or '')}")
    if e.facts:
        facts = dict.fromkeys(words.fact_ref_words(x) for x in e.facts)
        lines.append("  - facts: " + "; ".join(md(x) for x in facts))
    if e.evidence:
        lines.append(f"  - evidence ({md(EVIDENCE_CAVEAT)}):")
        lines.extend(f"    - {mdd(x)}" for x in e.evidence)
    return lines


def _federal(f: Finding, state: bool = True) -> list[str]:
    lines: list[str] = []
    if f.jurisdictions and f.side_by_side:
        lines += [f"**{SIDE_BY_SIDE[state]}:**", ""]
        lines += [f"- {mdd(line)}" for line in f.side_by_side] + [""]
    for j in f.jurisdictions.values():
        lines += [f"### {md(j.citation)} — {md(j.title)}: {LABEL[j.status]}", ""]
        lines += [
            f"- {md(text_names(j.law, label.texts))} {md(label.code)}: {mdd(label.meaning)}"
            for label in j.labels
        ] + [""]
        names = act_names(j.counts)
        for prong in j.prongs.values():
            where = f" ({md(names.get(prong.conduct, prong.conduct))})" if prong.conduct else ""
            head = f"#### {md(prong_cited(j, prong))} {md(prong.label)}"
            if not decided_by_federal_facts(prong):
                lines += [f"{head}: {mdd(prong_summary(prong))}{where}", ""]
                continue
            lines += [f"{head}: {LABEL[prong.status]}{where}", ""]
            if prong.in_text:
                lines += [f"> {md(prong.text)}", ""]
            if prong.elements_from:
                lines += [f"*Elements: {md(prong.elements_from)}*", ""]
            for e in prong.elements:
                lines += _element(e)
            lines.append("")
        lines += ["**Counts** (each act a potential count):", ""]
        lines += [f"- {LABEL[c.status]} {md(law_count_line(c, j.law))}" for c in j.counts] + [""]
        lines += [f"**Penalty:** {mdd(j.penalty.words)}", ""]
        if j.notes:
            lines += ["**Notes:**", ""]
            lines += [
                f"- {'[' + md(n.citation) + '] ' if n.citation else ''}{mdd(n.text)}"
                for n in j.notes
            ]
            lines.append("")
    return lines


def render_summary_markdown(s: Summary) -> list[str]:
    """The summary as Markdown: the decision first (caller text escaped)."""

    names = summary_text.law_names()
    lines: list[str] = []
    if s.title:
        lines += [f"# {md(on_one_line(s.title))}", ""]
    lines += [
        f"Assessed on {words.long_date(s.assessed_on)} under {md(summary_text.cited(s.laws))}.",
        "",
    ]
    if not s.pairs:
        lines += [md(s.no_act), ""]
    once = summary_text.QuotedOnce()
    for pair in s.pairs:
        lines += [f"## {md(pair.defendant)} toward {md(pair.victim)}", ""]
        shown = [
            "- "
            + md(
                once(
                    summary_text.with_accessory_ref(
                        summary_text.law_line_with_periods(law, names, pair.counts, s.assessed_on),
                        s,
                        pair,
                        law,
                    )
                )
            )
            for law in pair.laws
        ]
        # state offenses directly under § 30-52-1's line, federal ones after the laws
        lines += summary_text.with_related(
            pair, shown, [f"- {md(related)}" for related in pair.related]
        )
        lines += [""]
        if not pair.counts:  # a party to an agreement with no act of his own: no count
            continue
        head = " | ".join(names[x.law] for x in pair.laws)
        lines += [f"| count | victim's age | {head} | limitation (unless tolled; check) |"]
        lines += ["|---|---|" + "---|" * (len(pair.laws) + 1)]
        for c in pair.counts:
            cells = [md(summary_text.when(c)), md(summary_text.age_words(c))]
            cells += [
                md(summary_text.act_line(c.laws[x.law], c.laws[x.law].text))
                if x.law in c.laws
                else ""
                for x in pair.laws
            ]
            cells.append(md(_limitation(pair.counts, c, names, s.assessed_on)))
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    if summary_text.helpers(s):
        lines += [f"## {md(summary_text.accessories_head(s).removesuffix(':'))}", ""]
        for a in summary_text.helpers(s):
            first, *rest = summary_text.accessory_lines(a, names, s)
            lines.append(f"- {md(once(first))}")
            lines += [f"  - {md(line)}" for line in rest]
        lines.append("")
    questions = summary_text.needed_headings(s)
    if questions:
        lines += ["## Still needed", ""]
        several = len({head for _, head in questions}) > 1
        heading: str | None = None
        for i, (q, head) in enumerate(questions, 1):
            if several and head != heading:
                heading = head
                lines += ([""] if i > 1 else []) + [f"**{md(head)}**", ""]
            lead = "**Point of law:** " if q.kind == "point_of_law" else ""
            text = md(summary_text.question_text(q))
            lines.append(f"{i}. {lead}{text} ({md(summary_text.cites(q.citations, q.cited))})")
        lines.append("")
    if s.notes:
        lines += ["## Notes", "", "*In full at the elements or full detail.*", ""]
        lines += [f"- {md(title)}" for title in dict.fromkeys(n.title for n in s.notes)]
        lines.append("")
    lines.append(f"*{md(s.disclaimer)}*")
    return lines


def _limitation(
    counts: list[CountSummary], c: CountSummary, names: Mapping[str, str], today: date
) -> str:
    """A count's limitation periods, each with its provision, as the text's count line gives
    them (docs/contract.md 2.4.0); a pair's one count does not say "(passed)" again of a law
    whose line says it."""
    said = (
        frozenset(law for law in c.laws if summary_text.passed_periods(counts, law, today))
        if len(counts) == 1
        else frozenset()
    )
    return summary_text.limitation(c, names, today, said).removeprefix(summary_text.LIMITATION)


def render_markdown(a: AssessmentResult, detail: str = "summary") -> str:
    """The assessment as Markdown (caller text escaped): the summary; at ``elements`` or
    ``full`` detail, then each paragraph with its elements, act by act."""
    head = "\n".join(render_summary_markdown(a.summary))
    if detail == "summary":
        return head
    return head + "\n\n---\n\n" + render_full_markdown(a)


def render_full_markdown(a: AssessmentResult) -> str:
    """The whole assessment as Markdown (caller text escaped)."""
    lines: list[str] = []
    state = STATE in a.laws
    if a.title:
        lines += [f"# {md(a.title)}", ""]
    if state:
        lines += [f"Statute: {md(a.statute_citation or 'no version in force at any act')}", ""]
    if any(law != STATE for law in a.laws):
        lines += ["Federal: 18 U.S.C. §§ 1591, 1589, 1590 (with § 1594)", ""]
    for f in a.findings:
        if not state:
            lines += [f"## Defendant {md(f.defendant)} — victim {md(f.victim)}", ""]
            lines += _federal(f, state=False)
            continue
        lines += [f"## Defendant {md(f.defendant)} — victim {md(f.victim)}: {LABEL[f.status]}", ""]
        for sub in f.subsections.values():
            lines.append(f"### {md(sub.citation)} {md(sub.title)}: {LABEL[sub.status]}")
            lines += ["", f"> {md(sub.text)}", ""]
            for e in sub.elements:
                lines += _element(e)
            lines.append("")
        lines += ["**Counts** (each act a potential count):", ""]
        lines += [f"- {LABEL[c.status]} {md(count_line(c))}" for c in f.counts] + [""]
        lines += [f"**Grade:** {mdd(f.grade_detail.words)}", ""]
        if f.remaining:
            lines += ["**Still to be established:**", ""]
            lines += [f"- {mdd(r)}" for r in f.remaining] + [""]
        if f.notes:
            lines += ["**Notes:**", ""]
            lines += [
                f"- {'[' + md(n.citation) + '] ' if n.citation else ''}{mdd(n.text)}"
                for n in f.notes
            ]
            lines.append("")
        lines += _federal(f)
    if a.notes and state:
        lines += ["**Open points (unverified):**", ""] + [f"- {mdd(n.text)}" for n in a.notes]
        lines.append("")
    lines.append(f"*{md(a.disclaimer)}*")
    return "\n".join(lines)
