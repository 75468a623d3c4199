"""The one scoring of a trainee's answer, and its feedback, for the terminal quiz
(``nm-trafficking quiz``) and the web classroom (through the API) alike.

For each defendant and victim the trainee answers each paragraph of 30-52-1(A) (met, not met or
undetermined), the grade under 30-52-1(C) (first, second, third, none or undetermined) and, for
a paragraph answered undetermined, what is still to be established (its open elements). One
point per paragraph, one for the grade, and (``ask_remaining``) one per undetermined paragraph
whose open elements are named exactly (the points a case offers do not depend on the answer).
Every lost point says why, in the statute's words: the deciding element, quoted with its
citation, and the engine's reason. Each open element is quoted once: a paragraph undetermined
and answered otherwise loses its status's point (its line quotes the open elements) and, with
it, the point for naming them (its line says so and refers to them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from nm_trafficking import statute
from nm_trafficking.assessment import Assessment
from nm_trafficking.results import ElementResult, Finding, SubsectionResult
from nm_trafficking.statute.model import OffenceParagraph
from nm_trafficking.words import said

__all__ = [
    "GRADES",
    "STATUSES",
    "Scorable",
    "check",
    "deciding",
    "grade_short",
    "key_rows",
]

STATUSES = ("met", "not_met", "undetermined")
GRADES = ("first", "second", "third", "none", "undetermined")
_CHAPEAU = ("in_force", "conduct", "knowingly")


class Scorable(Protocol):
    """A training case: an id, a title, a teaching point and its assessment."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def teaching_point(self) -> str: ...

    def assess(self) -> Assessment: ...


def grade_short(f: Finding) -> str:
    """The finding's grade as a trainee answers it: first/second/third, none (no paragraph can
    be met) or undetermined."""
    g = f.grade_detail
    if g.status == "not_applicable":
        return "none"
    if g.status == "undetermined" or f.grade is None:
        return "undetermined"
    return next(g.short for g in statute.grades() if g.id == f.grade)


def deciding(sub: SubsectionResult) -> list[ElementResult]:
    """The element(s) that decide a paragraph's status: the first that defeats it (not met),
    those still open (undetermined), or the paragraph's own element beyond the shared ones
    (met: e.g. the age for (A)(2))."""
    if sub.status == "not_met":
        return [e for e in sub.elements if e.status == "not_met"][:1]
    if sub.status == "undetermined":
        return [e for e in sub.elements if e.status == "undetermined"]
    own = [e for e in sub.elements if e.element not in _CHAPEAU]
    return own[:1] or sub.elements[-1:]


def words(status: str | None) -> str:
    return "no answer" if status is None else said(status)


def quoted(e: ElementResult) -> str:
    """An element in the statute's words, with the paragraph they come from."""
    if e.statute_words:
        return f'"{e.statute_words}" ({e.cited})'
    return e.label


def _part(citation: str) -> str:
    return citation.removeprefix("30-52-1")


def _open(sub: SubsectionResult, e: ElementResult) -> str:
    """An open element in the statute's words; one only a point of law can leave open (e.g.
    whether the 2008 verbs reach a buyer's own purchase) is said to be one: a court decides
    it, no investigator can establish it."""
    element = next((x for x in statute.offence(sub.citation).elements if x.key == e.element), None)
    return quoted(e) + (" (a point of law)" if element is not None and element.point_of_law else "")


def _status_why(sub: SubsectionResult, given: str | None) -> str:
    elements = deciding(sub)
    lead = f"{_part(sub.citation)} is {words(sub.status)} (answered: {words(given)})"
    if sub.status == "undetermined":
        return f"{lead}: still to be established — {'; '.join(_open(sub, e) for e in elements)}."
    e = elements[0] if elements else None
    return f"{lead}: {quoted(e)} — {e.reason}." if e else f"{lead}."


def _remaining_why(sub: SubsectionResult, named: set[str] | None, given: str | None) -> str:
    """The point for naming a paragraph's open elements. Where the paragraph's status was
    answered otherwise, that point is lost too, and the status's line just before has quoted
    every open element (:func:`_status_why`): they are not quoted again, each is said once."""
    open_ = [e for e in sub.elements if e.status == "undetermined"]
    part = _part(sub.citation)
    if given != sub.status:
        which = "the element to name is" if len(open_) == 1 else "the elements to name are"
        answered = "not answered" if given is None else f"answered {words(given)}"
        return (
            f"{part}, what is still to be established: this point is lost with the status, as "
            f"{part} was {answered}; {which} quoted for {part} just above."
        )
    shown = "; ".join(_open(sub, e) for e in open_)
    if not named:
        return f"{part}, what is still to be established (none named): {shown}."
    by_key = {e.element: e for e in sub.elements}
    missing = [quoted(e) for e in open_ if e.element not in named]
    extra = [quoted(by_key[k]) if k in by_key else k for k in sorted(named - set(by_key))]
    extra += [quoted(by_key[k]) for k in sorted(named & set(by_key)) if by_key[k] not in open_]
    parts = []
    if missing:
        parts.append(f"left out {'; '.join(missing)}")
    if extra:
        parts.append(f"named but already decided {'; '.join(extra)}")
    return f"{part}, what is still to be established: {', and '.join(parts)}."


def key_rows(f: Finding, offences: Sequence[OffenceParagraph]) -> list[dict[str, str]]:
    """The answer key's rows for one defendant and victim, one a paragraph of ``offences``:
    its citation, short name, title, status and deciding element(s) in words ("label:
    reason"; for an undetermined paragraph, what is still to be established). The one source
    of the printed keys, the web classroom's and the terminal's."""
    return [
        {
            "citation": p.citation,
            "short": p.short,
            "title": p.title,
            "status": f.subsections[p.citation].status,
            "deciding": "; ".join(
                f"{e.label}: {e.reason}" for e in deciding(f.subsections[p.citation])
            ),
        }
        for p in offences
    ]


def _grade_why(f: Finding, expected: str, given: str | None) -> str:
    lead = f"Grade (answered: {words(given)})"
    if expected == "none":
        return f"{lead}: none — no paragraph of § 30-52-1(A) is met or can be."
    if expected == "undetermined":
        return f"{lead}: undetermined — {f.grade_detail.reason}."
    return f"{lead}: {f.grade_detail.words}."


def paragraphs(a: Assessment) -> tuple[OffenceParagraph, ...]:
    """The paragraphs an assessment reports (those of the texts its acts were judged under),
    by citation — a paragraph's identity — in order: what a trainee answers on."""
    citations = dict.fromkeys(c for f in a.findings for c in f.subsections)
    return tuple(statute.offence(c) for c in citations)


def _by_short() -> dict[str, str]:
    return {p.short: p.citation for p in statute.offences()}


def check(
    c: Scorable,
    answers: Mapping[str, Any],
    *,
    ask_remaining: bool = True,
    attempt: int = 1,
    trainee: str | None = None,
    session: str | None = None,
) -> dict[str, Any]:
    """Score a trainee's answer for one case.

    ``answers``: ``{"D/V": {"paragraphs": {"A1" or citation: "met" | "not_met" |
    "undetermined"}, "grade": "first" | "second" | "third" | "none" | "undetermined",
    "remaining": {"A2" or citation: [element keys]}}}``. The result has the points per pair and
    in all, each lost point with its reason (``lost``; ``feedback`` the same as lines), what was
    left unanswered (``unanswered``; ``complete``), the attempt number and who answered."""
    a = c.assess()
    by_short = _by_short()
    pairs: list[dict[str, Any]] = []
    points = possible = 0
    unanswered_all: list[str] = []
    for f in a.findings:
        key = f"{f.defendant}/{f.victim}"
        given = answers.get(key) or {}
        given_paras = {by_short.get(k, k): v for k, v in (given.get("paragraphs") or {}).items()}
        given_remaining = {
            by_short.get(k, k): set(v) for k, v in (given.get("remaining") or {}).items()
        }
        rows: list[dict[str, Any]] = []
        lost: list[dict[str, str]] = []
        unanswered: list[str] = []
        pair_points = pair_possible = 0
        for citation, sub in f.subsections.items():
            answer = given_paras.get(citation)
            if answer is None:
                unanswered.append(_part(citation))
            ok = answer == sub.status
            pair_possible += 1
            pair_points += ok
            row: dict[str, Any] = {
                "citation": citation,
                "short": statute.offence(citation).short,
                "expected": sub.status,
                "given": answer,
                "correct": ok,
                "deciding": [e.element for e in deciding(sub)],
            }
            if not ok:
                why = _status_why(sub, answer)
                row["why"] = why
                lost.append({"part": _part(citation), "what": "status", "why": why})
            if ask_remaining and sub.status == "undetermined":
                expected_open = {e.element for e in sub.elements if e.status == "undetermined"}
                named = given_remaining.get(citation)
                right = named == expected_open
                pair_possible += 1
                pair_points += right
                row["remaining"] = {
                    "expected": sorted(expected_open),
                    "given": sorted(named) if named is not None else None,
                    "correct": right,
                }
                if not right:
                    why = _remaining_why(sub, named, answer)
                    row["remaining"]["why"] = why
                    lost.append({"part": _part(citation), "what": "remaining", "why": why})
            rows.append(row)
        expected_grade = grade_short(f)
        given_grade = given.get("grade")
        if given_grade is None:
            unanswered.append("grade")
        grade_ok = given_grade == expected_grade
        pair_possible += 1
        pair_points += grade_ok
        grade_row: dict[str, Any] = {
            "expected": expected_grade,
            "given": given_grade,
            "correct": grade_ok,
        }
        if not grade_ok:
            grade_row["why"] = _grade_why(f, expected_grade, given_grade)
            lost.append({"part": "grade", "what": "grade", "why": grade_row["why"]})
        points += pair_points
        possible += pair_possible
        unanswered_all += [f"{key} {u}" for u in unanswered]
        pairs.append(
            {
                "pair": key,
                "defendant": f.defendant,
                "victim": f.victim,
                "points": pair_points,
                "possible": pair_possible,
                "paragraphs": rows,
                "grade": grade_row,
                "lost": lost,
                "unanswered": unanswered,
                "feedback": [x["why"] for x in lost] or ["All correct."],
            }
        )
    return {
        "id": c.id,
        "title": c.title,
        "points": points,
        "possible": possible,
        "pairs": pairs,
        "complete": not unanswered_all,
        "unanswered": unanswered_all,
        "attempt": attempt,
        "trainee": trainee,
        "session": session,
        "teaching_point": c.teaching_point,
    }
