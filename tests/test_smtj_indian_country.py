"""Review G (session 6), finding 6: § 1591's jurisdiction element met only by a stated special
maritime and territorial jurisdiction (SMTJ) at an act in Indian country. The federal reference
(§ 3.7) says "Indian country is not the same thing as the special maritime and territorial
jurisdiction" and that on tribal land the commerce limb is presumably the route, as its own
analysis, UNVERIFIED: § 1591's line says to check the stated fact, with that label."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt

ROOT = Path(__file__).resolve().parents[1]
FEDERAL = ROOT.parent / "shared" / "statute" / "federal-18-usc-1589-1590-1591.md"
TODAY = date(2026, 12, 7)
CHECK = "Check: the jurisdiction element rests on the stated special maritime and territorial"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _line(act: dict[str, Any], where: dict[str, Any], law: str = "all") -> str:
    """P recruits Q (15) on 1 May 2023, knowing her age; § 1591's line's reason."""
    federal = {"jurisdiction": where, "as_to_age": {"knew": True},
               "as_to_commercial_sex_act": {"knew": True}}  # fmt: skip
    conduct = {"id": "rec", "actor": "P", "person": "Q", "act": "recruiting",
               "date": "2023-05-01", "knowingly": True, "federal": federal, **act}  # fmt: skip
    persons = [{"id": "P"}, {"id": "Q", "birth_date": "2008-01-01"}]
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": [conduct]}), today=TODAY, law=law)
    (pair,) = a.summary.pairs
    (s1591,) = [x for x in pair.laws if x.law == "usc_1591"]
    return _norm(s1591.why or "")


SMTJ = {"within_special_maritime_and_territorial_jurisdiction": True}
INDIAN = {"in_indian_country": True}


@pytest.mark.skipif(not FEDERAL.exists(), reason="shared/statute reference not beside the repo")
def test_the_caution_is_the_federal_reference_s_own_analysis_labelled_unverified() -> None:
    source = _norm(FEDERAL.read_text(encoding="utf-8"))
    assert "Indian country is not the same thing as the special maritime and territorial " \
        "jurisdiction; for conduct on tribal land in New Mexico the commerce limb is presumably " \
        "the route" in source  # fmt: skip
    assert "own analysis, **UNVERIFIED**" in source


@pytest.mark.parametrize("law", ["all", "federal"])
def test_smtj_stated_in_indian_country_is_to_be_checked_on_the_first_screen(law: str) -> None:
    said = _line(INDIAN, SMTJ, law)
    assert (
        f"{CHECK} jurisdiction, but the recruiting of 1 May 2023 took place in Indian country"
        in said
    )
    assert "(the federal reference's own analysis, UNVERIFIED)" in said
    assert "commerce limb is presumably the route" in said


def test_no_caution_where_the_element_does_not_rest_on_smtj_in_indian_country() -> None:
    assert CHECK not in _line({}, SMTJ)  # an enclave: nothing says Indian country
    assert CHECK not in _line({"in_indian_country": None}, SMTJ)
    both = {**SMTJ, "in_or_affecting_interstate_or_foreign_commerce": True}
    assert CHECK not in _line(INDIAN, both)  # commerce carries the element
    assert CHECK not in _line(INDIAN, {"in_or_affecting_interstate_or_foreign_commerce": None})
    # § 1591 not met (the recruiting not knowing): nothing rests on the element
    assert CHECK not in _line({**INDIAN, "knowingly": False}, SMTJ)
