"""The words the output uses, in one place: status labels, grade names, dates, acts and texts.

Every surface that writes a sentence about a result (the summary's text, Markdown and HTML,
the memo, the court form) takes its words from here or from the statute data they name, so a
change of wording is a change here. The words follow a careful lawyer's usage: the actor is the
subject of a sentence about conduct, an act is named by its verb and date, a text by its name
and label, the statutes' own spelling ("offense"), grades most serious first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from nm_trafficking.results import DISCLAIMER, Status
from nm_trafficking.statute.model import Grade, Law, TextVersion

DISCLAIMER_HEAD = DISCLAIMER.partition(":")[0]
"""The disclaimer's head (its words before the colon), where a line names it: the disclaimer
itself is :data:`nm_trafficking.results.DISCLAIMER`, written out nowhere else."""

STATUS_WORDS: dict[Status, str] = {
    "met": "met",
    "not_met": "not met",
    "undetermined": "undetermined",
}
"""A status in running text."""

STATUS_LABELS: dict[Status, str] = {
    "met": "MET",
    "not_met": "NOT MET",
    "undetermined": "UNDETERMINED",
}
"""A status where it heads a line."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """``10 March 2018``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def act_name(verb: str, day: date | None, *, assumed: bool = False) -> str:
    """An act by its verb and date: ``the recruiting of 10 March 2018`` (``the undated
    recruiting`` when no date is stated or assumed)."""
    if day is None:
        return f"the undated {verb}"
    return f"the {verb} of {long_date(day)}" + (" (date assumed)" if assumed else "")


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dates_in_words(text: str) -> str:
    """Every ISO date in ``text`` written in words: ``2018-04-11`` -> ``11 April 2018``."""
    if not _may_hold_a_date(text):  # most texts hold none, and the pattern is slow to search
        return text
    return _ISO.sub(lambda m: long_date(date(*map(int, m.groups()))), text)


def _may_hold_a_date(text: str) -> bool:
    """Whether ``text`` holds four digits, a hyphen, two digits, a hyphen and two digits
    (``\\d`` is ``str.isdecimal``): where it does not, :data:`_ISO` matches nothing."""
    i = text.find("-", 4)
    while i != -1:
        if (
            text[i + 3 : i + 4] == "-"
            and len(text) >= i + 6
            and text[i - 4 : i].isdecimal()
            and text[i + 1 : i + 3].isdecimal()
            and text[i + 4 : i + 6].isdecimal()
        ):
            return True
        i = text.find("-", i + 1)
    return False


def fact_words(path: str) -> str:
    """A fact's path in words, for a sentence that must name the fact:
    ``means_will_be_used.fraud`` -> ``means will be used: fraud``; the federal facts say so."""
    federal = path.startswith("federal.")
    parts = path.removeprefix("federal.").split(".")
    text = ": ".join(part.replace("_", " ") for part in parts)
    return f"the federal fact '{text}'" if federal else f"the fact '{text}'"


_FACT_REF = re.compile(r"^conduct [^:]+: (.*)$")
_PERSON_REF = re.compile(r"^person ([^:]+): (.*)$")


def fact_ref_words(ref: str) -> str:
    """A reference to a deciding fact (as an element's ``facts`` gives it: ``conduct recruit:
    means_will_be_used.fraud``, ``person V: birth_date``) in words for a sentence: ``means will
    be used: fraud``, ``V's birth date`` — the act is named by the paragraph it belongs to; the
    JSON keeps the reference itself."""
    out = []
    for part in ref.split("; "):
        m = _FACT_REF.match(part)
        if m is not None:
            path = m.group(1)
            head, _, rest = path.partition(" (")
            federal = head.startswith("federal.")
            said = ": ".join(x.replace("_", " ") for x in head.removeprefix("federal.").split("."))
            said = {
                "act": "the verb",
                "date": "the date",
                "buyer": "whether the act is the actor's own purchase",
            }.get(said, said)
            text = f"federal: {said}" if federal else said
            out.append(dates_in_words(f"{text} ({rest}" if rest else text))
            continue
        m = _PERSON_REF.match(part)
        if m is not None:
            out.append(dates_in_words(f"{m.group(1)}'s {m.group(2).replace('_', ' ')}"))
            continue
        out.append(dates_in_words(part))
    return "; ".join(out)


def act_clause(actor: str, verb: str, person: str, day: date | None) -> str:
    """The act as a clause with the actor as its subject: ``D's recruiting of V on 10 March
    2018`` (or ``D's recruiting of V, date not stated``)."""
    when = f"on {long_date(day)}" if day is not None else "(date not stated)"
    of = "from" if verb == "benefiting" else "of"  # one benefits from a person's labor
    return f"{actor}'s {verb} {of} {person} {when}"


@cache
def _grades() -> dict[str, Grade]:
    from nm_trafficking import statute

    found: dict[str, Grade] = {}
    for version in statute.VERSIONS:
        for grade in version.grading.grades:
            found.setdefault(grade.id, grade)
    return found


def grade(grade_id: str) -> Grade:
    """The grade with this id, from the statute data."""
    return _grades()[grade_id]


def grade_name(grade_id: str | None) -> str:
    """``second degree felony`` (``none`` for no grade); an attempt's or a conspiracy's
    ``fourth degree felony`` too, which no paragraph of the statute gives (review P F1 of
    session 7: the memo failed on a conspiracy whose period had passed)."""
    if not grade_id:
        return "none"
    from nm_trafficking.statute.related.inchoate import GRADE_NAMES  # related law, not (C)

    found = _grades().get(grade_id)
    return found.name if found is not None else GRADE_NAMES[grade_id]


def said(value: str) -> str:
    """An id of the output in words: a status (``not_met`` -> ``not met``), a grade (its name
    from the statute data), anything else with spaces for underscores."""
    if value in STATUS_WORDS:
        return STATUS_WORDS[value]
    if value in _grades():
        return grade(value).name
    return value.replace("_", " ")


def all_grades() -> list[Grade]:
    """Every grade of the statute data, most serious first."""
    return sorted(_grades().values(), key=lambda g: -g.severity)


def catalogue() -> dict[str, Any]:
    """The words for a client that writes its own sentences (the workbench page, through its
    catalogue): the status labels and words, the grades most serious first, the disclaimer."""
    return {
        "statuses": {
            status: {"label": STATUS_LABELS[status], "words": running}
            for status, running in STATUS_WORDS.items()
        },
        "grades": [{"id": g.id, "short": g.short, "name": g.name} for g in all_grades()],
        "disclaimer": DISCLAIMER,
    }


def most_serious_first(grade_ids: Iterable[str]) -> list[str]:
    """Grade ids ordered most serious first."""
    return sorted(grade_ids, key=lambda g: -grade(g).severity)


def grade_with_sentence(grade_id: str) -> str:
    """``second degree felony (basic sentence 9 years [S])``."""
    g = grade(grade_id)
    if g.basic_sentence is None:
        return g.name
    return f"{g.name} (basic sentence {g.basic_sentence} {g.basic_sentence_label})"


def capital(text: str) -> str:
    """``text`` with its first letter in capitals (a sentence's start), where its first word is
    a plain word (ASCII lower-case letters). A sentence that opens with a name or an id is left
    as written: ``ßabine`` must not become ``SSabine``, nor ``p1`` become ``P1`` (review Z3 3 of
    session 8: ids are case-sensitive, and may carry any Latin letter)."""
    first = text.split(" ", 1)[0].rstrip(".,;:)").replace("'", "").replace("-", "")
    if not (first.isascii() and first.isalpha() and first.islower()):
        return text
    return text[:1].upper() + text[1:]


def either(items: list[str], word: str = "or") -> str:
    """``a``; ``a or b``; ``a, b or c`` (``a, and b`` where an item has the joining word in it,
    so the list reads unambiguously)."""
    if len(items) <= 1:
        return "".join(items)
    comma = "," if any(f" {word} " in item for item in items) else ""
    return f"{', '.join(items[:-1])}{comma} {word} {items[-1]}"


def text_name(law: Law, version: TextVersion) -> str:
    """A text by its name and label: ``NMSA 1978, § 30-52-1 (2008)``; ``18 U.S.C. § 1591 as
    amended 29 May 2015 [R]``; for a period with no text, the period in words (statute data:
    made once per text)."""
    return version.derive(f"text_name:{law.id}", lambda: _text_name(law, version))


def _text_name(law: Law, version: TextVersion) -> str:
    if version is law.undated:
        return f"{law.citation} (the text turns on the date, not stated)"
    if law.jurisdiction == "state":
        return version.citation
    if not version.encoded:  # a period with no text applied, the section named (review G9)
        span, _, why = version.citation.partition(": ")
        candidates: tuple[TextVersion, ...] = getattr(version, "candidates", ())
        if candidates:  # either of two texts, which is UNVERIFIED (§ 1589 in 2009)
            names = [text_name(law, c).removeprefix(f"{law.citation} ") for c in candidates]
            return f"{law.citation} ({span}: {either(names)}" + (f"; {why})" if why else ")")
        short = law_short(law)  # not said twice: "§ 1591 (… : no version encoded)"
        why = why.replace(f"of {short} ", "").replace(f"{short} did not exist", "did not exist")
        return f"{law.citation} ({span[:1].lower()}{span[1:]}" + (f": {why})" if why else ")")
    label = f" {version.label.code}" if version.label is not None else ""
    start = version.in_force_from
    if law.enacted is not None and start == law.enacted:
        return f"{law.citation} as enacted {long_date(start)}{label}"
    unverified = getattr(version, "start_unverified", "")
    if unverified:  # the date it took this wording is not known (§ 1590(b))
        return f"{law.citation} ({unverified}){label}"
    return f"{law.citation} as amended {long_date(start)}{label}"


def law_short(law: Law) -> str:
    """``§ 30-52-1``, ``§ 1591``: how a law is named where the title is understood."""
    return "§ " + law.citation.rsplit("§", 1)[1].strip()


@cache  # the statute data's citations
def paragraph_short(citation: str) -> str:
    """``(A)(2)`` for ``30-52-1(A)(2)``; ``§ 30-52-1`` for the section itself (a question of
    its reach, no paragraph's); ``§ 1591(a)(1) minor`` for a federal prong."""
    if citation == "30-52-1":
        return "§ 30-52-1"
    if citation.startswith("30-52-1"):
        return citation.removeprefix("30-52-1")
    return citation.removeprefix("18 U.S.C. ")


NOTE_TITLES: dict[str, str] = {
    "jurisdiction": "who may prosecute (§ 30-52-1(B))",
    "other_offences": "other offenses (§ 30-52-1(D))",
    "victim_not_accessory": "a trafficking victim may not be charged as an accessory",
    "unit_of_prosecution": "separate counts (State v. Carson)",
    "knowledge_of_age": "belief about age decides nothing",
    "no_minor_variant_of_a3": "(A)(3) has no minor-only variant",
    "buyer": "whether a buyer's own purchase is reached (UNVERIFIED)",
    "verbs_not_covered": "conduct described by a verb the text does not have, and accessories",
    "facts_of_other_paragraphs": "facts stated on an act that decide nothing for it",
    "state_and_federal_facts_disagree": "state and federal facts of one act disagree",
    "federal_facts_contradict": "federal facts of one act contradict each other",
    "purpose_and_intent_in_tension": "(A)(1) and (A)(2) facts of one act pull against each other",
    "no_version_in_force": "an act dated before the text came into force",
    "date_unknown": "undated acts: the window applied",
    "date_assumed": "undated acts: the date assumed",
    "plain_age_at_every_act": "an age without the day it was stated",
    "leap_day_birthday": "the open 29 February point decides something here",
    "attempt": "§ 1594 attempt and conspiracy, not assessed",
    "conspiracy": "§ 1594 attempt and conspiracy, not assessed",
    "attempt_conspiracy_origin": "§ 1594 attempt and conspiracy, not assessed",
    "decoy": (
        "a person in fact 18 or older (e.g. a sting's decoy or officer) cannot be the minor of "
        "the completed offense"
    ),
    "text_caution": "cautions on the federal texts",
    "no_version_encoded": "no federal text encoded for an act's date",
    "texts_agree": "both texts of the period give the same result",
    "texts_differ": "the texts of the period give different results: each applied",
    "unverified": "open points (unverified)",
    "indian_country": "Indian country: who may prosecute",
    "limitation_period": "limitation periods",
    "safe_harbor": "safe harbor for a minor who is herself trafficked",
    "unanimity": "unanimity where several acts could support one count",
    "accessory": "persons who helped an act: accessories (§ 30-1-13)",
}
"""A note's kind in a few words, for the summary (the full text is one step away)."""


STATE_NOTE_TITLES: dict[str, str] = {
    "attempt": "attempt (§ 30-28-1), graded from the believed age",
    "conspiracy": "conspiracy (§ 30-28-2), graded one step down",
}
"""Titles of the New Mexico notes whose kind a federal note shares (§ 1594's attempt and
conspiracy): told apart by their citation."""


FEDERAL_NOTE_TITLES: dict[str, str] = {
    "knowledge_of_age": "belief about age: evidence, not decisive by itself (§ 1591)",
}
"""Titles of the federal notes whose kind a New Mexico note shares: told apart by their
citation (review V2 of session 8: State v. Jackson is the state's, not § 1591's; under § 1591 a
believed age is evidence on knowledge or reckless disregard of age)."""


BOTH_LAWS_TITLES: dict[str, str] = {
    "knowledge_of_age": "belief about age: not decisive",
}
"""One title for a kind's New Mexico and federal notes where both are among the notes (said
once): true of each law, and not "decides nothing" of the federal element."""


BESIDE_ATTEMPT_TITLES: dict[str, str] = {
    "knowledge_of_age": "belief about age decides nothing for the completed offense",
}
"""Titles said where the New Mexico attempt note ("graded from the believed age") is beside
them, so that the two do not read as contradicting each other (review A2)."""


@cache  # kinds and citations are the statute data's: a few dozen
def note_title(kind: str, citation: str | None, attempt: bool = False, both: bool = False) -> str:
    """A note in a few words: its kind's title (its citation, for a kind without one);
    ``attempt``: the New Mexico attempt note is among the notes; ``both``: the kind's New Mexico
    and federal notes are both among them (:data:`BOTH_LAWS_TITLES`)."""
    if citation is not None and citation.startswith("NMSA") and kind in STATE_NOTE_TITLES:
        return STATE_NOTE_TITLES[kind]
    federal = citation is not None and citation.startswith("18 U.S.C.")
    if attempt and not federal and kind in BESIDE_ATTEMPT_TITLES:
        return BESIDE_ATTEMPT_TITLES[kind]
    if both and not attempt and kind in BOTH_LAWS_TITLES:  # (beside the attempt, each its own)
        return BOTH_LAWS_TITLES[kind]
    if federal and kind in FEDERAL_NOTE_TITLES:
        return FEDERAL_NOTE_TITLES[kind]
    return NOTE_TITLES.get(kind, citation or kind.replace("_", " "))


@cache  # the registered laws: forgotten with the texts (``statute.caches.forget``)
def law(law_id: str) -> Law:
    """A law by its id (``nm_30_52_1``, ``usc_1591``, ...)."""
    from nm_trafficking import statute

    for each in (statute.NM, *statute.FEDERAL_LAWS):
        if each.id == law_id:
            return each
    raise KeyError(law_id)


def law_citation(law_id: str) -> str:
    """A law's full citation by its id: ``NMSA 1978, § 30-52-1``."""
    return law(law_id).citation


NO_PENALTY_GIVEN = "penalty not shown"
"""The first words of § 1591's penalty where no commercial sex act is at issue
(``reasoning.summary``; the text line says them alone, its why following)."""
