"""Session 8, review V (a federal prosecutor's reading) — the state-or-federal comparison and a
federal helper's line (helper I):

- V4: where the limitation periods separate the laws in the case at hand (§ 30-52-1's passed,
  §§ 1589 and 1590's still running), § 30-52-1's comparison line says so, as the count lines
  give the periods;
- V7: § 30-52-1(A)(3) against § 1591(a)(2): the venture, which (A)(3) does not need;
- V9: a helper is said punishable as a principal only under the sections the act aided puts at
  issue;
- V10: a minor's labor without means: no labor section still open is said not to reach it;
- V11: enticing by fraud: "neither verb" with one verb named; fraud alone is not a § 1589(a)
  means;
- V13: the age bands of a law not met are said in the conditional.

Quoted words are checked against the shared statute files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import nm_trafficking as nmt
from nm_trafficking import FactPattern

ROOT = Path(__file__).resolve().parents[1]
STATUTE = ROOT.parent / "shared" / "statute"


def _reference(name: str) -> str:
    """The shared statute file's words, spaced as one line; the test is skipped where the
    shared references are not beside the repo (a fresh clone in CI)."""
    path = STATUTE / name
    if not path.exists():
        pytest.skip("shared/statute references not beside the repo")
    return " ".join(path.read_text(encoding="utf-8").replace(">", "").split())


TODAY = date(2026, 12, 7)


def _pattern(text: str) -> FactPattern:
    return FactPattern.model_validate(yaml.safe_load(text))


def _assess(text: str, law: str = "all", today: date = TODAY) -> nmt.Assessment:
    return nmt.assess(_pattern(text), today=today, law=law)  # type: ignore[arg-type]


def _comparison(text: str, today: date = TODAY) -> dict[str, str]:
    (pair,) = _assess(text, today=today).summary.pairs
    return {line.split(",", 1)[0]: line for line in pair.comparison}


def _quoted(line: str) -> list[str]:
    return [q for n, q in enumerate(line.split('"')) if n % 2]


CHILD_LABOR_FORCE = """
persons:
  - {id: M, roles: [trafficker]}
  - {id: C, roles: [victim], birth_date: 2005-01-01}
conduct:
  - id: clean
    actor: M
    person: C
    act: obtaining
    date: 2019-06-01
    knowingly: true
    to_subject_to: {labor: true}
    means_will_be_used: {force: true}
    federal:
      labor: {provided_or_obtained_labor_or_services: true, for_labor_or_services: true,
              chapter_77_violation_completed: true, chapter_77_violation_intended_or_known: true}
      labor_means: {force: true}
"""


def test_v4_the_state_period_passed_and_the_federal_running_is_said_on_the_state_line() -> None:
    laws = _comparison(CHILD_LABOR_FORCE)
    assert laws["§ 30-52-1"] == (
        "§ 30-52-1, met: (A)(1). The limitation periods separate the laws (unless tolled; "
        "check): § 30-52-1 to 1 June 2025 (passed) under § 30-1-8(A); § 1589 and § 1590 to "
        "1 June 2029 under § 3298, or for the child's life under § 3283 (whether § 3283 "
        "reaches the offense is open)."
    )
    # the same periods as the count line gives them (dates and provisions)
    (pair,) = _assess(CHILD_LABOR_FORCE).summary.pairs
    (count,) = pair.counts
    assert count.laws["nm_30_52_1"].limitation_passed is True
    assert count.laws["usc_1589"].limitation_passed is False


def test_v4_no_limitation_sentence_where_every_period_still_runs() -> None:
    # assessed in 2021: § 30-1-8(A)'s six years and § 3298's ten both still run
    line = _comparison(CHILD_LABOR_FORCE, today=date(2021, 1, 1))["§ 30-52-1"]
    assert line == "§ 30-52-1, met: (A)(1)."


ADULT_SEX_2016 = """
persons:
  - {id: D, roles: [trafficker]}
  - {id: V, roles: [victim], birth_date: 1990-01-01}
conduct:
  - id: r
    actor: D
    person: V
    act: recruiting
    date: 2016-03-01
    knowingly: true
    to_subject_to: {commercial_sexual_activity: true}
    means_will_be_used: {force: true}
    federal:
      jurisdiction: {in_or_affecting_interstate_or_foreign_commerce: true}
      as_to_commercial_sex_act: {knew: true}
      knew_means_will_be_used: {force: true}
"""


def test_v4_a_sex_case_names_section_3299_against_the_state_period() -> None:
    line = _comparison(ADULT_SEX_2016)["§ 30-52-1"]
    assert line.endswith(
        "The limitation periods separate the laws (unless tolled; check): § 30-52-1 to "
        "1 March 2021 (passed) under § 30-1-8(B); § 1591 none under § 3299."
    ), line


A3_NO_VENTURE = """
persons:
  - {id: L, roles: [other]}
  - {id: V, roles: [victim], birth_date: 1996-06-06}
conduct:
  - id: rent
    actor: L
    person: V
    act: benefiting
    date: 2022-02-02
    knowingly: true
    benefit: {financially: true}
    benefit_from: {commercial_sexual_activity: true}
    means_was_used: {force: true}
    federal:
      jurisdiction: {in_or_affecting_interstate_or_foreign_commerce: true}
      knew_means_will_be_used: {force: true}
      as_to_commercial_sex_act: {knew: true}
      venture:
        act: harboring
        person_to_engage_in_commercial_sex_act: true
        two_or_more_individuals_associated_in_fact: VENTURE
        knowingly_assisted_supported_or_facilitated: true
        benefit_from_participation: true
"""


def test_v7_a3_against_a2_names_the_venture() -> None:
    laws = _comparison(A3_NO_VENTURE.replace("VENTURE", "false"))
    assert laws["§ 30-52-1"] == "§ 30-52-1, met: (A)(3)."
    line = laws["§ 1591"]
    assert line.startswith("§ 1591, not met: § 30-52-1(A)(3) needs no venture: "), line
    assert line.endswith(
        '§ 1591(a)(2) needs a benefit "from participation in a venture" — here the venture was '
        "not a group of two or more individuals associated in fact."
    ), line
    state, federal = _quoted(line)
    assert state in _reference("nmsa-30-52-1.md")
    assert federal in _reference("federal-18-usc-1589-1590-1591.md")
    # the group open: the venture is still what (A)(3) does not need
    line = _comparison(A3_NO_VENTURE.replace("VENTURE", "unknown"))["§ 1591"]
    assert line.startswith("§ 1591, undetermined: § 30-52-1(A)(3) needs no venture: "), line
    assert line.endswith("(two or more individuals associated in fact)."), line
    # a venture stated: nothing to separate on it
    line = _comparison(A3_NO_VENTURE.replace("VENTURE", "true")).get("§ 1591", "")
    assert "needs no venture" not in line


DRIVER = """
persons:
  - {id: B, roles: [trafficker]}
  - {id: D, roles: [other]}
  - {id: W, roles: [victim], birth_date: 1992-02-02}
conduct:
  - id: keep
    actor: B
    person: W
    act: obtaining
    date: 2021-05-05
    knowingly: true
    to_subject_to: {labor: true}
    means_will_be_used: {coercion: true}
    accessories:
      - {person: D, aided: true, intended_that_the_offense_be_committed: true}
    federal:
      labor: {provided_or_obtained_labor_or_services: true}
      labor_means: {threats_of_serious_harm: true}
"""


def test_v9_a_helper_in_a_labor_case_is_not_said_punishable_under_1591() -> None:
    a = _assess(DRIVER, law="federal")
    (helper,) = a.summary.federal_accessories
    assert helper.words.startswith(
        "D may be punishable as a principal (18 U.S.C. § 2(a) [S]) under § 1589 (or § 1590, "
        "if the act aided meets it) for B's obtaining of W on 5 May 2021"
    ), helper.words
    assert "1591" not in helper.words
    # the statuses are untouched: the section stays undetermined for the helper
    assert helper.federal["usc_1591"] == "undetermined"


CHILD_FARM = """
persons:
  - {id: U, roles: [other]}
  - {id: C, roles: [victim], birth_date: 2010-02-02}
conduct:
  - id: pick
    actor: U
    person: C
    act: obtaining
    date: 2022-09-01
    knowingly: true
    to_subject_to: {labor: true, commercial_sexual_activity: false}
    means_will_be_used: {force: false, fraud: false, coercion: false}
    will_be_caused_to_engage_in_commercial_sexual_activity: false
    federal:
      labor: {provided_or_obtained_labor_or_services: true}
      labor_means:
        force: false
        threats_of_force: false
        physical_restraint: false
        threats_of_physical_restraint: false
        serious_harm: false
        threats_of_serious_harm: false
        abuse_or_threatened_abuse_of_law_or_legal_process: false
        scheme_plan_or_pattern: false
"""


def test_v10_a_labor_section_still_open_is_not_said_not_to_reach_the_case() -> None:
    laws = _comparison(CHILD_FARM)
    assert laws["§ 1590"].startswith("§ 1590, undetermined: ")
    line = laws["§ 1589"]
    assert "reach it on age alone" not in line and "§§ 1589, 1590 reach" not in line, line
    assert line == (
        "§ 1589, not met: labor of a minor without force, fraud or coercion: § 30-52-1(A)(2) does "
        "not reach it (commercial sexual activity only), and neither § 1589 nor § 1590 is met on "
        "age alone (§ 1590 still open on its other elements) (federal reference § 4, contrast 5)."
    )


ENTICE_FRAUD = """
persons:
  - {id: R, roles: [recruiter]}
  - {id: W, roles: [victim], birth_date: 1990-10-10}
conduct:
  - id: entice
    actor: R
    person: W
    act: enticing
    date: 2020-10-10
    knowingly: true
    to_subject_to: {labor: true}
    means_will_be_used: {fraud: true, force: false, coercion: false}
    federal:
      labor:
        provided_or_obtained_labor_or_services: true
        for_labor_or_services: true
      labor_means:
        force: false
        threats_of_force: false
        physical_restraint: false
        threats_of_physical_restraint: false
        serious_harm: false
        threats_of_serious_harm: false
        abuse_or_threatened_abuse_of_law_or_legal_process: false
        scheme_plan_or_pattern: false
"""


def test_v11_enticing_by_fraud_names_one_verb_and_the_means_that_part_the_laws() -> None:
    laws = _comparison(ENTICE_FRAUD)
    assert laws["§ 1590"] == (
        '§ 1590, not met: § 30-52-1 has "enticing" a person for labor or services; § 1590 has '
        "no such verb."
    )
    line = laws["§ 1589"]
    assert line.startswith("§ 1589, not met: fraud alone is not a § 1589(a) means: "), line
    state, federal = _quoted(line)
    assert state in _reference("nmsa-30-52-1.md")
    assert federal in _reference("federal-18-usc-1589-1590-1591.md")
    # a means of § 1589(a) stated too: fraud is not alone, nothing said of it
    both = ENTICE_FRAUD.replace("threats_of_serious_harm: false", "threats_of_serious_harm: true")
    assert "fraud alone" not in _comparison(both).get("§ 1589", "")


def test_v11_soliciting_and_enticing_keep_neither_verb() -> None:
    two: Any = yaml.safe_load(ENTICE_FRAUD)
    second = {**two["conduct"][0], "id": "ask", "act": "soliciting", "date": "2020-10-11"}
    two["conduct"].append(second)
    (pair,) = nmt.assess(FactPattern.model_validate(two), today=TODAY).summary.pairs
    line = next(x for x in pair.comparison if x.startswith("§ 1590,"))
    assert '"enticing" and "soliciting"' in line and "uses neither verb" in line, line


AD_14 = """
persons:
  - {id: P, roles: [trafficker]}
  - {id: A, roles: [victim], birth_date: 2008-03-03}
conduct:
  - id: ad
    actor: P
    person: A
    act: advertising
    date: 2022-03-03
    knowingly: true
    will_be_caused_to_engage_in_commercial_sexual_activity: true
    federal:
      jurisdiction: {in_or_affecting_interstate_or_foreign_commerce: true}
      as_to_age: {knew: true}
      as_to_commercial_sex_act: {knew: true}
"""


def test_v13_a_state_grade_is_conditional_where_the_state_law_is_not_met() -> None:
    laws = _comparison(AD_14)
    assert laws["§ 30-52-1"].startswith("§ 30-52-1, not met: ")
    line = laws["§ 1591"]
    assert "age bands (A, 14): § 30-52-1(C), were § 30-52-1 met, second degree" in line, line
    assert "§ 30-52-1(C), second degree" not in line
    assert "§ 1591(b) without means, a 10-year minimum" in line  # § 1591 met: flat


TWO_LABOR_ACTS = """
persons:
  - {id: M, roles: [trafficker]}
  - {id: W, roles: [victim], birth_date: 1990-01-01}
conduct:
  - id: a
    actor: M
    person: W
    act: obtaining
    date: 2019-06-01
    knowingly: true
    to_subject_to: {labor: true}
    means_will_be_used: {force: true}
    federal:
      labor: {provided_or_obtained_labor_or_services: true, for_labor_or_services: true}
      labor_means: {force: true}
  - id: b
    actor: M
    person: W
    act: obtaining
    date: 2020-06-01
    knowingly: true
    to_subject_to: {labor: true}
    means_will_be_used: {force: true}
    federal:
      labor: {provided_or_obtained_labor_or_services: true, for_labor_or_services: true}
      labor_means: {force: true}
"""


def test_v4_several_acts_name_the_last_passed_and_the_first_running() -> None:
    line = _comparison(TWO_LABOR_ACTS)["§ 30-52-1"]
    # every state period has passed: the last to end; the federal still run: the first to end
    assert line.endswith(
        "§ 30-52-1 to 1 June 2025 (passed) under § 30-1-8(B) (the obtaining of 1 June 2020, the "
        "last to end); § 1589 and § 1590 to 1 June 2029 under § 3298 (the obtaining of "
        "1 June 2019, the first to end)."
    ), line


def test_v4_no_act_is_named_for_a_period_with_no_date() -> None:
    # § 3299's none: nothing ends, so no act is the first to end
    two: Any = yaml.safe_load(ADULT_SEX_2016)
    two["conduct"].append({**two["conduct"][0], "id": "s", "date": "2016-04-01"})
    (pair,) = nmt.assess(FactPattern.model_validate(two), today=TODAY).summary.pairs
    line = pair.comparison[0]
    assert line.endswith(
        "§ 30-52-1 to 1 April 2021 (passed) under § 30-1-8(B) (the recruiting of 1 April 2016, "
        "the last to end); § 1591 none under § 3299."
    ), line
