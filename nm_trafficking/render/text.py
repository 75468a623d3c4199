"""Readable text for an assessment: why, and why not, element by element, act by act.

The only free text a fact pattern can put here is its title (ids are restricted to letters,
digits, ``_ . -``); it is shown with control characters escaped."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from nm_trafficking import statute, words
from nm_trafficking.citations import count_cited
from nm_trafficking.limits import on_one_line, printable
from nm_trafficking.render.summary_text import quoted_in
from nm_trafficking.render.wrapping import fill
from nm_trafficking.results import (
    EVIDENCE_CAVEAT,
    AssessmentResult,
    Count,
    DateSpan,
    ElementResult,
    Finding,
    LabelledElement,
    LawCount,
    LawFinding,
    ProngResult,
)
from nm_trafficking.words import STATUS_LABELS as LABELS
from nm_trafficking.words import STATUS_WORDS, dates_in_words, fact_ref_words, said

STATE = "nm_30_52_1"
SIDE_BY_SIDE = {True: "State and federal, side by side", False: "Federal, side by side"}
"""The heading of the side-by-side lines: with or without § 30-52-1's line."""

MARKS = {"met": "[+]", "not_met": "[-]", "undetermined": "[?]"}


def _wrap(text: str, indent: str) -> str:
    """``text`` wrapped at 100 columns, its ISO dates in words (prose names dates in words)."""
    return fill(dates_in_words(text), 100, indent, " " * len(indent) + "  ")


def _element(e: ElementResult, indent: str) -> list[str]:
    reason = dates_in_words(e.reason)
    lines = [_wrap(f"{MARKS[e.status]} {e.label}: {LABELS[e.status]} — {reason}", indent)]
    label = e.verification if isinstance(e, LabelledElement) else None
    if e.statute_words:
        tag = f" {label}" if label else ""
        lines.append(_wrap(f'statute: "{e.statute_words}" ({e.cited}){tag}', indent + "    "))
    if isinstance(e, LabelledElement) and e.also_words:
        lines.append(_wrap(f'and: "{e.also_words}" ({e.also_cited}) {label}', indent + "    "))
    if e.facts:
        facts = "; ".join(dict.fromkeys(fact_ref_words(f) for f in e.facts))
        lines.append(_wrap(f"facts: {facts}", indent + "    "))
    if e.evidence:
        lines.append(_wrap(f"evidence — {EVIDENCE_CAVEAT}", indent + "    "))
        lines.extend(_wrap(dates_in_words(line), indent + "      · ") for line in e.evidence)
    if e.note:
        lines.append(_wrap(f"note: {dates_in_words(e.note)}", indent + "    "))
    return lines


def grade_name(grade: str | None) -> str:
    return said(grade) if grade else "none"


def _named(act: str, day: date | None, possible: DateSpan | None, assumed: bool) -> str:
    """An act by its verb and date in words (an undated one with its window)."""
    if day is not None or possible is None:
        return words.act_name(act, day, assumed=assumed)
    last = words.long_date(possible.latest) if possible.latest else "today"
    first = words.long_date(possible.earliest) if possible.earliest else "?"
    return f"{words.act_name(act, None)} (between {first} and {last})"


def act_names(counts: Iterable[Count | LawCount]) -> dict[str, str]:
    """Each act of a finding by its verb and date (``the recruiting of 10 March 2018``), by the
    act's id — prose names acts, the JSON keeps the ids."""
    return {
        c.conduct: words.act_name(c.act, c.date, assumed=getattr(c, "date_assumed", False))
        for c in counts
    }


def count_line(c: Count) -> str:
    """One act as a count, in one line."""
    paragraphs = ", ".join(
        f"{cit.removeprefix('30-52-1')} {STATUS_WORDS[p.status]}" for cit, p in c.paragraphs.items()
    )
    age = c.victim_age.text if c.victim_age is not None else "unknown"
    if c.grade.status == "determined":
        grade = grade_name(c.grade.grade)
    elif c.grade.possible:
        grade = "possible " + " or ".join(grade_name(g) for g in c.grade.possible)
    else:
        grade = "none"
    text = statute.by_id(c.statute_version).citation if c.statute_version else "none in force"
    name = _named(c.act, c.date, c.possible_dates, c.date_assumed)
    return (
        f"{name}: {LABELS[c.status]} ({paragraphs}); victim's age {age}; "
        f"grade: {grade}; text: {text}"
    )


def short_citation(citation: str) -> str:
    """A federal citation without the title, e.g. ``§ 1591(a)(1) minor``."""
    return citation.removeprefix("18 U.S.C. ")


def decided_by_federal_facts(prong: ProngResult) -> bool:
    """The prong is worth showing element by element: it is met, or it is open and a federal
    fact decided one of its elements (otherwise one line says why not, or what is still
    needed)."""
    if prong.status == "met":
        return True
    if prong.status == "not_met":
        return False
    return any(
        e.status != "undetermined" and any(": federal." in f for f in e.facts)
        for e in prong.elements
    )


def prong_summary(prong: ProngResult) -> str:
    """One line for a prong shown in brief: why not met, or what is still needed."""
    if prong.status == "not_met":
        reason = next((e.reason for e in prong.elements if e.status == "not_met"), "")
        return f"{LABELS[prong.status]} — {reason}"
    if prong.status == "undetermined":
        needed = [e.label for e in prong.elements if e.status == "undetermined"]
        return f"{LABELS[prong.status]} — still needed: " + "; ".join(needed)
    return LABELS[prong.status]


def text_names(law_id: str, ids: Iterable[str]) -> str:
    """Texts by their names and dates (``18 U.S.C. § 1591 as amended 29 May 2015``), by id."""
    law = statute.LAWS[law_id]
    by_id = {v.id: v for v in law.all_versions}
    named = []
    for i in ids:
        version = by_id.get(i)
        if version is None:
            named.append(i)
            continue
        label = version.label
        tag = f" {label.code}" if label is not None else ""
        named.append(words.text_name(law, version).removesuffix(tag))
    return words.either(named, "and")


def law_count_line(c: LawCount, law_id: str) -> str:
    """One act under a federal section as a count, in one line."""
    prongs = ", ".join(
        f"{short_citation(count_cited(law_id, (c,), cit))} {STATUS_WORDS[s]}"
        for cit, s in c.statuses.items()
    )
    penalty = c.penalty.reason if c.penalty.status != "not_applicable" else "none"
    law = statute.LAWS[law_id]
    version = next((v for v in law.all_versions if v.id == c.assessed_under), None)
    text = words.text_name(law, version) if version is not None else "no text"
    name = _named(c.act, c.date, c.possible_dates, c.date_assumed)
    return (
        f"{name}: {LABELS[c.status]} ({prongs}); penalty: "
        f"{words.dates_in_words(penalty)}; text: {text}"
    )


def prong_cited(j: LawFinding, prong: ProngResult) -> str:
    """A prong as its heading cites it: in the text of the act that decided it (every act's,
    where none did): ``18 U.S.C. § 1589`` in the 2000 text, which has no subsections."""
    return count_cited(j.law, j.counts, prong.citation, conduct=prong.conduct)


def _law(j: LawFinding) -> list[str]:
    lines = [f"  {j.citation} — {j.title}: {LABELS[j.status]}"]
    for label in j.labels:
        texts = text_names(j.law, label.texts)
        lines.append(_wrap(f"{texts} {label.code}: {label.meaning}", "    "))
    names = act_names(j.counts)
    for prong in j.prongs.values():
        where = f" ({names.get(prong.conduct, prong.conduct)})" if prong.conduct else ""
        head = f"{prong_cited(j, prong)} {prong.label}: "
        if not decided_by_federal_facts(prong):
            lines.append(_wrap(head + prong_summary(prong) + where, "    "))
            continue
        lines.append(_wrap(f"{head}{LABELS[prong.status]}{where}", "    "))
        if prong.in_text:
            lines.append(_wrap(f'"{prong.text}"', "      "))
        if prong.elements_from:
            lines.append(_wrap(f"elements: {prong.elements_from}", "      "))
        for e in prong.elements:
            lines.extend(_element(e, "    "))
    lines.append("    Counts (each act a potential count):")
    lines.extend(_wrap(law_count_line(c, j.law), "      - ") for c in j.counts)
    lines.append(_wrap(f"Penalty: {j.penalty.words}", "    "))
    if j.notes:
        lines.append("    Notes:")
        for n in j.notes:
            cite = f"[{n.citation}] " if n.citation else ""
            lines.append(_wrap(f"{cite}{n.text}", "      - "))
    return lines


def federal_lines(f: Finding, state: bool = True) -> list[str]:
    """The side-by-side summary and a section per federal law assessed (``state``: whether
    § 30-52-1 was assessed too, and has its line)."""
    lines: list[str] = []
    if f.jurisdictions and f.side_by_side:
        lines.append(f"  {SIDE_BY_SIDE[state]}:")
        lines.extend(_wrap(line, "    - ") for line in f.side_by_side)
    for j in f.jurisdictions.values():
        lines.extend(_law(j))
    return lines


def _finding(f: Finding, state: bool = True) -> list[str]:
    if not state:
        return [f"Defendant {f.defendant} — victim {f.victim}", *federal_lines(f, state=False)]
    lines = [f"Defendant {f.defendant} — victim {f.victim}: {LABELS[f.status]}"]
    names = act_names(f.counts)
    lines.append(_wrap(f"acts: {words.either([names[c] for c in f.conduct], 'and')}", "  "))
    for sub in f.subsections.values():
        where = f" ({names.get(sub.conduct, sub.conduct)})" if sub.conduct else ""
        lines.append(_wrap(f"{sub.citation} {sub.title}: {LABELS[sub.status]}{where}", "  "))
        lines.append(_wrap(f'"{sub.text}"', "      "))
        for e in sub.elements:
            lines.extend(_element(e, "    "))
        others = [(cid, s) for cid, s in sub.counts.items() if cid != sub.conduct]
        if others:
            lines.append(
                "    other acts: "
                + ", ".join(f"{names.get(cid, cid)} {LABELS[s]}" for cid, s in others)
            )
    lines.append("  Counts (each act a potential count):")
    lines.extend(_wrap(count_line(c), "    - ") for c in f.counts)
    g = f.grade_detail
    lines.append(_wrap(f"Grade: {g.words}", "  "))
    if g.victim_age and g.status != "not_applicable":
        lines.append(f"    victim's age: {g.victim_age}")
    if f.remaining:
        lines.append("  Still to be established:")
        lines.extend(_wrap(r, "    - ") for r in f.remaining)
    if f.notes:
        lines.append("  Notes:")
        for n in f.notes:
            cite = f"[{n.citation}] " if n.citation else ""
            lines.append(_wrap(f"{cite}{n.text}", "    - "))
    lines.extend(federal_lines(f))
    return lines


def _prong_elements(j: LawFinding) -> list[str]:
    lines = [f"  {j.citation} — {j.title}: {LABELS[j.status]}"]
    for prong in j.prongs.values():
        lines.append(
            _wrap(f"{prong_cited(j, prong)} {prong.label}: {LABELS[prong.status]}", "    ")
        )
        for e in prong.elements:
            lines.extend(_element(e, "    "))
    return lines


def render_elements_text(a: AssessmentResult) -> str:
    """Per pair and law, each paragraph's (or prong's) elements for its deciding act, and the
    notes in full: the detail one step from the summary."""
    lines: list[str] = []
    state = STATE in a.laws
    for f in a.findings:
        lines.append(f"Elements: {f.defendant} toward {f.victim}")
        if state:
            for sub in f.subsections.values():
                lines.append(f"  {sub.citation} {sub.title}: {LABELS[sub.status]}")
                lines.append(_wrap(f'"{sub.text}"', "      "))
                for e in sub.elements:
                    lines.extend(_element(e, "    "))
        for j in f.jurisdictions.values():
            lines.extend(_prong_elements(j))
        lines.append("")
    notes = a.summary.notes
    if notes:
        lines.append("Notes in full:")
        once = quoted_in(a.summary)  # § 32A-2-3(A), if the summary above quotes it: referred to
        for n in notes:
            cite = f"[{n.citation}] " if n.citation else ""
            who = f" (for {', '.join(n.concerns)})" if n.concerns else ""
            lines.append(_wrap(dates_in_words(f"{cite}{once(n.text)}{who}"), "  - "))
    return "\n".join(lines).rstrip()


def render_text(a: AssessmentResult) -> str:
    """The whole assessment as readable text."""
    lines: list[str] = []
    if a.title:
        title = printable(on_one_line(a.title))
        lines.append(title)
        lines.append("=" * min(len(title), 100))
    state = STATE in a.laws
    if state and a.findings:
        lines.append(
            f"Statute: {a.statute_citation or 'no version in force at any act'}"
            + (
                f" (versions {', '.join(a.statute_versions)})"
                if len(a.statute_versions) > 1
                else ""
            )
        )
    federal = [law for law in a.laws if law != STATE]
    if federal:
        lines.append(
            "Federal: 18 U.S.C. §§ 1591, 1589, 1590 (with § 1594), "
            + ("beside the state statute" if state else "without the state statute")
        )
    if a.as_of and any(c.date_assumed for f in a.findings for c in f.counts):
        lines.append(f"Undated conduct assumed on: {words.long_date(a.as_of)}")
    lines.append("")
    if not a.findings:
        lines.append("No conduct in the fact pattern: no defendant and victim to assess.")
    for f in a.findings:
        lines.extend(_finding(f, state))
        lines.append("")
    if a.notes and state:
        lines.append("Open points (unverified):")
        lines.extend(_wrap(n.text, "  - ") for n in a.notes)
        lines.append("")
    lines.append(a.disclaimer)
    return "\n".join(lines)
