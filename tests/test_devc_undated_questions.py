"""An undated act whose date decides which § 1591 text applies: its date is asked, and beside
it the elements still open under every text (commerce, the commercial sex act, ...), as a dated
act's are (the last session's closing note: only the date was asked)."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.reasoning import acts, jurisdictions
from nm_trafficking.rules.engine import Engine
from nm_trafficking.statute.usc_18.s1591 import USC_1591
from tests.federal_strategies import MEANS

TODAY = date(2026, 12, 7)


def _pattern(
    born: str | None = "2012-05-05", age: int | None = None, **federal: Any
) -> nmt.FactPattern:
    """D recruits V on no stated date, knowing V's age; ``federal``: the other federal facts
    (none given: commerce and the commercial sex act not stated)."""
    person: dict[str, Any] = {"id": "V"}
    if born is not None:
        person["birth_date"] = born
    if age is not None:
        person["age"] = age
    return nmt.FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, person],
            "conduct": [
                {
                    "id": "c",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "knowingly": True,
                    "federal": {"as_to_age": {"knew": True}, **federal},
                }
            ],
        }
    )


def _questions(pattern: nmt.FactPattern, law: str = "federal") -> list[Any]:
    a = nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]
    return [q for q in a.summary.needed if q.law == "usc_1591"]


def test_the_date_and_the_elements_open_under_every_text_are_asked() -> None:
    """Born 2012: every § 1591 text since has "recruits" and the minor prong; the bands the
    texts give differ over the days (the date matters), and commerce and the commercial sex act
    are open under every one of them."""
    ctxs = acts.contexts(_pattern(), today=TODAY)
    verdict = jurisdictions.verdicts(USC_1591, ctxs, Engine())[0]
    assert jurisdictions.date_matters(verdict) and verdict.status == "undetermined"
    asked = _questions(_pattern())
    by_element = {q.element: q for q in asked}
    assert asked[0].element == "date"
    assert {"jurisdiction", "commercial_sex_act"} <= set(by_element)
    # the element questions name the act by its verb, as undated
    assert by_element["jurisdiction"].text.startswith("Was the undated recruiting in or affecting")
    assert "when recruiting V (date not stated)" in by_element["commercial_sex_act"].text
    # the date once: not again as the text-in-force element
    assert [q.text.startswith("When did") for q in asked].count(True) == 1
    assert "in_force" not in by_element
    # what every text decides alike is not asked (the age: under 18 on every possible day)
    assert "under_eighteen" not in by_element


def test_a_plain_age_asks_the_date_only() -> None:
    """A plain age runs the possible days back before § 1591 existed: the undated period,
    whose only element is the text that applies — the date, asked once."""
    asked = _questions(_pattern(born=None, age=12))
    assert [q.element for q in asked] == ["date"]


def _met_pattern(**federal: Any) -> nmt.FactPattern:
    """Born 2012, recruited on no stated date, every element of (a)(1) minor stated: met under
    the 2008, 2015 and current texts alike; only the band is open."""
    return _pattern(
        jurisdiction={"in_or_affecting_interstate_or_foreign_commerce": True},
        as_to_commercial_sex_act={"knew": True},
        **federal,
    )


def test_an_undated_act_s_open_band_is_asked_as_the_facts_it_turns_on() -> None:
    """Every § 1591 text the act may fall under turns (b) on the same facts (the means, the
    age, "recruited" listed): asked as those facts, not "What fixes the penalty ...?"."""
    a = nmt.assess(_met_pattern(), today=TODAY, law="federal")
    j = a.findings[0].jurisdictions["usc_1591"]
    assert j.status == "met" and len(j.texts) == 3
    assert sorted(j.counts[0].penalty.possible) == ["(b)(1)", "(b)(2)"]
    asked = [q for q in a.summary.needed if q.law == "usc_1591"]
    assert [q.element for q in asked] == ["grade", "victim_age"]
    means, age = asked
    assert means.text.startswith(
        "Was the undated recruiting effected by means of force, threats of force, fraud or "
        "coercion? If so, the penalty is 18 U.S.C. § 1591(b)(1)"
    )
    # the age over every day the act may have taken place on (all three texts' days)
    assert age.text == (
        "How old was V at the undated recruiting? The facts give the age as 0 to 14: the "
        "penalty under § 1591 turns on it (unless the offense was effected by the means, "
        "§ 1591(b)(1) if under 14, § 1591(b)(2) if 14 to 17)."
    )
    assert not any("What fixes the penalty" in q.text for q in a.summary.needed)


def test_the_means_stated_false_leave_the_age_alone() -> None:
    none = dict.fromkeys(MEANS, False)
    a = nmt.assess(_met_pattern(offense_effected_by=none), today=TODAY, law="federal")
    asked = [q for q in a.summary.needed if q.law == "usc_1591"]
    assert [q.element for q in asked] == ["victim_age"]
    assert asked[0].text.endswith("(§ 1591(b)(1) if under 14, § 1591(b)(2) if 14 to 17).")
