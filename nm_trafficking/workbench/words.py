"""Facts in words: the fact catalog the builder shows (each fact with the statute's words beside
it, and the question a user answers) and a fact pattern stated as sentences for memos and
classroom handouts — never field names.

Everything about the law (which words, which paragraph) is read from the statute model
(``nm_trafficking.statute``); this module adds only plain-language phrasing of each fact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from nm_trafficking import statute, words
from nm_trafficking.facts.conduct import Act, Conduct
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Person, Role
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning import accessories
from nm_trafficking.reasoning.federal_notes import believed_age_words
from nm_trafficking.render.summary_text import (
    ACCESSORIES_HEAD,
    ACCESSORY_FEDERAL,
    FEDERAL_ACCESSORIES_HEAD,
    STATE_ACCESSORIES_HEAD,
)
from nm_trafficking.statute.model import StatuteVersion
from nm_trafficking.statute.related import accessory as accessory_law
from nm_trafficking.words import catalogue as words_catalogue

__all__ = [
    "ACCESSORY_FACTS",
    "FACTS",
    "FactWords",
    "act_sentence",
    "fact_catalog",
    "fact_value",
    "pattern_sentences",
    "person_name",
    "plain_pattern",
]


@dataclass(frozen=True, slots=True)
class FactWords:
    """One true/false/unknown fact of a conduct: its path below the conduct, and its phrasing
    with ``{actor}`` and ``{person}`` to fill in."""

    path: str
    label: str
    """Short, for the builder: what the fact is."""
    yes: str
    no: str
    question: str


_MEANS = ("force", "fraud", "coercion")
_PURPOSES = (
    ("labor", "labor"),
    ("services", "services"),
    ("commercial_sexual_activity", "commercial sexual activity"),
)

FACTS: tuple[FactWords, ...] = (
    FactWords(
        "knowingly",
        "acted knowingly",
        "{actor} acted knowingly",
        "{actor} did not act knowingly",
        "Did {actor} act knowingly?",
    ),
    *(
        FactWords(
            f"means_will_be_used.{m}",
            m,
            f"{{actor}} intended or knew that {m} would be used",
            f"{{actor}} neither intended nor knew that {m} would be used",
            f"Did {{actor}} intend or know that {m} would be used?",
        )
        for m in _MEANS
    ),
    *(
        FactWords(
            f"to_subject_to.{key}",
            words,
            f"The purpose was to subject {{person}} to {words}",
            f"The purpose was not to subject {{person}} to {words}",
            f"Was the purpose to subject {{person}} to {words}?",
        )
        for key, words in _PURPOSES
    ),
    FactWords(
        "will_be_caused_to_engage_in_commercial_sexual_activity",
        "person will be caused to engage in commercial sexual activity",
        "{actor} intended or knew that {person} would be caused to engage in commercial sexual "
        "activity",
        "{actor} neither intended nor knew that {person} would be caused to engage in commercial "
        "sexual activity",
        "Did {actor} intend or know that {person} would be caused to engage in commercial sexual "
        "activity?",
    ),
    FactWords(
        "benefit.financially",
        "financially",
        "{actor} benefited financially",
        "{actor} did not benefit financially",
        "Did {actor} benefit financially?",
    ),
    FactWords(
        "benefit.anything_of_value",
        "anything of value",
        "{actor} received something of value",
        "{actor} received nothing of value",
        "Did {actor} receive anything of value?",
    ),
    *(
        FactWords(
            f"benefit_from.{key}",
            words,
            f"The benefit came from {{person}}'s {words}",
            f"The benefit did not come from {{person}}'s {words}",
            f"Did the benefit come from {{person}}'s {words}?",
        )
        for key, words in _PURPOSES
    ),
    *(
        FactWords(
            f"means_was_used.{m}",
            m,
            f"{{actor}} knew that {m} was used to obtain {{person}}'s labor, services or "
            "commercial sexual activity",
            f"{{actor}} did not know that {m} was used to obtain {{person}}'s labor, services or "
            "commercial sexual activity",
            f"Did {{actor}} know that {m} was used to obtain {{person}}'s labor, services or "
            "commercial sexual activity?",
        )
        for m in _MEANS
    ),
)
"""Every true/false/unknown fact of a conduct, in the statute's order."""

_BY_PATH = {f.path: f for f in FACTS}

_WAYS = {
    "procured": ("procured", "procure"),
    "counselled": ("counselled", "counsel"),
    "aided": ("aided", "aid"),
    "abetted": ("abetted", "abet"),
}
"""§ 30-1-13's ways of help (``accessory_law.WAYS``, in its order): past and present."""

ACCESSORY_FACTS: tuple[FactWords, ...] = (
    *(
        FactWords(
            way,
            way,
            f"{{helper}} {_WAYS[way][0]} in the commission of {{actor}}'s act",
            f"{{helper}} did not {_WAYS[way][1]} in the commission of {{actor}}'s act",
            f"Did {{helper}} {_WAYS[way][1]} in the commission of {{actor}}'s act?",
        )
        for way in accessory_law.WAYS
    ),
    FactWords(
        accessory_law.INTENT,
        "intended that the offense be committed",
        "{helper} intended that the offense be committed",
        "{helper} did not intend that the offense be committed",
        "Did {helper} intend that the offense be committed?",
    ),
)
"""The true/false/unknown facts of a person who helped an act (NMSA § 30-1-13 [S]), their
paths below the helper (``conduct.accessories[]``), ``{helper}`` and ``{actor}`` to fill in."""

_HELP_WORDS = accessory_law.ACCESSORY_WORDS[
    accessory_law.ACCESSORY_WORDS.index("procures") : accessory_law.ACCESSORY_WORDS.index(
        " and although"
    )
]
"""§ 30-1-13's words of the help, quoted: "procures, counsels, aids or abets in its
commission"."""


def _accessories() -> dict[str, Any]:
    """What the builder asks of each person who helped an act, in § 30-1-13's words."""
    return {
        "label": "Persons who helped this act (accessories, § 30-1-13)",
        "statute_words": _HELP_WORDS,
        "cited": f"{accessory_law.S_30_1_13} [S]",
        "hint": "A person other than the actor, listed once per act. Any one “yes” among the "
        f"four ways is help. The intent: {accessory_law.INTENT_OPEN}.",
        "person": "Who helped (a person other than the actor)",
        "description": "What the helper did, in your words (optional)",
        "add": "Add a helper",
        "facts": [
            {"path": f.path, "label": f.label, "question": f.question} for f in ACCESSORY_FACTS
        ],
    }


def _person_facts() -> list[dict[str, Any]]:
    """The yes / no / unknown facts of a person the builder edits beside the age: a person's
    status as an Indian (read only where an act is stated in Indian country), asked as the
    summary asks it ("Is D an Indian?"), with the input schema's description as help text."""
    return [
        {
            "path": "indian",
            "label": "an Indian",
            "question": "Is {person} an Indian?",
            "help": Person.model_fields["indian"].description,
        }
    ]


PAST = {
    Act.RECRUITING: "recruited",
    Act.SOLICITING: "solicited",
    Act.ENTICING: "enticed",
    Act.TRANSPORTING: "transported",
    Act.OBTAINING: "obtained",
    Act.BENEFITING: "benefited from",
    Act.HARBORING: "harbored",
    Act.MAINTAINING: "maintained",
    Act.PROVIDING: "provided",
    Act.PATRONIZING: "patronized",
    Act.ADVERTISING: "advertised",
}


def fact_value(conduct: Conduct, path: str) -> Any:
    """The value at a dotted ``path`` below a conduct (e.g. ``means_will_be_used.force``)."""
    value: Any = conduct
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _text_name(version: StatuteVersion) -> str:
    """How the page names a text: "the 2008 text" (its id, as the output's notes do)."""
    return f"the {version.id} text"


def _text(version: StatuteVersion) -> dict[str, Any]:
    until = version.in_force_until
    return {
        "id": version.id,
        "name": _text_name(version),
        "citation": version.citation,
        "in_force_from": version.in_force_from.isoformat(),
        "in_force_until": until.isoformat() if until is not None else None,
        "paragraphs": [
            {"citation": p.citation, "short": p.short, "title": p.title} for p in version.offences
        ],
        "verbs": list(version.verbs),
    }


def _act(act: Act) -> dict[str, Any]:
    newest = next(
        (p for v in reversed(statute.VERSIONS) if (p := v.paragraph_with_verb(act.value))), None
    )
    outside = [_text_name(v) for v in statute.VERSIONS if act.value not in v.verbs]
    return {
        "value": act.value,
        "past": PAST[act],
        "paragraph": newest.citation if newest is not None else None,
        "outside": f"not a verb of {' or '.join(outside)}" if outside else None,
    }


@cache
def fact_catalog() -> dict[str, Any]:
    """What the builder, the classroom and the worksheet need, from the statute model and the
    fact models: every text with its dates, paragraphs and verbs (``texts``); the verbs (the
    paragraph of the newest text that has each, and the texts that do not: ``outside``); the
    roles; every paragraph of every text (by citation); and the conduct facts grouped by the
    element they serve, each group with the statute's words and the paragraphs it belongs to.
    ``statute_version`` and ``statute_citation`` name the newest text known."""
    version = statute.latest()
    groups: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for paragraph in statute.offences():
        for element in paragraph.elements:
            facts = [_BY_PATH[p] for p in element.paths if p in _BY_PATH]
            if not facts:
                continue
            group = seen.get(element.key)
            if group is None:
                group = seen[element.key] = {
                    "element": element.key,
                    "label": element.label,
                    "statute_words": element.words,
                    "cited": element.words_from,
                    "paragraphs": [],
                    "any_of": len(facts) > 1,
                    "facts": [
                        {"path": f.path, "label": f.label, "question": f.question} for f in facts
                    ],
                }
                groups.append(group)
            group["paragraphs"].append(paragraph.citation)
    return {
        "statute_version": version.id,
        "statute_citation": version.citation,
        "texts": [_text(v) for v in statute.VERSIONS],
        "acts": [_act(a) for a in Act],
        "roles": [r.value for r in Role],
        "paragraphs": [
            {"citation": p.citation, "short": p.short, "title": p.title, "text": p.text}
            for p in statute.offences()
        ],
        "groups": groups,
        "accessories": _accessories(),
        "person_facts": _person_facts(),
        # the output's words (status labels, grade names, the disclaimer): the page's only source
        # and the summary's accessory findings: their heading and federal lead, as the text
        # renderer writes them
        "words": {
            **words_catalogue(),
            "accessories": {
                # the heading naming the laws assessed (summary_text.accessories_head): every
                # law, § 30-52-1 alone (law "nm"), the federal sections alone (law "federal")
                "head": ACCESSORIES_HEAD,
                "head_state": STATE_ACCESSORIES_HEAD,
                "head_federal": FEDERAL_ACCESSORIES_HEAD,
                "federal": f"{ACCESSORY_FEDERAL} ({accessory_law.USC_2}(a) [S])",
                # the federal line as the text view writes it (accessory_law.federal_line): its
                # first sentence, the statuses' lead, the sections' statuses, the caveat
                "federal_lead": accessory_law.FEDERAL_LEAD,
                "statuses": ACCESSORY_FEDERAL,
                "federal_caveat": accessory_law.FEDERAL_CAVEAT,
            },
        },
    }


def _day(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def person_name(pattern: FactPattern, person_id: str) -> str:
    """A person as a memo names them: the id, with the roles given (``D (recruiter)``)."""
    try:
        p = pattern.person(person_id)
    except KeyError:
        return person_id
    roles = [r.value for r in p.roles if r is not Role.OTHER]
    return f"{p.id} ({', '.join(roles)})" if roles else p.id


def _person_sentence(p: Person) -> str:
    roles = ", ".join(r.value for r in p.roles)
    who = f"{p.id}" + (f", {roles}" if roles else "")
    if p.birth_date is not None:
        age = f"born {_day(p.birth_date)}"
    elif p.age is not None and p.age_on is not None:
        age = f"aged {p.age} on {_day(p.age_on)}"
    elif p.age is not None:
        age = f"aged {p.age} (taken as the age at the time of the conduct)"
    else:
        age = "age not known"
    text = f"{who}: {age}."
    if p.indian.known:  # for an act in Indian country (stated, never assessed)
        text += (
            " Stated to be an Indian." if p.indian is Truth.TRUE else " Stated not to be an Indian."
        )
    if p.description:
        text += f" {p.description}"
    return text


def act_sentence(c: Conduct) -> str:
    """``D recruited V on 10 March 2018 in Bernalillo County.`` (the date, or that it is not
    stated; the county or "outside New Mexico" when stated)."""
    when = f"on {_day(c.date)}" if c.date is not None else "(date not stated)"
    where = ""
    if c.county is not None:
        where = f" in {c.county.words()}" if c.county.in_new_mexico else f" {c.county.words()}"
    return f"{c.actor} {PAST[c.act]} {c.person} {when}{where}."


def _fill(text: str, c: Conduct) -> str:
    return text.format(actor=c.actor, person=c.person)


def _where_and_who(c: Conduct) -> list[str]:
    """The act's county, Indian country, agreement and helpers, as stated: facts a list headed
    "a fact not listed is not known" must not leave out (review: a trainee read them as
    unknown). Nothing is said of what is not stated."""
    out: list[str] = []
    if c.county is not None:
        out.append(f"County: {c.county.value}.")
    if c.in_indian_country is Truth.TRUE:
        out.append("It took place in Indian country.")
    elif c.in_indian_country is Truth.FALSE:
        out.append("It did not take place in Indian country.")
    agreement = c.agreement
    if agreement.with_persons:  # (NMSA 1978, § 30-28-2)
        others = words.either(list(agreement.with_persons), "and")
        if agreement.to_commit_this_act is Truth.TRUE:
            out.append(f"{c.actor} agreed with {others} to commit this act (stated).")
        elif agreement.to_commit_this_act is Truth.FALSE:
            out.append(f"{c.actor} did not agree with {others} to commit this act (stated).")
        else:
            out.append(f"Whether {c.actor} agreed with {others} to commit this act is not stated.")
    for helper in c.accessories:  # (NMSA 1978, § 30-1-13): what is stated of help and intent
        did = f": {helper.description}" if helper.description else ""
        lead = "helped" if accessories.helped(helper) is Truth.TRUE else "is named as a helper of"
        out.append(f"{helper.person} {lead} this act{did} ({accessories.how_helped(helper)}).")
    return out


def conduct_sentences(c: Conduct, state: bool = True, federal: bool = False) -> dict[str, Any]:
    """An act in words: what happened, the facts stated (true or false), the facts not known;
    ``state``, ``federal``: the laws assessed (§ 30-52-1, § 1591), for what a belief about the
    person's age is said to be."""
    stated: list[str] = []
    unknown: list[str] = []
    for f in FACTS:
        value = fact_value(c, f.path)
        if value is Truth.TRUE:
            stated.append(_fill(f.yes, c) + ".")
        elif value is Truth.FALSE:
            stated.append(_fill(f.no, c) + ".")
        else:
            unknown.append(_fill(f.question, c))
    for purposes, what in (("to_subject_to", "purpose"), ("benefit_from", "benefit source")):
        other = fact_value(c, purposes).other
        if other:
            stated.append(f"Other {what} stated: {other}")
    if c.benefit.description:
        stated.append(f"What was received: {c.benefit.description}")
    if c.place:
        stated.append(f"Where: {c.place}")
    stated += _where_and_who(c)
    if c.believed_age is not None:
        stated.append(believed_age_words(c.actor, c.person, c.believed_age, state, federal))
    if c.description:
        stated.append(c.description)
    return {"id": c.id, "text": act_sentence(c), "stated": stated, "not_known": unknown}


def pattern_sentences(pattern: FactPattern) -> dict[str, Any]:
    """The fact pattern in words: persons, acts (each with its stated and unknown facts) and
    observed indicators."""
    from nm_trafficking.indicators import indicator

    observations = []
    for o in pattern.observations:
        try:
            name = indicator(o.indicator).name
        except KeyError:
            name = o.indicator
        parts = [f"toward {o.person}"]
        if o.actor:
            parts.append(f"by {o.actor}")
        if o.conduct:
            parts.append(f"in act {o.conduct}")
        if o.date:
            parts.append(f"on {_day(o.date)}")
        text = f"Observed: {name} ({', '.join(parts)})."
        if o.description:
            text += f" {o.description}"
        observations.append(text)
    return {
        "title": pattern.title,
        "description": pattern.description,
        "persons": [_person_sentence(p) for p in pattern.persons],
        "acts": [conduct_sentences(c) for c in pattern.conduct],
        "observations": observations,
    }


def _plain(value: Any) -> Any:
    """Model dump (python mode) -> JSON-ready data, truths as booleans, unknown and empty
    parts dropped (so free text that reads "true" is never taken for a truth value)."""
    if isinstance(value, Truth):
        return None if value is Truth.UNKNOWN else value is Truth.TRUE
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            v = _plain(v)
            if v is None or v == {}:
                continue
            out[k] = v
        return out
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def plain_pattern(pattern: FactPattern) -> dict[str, Any]:
    """The fact pattern as a compact document: facts as ``true``/``false`` (unknown facts and
    empty parts left out, as a person would write it), dates as ``YYYY-MM-DD``. Loading it
    gives the same fact pattern."""
    result: dict[str, Any] = _plain(pattern.model_dump())
    for key in ("conduct", "observations"):
        if not result.get(key):
            result.pop(key, None)
    return result
