"""Issue 20, item 1: the place of an act. A county of New Mexico (or outside New Mexico) is a
fact of each act; the § 30-52-1(B) note names the counties and says what the library does not
decide (venue, which district attorney, conduct outside the State); nothing else changes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern
from nm_trafficking.facts.place import COUNTIES, County
from nm_trafficking.reasoning.place_notes import NOT_DECIDED, OUTSIDE
from nm_trafficking.render.memo import render

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
PERSONS = [{"id": "D"}, {"id": "V", "birth_date": "2003-01-01"}]


def _pattern(*acts: dict[str, Any]) -> nmt.FactPattern:
    conduct = [{"actor": "D", "person": "V", **a} for a in acts]
    return nmt.from_dict({"persons": PERSONS, "conduct": conduct})


def _assess(*acts: dict[str, Any], **kw: Any) -> nmt.Assessment:
    return nmt.assess(_pattern(*acts), today=TODAY, **kw)


def _b_note(a: nmt.Assessment) -> str:
    (note,) = [n for n in a.finding("D", "V").notes if n.kind == "jurisdiction"]
    return str(note.text)


RECRUIT = {"id": "r", "act": "recruiting", "date": "2018-03-10", **A2}
DRIVE = {"id": "t", "act": "transporting", "date": "2018-04-02", **A2}
OBTAIN = {"id": "o", "act": "obtaining", "date": "2018-05-02", **A2}
ENTICE = {"id": "e", "act": "enticing", "date": "2018-06-02", **A2}


def test_the_33_counties_by_their_proper_names_and_outside_new_mexico() -> None:
    assert len(COUNTIES) == 33
    names = [c.value for c in COUNTIES]
    assert names == sorted(names, key=lambda n: n.replace(" ", "").casefold())  # letter by letter
    for name in ("Doña Ana", "De Baca", "McKinley", "Los Alamos", "Rio Arriba", "San Juan"):
        assert County(name) in COUNTIES
    assert [c for c in County if c not in COUNTIES] == [County.OUTSIDE_NEW_MEXICO]
    assert County.OUTSIDE_NEW_MEXICO.value == "outside New Mexico"


@pytest.mark.parametrize(
    ("written", "county"),
    [
        ("Bernalillo", County.BERNALILLO),
        ("santa fe", County.SANTA_FE),
        ("SAN MIGUEL", County.SAN_MIGUEL),
        ("Dona Ana", County.DONA_ANA),
        ("doña ana", County.DONA_ANA),
        ("Doña Ana County", County.DONA_ANA),
        ("mckinley", County.MCKINLEY),
        ("Outside New Mexico", County.OUTSIDE_NEW_MEXICO),
    ],
)
def test_a_county_is_read_whatever_its_case_and_dona_ana_without_the_tilde(
    written: str, county: County
) -> None:
    act = _pattern({**RECRUIT, "county": written}).conduct[0]
    assert act.county is county
    assert _pattern(RECRUIT).conduct[0].county is None  # absent: not stated


@pytest.mark.parametrize(
    ("written", "hint"),
    [("Bernalilo", "did you mean Bernalillo?"), ("Santa Fee", "did you mean Santa Fe?")],
)
def test_a_misspelt_county_is_refused_with_the_nearest_name(written: str, hint: str) -> None:
    with pytest.raises(InvalidFactPattern) as info:
        _pattern({**RECRUIT, "county": written})
    (error,) = info.value.errors
    assert error.loc == "conduct[0].county"
    assert error.message.startswith(f"not a county of New Mexico; {hint}")
    assert written not in error.message  # what was written is not repeated (privacy)
    assert "Value error" not in error.message


def test_a_name_near_no_county_is_refused_without_a_guess() -> None:
    for bad in ("Texas", 7, True):
        with pytest.raises(InvalidFactPattern) as info:
            _pattern({**RECRUIT, "county": bad})
        (error,) = info.value.errors
        assert error.loc == "conduct[0].county"
        assert "did you mean" not in error.message


@pytest.mark.statute("30-52-1(B)")
def test_the_b_note_names_the_counties_and_decides_no_venue() -> None:
    a = _assess(
        {**RECRUIT, "county": "Bernalillo"},
        {**DRIVE, "county": "Santa Fe"},
        {**OBTAIN, "county": "outside New Mexico"},
        ENTICE,
        law="nm",
    )
    text = _b_note(a)
    assert text.startswith(
        "Who may prosecute: 30-52-1(B): “The attorney general and the district attorney in the "
        "county of jurisdiction have concurrent jurisdiction to enforce the provisions of this "
        "section.”"
    )
    assert (
        "The acts are stated to have taken place in Bernalillo County (the recruiting of "
        "10 March 2018) and Santa Fe County (the transporting of 2 April 2018)." in text
    )
    assert (
        "Which county is 'the county of jurisdiction' (venue), and which district attorney "
        "serves it, are not decided here: neither is in the library's sources." in text
    )
    assert (
        "The obtaining of 2 May 2018 is stated to have taken place outside New Mexico. "
        "Whether New Mexico may prosecute conduct outside the State is not decided here" in text
    )
    assert "The place of the enticing of 2 June 2018 is not stated." in text
    assert "Indian" not in text


def test_two_acts_in_one_county_and_one_act_alone() -> None:
    both = _b_note(
        _assess({**RECRUIT, "county": "Doña Ana"}, {**DRIVE, "county": "dona ana"}, law="nm")
    )
    assert (
        "The acts are stated to have taken place in Doña Ana County (the recruiting of "
        "10 March 2018 and the transporting of 2 April 2018)." in both
    )
    assert "not stated" not in both and OUTSIDE not in both
    one = _b_note(_assess({**RECRUIT, "county": "Lea"}, law="nm"))
    assert "The act is stated to have taken place in Lea County (the recruiting of" in one


def test_only_outside_new_mexico_still_says_what_is_not_decided() -> None:
    text = _b_note(_assess({**RECRUIT, "county": "outside New Mexico"}, law="nm"))
    assert "stated to have taken place in" not in text
    assert NOT_DECIDED in text and OUTSIDE in text


def test_without_a_county_the_b_note_is_as_before() -> None:
    text = _b_note(_assess(RECRUIT, {**DRIVE, "place": "a motel"}, law="nm"))
    assert text == (
        "Who may prosecute: 30-52-1(B): “The attorney general and the district attorney in the "
        "county of jurisdiction have concurrent jurisdiction to enforce the provisions of this "
        "section.”"
    )


def test_the_place_and_indian_country_in_one_note() -> None:
    a = _assess(
        {**RECRUIT, "county": "McKinley", "in_indian_country": True},
        {**DRIVE, "county": "Bernalillo"},
        law="nm",
    )
    text = _b_note(a)
    assert "who is Indian decides whether the State has jurisdiction" in text
    assert (
        "McKinley County (the recruiting of 10 March 2018, in Indian country) and Bernalillo "
        "County (the transporting of 2 April 2018)" in text
    )
    assert any(n.kind == "indian_country" for n in a.finding("D", "V").notes)


def test_the_place_changes_no_status_grade_or_other_note() -> None:
    acts = (RECRUIT, DRIVE, {**OBTAIN, "means_will_be_used": {"force": True}})
    placed = [
        {**act, "county": county}
        for act, county in zip(acts, ("Taos", "Union", "outside New Mexico"), strict=True)
    ]
    plain = _assess(*acts).to_dict(detail="full")
    where = _assess(*placed).to_dict(detail="full")
    for doc in (plain, where):
        for pair in doc["summary"]["pairs"]:
            for count in pair["counts"]:
                count.pop("county")
        for f in doc["findings"]:
            f["notes"] = [n for n in f["notes"] if n["kind"] != "jurisdiction"]
        doc["summary"]["notes"] = [
            n for n in doc["summary"]["notes"] if n["kind"] != "jurisdiction"
        ]
        # an act outside New Mexico adds its own point of law (tested below); nothing else
        doc["summary"]["needed"] = [q for q in doc["summary"]["needed"] if q["element"] != "place"]
    assert where == plain


def test_the_summary_gives_each_act_its_county_in_json_and_in_words() -> None:
    a = _assess(
        {**RECRUIT, "county": "bernalillo"}, {**DRIVE, "county": "outside new mexico"}, ENTICE
    )
    doc = json.loads(a.to_json())
    assert doc["contract_version"] == nmt.CONTRACT_VERSION  # county: since 2.1.0
    counties = [c["county"] for c in doc["summary"]["pairs"][0]["counts"]]
    assert counties == ["Bernalillo", "outside New Mexico", None]
    text = a.explain()
    assert "- the recruiting of 10 March 2018 — in Bernalillo County — V aged 15" in text
    assert "- the transporting of 2 April 2018 — outside New Mexico — V aged 15" in text
    assert "- the enticing of 2 June 2018 — V aged 15" in text
    one = _assess({**RECRUIT, "county": "Sierra"}).explain()
    assert "Count: the recruiting of 10 March 2018 — in Sierra County — V aged 15" in one


def test_the_memo_states_each_acts_place() -> None:
    pattern = _pattern(
        {**RECRUIT, "county": "Bernalillo", "place": "a motel on Central Avenue"},
        {**DRIVE, "county": "outside New Mexico"},
        ENTICE,
    )
    doc = render(nmt.assess(pattern, today=TODAY), pattern=pattern)
    assert "D recruited V on 10 March 2018 in Bernalillo County." in doc
    assert "Where: a motel on Central Avenue" in doc
    assert "D transported V on 2 April 2018 outside New Mexico." in doc
    assert "D enticed V on 2 June 2018." in doc


def test_the_county_is_a_fact_of_the_published_input_schema() -> None:
    schema = json.loads((ROOT / "docs" / "schemas" / "fact-pattern.schema.json").read_text())
    assert schema["$defs"]["County"]["enum"] == [c.value for c in County]
    conduct = schema["$defs"]["Conduct"]["properties"]
    assert "county" in conduct and "place" in conduct


def test_an_act_outside_new_mexico_or_in_indian_country_leaves_who_may_prosecute_open() -> None:
    """A met count stated outside New Mexico is not "nothing more needed": whether New Mexico
    may prosecute it is a point of law the sources do not settle; one in Indian country asks
    the fact that decides between State, federal and Tribal jurisdiction."""
    a = _assess(
        {**RECRUIT, "county": "outside New Mexico"},
        {**DRIVE, "in_indian_country": True},
        OBTAIN,
        law="nm",
    )
    needed = {q.element: q for q in a.summary.needed}
    assert needed["place"].kind == "point_of_law" and needed["place"].conduct == "r"
    assert "outside New Mexico" in needed["place"].text
    assert needed["indian_country"].kind == "fact" and needed["indian_country"].conduct == "t"
    assert needed["indian_country"].text.startswith("Are D and V Indians?")
    plain = _assess(OBTAIN, law="nm")
    assert not [q for q in plain.summary.needed if q.element in ("place", "indian_country")]


def test_an_act_in_indian_country_outside_new_mexico_is_not_read_under_new_mexicos_cases() -> None:
    """Indian country in Arizona: the Indian-country note says its New Mexico authorities do not
    apply there; the (B) note names the act in a sentence of its own."""
    a = _assess({**RECRUIT, "county": "outside New Mexico", "in_indian_country": True}, law="nm")
    (indian,) = [n for n in a.finding("D", "V").notes if n.kind == "indian_country"]
    assert "the State in question is the one where the act took place" in indian.text
    assert (
        "the recruiting of 10 March 2018 (in Indian country) is stated to have taken place "
        "outside New Mexico" in _b_note(a).replace("The recruiting", "the recruiting")
    )
    home = _assess({**RECRUIT, "county": "McKinley", "in_indian_country": True}, law="nm")
    (note,) = [n for n in home.finding("D", "V").notes if n.kind == "indian_country"]
    assert "the State in question" not in note.text


def test_the_indian_country_note_stays_when_only_the_federal_sections_are_shown() -> None:
    """``law="federal"`` hides § 30-52-1's notes, but who is Indian decides federal and Tribal
    jurisdiction too (25 U.S.C. § 1304 names § 1591(a) conduct): that note stays (review)."""
    a = _assess({**RECRUIT, "in_indian_country": True}, DRIVE, law="federal")
    kinds = [n.kind for n in a.summary.notes]
    assert "indian_country" in kinds
    assert "jurisdiction" not in kinds  # the (B) note is § 30-52-1's alone
    assert "Indian country: who may prosecute" in a.explain()
    plain = _assess(RECRUIT, DRIVE, law="federal")
    assert "indian_country" not in [n.kind for n in plain.summary.notes]
