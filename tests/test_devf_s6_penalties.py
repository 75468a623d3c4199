"""Session 6, review G and I: the federal penalty's floor, order and words.

- I3: a met § 1591 count whose band is open between (b)(1) and (b)(2) carries at least (b)(2)
  whichever applies: the pair's floor is (b)(2), as the state's floor of an act whose grade is
  open is the least serious of its grades; with "no punishment stated" also possible, none.
- I4: a count with no text applied for its date says so, never "none" (no penalty).
- G11/F12: two texts of § 1589 give their bands per text, most serious first within each.
- G13: bands most serious first in the side-by-side lines.
- G14: the jurisdiction element's reason reads as English.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import FactPattern

TODAY = date(2026, 12, 7)


def _doc(conduct: dict[str, Any], birth: str, law: str = "federal") -> dict[str, Any]:
    pattern = FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "V", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [{"id": "o", "actor": "D", "person": "V", "knowingly": True, **conduct}],
        }
    )
    doc: dict[str, Any] = json.loads(
        nmt.assess(pattern, today=TODAY, law=law).to_json(detail="full")
    )
    return doc


def _law(doc: dict[str, Any], law: str) -> dict[str, Any]:
    (pair,) = doc["summary"]["pairs"]
    found: dict[str, Any] = next(x for x in pair["laws"] if x["law"] == law)
    return found


def _count(doc: dict[str, Any], law: str) -> dict[str, Any]:
    (pair,) = doc["summary"]["pairs"]
    (count,) = pair["counts"]
    found: dict[str, Any] = count["laws"][law]
    return found


_MINOR_OBSERVED = {
    "act": "obtaining",
    "date": "2024-12-07",
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": False, "reckless_disregard": False},
        "reasonable_opportunity_to_observe": True,
        "as_to_commercial_sex_act": {"knew": True},
    },
}
"""A 17-year-old obtained for a commercial sex act, with only a reasonable opportunity to
observe her (§ 1591(c)): (a)(1) minor met; (b)(1) if the offense was effected by the means,
else (b)(2) — not stated (review I, q08)."""


def test_a_met_count_with_its_band_open_fixes_the_least_serious_band_as_floor() -> None:
    doc = _doc(_MINOR_OBSERVED, "2006-12-08")
    law = _law(doc, "usc_1591")
    assert law["status"] == "met"
    assert law["grading"]["possible"] == ["(b)(1)", "(b)(2)"]
    assert law["grading"]["floor"] == "(b)(2)"
    assert law["grading"]["certain"] is None
    (finding,) = doc["findings"]
    penalty = finding["jurisdictions"]["usc_1591"]["penalty"]
    assert penalty["floor"] == "(b)(2)" and penalty["band"] is None
    assert penalty["status"] == "undetermined"


def test_no_floor_when_no_punishment_stated_is_also_possible() -> None:
    # an adult by force known, whether the offense was effected by the means not stated:
    # (b)(1) or "no punishment stated" (decision 12): nothing is certainly carried
    adult = {
        "act": "obtaining",
        "date": "2022-06-01",
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "knew_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    law = _law(_doc(adult, "1990-01-01"), "usc_1591")
    assert law["status"] == "met"
    assert law["grading"]["floor"] is None
    assert law["grading"].get("none_stated_possible") is True


def test_an_open_count_fixes_no_floor() -> None:
    # § 1589 undetermined (no labor fact): its bands are "if established", no floor
    law = _law(_doc(_MINOR_OBSERVED, "2006-12-08"), "usc_1589")
    assert law["status"] == "undetermined" and law["grading"]["floor"] is None


def test_a_count_with_no_text_for_its_date_says_so_not_none() -> None:
    # 1 June 2005: no text of § 1591 is encoded for the date (reference § 2.3)
    undated_text = {**_MINOR_OBSERVED, "date": "2005-06-01"}
    doc = _doc(undated_text, "1988-12-08")
    count = _count(doc, "usc_1591")
    assert count["status"] == "undetermined" and count["possible"] == []
    assert count["words"] != "none"
    assert "no punishment can be stated" in count["words"]
    assert "no text" in count["words"]
    # a count that meets nothing still says none
    assert _count(doc, "usc_1590")["status"] in ("not_met", "undetermined")


_WINDOW_1589 = {
    "act": "benefiting",
    "date": "2009-08-01",
    "benefit": {"financially": True},
    "benefit_from": {"labor": True},
    "federal": {
        "venture": {
            "participated": True,
            "benefit_from_participation": True,
            "engaged_in_labor_or_services_by_1589_means": True,
            "as_to_labor_means": {"knew": False, "reckless_disregard": True},
        }
    },
}
"""Review G, g17: a § 1589 act in the 2008 window, judged under the 2000 and 2008 texts."""


def test_two_texts_bands_are_said_per_text_most_serious_first() -> None:
    doc = _doc(_WINDOW_1589, "1985-01-01")
    words = _law(doc, "usc_1589")["grading"]["words"]
    concluding = "§ 1589 (2000), concluding provisions: "
    life = "up to life if death results or a listed aggravation"
    assert f"{concluding}{life}, or up to 20 years [P]; or § 1589(d): {life}" in words
    assert words.count(concluding) == 1 and words.count("§ 1589(d)") == 1
    # the field keeps its order: most serious first
    assert _law(doc, "usc_1589")["grading"]["possible"] == [
        "aggravated",
        "(d) aggravated",
        "base",
        "(d) base",
    ]
    assert _count(doc, "usc_1589")["words"] == "possible: " + words.removeprefix("if established: ")


def test_side_by_side_bands_most_serious_first() -> None:
    doc = _doc(_MINOR_OBSERVED, "2006-12-08")
    (finding,) = doc["findings"]
    (line,) = [x for x in finding["side_by_side"] if "§ 1591(a)(1)" in x]
    assert "leave open" in line
    assert line.index("§ 1591(b)(1)") < line.index("§ 1591(b)(2)")


def test_neither_commerce_nor_maritime_reads_as_english() -> None:
    neither = {
        **_MINOR_OBSERVED,
        "federal": {
            **_MINOR_OBSERVED["federal"],  # type: ignore[dict-item]
            "jurisdiction": {
                "in_or_affecting_interstate_or_foreign_commerce": False,
                "within_special_maritime_and_territorial_jurisdiction": False,
            },
        },
    }
    doc = _doc(neither, "2006-12-08")
    text = json.dumps(doc)
    assert "neither in or affecting" not in text
    assert "not in or affecting interstate or foreign commerce, nor within the special" in text
