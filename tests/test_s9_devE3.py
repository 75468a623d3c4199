"""Session 9, helper E (third task): a federal helper's "punishable as a principal under …"
list puts the sections at issue by the pair's own rule (``needed.unasked``): an indicator about
the victim's work on file puts §§ 1589 and 1590 at issue for the helper as it does for the
pair's questions."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 8)

SEX_ACT: dict[str, Any] = {
    "persons": [
        {"id": "T", "roles": ["trafficker"]},
        {"id": "H", "roles": ["other"]},
        {"id": "A", "roles": ["victim"], "birth_date": "1997-03-03"},
    ],
    "conduct": [
        {
            "id": "rec",
            "actor": "T",
            "person": "A",
            "act": "recruiting",
            "date": "2019-09-12",
            "knowingly": True,
            "means_will_be_used": {"fraud": True},
            "to_subject_to": {"commercial_sexual_activity": True},
            "federal": {
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                "knew_means_will_be_used": {"fraud": True},
                "as_to_commercial_sex_act": {"knew": True},
            },
            "accessories": [
                {"person": "H", "aided": True, "intended_that_the_offense_be_committed": True}
            ],
        }
    ],
}

LABOR_SEEN = [
    {"id": "o1", "indicator": "coercion.debt_bondage", "actor": "T", "person": "A"},
    {"id": "o2", "indicator": "coercion.wages_unpaid_or_tips_only", "actor": "T", "person": "A"},
]


def _assess(observations: list[dict[str, Any]]) -> nmt.Assessment:
    data = copy.deepcopy(SEX_ACT)
    if observations:
        data["observations"] = observations
    return nmt.assess(nmt.from_dict(data), today=TODAY, law="federal")


def _helper(result: nmt.Assessment) -> str:
    (helper,) = result.summary.federal_accessories
    return helper.words


def _pair_asks_1589(result: nmt.Assessment) -> bool:
    return any(q.law == "usc_1589" for q in result.summary.needed)


def test_labor_indicators_toward_the_victim_put_1589_and_1590_at_issue_for_the_helper() -> None:
    """Debt bondage and unpaid wages on file toward A: the pair asks the §§ 1589/1590
    questions, so the helper's line names them too (after § 1591, which the act meets); it
    read "under § 1591" alone."""
    result = _assess(LABOR_SEEN)
    assert _pair_asks_1589(result)
    assert _helper(result).startswith(
        "H may be punishable as a principal (18 U.S.C. § 2(a) [S]) under § 1591 (or §§ 1589 "
        "or 1590, if the act aided meets one) for T's recruiting of A on 12 September 2019"
    ), _helper(result)


def test_without_them_the_helper_line_names_1591_alone_as_the_pair_asks_1591_alone() -> None:
    result = _assess([])
    assert not _pair_asks_1589(result)
    words = _helper(result)
    assert " under § 1591 for T's recruiting" in words, words
    assert "1589" not in words


def test_an_indicator_about_someone_elses_work_does_not_put_them_at_issue() -> None:
    """The indicator is about H's work, not A's: neither the pair nor the helper line asks."""
    seen = [{**o, "person": "H"} for o in LABOR_SEEN]
    result = _assess(seen)
    assert not _pair_asks_1589(result)
    assert "1589" not in _helper(result)
