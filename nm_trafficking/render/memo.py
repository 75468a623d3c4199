"""A memo a prosecutor can file: the summary of an assessment as a printable HTML document.

Built on the summary (``result.summary``), never on a second computation: a header (the case
title, the day of the assessment, the library and contract versions, a "Prepared by" line),
the disclaimer, each defendant and victim under each law, a table of the counts (per act: its
date, the victim's age, the text applied, the status and the grade or penalty under each law),
per act the facts stated and the facts still unknown (``memo_facts``: in words, never a field's
name), what is still needed (the summary's questions, points of law marked), the federal
comparison (the summary's ``comparison``), the notes once, in full, with the pairs they concern;
after the counts, the timeline of each victim (``render.timeline``) with its table in words.

The HTML is made by Jinja2 templates (``render/templates``) with autoescaping: every text is
escaped there, and first shown with its control and bidirectional formatting characters as
escapes (``limits.printable``), so a description can neither inject markup nor reorder the
printed text. The document is self-contained: no external asset, no script.

**The title and "page x of y" on every printed page.** The document's print stylesheet puts
them in the page's margin boxes (``@page { @top-center {...} @bottom-center {...} }`` with
``counter(page)`` and ``counter(pages)``). Chromium supports margin boxes and both counters
since version 131, in its own print dialog (Ctrl+P) and in ``page.pdf()``; Debian's Chromium
156 was tested (``tests/test_memo.py`` prints a memo to PDF and reads every page with
``pdftotext``). This was chosen over the alternatives: a ``position: fixed`` header repeats on
every page but cannot be placed in the margin (Chromium clips or misplaces it) and cannot
count pages, and Chromium's own header and footer (``display_header_footer``) exist only for
a program driving the browser, not for a user who prints. The case title is written into the
stylesheet as a CSS string with every character outside ``[A-Za-z0-9]`` escaped
(``\\HHHHHH``), so it cannot end the string or the ``<style>`` element.

In the workbench (:func:`fragment`, inserted into the page, whose policy forbids inline
styles) the page's own print stylesheet gives "page x of y" and a generic running head; the
case title is at the top of the first page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from nm_trafficking import words
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.limits import on_one_line, printable
from nm_trafficking.render.memo_facts import ActFacts, act_facts
from nm_trafficking.render.summary_text import (
    UNLESS_VIOLENT,
    QuotedOnce,
    accessories_head,
    accessory_lines,
    age_words,
    cited,
    cites,
    first_degree_end,
    helpers,
    latest_day,
    law_line_with_periods,
    law_names,
    needed,
    nothing_needed,
    question_text,
    with_accessory_ref,
    with_related,
)
from nm_trafficking.render.timeline import html as timeline_html
from nm_trafficking.results import AssessmentResult
from nm_trafficking.statute.related import inchoate
from nm_trafficking.statute.related import limitation as related_limitation
from nm_trafficking.summary import (
    ActUnderLaw,
    CountSummary,
    PairSummary,
    Question,
    RelatedOffense,
    Summary,
)
from nm_trafficking.workbench.words import pattern_sentences

__all__ = ["fragment", "render"]

UNTITLED = "Untitled fact pattern"


def _finalize(value: Any) -> Any:
    """Every text printed: control and formatting characters shown as escapes (then the
    template escapes the markup)."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return printable(value, keep="\n")


def css_string(text: str) -> Markup:
    """``text`` as a CSS string (quoted), every character outside ``[A-Za-z0-9]`` escaped."""
    out = "".join(
        ch if ch.isascii() and ch.isalnum() else f"\\{ord(ch):06x}" for ch in printable(text)
    )
    return Markup(f'"{out}"')


@cache
def environment() -> Environment:
    """The templates' environment (autoescaped; every text shown printable)."""
    env = Environment(
        loader=PackageLoader("nm_trafficking.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["css_string"] = css_string
    return env


# --- what the template reads ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One act under one law, a row of the counts table."""

    first: bool
    """The act's first row (the act's cells span its rows)."""
    span: int
    act: str
    day: str
    age: str
    law: str
    text: str
    status: str
    status_kind: str
    grade: str
    limitation: str
    """The limitation period as a dated warning ("—" where the act meets nothing)."""


@dataclass(frozen=True, slots=True)
class RelatedRow:
    """One attempt or conspiracy of the pair, a row of its table under the counts."""

    kind: str
    offense: str
    citation: str
    grade: str
    limitation: str


def _related_rows(pair: PairSummary, today: date) -> list[RelatedRow]:
    """The pair's attempts and conspiracies (its related offenses): kind, the offense by its
    acts, the citation, the grade(s) and its own limitation period, a dated warning."""
    rows = []
    for r in pair.related_offenses:
        grade = (
            ("" if r.established else "if established: ")  # as its line (review B of s9, 2)
            + words.either([inchoate.GRADE_NAMES.get(g, g) for g in r.grades])
            if r.grades
            else "not assessed (§ 1594 gives no grade)"
        )
        by_grade = r.deadlines if r.deadlines and len(set(r.deadlines.values())) > 1 else None
        days = list(by_grade.items()) if by_grade else [(None, r.deadline)]
        federal = not r.citation.startswith("NMSA")
        # § 1594 (contract 2.5.0): its shortest period passed, a longer one (or none) open: the
        # day is marked so, not a bare "(passed)" (review V5 of session 8)
        longer = federal and r.passed is None
        said = []
        for g, day in days:
            if day is None:
                end = "from a date not stated"
            else:
                mark = related_limitation.mark(day, today)
                if longer and mark == " (passed)":
                    mark = " (passed, if no longer period applies: open, see the line)"
                end = f"to {words.long_date(day)}{mark}"
            said.append(end + (f" if a {inchoate.GRADE_NAMES.get(g, g)}" if g else ""))
        limit = "; ".join(said) + ", unless tolled"
        rows.append(
            RelatedRow(
                r.kind,
                r.name,
                r.citation.removeprefix("NMSA 1978, ").removeprefix("18 U.S.C. "),
                grade,
                limit,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class ActSection:
    heading: str
    facts: ActFacts
    questions: list[int]
    """The numbers of the questions that ask for an element the facts leave open (of this
    act, under the same law)."""
    others: str | None = None
    """The other questions about this act (the place, the grade, ...), as a sentence."""


@dataclass(frozen=True, slots=True)
class PairSection:
    defendant: str
    victim: str
    laws: list[str]
    expired: str | None
    """The acts whose limitation period has passed, for the conclusions."""
    rows: list[Row]
    acts: list[ActSection]
    comparison: list[str]
    related: list[RelatedRow]
    """The pair's attempts and conspiracies, each a row under the counts (a party to an
    agreement with no act of his own has these alone)."""


@dataclass(frozen=True, slots=True)
class Needed:
    number: int
    text: str
    point_of_law: bool
    settles: str


def _day(c: CountSummary) -> str:
    if c.date is not None and c.possible_dates is None:
        return words.long_date(c.date) + (" (assumed)" if c.date_assumed else "")
    if c.possible_dates is not None:
        first, last = c.possible_dates.earliest, c.possible_dates.latest
        span = " and ".join(words.long_date(d) if d else "today" for d in (first, last))
        return f"not stated (between {span})"
    return "not stated"


def _paragraphs(act: ActUnderLaw, section: str) -> str:
    """The act's paragraphs of its status, as its count cites them (``ActUnderLaw.cited``),
    but for one that is the ``section`` itself (the 2000 text of § 1589, with no subsections:
    the row names the section already)."""
    cited = (act.cited(c) for c, s in act.statuses.items() if s == act.status)
    return ", ".join(c for c in cited if c != section)


def passed_deadlines(
    act: ActUnderLaw | RelatedOffense, today: date
) -> list[tuple[str | None, date]]:
    """The limitation periods of an act (or a related offense) that ended before ``today``:
    (the grade, where the period depends on the grade, else None; the last day)."""
    if act.deadlines and len({d for d in act.deadlines.values()}) > 1:
        return [(g, d) for g, d in act.deadlines.items() if d is not None and d < today]
    if act.deadline is not None and act.deadline < today:
        return [(None, act.deadline)]
    return []


def _limitation(act: ActUnderLaw, today: date) -> str:
    """The limitation period's words, each last day that has passed marked "(passed)" as in
    the text output."""
    text = act.limitation or "—"
    days = [day for _, day in passed_deadlines(act, today)]
    days += [  # an alternative's own last day (§ 30-1-8(H) beside (I): review K4)
        p.last_day for p in act.all_periods if p.passed and p.last_day and p.last_day not in days
    ]
    for day in days:
        end = f"to {words.long_date(day)}"
        if f"{end} (" in text and f"{end} (passed" not in text:  # its own parenthesis follows
            text = text.replace(f"{end} (", f"{end} (passed; ", 1)
        elif end in text and f"{end} (passed)" not in text:
            text = text.replace(end, f"{end} (passed)", 1)
        elif f"{end} (passed)" not in text:
            text += f" (passed: {words.long_date(day)})"
    if any(p.last_day == today for p in act.all_periods):  # a warning the day it ends
        end = f"to {words.long_date(today)}"
        mark = "the last day is today"
        if f"{end} (" in text:  # its own parenthesis follows
            text = text.replace(f"{end} (", f"{end} ({mark}; ", 1)
        elif end in text:
            text = text.replace(end, f"{end} ({mark})", 1)
        else:
            text += f" ({mark}: {words.long_date(today)})"
    return text


def _with_related(pair: PairSummary, laws: list[str]) -> list[str]:
    """The law lines with the pair's state related offenses directly under § 30-52-1's, the
    federal ones after the laws (:func:`~nm_trafficking.render.summary_text.related_slots`)."""
    return with_related(pair, laws, pair.related)


def _first_degree_branch(act: ActUnderLaw, graded: bool) -> tuple[date | None, str]:
    """The first degree branch's own last day (§ 30-1-8(H), on a reading) and its words, where
    the grade is open: the lower grade's day is said with that grade (review B3 of session 9:
    the branch had carried the second degree's day). A certain first degree: its day is
    :func:`first_degree_end`'s, and no grade is named."""
    if not graded:
        return None, ""
    violent = related_limitation.VIOLENT_IF
    first = {p.grade for p in act.all_periods if p.applies_if == violent}  # (I)'s grade
    own = [p for p in act.all_periods if p.grade in first and p.applies_if != violent]
    if len(own) != 1 or own[0].last_day is None or own[0].grade is None:
        return None, ""
    return own[0].last_day, f", if a {words.grade_name(own[0].grade)}"


def _expired(pair: PairSummary, names: dict[str, str], today: date) -> str | None:
    """A line for the conclusions: the acts whose limitation period has passed (a dated
    warning, unless tolled)."""
    found: list[str] = []
    today_found: list[str] = []  # periods whose last day is today (review S3 of session 7)
    every = True
    for c in pair.counts:
        for law_id, act in c.laws.items():
            if act.limitation is None:
                # a law met or open whose period is not shown (§ 1591's none under § 3299, or
                # not worked out) is not one that has passed (review Z2-3 of session 8)
                if act.status != "not_met":
                    every = False
                continue
            ended = passed_deadlines(act, today)
            graded = bool(act.deadlines and len(set(act.deadlines.values())) > 1)
            if not ended or (graded and len(ended) < len(act.deadlines or {})):
                every = False
            longer = not graded and act.limitation_passed is None  # § 3298's ten years (L3)
            if longer:
                every = False
            branches: list[str] = []  # the act named once, its grades most serious first
            first = first_degree_end(act)
            if first is not None and first <= today:  # (H) run; (I) may give none (review S2)
                every = False
                own, branch = _first_degree_branch(act, graded)
                said = f"to {words.long_date(own or first)}{branch}, {UNLESS_VIOLENT}"
                if first < today:
                    branches.append(said)
                else:
                    today_found.append(f"{names[law_id]} for {c.name} ({said})")
            elif latest_day(act) == today:  # the last day is today (review S3)
                today_found.append(f"{names[law_id]} for {c.name}")
            for grade, day in ended:
                tail = f", if a {words.grade_name(grade)}" if grade else ""
                tail += "; a longer period may apply: see the count" if longer else ""
                branches.append(f"to {words.long_date(day)}{tail}")
            if branches:
                found.append(f"{names[law_id]} for {c.name} ({'; '.join(branches)})")
    for r in pair.related_offenses:  # an attempt's or a conspiracy's own period
        if r.passed is None and not r.citation.startswith("NMSA"):
            every = False  # § 1594: a longer period (§ 3299, § 3283) may apply: not said passed
            continue
        ended = passed_deadlines(r, today)
        if not r.passed:
            every = False
        short = r.citation.removeprefix("NMSA 1978, ")
        same: dict[date, list[str]] = {}  # a last day with the grades it is of (review X10)
        for grade, day in ended:
            same.setdefault(day, []).extend([words.grade_name(grade)] if grade else [])
        if same:  # the offense named once, each last day once
            found.append(
                f"{short} for {r.name} ("
                + "; ".join(
                    f"to {words.long_date(day)}"
                    + (f", if a {' or a '.join(grades)}" if grades else "")
                    for day, grades in same.items()
                )
                + ")"
            )
        days = [*(r.deadlines or {}).values(), r.deadline]
        if today in days:  # its last day is today (review X5 of session 8)
            today_found.append(f"{short} for {r.name}")
    ending = (
        "Limitation periods ending today (dated warnings, unless tolled; check): "
        f"{'; '.join(today_found)}."
        if today_found
        else ""
    )
    if not found:
        return ending or None
    lead = "Every limitation period has passed" if every else "Limitation periods passed"
    said = f"{lead} (dated warnings, unless tolled; check): {'; '.join(found)}."
    return f"{said} {ending}" if ending else said


def _rows(c: CountSummary, names: dict[str, str], today: date) -> list[Row]:
    rows: list[Row] = []
    for i, (law_id, act) in enumerate(c.laws.items()):
        which = _paragraphs(act, names[law_id]) if act.status != "not_met" else ""
        status = words.STATUS_LABELS[act.status] + (f" ({which})" if which else "")
        rows.append(
            Row(
                first=i == 0,
                span=len(c.laws),
                act=c.act,
                day=_day(c),
                age=age_words(c),
                law=names[law_id],
                text=act.text,
                status=status,
                status_kind=act.status,
                grade=act.words if act.status != "not_met" else "—",
                limitation=_limitation(act, today),
            )
        )
    return rows


def _heading(pair: PairSummary, c: CountSummary) -> str:
    """``D's recruiting of V on 10 March 2018`` (``benefiting from``; an undated act with the
    dates it can have happened between)."""
    of = "from" if c.act == "benefiting" else "of"
    head = f"{pair.defendant}'s {c.act} {of} {pair.victim}"
    if c.date is not None and c.possible_dates is None:
        return f"{head} on {_day(c)}"
    return f"{head}, date {_day(c)}"


@dataclass(frozen=True, slots=True)
class NoteGroup:
    """The notes of one title, each text once, with the pairs they concern."""

    title: str
    texts: list[tuple[str, list[str]]]


def _notes(s: Summary, once: QuotedOnce | None = None) -> list[NoteGroup]:
    groups: dict[str, NoteGroup] = {}
    several = len(s.pairs) > 1
    for n in s.notes:
        group = groups.setdefault(n.title, NoteGroup(n.title[:1].upper() + n.title[1:], []))
        text = n.text if once is None else once(n.text)  # § 32A-2-3(A): quoted above
        group.texts.append((text, n.concerns if several else []))
    return list(groups.values())


DATE_ELEMENT = "date"
"""The element of the question that asks an undated act's date (``reasoning.needed``)."""

_GRADE_ELEMENTS = ("grade", "victim_age")
"""The elements of the questions a met act's grade or penalty turns on."""

_ASKS_FOR = {DATE_ELEMENT: "in_force"}
"""A question's element that asks for another element's facts: the date of an undated act
decides whether the text was in force."""


def _numbers(
    needed: Sequence[Question], pair: PairSummary, conduct: str, facts: ActFacts
) -> tuple[list[int], list[int]]:
    """The numbers of the questions about one act of the pair: those asking for an element the
    facts leave open (same law, same element), and the others."""
    elements: list[int] = []
    others: list[int] = []
    for i, q in enumerate(needed, 1):
        if (q.defendant, q.victim) != (pair.defendant, pair.victim) or conduct not in (
            q.conduct,
            *q.also,
        ):
            continue
        key = _ASKS_FOR.get(q.element, q.element)
        (elements if (q.law, key) in facts.open_elements else others).append(i)
    return elements, others


def _numbered(numbers: Sequence[int]) -> str:
    """``question 1`` or ``questions 1, 2``."""
    return ("question " if len(numbers) == 1 else "questions ") + ", ".join(map(str, numbers))


def _others(needed: Sequence[Question], numbers: Sequence[int], any_open: bool) -> str | None:
    """The sentence that points at the other questions about an act."""
    if not numbers:
        return None
    grade = all(needed[n - 1].element in _GRADE_ELEMENTS for n in numbers)
    if not any_open:
        what = "the grade or penalty still turns on" if grade else "still needed for this act:"
        return f"No element is open; {what} {_numbered(numbers)} below."
    what = "The grade or penalty also turns on" if grade else "Also still needed for this act:"
    return f"{what} {_numbered(numbers)} below."


def _section_of(
    result: AssessmentResult,
    s: Summary,
    pair: PairSummary,
    c: CountSummary,
    pattern_conduct: Conduct | None,
) -> ActSection:
    f = result.finding(pair.defendant, pair.victim)
    facts = act_facts(result, f, c.conduct, pattern_conduct)
    asked = needed(s)
    elements, others = _numbers(asked, pair, c.conduct, facts)
    return ActSection(
        heading=_heading(pair, c),
        facts=facts,
        questions=elements,
        others=_others(asked, others, bool(facts.unknown)),
    )


def _pairs(
    result: AssessmentResult, s: Summary, pattern: FactPattern | None, once: QuotedOnce
) -> list[PairSection]:

    names = law_names()
    conduct: dict[str, Conduct] = {c.id: c for c in pattern.conduct} if pattern else {}
    out: list[PairSection] = []
    for pair in s.pairs:
        acts = [_section_of(result, s, pair, c, conduct.get(c.conduct)) for c in pair.counts]
        out.append(
            PairSection(
                defendant=pair.defendant,
                victim=pair.victim,
                # the related offenses the notes work out (an attempt, a conspiracy) directly
                # under § 30-52-1's line
                laws=_with_related(
                    pair,
                    [
                        # the limitation and first-day clauses as the text summary's line
                        # (review Z4 2 of session 8: the memo's line dropped them)
                        once(
                            with_accessory_ref(
                                law_line_with_periods(law, names, pair.counts, s.assessed_on),
                                s,
                                pair,
                                law,
                            )
                        )
                        for law in pair.laws
                    ],
                ),
                expired=_expired(pair, names, s.assessed_on),
                rows=[row for c in pair.counts for row in _rows(c, names, s.assessed_on)],
                acts=acts,
                comparison=pair.comparison,
                related=_related_rows(pair, s.assessed_on),
            )
        )
    return out


def _grading(result: AssessmentResult) -> str | None:
    """The paragraph that grades the texts applied (``30-52-1(C)``), each once."""
    from nm_trafficking import statute

    cites = dict.fromkeys(statute.by_id(v).grading.citation for v in result.statute_versions)
    return words.either(list(cites), "and") or None


def _question(q: Question) -> str:
    """The question's text, without a lead the template marks itself."""
    text = question_text(q).removeprefix("Point of law: ")
    return text[:1].upper() + text[1:]


def _context(
    result: AssessmentResult, prepared_by: str | None, pattern: FactPattern | None
) -> dict[str, Any]:
    s: Summary = result.summary
    facts = pattern_sentences(pattern) if pattern is not None else None
    once = QuotedOnce()  # § 32A-2-3(A) quoted once: the pairs' lines, then the accessories'
    return {
        "title": on_one_line(s.title or "") or UNTITLED,
        "assessed_on": words.long_date(s.assessed_on),
        "as_of": words.long_date(result.as_of) if result.as_of else None,
        "laws": cited(s.laws),
        "federal_only": "nm_30_52_1" not in s.laws,
        "grading": _grading(result) if "nm_30_52_1" in s.laws else None,
        "several_laws": len(s.laws) > 1,
        "library_version": result.library_version,
        "contract_version": result.contract_version,
        "prepared_by": prepared_by.strip() if prepared_by and prepared_by.strip() else None,
        "disclaimer": s.disclaimer,
        "description": pattern.description if pattern is not None else None,
        "persons": facts["persons"] if facts else [],
        "observations": facts["observations"] if facts else [],
        "pairs": _pairs(result, s, pattern, once),
        "no_act": s.no_act,
        "needed": [
            Needed(i, _question(q), q.kind == "point_of_law", cites(q.citations, q.cited))
            for i, q in enumerate(needed(s), 1)
        ],
        "nothing_needed": words.capital(nothing_needed(s)),  # no question: why lines stay open
        "accessories": [once(" ".join(accessory_lines(a, law_names(), s))) for a in helpers(s)],
        "accessories_head": accessories_head(s).removesuffix(":"),
        "notes": _notes(s, once),
        "timeline": timeline_html(s, prefix="memo-tl") if s.pairs else None,
    }


def render(
    result: AssessmentResult,
    *,
    prepared_by: str | None = None,
    pattern: FactPattern | None = None,
) -> str:
    """The memo of ``result`` as a self-contained HTML document. ``prepared_by`` fills the
    "Prepared by" line (left blank to be signed when not given); with the fact ``pattern``
    assessed, each act's facts stated are the pattern's facts in words (without it, the
    elements the facts establish or rule out)."""
    return _keep_sections(
        environment().get_template("memo.html.j2").render(_context(result, prepared_by, pattern))
    )


def fragment(
    result: AssessmentResult,
    *,
    prepared_by: str | None = None,
    pattern: FactPattern | None = None,
) -> str:
    """The memo's body (an ``<article>``) for a page that styles it (the workbench)."""
    return _keep_sections(
        environment()
        .get_template("memo_body.html.j2")
        .render(_context(result, prepared_by, pattern))
    )


_SECTION = re.compile(r"(§§?) (?=\d)")


def _keep_sections(html: str) -> str:
    """A section sign kept on the line of its number (``§`` and ``30-1-8(B)`` joined by a
    no-break space): a printed line never ends with ``§`` alone."""
    return _SECTION.sub("\\1\u00a0", html)
