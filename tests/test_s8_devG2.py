"""Review Z2 of session 8 (an AAG's charging screen): whose agreement a conspiracy line states,
and the memo's "every limitation period has passed".

- Z2-1: the § 1594 line said "R agreed with Dv to commit Dv's transporting … (stated)" where
  only Dv's agreement is on file (the fact on an act states its actor's agreement); it now
  words it as the § 30-28-2 line does: "Dv agreed with R …; R's own knowing combination is not
  stated; only Dv's, with R".
- Z2-2: "X and Y agreed … (stated)" where only X's combination is stated: now "X knowingly
  combined with Y" (the conspiracy note's words), with the unsettled point (§ 30-28-2(A) [S]:
  "knowingly combining with another") said as a reading.
- Z2-3: "Every limitation period has passed" while § 1591 (none under § 3299) or § 1589 and
  § 1590 (§ 3298) were open: a law met or open whose period is not shown is not one passed."""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
COMMERCE = {"jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True}}


def _assess(persons: list[dict[str, Any]], *conduct: dict[str, Any], law: str = "all") -> Any:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return nmt.assess(pattern, today=TODAY, law=law)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _related(result: Any, defendant: str, victim: str, cite: str) -> list[str]:
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    return [_flat(line) for line in pair.related if cite in line]


def _memo(result: Any) -> str:
    return _flat(html.unescape(re.sub(r"<[^>]+>", " ", result.memo())))


def _z26() -> Any:
    """z26: R recruits V (15) on 1 March 2025; Dv transports her on 2 March 2025, stating his
    agreement with R; R's agreement is not stated."""
    return _assess(
        [{"id": "R"}, {"id": "Dv"}, {"id": "V", "birth_date": "2010-02-02"}],
        {"id": "rec", "actor": "R", "person": "V", "act": "recruiting", "date": "2025-03-01"} | SEX,
        {
            "id": "drv",
            "actor": "Dv",
            "person": "V",
            "act": "transporting",
            "date": "2025-03-02",
            "agreement": {"with_persons": ["R"], "to_commit_this_act": True},
        }
        | SEX,
    )


def _z25() -> Any:
    """z25: X recruits V (11) on 14 June 2022, stating his agreement with Y; Y's transporting
    states an agreement with X, but not to commit that act."""
    return _assess(
        [{"id": "X"}, {"id": "Y"}, {"id": "V", "birth_date": "2010-06-15"}],
        {
            "id": "xr",
            "actor": "X",
            "person": "V",
            "act": "recruiting",
            "date": "2022-06-14",
            "agreement": {"with_persons": ["Y"], "to_commit_this_act": True},
        }
        | SEX,
        {
            "id": "yt",
            "actor": "Y",
            "person": "V",
            "act": "transporting",
            "date": "2022-06-16",
            "knowingly": True,
            "agreement": {"with_persons": ["X"], "to_commit_this_act": False},
        },
    )


# --- Z2-1: the § 1594 line states only the agreement on file ---------------------------------


def test_the_1594_line_does_not_say_the_named_party_agreed() -> None:
    """Before: 'R agreed with Dv to commit Dv's transporting of V on 2 March 2025 (stated)'."""
    (line,) = _related(_z26(), "R", "V", "§ 1594")
    assert "R agreed with Dv" not in line
    assert (
        "Dv agreed with R to commit Dv's transporting of V on 2 March 2025 (stated; R's own "
        "knowing combination is not stated; only Dv's, with R), which may meet § 1591" in line
    )


def test_the_1594_reference_keeps_the_named_partys_standing() -> None:
    """Where the § 1594 line is said in full under the other party, the named party's
    reference says his own agreement is not stated (z25: Y)."""
    (line,) = _related(_z25(), "Y", "V", "§ 1594")
    assert "the § 1594 conspiracy of X and Y above" in line
    assert "Y's own knowing combination is not stated; only X's, with Y" in line


def test_the_memo_repeats_the_corrected_1594_line() -> None:
    text = _memo(_z26())
    assert "R agreed with Dv" not in text
    assert "Dv agreed with R to commit Dv's transporting of V on 2 March 2025" in text


def test_both_agreements_stated_still_read_as_agreed() -> None:
    """Each party's agreement stated (each on his own act, naming the other): 'A and B agreed'
    stays, with no unsettled clause."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "V", "birth_date": "2012-01-01"}],
        {
            "id": "a",
            "actor": "A",
            "person": "V",
            "act": "recruiting",
            "date": "2025-01-01",
            "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
        }
        | SEX,
        {
            "id": "b",
            "actor": "B",
            "person": "V",
            "act": "transporting",
            "date": "2025-01-02",
            "agreement": {"with_persons": ["A"], "to_commit_this_act": True},
        }
        | SEX,
    )
    for line in _related(result, "A", "V", "conspiracy"):
        assert "knowingly combined with" not in line and "not settled" not in line


# --- Z2-2: one side's combination stated ---------------------------------------------------


def test_one_sided_state_line_says_what_is_stated_and_the_open_point() -> None:
    """Before: 'X and Y agreed to commit the recruiting of 14 June 2022 (stated)'."""
    (line,) = _related(_z25(), "X", "V", "§ 30-28-2")
    assert "X and Y agreed" not in line
    assert "X knowingly combined with Y to commit the recruiting of 14 June 2022 (stated)" in line
    assert (
        "Y's own combination to it is not stated: whether X's combining alone meets 'knowingly "
        "combining with another' (§ 30-28-2(A) [S]) is not settled in the sources read (read "
        "here as meeting it)" in line
    )


def test_one_sided_1594_line_says_what_is_stated() -> None:
    (line,) = _related(_z25(), "X", "V", "§ 1594")
    assert "X and Y agreed" not in line
    assert (
        "X knowingly combined with Y to commit the recruiting of 14 June 2022 (stated; Y's own "
        "combination to it is not stated)" in line
    )


def test_the_actor_whose_agreement_alone_is_stated_in_z26() -> None:
    """Before: 'Dv and R agreed to commit the transporting of 2 March 2025 (stated)'."""
    (line,) = _related(_z26(), "Dv", "V", "§ 30-28-2")
    assert "Dv and R agreed" not in line
    assert "Dv knowingly combined with R to commit the transporting of 2 March 2025" in line


# --- Z2-3: "every limitation period has passed" -------------------------------------------


def _conclusions(result: Any) -> str:
    text = _memo(result)
    return text[text.index("1. Conclusions") : text.index("2. Counts")]


def test_every_not_said_when_a_federal_law_is_open_without_a_period_shown() -> None:
    """z06: a trucker transports a 17-year-old in commerce on 10 June 2021, purpose unknown:
    § 30-52-1's five years passed on 10 June 2026; § 1591, § 1589 and § 1590 are open, their
    periods not shown (§ 1591: none under § 3299). Before: 'Every limitation period has
    passed'."""
    result = _assess(
        [{"id": "T"}, {"id": "V", "age": 17, "age_on": "2021-06-10"}],
        {
            "id": "haul",
            "actor": "T",
            "person": "V",
            "act": "transporting",
            "date": "2021-06-10",
            "knowingly": True,
            "federal": COMMERCE,
        },
    )
    text = _conclusions(result)
    assert "Every limitation period has passed" not in text
    assert "Limitation periods passed (dated warnings, unless tolled; check): § 30-52-1" in text


def test_every_not_said_when_1591_is_met_with_no_period() -> None:
    """§ 1591 met (commerce, knowledge of age and of the commercial sex act), no period under
    § 3299; § 30-52-1's five years (V 17) passed on 10 June 2024."""
    fed = COMMERCE | {"as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True}}
    result = _assess(
        [{"id": "T"}, {"id": "V", "age": 17, "age_on": "2019-06-10"}],
        {
            "id": "r",
            "actor": "T",
            "person": "V",
            "act": "recruiting",
            "date": "2019-06-10",
            "federal": fed,
        }
        | SEX,
    )
    text = _conclusions(result)
    assert "§ 30-52-1 for the recruiting of 10 June 2019" in text
    assert "Every limitation period has passed" not in text


def test_every_not_said_when_another_count_is_undated() -> None:
    """One count dated and passed, another undated (its period not known to have passed)."""
    result = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "2000-01-01"}],
        {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2017-06-10"} | SEX,
        {"id": "b", "actor": "D", "person": "V", "act": "transporting"} | SEX,
        law="nm",
    )
    text = _conclusions(result)
    assert "§ 30-52-1 for the recruiting of 10 June 2017" in text
    assert "Every limitation period has passed" not in text


def test_every_still_said_when_every_period_shown_has_passed() -> None:
    """The state law alone, one count, its period passed: 'Every' stays."""
    result = _assess(
        [{"id": "D"}, {"id": "V", "birth_date": "2000-01-01"}],
        {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2017-06-10"} | SEX,
        law="nm",
    )
    assert "Every limitation period has passed" in _conclusions(result)


# --- Z2-10: one pair, several § 1594 agreements: the shared words once ----------------------


def _z10() -> Any:
    """z10: L recruits V (12) on 1 December 2025, agreeing with D2 and A2; D2 transports her and
    A2 advertises her on 2 December 2025, each agreeing with L (A2's in commerce, § 1591 met)."""
    fed = COMMERCE | {"as_to_age": {"knew": True}, "as_to_commercial_sex_act": {"knew": True}}

    def act(id_: str, actor: str, verb: str, day: str, with_: list[str]) -> dict[str, Any]:
        agreement = {"with_persons": with_, "to_commit_this_act": True}
        return (
            {"id": id_, "actor": actor, "person": "V", "act": verb, "date": day}
            | SEX
            | {"agreement": agreement}
        )

    return _assess(
        [{"id": "L"}, {"id": "D2"}, {"id": "A2"}, {"id": "V", "birth_date": "2013-01-05"}],
        act("recruit", "L", "recruiting", "2025-12-01", ["D2", "A2"]),
        act("drive", "D2", "transporting", "2025-12-02", ["L"]),
        act("post", "A2", "advertising", "2025-12-02", ["L"]) | {"federal": fed},
    )


def test_several_1594_lines_on_one_pair_say_the_shared_clause_once() -> None:
    """Before: three § 1594(c) paragraphs on L's line, each with the same punishment quote and
    the same limitation clause. Now the first in full, the others by their acts and their own
    last days."""
    lines = _related(_z10(), "L", "V", "§ 1594")
    assert len(lines) == 3
    assert sum("shall be fined under this title" in line for line in lines) == 1
    assert sum("none under § 3299" in line for line in lines) == 1
    first, drive, post = lines
    assert "at the latest to 1 December 2030 under § 3282(a)" in first
    assert drive.endswith(
        "which may meet § 1591: as the § 1594 conspiracy above (not assessed; the same "
        "punishment; the same limitation, here at the latest to 2 December 2030 under "
        "§ 3282(a))."
    )
    assert "which meets § 1591: as the § 1594 conspiracy above" in post
    assert "here at the latest to 2 December 2030 under § 3282(a)" in post


def test_a_1594_line_whose_clause_differs_is_said_in_full() -> None:
    """Under D2's pair, one § 1594 line in full (the agreement of L, D2 and A2 referred to
    above it by one line, or his own said in full): none is shortened against another
    pair's."""
    lines = _related(_z10(), "D2", "V", "§ 1594")
    assert all("as the § 1594 conspiracy above" not in line for line in lines)
