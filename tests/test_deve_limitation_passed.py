"""Whether a count's limitation period has passed, machine-readable (contract 2.4.0):
``limitation_passed`` on each count under each law, and ``periods`` where more than one period
may apply; each period named with its provision in the words and the count lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import nm_trafficking as nmt
from nm_trafficking.statute.related import limitation

ROOT = Path(__file__).resolve().parents[1]
A1_ADULT = {
    "knowingly": True,
    "means_will_be_used": {"force": True},
    "to_subject_to": {"labor": True},
}
"""§ 30-52-1(A)(1) met toward an adult: a third degree felony, five years (§ 30-1-8(B))."""
AT_ISSUE = {
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_commercial_sex_act": {"knew": True},
        "labor": {"for_labor_or_services": True},
    }
}
"""Facts that put both kinds of federal trafficking at issue (a commercial sex act known:
§ 1591, the commerce fact alone no longer does, review S10 of session 7; for labor or
services: §§ 1589, 1590): a section no fact puts at issue gives no period on the first screen
(docs/federal.md, decision 19), so the periods are read where they are given."""


def _summary(
    victim: dict[str, Any], act: dict[str, Any], today: date, law: str = "all"
) -> dict[str, Any]:
    conduct = {"id": "c1", "actor": "D", "person": "V", "act": "recruiting", **act}
    pattern = nmt.from_dict(
        {"persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], **victim}], "conduct": [conduct]}
    )
    a = nmt.assess(pattern, today=today, law=law)  # type: ignore[arg-type]
    doc = json.loads(a.to_json())
    jsonschema.Draft202012Validator(nmt.output_schema("summary")).validate(doc)
    return doc["summary"]  # type: ignore[no-any-return]


def _count(summary: dict[str, Any], law: str) -> dict[str, Any]:
    return summary["pairs"][0]["counts"][0]["laws"][law]  # type: ignore[no-any-return]


def test_the_schema_publishes_the_flag_and_the_periods() -> None:
    schema = json.loads((ROOT / "docs/schemas/assessment.schema.json").read_text("utf-8"))
    assert schema == nmt.output_schema("summary")  # regenerated
    act = schema["$defs"]["ActUnderLaw"]
    assert "limitation_passed" in act["required"]  # always written, null when not known
    flag = act["properties"]["limitation_passed"]
    assert {t.get("type") for t in flag["anyOf"]} == {"boolean", "null"}
    assert "periods" not in act["required"]  # only where several periods may apply
    period = schema["$defs"]["LimitationPeriod"]
    assert set(period["required"]) == {"citation", "kind", "years", "last_day", "passed"}
    assert period["properties"]["kind"]["enum"] == ["years", "none", "open", "life"]  # § 3283
    assert period["additionalProperties"] is False


@pytest.mark.parametrize(
    ("today", "passed"),
    [
        (date(2020, 1, 1), False),
        (date(2023, 6, 1), False),  # the last day itself: not yet passed
        (date(2023, 6, 2), True),
    ],
)
def test_a_dated_count_before_and_after_its_last_day(today: date, passed: bool) -> None:
    s = _summary({"age": 30, "age_on": "2018-06-01"}, {"date": "2018-06-01", **A1_ADULT}, today)
    state = _count(s, "nm_30_52_1")
    assert state["grade"] == "third_degree_felony"
    assert state["deadline"] == "2023-06-01"  # five years, § 30-1-8(B)
    assert state["limitation_passed"] is passed
    assert "periods" not in state  # one period: limitation, deadline and the flag say it


def test_an_undated_count_is_not_known_never_false() -> None:
    s = _summary({"age": 30}, A1_ADULT, date(2026, 12, 1))
    state = _count(s, "nm_30_52_1")
    assert state["limitation"] is not None
    assert state["limitation_passed"] is None
    for law in ("usc_1590",):
        assert _count(s, law)["limitation_passed"] is None


def test_a_count_whose_grade_is_open_gives_each_grades_period() -> None:
    """Age not known: second degree (a minor, six years) or third degree (five years). On 1
    January 2024 the five years from 1 June 2018 have run, the six have not: not known which."""
    s = _summary({}, {"date": "2018-06-01", **A1_ADULT}, date(2024, 1, 1), law="nm")
    state = _count(s, "nm_30_52_1")
    assert state["limitation_passed"] is None
    periods = {p["grade"]: p for p in state["periods"]}
    assert periods["second_degree_felony"] == {
        "citation": "NMSA 1978, § 30-1-8(A)",
        "kind": "years",
        "years": 6,
        "last_day": "2024-06-01",
        "passed": False,
        "grade": "second_degree_felony",
    }
    third = periods["third_degree_felony"]
    assert (third["citation"], third["last_day"], third["passed"]) == (
        "NMSA 1978, § 30-1-8(B)",
        "2023-06-01",
        True,
    )


def test_no_period_under_3299_never_passes() -> None:
    s = _summary(
        {"age": 30, "age_on": "2018-06-01"}, {"date": "2018-06-01", **AT_ISSUE}, date(2026, 12, 1)
    )
    federal = _count(s, "usc_1591")
    assert federal["limitation"] == "no limitation period (18 U.S.C. § 3299 [S])"
    assert federal["limitation_passed"] is False
    assert "periods" not in federal


def test_1591_before_3299_names_both_periods_with_their_sections() -> None:
    """An act of 1 June 2005, before § 3299 (27 July 2006): no period if § 3299 reaches it,
    else five years under § 3282(a) [S] — which, the Act and Stogner decide."""
    s = _summary(
        {"age": 30, "age_on": "2005-06-01"}, {"date": "2005-06-01", **AT_ISSUE}, date(2026, 12, 1)
    )
    federal = _count(s, "usc_1591")
    words = federal["limitation"]
    assert "no limitation period (18 U.S.C. § 3299 [S])" in words
    assert "five years, to 1 June 2010, unless tolled (18 U.S.C. § 3282(a) [S])" in words
    assert federal["deadline"] is None  # no period certainly ends
    assert federal["limitation_passed"] is None  # it turns on which rule applies
    none, five = federal["periods"]
    assert (none["citation"], none["kind"], none["passed"]) == ("18 U.S.C. § 3299", "none", False)
    assert (five["citation"], five["years"], five["last_day"], five["passed"]) == (
        "18 U.S.C. § 3282(a)",
        5,
        "2010-06-01",
        True,
    )
    assert "§ 3299" in none["applies_if"] and "does not reach" in five["applies_if"]
    # before the five years ran out neither has passed
    early = _count(
        _summary(
            {"age": 30, "age_on": "2005-06-01"},
            {"date": "2005-06-01", **AT_ISSUE},
            date(2009, 1, 1),
            "federal",
        ),
        "usc_1591",
    )
    assert early["limitation_passed"] is False


def test_3282_a_is_quoted_verbatim_from_the_reference() -> None:
    reference = (ROOT.parent / "shared/statute/related-law-2026-12.md").resolve()
    if not reference.exists():
        reference = Path("/work/shared/statute/related-law-2026-12.md")
    flat = " ".join(reference.read_text("utf-8").split())
    assert f'§ 3282(a): "{limitation.S_3282_A}"' in flat


def _text(act: dict[str, Any], day: str, today: date) -> str:
    conduct = {"id": "w", "actor": "E", "person": "W", "date": day, "knowingly": True, **act}
    pattern = nmt.from_dict(
        {"persons": [{"id": "E"}, {"id": "W", "birth_date": "1980-01-01"}], "conduct": [conduct]}
    )
    return " ".join(nmt.assess(pattern, today=today, law="federal").explain().split())


def test_the_count_line_in_the_2008_window_names_each_period_with_its_section() -> None:
    """An act of 1 May 2009 (the 2008 window: two texts of each section may apply): § 1591's
    period (none, § 3299) and §§ 1589 and 1590's (ten years, § 3298) each with its section."""
    text = _text({"act": "obtaining", **AT_ISSUE}, "2009-05-01", date(2026, 12, 7))
    assert (
        "limitation (unless tolled; check): § 1591 none under § 3299; § 1589 and § 1590 to "
        "1 May 2019 (passed) under § 3298" in text
    )
    # one count: "has passed" is said on the §§ 1589 and 1590 lines (review F11), and the
    # count's own line marks the day "(passed)" (session 7)
    assert text.count("the limitation period has passed (unless tolled; check)") == 2


def test_the_count_line_before_3299_names_both_rules() -> None:
    text = _text({"act": "obtaining", **AT_ISSUE}, "2005-06-01", date(2026, 12, 7))
    assert (  # review G3: the five years had not run when § 3299 came in, so not "(passed)" alone
        "§ 1591 none under § 3299 if it reaches the act (open; Stogner does not bar it: the five "
        "years had not run when it took effect), else to 1 June 2010 (passed) under § 3282(a)"
        in text
    )


def test_a_section_no_fact_puts_at_issue_gives_no_period_on_the_first_screen() -> None:
    """Review B2: a sex case printed "§ 1589 to … (passed)" (and limitation_passed true) for a
    section whose line says none of its questions is asked — read as a time bar on a charge
    nobody considers. No period is given for it; with the kind at issue, it is."""
    day = {"age": 30, "age_on": "2018-06-01"}
    sex = {"date": "2018-06-01", "will_be_caused_to_engage_in_commercial_sexual_activity": True}
    s = _summary(day, sex, date(2026, 12, 1))
    (pair,) = s["pairs"]
    gated = {x["law"] for x in pair["laws"] if x.get("not_asked")}
    assert gated == {"usc_1589", "usc_1590"}
    for law in gated:
        count = _count(s, law)
        assert (count["limitation"], count["deadline"], count["limitation_passed"]) == (
            None,
            None,
            None,
        )
    assert _count(s, "usc_1591")["limitation"] == "no limitation period (18 U.S.C. § 3299 [S])"
    labor = _summary(day, {**sex, "to_subject_to": {"labor": True}}, date(2026, 12, 1))
    assert _count(labor, "usc_1589")["deadline"] == "2028-06-01"  # ten years, § 3298
