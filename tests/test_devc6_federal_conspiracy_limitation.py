"""The § 1594 conspiracy's own limitation period (contract 2.5.0).

Until then the federal conspiracy line (18 U.S.C. § 1594 [S]) gave no period and its fields
``deadline`` and ``passed`` were always null, though the § 30-28-2 line beside it gives its
own "at the latest". ``related-law-2026-12.md`` § 3.3 [S]: § 3282(a), five years; § 3298, ten
years for "any non-capital offense or conspiracy to commit a non-capital offense under section
... 1589 ... 1590" (enactment date NOT FOUND, believed 2008); § 3299, no limitation "for any
felony under chapter ... 117, or section 1591" — and whether § 3299 reaches § 1594 attempts and
conspiracies to violate § 1591 is an open point. The conservative reading:

- a conspiracy to violate § 1589 or § 1590 ((b)): § 3298's ten years, counted from the first
  act agreed to, the latest the period can end (the agreement is not dated, and was made by
  it), with § 3298's enactment open point where the agreement may predate 2009;
- a conspiracy to violate § 1591 ((c)): § 3282(a)'s five years, never "no limitation period",
  saying that whether § 3299 reaches it is open; ``passed`` never true (none may apply).
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import jsonschema

import nm_trafficking as nmt
from nm_trafficking.render.memo import render as render_memo
from nm_trafficking.statute.related import limitation

TODAY = date(2026, 12, 7)
WITH_B = {"with_persons": ["B"], "to_commit_this_act": True}
NO_SEX = {"as_to_commercial_sex_act": {"knew": False, "reckless_disregard": False}}
LABOR = {
    "labor": {
        "labor_or_services_of_the_person": True,
        "provided_or_obtained_labor_or_services": True,
    },
    "labor_means": {"physical_restraint": True},
    **NO_SEX,
}
SEX_1591 = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_commercial_sex_act": {"knew": True},
    "knew_means_will_be_used": {"threats_of_force": True},
    "offense_effected_by": {"threats_of_force": True},
    "labor": {"provided_or_obtained_labor_or_services": False, "for_labor_or_services": False},
}
HEAD = "Related offense — conspiracy (18 U.S.C. § 1594"
LATEST = (
    "by which the agreement, not dated, was made (the latest safe day on the stated facts; a "
    "later start, for a continuing conspiracy, is not assessed)"
)  # review G: never "never later" for § 1594 (a federal conspiracy may be continuing)
ENACTED = "§ 3298's enactment date, not found, and the agreement may predate it"
NONE_3299 = "none under § 3299 if it reaches a § 1594(c) conspiracy (open), else "


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _labor(*days: str | None, law: str = "federal") -> nmt.Assessment:
    """H and B agree to H's obtaining of M (an adult) by physical restraint: § 1589 met or open,
    § 1591 not met (no commercial sex act). One act per day (``None``: undated)."""
    conduct = []
    for n, day in enumerate(days):
        act: dict[str, Any] = {
            "id": f"k{n}",
            "actor": "H",
            "person": "M",
            "act": "obtaining",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": False,
            "agreement": WITH_B,
            "federal": LABOR,
        }
        if day is not None:
            act["date"] = day
        conduct.append(act)
    persons = [{"id": "H"}, {"id": "B"}, {"id": "M", "birth_date": "1965-01-01"}]
    pattern = nmt.from_dict({"persons": persons, "conduct": conduct})
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _sex(day: str, *, labor: bool = False, birth: str = "1990-01-01") -> nmt.Assessment:
    """A and B agree to A's recruiting of V for commercial sex by threats of force, in
    commerce: § 1591 met; with ``labor``, §§ 1589 and 1590 left open (no fact of labor)."""
    federal = dict(SEX_1591)
    if labor:  # the labor facts open, and labor put at issue (a state purpose): (b) named too
        del federal["labor"]
    act = {
        "id": "r",
        "actor": "A",
        "person": "V",
        "act": "recruiting",
        "date": day,
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"commercial_sexual_activity": True, **({"labor": True} if labor else {})},
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
        "federal": federal,
    }
    persons = [{"id": "A"}, {"id": "B"}, {"id": "V", "birth_date": birth}]
    pattern = nmt.from_dict({"persons": persons, "conduct": [act]})
    return nmt.assess(pattern, today=TODAY, law="federal")


def _federal(result: nmt.Assessment, defendant: str) -> tuple[str, Any]:
    """The pair's § 1594 line and its fields."""
    (pair,) = [p for p in result.summary.pairs if p.defendant == defendant]
    found = [
        (line, r)
        for line, r in zip(pair.related, pair.related_offenses, strict=True)
        if line.startswith(HEAD)
    ]
    assert len(found) == 1, pair.related
    line, fields = _flat(found[0][0]), found[0][1]
    if " above (one agreement" in line:  # said in full under an earlier pair: read it there
        full = [
            _flat(x)
            for p in result.summary.pairs
            for x in p.related
            if x.startswith(HEAD) and " above (one agreement" not in x
        ]
        assert len(full) == 1
        line = full[0]
    return line, fields


def _limitation(line: str) -> str:
    """The line's limitation clause (after the punishment, which § 1594 states)."""
    assert "; limitation (unless tolled; check): " in line, line
    return line.split("; limitation (unless tolled; check): ", 1)[1]


# --- (c): a conspiracy to violate § 1591 ---------------------------------------------------------


def test_a_conspiracy_to_violate_1591_gets_the_five_years_of_3282_never_no_limit() -> None:
    """Agreed 1 June 2015 (by the act agreed to): § 3282(a)'s five years end at the latest on
    1 June 2020, before 7 December 2026 — said passed in words; the fields do not say it passed
    (§ 3299, no limitation, may reach it: open), and never say there is no limit."""
    result = _sex("2015-06-01")
    for who in ("A", "B"):
        line, entry = _federal(result, who)
        assert "§ 1594(c) [S]" in line and "§ 1594(b)" not in line  # § 1591 alone
        said = _limitation(line)
        assert said.startswith(NONE_3299 + "at the latest to 1 June 2020 (passed) under § 3282(a)")
        assert "no limitation period" not in line and "§ 3298" not in line
        assert said.endswith("counted from the act agreed to, " + LATEST + ".")
        assert entry.citation == "18 U.S.C. § 1594(c)" and entry.grades == []
        assert entry.deadline == date(2020, 6, 1)  # the shortest period that may apply
        assert entry.passed is None  # § 3299 may reach it: not known, never true


def test_a_1591_conspiracy_whose_five_years_have_not_run_is_not_said_passed() -> None:
    line, entry = _federal(_sex("2024-03-10"), "A")
    assert _limitation(line).startswith(
        NONE_3299 + "at the latest to 10 March 2029 under § 3282(a) [S]"
    )
    assert "(passed)" not in line
    assert entry.deadline == date(2029, 3, 10) and entry.passed is None  # never false


# --- (b): a conspiracy to violate § 1589 or § 1590 -----------------------------------------------


def test_a_conspiracy_to_violate_1589_gets_3298s_ten_years_at_the_latest() -> None:
    """Agreed by 1 June 2015 (after 2008: no enactment point): ten years under § 3298, whose
    words name a conspiracy, end at the latest on 1 June 2025 — passed on 7 December 2026, and
    even the latest has passed, so `passed` is true (as the § 30-28-2 conspiracy's is)."""
    result = _labor("2015-06-01")
    line, entry = _federal(result, "H")
    said = _limitation(line)
    assert said.startswith(
        "at the latest to 1 June 2025 (passed) under § 3298 [S]; counted from the act agreed to, "
    )
    assert limitation.CONSPIRACY_3298_WORDS in limitation.S_3298  # verbatim
    assert "NOT FOUND" not in said and "§ 3283" not in said and "§ 3282" not in said
    assert entry.citation == "18 U.S.C. § 1594(b)"
    assert entry.deadline == date(2025, 6, 1) and entry.passed is True
    # B, with no act of his own, has the same period
    b_line, b_entry = _federal(result, "B")
    assert _limitation(b_line) == said
    assert (b_entry.deadline, b_entry.passed) == (entry.deadline, entry.passed)


def test_a_1589_conspiracy_not_yet_out_of_time_is_null_never_false() -> None:
    line, entry = _federal(_labor("2020-06-01"), "H")
    assert _limitation(line).startswith("at the latest to 1 June 2030 under § 3298 [S]")
    assert entry.deadline == date(2030, 6, 1) and entry.passed is None


def test_an_agreement_before_2009_says_3298s_enactment_is_open() -> None:
    """Agreed by 1 June 2007: § 3298 (believed 2008) may postdate the agreement."""
    line, entry = _federal(_labor("2007-06-01"), "H")
    said = _limitation(line)
    assert said.startswith("at the latest to 1 June 2017 (passed) under § 3298 [S]")
    assert f" (open: {ENACTED});" in said
    assert entry.deadline == date(2017, 6, 1) and entry.passed is True


def test_an_undated_act_agreed_to_runs_from_the_agreement_not_dated() -> None:
    """No act agreed to is dated: the period is named, from the agreement (not dated); it may
    predate 2009 (the act's earliest day is the victim's birth), so the enactment point too."""
    line, entry = _federal(_labor(None), "H")
    said = _limitation(line)
    assert said.startswith(f"ten years under § 3298 [S] (open: {ENACTED})")
    assert said.endswith(
        "running from the agreement (not dated; made by the first act agreed to, whose date is "
        "not stated either; a later start, for a continuing conspiracy, is not assessed)."
    )
    assert "at the latest" not in said
    assert entry.deadline is None and entry.passed is None


def test_an_undated_act_with_a_dated_one_names_the_dated_act_as_the_bound() -> None:
    """The agreement was made by the earliest dated act agreed to at the latest; the undated
    act may be earlier (as the § 30-28-2 line says it)."""
    line, entry = _federal(_labor(None, "2016-02-01"), "H")
    said = _limitation(line)
    assert said.startswith("at the latest to 1 February 2026 (passed) under § 3298 [S]")
    assert "counted from H's obtaining of M on 1 February 2016, the first dated act agreed to" in (
        said
    )
    # M (born 1965) was 35 when §§ 1589 and 1590 came in (28 October 2000): no offense under
    # them can have involved a child, so § 3283 is not named (review G4; it was, from her
    # birth), and even the latest end has passed
    assert "§ 3283" not in said
    assert entry.deadline == date(2026, 2, 1) and entry.passed is True


# --- both (b) and (c) -----------------------------------------------------------------------------


def test_both_paragraphs_give_each_period_and_the_fields_the_earliest() -> None:
    """§ 1591 met, §§ 1589 and 1590 open: (c)'s five years and (b)'s ten, each named; the
    victim was 17 (a child: § 3283 may reach (b), open). `deadline` is the earliest; `passed`
    null (neither certainly applies alone)."""
    line, entry = _federal(_sex("2022-03-01", labor=True, birth="2004-12-01"), "A")
    said = _limitation(line)
    assert said.startswith(
        "for (c), "
        + NONE_3299.replace(", else ", ", ")
        # the victim, 17, a child: § 3283 may reach (c) too (review V5 of session 8)
        + "or for V's life (or ten years, if longer) under § 3283 if it reaches it (open), else "
        + "at the latest to 1 March 2027 under § 3282(a) [S];"
    )
    assert (
        "; for (b), at the latest to 1 March 2032 under § 3298 [S] (open: whether § 3283 reaches "
        "it);" in said
    )
    assert entry.citation == "18 U.S.C. § 1594"
    assert entry.deadline == date(2027, 3, 1) and entry.passed is None
    assert entry.deadlines is None  # by grade: § 1594 gives none


# --- the contract ---------------------------------------------------------------------------------


def test_the_json_has_the_period_and_validates_against_the_2_5_0_schema() -> None:
    result = _labor("2015-06-01")
    record = json.loads(result.to_json())
    # 2.5.0 gave the period; a later minor version keeps it
    major, minor, _ = map(int, record["contract_version"].split("."))
    assert major == 2 and minor >= 5
    (pair,) = [p for p in record["summary"]["pairs"] if p["defendant"] == "H"]
    (entry,) = pair["related_offenses"]
    assert entry["deadline"] == "2025-06-01" and entry["passed"] is True
    jsonschema.Draft202012Validator(nmt.output_schema("summary")).validate(record)


def test_the_memo_gives_the_period_and_does_not_call_an_open_one_passed() -> None:
    """The memo's table gave "not assessed" for the period; its conclusions line now lists a
    § 1594(b) period that has passed, but not a § 1594(c) one (§ 3299 may reach it)."""
    memo = _flat(re.sub(r"<[^>]+>", " ", render_memo(_labor("2015-06-01"))))
    assert "to 1 June 2025 (passed), unless tolled" in memo
    assert "1594(b) for the conspiracy to commit the obtaining of 1 June 2015 (to 1 June 2025)" in (
        memo
    )
    memo = _flat(re.sub(r"<[^>]+>", " ", render_memo(_sex("2015-06-01"))))
    # the day marked as passed only if no longer period applies (review V5 of session 8)
    assert (
        "to 1 June 2020 (passed, if no longer period applies: open, see the line), unless tolled"
        in memo
    )
    assert "1594(c) for the conspiracy" not in memo
