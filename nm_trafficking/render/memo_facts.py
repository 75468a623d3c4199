"""The facts of one act for the memo, in words: the facts stated and the facts still unknown.

The facts stated come from the fact pattern. The state facts are phrased by the workbench's
fact words (``workbench.words``: one phrasing of each fact, with the actor as the subject);
the federal facts by ``render.memo_federal`` (a sentence of its own per fact, true or false) —
never a field's name or path, nor the fact model's documentation.

The facts still unknown are read from the result: the elements still open of each paragraph
(or prong) the act may still meet, by the statute's label of the element, with the paragraphs
they would settle. Without the fact pattern, the facts stated are the elements the facts
establish or defeat, by the same labels.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from nm_trafficking import words
from nm_trafficking.citations import count_cited
from nm_trafficking.count_elements import of_count
from nm_trafficking.facts.conduct import Conduct, FederalFacts
from nm_trafficking.render.memo_federal import federal_sentences
from nm_trafficking.results import AssessmentResult, ElementResult, Finding
from nm_trafficking.workbench.words import act_sentence, conduct_sentences

STATE = "nm_30_52_1"
SEX_TRAFFICKING = "usc_1591"


@dataclass(frozen=True, slots=True)
class ActFacts:
    """What the memo says of one act's facts."""

    stated: list[str]
    unknown: list[str]
    """Each open element by its label, with the paragraphs (or prongs) it would settle."""
    open_elements: list[tuple[str, str]] = field(default_factory=list)
    """The open elements of :attr:`unknown`: (the law's id, the element's key), for the
    questions that ask for them."""


def stated_facts(c: Conduct, laws: Sequence[str] = (STATE,)) -> list[str]:
    """The facts stated of one act, in words: what was done, the state facts (with the place,
    the agreement and the help of each helper: ``conduct_sentences``), the federal facts, and
    the act's description (the caller's text, last); ``laws``: the laws assessed (what a
    believed age is said to be turns on them)."""
    state = conduct_sentences(c, STATE in laws, SEX_TRAFFICKING in laws)["stated"]
    description = [c.description] if c.description else []
    if description and state and state[-1] == c.description:
        state = state[:-1]
    federal = federal_sentences(c) if c.federal != FederalFacts() else []
    return [act_sentence(c), *state, *federal, *description]


def _elements(
    result: AssessmentResult, f: Finding, conduct: str
) -> Iterator[tuple[str, str, str, ElementResult]]:
    """(law, paragraph's short citation, paragraph's status, element) for one act."""
    for law in result.laws:
        if law == STATE:
            count = f.count(conduct)
            for citation, p in count.paragraphs.items():
                for e in of_count(count, citation):
                    yield law, words.paragraph_short(citation), p.status, e
        else:
            lc = f.jurisdictions[law].count(conduct)
            for citation, prong in lc.prongs.items():
                short = words.paragraph_short(count_cited(law, (lc,), citation))
                for e in of_count(lc, citation):
                    yield law, short, prong.status, e


def _by_label(found: dict[str, list[str]], label: str, where: str) -> None:
    places = found.setdefault(label, [])
    if where not in places:
        places.append(where)


def _listed(found: dict[str, list[str]]) -> list[str]:
    return [f"{label[0].upper()}{label[1:]} ({', '.join(where)})" for label, where in found.items()]


def act_facts(
    result: AssessmentResult, f: Finding, conduct: str, pattern_conduct: Conduct | None
) -> ActFacts:
    """The facts stated and still unknown of one act of the pair ``f``."""
    open_: dict[str, list[str]] = {}
    open_elements: list[tuple[str, str]] = []
    established: dict[str, list[str]] = {}
    defeated: dict[str, list[str]] = {}
    for law, where, status, e in _elements(result, f, conduct):
        if status == "undetermined" and e.status == "undetermined":
            _by_label(open_, e.label, where)
            if (law, e.element) not in open_elements:
                open_elements.append((law, e.element))
        elif pattern_conduct is None and e.element in ("in_force", "conduct"):
            continue  # the counts table gives the act, its date and the text applied
        elif pattern_conduct is None and e.status == "met":
            _by_label(established, e.label, where)
        elif pattern_conduct is None and e.status == "not_met":
            _by_label(defeated, e.label, where)
    if pattern_conduct is not None:
        stated = stated_facts(pattern_conduct, result.laws)
    else:
        stated = [f"Established: {x}" for x in _listed(established)]
        stated += [f"Ruled out by the facts stated: {x}" for x in _listed(defeated)]
    return ActFacts(stated, _listed(open_), open_elements)
