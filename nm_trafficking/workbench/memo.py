"""A printable memo: the facts in words (never field names), the assessment per defendant and
victim with the statute's words, the grade, the open points and citations, and the
disclaimer. An HTML fragment; every text from the fact pattern is escaped."""

from __future__ import annotations

from html import escape as _html_escape
from typing import Any

from nm_trafficking import statute
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.limits import printable
from nm_trafficking.results import AssessmentResult, Finding
from nm_trafficking.workbench.questions import next_questions
from nm_trafficking.workbench.words import pattern_sentences

__all__ = ["memo_html"]

_STATUS = {"met": "MET", "not_met": "NOT MET", "undetermined": "UNDETERMINED"}


def escape(text: str) -> str:
    """HTML-escaped, with control and bidirectional formatting characters shown as escapes
    (``\\u202e``): a description cannot reorder or hide the printed text around it."""
    return _html_escape(printable(text, keep="\n"))


def _status(status: str) -> str:
    return f"<span class='status status-{escape(status)}'>{_STATUS.get(status, status)}</span>"


def _finding(f: Finding, questions: dict[tuple[str, str], list[dict[str, Any]]]) -> str:
    out = [
        f"<section class='memo-finding'><h3>{escape(f.defendant)} toward {escape(f.victim)}: "
        f"{_status(f.status)}</h3><dl>"
    ]
    for sub in f.subsections.values():
        reasons = "".join(
            f"<li>{_status(e.status)} {escape(e.label)} — {escape(e.reason)}</li>"
            for e in sub.elements
        )
        act = f" (act {escape(sub.conduct)})" if sub.conduct else ""
        out.append(
            f"<dt>{escape(sub.citation)} {escape(sub.title)}: {_status(sub.status)}{act}</dt>"
            f"<dd><blockquote>{escape(sub.text)}</blockquote><ul>{reasons}</ul></dd>"
        )
    g = f.grade_detail
    cite = f" ({escape(g.citation)})" if g.citation else ""
    out.append(f"</dl><p><b>Grade:</b> {escape(g.words)}{cite}</p>")
    mine = questions.get((f.defendant, f.victim), [])
    if mine:
        items = "".join(
            f"<li>{escape(str(q['label']))} ({escape(', '.join(map(str, q['paragraphs'])))})"
            + ("; optional: another paragraph is met" if q["optional"] else "")
            + "<ul>"
            + "".join(f"<li>{escape(str(x['question']))}</li>" for x in q["facts"])
            + "</ul></li>"
            for q in mine
        )
        out.append(f"<h4>Still to be established</h4><ul>{items}</ul>")
    if f.notes:
        items = "".join(
            f"<li>{'[' + escape(n.citation) + '] ' if n.citation else ''}{escape(n.text)}</li>"
            for n in f.notes
        )
        out.append(f"<h4>Notes</h4><ul>{items}</ul>")
    out.append("</section>")
    return "".join(out)


def memo_html(pattern: FactPattern, assessment: AssessmentResult) -> str:
    """The memo for ``pattern`` and its ``assessment``."""
    words = pattern_sentences(pattern)
    questions: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for q in next_questions(pattern, assessment):  # grouped once, not scanned per finding
        questions.setdefault((q["defendant"], q["victim"]), []).append(q)
    title = escape(pattern.title or "Fact pattern")
    out = [
        "<article class='printable memo'>",
        f"<h1>Memo: {title}</h1>",
        f"<p class='disclaimer'><b>{escape(assessment.disclaimer)}</b></p>",
        f"<p>Assessed on {escape(assessment.assessed_on.isoformat())} under "
        f"{escape(assessment.statute_citation or 'no version of § 30-52-1 in force')}"
        + (
            f"; undated conduct taken as of {escape(assessment.as_of.isoformat())}"
            if assessment.as_of
            else ""
        )
        + ".</p>",
        "<h2>Facts</h2>",
    ]
    if pattern.description:
        out.append(f"<p>{escape(pattern.description)}</p>")
    out.append("<h3>Persons</h3><ul>" + "".join(f"<li>{escape(p)}</li>" for p in words["persons"]))
    out.append("</ul><h3>What was done</h3>")
    if words["acts"]:
        out.append("<ul>")
        for act in words["acts"]:
            stated = "".join(f"<li>{escape(s)}</li>" for s in act["stated"])
            out.append(
                f"<li>{escape(act['text'])}"
                + (f"<ul>{stated}</ul>" if stated else " No other fact is stated.")
                + "</li>"
            )
        out.append("</ul>")
    else:
        out.append("<p>No conduct is stated.</p>")
    if words["observations"]:
        out.append(
            "<h3>Indicators observed</h3><p>Evidence, not a legal conclusion.</p><ul>"
            + "".join(f"<li>{escape(o)}</li>" for o in words["observations"])
            + "</ul>"
        )
    out.append("<h2>Assessment</h2>")
    out += [_finding(f, questions) for f in assessment.findings] or ["<p>No conduct to assess.</p>"]
    out.append("<h2>Open points of the statute text</h2><ul>")
    out += [f"<li>{escape(n.text)}</li>" for n in assessment.notes]
    out.append("</ul><h2>Citations</h2><ul>")
    cited = _citations(assessment)
    out += [f"<li>{escape(c)}</li>" for c in cited]
    out.append(f"</ul><p class='disclaimer'>{escape(assessment.disclaimer)}</p></article>")
    return "".join(out)


def _citations(assessment: AssessmentResult) -> list[str]:
    """The statute text applied, the paragraphs reported and the case law the notes cite."""
    out: list[str] = []
    if assessment.statute_citation:
        out.append(assessment.statute_citation)
    version_ids = assessment.statute_versions or [statute.latest().id]
    for vid in version_ids:
        version = statute.by_id(vid)
        for p in version.offences:
            out.append(f"{p.citation}: {p.text}")
        out.append(f"{version.grading.citation}: grades")
        for case in version.case_law:
            if any(case.name in n.text for f in assessment.findings for n in f.notes):
                out.append(f"{case.name}, {case.citation}: {case.holding}")
    return list(dict.fromkeys(out))
