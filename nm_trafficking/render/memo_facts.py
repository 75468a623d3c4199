"""The facts of one act for the memo, in words: the facts stated and the facts still unknown.

The facts stated come from the fact pattern. The state facts are phrased by the workbench's
fact words (``workbench.words``: one phrasing of each fact, with the actor as the subject);
the federal facts from the descriptions of the fact model's fields (``facts.conduct``), with
the actor and the person named and dates written out — never a field's name or path.

The facts still unknown are read from the result: the elements still open of each paragraph
(or prong) the act may still meet, by the statute's label of the element, with the paragraphs
they would settle. Without the fact pattern, the facts stated are the elements the facts
establish or defeat, by the same labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from nm_trafficking import words
from nm_trafficking.count_elements import of_count
from nm_trafficking.facts.conduct import Conduct, FederalFacts
from nm_trafficking.facts.truth import Truth
from nm_trafficking.results import AssessmentResult, ElementResult, Finding
from nm_trafficking.workbench.words import act_sentence, conduct_sentences

STATE = "nm_30_52_1"
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CITATION_ONLY = re.compile(r"^§+ [\w().]+$")
_LEAD_CITATION = re.compile(r"^(§+ [^:]+): (.*)$")


@dataclass(frozen=True, slots=True)
class ActFacts:
    """What the memo says of one act's facts."""

    stated: list[str]
    unknown: list[str]
    """Each open element by its label, with the paragraphs (or prongs) it would settle."""


def _named(text: str, actor: str, person: str) -> str:
    """The actor and the person by their names; the sentence capitalised."""
    text = re.sub(r"\b[Tt]he actor\b", actor, text)
    text = re.sub(r"\b[Tt]he person\b", person, text)
    return text[:1].upper() + text[1:]


def _leaf_words(name: str) -> str:
    """``coercion_scheme_plan_or_pattern`` -> ``coercion (scheme plan or pattern)``."""
    if name.startswith("coercion_"):
        return f"coercion ({name.removeprefix('coercion_').replace('_', ' ')})"
    return name.replace("_", " ")


def _split(description: str) -> tuple[str, str]:
    """(the words, the citation) of a field's description ``§ 1591(a): the actor knew ...``."""
    if _CITATION_ONLY.match(description) or (
        description.startswith("§") and ": " not in description
    ):
        return "", description
    lead = _LEAD_CITATION.match(description)
    if lead is None:
        return description, ""
    if len(lead.group(2).split()) < 4:  # "§ 1591(e)(6): the venture": a citation with a gloss
        return "", description
    return lead.group(2), lead.group(1)


def _answers(yes: list[str], no: list[str]) -> str:
    parts = []
    if yes:
        parts.append(f"yes as to {words.either(yes, 'and')}")
    if no:
        parts.append(f"no as to {words.either(no, 'and')}")
    return "; ".join(parts)


def _federal(model: BaseModel, c: Conduct, head: str = "", where: str = "") -> Iterator[str]:
    """The federal facts stated (true or false) below ``model``: a fact the model describes on
    its own in a sentence of its own; the facts of a group (the means, knew or reckless
    disregard) in one sentence naming each."""
    yes: list[str] = []
    no: list[str] = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        text, cite = _split(words.dates_in_words(info.description or ""))
        if isinstance(value, BaseModel):
            yield from _federal(value, c, text or head, cite or where)
            continue
        if value is None or value is Truth.UNKNOWN:
            continue
        if not isinstance(value, Truth):  # the venture's act: a verb
            verb = getattr(value, "value", str(value))
            yield _named(
                f"{text}: {verb}" + (f" ({cite})" if cite else "") + ".", c.actor, c.person
            )
        elif text:
            answer = "yes" if value is Truth.TRUE else "no"
            yield _named(
                f"{text}" + (f" ({cite})" if cite else "") + f": {answer}.", c.actor, c.person
            )
        else:
            what = _leaf_words(name) + (f" ({cite})" if cite else "")
            (yes if value is Truth.TRUE else no).append(what)
    if yes or no:
        at = f" ({where})" if where else ""
        yield _named(f"{head or 'Stated'}{at}: {_answers(yes, no)}.", c.actor, c.person)


def stated_facts(c: Conduct) -> list[str]:
    """The facts stated of one act, in words: what was done, the state facts, the federal
    facts, and the act's description (the caller's text, last)."""
    state = conduct_sentences(c)["stated"]
    description = [c.description] if c.description else []
    if description and state and state[-1] == c.description:
        state = state[:-1]
    federal: list[str] = []
    if c.federal != FederalFacts():
        federal = list(_federal(c.federal, c))
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
                for e in of_count(lc, citation):
                    yield law, words.paragraph_short(citation), prong.status, e


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
    established: dict[str, list[str]] = {}
    defeated: dict[str, list[str]] = {}
    for _, where, status, e in _elements(result, f, conduct):
        if status == "undetermined" and e.status == "undetermined":
            _by_label(open_, e.label, where)
        elif pattern_conduct is None and e.element in ("in_force", "conduct"):
            continue  # the counts table gives the act, its date and the text applied
        elif pattern_conduct is None and e.status == "met":
            _by_label(established, e.label, where)
        elif pattern_conduct is None and e.status == "not_met":
            _by_label(defeated, e.label, where)
    if pattern_conduct is not None:
        stated = stated_facts(pattern_conduct)
    else:
        stated = [f"Established: {x}" for x in _listed(established)]
        stated += [f"Ruled out by the facts stated: {x}" for x in _listed(defeated)]
    return ActFacts(stated, _listed(open_))
