"""Review B2 / A2 (helper G, third round): a child victim's §§ 1589/1590 limitation is not
reported as passed while § 3283 (the child's life, whether it reaches these offenses open) may
apply; a period whose last day is the day of the assessment says so."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render import memo
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.statute.related import limitation

TODAY = date(2026, 12, 7)

NO_AGGRAVATION = {
    "death_results": False,
    "kidnapping": False,
    "attempt_to_kidnap": False,
    "aggravated_sexual_abuse": False,
    "attempt_to_commit_aggravated_sexual_abuse": False,
    "attempt_to_kill": False,
}


def _labor(victim: dict[str, Any]) -> Any:
    """O obtained C's labor on 1 June 2012 by threats of serious harm (review B2's n11)."""
    return nmt.assess(
        nmt.from_dict(
            {
                "persons": [{"id": "O", "roles": ["trafficker"]}, {"id": "C", **victim}],
                "conduct": [
                    {
                        "id": "obtain",
                        "actor": "O",
                        "person": "C",
                        "act": "obtaining",
                        "date": "2012-06-01",
                        "knowingly": True,
                        "federal": {
                            "labor": {"labor_or_services_of_the_person": True},
                            "labor_means": {"threats_of_serious_harm": True},
                            "aggravation": NO_AGGRAVATION,
                        },
                    }
                ],
            }
        ),
        today=TODAY,
        law="federal",
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_child_victims_1589_period_is_not_passed_while_3283_may_reach_it() -> None:
    a = _labor({"birth_date": "1997-01-01"})  # 15 at the act
    (pair,) = a.summary.pairs
    (c,) = pair.counts
    act = c.laws["usc_1589"]
    # § 3298's ten years have run, but § 3283 (the child's life) may apply: not known
    assert act.limitation_passed is None
    assert [(p.citation, p.kind, p.passed) for p in act.periods] == [
        ("18 U.S.C. § 3298", "years", True),
        ("18 U.S.C. § 3283", "life", None),
    ]
    assert act.periods[0].last_day == date(2022, 6, 1)
    assert act.deadline is None  # no period certainly ends (as § 3299's before 27 July 2006)
    assert act.periods[1].applies_if == "if § 3283 reaches it (open)"
    assert act.periods[0].applies_if == "if § 3283 does not reach it"
    text = _flat(render_summary_text(a.summary))
    assert (
        "§ 1589 and § 1590 to 1 June 2022 (passed) under § 3298, or for the child's life under "
        "§ 3283 (whether § 3283 reaches the offense is open)"
    ) in text
    assert "the limitation period has passed" not in text
    # § 3283 quoted verbatim (the reference's § 3.3) in the full note
    note = " ".join(n.text for n in a.summary.notes if "§ 3298" in n.text)
    assert f"'{limitation.S_3283}'" in note
    html = memo.render(a)
    assert "Every limitation period has passed" not in html


def test_an_adult_victims_1589_period_is_3298_alone() -> None:
    a = _labor({"birth_date": "1990-01-01"})  # 22 at the act
    act = a.summary.pairs[0].counts[0].laws["usc_1589"]
    assert act.limitation_passed is True and act.periods == []
    assert "§ 3283" not in _flat(render_summary_text(a.summary))


def test_a_victim_who_may_have_been_under_18_gets_3283_on_that_condition() -> None:
    a = _labor({"age": 17, "age_on": "2012-01-01"})  # 17 or 18 on 1 June 2012
    act = a.summary.pairs[0].counts[0].laws["usc_1589"]
    assert act.limitation_passed is None
    assert [p.kind for p in act.periods] == ["years", "life"]
    assert "C was under 18 at the act" in (act.periods[1].applies_if or "")


def test_a_period_ending_on_the_day_of_the_assessment_says_the_last_day_is_today() -> None:
    a = nmt.assess(
        nmt.from_dict(
            {
                "persons": [
                    {"id": "D", "roles": ["trafficker"]},
                    {"id": "A", "roles": ["victim"], "age": 30, "age_on": "2021-01-01"},
                ],
                "conduct": [
                    {
                        "id": "a",
                        "actor": "D",
                        "person": "A",
                        "act": "recruiting",
                        "date": "2021-12-07",
                        "knowingly": True,
                        "means_will_be_used": {"fraud": True},
                        "to_subject_to": {"labor": True},
                    }
                ],
            }
        ),
        today=TODAY,
        law="nm",
    )
    text = _flat(render_summary_text(a.summary))
    assert "§ 30-52-1 to 7 December 2026 (the last day is today) under § 30-1-8(B)" in text
    assert "to 7 December 2026 (the last day is today)" in memo.render(a)
