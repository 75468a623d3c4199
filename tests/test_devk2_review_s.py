"""Review S of session 7 (a New Mexico Assistant Attorney General deciding whether to charge).

S7: in Indian country, the question of who is an Indian never contradicts the § 30-52-1 line:
where the actor's status is stated, the person's does not decide the State's jurisdiction, only
whether the Federal Government (and the Tribe) share it (related-law-2026-12.md § 5).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
MOVE = {
    "id": "move",
    "actor": "D",
    "person": "V",
    "act": "transporting",
    "date": "2026-02-11",
    "knowingly": True,
    "means_will_be_used": {"force": True},
    "to_subject_to": {"commercial_sexual_activity": True},
    "in_indian_country": True,
    "county": "Sandoval",
}
ACT = "The transporting of 11 February 2026 is stated to have taken place in Indian country"


def _indian(d: bool | None, v: bool | None) -> nmt.Assessment:
    persons: list[dict[str, Any]] = [{"id": "D"}, {"id": "V", "age": 19}]
    for p, status in zip(persons, (d, v), strict=True):
        if status is not None:
            p["indian"] = status
    pattern = nmt.from_dict({"persons": persons, "conduct": [MOVE]})
    return nmt.assess(pattern, today=TODAY, law="nm")


def _asked(a: nmt.Assessment) -> list[str]:
    return [" ".join(q.text.split()) for q in a.summary.needed if q.element == "indian_country"]


STATUSES = (True, False, None)


@pytest.mark.statute("30-52-1(B)")
@pytest.mark.parametrize("d", STATUSES)
@pytest.mark.parametrize("v", STATUSES)
def test_the_indian_question_agrees_with_the_line_in_every_row(
    d: bool | None, v: bool | None
) -> None:
    """Every row of the table (the actor's and the person's status, each stated true, false or
    not): a status stated is never asked; the person's status, asked where the actor's is
    stated, is never said to decide who may prosecute (review S7: the line has said the State's
    jurisdiction does not turn on it)."""
    asked = _asked(_indian(d, v))
    if d is not None and v is not None:
        assert asked == []
        return
    (q,) = asked
    if d is None and v is None:
        assert q == (
            f"Are D and V Indians? {ACT}, where that decides who may prosecute (see the "
            "Indian-country note)."
        )
    elif d is None:
        assert q == (
            f"Is D an Indian? {ACT}, where D's status decides whether the State has "
            "jurisdiction (see the Indian-country note)."
        )
    elif d is False:
        assert q == (
            f"Is V an Indian? {ACT}; D is stated not to be an Indian, so the State has "
            "jurisdiction either way: V's status decides only whether the Federal Government "
            "(and the Tribe) share it (see the Indian-country note)."
        )
    else:
        assert q == (
            f"Is V an Indian? {ACT}; D is stated to be an Indian, so the State may lack "
            "jurisdiction either way: V's status bears only on federal and Tribal jurisdiction "
            "(see the Indian-country note)."
        )
    if d is not None:
        assert "decides who may prosecute" not in q
