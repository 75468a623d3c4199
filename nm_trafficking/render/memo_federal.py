"""The federal facts of one act (``Conduct.federal``) as the memo states them: plain sentences
about the people, with the actor as the subject — never a field's name or the model's own
documentation (what a field means, how an unknown value is read).

Each fact has its sentence when stated true and when stated false (:data:`SENTENCES`); the
facts of a group (the means, the aggravations) are said in one sentence naming each. A test
checks that every field of the federal facts has its words here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from nm_trafficking import words
from nm_trafficking.facts.conduct import Conduct, FederalFacts
from nm_trafficking.facts.truth import Truth
from nm_trafficking.statute.usc_18.s1589.elements import MEANS_READING as LABOR_MEANS
from nm_trafficking.statute.usc_18.s1591.elements import MEANS_WORDS as SEX_MEANS

__all__ = ["GROUPS", "SENTENCES", "federal_sentences", "leaf_paths"]

CSA = "{person} to engage in a commercial sex act"
CH77 = (
    "chapter 77 of title 18, United States Code (peonage, slavery, involuntary servitude, forced "
    "labor)"
)


@dataclass(frozen=True)
class Said:
    """A fact's sentence when stated true and when stated false (``{actor}``, ``{person}``,
    ``{act}``: the act by its verb, e.g. "recruiting of V"; ``{acts}``: the actor's acts, or
    for benefiting the venture's)."""

    yes: str
    no: str


SENTENCES: dict[str, Said] = {
    "jurisdiction.in_or_affecting_interstate_or_foreign_commerce": Said(
        "{acts} were in or affecting interstate or foreign commerce",
        "{acts} were not in or affecting interstate or foreign commerce",
    ),
    "jurisdiction.within_special_maritime_and_territorial_jurisdiction": Said(
        "{acts} were within the special maritime and territorial jurisdiction of the United States",
        "{acts} were not within the special maritime and territorial jurisdiction of the United "
        "States",
    ),
    "as_to_age.knew": Said(
        "{actor} knew that {person} was under 18", "{actor} did not know that {person} was under 18"
    ),
    "as_to_age.reckless_disregard": Said(
        "{actor} was in reckless disregard of the fact that {person} was under 18",
        "{actor} was not in reckless disregard of the fact that {person} was under 18",
    ),
    "reasonable_opportunity_to_observe": Said(
        "{actor} had a reasonable opportunity to observe {person}",
        "{actor} had no reasonable opportunity to observe {person}",
    ),
    "as_to_commercial_sex_act.knew": Said(
        "{actor} knew that {person} would be caused to engage in a commercial sex act",
        "{actor} did not know that {person} would be caused to engage in a commercial sex act",
    ),
    "as_to_commercial_sex_act.reckless_disregard": Said(
        "{actor} was in reckless disregard of the fact that {person} would be caused to engage "
        "in a commercial sex act",
        "{actor} was not in reckless disregard of the fact that {person} would be caused to "
        "engage in a commercial sex act",
    ),
    "venture.person_to_engage_in_commercial_sex_act": Said(
        "The venture's act was to get " + CSA,
        "The venture's act was not to get " + CSA,
    ),
    "venture.two_or_more_individuals_associated_in_fact": Said(
        "The venture was two or more individuals associated in fact",
        "The venture was not two or more individuals associated in fact",
    ),
    "venture.knowingly_assisted_supported_or_facilitated": Said(
        "{actor} knowingly assisted, supported or facilitated a violation of § 1591(a)(1)",
        "{actor} did not knowingly assist, support or facilitate a violation of § 1591(a)(1)",
    ),
    "venture.participated": Said(
        "{actor} participated in the venture", "{actor} did not participate in the venture"
    ),
    "venture.benefit_from_participation": Said(
        "{actor}'s benefit came from participation in the venture",
        "{actor}'s benefit did not come from participation in the venture",
    ),
    "venture.engaged_in_labor_or_services_by_1589_means": Said(
        "The venture provided or obtained labor or services by a means of § 1589(a)",
        "The venture did not provide or obtain labor or services by any means of § 1589(a)",
    ),
    "venture.as_to_labor_means.knew": Said(
        "{actor} knew that the venture had provided or obtained labor or services by such means",
        "{actor} did not know that the venture had provided or obtained labor or services by "
        "such means",
    ),
    "venture.as_to_labor_means.reckless_disregard": Said(
        "{actor} was in reckless disregard of the fact that the venture had provided or "
        "obtained labor or services by such means",
        "{actor} was not in reckless disregard of the fact that the venture had provided or "
        "obtained labor or services by such means",
    ),
    "labor.labor_or_services_of_the_person": Said(
        "What {actor} provided or obtained was {person}'s labor or services",
        "What {actor} provided or obtained was not {person}'s labor or services",
    ),
    "labor.provided_or_obtained_labor_or_services": Said(
        "{actor} provided or obtained {person}'s labor or services",
        "{actor} did not provide or obtain {person}'s labor or services",
    ),
    "labor.for_labor_or_services": Said(
        "{actor}'s {act} was for labor or services",
        "{actor}'s {act} was not for labor or services",
    ),
    "labor.chapter_77_violation_completed": Said(
        "{person}'s labor or services were in fact obtained in violation of " + CH77,
        "{person}'s labor or services were not in fact obtained in violation of " + CH77,
    ),
    "labor.chapter_77_violation_intended_or_known": Said(
        "{actor} intended or knew that {person}'s labor or services would be obtained in "
        "violation of chapter 77",
        "{actor} neither intended nor knew that {person}'s labor or services would be obtained "
        "in violation of chapter 77",
    ),
    "aggravation.death_results": Said(
        "Death resulted from the violation", "Death did not result from the violation"
    ),
}
"""Per fact (its path below ``federal``), its sentence true and false."""


@dataclass(frozen=True)
class Group:
    """Facts said together: ``yes`` names those stated true (joined by "and"), ``no`` those
    stated false (joined by "or"), each ``{what}``."""

    words: dict[str, str]
    yes: str
    no: str


GROUPS: dict[str, Group] = {
    "knew_means_will_be_used": Group(
        SEX_MEANS,
        "{actor} knew that {what} would be used to cause " + CSA,
        "{actor} did not know that {what} would be used to cause " + CSA,
    ),
    "reckless_disregard_means_will_be_used": Group(
        SEX_MEANS,
        "{actor} was in reckless disregard of the fact that {what} would be used to cause " + CSA,
        "{actor} was not in reckless disregard of the fact that {what} would be used to cause "
        + CSA,
    ),
    "offense_effected_by": Group(
        SEX_MEANS,
        "The offense was in fact effected by {what}",
        "The offense was not effected by {what}",
    ),
    "labor_means": Group(
        LABOR_MEANS,
        "{actor} provided or obtained {person}'s labor or services by means of {what}",
        "{actor} did not provide or obtain {person}'s labor or services by means of {what}",
    ),
    "aggravation": Group(
        {
            "kidnapping": "kidnapping",
            "attempt_to_kidnap": "an attempt to kidnap",
            "aggravated_sexual_abuse": "aggravated sexual abuse",
            "attempt_to_commit_aggravated_sexual_abuse": (
                "an attempt to commit aggravated sexual abuse"
            ),
            "attempt_to_kill": "an attempt to kill",
        },
        "The violation included {what}",
        "The violation did not include {what}",
    ),
}
"""Per group of facts (its path below ``federal``), the words of each fact and the sentences."""


def leaf_paths(model: type[FederalFacts] | None = None) -> list[str]:
    """Every fact below ``federal``, by its path (e.g. ``as_to_age.knew``)."""
    from pydantic import BaseModel

    def walk(cls: type[BaseModel], head: str) -> Iterator[str]:
        for name, info in cls.model_fields.items():
            kind = info.annotation
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                yield from walk(kind, f"{head}{name}.")
            else:
                yield f"{head}{name}"

    return list(walk(model or FederalFacts, ""))


def _value(facts: FederalFacts, path: str) -> object:
    value: object = facts
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _fill(text: str, c: Conduct, what: str = "") -> str:
    of = "from" if c.act == "benefiting" else "of"
    act = f"{c.act} {of} {c.person}"
    acts = "the venture's acts" if c.act == "benefiting" else f"{c.actor}'s acts"
    what = what.replace("the person", c.person)  # a means' words name "the person"
    out = text.format(actor=c.actor, person=c.person, act=act, acts=acts, what=what)
    return out[:1].upper() + out[1:] + "."


def _group(group: Group, model: object, c: Conduct) -> Iterator[str]:
    yes = [w for k, w in group.words.items() if getattr(model, k) is Truth.TRUE]
    no = [w for k, w in group.words.items() if getattr(model, k) is Truth.FALSE]
    if yes:
        yield _fill(group.yes, c, words.either(yes, "and"))
    if no:
        yield _fill(group.no, c, words.either(no, "or"))


def federal_sentences(c: Conduct) -> list[str]:
    """The federal facts stated of one act (true or false), each as a sentence, in the order
    of the fact model."""
    out: list[str] = []
    fed = c.federal
    said_labor = fed.labor.provided_or_obtained_labor_or_services
    groups_done: set[str] = set()
    for path in leaf_paths():
        head, _, leaf = path.rpartition(".")
        group = GROUPS.get(head)
        if group is not None and leaf in group.words:
            if head not in groups_done:
                groups_done.add(head)
                out.extend(_group(group, _value(fed, head), c))
            continue
        value = _value(fed, path)
        if path == "venture.act":
            if value is not None:
                verb = str(getattr(value, "value", value))
                whom = f"from {c.person}" if verb == "benefiting" else c.person
                out.append(_fill(f"The venture's act was {verb} {whom}", c))
            continue
        if path == "labor.labor_or_services_of_the_person" and value is said_labor:
            continue  # the same fact as the next one, said once
        if value is Truth.TRUE:
            out.append(_fill(SENTENCES[path].yes, c))
        elif value is Truth.FALSE:
            out.append(_fill(SENTENCES[path].no, c))
    return out
