"""Review S of session 7 (an AAG deciding whether to charge).

- S1: a child's § 1591 line said "(b)(1) …, or no punishment stated by the text if the offense
  was not effected by force, threats of force, fraud or coercion". Under 14, (b)(1) applies
  whatever the means; 14 to 17 without them, (b)(2). § 1591(b) is silent only for an adult not
  so effected, or for a verb it does not list (maintaining): for a child, the clause now names
  the venture's act as its condition.
- S2: an old case's law line named the counts whose period had passed, and was silent on a first
  degree count whose § 30-1-8(H) three years had run too: only (I) keeps it alive, if the offense
  is a 'first degree violent felony' (open). The line and the memo's conclusions now say so.
- S3: a period ending today was said on the count's line alone: now on the law's line, the
  memo's conclusions and the timeline's caption too.
- S6: the note that (A)(3) has no minor-only variant suggested § 30-6A-4 for a 17-year-old; the
  section is reported to reach children under 16 only: named so where the minor may have been 16
  or 17, and the related-law list says its age limit.
- S4: (H)'s three years for a first degree felony rest on a text quoted with (C) to (G) elided:
  "on a reading" on the count line, and the § 30-1-8 note says why.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.memo import render as render_memo
from nm_trafficking.render.summary_text import render_summary_text

TODAY = date(2026, 12, 7)
NOT_EFFECTED = "the offense was not effected by force, threats of force, fraud or coercion"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _benefiting(birth: str, venture: str | None = None) -> dict[str, Any]:
    """O benefits from a venture that sells V (born on ``birth``) for sex; no means known."""
    act: dict[str, Any] = {
        "id": "b",
        "actor": "O",
        "person": "V",
        "act": "benefiting",
        "date": "2026-06-01",
        "knowingly": True,
        "benefit": {"financially": True},
        "benefit_from": {"commercial_sexual_activity": True},
        "means_was_used": {"force": False, "fraud": False, "coercion": False},
    }
    if venture is not None:
        act["federal"] = {"venture": {"act": venture}}
    return {
        "persons": [
            {"id": "O", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], "birth_date": birth},
        ],
        "conduct": [act],
    }


def _line(data: dict[str, Any]) -> str:
    result = nmt.assess(nmt.from_dict(data), today=TODAY, law="federal")
    line = _flat(render_summary_text(result.summary)).split("§ 1591: ")[1]
    return line.split(" § 1589")[0]


def test_child_under_14_no_punishment_only_for_maintaining() -> None:
    line = _line(_benefiting("2015-02-01"))  # 11 at the act
    assert "(b)(1): 15 years to life" in line
    assert f"if {NOT_EFFECTED}" not in line
    assert "if the venture's act was maintaining" in line
    assert f"and {NOT_EFFECTED}" in line


def test_child_14_to_17_no_punishment_only_for_maintaining() -> None:
    line = _line(_benefiting("2011-01-01"))  # 15 at the act
    assert "(b)(2): 10 years to life" in line
    assert f"if {NOT_EFFECTED}" not in line
    assert "if the venture's act was maintaining" in line


def test_child_venture_act_listed_no_clause() -> None:
    line = _line(_benefiting("2011-01-01", venture="obtaining"))
    assert "no punishment stated" not in line


def test_adult_keeps_means_condition() -> None:
    data = _benefiting("1990-01-01")
    data["conduct"][0]["means_was_used"] = {"force": "unknown"}
    data["conduct"][0]["federal"] = {"venture": {"act": "obtaining"}}
    line = _line(data)
    assert f"or no punishment stated by the text if {NOT_EFFECTED}" in line


def test_penalty_reason_names_the_condition() -> None:
    """The count's reason (--detail elements) ties the clause to the venture's act too."""
    result = nmt.assess(nmt.from_dict(_benefiting("2015-02-01")), today=TODAY, law="federal")
    reason = _flat(result.to_json(detail="full"))
    assert "for the combination, UNVERIFIED" not in reason
    assert "(or no punishment stated by the text if the venture's act was maintaining" in reason


SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _acts(birth: str, *acts: tuple[str, str]) -> nmt.Assessment:
    """X does each (verb, date) to V (born ``birth``), for sex; § 30-52-1 alone."""
    data = {
        "persons": [
            {"id": "X", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], "birth_date": birth},
        ],
        "conduct": [
            {"id": f"a{i}", "actor": "X", "person": "V", "act": verb, "date": day, **SEX}
            for i, (verb, day) in enumerate(acts)
        ],
    }
    return nmt.assess(nmt.from_dict(data), today=TODAY, law="nm")


def _law_line(result: nmt.Assessment) -> str:
    text = _flat(render_summary_text(result.summary))
    return text.split("§ 30-52-1: ")[1].split(" Counts")[0].split(" Still needed")[0]


def _memo(result: nmt.Assessment) -> str:
    """The memo's words: tags dropped, entities and no-break spaces read."""
    text = re.sub(r"<[^>]+>", " ", render_memo(result))
    return _flat(html.unescape(text).replace("\xa0", " "))


VIOLENT = "unless the offense is a 'first degree violent felony', an open point"


def test_old_case_first_degree_count_rests_on_an_open_point() -> None:
    """Aged 12 on 1 August 2009 (first degree: (H)'s three years ran on 1 August 2012), 13 and
    15 at the transports (second degree: six years, run in 2016 and 2018)."""
    result = _acts(
        "1996-09-15",
        ("recruiting", "2009-08-01"),
        ("transporting", "2010-06-01"),
        ("transporting", "2012-03-01"),
    )
    line = _law_line(result)
    assert (
        "has passed for the transporting of 1 June 2010 and the transporting of 1 March 2012; "
        f"for the recruiting of 1 August 2009 it has also passed {VIOLENT} (unless tolled; check)"
    ) in line
    memo = _memo(result)
    assert f"§ 30-52-1 for the recruiting of 1 August 2009 (to 1 August 2012, {VIOLENT})" in memo


def test_single_first_degree_count() -> None:
    line = _law_line(_acts("1996-09-15", ("recruiting", "2009-08-01")))
    assert f"the limitation period has passed {VIOLENT} (unless tolled; check)" in line


def test_first_degree_count_still_running_is_not_said() -> None:
    line = _law_line(_acts("2015-02-01", ("recruiting", "2026-07-04")))
    assert "limitation period" not in line


def test_a_period_ending_today_on_the_law_line_and_memo() -> None:
    """Aged 15 (second degree: six years under § 30-1-8(A)): acts of 7 and 8 December 2020, the
    first's period ending today, the second's tomorrow."""
    result = _acts("2005-06-01", ("recruiting", "2020-12-07"), ("obtaining", "2020-12-08"))
    line = _law_line(result)
    assert (
        "the limitation period ends today for the recruiting of 7 December 2020 "
        "(unless tolled; check)"
    ) in line
    assert "8 December 2020 (unless" not in line
    memo = _memo(result)
    assert (
        "Limitation periods ending today (dated warnings, unless tolled; check): "
        "§ 30-52-1 for the recruiting of 7 December 2020."
    ) in memo
    assert "(the recruiting of 7 December 2020; the last day is today)" in memo


def test_single_count_ending_today() -> None:
    line = _law_line(_acts("2005-06-01", ("recruiting", "2020-12-07")))
    assert "the limitation period ends today (unless tolled; check)" in line


def test_first_degree_fallback_said_as_a_reading() -> None:
    result = _acts("2015-02-01", ("recruiting", "2026-07-04"))
    text = _flat(render_summary_text(result.summary))
    assert "else, on a reading, to 4 July 2029 under § 30-1-8(H)" in text
    full = _flat(result.to_json(detail="full"))
    assert "(a reading: the reference does not quote (C) to (G))" in full
    assert "otherwise, on a reading, three years, to 4 July 2029" in full


def _benefiting_note(birth: str) -> str:
    data = _benefiting(birth)
    data["conduct"][0].pop("means_was_used")
    result = nmt.assess(nmt.from_dict(data), today=TODAY, law="nm")
    return _flat(result.explain(detail="elements"))


def test_child_prostitution_law_suggested_by_age() -> None:
    """§ 30-6A-4: reported to reach children under 16 (research § 3.2; nmsa-30-52-1.md § 4)."""
    at_17 = _benefiting_note("2009-01-01")  # 17 on 1 June 2026
    assert "no minor-only variant" in at_17
    assert "e.g. NMSA § 30-6A-4 and § 30-9-4.1" not in at_17
    assert "NMSA § 30-6A-4 is reported to reach children under 16 only" in at_17
    at_15 = _benefiting_note("2011-01-01")
    assert "e.g. NMSA § 30-6A-4 and § 30-9-4.1" in at_15
    assert "under 16 only (its text" not in at_15
    assert "by prostitution (reported to reach children under 16 only;" in at_15
