"""What is still needed: the next questions for a fact pattern.

Each undetermined element of an undetermined paragraph, act by act, gives one question: the facts
of that element still unknown in the pattern (any one of them may settle it when the statute
lists alternatives, "force, fraud or coercion"). A fact that settles nothing is never asked:
an element of a paragraph that another element already defeats is not asked, nor is a fact
already stated. Questions that serve a paragraph not yet met come first; those that would only
add a paragraph to one already met are marked ``optional``. When the grade is undetermined
because the victim's age is not settled, the victim's age (or birth date) is asked too.

The elements and the facts they test are read from the statute model of the version each act
was assessed under (``Element.paths``), never from the wording of the output."""

from __future__ import annotations

from typing import Any

from nm_trafficking import statute, words
from nm_trafficking.count_elements import of_count
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.truth import Truth
from nm_trafficking.results import AssessmentResult, Count, Finding
from nm_trafficking.statute.model import ACT, VICTIM_AGE
from nm_trafficking.workbench.words import _BY_PATH, fact_value

__all__ = ["next_questions"]

_IN_FORCE = "in_force"


def _conduct(pattern: FactPattern, cid: str) -> Conduct | None:
    return next((c for c in pattern.conduct if c.id == cid), None)


def _age_known(pattern: FactPattern, person_id: str) -> bool:
    try:
        p = pattern.person(person_id)
    except KeyError:
        return False
    return p.birth_date is not None or (p.age is not None and p.age_on is None)


def _age_question(f: Finding, c: Count, reason: str, citation: str | None) -> dict[str, Any]:
    return {
        "id": f"{c.conduct}:age:{f.victim}",
        "defendant": f.defendant,
        "victim": f.victim,
        "conduct": c.conduct,
        "element": "victim_age",
        "label": f"{f.victim}'s age at the time of the conduct",
        "statute_words": None,
        "cited": citation,
        "paragraphs": [citation] if citation else [],
        "any_of": True,
        "optional": False,
        "why": reason,
        "facts": [
            {
                "path": f"persons.{f.victim}.birth_date",
                "kind": "date",
                "question": f"What is {f.victim}'s date of birth?",
            },
            {
                "path": f"persons.{f.victim}.age",
                "kind": "age",
                "question": f"How old was {f.victim} at the time of the conduct?",
            },
        ],
    }


def next_questions(pattern: FactPattern, assessment: AssessmentResult) -> list[dict[str, Any]]:
    """The questions whose answers could settle an undetermined paragraph or grade, most
    useful first. Each: ``id``, ``defendant``, ``victim``, ``conduct``, ``element``, ``label``,
    ``statute_words``, ``cited``, ``paragraphs`` (citations it serves), ``any_of`` (one true
    fact establishes the element), ``optional`` (the pair already meets another paragraph),
    ``why`` and ``facts`` (each ``path`` for :meth:`FactPattern.with_fact`, ``kind``:
    ``truth``, ``date`` or ``age``, and ``question`` in words)."""
    found: dict[str, dict[str, Any]] = {}
    for f in assessment.findings:
        met = f.status == "met"
        for c in f.counts:
            conduct = _conduct(pattern, c.conduct)
            if conduct is None:
                continue
            version = statute.by_id(c.assessed_under)
            for citation, para in c.paragraphs.items():
                if para.status != "undetermined":
                    continue
                model = {e.key: e for e in version.offence(citation).elements}
                for e in of_count(c, citation):
                    if e.status != "undetermined" or e.element not in model:
                        continue
                    key = f"{c.conduct}:{e.element}"
                    q = found.get(key)
                    if q is not None:
                        if citation not in q["paragraphs"]:
                            q["paragraphs"].append(citation)
                        q["optional"] = q["optional"] and met
                        continue
                    facts = _facts(pattern, conduct, model[e.element].paths, f.victim)
                    if not facts:
                        continue
                    found[key] = {
                        "id": key,
                        "defendant": f.defendant,
                        "victim": f.victim,
                        "conduct": c.conduct,
                        "element": e.element,
                        "label": e.label,
                        "statute_words": e.statute_words,
                        "cited": e.cited,
                        "paragraphs": [citation],
                        "any_of": len(facts) > 1,
                        "optional": met,
                        "why": e.reason,
                        "facts": facts,
                    }
        _grade_questions(found, pattern, f)
    questions = list(found.values())
    questions.sort(key=lambda q: q["optional"])  # stable: statute order within each group
    return questions


def _facts(
    pattern: FactPattern, conduct: Conduct, paths: tuple[str, ...], victim: str
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    base = f"conduct.{conduct.id}"
    for path in paths:
        if path == ACT:
            continue
        if path == _IN_FORCE:
            if conduct.date is None:
                out.append(
                    {
                        "path": f"{base}.date",
                        "kind": "date",
                        "question": f"On what date did {conduct.actor} act toward "
                        f"{conduct.person} ({conduct.id})?",
                    }
                )
            continue
        if path.startswith(VICTIM_AGE):
            if not _age_known(pattern, victim) and not any(
                x["path"].startswith(f"persons.{victim}.") for x in out
            ):
                out.append(
                    {
                        "path": f"persons.{victim}.birth_date",
                        "kind": "date",
                        "question": f"What is {victim}'s date of birth?",
                    }
                )
                out.append(
                    {
                        "path": f"persons.{victim}.age",
                        "kind": "age",
                        "question": f"How old was {victim} at the time of the conduct?",
                    }
                )
            continue
        words = _BY_PATH.get(path)
        if words is None:
            continue
        if fact_value(conduct, path) is Truth.UNKNOWN:
            out.append(
                {
                    "path": f"{base}.{path}",
                    "kind": "truth",
                    "question": words.question.format(actor=conduct.actor, person=conduct.person),
                }
            )
    return out


def _grade_questions(found: dict[str, dict[str, Any]], pattern: FactPattern, f: Finding) -> None:
    """The victim's age, when the grade stays undetermined for want of it."""
    g = f.grade_detail
    if g.status != "undetermined" or len(g.possible) < 2 or _age_known(pattern, f.victim):
        return
    for c in f.counts:
        if c.status == "not_met":
            continue
        key = f"{c.conduct}:age:{f.victim}"
        if key in found:
            return
        minor = found.get(f"{c.conduct}:under_eighteen")
        if minor is not None:
            minor["optional"] = False
            minor["why"] += "; the age also decides the grade"
            return
        found[key] = _age_question(
            f,
            c,
            "the grade depends on the victim's age at the conduct: "
            + ", ".join(words.said(p) for p in g.possible)
            + " are possible",
            g.citation,
        )
        return
