"""The words of a band: the weakest label of the texts that give it (review B, item 3), and the
aggravation the facts establish named in an open band of §§ 1589(d), 1590(a) (review B, item 4)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.statute.usc_18.s1591 import (
    VERSION_2008,
    VERSION_2015,
    VERSION_2018A,
    VERSION_2018B,
)

TODAY = date(2026, 12, 7)
FEDERAL_SEX = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}


def _laws(a: nmt.Assessment) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Per (defendant, victim), per law: the pair's line and its one count's line."""
    doc = json.loads(a.to_json())
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for pair in doc["summary"]["pairs"]:
        for law in pair["laws"]:
            count = [c["laws"][law["law"]] for c in pair["counts"]]
            out[(pair["defendant"], pair["victim"], law["law"])] = {
                "pair": law["grading"]["words"],
                "counts": [c["words"] for c in count],
            }
    return out


def _undated_girl() -> FactPattern:
    """review B f18: an undated recruiting of a girl born 5 May 2012 (0 to 14 at it)."""
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "G", "roles": ["victim"], "birth_date": "2012-05-05"},
            ],
            "conduct": [
                {
                    "id": "sex",
                    "actor": "D",
                    "person": "G",
                    "act": "recruiting",
                    "knowingly": True,
                    "federal": FEDERAL_SEX,
                }
            ],
        }
    )


def test_an_undated_act_names_each_band_with_the_weakest_label_of_the_texts_that_give_it() -> None:
    """Before 21 December 2018 the texts are [R] and G was 0 to 6: only (b)(1) under them; she
    turned 14 on 5 May 2026, under the [S] text alone: (b)(2) rests on it only."""
    early = {VERSION_2008.label.code, VERSION_2015.label.code, VERSION_2018A.label.code}
    assert early == {"[R]"} and VERSION_2018B.label.code == "[S]"
    a = nmt.assess(_undated_girl(), today=TODAY, law="federal")
    line = _laws(a)[("D", "G", "usc_1591")]
    for words in (line["pair"], *line["counts"]):
        assert "(b)(1): 15 years to life [R] or § 1591(b)(2): 10 years to life [S]" in words, words
    # the full document said so already: the same labels
    (finding,) = a.findings
    full = finding.jurisdictions["usc_1591"].penalty.words
    assert "not less than 15 or for life [R]" in full
    assert "not less than 10 years or for life [S]" in full


def test_two_dated_acts_giving_one_band_carry_the_weaker_label() -> None:
    """A girl harbored at 15 under the 2015 text [R] and at 16 under the 2018 text [S]: either
    band rests on the [R] text too (the full document named the last act's label)."""
    acts = [
        {
            "id": f"h{n}",
            "actor": "D",
            "person": "G",
            "act": "harboring",
            "date": day,
            "knowingly": True,
            "federal": FEDERAL_SEX,
        }
        for n, day in enumerate(("2016-06-01", "2019-06-01"))
    ]
    p = FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "G", "roles": ["victim"], "birth_date": "2001-01-01"},
            ],
            "conduct": acts,
        }
    )
    (finding,) = nmt.assess(p, today=TODAY, law="federal").findings
    words = finding.jurisdictions["usc_1591"].penalty.words
    assert words.count("[R]") == 2 and "[S]" not in words, words


def _servitude(aggravation: list[dict[str, bool]]) -> FactPattern:
    """review B f14: a housekeeper obtained by physical restraint in 2017 (§ 1590 open: no
    fact of recruiting, harboring, ... for labor)."""
    return FactPattern.model_validate(
        {
            "persons": [
                {"id": "H", "roles": ["trafficker"]},
                {"id": "M", "roles": ["victim"], "age": 52, "age_on": "2017-10-01"},
            ],
            "conduct": [
                {
                    "id": f"k{n}",
                    "actor": "H",
                    "person": "M",
                    "act": "obtaining",
                    "date": f"2017-10-0{n + 1}",
                    "knowingly": True,
                    "federal": {
                        "labor": {
                            "labor_or_services_of_the_person": True,
                            "provided_or_obtained_labor_or_services": True,
                        },
                        "labor_means": {"physical_restraint": True},
                        "aggravation": agg,
                    },
                }
                for n, agg in enumerate(aggravation)
            ],
        }
    )


def test_an_open_count_names_the_aggravation_the_facts_establish() -> None:
    a = nmt.assess(_servitude([{"death_results": True}]), today=TODAY, law="federal")
    laws = _laws(a)
    for law in ("usc_1589", "usc_1590"):
        line = laws[("H", "M", law)]
        for words in (line["pair"], *line["counts"]):
            assert "up to life (death results from the violation) [S]" in words, words
            assert "if death results or a listed aggravation" not in words
    assert laws[("H", "M", "usc_1590")]["pair"].startswith("if established: ")


def test_an_aggravation_open_at_another_act_keeps_what_the_band_needs() -> None:
    """Death stated at one act, nothing at the other: the pair's open § 1590 band may rest on the
    other act, so it says what it needs; each count names its own."""
    a = nmt.assess(_servitude([{"death_results": True}, {}]), today=TODAY, law="federal")
    line = _laws(a)[("H", "M", "usc_1590")]
    assert "up to life if death results or a listed aggravation" in line["pair"]
    first, second = line["counts"]
    assert "up to life (death results from the violation)" in first
    assert "up to life if death results or a listed aggravation" in second
