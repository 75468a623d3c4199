"""The court form (``--format instructions``) after review Z2 of session 8 (an AAG reading the
form alone), finding 5: the form drafted counts whose limitation period had passed with no word
of it, though it gave a conspiracy's period. Under every drafted instruction the form now gives
the act's limitation period under the instruction's law, in the words of the summary's count
line (one source: the periods are not worked out again), its last day marked "(passed)" or
"(the last day is today)", "unless tolled; check". Finding 6's form side: where one defendant
does the same act to two victims on the same day, each instruction names its victim."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.render import summary_text
from nm_trafficking.render.instructions import Instruction, court_form, render
from tests.documents import EXAMPLES

TODAY = date(2026, 12, 7)
LEAD = "Limitation (unless tolled; check): "


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assess(doc: dict[str, Any], **kw: Any) -> tuple[nmt.Assessment, nmt.FactPattern]:
    pattern = nmt.from_dict(doc)
    return nmt.assess(pattern, today=TODAY, **kw), pattern


def _drafted(a: nmt.Assessment, pattern: nmt.FactPattern) -> list[Instruction]:
    return [i for p in court_form(a, pattern).pairs for i in p.instructions]


def _one(drafted: list[Instruction], law: str, act: str) -> Instruction:
    found = [i for i in drafted if i.law == law and i.act == act]
    assert len(found) == 1, [(i.law, i.act) for i in drafted]
    return found[0]


# --- z13: a § 30-52-1 count whose five years have passed; § 1589's ten years running ---------

SERVANT = {
    "persons": [
        {"id": "E", "roles": ["trafficker"]},
        {"id": "H", "roles": ["victim"], "age": 41, "age_on": "2017-01-10"},
    ],
    "conduct": [
        {
            "id": "obtain",
            "actor": "E",
            "person": "H",
            "act": "obtaining",
            "date": "2017-01-10",
            "knowingly": True,
            "means_will_be_used": {"coercion": True},
            "to_subject_to": {"services": True},
            "federal": {
                "labor": {
                    "labor_or_services_of_the_person": True,
                    "provided_or_obtained_labor_or_services": True,
                    "for_labor_or_services": True,
                },
                "labor_means": {"abuse_or_threatened_abuse_of_law_or_legal_process": True},
            },
        }
    ],
}


def test_a_passed_state_period_is_said_under_the_drafted_count() -> None:
    """An adult victim: a third degree felony, five years under § 30-1-8(B) from 10 January
    2017, so the last day was 10 January 2022, before the assessment: "(passed)". § 1589 is
    ten years under § 3298: 10 January 2027, running (no mark)."""
    a, pattern = _assess(SERVANT)
    drafted = _drafted(a, pattern)
    act = "obtaining H on 10 January 2017"
    state = _one(drafted, "nm_30_52_1", act)
    assert state.limitation == (f"{LEAD}§ 30-52-1 to 10 January 2022 (passed) under § 30-1-8(B).")
    labor = _one(drafted, "usc_1589", act)
    assert labor.limitation == f"{LEAD}§ 1589 to 10 January 2027 under § 3298."
    text = render(a, pattern)
    # said under the instruction's head, before its elements
    head = text.index("Obtaining H on 10 January 2017: met on the facts stated")
    assert text.index(state.limitation, head) < text.index("the elements are:", head)


# --- z27: two counts across the 16th birthday; the graver one barred ----------------------

ACROSS_16 = {
    "persons": [
        {"id": "P", "roles": ["trafficker"]},
        {"id": "V", "roles": ["victim"], "birth_date": "2005-01-10"},
    ],
    "conduct": [
        {
            "id": "first",
            "actor": "P",
            "person": "V",
            "act": "recruiting",
            "date": "2020-06-01",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        },
        {
            "id": "second",
            "actor": "P",
            "person": "V",
            "act": "transporting",
            "date": "2021-12-20",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        },
    ],
}


def test_each_count_has_its_own_period() -> None:
    """V aged 15 on 1 June 2020: a second degree felony, six years under § 30-1-8(A), ended
    1 June 2026 (passed); aged 16 on 20 December 2021: third degree, five years under
    § 30-1-8(B), to 20 December 2026 (running)."""
    a, pattern = _assess(ACROSS_16, law="nm")
    drafted = _drafted(a, pattern)
    first = _one(drafted, "nm_30_52_1", "recruiting V on 1 June 2020")
    second = _one(drafted, "nm_30_52_1", "transporting V on 20 December 2021")
    assert first.limitation == f"{LEAD}§ 30-52-1 to 1 June 2026 (passed) under § 30-1-8(A)."
    assert second.limitation == f"{LEAD}§ 30-52-1 to 20 December 2026 under § 30-1-8(B)."


def test_the_federal_sections_drafted_carry_theirs() -> None:
    """§ 1591 (a minor): no period under § 3299, said under each § 1591 instruction."""
    a, pattern = _assess(ACROSS_16)
    federal = [i for i in _drafted(a, pattern) if i.law == "usc_1591"]
    assert federal
    assert {i.limitation for i in federal} == {f"{LEAD}§ 1591 none under § 3299."}


# --- the last day is today ------------------------------------------------------------------


def test_a_period_ending_today_is_marked_so() -> None:
    """An adult victim obtained on 7 December 2021 by coercion: five years to 7 December 2026,
    the day of the assessment."""
    doc = {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "W", "roles": ["victim"], "age": 30, "age_on": "2021-12-07"},
        ],
        "conduct": [
            {
                "id": "o",
                "actor": "D",
                "person": "W",
                "act": "obtaining",
                "date": "2021-12-07",
                "knowingly": True,
                "means_will_be_used": {"coercion": True},
                "to_subject_to": {"services": True},
            }
        ],
    }
    a, pattern = _assess(doc, law="nm")
    state = _one(_drafted(a, pattern), "nm_30_52_1", "obtaining W on 7 December 2021")
    assert state.limitation == (
        f"{LEAD}§ 30-52-1 to 7 December 2026 (the last day is today) under § 30-1-8(B)."
    )


# --- the summary is the one source ---------------------------------------------------------


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_drafted_instruction_gives_the_summarys_period(path: Any) -> None:
    """Each project example: every instruction drafted for an act under a law carries that
    law's period, named after the law; the summary's count line for the pair has the law and
    that period (the form adds no period of its own)."""
    pattern = nmt.load(path)
    a = nmt.assess(pattern, today=TODAY)
    names = summary_text.law_names()
    for form in court_form(a, pattern).pairs:
        line = {
            (c.conduct, law): summary_text.limitation(c, names, TODAY)
            for p in a.summary.pairs
            if (p.defendant, p.victim) == (form.defendant, form.victim)
            for c in p.counts
            for law in c.laws
        }
        for i in form.instructions:
            assert i.limitation is not None, (path.name, i.act, i.law)
            said = i.limitation.removeprefix(LEAD).removesuffix(".")
            assert said.startswith(names[i.law] + " ")
            period = said.removeprefix(names[i.law] + " ")  # (the summary may join two laws)
            assert any(period in x and names[i.law] in x for x in line.values()), (
                path.name,
                i.act,
                said,
            )


# --- finding 6: the same verb and day toward two victims ----------------------------------


def test_each_instruction_names_its_victim() -> None:
    """T obtained S1 (aged 11) and S2 (aged 14) on 4 July 2024: each instruction names the
    victim in its act and its first element."""
    act = {
        "actor": "T",
        "act": "obtaining",
        "date": "2024-07-04",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    doc = {
        "persons": [
            {"id": "T", "roles": ["trafficker"]},
            {"id": "S1", "roles": ["victim"], "birth_date": "2013-01-01"},
            {"id": "S2", "roles": ["victim"], "birth_date": "2010-03-01"},
        ],
        "conduct": [{"id": "o1", "person": "S1", **act}, {"id": "o2", "person": "S2", **act}],
    }
    a, pattern = _assess(doc, law="nm")
    for victim in ("S1", "S2"):
        i = _one(_drafted(a, pattern), "nm_30_52_1", f"obtaining {victim} on 4 July 2024")
        assert i.elements[0].text == f"the defendant knowingly obtained {victim}"
