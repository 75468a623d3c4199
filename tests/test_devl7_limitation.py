"""Review N of session 7 (dates and ages, read as a prosecutor): the limitation findings.

- N4: an undated act's period was always "running from the act's date (not stated)", `passed`
  null, even where the days the act can have happened on for its grade settle it: a girl born
  15 January 2000 was 13 to 15 (second degree) only from 15 January 2013 to 14 January 2016, so
  six years from then ended by 14 January 2022; a girl born 1 March 2009 was 13 only from
  1 March 2022, so no second degree period ends before 1 March 2028. Now "ended by ... (passed)"
  or "ending not before ...", and `passed` true or false where certain (null where not).
- N3: the § 30-28-2 line said "the period may end earlier if it was made earlier, never later",
  but neither § 30-28-2 nor § 30-1-8 says when a continuing combination starts the period: it
  now says what the § 1594 line says (one source).
- N8: the attempt and conspiracy lines said nothing on a period's last day; the count lines say
  "(the last day is today)". One formatter now marks them all.
- N11: the JSON `limitation` words listed the least serious grade first.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.render.summary_text import render_summary_text
from nm_trafficking.statute.related import limitation

SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _undated(*births: str) -> dict[str, Any]:
    """D transports each victim (born on the day given) on a day not stated, (A)(2)."""
    return {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            *({"id": f"V{i}", "roles": ["victim"], "birth_date": b} for i, b in enumerate(births)),
        ],
        "conduct": [
            {"id": f"t{i}", "actor": "D", "person": f"V{i}", "act": "transporting", **SEX}
            for i in range(len(births))
        ],
    }


def _assess(data: dict[str, Any], today: str, law: str = "nm") -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(data), today=date.fromisoformat(today), law=law)  # type: ignore[arg-type]


def _count(result: nmt.Assessment, victim: str, law: str = "nm_30_52_1") -> Any:
    (pair,) = [p for p in result.summary.pairs if p.victim == victim]
    return pair.counts[0].laws[law]


def _periods(act: Any) -> dict[tuple[str | None, str], bool | None]:
    """(grade, paragraph of § 30-1-8) -> passed."""
    return {(p.grade, p.citation.rsplit("(", 1)[-1].rstrip(")")): p.passed for p in act.periods}


def _text(result: nmt.Assessment) -> str:
    return _flat(render_summary_text(result.summary))


# --- N4: an undated act's period, from the days it can have happened on for its grade ---------


def test_an_undated_acts_period_that_has_certainly_passed_says_so() -> None:
    """Born 15 January 2000 (G) and 2 July 1995 (A): second degree only from the 13th to the day
    before the 16th birthday; first degree only before the 13th (and from 1 July 2008, when
    § 30-52-1 came in). Before: every period null, 'running from the act's date (not stated)'."""
    result = _assess(_undated("2000-01-15", "1995-07-02"), "2026-12-07")
    g = _count(result, "V0")
    assert _periods(g) == {
        ("first_degree_felony", "I"): False,  # none, if 'violent'
        ("first_degree_felony", "H"): True,  # three years from 14 January 2013 at the latest
        ("second_degree_felony", "A"): True,  # six years from 14 January 2016 at the latest
        ("third_degree_felony", "B"): None,  # from 15 January 2016 to today: not decided
    }
    by = {p.grade: p.by for p in g.periods if p.citation.endswith(("(A)", "(H)"))}
    assert by == {
        "first_degree_felony": date(2016, 1, 14),
        "second_degree_felony": date(2022, 1, 14),
    }
    assert g.limitation_passed is None and g.deadlines["second_degree_felony"] is None
    assert "six years, from a date not stated: ended by 14 January 2022 at the latest" in (
        g.limitation
    )
    text = _text(result)
    assert "if a second degree felony: ended by 14 January 2022 (passed) under § 30-1-8(A)" in text
    assert "else, on a reading, ended by 14 January 2016 (passed) under § 30-1-8(H)" in text
    a = _count(result, "V1")  # 13 from 2 July 2008: first degree only on 1 July 2008
    assert [p.by for p in a.periods if p.passed] == [date(2011, 7, 1), date(2017, 7, 1)]
    assert "ended by 1 July 2017 (passed) under § 30-1-8(A)" in text


@pytest.mark.parametrize(("today", "passed"), [("2022-01-14", None), ("2022-01-15", True)])
def test_passed_only_once_even_the_latest_last_day_is_before_today(
    today: str, passed: bool | None
) -> None:
    """The latest last day of G's second degree period is 14 January 2022: on that day it may
    still run (the act may be of 14 January 2016), the day after it has passed for certain."""
    g = _count(_assess(_undated("2000-01-15"), today), "V0")
    assert _periods(g)[("second_degree_felony", "A")] is passed


@pytest.mark.parametrize(
    ("today", "passed", "words"),
    [
        ("2026-12-07", False, "ending not before 1 March 2028 under § 30-1-8(A)"),
        ("2028-03-01", False, "ending not before 1 March 2028 (the last day may be today)"),
        ("2028-03-02", None, "running from the act's date (not stated) under § 30-1-8(A)"),
    ],
)
def test_an_undated_acts_period_that_cannot_have_passed_says_so(
    today: str, passed: bool | None, words: str
) -> None:
    """Born 1 March 2009: 13 on 1 March 2022, so a second degree act is of that day or later
    and its six years end on 1 March 2028 at the earliest (review N4: shown null)."""
    result = _assess(_undated("2009-03-01"), today)
    v = _count(result, "V0")
    assert _periods(v)[("second_degree_felony", "A")] is passed
    assert words in _text(result)
    # the first degree (under 13, before 1 March 2022): (H)'s three years by 28 February 2025
    assert _periods(v)[("first_degree_felony", "H")] is True
    if today == "2026-12-07":
        assert _periods(v)[("third_degree_felony", "B")] is False  # from 1 March 2025: 2030
        assert "from a date not stated: not before 1 March 2028" in v.limitation


def test_a_29_february_birth_reads_either_birthday_widest() -> None:
    """Born 29 February 2008 (the 29 February point open): 13 on 28 February or 1 March 2021,
    so a first degree act is of 28 February 2021 at the latest ((H): by 28 February 2024) and a
    second degree act of 28 February 2021 at the earliest (six years: not before 28 February
    2027); 16 on 29 February 2024, so the third degree's five years end on 28 February 2029 at
    the earliest (§ 12-2A-7(D): a period from 29 February ends on the last day of February)."""
    v = _count(_assess(_undated("2008-02-29"), "2026-12-07"), "V0")
    assert {(p.grade, p.passed, p.by) for p in v.periods if p.kind == "years"} == {
        ("first_degree_felony", True, date(2024, 2, 28)),
        ("second_degree_felony", False, date(2027, 2, 28)),
        ("third_degree_felony", False, date(2029, 2, 28)),
    }


def test_a_plain_age_bounds_no_undated_acts_days() -> None:
    """A plain age (no birth date, no day for it) is the age at one of the acts, which one not
    stated (review N1): it dates no birth, so the grade bounds no undated act's days — only the
    window does, and it decides nothing here."""
    data = _undated("2000-01-15")
    data["persons"][1] = {"id": "V0", "roles": ["victim"], "age": 14}
    v = _count(_assess(data, "2026-12-07"), "V0")
    assert v.possible == ["second_degree_felony"]  # 14 at the act
    assert [(p.kind, p.passed) for p in v.all_periods] == [("years", None)]


def test_a_federal_undated_acts_period_from_the_victims_birth() -> None:
    """§ 1589 against a boy born 1 June 2018, the act undated: § 3298's ten years end on
    1 June 2028 at the earliest — not passed (its life period then not passed either)."""
    data: dict[str, Any] = {
        "persons": [{"id": "D"}, {"id": "V", "birth_date": "2018-06-01"}],
        "conduct": [
            {
                "id": "o",
                "actor": "D",
                "person": "V",
                "act": "obtaining",
                "knowingly": True,
                "federal": {
                    "labor": {"provided_or_obtained_labor_or_services": True},
                    "labor_means": {"threats_of_serious_harm": True},
                },
            }
        ],
    }
    result = _assess(data, "2026-12-07", law="federal")
    u = _count(result, "V", "usc_1589")
    assert [(p.citation, p.passed, p.by) for p in u.periods] == [
        ("18 U.S.C. § 3298", False, date(2028, 6, 1)),
        ("18 U.S.C. § 3283", False, None),
    ]
    assert u.limitation_passed is False
    assert "§ 1589 and § 1590 ending not before 1 June 2028 under § 3298" in _text(result)
    # born 1 June 2015: ten years from 2015 ended in 2025, from today in 2036: not decided
    data["persons"][1]["birth_date"] = "2015-06-01"
    u = _count(_assess(data, "2026-12-07", law="federal"), "V", "usc_1589")
    assert u.periods[0].passed is None and u.limitation_passed is None


# --- N3 and N8: the conspiracy and attempt lines --------------------------------------------


def _agreed(today: str, law: str = "all") -> nmt.Assessment:
    """Review N's n16: D1 and D2 agree; D1 recruits V on 14 March 2020 (V 16), D2 transports
    her on 2 April 2021."""
    fed = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": True},
        "as_to_commercial_sex_act": {"knew": True},
    }
    return _assess(
        {
            "persons": [{"id": "D1"}, {"id": "D2"}, {"id": "V", "birth_date": "2003-03-20"}],
            "conduct": [
                {
                    "id": "r",
                    "actor": "D1",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2020-03-14",
                    "agreement": {"with_persons": ["D2"], "to_commit_this_act": True},
                    "federal": fed,
                    **SEX,
                },
                {
                    "id": "t",
                    "actor": "D2",
                    "person": "V",
                    "act": "transporting",
                    "date": "2021-04-02",
                    "agreement": {"with_persons": ["D1"], "to_commit_this_act": True},
                    "federal": fed,
                    **SEX,
                },
            ],
        },
        today,
        law,
    )


def test_the_state_conspiracy_does_not_say_never_later() -> None:
    """Neither § 30-28-2 ("knowingly combining") nor § 30-1-8 ("from the time the crime was
    committed") says whether a combination that goes on starts the period later: the state line
    says what the § 1594 line says, from one source (review N3)."""
    result = _agreed("2025-03-14")
    lines = [_flat(x) for p in result.summary.pairs for x in p.related if "limitation" in x]
    state = [x for x in lines if "§ 30-28-2" in x]
    federal = [x for x in lines if "§ 1594" in x]
    assert state and federal
    tail = limitation.CONSPIRACY_LATEST.format(act="the first act agreed to")
    for line in state + federal:
        assert "never later" not in line
        assert line.endswith(f"{limitation.CONTINUING_NOT_ASSESSED}).")
    # each party's § 30-28-2 period is counted from the act his own combination is stated for,
    # a grade that turns on the other's act from that act (review X1 of session 8); § 1594's
    # as before
    assert [x.count("counted for D") for x in state] == [1, 1]
    # § 1594 likewise: the line under D1 as before, D2's own period in his reference line
    assert federal[0].endswith(f"; {tail}.") and "counted for D2 from" in federal[1]


def test_the_conspiracy_and_attempt_lines_say_the_last_day_is_today() -> None:
    """As the count lines do (review N8): the conspiracy's five years under § 30-1-8(B) and
    § 3282(a) end on 14 March 2025; the attempt's six on 10 October 2025."""
    pairs = _agreed("2025-03-14").summary.pairs
    lines = [_flat(x) for p in pairs for x in p.related if "limitation" in x]
    # D2's § 1594 reference line now gives his own period (review X1 of session 8)
    assert len(lines) == 4 and all(
        "to 14 March 2025 (the last day is today) under §" in x for x in lines[:2]
    )
    assert "at the latest to 2 April 2026 under § 3282(a)" in lines[3]
    # D2's § 30-28-2 period runs from his own act of 2 April 2021 (review X1 of session 8)
    assert "to 2 April 2026 under § 30-1-8(B)" in lines[2]
    assert "to 14 March 2025 (the last day is today) under § 30-1-8(B) if a fourth" in lines[0]
    sting = {
        "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "O", "birth_date": "1990-10-10"}],
        "conduct": [
            {
                "id": "s",
                "actor": "D",
                "person": "O",
                "act": "enticing",
                "date": "2019-10-10",
                "believed_age": 12,
                **SEX,
            }
        ],
    }
    (line,) = [_flat(x) for p in _assess(sting, "2025-10-10").summary.pairs for x in p.related]
    assert line.endswith("to 10 October 2025 (the last day is today) under § 30-1-8(A).")
    (line,) = [_flat(x) for p in _assess(sting, "2025-10-11").summary.pairs for x in p.related]
    assert line.endswith("to 10 October 2025 (passed) under § 30-1-8(A).")


@pytest.mark.parametrize(
    ("today", "said"),
    [
        ("2025-03-13", ""),
        ("2025-03-14", " (the last day is today)"),
        ("2025-03-15", " (passed)"),
    ],
)
def test_one_mark_for_every_limitation_line(today: str, said: str) -> None:
    assert limitation.mark(date(2025, 3, 14), date.fromisoformat(today)) == said
    assert limitation.mark(date(2025, 3, 14), None) == ""


# --- N11: the JSON words most serious first ---------------------------------------------------


def test_the_json_limitation_words_list_the_most_serious_grade_first() -> None:
    """Review N11: 'third degree felony: ...; second ...; first ...' in the JSON, while the text
    lists them most serious first (every list in words is)."""
    g = _count(_assess(_undated("2000-01-15"), "2026-12-07"), "V0")
    words = g.limitation
    first, second, third = (
        words.index(f"{n} degree felony:") for n in ("first", "second", "third")
    )
    assert first < second < third
    assert list(g.deadlines) == [
        "first_degree_felony",
        "second_degree_felony",
        "third_degree_felony",
    ]


def test_the_limitation_note_reads_the_undated_days_too_most_serious_first() -> None:
    """The § 30-1-8 note (``--detail elements``) says what the count line says of an undated
    act, its grades most serious first (it listed 'third ...; second ...; first ...')."""
    result = _assess(_undated("2000-01-15"), "2026-12-07")
    (note,) = [
        n
        for n in (*result.summary.notes, *(n for f in result.findings for n in f.notes))
        if n.citation == "NMSA 1978, § 30-1-8"
    ][:1]
    text = _flat(note.text)
    assert (
        "six years under NMSA 1978, § 30-1-8(A) [S], from a date not stated: ended by "
        "14 January 2022 at the latest, unless tolled (passed)" in text
    )
    assert (
        text.index("first degree felony:")
        < text.index("second degree felony:")
        < text.index("third degree felony:")
    )
