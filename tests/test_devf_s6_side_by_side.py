"""Session 6, review G: acts judged under several texts, in the side-by-side lines and the counts.

- G5: a prong whose status turns on the text says each text's answer for the prong (met; not
  met and why; open and why), not the first element whose answer differs (the date element,
  "falls within the period", met under every text that applies).
- G7: a period with no text applied is never named where a text belongs ("not a verb of
  § 1591(a)(1) in 23 December 2008 to 31 December 2009: …").
- G8: the side-by-side names the act by its verb and date, dates in words.
- G9: a count in the 2008 window names each section with its period; § 1589 there names both
  texts, which applied being UNVERIFIED, also where they give the same result.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import FactPattern

TODAY = date(2026, 12, 7)
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _assess(conduct: dict[str, Any], birth: str) -> nmt.Assessment:
    pattern = FactPattern.model_validate(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "W", "roles": ["victim"], "birth_date": birth},
            ],
            "conduct": [{"id": "o", "actor": "D", "person": "W", "knowingly": True, **conduct}],
        }
    )
    return nmt.assess(pattern, today=TODAY, law="federal")


def _line(a: nmt.Assessment, start: str) -> str:
    (finding,) = a.findings
    return next(x for x in finding.side_by_side if x.startswith(start))


_UNDATED_ADVERTISING = {
    "act": "advertising",
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
        "offense_effected_by": {"force": True},
    },
}
"""Review G, g15: "advertises" is a verb of § 1591(a)(1) only since 29 May 2015."""

_WINDOW_BENEFIT = {
    "act": "benefiting",
    "date": "2009-08-01",
    "benefit": {"financially": True},
    "benefit_from": {"labor": True},
    "federal": {
        "venture": {
            "participated": True,
            "benefit_from_participation": True,
            "engaged_in_labor_or_services_by_1589_means": True,
            "as_to_labor_means": {"knew": False, "reckless_disregard": True},
        }
    },
}
"""Review G, g17: every element of § 1589(b) stated, in the 2008 window (the 2000 text has
no (b))."""

_WINDOW_LABOR = {
    "act": "obtaining",
    "date": "2009-03-01",
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "labor": {"provided_or_obtained_labor_or_services": True},
        "labor_means": {"threats_of_serious_harm": True},
    },
}
"""Review G, g20: § 1589(a) met under both texts of the 2008 window."""


def test_an_undated_prong_gives_each_texts_answer_not_the_date_element() -> None:
    line = _line(_assess(_UNDATED_ADVERTISING, "2001-06-01"), "18 U.S.C. § 1591(a)(1)")
    assert line.split(" — ")[0].endswith("undetermined")
    assert "falls within the period" not in line
    # not a verb under the 2008 text; met under the 2015 and current texts
    assert (
        "under § 1591 as amended 23 December 2008 [R], not met: the conduct is advertising, "
        "which is not a verb of § 1591(a)(1);" in line
    )
    assert re.search(r"as amended 29 May 2015 \[.\] and [^;]*21 December 2018 \[S\], met$", line)


def test_a_window_prong_met_under_one_text_says_so() -> None:
    line = _line(_assess(_WINDOW_BENEFIT, "1985-01-01"), "18 U.S.C. § 1589(b)")
    assert line.split(" — ")[0].endswith("undetermined")
    assert "falls within the period" not in line
    assert "which text applied to the benefiting of 1 August 2009 is UNVERIFIED" in line
    assert "under § 1589 as amended 23 December 2008 [S], met" in line
    assert "under § 1589 as enacted 28 October 2000 [P], not met: the 2000 text of § 1589" in line


def test_a_period_is_never_named_as_a_text() -> None:
    for a in (_assess(_WINDOW_BENEFIT, "1985-01-01"), _assess(_UNDATED_ADVERTISING, "2001-06-01")):
        (finding,) = a.findings
        for line in finding.side_by_side:
            assert not re.search(r" in (\d+ \w+ \d{4} to|Before)", line), line
        text = a.to_json(detail="full")
        assert "§ 1591(a)(1) in 23 December 2008" not in text
        assert "§ 1591(a)(1) in 28 October 2000" not in text


def test_the_side_by_side_names_acts_by_verb_and_date_in_words() -> None:
    for conduct in (_WINDOW_BENEFIT, _WINDOW_LABOR):
        a = _assess(conduct, "1985-01-01")
        (finding,) = a.findings
        for line in finding.side_by_side:
            assert not _ISO.search(line), line
            assert not re.search(r"the conduct \((\d|date)", line), line
    line = _line(_assess(_WINDOW_LABOR, "1985-01-01"), "18 U.S.C. § 1591(a)(1)")
    assert "the obtaining of 1 March 2009 falls after the 2008 Act was enacted" in line


def _count_texts(a: nmt.Assessment) -> dict[str, str]:
    doc = json.loads(a.to_json())
    (pair,) = doc["summary"]["pairs"]
    (count,) = pair["counts"]
    return {law: act["text"] for law, act in count["laws"].items()}


def test_window_counts_name_each_section_and_both_texts_of_1589() -> None:
    for conduct in (_WINDOW_BENEFIT, _WINDOW_LABOR):  # the texts part; they agree
        texts = _count_texts(_assess(conduct, "1985-01-01"))
        for law in ("usc_1591", "usc_1590"):
            assert texts[law].startswith(f"18 U.S.C. § {law[4:]} (23 December 2008 to"), texts
            assert "UNVERIFIED" in texts[law]
        assert texts["usc_1589"] == (
            "18 U.S.C. § 1589 (23 December 2008 to 31 December 2009: as enacted 28 October 2000 "
            "[P] or as amended 23 December 2008 [S]; the 2008 rewrite's effective date is "
            "UNVERIFIED)"
        )
    text = _assess(_WINDOW_LABOR, "1985-01-01").explain()
    assert "texts: §§ 1591, 1590 (23 December 2008 to" in " ".join(text.split())


def test_a_count_before_any_text_names_its_section_once() -> None:
    texts = _count_texts(_assess({**_WINDOW_LABOR, "date": "2005-06-01"}, "1985-01-01"))
    assert texts["usc_1591"] == (
        "18 U.S.C. § 1591 (28 October 2000 to 22 December 2008: no version encoded)"
    )
    texts = _count_texts(_assess({**_WINDOW_LABOR, "date": "1999-06-01"}, "1975-01-01"))
    assert texts["usc_1590"] == "18 U.S.C. § 1590 (before 28 October 2000: did not exist)"


def test_every_side_by_side_line_writes_dates_in_words() -> None:
    # an undated act (the state line's date element is open) and one before the state text
    for conduct in ({"act": "recruiting"}, {"act": "recruiting", "date": "2007-09-01"}):
        pattern = FactPattern.model_validate(
            {
                "persons": [
                    {"id": "D", "roles": ["trafficker"]},
                    {"id": "W", "roles": ["victim"], "birth_date": "1990-01-01"},
                ],
                "conduct": [{"id": "o", "actor": "D", "person": "W", **conduct}],
            }
        )
        (finding,) = nmt.assess(pattern, today=TODAY, law="all").findings
        assert finding.side_by_side[0].startswith("NM 30-52-1")
        for line in finding.side_by_side:
            assert not _ISO.search(line), line
