"""Session 6 reviews F, G and I: the first screen says the decision first.

- F11: a single count whose limitation period has passed says so on the law's line, as several
  counts do (it was said only on the count's own line).
- I5: many counts out of time are summarised on the law's line (how many, and their dates), not
  listed act by act; a few are still named.
- G10: "Still needed" under lines left undetermined because their questions are not asked says
  so, not "nothing for the statuses and grades above".
- F9: a sting's § 30-52-1 line says why the minor offense's paragraph is not met (the age), and
  its attempt line gives the attempt's basic sentence.
- F4: observed indicators of a means the facts state was not intended or known are flagged on
  the § 30-52-1 line; a question of a means element names the indicators on file.
- I6: the contract says that a count of a section whose questions are not asked has no period
  (the design kept; the words corrected).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render import summary_text

TODAY = date(2026, 12, 7)
D = {"id": "D", "roles": ["trafficker"]}


def _recruiting(act_id: str, day: date, **facts: Any) -> dict[str, Any]:
    return {
        "id": act_id,
        "actor": "D",
        "person": "V",
        "act": "recruiting",
        "date": day.isoformat(),
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"labor": True},
        **facts,
    }


def _pattern(*conduct: dict[str, Any], victim: dict[str, Any] | None = None) -> nmt.FactPattern:
    v = {"id": "V", "roles": ["victim"], **(victim or {"age": 30})}
    return nmt.from_dict({"persons": [D, v], "conduct": list(conduct)})


def _law_line(pattern: nmt.FactPattern, law: str = "nm", fmt: str = "summary") -> str:
    """The § 30-52-1 line of the first screen, unwrapped."""
    text = nmt.assess(pattern, today=TODAY, law=law).explain(fmt)  # type: ignore[arg-type]
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "§ 30-52-1: " in line)
    out = [lines[start].strip()]
    for line in lines[start + 1 :]:
        if not line.startswith("    "):
            break
        out.append(line.strip())
    return " ".join(out)


# --- F11: one count out of time ---------------------------------------------------------------


def test_one_count_out_of_time_says_so_on_the_law_line() -> None:
    # third degree (an adult, (A)(1)): five years (§ 30-1-8(B)); the last day was yesterday
    line = _law_line(_pattern(_recruiting("r", date(2021, 12, 6))))
    assert line.startswith("§ 30-52-1: MET ((A)(1))")
    assert line.endswith("; the limitation period has passed (unless tolled; check).")
    text = nmt.assess(_pattern(_recruiting("r", date(2021, 12, 6))), today=TODAY, law="nm")
    joined = " ".join(x.strip() for x in text.explain("summary").splitlines())
    # the count's line, just below, marks the day passed too (a reader of the count alone
    # must see it: session 7, reversing review J N6)
    assert "§ 30-52-1 to 6 December 2026 (passed) under § 30-1-8(B)" in joined


def test_one_count_in_time_says_nothing_of_the_period_on_the_law_line() -> None:
    line = _law_line(_pattern(_recruiting("r", date(2021, 12, 7))))  # the last day is today
    assert "has passed" not in line


def test_one_count_out_of_time_reads_alike_in_markdown() -> None:
    pattern = _pattern(_recruiting("r", date(2021, 12, 6)))
    text = nmt.assess(pattern, today=TODAY, law="nm").to_markdown()
    assert "the limitation period has passed (unless tolled; check)." in text
    assert "for every count" not in text


# --- I5: many counts out of time --------------------------------------------------------------


def test_many_counts_out_of_time_are_summarised_by_number_and_dates() -> None:
    # six acts, every 30 days from 1 March 2019 (out of time), then two in 2024 (in time)
    days = [date(2019, 3, 1) + timedelta(days=30 * i) for i in range(6)]
    days += [date(2024, 1, 1), date(2024, 2, 1)]
    acts = [_recruiting(f"r{i}", d) for i, d in enumerate(days)]
    line = _law_line(_pattern(*acts))
    assert (
        "the limitation period has passed for 6 of the 8 counts that meet or may meet it, those "
        "dated 1 March 2019 to 29 July 2019; the earliest still running ends on 1 January 2029 "
        "(unless tolled; check)."
    ) in line
    assert "the recruiting of" not in line  # no act listed


def test_counts_out_of_time_with_one_in_time_between_are_named_first_and_last() -> None:
    # a child: the acts at 13 to 15 are second degree (six years), at 16 third degree (five):
    # the second-degree act of 2020 is in time, the third-degree acts of 2021 before it are not
    victim = {"birth_date": "2005-06-01"}
    days = [date(2019, 1, 10), date(2019, 5, 10), date(2020, 12, 10), date(2021, 6, 10)]
    days += [date(2021, 7, 10), date(2021, 8, 10)]
    acts = []
    for i, d in enumerate(days):
        act = _recruiting(f"r{i}", d, will_be_caused_to_engage_in_commercial_sexual_activity=True)
        del act["means_will_be_used"], act["to_subject_to"]
        acts.append(act)
    line = _law_line(_pattern(*acts, victim=victim))
    assert "has passed for 5 of the 6 counts that meet or may meet it, the first the " in line
    assert "the first the recruiting of 10 January 2019, the last the recruiting of " in line
    # grades differ among them (13 to 15: second degree; 16: third): the count in time named
    assert (
        "10 August 2021; the earliest still running ends on 10 December 2026, for the recruiting "
        "of " in line
    )
    assert "10 December 2020 (second degree) (unless tolled; check)." in line


def test_a_few_counts_out_of_time_are_still_named() -> None:
    days = [date(2019, 3, 1), date(2019, 4, 1), date(2024, 1, 1)]
    line = _law_line(_pattern(*(_recruiting(f"r{i}", d) for i, d in enumerate(days))))
    assert (
        "has passed for the recruiting of 1 March 2019 and the recruiting of 1 April 2019, and "
        "runs to 1 January 2029 for the recruiting of 1 January 2024 (unless tolled; check)."
    ) in line


def test_forty_acts_keep_the_decision_line_short() -> None:
    # the review's file: forty recruitings every 45 days from 1 January 2019, some out of time
    days = [date(2019, 1, 1) + timedelta(days=45 * i) for i in range(40)]
    pattern = _pattern(*(_recruiting(f"r{i}", d) for i, d in enumerate(days)))
    s = nmt.assess(pattern, today=TODAY, law="nm").summary
    line = summary_text.law_line_with_periods(
        s.pairs[0].laws[0], {"nm_30_52_1": "§ 30-52-1"}, s.pairs[0].counts, TODAY
    )
    assert len(summary_text.wrap(line, "  ")) <= 3


# --- G10: "nothing needed" under a line that is undetermined ----------------------------------


def _driver(**federal: Any) -> nmt.FactPattern:
    """A driver transports an adult for a pimp who used force (§ 1591 met); nothing states the
    person's labor or services, so §§ 1589 and 1590 ask nothing and stay undetermined."""
    act = {
        "id": "drive",
        "actor": "Dr",
        "person": "W",
        "act": "transporting",
        "date": "2021-09-09",
        "knowingly": True,
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "knew_means_will_be_used": {"force": True},
            "as_to_commercial_sex_act": {"knew": True},
            "offense_effected_by": {"force": True},
            **federal,
        },
    }
    persons = [{"id": "Dr", "roles": ["other"]}, {"id": "W", "roles": ["victim"], "age": 23}]
    return nmt.from_dict({"persons": persons, "conduct": [act]})


def test_nothing_asked_under_undetermined_lines_says_why_they_stay_open() -> None:
    a = nmt.assess(_driver(), today=TODAY, law="federal")
    s = a.summary
    assert not s.needed
    assert {law.law: law.status for law in s.pairs[0].laws}["usc_1589"] == "undetermined"
    text = " ".join(line.strip() for line in a.explain("summary").splitlines())
    assert "Still needed: nothing for the statuses and grades above." not in text
    assert (
        "Still needed: nothing is asked; § 1589 and § 1590 stay undetermined because no fact "
        "stated puts the trafficking they reach at issue (see their lines)."
    ) in text
    memo = a.memo().replace("\xa0", " ")  # § kept with its number in print
    assert "Nothing for the statuses and grades above." not in memo
    assert "Nothing is asked; § 1589 and § 1590 stay undetermined" in memo


def test_nothing_needed_where_every_line_is_settled_is_unchanged() -> None:
    text = nmt.assess(_pattern(_recruiting("r", date(2024, 1, 1))), today=TODAY, law="nm").explain(
        "summary"
    )
    assert "Still needed: nothing for the statuses and grades above." in text


# --- F4: observed indicators against a stated means -------------------------------------------


def _obtaining(means: dict[str, bool] | None, *observations: dict[str, Any]) -> nmt.FactPattern:
    act: dict[str, Any] = {
        "id": "obtain",
        "actor": "D",
        "person": "W",
        "act": "obtaining",
        "date": "2023-04-04",
        "knowingly": True,
        "to_subject_to": {"labor": True},
        "description": "SECRET-DETAIL",
    }
    if means is not None:
        act["means_will_be_used"] = means
    persons = [D, {"id": "W", "roles": ["victim"], "age": 30}, {"id": "X", "roles": ["other"]}]
    return nmt.from_dict({"persons": persons, "conduct": [act], "observations": list(observations)})


HOLDING = {
    "id": "o1",
    "indicator": "coercion.holding_documents",
    "actor": "D",
    "person": "W",
    "date": "2023-04-10",
    "description": "OBSERVED-DETAIL",
}
THREAT = {
    "id": "o2",
    "indicator": "coercion.threat_of_deportation_or_police",
    "actor": "D",
    "person": "W",
    "conduct": "obtain",
}
FALSE = {"force": False, "fraud": False, "coercion": False}


def _screen(pattern: nmt.FactPattern, law: str = "nm") -> str:
    text = nmt.assess(pattern, today=TODAY, law=law).explain("summary")  # type: ignore[arg-type]
    return " ".join(line.strip() for line in text.splitlines())


def test_indicators_against_a_means_stated_false_are_flagged_on_the_first_screen() -> None:
    text = _screen(_obtaining(FALSE, HOLDING, THREAT))
    assert "§ 30-52-1: NOT MET — D neither intended nor knew" in text
    assert (
        "Evidence on file: 2 indicators of coercion by D toward W were observed, though coercion "
        "is stated as neither intended nor known: check the stated fact."
    ) in text
    # the indicators' own words and the descriptions stay one step away
    assert "Holding" not in text and "OBSERVED-DETAIL" not in text and "SECRET" not in text


def test_the_flag_is_kept_with_every_law_and_in_the_json_comparison() -> None:
    a = nmt.assess(_obtaining(FALSE, HOLDING), today=TODAY, law="nm")
    assert any(
        "Evidence on file: 1 indicator of coercion" in c for c in a.summary.pairs[0].comparison
    )
    assert "Evidence on file: 1 indicator of coercion by D toward W was observed" in _screen(
        _obtaining(FALSE, HOLDING), law="all"
    )


def test_no_flag_without_indicators_of_the_means_stated_false() -> None:
    # coercion indicators; force alone stated false, coercion not stated: nothing contradicted
    text = _screen(_obtaining({"force": False}, HOLDING))
    assert "check the stated fact" not in text
    # another person's indicator is no evidence of D's mind
    other = {**HOLDING, "actor": "X"}
    assert "Evidence on file" not in _screen(_obtaining(FALSE, other))


def test_an_indicator_by_no_one_named_is_counted_as_such() -> None:
    unnamed = {k: v for k, v in HOLDING.items() if k != "actor"}
    text = _screen(_obtaining(FALSE, unnamed, THREAT))
    assert (
        "Evidence on file: 1 indicator of coercion by D and 1 indicator of coercion by someone "
        "not named toward W were observed"
    ) in text


def test_the_means_question_names_the_evidence_on_file() -> None:
    a = nmt.assess(_obtaining(None, HOLDING), today=TODAY, law="nm")
    (q,) = [q for q in a.summary.needed if q.element == "means_will_be_used"]
    assert q.text.endswith(
        "would be used? (Evidence on file: 1 indicator of coercion by D toward W was observed; "
        "indicators are evidence, not the element.)"
    )
    # without observations the question is as it was
    (plain,) = [
        q
        for q in nmt.assess(_obtaining(None), today=TODAY, law="nm").summary.needed
        if q.element == "means_will_be_used"
    ]
    assert plain.text.endswith("would be used?")


# --- F9: a sting's first screen -----------------------------------------------------------------


def _sting(believed: int, age: int = 26) -> nmt.FactPattern:
    act = {
        "id": "s",
        "actor": "D",
        "person": "O",
        "act": "soliciting",
        "date": "2022-01-10",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "believed_age": believed,
    }
    persons = [D, {"id": "O", "roles": ["other"], "age": age}]
    return nmt.from_dict({"persons": persons, "conduct": [act]})


def test_a_sting_says_why_the_minor_offense_fails_on_the_law_line() -> None:
    text = _screen(_sting(16))
    assert (
        "§ 30-52-1: UNDETERMINED ((A)(1)) — if established: third degree felony (basic sentence "
        "3 years [S]). (A)(2) is not met: O was eighteen or older at the time of the conduct "
        "(age 26)."
    ) in text


def test_the_attempt_line_gives_the_basic_sentence() -> None:
    # believed 16: the completed offense a third degree felony, the attempt a fourth (§ 30-28-1(C))
    assert (
        "at the soliciting of 10 January 2022: if established, a fourth degree felony (basic "
        "sentence 18 months "
        "[S]), graded from the believed age (16)" in _screen(_sting(16))
    )
    # believed 13: second degree completed, the attempt a third (§ 30-28-1(B))
    assert (
        "a third degree felony (basic sentence 3 years [S]), graded from the believed age (13)"
        in _screen(_sting(13))
    )


def test_no_sting_no_minor_offense_clause() -> None:
    # an adult, no age believed: no attempt, and the line names only what is open
    act = {
        "id": "s",
        "actor": "D",
        "person": "O",
        "act": "soliciting",
        "date": "2022-01-10",
        "knowingly": True,
        "to_subject_to": {"labor": True},
    }
    pattern = nmt.from_dict({"persons": [D, {"id": "O", "age": 26}], "conduct": [act]})
    assert "is not met:" not in _screen(pattern)


# --- I6: the contract says where a not-asked section's count has no period ---------------------


def test_the_contract_gives_the_not_asked_exception_the_json_shows() -> None:
    from pathlib import Path

    # § 1589 and § 1590 ask nothing (no fact states the person's labor or services): their
    # counts are undetermined with no period, as the contract's 2.4.0 (2) says
    s = nmt.assess(_driver(), today=TODAY, law="all").summary
    (pair,) = s.pairs
    gated = [law.law for law in pair.laws if law.not_asked]
    assert "usc_1589" in gated
    count = pair.counts[0].laws["usc_1589"]
    assert count.status == "undetermined"
    assert (count.limitation, count.deadline, count.limitation_passed) == (None, None, None)
    contract = Path(__file__).resolve().parents[1] / "docs" / "contract.md"
    section = contract.read_text("utf-8").split("### 2.4.0 (2)")[1].split("###")[0]
    bullet = " ".join(section.split("- `limitation_passed`")[1].split("- `periods`")[0].split())
    assert "`not_asked`" in bullet and "although the count is `undetermined`" in bullet


def test_an_indicator_of_two_means_is_counted_once() -> None:
    # unpaid wages evidence fraud and coercion: one observation, not one per means
    wages = {
        "id": "o3",
        "indicator": "coercion.wages_unpaid_or_tips_only",
        "actor": "D",
        "person": "W",
    }
    a = nmt.assess(_obtaining(None, HOLDING, wages), today=TODAY, law="nm")
    (q,) = [q for q in a.summary.needed if q.element == "means_will_be_used"]
    assert (
        "(Evidence on file: 2 indicators by D (1 of fraud and 2 of coercion; 1 counted for "
        "both) toward W were "
        "observed;" in q.text
    )
    # fraud alone stated false: only the observation of fraud is against it
    text = _screen(_obtaining({"fraud": False}, HOLDING, wages))
    assert (
        "Evidence on file: 1 indicator of fraud by D toward W was observed, though fraud is "
        in text
    )
