"""Limitation periods left alone in session 6 (reviews L3 and K4).

L3: a §§ 1589, 1590 act (or a § 1594(b) conspiracy) whose five years under 18 U.S.C. § 3282(a)
may have run before § 3298 came in (its enactment date NOT FOUND, believed 2008): § 3298 does
not revive a barred prosecution (Stogner [P], ``related-law-2026-12.md`` § 3.4), so either
period may apply and the shorter one is the deadline; nothing is said to have passed until
both have.

K4: a first degree § 30-52-1 act: none under § 30-1-8(I) if it is a 'first degree violent
felony' (undefined), otherwise the catch-all (H)'s three years, dated (§ 3.1).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render import memo

LABOR = {
    "labor": {
        "provided_or_obtained_labor_or_services": True,
        "labor_or_services_of_the_person": True,
    },
    "labor_means": {
        "force": True,
        "physical_restraint": False,
        "threats_of_physical_restraint": False,
        "serious_harm": False,
        "threats_of_serious_harm": False,
        "abuse_or_threatened_abuse_of_law_or_legal_process": False,
        "scheme_plan_or_pattern": False,
    },
}
"""Obtaining by force: § 1590 may be met on a 2002 date (no text of it encoded then)."""

A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _labor(day: str, birth: str = "1970-01-01", agreement: bool = False) -> Any:
    act: dict[str, Any] = {
        "id": "work",
        "actor": "E",
        "person": "W",
        "act": "obtaining",
        "date": day,
        "knowingly": True,
        "federal": LABOR,
    }
    if agreement:
        act["agreement"] = {"with_persons": ["F"], "to_commit_this_act": True}
    return nmt.from_dict(
        {
            "persons": [
                {"id": "E"},
                {"id": "F"},
                {"id": "W", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [act],
        }
    )


def test_a_1590_act_whose_five_years_ran_before_2009_has_both_periods() -> None:
    """1 June 2002: § 3282(a)'s five years ended 1 June 2007, possibly before § 3298 came in
    (believed 2008): the deadline is that day, not § 3298's 1 June 2012, and on 1 June 2009
    the count is not said to be out of time (§ 3298's ten years may apply: not passed)."""
    a = nmt.assess(_labor("2002-06-01"), today=date(2009, 6, 1), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert act.deadline == date(2007, 6, 1)
    assert [(p.citation, p.years, p.last_day, p.passed) for p in act.periods] == [
        ("18 U.S.C. § 3298", 10, date(2012, 6, 1), False),
        ("18 U.S.C. § 3282(a)", 5, date(2007, 6, 1), True),
    ]
    assert all(p.applies_if for p in act.periods)
    assert act.limitation_passed is None
    text = _norm(a.explain())
    assert (
        "§ 1590 to 1 June 2012 under § 3298 if it was in force before the five years under "
        "§ 3282(a) ran out (its enactment date is NOT FOUND), else to 1 June 2007 (passed) under "
        "§ 3282(a)" in text
    )
    assert "limitation period has passed" not in text
    full = _norm(a.explain(detail="full"))
    assert "it does not revive them (Stogner [P])" in full
    line = memo._expired(a.summary.pairs[0], {"usc_1590": "§ 1590"}, date(2009, 6, 1))
    assert line is not None and not line.startswith("Every")


def test_once_both_have_run_the_count_is_out_of_time() -> None:
    a = nmt.assess(_labor("2002-06-01"), today=date(2013, 6, 1), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert act.limitation_passed is True
    assert "the limitation period has passed" in _norm(a.explain())


def test_an_act_whose_five_years_ran_in_2009_or_later_keeps_3298_alone() -> None:
    """2 January 2004: the five years ended 2 January 2009, after § 3298 (believed 2008)."""
    a = nmt.assess(_labor("2004-01-02"), today=date(2009, 6, 1), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert act.deadline == date(2014, 1, 2)
    assert act.periods == []
    assert "§ 3282(a)" not in (act.limitation or "")


def test_a_child_victim_keeps_3283_beside_both() -> None:
    a = nmt.assess(_labor("2002-06-01", birth="1990-01-01"), today=date(2009, 6, 1), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert [p.kind for p in act.periods] == ["years", "years", "life"]
    text = _norm(a.explain())
    assert (
        "else to 1 June 2007 (passed) under § 3282(a), or for the child's life under § 3283 "
        "(whether § 3283 reaches the offense is open)" in text
    )


def test_a_1594b_conspiracy_of_2002_has_the_five_years_as_its_deadline() -> None:
    a = nmt.assess(_labor("2002-06-01", agreement=True), today=date(2009, 6, 1), law="federal")
    entry = a.summary.pairs[0].related_offenses[0]
    assert entry.citation == "18 U.S.C. § 1594(b)"
    assert entry.deadline == date(2007, 6, 1)
    assert entry.passed is None  # § 3298's ten years may apply
    assert (
        "at the latest to 1 June 2012 under § 3298 [S] if it was in force before the five years "
        "under § 3282(a) ran out (its enactment date is NOT FOUND), else at the latest to "
        "1 June 2007 (passed) under § 3282(a) [S]" in _norm(a.explain())
    )
    later = nmt.assess(_labor("2002-06-01", agreement=True), today=date(2013, 6, 1), law="federal")
    assert later.summary.pairs[0].related_offenses[0].passed is True


def _first_degree() -> Any:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "C", "roles": ["victim"], "birth_date": "2010-01-01"}],
            "conduct": [
                {
                    "id": "rc",
                    "actor": "D",
                    "person": "C",
                    "act": "recruiting",
                    "date": "2020-03-02",
                    **A2,
                }
            ],
        }
    )


def test_a_first_degree_act_names_the_catch_all_three_years() -> None:
    """§ 30-1-8(I) gives none for a 'first degree violent felony' (undefined); otherwise the
    quoted text gives a first degree felony no period of its own, and (H) three years."""
    a = nmt.assess(_first_degree(), today=date(2026, 12, 7), law="nm")
    act = a.summary.pairs[0].counts[0].laws["nm_30_52_1"]
    assert [(p.citation, p.kind, p.last_day, p.passed) for p in act.periods] == [
        ("NMSA 1978, § 30-1-8(I)", "none", None, False),
        ("NMSA 1978, § 30-1-8(H)", "years", date(2023, 3, 2), True),
    ]
    assert all(p.grade == "first_degree_felony" and p.applies_if for p in act.periods)
    assert act.deadline is None  # none may apply, as for § 3299's alternatives
    assert act.limitation_passed is None
    text = _norm(a.explain())
    assert (
        "§ 30-52-1 none under § 30-1-8(I) if it is a 'first degree violent felony', a term not "
        "defined in the sources read, else, on a reading, to 2 March 2023 (passed) under "
        "§ 30-1-8(H)" in text
    )
    # (H)'s period has run: the law's line says so, on the open point (review S2 of session 7)
    assert (
        "the limitation period has passed unless the offense is a 'first degree violent "
        "felony', an open point (unless tolled; check)" in text
    )
    full = _norm(a.explain(detail="full"))
    assert "three years under NMSA 1978, § 30-1-8(H) [S], to 2 March 2023" in full


def test_the_boundary_is_the_end_of_2008() -> None:
    """31 December 2003: the five years ended 31 December 2008, possibly before § 3298 (believed
    2008): both; 1 January 2004: they ended 1 January 2009, after it: § 3298 alone."""
    a = nmt.assess(_labor("2003-12-31"), today=date(2009, 6, 1), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert act.deadline == date(2008, 12, 31) and len(act.periods) == 2
    b = nmt.assess(_labor("2004-01-01"), today=date(2009, 6, 1), law="federal")
    act = b.summary.pairs[0].counts[0].laws["usc_1590"]
    assert act.deadline == date(2014, 1, 1) and act.periods == []


def test_the_timeline_gives_each_last_day_with_its_rule() -> None:
    """The timeline drew 1 June 2007 alone as § 1590's limitation (the earliest)."""
    from nm_trafficking.render import timeline

    a = nmt.assess(_labor("2002-06-01"), today=date(2009, 6, 1), law="federal")
    said = _norm(re.sub(r"<[^>]+>", " ", " ".join(timeline.svgs(a.summary))))
    assert "under § 3282(a), if § 3298 came in after the five years ran out" in said
    assert "under § 3298, if § 3298 was in force before the five years ran out" in said


def _memo_text(a: Any, pattern: Any) -> str:
    import html

    doc = memo.render(a, pattern=pattern)
    body = re.sub(r"<style>.*?</style>", " ", doc, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_the_memo_marks_the_catch_all_passed_and_a_shorter_period_as_such() -> None:
    """K4: (H)'s three years ended 2 March 2023: "(passed)" in the memo's table, as on the
    count line (the memo marked only the count's deadline, null here). L3: the conclusions
    list § 3282(a)'s five years as passed but say a longer period may apply."""
    pattern = _first_degree()
    said = _memo_text(nmt.assess(pattern, today=date(2026, 12, 7), law="nm"), pattern)
    assert "otherwise, on a reading, three years, to 2 March 2023 (passed), unless tolled" in said
    pattern = _labor("2002-06-01")
    said = _memo_text(nmt.assess(pattern, today=date(2009, 6, 1), law="federal"), pattern)
    assert (
        "Limitation periods passed (dated warnings, unless tolled; check): § 1590 for the "
        "obtaining of 1 June 2002 (to 1 June 2007; a longer period may apply: see the count)"
    ) in said


def _undated(birth: str) -> Any:
    act = {
        "id": "work",
        "actor": "E",
        "person": "W",
        "act": "obtaining",
        "knowingly": True,
        "federal": LABOR,
    }
    return nmt.from_dict(
        {
            "persons": [{"id": "E"}, {"id": "W", "roles": ["victim"], "birth_date": birth}],
            "conduct": [act],
        }
    )


def test_an_undated_act_that_may_be_before_2004_has_both_periods_undated() -> None:
    """Undated, the victim born in 1970: the act may be of 2001, its five years run out before
    § 3298 came in: both periods, neither dated (it said § 3298's ten years alone)."""
    a = nmt.assess(_undated("1970-01-01"), today=date(2009, 6, 1), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert [(p.citation, p.last_day, p.passed) for p in act.periods] == [
        ("18 U.S.C. § 3298", None, None),
        ("18 U.S.C. § 3282(a)", None, None),
    ]
    assert act.deadline is None and act.limitation_passed is None
    assert (
        "ten years under § 3298 if it was in force before the five years under § 3282(a) ran "
        "out (its enactment date is NOT FOUND), else five under § 3282(a), running from the "
        "act's date (not stated)" in _norm(a.explain())
    )


def test_an_undated_act_that_cannot_be_before_2005_keeps_3298_alone() -> None:
    """The victim born in 2005: the act is no earlier, its five years end in 2010 or later."""
    a = nmt.assess(_undated("2005-01-01"), today=date(2026, 12, 7), law="federal")
    act = a.summary.pairs[0].counts[0].laws["usc_1590"]
    assert "18 U.S.C. § 3282(a)" not in [p.citation for p in act.periods]
    assert "§ 3282(a)" not in (act.limitation or "")
