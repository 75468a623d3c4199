"""Session 8, review Z2 (an AAG's charging screen): what a law's line says of its counts'
limitation periods and of § 30-52-1's first day.

- Z2-4: where one count's period has passed and another's still runs, the line says which has
  passed and the latest day a period runs to, with the counts' grades where they differ (the
  line's grade stays the law's, the most serious count's, which may be the barred one).
- Z2-7: a federal section met or open whose period runs gives its last day on its line where
  every § 30-52-1 period has passed (or none meets), or the day is within a year.
- Z2-9: an act dated in July 2008, the month § 30-52-1 is reported to have come into force
  (1 July 2008 used, "reported, not verified"), carries that label on the law's line where it
  meets or may meet § 30-52-1; the status stands (the source says to use that day).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)


def _text(doc: dict[str, Any], today: date = TODAY, law: str | None = None) -> str:
    kwargs: dict[str, Any] = {"today": today}
    if law is not None:
        kwargs["law"] = law
    result = nmt.assess(nmt.from_dict(doc), **kwargs)
    return " ".join(result.explain().split())


def _sex_act(act_id: str, actor: str, verb: str, day: str, **more: Any) -> dict[str, Any]:
    return {
        "id": act_id,
        "actor": actor,
        "person": "V",
        "act": verb,
        "date": day,
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        **more,
    }


def _across_sixteen() -> dict[str, Any]:
    """Review Z2's z27: the recruiting at 15 (second degree, six years: passed on 1 June 2026)
    and the transporting at 16 (third degree, five years: to 20 December 2026)."""
    return {
        "persons": [
            {"id": "P", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], "birth_date": "2005-01-10"},
        ],
        "conduct": [
            _sex_act("first", "P", "recruiting", "2020-06-01"),
            _sex_act("second", "P", "transporting", "2021-12-20"),
        ],
    }


def test_the_line_names_the_count_still_in_time_and_its_last_day() -> None:
    text = _text(_across_sixteen(), law="nm")
    # the grade is still the law's: the most serious count's
    assert "§ 30-52-1: MET ((A)(2)) — second degree felony (basic sentence 9 years [S]); " in text
    assert (
        "the limitation period has passed for the recruiting of 1 June 2020 (second degree) and "
        "runs to 20 December 2026 for the transporting of 20 December 2021 (third degree) "
        "(unless tolled; check)."
    ) in text


def test_the_same_clause_in_markdown_and_the_notebook_view() -> None:
    result = nmt.assess(nmt.from_dict(_across_sixteen()), today=TODAY, law="nm")
    said = "runs to 20 December 2026 for the transporting of 20 December 2021 (third degree)"
    assert said in " ".join(result.to_markdown().split())
    assert said in " ".join(result._repr_html_().split())


def test_every_count_in_time_says_nothing_of_the_period() -> None:
    # a day before the first period ends: neither has passed, the line stays as it was
    text = _text(_across_sixteen(), today=date(2026, 5, 1), law="nm")
    assert "runs to" not in text
    assert "has passed" not in text


def test_same_grade_counts_are_not_graded_in_the_clause() -> None:
    doc = _across_sixteen()
    doc["persons"][1] = {"id": "V", "roles": ["victim"], "age": 30, "age_on": "2020-06-01"}
    for act in doc["conduct"]:
        del act["will_be_caused_to_engage_in_commercial_sexual_activity"]
        act.update(means_will_be_used={"force": True}, to_subject_to={"services": True})
    # third degree both: five years, to 1 June 2025 and to 20 December 2026
    text = _text(doc, law="nm")
    assert (
        "the limitation period has passed for the recruiting of 1 June 2020 and runs to "
        "20 December 2026 for the transporting of 20 December 2021 (unless tolled; check)."
    ) in text


def _servant() -> dict[str, Any]:
    """Review Z2's z13: § 1589(a) met on the obtaining of 10 January 2017 (§ 3298: ten years,
    to 10 January 2027); § 30-52-1's five years passed on 10 January 2022."""
    return {
        "persons": [
            {"id": "E", "roles": ["trafficker"]},
            {"id": "H", "roles": ["victim"], "age": 41, "age_on": "2017-01-10"},
        ],
        "conduct": [
            {
                "id": "obtain",
                "actor": "E",
                "person": "H",
                "act": "obtaining",
                "date": "2017-01-10",
                "knowingly": True,
                "means_will_be_used": {"coercion": True},
                "to_subject_to": {"services": True},
                "federal": {
                    "labor": {
                        "labor_or_services_of_the_person": True,
                        "provided_or_obtained_labor_or_services": True,
                        "for_labor_or_services": True,
                    },
                    "labor_means": {"abuse_or_threatened_abuse_of_law_or_legal_process": True},
                },
            }
        ],
    }


def test_a_federal_line_met_gives_its_running_last_day_when_the_state_period_passed() -> None:
    text = _text(_servant())
    assert "§ 30-52-1: MET ((A)(1)) — third degree felony" in text
    assert "the limitation period has passed (unless tolled; check)." in text
    line = text[text.index("§ 1589: MET") : text.index("§ 1590:")]
    assert "limitation to 10 January 2027 under § 3298 (unless tolled; check)." in line
    # § 1590 open on the same act: the same day
    line = text[text.index("§ 1590: UNDETERMINED") : text.index("Count:")]
    assert "limitation to 10 January 2027 under § 3298 (unless tolled; check)." in line


def test_a_federal_line_gives_the_day_when_the_state_passed_though_it_is_years_away() -> None:
    text = _text(_servant(), today=date(2023, 6, 1))
    line = text[text.index("§ 1589: MET") : text.index("§ 1590:")]
    assert "limitation to 10 January 2027 under § 3298" in line


def test_a_federal_line_far_from_its_day_beside_a_running_state_period_says_nothing() -> None:
    text = _text(_servant(), today=date(2021, 6, 1))  # the state's five years run to 2022
    line = text[text.index("§ 1589: MET") : text.index("§ 1590:")]
    assert "limitation" not in line


def _first_day(day: str) -> dict[str, Any]:
    """Review Z2's z09 shape: one act, § 30-52-1 (A)(2) met on the facts, on ``day``."""
    return {
        "persons": [
            {"id": "R", "roles": ["recruiter"]},
            {"id": "V", "roles": ["victim"], "birth_date": "1995-07-01"},
        ],
        "conduct": [_sex_act("second", "R", "transporting", day)],
    }


def test_an_act_on_the_reported_first_day_carries_the_label_on_the_line() -> None:
    text = _text(_first_day("2008-07-01"), law="nm")
    assert "§ 30-52-1: MET ((A)(2)) — second degree felony" in text  # the status stands
    assert (
        "the transporting of 1 July 2008 rests on § 30-52-1 being in force that day: from "
        "1 July 2008, a date reported, not verified"
    ) in text


def test_an_act_later_in_july_2008_carries_it_too_not_one_in_august() -> None:
    assert "a date reported, not verified" in _text(_first_day("2008-07-20"), law="nm")
    assert "reported, not verified" not in _text(_first_day("2008-08-01"), law="nm")


def test_the_label_reads_alike_in_markdown_and_the_notebook_view() -> None:
    result = nmt.assess(nmt.from_dict(_first_day("2008-07-01")), today=TODAY, law="nm")
    said = "rests on § 30-52-1 being in force that day"
    assert said in " ".join(result.to_markdown().split())
    assert said in " ".join(result._repr_html_().split())
