"""A prosecutor's review of the court form and the notes (session 5, helper G): the court form
names the attempt and the conspiracy the summary works out, and why no instruction is drafted
for them; the (D) note labels each related statute as the reference does; a person in fact 18 or
older is not called a decoy; the 29 February open point is said once, naming its acts; the
accessory note quotes § 30-52-1(E) after its citation and says a barred helper *would be* an
accessory; reasons name the actor ("T did not act knowingly") and their paragraphs alike."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.render.instructions import court_form, render
from nm_trafficking.statute.v2008.d_other_offences import RELATED_OFFENCES

TODAY = date(2026, 12, 7)

BELIEVED_17 = {
    "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": "2002-07-04"}],
    "conduct": [
        {
            "id": "recruit",
            "actor": "D",
            "person": "V",
            "act": "recruiting",
            "date": "2020-07-04",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "believed_age": 17,
        }
    ],
}
"""Recruited on her 18th birthday, believed 17 (review pattern p23): no completed offense of
(A)(2); an attempt at a third degree felony, itself a fourth degree felony (§ 30-28-1(C))."""


def _with(doc: dict[str, Any], **conduct: Any) -> dict[str, Any]:
    return {**doc, "conduct": [{**doc["conduct"][0], **conduct}]}


AGREED_14 = {
    "persons": [{"id": "D1"}, {"id": "D2"}, {"id": "V", "roles": ["victim"], "age": 14}],
    "conduct": [
        {
            "id": "recruit",
            "actor": "D1",
            "person": "V",
            "act": "recruiting",
            "date": "2024-03-03",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "agreement": {"with_persons": ["D2"], "to_commit_this_act": True},
        }
    ],
}

STING_AGREED = {
    "persons": [{"id": "D1"}, {"id": "D2"}, {"id": "O", "roles": ["other"], "age": 28}],
    "conduct": [
        {
            "id": "entice",
            "actor": "D1",
            "person": "O",
            "act": "enticing",
            "date": "2025-05-05",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "believed_age": 13,
            "agreement": {"with_persons": ["D2"], "to_commit_this_act": True},
        }
    ],
}


def _assess(doc: dict[str, Any], law: str = "nm") -> tuple[nmt.FactPattern, Any]:
    pattern = nmt.from_dict(doc)
    return pattern, nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- 1. the court form names attempts and conspiracies ---------------------------------------


def test_a_stings_attempt_is_named_in_the_court_form_and_why_it_is_not_drafted() -> None:
    """In a sting the attempt is the only charge the facts support: the form said nothing of
    it. The grade is the summary's (§ 30-28-1(C): an attempt at a third degree felony)."""
    pattern, a = _assess(BELIEVED_17)
    text = _flat(render(a, pattern))
    assert (
        "Attempt (NMSA 1978, § 30-28-1(C) [S]) at the recruiting of 4 July 2020, not drafted: "
        "no New Mexico uniform jury instruction for it is among the sources." in text
    )
    assert (
        "a fourth degree felony (basic sentence 18 months [S]), graded from the believed age (17)"
        in text
    )
    (pair,) = court_form(a, pattern).pairs
    assert len(pair.related) == 1 and pair.related[0].startswith("Attempt (")
    # the summary's line and the form's line give the same grade
    (line,) = a.summary.pairs[0].related
    assert "a fourth degree felony" in line


def test_a_conspiracy_is_named_in_the_court_form_with_who_agreed() -> None:
    pattern, a = _assess(AGREED_14)
    text = _flat(render(a, pattern))
    assert (
        "Conspiracy (NMSA 1978, § 30-28-2(B)(2) [S]), not drafted: no New Mexico uniform jury "
        "instruction for it is among the sources." in text
    )
    assert "D1 knowingly combined with D2 to commit the recruiting of 3 March 2024 (stated)" in text
    assert "conspir" in text.lower() and "Related offense —" not in text


def test_a_sting_with_an_agreement_names_both_and_no_uji_text_is_invented() -> None:
    pattern, a = _assess(STING_AGREED)
    form = court_form(a, pattern)
    pair, party = form.pairs  # D2, who agreed and did nothing himself, has his section too
    assert [r.split(" ", 1)[0] for r in pair.related] == ["Attempt", "Conspiracy"]
    assert (party.defendant, party.instructions) == ("D2", ())
    assert [r.split(" ", 1)[0] for r in party.related] == ["Conspiracy"]
    text = render(a, pattern)
    assert "UJI 14-28" not in text  # no uniform instruction number the sources do not have
    assert "First, the defendant" not in text  # nothing drafted for either


def test_no_related_line_without_a_sting_or_an_agreement() -> None:
    pattern, a = _assess(_with(BELIEVED_17, believed_age=None))
    text = render(a, pattern).lower()
    assert "attempt" not in text and "conspir" not in text
    assert all(not p.related for p in court_form(a, pattern).pairs)


# --- 2. the (D) note's labels are the reference's --------------------------------------------


def test_the_d_note_labels_attempt_and_conspiracy_as_the_reference_does() -> None:
    """related-law-2026-12.md § 2.1: § 30-28-1 is [S] from current code mirrors (the same as
    the old copy), and a court cites (B) as "(1963)" [P]; § 2.2: § 30-28-2 [S], cited
    "(1979)" [P]. No label may say "only in an old secondary copy"."""
    said = " ".join(RELATED_OFFENCES)
    assert "old secondary copy" not in said
    attempt = next(r for r in RELATED_OFFENCES if "30-28-1" in r)
    assert "[S], current code mirrors" in attempt and "'(1963)' [P]" in attempt
    conspiracy = next(r for r in RELATED_OFFENCES if "30-28-2" in r)
    assert "[S]" in conspiracy and "'(1979)' [P]" in conspiracy
    # what the reference did not find is said so, not given a year as if read
    for section in ("30-6A-4", "30-9-2", "30-9-4 ", "30-9-4.1"):
        entry = next(r for r in RELATED_OFFENCES if f"§ {section}" in r + " ")
        assert "NOT FOUND" in entry, entry
    _, a = _assess(BELIEVED_17)
    d_note = next(n for n in a.finding("D", "V").notes if n.kind == "other_offences")
    assert "a court cites subsection (B) as '(1963)' [P]" in d_note.text


# --- 3. a person in fact 18 or older is not called a decoy -------------------------------


def test_a_real_adult_believed_a_minor_is_not_headed_as_a_decoy() -> None:
    _, a = _assess(BELIEVED_17, law="all")
    titles = [n.title for n in a.summary.notes]
    assert not any(t.startswith("a decoy") for t in titles), titles
    (decoy,) = [n for n in a.summary.notes if n.kind == "decoy"]
    assert decoy.title.startswith("a person in fact 18 or older (e.g. a sting's decoy or officer)")
    assert "D believed V to be under 18" in decoy.text
    assert "V was in fact 18 or older" in decoy.text


# --- 4. the 29 February open point once ---------------------------------------------------


LEAP = {
    "persons": [
        {"id": "D"},
        {"id": "A", "roles": ["victim"], "birth_date": "2004-02-29"},
        {"id": "B", "roles": ["victim"], "birth_date": "2000-02-29"},
        {"id": "C", "roles": ["victim"], "birth_date": "2004-02-29"},
    ],
    "conduct": [
        {
            "id": "a13",
            "actor": "D",
            "person": "A",
            "act": "recruiting",
            "date": "2017-02-28",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        },
        {
            "id": "b18",
            "actor": "D",
            "person": "B",
            "act": "recruiting",
            "date": "2018-02-28",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        },
        {  # 2020 is a leap year: C was 15, whatever the reading (the point decides nothing)
            "id": "c16",
            "actor": "D",
            "person": "C",
            "act": "recruiting",
            "date": "2020-02-28",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        },
    ],
}


def test_the_29_february_open_point_is_said_once_naming_its_acts() -> None:
    """Review p05: the open point was printed in full once per act."""
    _, a = _assess(LEAP)
    text = _flat(a.explain(detail="elements"))
    notes = text.split("Notes in full:", 1)[1]
    assert notes.count("no New Mexico source settles whether a person born on 29 February") == 1
    leap = [n for n in a.summary.notes if n.kind == "leap_day_birthday"]
    said = [n for n in leap if "no New Mexico source settles" in n.text]
    assert len(said) == 1 and said[0].concerns == ["D and A", "D and B"]
    acts = {tuple(n.concerns): n.text for n in leap if n is not said[0]}
    assert acts == {
        ("D and A",): "The 29 February open point matters at the recruiting of 28 February 2017.",
        ("D and B",): "The 29 February open point matters at the recruiting of 28 February 2018.",
    }


def test_with_one_pair_the_open_point_and_its_act_are_one_note() -> None:
    one = {**LEAP, "persons": LEAP["persons"][:2], "conduct": LEAP["conduct"][:1]}
    _, a = _assess(one)
    (leap,) = [n for n in a.summary.notes if n.kind == "leap_day_birthday"]
    assert leap.text.startswith("Open point: no New Mexico source settles")
    assert leap.text.endswith("matters at the recruiting of 28 February 2017.")


# --- 5. § 30-52-1(E) quoted after its citation; "would be an accessory" --------------------


HELPERS = {
    "persons": [
        {"id": "D"},
        {"id": "K", "roles": ["victim"], "age": 20},
        {"id": "H"},
        {"id": "V", "roles": ["victim"], "birth_date": "2012-06-01"},
    ],
    "conduct": [
        {
            "id": "control_k",
            "actor": "D",
            "person": "K",
            "act": "obtaining",
            "date": "2024-11-01",
            "knowingly": True,
            "means_will_be_used": {"force": True},
            "to_subject_to": {"commercial_sexual_activity": True},
        },
        {
            "id": "drive",
            "actor": "D",
            "person": "V",
            "act": "transporting",
            "date": "2025-01-10",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "accessories": [
                {"person": "H", "aided": True, "intended_that_the_offense_be_committed": True},
                {"person": "K", "abetted": True, "intended_that_the_offense_be_committed": True},
            ],
        },
    ],
}


def test_the_accessory_note_quotes_e_after_its_citation_and_a_barred_helper_would_be_one() -> None:
    _, a = _assess(HELPERS)
    note = next(n for n in a.finding("D", "V").notes if n.kind == "accessory")
    text = _flat(note.text)
    assert "30-52-1(E): “In a prosecution pursuant to this section" in text
    assert not re.search(r"(: |\. )E\. In a prosecution", text)  # the letter never reads as K's
    assert "K would be an accessory to D's transporting of V" in text
    assert "K is an accessory" not in text
    assert "H is an accessory to D's transporting of V" in text  # not barred: as before
    (k,) = [x for x in a.summary.accessories if x.helper == "K"]
    assert k.words.startswith("K would be an accessory")


# --- 6. reasons: the actor as subject; paragraphs named alike ------------------------------


TAXI = {
    "persons": [{"id": "T"}, {"id": "V", "roles": ["victim"], "age": 15}],
    "conduct": [
        {
            "id": "ride",
            "actor": "T",
            "person": "V",
            "act": "transporting",
            "date": "2022-04-02",
            "knowingly": False,
        }
    ],
}


@pytest.mark.parametrize("law", ["nm", "all"])
def test_not_knowingly_names_the_actor(law: str) -> None:
    _, a = _assess(TAXI, law=law)
    text = _flat(a.explain(detail="elements"))
    assert "the conduct was not done knowingly" not in text
    assert "§ 30-52-1: NOT MET — T did not act knowingly ((A)(1), (A)(2) and (A)(3))" in text
    if law == "all":
        assert "§ 1591: NOT MET — T did not act knowingly" in text
        assert "§ 1589: NOT MET — T did not act knowingly" in text
        assert "§ 1590: NOT MET — T did not act knowingly" in text


def test_a_verb_of_no_paragraph_names_the_paragraphs_as_the_other_reasons_do() -> None:
    doc = {
        "persons": [{"id": "L"}, {"id": "M", "roles": ["victim"], "age": 15}],
        "conduct": [
            {
                "id": "cash",
                "actor": "L",
                "person": "M",
                "act": "benefiting",
                "date": "2023-05-01",
                "knowingly": True,
                "benefit": {"financially": True},
                "benefit_from": {"commercial_sexual_activity": True},
                "means_was_used": {"force": False, "fraud": False, "coercion": False},
            }
        ],
    }
    _, a = _assess(doc)
    line = _flat(a.explain())
    assert "30-52-1(A)(1) and 30-52-1(A)(2)" not in line
    assert "which is not one of the five verbs ((A)(1) and (A)(2))" in line
