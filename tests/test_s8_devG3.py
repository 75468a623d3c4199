"""Review Z4 of session 8 (an AAG on the merged code).

- Z4 2: the memo's Conclusions gave each law's line without the clauses the text summary's line
  has: a federal section's running last day ("limitation to 10 January 2027 under § 3298") and
  an act of 1 July 2008 resting on § 30-52-1's reported first day ("reported, not verified").
  The memo now takes the same words from the same functions."""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)


def _memo(pattern: dict[str, Any]) -> str:
    result = nmt.assess(nmt.from_dict(pattern), today=TODAY)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", result.memo())))


def _z13() -> dict[str, Any]:
    """z13: E obtains H's services on 10 January 2017 by threatened abuse of legal process."""
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


def _z09() -> dict[str, Any]:
    """z09: R recruits V on 30 June 2008 and transports her on 1 July 2008."""
    sex = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
    return {
        "persons": [
            {"id": "R", "roles": ["recruiter"]},
            {"id": "V", "roles": ["victim"], "birth_date": "1995-07-01"},
        ],
        "conduct": [
            {"id": "first", "actor": "R", "person": "V", "act": "recruiting"}
            | {"date": "2008-06-30"}
            | sex,
            {"id": "second", "actor": "R", "person": "V", "act": "transporting"}
            | {"date": "2008-07-01"}
            | sex
            | {
                "federal": {
                    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                    "as_to_age": {"knew": True},
                    "as_to_commercial_sex_act": {"knew": True},
                }
            },
        ],
    }


def test_memo_law_line_gives_the_federal_running_last_day() -> None:
    memo = _memo(_z13())
    assert re.search(r"§ 1589: MET \(\(a\)\)[^.]*limitation to 10 January 2027 under § 3298", memo)


def test_memo_law_line_labels_the_reported_first_day() -> None:
    memo = _memo(_z09())
    line = re.search(r"§ 30-52-1: MET \(\(A\)\(2\)\).*?\(unless tolled; check\)", memo)
    assert line is not None
    assert "rests on § 30-52-1 being in force that day" in line.group(0)
    assert "reported, not verified" in line.group(0)


SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _related(pattern: dict[str, Any], defendant: str, victim: str, cite: str) -> list[str]:
    result = nmt.assess(nmt.from_dict(pattern), today=TODAY)
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    return [re.sub(r"\s+", " ", line) for line in pair.related if cite in line]


def _x24() -> dict[str, Any]:
    """x24: A transports G1 (12) and G2 (17) on one trip, 9 September 2024, each act stated
    agreed with B."""
    agreed = {"agreement": {"with_persons": ["B"], "to_commit_this_act": True}}
    return {
        "persons": [
            {"id": "A", "roles": ["trafficker"]},
            {"id": "B", "roles": ["trafficker"]},
            {"id": "G1", "roles": ["victim"], "birth_date": "2012-01-01"},
            {"id": "G2", "roles": ["victim"], "birth_date": "2007-01-01"},
        ],
        "conduct": [
            {"id": f"t{i}", "actor": "A", "person": g, "act": "transporting"}
            | {"date": "2024-09-09"}
            | SEX
            | agreed
            for i, g in ((1, "G1"), (2, "G2"))
        ],
    }


def test_1594_line_names_actor_and_victim_of_two_acts_of_one_day() -> None:
    """Z4 3: the § 1594 line named A's act toward G1 "the transporting of 9 September 2024"
    beside "A's transporting of G2 on 9 September 2024"; and "for the child's life" with two
    children agreed to."""
    (line,) = _related(_x24(), "A", "G1", "§ 1594")
    assert "A's transporting of G1 on 9 September 2024 and A's transporting of G2" in line
    assert "the child's life" not in line
    assert "each child's (G1 and G2) life" in line


def _x03() -> dict[str, Any]:
    """x03: A recruits V (15) on 1 March 2019, stating his agreement with B; B transports her on
    15 August 2022, stating his with A."""
    return {
        "persons": [
            {"id": "A", "roles": ["recruiter"]},
            {"id": "B", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], "birth_date": "2004-01-01"},
        ],
        "conduct": [
            {"id": "rec", "actor": "A", "person": "V", "act": "recruiting"}
            | {"date": "2019-03-01"}
            | SEX
            | {"agreement": {"with_persons": ["B"], "to_commit_this_act": True}},
            {"id": "drive", "actor": "B", "person": "V", "act": "transporting"}
            | {"date": "2022-08-15"}
            | SEX
            | {"agreement": {"with_persons": ["A"], "to_commit_this_act": True}},
        ],
    }


def test_conspiracy_line_words_each_ones_agreement_and_says_a_reading_once() -> None:
    """Z4 6: "A and B agreed to commit [both acts] (stated)" where each one's agreement is stated
    for one act; and "(a reading, as for a sting: …), a reading of the text"."""
    for cite in ("§ 30-28-2", "§ 1594"):
        (line,) = _related(_x03(), "A", "V", cite)
        assert "A and B agreed" not in line
        assert (
            "A agreed with B to commit the recruiting of 1 March 2019, and B agreed with A to "
            "commit B's transporting of V on 15 August 2022 (each stated)"
        ) in line
    (state,) = _related(_x03(), "A", "V", "§ 30-28-2")
    # the believed age's reading, and the grading's own label (kept: a reading of § 30-28-2)
    assert state.count("(a reading, as for a sting") == 1
    assert state.count("a reading of the text") == 1
