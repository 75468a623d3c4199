"""§ 1591(b)'s band rule stated once (``penalties.sex_trafficking_band``): the penalty of a count
and the questions of what is still needed read the same function, so they cannot part."""

from __future__ import annotations

from datetime import date

import pytest

import nm_trafficking as nmt
from nm_trafficking.reasoning import penalties
from nm_trafficking.statute.model import AgeAndMeansPenalty
from nm_trafficking.statute.usc_18.s1591 import USC_1591
from tests.test_federal_grid import _pattern as grid_pattern

TODAY = date(2026, 12, 7)


def _rule(version_id: str) -> AgeAndMeansPenalty:
    version = next(v for v in USC_1591.versions if v.id == version_id)
    rule = getattr(version, "penalty", None)
    assert isinstance(rule, AgeAndMeansPenalty)
    return rule


CURRENT = _rule("usc-1591-2018b")


@pytest.mark.parametrize(
    ("listed", "age", "effected", "band"),
    [
        # effected by means of force, threats of force, fraud or coercion: (b)(1), any verb, age
        (True, 30, True, "(b)(1)"),
        (False, 30, True, "(b)(1)"),
        # a verb (b) lists and a person under 14: (b)(1)
        (True, 13, False, "(b)(1)"),
        # not so effected, a listed verb, 14 to 17: (b)(2)
        (True, 14, False, "(b)(2)"),
        (True, 17, False, "(b)(2)"),
        # not so effected, and 18 or older, or a verb (b) does not list: none stated
        (True, 18, False, None),
        (False, 13, False, None),
        (False, 16, False, None),
    ],
)
def test_the_band_follows_the_text_first_match_wins(
    listed: bool, age: int, effected: bool, band: str | None
) -> None:
    found = penalties.sex_trafficking_band(CURRENT, listed, age, effected)
    assert (found.id if found is not None else None) == band


def test_a_verb_is_listed_as_the_text_lists_it_and_a_buyer_before_2015_on_obtaining() -> None:
    """§ 1591(b) lists no "maintained" (decision 12); before 29 May 2015 a buyer's patronizing
    is read on the theory that reaches it ("obtained", which (b) lists: decision 5)."""
    assert penalties.listed_in_b(CURRENT, "recruiting")
    assert not penalties.listed_in_b(CURRENT, "maintaining")
    assert penalties.listed_in_b(_rule("usc-1591-2008"), "patronizing")
    assert not penalties.listed_in_b(_rule("usc-1591-2008"), "advertising")


FEDERAL = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}
"""(a)(1) minor's facts all stated; whether the offense was effected by the means not."""


@pytest.mark.parametrize("act", ["recruiting", "maintaining"])
@pytest.mark.parametrize("age", [12, 15])
def test_the_count_and_the_question_read_the_same_rule(act: str, age: int) -> None:
    """Whether the offense was effected by the means not stated: the count's possible bands
    are the band if effected and the band if not (the function), and the question of the means
    says, if not, that same band (where it differs from (b)(1))."""
    a = nmt.assess(grid_pattern(act, date(2026, 6, 1), age, FEDERAL), today=TODAY, law="federal")
    (count,) = a.findings[0].jurisdictions["usc_1591"].counts
    listed = penalties.listed_in_b(CURRENT, act)
    if_not = penalties.sex_trafficking_band(CURRENT, listed, age, effected=False)
    expected = {"(b)(1)"} | ({if_not.id} if if_not is not None else set())
    assert set(count.penalty.possible) == expected
    assert count.penalty.none_stated_possible is (if_not is None)
    asked = [q for q in a.summary.needed if q.law == "usc_1591" and q.element == "grade"]
    if if_not is not None and if_not.id == "(b)(1)":  # (b)(1) either way: nothing to ask
        assert count.penalty.status == "determined" and not asked
        return
    (q,) = asked
    said = f"{if_not.citation}: {if_not.summary}" if if_not is not None else "states no punishment"
    assert said in q.text.partition("; if not, ")[2]
