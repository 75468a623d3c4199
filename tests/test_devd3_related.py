"""Related offenses, third pass.

1. A federal conspiracy line (18 U.S.C. § 1594 [S]) for a stated agreement: "(b) Whoever
   conspires with another to violate section 1581, 1583, 1589, 1590, or 1592 shall be punished in
   the same manner as a completed violation of such section"; "(c) Whoever conspires with another
   to violate section 1591 shall be fined under this title, imprisoned for any term of years or
   for life, or both" (``federal-18-usc-1589-1590-1591.md`` § 1.4; ``related-law-2026-12.md``
   § 2.4). Named with the sections the acts agreed to meet or may meet, not assessed beyond that;
   whether the § 1591(b) minimums reach a § 1594(c) conspiracy is open (reference § 5, item 7).
2. A conspiracy to a sting whose other elements are open is graded "if established", naming
   them, as the attempt on the same act is.
3. The HTML law line: no ".;" where a passed limitation period follows the grade.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import jsonschema

import nm_trafficking as nmt
from nm_trafficking.render.html import render_summary_html
from nm_trafficking.render.instructions import render as render_form

TODAY = date(2026, 12, 7)
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
WITH_B = {"with_persons": ["B"], "to_commit_this_act": True}
FEDERAL_1591 = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
    "knew_means_will_be_used": {"threats_of_force": True},
    "offense_effected_by": {"threats_of_force": True},
}
C_WORDS = "shall be fined under this title, imprisoned for any term of years or for life, or both"
B_WORDS = "shall be punished in the same manner as a completed violation of such section"
MINIMUMS = "whether § 1591(b)'s minimums reach a § 1594(c) conspiracy is UNVERIFIED"


def _act(id_: str, actor: str, person: str, act: str, day: str, **more: Any) -> dict[str, Any]:
    return {"id": id_, "actor": actor, "person": person, "act": act, "date": day, **more}


def _assess(persons: list[dict[str, Any]], *conduct: dict[str, Any], law: str) -> nmt.Assessment:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _pair(result: nmt.Assessment, defendant: str, victim: str) -> Any:
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    return pair


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --- 1. the federal conspiracy line ------------------------------------------------------------


def _agreed_1591(law: str, *, b_acts: bool = True) -> nmt.Assessment:
    """Review f19: A and B agree to A's recruiting of V1 (17) by threats of force, in commerce,
    A knowing her age: § 1591 met; §§ 1589 and 1590 open (no fact of labor or services). B
    recruits her too (no agreement stated for B's act)."""
    conduct = [
        _act(
            "a_recruit",
            "A",
            "V1",
            "recruiting",
            "2022-03-01",
            means_will_be_used={"force": True},
            to_subject_to={"commercial_sexual_activity": True},
            agreement=WITH_B,
            federal=FEDERAL_1591,
            **SEX,
        )
    ]
    if b_acts:
        conduct.append(
            _act(
                "b_recruit",
                "B",
                "V1",
                "recruiting",
                "2022-03-01",
                means_will_be_used={"force": True},
                federal=FEDERAL_1591,
                **SEX,
            )
        )
    return _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "V1", "birth_date": "2004-12-01"}], *conduct, law=law
    )


def _federal(lines: list[str]) -> list[str]:
    return [x for x in lines if x.startswith("Related offense — conspiracy (18 U.S.C. § 1594")]


def _state(lines: list[str]) -> list[str]:
    return [x for x in lines if x.startswith("Related offense — conspiracy (NMSA 1978")]


def test_a_stated_agreement_has_a_federal_conspiracy_line_under_law_federal() -> None:
    """Before: under --law federal the pair had no related line at all (null in JSON), though
    the state view names the conspiracy."""
    result = _agreed_1591("federal")
    pair = _pair(result, "A", "V1")
    (line,) = _federal(pair.related)
    assert pair.related == [line]  # no state line: § 30-52-1 is not assessed
    assert "(stated)" in line or "(stated;" in line
    # the sections the act agreed to meets, or may meet where a fact puts them at issue: § 1591
    # met; §§ 1589 and 1590 open, but no fact concerns V1's labor or services (session 6)
    assert "which meets § 1591:" in line and "§ 1589" not in line and "§ 1590" not in line
    # the punishment as § 1594 states it, with its label, and the open point
    assert f"§ 1594(c) [S]: a conspiracy to violate § 1591 '{C_WORDS}'" in line
    assert "§ 1594(b)" not in line
    assert MINIMUMS in line and "reference § 5" not in line
    assert "not assessed" in line
    assert "felony" not in line  # no state grade
    assert "A knowingly combined with B to commit the recruiting of 1 March 2022" in _flat(line)
    # said in full once; under B's pair, referred to
    (b_line,) = _federal(_pair(result, "B", "V1").related)
    assert b_line == (
        "Related offense — conspiracy (18 U.S.C. § 1594(c) [S]): the § 1594 conspiracy of A and "
        "B above (one agreement; B's own knowing combination is not stated; only A's, with B)."
    )


def test_the_federal_conspiracy_is_in_fields_with_its_federal_citation() -> None:
    result = _agreed_1591("federal")
    pair = _pair(result, "A", "V1")
    (entry,) = pair.related_offenses
    assert entry.kind == "conspiracy"
    assert entry.citation == "18 U.S.C. § 1594(c)"  # (c) alone: no labor at issue
    assert entry.acts == ["a_recruit"]
    # no grade; its period (contract 2.5.0): the shortest that may apply, § 3282(a)'s five
    # years for (c), at the latest; `passed` null (§ 3299 may reach it), never false
    assert entry.grades == [] and entry.deadline == date(2027, 3, 1) and entry.passed is None
    assert entry.established is True  # § 1591 met by the act agreed to
    record = json.loads(result.to_json())
    (out,) = [p for p in record["summary"]["pairs"] if p["defendant"] == "A"]
    assert out["related"] == pair.related
    assert out["related_offenses"][0]["citation"] == "18 U.S.C. § 1594(c)"
    jsonschema.Draft202012Validator(nmt.output_schema("summary")).validate(record)


def test_law_all_gives_the_state_line_then_the_federal_line_and_law_nm_the_state_alone() -> None:
    both = _pair(_agreed_1591("all"), "A", "V1")
    assert len(_state(both.related)) == 1 and len(_federal(both.related)) == 1
    assert both.related == [*_state(both.related), *_federal(both.related)]
    assert [r.citation for r in both.related_offenses] == [
        "NMSA 1978, § 30-28-2(B)(3)",
        "18 U.S.C. § 1594(c)",
    ]
    state_only = _pair(_agreed_1591("nm"), "A", "V1")
    assert _federal(state_only.related) == [] and len(_state(state_only.related)) == 1
    # the text gives both; the court form names both, each as not drafted (review M6 of session
    # 7: a § 1594 conspiracy silently missing read as none)
    result = _agreed_1591("all")
    text = _flat(result.explain())
    assert "Related offense — conspiracy (18 U.S.C. § 1594(c) [S])" in text
    form = _flat(render_form(result))
    assert "§ 30-28-2(B)(3)" in form
    assert "Conspiracy (18 U.S.C. § 1594(c) [S]), not drafted" in form


def test_only_the_sections_the_acts_agreed_to_meet_or_may_meet_are_named() -> None:
    """A maintaining by force for commercial sex: § 1591 met, § 1590 not met (maintaining is not
    one of its verbs), § 1589 open. With no fact of labor or services, § 1594(c) alone (an open
    section no fact puts at issue is not named: session 6); with a § 1589 means stated (labor
    at issue), § 1589 too and (b) for it alone."""

    def line(labor: bool) -> str:
        federal: dict[str, Any] = {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "knew_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": {"knew": True},
            "offense_effected_by": {"force": True},
        }
        if labor:
            federal["labor_means"] = {"physical_restraint": True}
        result = _assess(
            [{"id": "A"}, {"id": "B"}, {"id": "V", "birth_date": "2003-01-01"}],
            _act(
                "m",
                "A",
                "V",
                "maintaining",
                "2022-02-01",
                knowingly=True,
                agreement=WITH_B,
                federal=federal,
            ),
            law="federal",
        )
        (found,) = _federal(_pair(result, "A", "V").related)
        return found

    sex = line(False)
    assert "which meets § 1591:" in sex and "§ 1589" not in sex and "§ 1594(b)" not in sex
    both = line(True)
    assert "meets § 1591 and may meet § 1589" in both
    assert "§ 1590" not in both  # maintaining is not a verb of § 1590(a): not met
    assert "§ 1594(b) [S]: a conspiracy to violate § 1589 '" in both


def test_a_party_with_no_act_of_his_own_has_the_federal_line_too() -> None:
    result = _agreed_1591("federal", b_acts=False)
    pair = _pair(result, "B", "V1")
    (line,) = _federal(pair.related)
    assert "no act of B's own toward V1 is stated" in line
    assert "conspiracy needs none" not in line  # not in the federal reference


def test_an_act_that_meets_no_federal_section_has_no_federal_line() -> None:
    """The state conspiracy stands ((A)(1): recruiting by force); federally the act meets
    nothing (no commercial sex act for § 1591; no labor or services for §§ 1589 and 1590): only
    sections met or open are named, and here there are none."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "V", "birth_date": "1990-01-01"}],
        _act(
            "r",
            "A",
            "V",
            "recruiting",
            "2022-03-01",
            knowingly=True,
            means_will_be_used={"force": True},
            to_subject_to={"labor": True, "commercial_sexual_activity": False},
            will_be_caused_to_engage_in_commercial_sexual_activity=False,
            agreement=WITH_B,
            federal={
                "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": False},
                "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": False},
                "labor": {
                    "provided_or_obtained_labor_or_services": False,
                    "for_labor_or_services": False,
                },
            },
        ),
        law="all",
    )
    pair = _pair(result, "A", "V")
    assert {x.law: x.status for x in pair.laws if x.law != "nm_30_52_1"} == {
        "usc_1591": "not_met",
        "usc_1589": "not_met",
        "usc_1590": "not_met",
    }
    assert len(_state(pair.related)) == 1 and _federal(pair.related) == []
    assert _federal(_pair(result, "B", "V").related) == []


# --- 2. a conspiracy to a sting with elements open ------------------------------------------------


def _sting(agreed: bool = True, **more: Any) -> nmt.Assessment:
    """Review 8's sting: D solicits V (34), believing her 15; the commercial-sexual-activity
    element is not stated, so the attempt is graded only if established. D agreed with E."""
    act = {"knowingly": True, "believed_age": 15, **more}
    if agreed:
        act["agreement"] = {"with_persons": ["E"], "to_commit_this_act": True}
    return _assess(
        [{"id": "D"}, {"id": "E"}, {"id": "V", "age": 34, "age_on": "2024-01-01"}],
        _act("chat", "D", "V", "soliciting", "2024-05-01", **act),
        law="nm",
    )


OPEN = "intent or knowledge that the person will be caused to engage in commercial sexual activity"


def test_a_conspiracy_to_a_sting_with_an_element_open_is_if_established_as_the_attempt() -> None:
    """Before: 'a third degree felony (conspiracy to a second degree felony), graded from the
    age D believed (15)' outright, while the attempt line said 'if established ...; still
    open: ...'."""
    result = _sting()
    attempt, conspiracy = _pair(result, "D", "V").related
    assert "if established, a third degree felony" in attempt and f"still open: {OPEN}" in attempt
    assert (
        "if established, a third degree felony (conspiracy to a second degree felony; "
        "basic sentence 3 years [S])" in (conspiracy)
    )
    assert f"still open: {OPEN}" in conspiracy
    (party,) = _pair(result, "E", "V").related  # in full: E's own combination not stated
    assert "D agreed with E" in party and "if established, a third degree" in party
    assert not _pair(result, "E", "V").related_offenses[0].established
    fields = _pair(result, "D", "V").related_offenses
    assert [r.established for r in fields] == [False, False]
    (note,) = [
        n
        for n in result.summary.notes
        if n.kind == "conspiracy" and "30-28-2" in (n.citation or "")
    ]
    assert "if established" in note.text and OPEN in note.text


def test_a_conspiracy_to_a_sting_with_nothing_open_is_graded_outright() -> None:
    result = _sting(will_be_caused_to_engage_in_commercial_sexual_activity=True)
    attempt, conspiracy = _pair(result, "D", "V").related
    # the attempt's own overt act and intent are stated by no fact: "if established" (review B
    # of session 9, finding 2); the conspiracy's crime conspired to is graded outright
    assert ": if established, a third degree felony" in attempt and "still open" not in attempt
    assert "if established" not in conspiracy
    assert "still open" not in conspiracy
    assert (
        ": a third degree felony (conspiracy to a second degree felony; basic sentence 3 "
        "years [S]), graded from the " in (conspiracy)
    )
    fields = _pair(result, "D", "V").related_offenses
    assert [(r.kind, r.established) for r in fields] == [("attempt", False), ("conspiracy", True)]


# --- 3. the HTML law line's punctuation --------------------------------------------------------


def test_the_html_law_line_has_no_period_before_the_passed_periods() -> None:
    """Before: '(basic sentence 3 years [S]).; the limitation period has passed ...'. A 2018
    recruiting of a 16-year-old (third degree, five years under § 30-1-8(B)): passed in 2023."""
    result = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "2002-01-01"}],
        _act("r", "D", "V", "recruiting", "2018-05-05", **SEX),
        _act("t", "D", "V", "transporting", "2018-06-05", **SEX),
        law="nm",
    )
    page = render_summary_html(result.summary)
    assert ".;" not in page
    assert (
        "(basic sentence 3 years [S]); the limitation period has passed for every count that "
        "meets or may meet it (unless tolled; check)." in _flat(page)
    )
    for text in (result.explain(), result.to_markdown().replace("\\", "")):  # Markdown escapes [S]
        assert ".;" not in text
        assert "(basic sentence 3 years [S]); the limitation period has passed" in _flat(text)
