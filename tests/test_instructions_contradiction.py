"""The court form where an act's federal facts contradict each other (docs/federal.md, decision
18): a means stated known (or recklessly disregarded) to be used "to cause the person to engage
in a commercial sex act", and the commercial sex act stated not known (or neither known nor
disregarded). The element stays open, and its open line says it is open because the facts
contradict each other, in the words of the ``federal_facts_contradict`` note; the fact
contradicted rules out no alternative (neither side is preferred)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.cli import main
from nm_trafficking.render.instructions import DraftedElement, Instruction, court_form

TODAY = date(2026, 12, 7)
ADULT, MINOR = "1990-01-01", "2008-01-01"
NEITHER = {"knew": False, "reckless_disregard": False}
KNOWN_BOTH = {"knew_means_will_be_used": {"force": True}, "as_to_commercial_sex_act": NEITHER}
"""Force known to be used to cause a commercial sex act; one neither known nor disregarded."""
KNOWN_NOT_KNOWN = {
    "knew_means_will_be_used": {"force": True},
    "as_to_commercial_sex_act": {"knew": False},
}
"""Force known; the commercial sex act stated not known (reckless disregard not stated)."""
DISREGARDED = {
    "reckless_disregard_means_will_be_used": {"force": True},
    "as_to_commercial_sex_act": NEITHER,
}
"""Force only disregarded; the commercial sex act neither known nor disregarded."""
KNOWN_DISREGARDED = {
    "knew_means_will_be_used": {"force": True},
    "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": True},
}
"""Force known; the commercial sex act not known but disregarded (decides it, but advertising)."""


def _pattern(federal: dict[str, Any], act: str = "transporting", birth: str = ADULT) -> FactPattern:
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "W", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [
                {
                    "id": "o",
                    "actor": "D",
                    "person": "W",
                    "act": act,
                    "date": "2022-06-01",
                    "knowingly": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        **federal,
                    },
                }
            ],
        }
    )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _note(a: nmt.Assessment) -> str:
    """What the note says of the one act, without the act's name before it."""
    (finding,) = a.findings
    (note,) = [
        n for n in finding.jurisdictions["usc_1591"].notes if n.kind == "federal_facts_contradict"
    ]
    name, said = note.text.split(": ", 1)
    assert name.startswith("The ") and " of 1 June 2022" in name
    return said


def _element(pattern: FactPattern, key_words: str) -> DraftedElement:
    """The drafted element of § 1591(a)(1) whose text has ``key_words`` (the means, in the
    force, fraud or coercion prong; the commercial sex act, in the minor prong)."""
    (element,) = [
        e
        for i in _instructions(pattern)
        if i.citation == "18 U.S.C. § 1591(a)(1)"
        for e in i.elements
        if key_words in e.text
    ]
    return element


def _instructions(pattern: FactPattern) -> list[Instruction]:
    a = nmt.assess(pattern, today=TODAY, law="federal")
    return [i for p in court_form(a, pattern).pairs for i in p.instructions]


def _elements(pattern: FactPattern) -> list[DraftedElement]:
    return [e for i in _instructions(pattern) for e in i.elements]


MEANS_WORDS = "would be used to cause W to engage in a commercial sex act"
CSA_WORDS = "that W would be caused to engage in a commercial sex act"


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) force, fraud or coercion")
@pytest.mark.parametrize(
    ("federal", "act"),
    [
        (KNOWN_BOTH, "transporting"),
        (KNOWN_NOT_KNOWN, "transporting"),
        (DISREGARDED, "transporting"),
        (KNOWN_BOTH, "advertising"),
        (KNOWN_DISREGARDED, "advertising"),  # only knowledge serves, and it is contradicted
    ],
)
def test_the_open_means_element_says_the_facts_contradict_each_other_in_the_notes_words(
    federal: dict[str, Any], act: str
) -> None:
    pattern = _pattern(federal, act)
    said = _note(nmt.assess(pattern, today=TODAY, law="federal"))
    element = _element(pattern, MEANS_WORDS)
    assert not element.established and element.open is not None
    # for advertising only knowledge serves, and the open line offers only it (review 9, f29)
    lead = "knowing that" if act == "advertising" else "knowing, or in"
    assert element.open.startswith(f"not established on the facts stated: {lead}")
    # the note's own words, whole: what is stated, what § 1591(a) asks, what it decides
    assert said.startswith("the facts contradict each other. D is stated to have")
    assert said.removesuffix(".") in element.open
    assert element.open.endswith(". Check the facts.")


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor")
def test_the_contradicted_knowledge_of_a_minors_commercial_sex_act_is_not_ruled_out() -> None:
    """Force known, the commercial sex act stated not known: knowledge is contradicted, so it
    is left undetermined in the minor prongs too (the note says so) — the form keeps it among
    the alternatives and says why the element is open, never "the facts stated rule out
    knowledge"."""
    pattern = _pattern(KNOWN_NOT_KNOWN, birth=MINOR)
    said = _note(nmt.assess(pattern, today=TODAY, law="federal"))
    assert "knowledge (of the means and of a commercial sex act) is left undetermined" in said
    element = _element(pattern, CSA_WORDS)
    assert element.text.startswith("the defendant knew, or was in reckless disregard of the fact,")
    assert element.open is not None and "rule out" not in element.open
    assert said.removesuffix(".") in element.open


@pytest.mark.statute("18 U.S.C. § 1591(a)(1) minor")
def test_a_fact_the_contradiction_leaves_standing_still_rules_out_its_alternative() -> None:
    """Force only disregarded, the commercial sex act neither known nor disregarded: the
    reckless disregard is contradicted (left open), the knowledge stated absent is not."""
    pattern = _pattern(DISREGARDED, birth=MINOR)
    said = _note(nmt.assess(pattern, today=TODAY, law="federal"))
    assert (
        "reckless disregard (of the means and of a commercial sex act) is left undetermined" in said
    )
    element = _element(pattern, CSA_WORDS)
    assert element.text == (
        "the defendant was in reckless disregard of the fact that W would be caused to engage in "
        "a commercial sex act"
    )
    assert element.open is not None
    assert "; the facts stated rule out knowledge; the facts contradict each other." in element.open
    assert said.removesuffix(".") in element.open


def test_no_contradiction_no_such_words_and_one_that_decides_leaves_nothing_open() -> None:
    plain = _pattern({})  # nothing stated of the means: open, for want of facts
    known_sex_act = _pattern({"as_to_commercial_sex_act": {"knew": False}}, birth=MINOR)
    decided = _pattern(KNOWN_DISREGARDED)  # at least reckless disregard: met
    for pattern in (plain, known_sex_act, decided):
        opened = [e.open for e in _elements(pattern) if e.open]
        assert not any("contradict" in o for o in opened), opened
    assert _element(decided, MEANS_WORDS).established


def test_the_cli_form_names_the_contradiction_on_the_open_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    path = tmp_path / "case.json"
    path.write_text(_pattern(KNOWN_BOTH).model_dump_json(exclude_unset=True))
    assert main(["assess", str(path), "--format", "instructions", "--today", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    (means,) = [
        block
        for block in re.split(r"\n(?=      [A-Z][a-z]+, )", out)
        if MEANS_WORDS in _flat(block) and "Open:" in block
    ]
    opened = _flat(means.split("Open:", 1)[1])
    assert opened.startswith("not established on the facts stated:")
    assert "the facts contradict each other. D is stated to have known that a means" in opened
    assert "knowledge and reckless disregard are both left undetermined" in opened


@pytest.mark.statute("30-52-1(A)(1)")
def test_the_state_paragraphs_open_line_says_nothing_of_the_federal_facts() -> None:
    """§ 30-52-1(A)(1) has an element of the same name (force, fraud or coercion will be used)
    that no federal fact decides: its open line is as before."""
    # labor stated: a fact supports (A)(1), which is drafted (review 9)
    pattern = _pattern(KNOWN_BOTH).with_fact("conduct.o.to_subject_to.labor", True)
    a = nmt.assess(pattern, today=TODAY)
    (pair,) = court_form(a, pattern).pairs
    (a1,) = [i for i in pair.instructions if i.citation == "NMSA 1978, § 30-52-1(A)(1)"]
    opened = [e.open for e in a1.elements if e.open]
    assert opened and not any("contradict" in o or "§ 1591" in o for o in opened), opened


@pytest.mark.statute("18 U.S.C. § 1591(a)(2) force, fraud or coercion")
def test_benefiting_from_a_venture_that_advertised_gets_the_advertising_words() -> None:
    """Benefiting from a venture whose act was advertising: only knowledge serves, as for the
    advertising itself, and the open line says what the note says of it."""
    venture = {"venture": {"act": "advertising", "benefit_from_participation": True}}
    pattern = _pattern({**KNOWN_DISREGARDED, **venture}, act="benefiting")
    said = _note(nmt.assess(pattern, today=TODAY, law="federal"))
    assert "The act is advertising, for which only knowledge serves" in said
    (element,) = [
        e
        for i in _instructions(pattern)
        if i.citation == "18 U.S.C. § 1591(a)(2)"
        for e in i.elements
        if MEANS_WORDS in e.text
    ]
    assert element.open is not None and said.removesuffix(".") in element.open
