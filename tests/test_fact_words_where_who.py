"""The facts in words (the quiz, the classroom, the memo's facts) list an act's county, Indian
country, agreement and helpers when stated: the list is headed "a fact not listed is not known",
and a trainee read those facts as unknown (review: the new training scenarios)."""

from __future__ import annotations

from pathlib import Path

import nm_trafficking as nmt
from nm_trafficking.workbench.words import conduct_sentences

ROOT = Path(__file__).resolve().parents[1]


def _act(**facts: object) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "B"}, {"id": "H"}, {"id": "V", "age": 15}],
            "conduct": [{"id": "r", "actor": "D", "person": "V", "act": "recruiting", **facts}],
        }
    )


def test_each_stated_fact_of_place_agreement_and_help_is_said() -> None:
    pattern = _act(
        county="McKinley",
        in_indian_country=True,
        agreement={"with_persons": ["B"], "to_commit_this_act": True},
        accessories=[
            {"person": "H", "aided": True, "abetted": False, "description": "held the door"}
        ],
    )
    stated = conduct_sentences(pattern.conduct[0])["stated"]
    assert "County: McKinley." in stated
    assert "It took place in Indian country." in stated
    assert "D agreed with B to commit this act (stated)." in stated
    assert "H helped this act: held the door (stated: aided it; not stated: the intent)." in stated


def test_nothing_is_said_of_what_is_not_stated() -> None:
    stated = conduct_sentences(_act(accessories=[{"person": "H"}]).conduct[0])["stated"]
    assert stated == ["H is named as a helper of this act (not stated: the help and the intent)."]
    assert conduct_sentences(_act().conduct[0])["stated"] == []


def test_the_memo_gives_the_helpers_it_finds() -> None:
    from nm_trafficking.render.memo import render

    pattern = nmt.load(ROOT / "examples" / "accessory_room_booker.yaml")
    memo = render(nmt.assess(pattern), pattern=pattern)
    said = (
        "H helped this act: booked the motel rooms (stated: aided it and intended that the "
        "offense be committed)."
    )
    assert said in memo and memo.count("H helped this act") == 1
