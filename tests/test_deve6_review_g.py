"""Review G of 2026-12-07 (an AUSA), findings 1, 3 and 4, and the § 1594 line's limitation words.

- G1: a § 1594 conspiracy whose agreement may predate 23 December 2008 was given § 1594(b)/(c)
  with no caveat on its line; the origin caveat (``s1594.ORIGIN_NOTE``: "the origin of (b) and
  (c) is UNVERIFIED ... may not apply") reached only the actor's notes, never a party with no act
  of his own. Now the line says it, for every party.
- The § 1594 line's limitation reused the § 30-28-2 line's "never later": a federal conspiracy
  may be treated as continuing (not in the shared files), so it now says the day is the latest
  safe one on the stated facts and that a continuing conspiracy is not assessed. The § 30-28-2
  line keeps "never later" (§ 30-28-2(A) [S]: "knowingly combining"; nothing in the shared
  files contradicts it).
- G3: § 1591 against a child on 26 July 2006 (the day before § 3299): the count said "none under
  § 3299 or to 26 July 2011 (passed) under § 3282(a)" — but the five years had not run when
  § 3299 took effect (Stogner, related-law § 3.4: a later extension helps a prosecution not yet
  barred), and § 3283 (the child's life) was not named. Generally: an act whose five years had
  not run on 27 July 2006 says Stogner does not bar § 3299 (whether it reaches the act stays
  open); one whose five years had run says § 3299 does not revive them; a child: § 3283 (open).
- G4: an undated § 1589 act toward a worker born 1975 was offered § 3283 (the child's life),
  though §§ 1589 and 1590 began on 28 October 2000, when she was 25.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.memo import render as render_memo

TODAY = date(2026, 12, 7)
HEAD = "Related offense — conspiracy (18 U.S.C. § 1594"
# dated 1 May 2007: the facts settle that the agreement predates 2008 (review J, N3)
ORIGIN_B = (
    "§ 1594(b) may not apply: its origin is UNVERIFIED (presumably the 2008 Act) and the "
    "agreement predates 23 December 2008 (it was made by 1 May 2007)"
)
ORIGIN_C = (
    "§ 1594(c) may not apply: its origin is UNVERIFIED (presumably the 2008 Act) and the "
    "agreement predates 23 December 2008 (it was made by 1 May 2007)"
)
ORIGIN_BC = (
    "§ 1594(b) and (c) may not apply: their origin is UNVERIFIED (presumably the 2008 Act) and "
    "the agreement may predate 23 December 2008"
)
CONTINUING = "a later start, for a continuing conspiracy, is not assessed"
LABOR_FEDERAL = {
    "labor": {"provided_or_obtained_labor_or_services": True},
    "labor_means": {"threats_of_serious_harm": True},
    "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": False},
}
SEX_FEDERAL = {
    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
    "as_to_age": {"knew": True},
    "as_to_commercial_sex_act": {"knew": True},
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _labor_agreed(day: str | None, birth: str = "1980-01-01") -> dict[str, Any]:
    """C1 and C2 agree that C1 obtain X's labor by threats of serious harm (§ 1589 met)."""
    act: dict[str, Any] = {
        "id": "obt",
        "actor": "C1",
        "person": "X",
        "act": "obtaining",
        "knowingly": True,
        "agreement": {"with_persons": ["C2"], "to_commit_this_act": True},
        "to_subject_to": {"labor": True},
        "means_will_be_used": {"coercion": True},
        "federal": LABOR_FEDERAL,
    }
    if day is not None:
        act["date"] = day
    return {
        "persons": [{"id": "C1"}, {"id": "C2"}, {"id": "X", "birth_date": birth}],
        "conduct": [act],
    }


def _sex_agreed(day: str) -> dict[str, Any]:
    """D1 and D2 agree that D1 recruit Y (15) for commercial sex, in commerce: § 1591."""
    return {
        "persons": [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "Y", "birth_date": f"{int(day[:4]) - 15}-01-01"},
        ],
        "conduct": [
            {
                "id": "ry",
                "actor": "D1",
                "person": "Y",
                "act": "recruiting",
                "date": day,
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "agreement": {"with_persons": ["D2"], "to_commit_this_act": True},
                "federal": SEX_FEDERAL,
            }
        ],
    }


def _assess(data: dict[str, Any], law: str = "federal") -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(data), today=TODAY, law=law)  # type: ignore[arg-type]


def _line(result: nmt.Assessment, defendant: str) -> str:
    (pair,) = [p for p in result.summary.pairs if p.defendant == defendant]
    (line,) = [x for x in pair.related if x.startswith(HEAD)]
    return _flat(line)


# --- G1: the origin caveat on the § 1594 line, for every party ---------------------------------


def test_a_2007_agreement_carries_the_origin_caveat_for_every_party() -> None:
    """g08: C2, with no act of his own, never saw the caveat; now both lines carry it, before
    the limitation period (§ 1591 not at issue: (b) and (c) named as the line names them)."""
    result = _assess(_labor_agreed("2007-05-01"))
    for who in ("C1", "C2"):  # C2's line refers to C1's (said in full once), caveat and all
        line = _line(result, who)
        assert ORIGIN_B in line, line  # § 1591 not at issue: (b) alone
    full = _line(result, "C1")
    assert full.index(ORIGIN_B) < full.index("limitation (unless tolled; check)")
    # the JSON carries the line
    record = json.loads(result.to_json())
    (entry,) = record if isinstance(record, list) else [record]
    for pair in entry["summary"]["pairs"]:
        assert any("origin is UNVERIFIED (presumably the 2008 Act)" in x for x in pair["related"])


def test_a_1591_agreement_before_2009_names_both_paragraphs_it_gives() -> None:
    """g09's shape: § 1591 (§§ 1589, 1590 open, no fact of labor: not named): (c), for the
    party with no act of his own too."""
    line = _line(_assess(_sex_agreed("2007-05-01")), "D2")
    assert ORIGIN_C in line


def test_an_agreement_after_2008_has_no_origin_caveat() -> None:
    for day in ("2009-01-05", "2012-05-01"):
        for who in ("C1", "C2"):
            assert "origin is UNVERIFIED" not in _line(_assess(_labor_agreed(day)), who)


def test_an_undated_act_agreed_to_that_may_predate_2009_carries_the_caveat() -> None:
    """Undated, the worker born 1980: the act may be of 2001 to 2008 (the sections existed)."""
    line = _line(_assess(_labor_agreed(None)), "C2")
    assert "origin is UNVERIFIED (presumably the 2008 Act)" in line


def test_the_memo_conclusions_carry_the_caveat() -> None:
    memo = _flat(re.sub(r"<[^>]+>", " ", render_memo(_assess(_labor_agreed("2007-05-01")))))
    assert memo.count("origin is UNVERIFIED (presumably the 2008 Act) and the agreement") >= 2


# --- the § 1594 line's limitation: never "never later" -----------------------------------------


def test_the_federal_conspiracy_period_leaves_a_continuing_conspiracy_open() -> None:
    for data in (_labor_agreed("2015-06-01"), _sex_agreed("2015-06-01"), _labor_agreed(None)):
        line = _line(_assess(data), "C1" if "C1" in json.dumps(data) else "D1")
        assert "never later" not in line
        assert line.endswith(f"; {CONTINUING}).")
    line = _line(_assess(_labor_agreed("2015-06-01")), "C1")
    assert (
        "at the latest to 1 June 2025 (passed) under § 3298 [S]" in line
        and "counted from the act agreed to, by which the agreement, not dated, was made (the "
        "latest safe day on the stated facts"
        in line
    )


def test_the_state_conspiracy_says_what_the_federal_one_does() -> None:
    """§ 30-28-2(A) [S] ("knowingly combining") and § 30-1-8 [S] ("from the time the crime was
    committed") do not say when a continuing combination starts the period either: the state
    line no longer says "never later", but the § 1594 line's words (review N3 of session 7)."""
    result = _assess(_labor_agreed("2015-06-01"), law="all")
    (pair,) = [p for p in result.summary.pairs if p.defendant == "C1"]
    state = [_flat(x) for x in pair.related if "§ 30-28-2" in x]
    assert state and all("never later" not in x and x.endswith(f"; {CONTINUING}).") for x in state)


# --- G3: § 1591 before § 3299 -----------------------------------------------------------------


def _sex(day: str, birth: str) -> nmt.Assessment:
    data = {
        "persons": [{"id": "R"}, {"id": "A", "birth_date": birth}],
        "conduct": [
            {
                "id": "ra",
                "actor": "R",
                "person": "A",
                "act": "recruiting",
                "date": day,
                "knowingly": True,
                "federal": SEX_FEDERAL,
            }
        ],
    }
    return _assess(data)


def _count_1591(result: nmt.Assessment) -> Any:
    return result.summary.pairs[0].counts[0].laws["usc_1591"]


def test_a_child_the_day_before_3299_gets_3299_unbarred_and_3283() -> None:
    """g26: 26 July 2006, A 15. The five years (to 26 July 2011) had not run on 27 July 2006:
    Stogner does not bar § 3299, whether it reaches the act open; § 3283 named (open)."""
    result = _sex("2006-07-26", "1991-01-01")
    text = _flat(result.explain())
    assert (
        "limitation (unless tolled; check): § 1591 none under § 3299 if it reaches the act (open; "
        "Stogner does not bar it: the five years had not run when it took effect), or for the "
        "child's life under § 3283 if it reaches the offense (open), else to 26 July 2011 "
        "(passed) under § 3282(a)" in text
    )
    act = _count_1591(result)
    assert [p.citation for p in act.all_periods] == [
        "18 U.S.C. § 3299",
        "18 U.S.C. § 3282(a)",
        "18 U.S.C. § 3283",
    ]
    assert act.deadline is None and act.limitation_passed is None
    assert "or the child's life if § 3283 reaches it (open)" in act.limitation


def test_an_adult_whose_five_years_had_not_run_gets_3299_unbarred() -> None:
    """Any act from 27 July 2001 to 26 July 2006 (not the edge alone): 1 May 2003, adult."""
    result = _sex("2003-05-01", "1970-01-01")
    text = _flat(result.explain())
    assert (
        "§ 1591 none under § 3299 if it reaches the act (open; Stogner does not bar it: the five "
        "years had not run when it took effect), else to 1 May 2008 (passed) under § 3282(a)"
        in text
    )
    assert "§ 3283" not in text.split("Count:")[1].split("Still needed")[0]


def test_five_years_that_had_run_before_3299_are_not_revived() -> None:
    """1 March 2001, adult: the five years ended on 1 March 2006, before § 3299 (Stogner: a
    later law may not revive a time-barred prosecution): § 3282(a)'s period alone, passed."""
    result = _sex("2001-03-01", "1970-01-01")
    act = _count_1591(result)
    assert [p.citation for p in act.all_periods] == ["18 U.S.C. § 3282(a)"]
    assert act.deadline == date(2006, 3, 1) and act.limitation_passed is True
    assert "§ 3299 came after they had run and does not revive them (Stogner [P])" in (
        act.limitation
    )
    text = _flat(result.explain())
    # one count: "has passed" is said on the law's line (F11), the count line marks the day
    # passed too (session 7)
    assert "§ 1591 to 1 March 2006 (passed) under § 3282(a)" in text
    assert "the limitation period has passed (unless tolled; check)" in text


def test_a_child_whose_five_years_had_run_still_gets_3283_open() -> None:
    result = _sex("2001-03-01", "1984-01-01")
    act = _count_1591(result)
    assert [p.kind for p in act.all_periods] == ["years", "life"]
    assert act.deadline is None and act.limitation_passed is None
    assert (
        "§ 1591 to 1 March 2006 (passed) under § 3282(a), or for the child's life under § 3283 "
        "(whether § 3283 reaches the offense is open)" in _flat(result.explain())
    )


def test_after_3299_a_child_has_no_period_and_no_3283() -> None:
    act = _count_1591(_sex("2006-07-27", "1991-02-01"))
    assert act.limitation == "no limitation period (18 U.S.C. § 3299 [S])"
    assert act.limitation_passed is False


def test_the_note_says_the_same() -> None:
    notes = _flat(_sex("2006-07-26", "1991-01-01").explain(detail="elements"))
    assert (
        "whether § 3299 reached the act is open (Stogner does not bar it: these five years had "
        "not run on 27 July 2006" in notes
    )
    assert "or the child's life if § 3283 reaches it (open) (18 U.S.C. § 3283 [S])" in notes


# --- G4: § 3283 only where an offense under the section can have involved a child --------------


def _undated_labor(birth: str) -> nmt.Assessment:
    data = {
        "persons": [{"id": "E"}, {"id": "W", "birth_date": birth}],
        "conduct": [
            {
                "id": "obt",
                "actor": "E",
                "person": "W",
                "act": "obtaining",
                "knowingly": True,
                "federal": {
                    "labor": {"provided_or_obtained_labor_or_services": True},
                    "labor_means": {"physical_restraint": True},
                },
            }
        ],
    }
    return _assess(data)


def test_a_worker_who_was_25_when_1589_began_is_offered_no_3283() -> None:
    """g24: born 1 January 1975, 25 on 28 October 2000: §§ 1589 and 1590 cannot have reached her
    as a child (before them nothing is met)."""
    result = _undated_labor("1975-01-01")
    text = _flat(result.explain())
    assert "§ 3283" not in text
    for law in ("usc_1589", "usc_1590"):
        act = result.summary.pairs[0].counts[0].laws[law]
        assert all(p.kind != "life" for p in act.all_periods)


def test_a_worker_who_may_have_been_a_child_under_1589_is_still_offered_3283() -> None:
    """Born 1990: 10 in 2000, 36 now — the offense may have involved a child (open)."""
    text = _flat(_undated_labor("1990-01-01").explain())
    assert "or for the child's life under § 3283 (whether § 3283 reaches the offense is open)" in (
        text
    )


def test_a_conspiracy_to_an_undated_act_toward_an_adult_under_1589_names_no_3283() -> None:
    line = _line(_assess(_labor_agreed(None, birth="1975-01-01")), "C1")
    assert "§ 3283" not in line
    line = _line(_assess(_labor_agreed(None, birth="1990-01-01")), "C1")
    assert "whether § 3283 reaches it" in line
