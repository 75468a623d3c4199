"""Review Z1 R2 of session 8: a section not met gives the stated fact that defeats it, not a
purpose left unstated: a non-buyer's soliciting of a housekeeper in March 2015 (services
stated, commercial sexual activity not stated) is not met under § 1591 because soliciting is
not a verb of its 2008 text; where the purpose is stated to be labor, that stated purpose is
itself the reason, as before."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)


def _line(pattern: dict[str, Any]) -> str:
    a = nmt.assess(nmt.from_dict(pattern), today=TODAY)
    (pair,) = a.summary.pairs
    (law,) = [x for x in pair.laws if x.law == "usc_1591"]
    assert law.status == "not_met"
    return " ".join(a.explain().split())


def _housekeeper(**act: Any) -> dict[str, Any]:
    return {
        "persons": [{"id": "D", "roles": ["recruiter"]}, {"id": "V", "birth_date": "1985-06-01"}],
        "conduct": [
            {"id": "sol", "actor": "D", "person": "V", "act": "soliciting", "date": "2015-03-10",
             "knowingly": True, "means_will_be_used": {"force": False, "fraud": True}, **act}
        ],
    }  # fmt: skip


def test_a_verb_the_text_lacks_is_the_reason_not_an_unstated_purpose() -> None:
    text = _line(_housekeeper(to_subject_to={"services": True}))
    assert (
        "§ 1591: NOT MET — the conduct is soliciting, which is not a verb of § 1591(a)(1)" in text
    )
    assert "§ 1591: NOT MET — § 1591 reaches only a commercial sex act" not in text


def test_a_purpose_stated_to_be_labor_is_still_the_reason() -> None:
    text = _line(
        _housekeeper(
            to_subject_to={"services": True, "commercial_sexual_activity": False},
            will_be_caused_to_engage_in_commercial_sexual_activity=False,
        )
    )
    assert "§ 1591: NOT MET — § 1591 reaches only a commercial sex act; the facts state" in text
