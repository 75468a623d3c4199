"""Which conduct facts each law tests for an act of each verb, read from the statute model
(each element's tests, ``Element.paths``), for the builder to ask only those (issue 20).

An offense is left out for a verb only when one of its elements is defeated by the verb alone
(a defeated alternative whose every test is on the verb and holds for it: "recruiting" is not
(A)(3)'s "benefiting"). An offense the verb leaves open (a buyer's purchase under the 2008
verbs, an UNVERIFIED point) keeps all its facts: the conservative reading asks more, never
less. Every encoded text of a law counts, so that an act dated under an older text is asked
what that text tests too.

The federal facts (``federal.*``) are grouped by the element that tests them, with that
element's statute words verbatim and the offenses it belongs to, as the § 30-52-1 groups are
(:func:`~nm_trafficking.workbench.words.fact_catalog`)."""

from __future__ import annotations

from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from nm_trafficking import statute
from nm_trafficking.facts.conduct import Act, Conduct
from nm_trafficking.facts.truth import Truth
from nm_trafficking.statute.model import ACT, Element, OffenceParagraph, Test, TextVersion

__all__ = ["conduct_truth_paths", "federal_groups", "tested_facts"]

FEDERAL = "federal."


def _is_truth(annotation: Any) -> bool:
    return (
        annotation is Truth
        or Truth in get_args(annotation)
        or any(Truth in get_args(a) for a in get_args(annotation))
    )


@cache
def conduct_truth_paths() -> dict[str, str]:
    """Every yes/no/unknown fact of a conduct, by its dotted path, with its description (the
    fact model's own words; empty when it has none)."""
    found: dict[str, str] = {}

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            annotation = info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                walk(annotation, f"{prefix}{name}.")
            elif _is_truth(annotation):
                found[f"{prefix}{name}"] = info.description or ""

    walk(Conduct, "")
    return found


def _holds(test: Test, verb: str) -> bool:
    values = test.value if isinstance(test.value, tuple) else (str(test.value),)
    if test.op == "in":
        return verb in values
    if test.op == "not_in":
        return verb not in values
    if test.op == "eq":
        return verb == test.value
    return False


def _ruled_out(offence: OffenceParagraph, verb: str) -> bool:
    """The verb alone defeats one of the offense's elements."""
    return any(
        alt.tests and all(t.path == ACT and _holds(t, verb) for t in alt.tests)
        for e in offence.elements
        for alt in e.defeated
    )


def _texts(law_id: str) -> list[TextVersion]:
    return [v for v in statute.law(law_id).versions if v.encoded]


@cache
def tested_facts() -> dict[str, dict[str, list[str]]]:
    """``{law: {verb: [fact path, ...]}}``: the conduct facts (yes/no/unknown) the law's
    elements test for an act of that verb, in the statute's order."""
    facts = conduct_truth_paths()
    out: dict[str, dict[str, list[str]]] = {}
    for law_id in statute.LAWS:
        by_verb: dict[str, list[str]] = {}
        for act in Act:
            paths: dict[str, None] = {}
            for text in _texts(law_id):
                for offence in text.offences:
                    if _ruled_out(offence, act.value):
                        continue
                    for e in offence.elements:
                        paths.update((p, None) for p in e.paths if p in facts)
            by_verb[act.value] = list(paths)
        out[law_id] = by_verb
    return out


def _group(e: Element, law_id: str, paths: list[str]) -> dict[str, Any]:
    facts = conduct_truth_paths()
    return {
        "element": e.key,
        "law": law_id,
        "label": e.label,
        "statute_words": e.words,
        "cited": e.words_from,
        "paragraphs": [],
        # "any one yes is enough" only where each fact alone establishes the element
        "any_of": len(paths) > 1
        and all(
            any(len(a.tests) == 1 and a.tests[0].path == p for a in e.established) for p in paths
        ),
        "facts": [{"path": p, "label": _label(p), "description": facts[p]} for p in paths],
    }


def _label(path: str) -> str:
    """A federal fact's path in words: ``federal.as_to_age.knew`` -> "as to age: knew"."""
    parts = path.removeprefix(FEDERAL).split(".")
    return ": ".join(p.replace("_", " ") for p in parts)


@cache
def federal_groups() -> list[dict[str, Any]]:
    """The federal facts (``federal.*``) grouped by the element of the newest text of each
    federal law that tests them: the element's label and statute words, the offenses it
    belongs to, and its facts (path, label, the fact model's description)."""
    facts = conduct_truth_paths()
    groups: list[dict[str, Any]] = []
    holder: dict[str, dict[str, Any]] = {}  # each fact is shown once, in its first group
    for law_id in (law.id for law in statute.FEDERAL_LAWS):
        texts = _texts(law_id)
        if not texts:
            continue
        for offence in texts[-1].offences:
            for e in offence.elements:
                paths = [p for p in e.paths if p.startswith(FEDERAL) and p in facts]
                new = [p for p in paths if p not in holder]
                if new:
                    group = _group(e, law_id, new)
                    groups.append(group)
                    holder.update(dict.fromkeys(new, group))
                for p in paths:
                    cited = holder[p]["paragraphs"]
                    if offence.citation not in cited:
                        cited.append(offence.citation)
    return groups
