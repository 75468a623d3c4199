"""The court form names the accessories the assessment finds, and says why no instruction is
drafted for them (review 10: helpers found "met" in the summary and the memo were absent from
the court form without a word)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import nm_trafficking as nmt
from nm_trafficking.render.instructions import court_form, render

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)


def _form(law: str = "all") -> tuple[str, str | None]:
    pattern = nmt.load(ROOT / "examples" / "accessory_room_booker.yaml")
    a = nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]
    return render(a, pattern), court_form(a, pattern).accessories


def test_each_helper_met_or_open_is_named_with_why_none_is_drafted() -> None:
    text, line = _form()
    assert line is not None
    assert " ".join(line.split()) in " ".join(text.split())  # the text form says it too
    assert "H (met on the facts stated) for D's act toward V" in line
    assert "L (open on the facts stated) for D's act toward V" in line
    assert "UJI 14-2822" in line and "NMSA 1978, § 30-1-13 [S]" in line


def test_federal_only_names_18_usc_2_and_nothing_of_the_state() -> None:
    _text, line = _form("federal")
    assert line is not None
    assert "18 U.S.C. § 2(a) [S]" in line and "§ 30-1-13" not in line and "UJI" not in line


def test_no_line_without_a_helper_who_may_be_an_accessory() -> None:
    pattern = nmt.load(ROOT / "examples" / "a2_social_media_15.yaml")
    a = nmt.assess(pattern, today=TODAY)
    assert court_form(a, pattern).accessories is None
    assert "Accessories, not drafted" not in render(a, pattern)
    helper_false = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "H"}, {"id": "V", "age": 15}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2021-09-10",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "accessories": [
                        {"person": "H", "procured": False, "counselled": False,
                         "aided": False, "abetted": False}
                    ],
                }
            ],
        }
    )  # fmt: skip
    b = nmt.assess(helper_false, today=TODAY)
    assert court_form(b, helper_false).accessories is None
