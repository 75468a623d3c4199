"""Session 9, helper E: a § 1594 party named only by others, dated no earlier than the facts show
(note8, "still open from helpers' reports")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 8)
HEAD = "Related offense — conspiracy (18 U.S.C. § 1594"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _labor_act(n: int, actor: str, day: str | None, with_: list[str]) -> dict[str, Any]:
    act: dict[str, Any] = {
        "id": f"k{n}",
        "actor": actor,
        "person": "W",
        "act": "recruiting" if n == 0 else "harboring",
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"labor": True},
        "agreement": {"with_persons": with_, "to_commit_this_act": True},
    }
    if day is not None:
        act["date"] = day
    return act


def _assess(*acts: dict[str, Any]) -> nmt.Assessment:
    persons = [{"id": "L"}, {"id": "D2"}, {"id": "W", "roles": ["victim"], "age": 30}]
    pattern = nmt.from_dict({"persons": persons, "conduct": list(acts)})
    return nmt.assess(pattern, today=TODAY)


def _federal(result: nmt.Assessment, defendant: str) -> tuple[str, Any]:
    """The pair's § 1594 line and its fields."""
    (pair,) = [p for p in result.summary.pairs if p.defendant == defendant]
    (found,) = [
        (line, r)
        for line, r in zip(pair.related, pair.related_offenses, strict=True)
        if line.startswith(HEAD)
    ]
    return _flat(found[0]), found[1]


def test_a_party_named_only_by_others_is_counted_from_the_last_act_agreed_to() -> None:
    """L agreed with D2 to recruit W in 2014 and to harbor her in 2023; D2's own combination is
    stated for neither. Were it established, it can have been made as late as 1 May 2023: his
    § 1594(b) period (§ 3298's ten years) can run to 1 May 2033, not only to 1 March 2024, and
    has not surely passed. It was counted from the first act and said to have passed."""
    result = _assess(
        _labor_act(0, "L", "2014-03-01", ["D2"]), _labor_act(1, "L", "2023-05-01", ["D2"])
    )
    line, fields = _federal(result, "D2")
    period = "for D2, limitation (unless tolled; check): at the latest to 1 May 2033 under § 3298"
    assert period in line
    assert "counted for D2 from L's harboring of W on 1 May 2023, the last act agreed to" in line
    assert "(passed)" not in line.split("for D2, limitation")[1]
    assert fields.deadline == date(2033, 5, 1)
    assert fields.passed is None
    # L's own combination is stated for both acts: his period still runs from the first
    line, fields = _federal(result, "L")
    assert "at the latest to 1 March 2024 (passed) under § 3298" in line
    assert fields.deadline == date(2024, 3, 1)


def test_a_party_named_only_by_others_is_not_dated_where_an_act_agreed_to_is_not() -> None:
    """The last act agreed to is not dated: D2's period runs from a day not stated, with no last
    day and ``passed`` null (his combination can have been made as late as that act)."""
    result = _assess(_labor_act(0, "L", "2014-03-01", ["D2"]), _labor_act(1, "L", None, ["D2"]))
    line, fields = _federal(result, "D2")
    assert "for D2, limitation (unless tolled; check): ten years under § 3298" in line
    assert "counted for D2 from the last act agreed to, whose date is not stated" in line
    assert fields.deadline is None and fields.passed is None


def test_one_act_agreed_to_dates_a_named_party_as_before() -> None:
    """One act agreed to: the first act is the last; the line refers to the one above."""
    result = _assess(_labor_act(0, "L", "2023-05-01", ["D2"]))
    line, fields = _federal(result, "D2")
    assert "for D2, limitation" not in line
    assert fields.deadline == date(2033, 5, 1)


def test_the_3282_alternative_runs_from_the_partys_own_act_too() -> None:
    """L agreed with D2 to L's recruiting of 2001, D2 with L to D2's harboring of 2003: D2's
    period runs from his own act (review X1 of session 8), and so does the § 3282(a) five years
    beside § 3298 (its enactment date NOT FOUND): to 1 May 2008, not from L's act to 1 March
    2006."""
    result = _assess(
        _labor_act(0, "L", "2001-03-01", ["D2"]), _labor_act(1, "D2", "2003-05-01", ["L"])
    )
    line, _ = _federal(result, "D2")
    assert "for D2, limitation" in line
    assert "else at the latest to 1 May 2008 (passed) under § 3282(a)" in line
    assert "1 March 2006" not in line


# The (D) related-law list once per assessment (note8, "found and left alone": the motel memo
# gave it twice, for two differently worded (D) notes).

MOTEL = nmt.load("examples/federal_motel_venture.yaml")
LIST = "Related law to weigh on the same facts"
NOT_MET = "NMSA 1978, § 30-52-1 (2008) is not met on these facts; other law may be"


def _d_notes(result: nmt.Assessment) -> list[Any]:
    return [n for n in result.summary.notes if n.kind == "other_offences"]


def test_the_related_law_list_is_given_once_in_the_motel_memo_and_text() -> None:
    """P and B meet § 30-52-1, M does not: his note's lead sentence ("… is not met on these
    facts; other law may be") is said for M and G, after the one list, which every pair's note
    gave; the list itself is said once, for the whole assessment."""
    from nm_trafficking.render.memo import render as render_memo

    result = nmt.assess(MOTEL, today=TODAY)
    memo = render_memo(result).replace("\u00a0", " ")  # "§ 30-52-1" kept together
    assert memo.count(LIST) == 1
    assert (
        f'<span class="concerns">M and G:</span> {NOT_MET} (30-52-1(D): the related law above).'
    ) in memo
    assert memo.index(LIST) < memo.index(NOT_MET)
    text = result.explain(detail="elements")
    assert text.count(LIST) == 1
    first, second = _d_notes(result)
    assert LIST in first.text and first.concerns == []  # every pair
    assert second.text.startswith(NOT_MET) and LIST not in second.text
    assert second.concerns == ["M and G"]


def _two_pairs(first_met: bool) -> nmt.Assessment:
    """X advertises V (not a verb of the 2008 text: not met), Y recruits her (met), in the
    order asked."""
    advert = {
        "id": "ad",
        "actor": "X",
        "person": "V",
        "act": "advertising",
        "date": "2020-01-02",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    recruit = {**advert, "id": "rec", "actor": "Y", "act": "recruiting"}
    conduct = [recruit, advert] if first_met else [advert, recruit]
    persons = [{"id": "X"}, {"id": "Y"}, {"id": "V", "roles": ["victim"], "age": 15}]
    people = persons if not first_met else [persons[1], persons[0], persons[2]]
    pattern = nmt.from_dict({"persons": people, "conduct": conduct})
    return nmt.assess(pattern, today=TODAY, law="nm")


def test_the_list_comes_first_whichever_pair_is_first() -> None:
    """The pair § 30-52-1 does not meet comes first: the list is still said first (where the
    first (D) note was), its lead after it, pointing to it."""
    for first_met in (True, False):
        result = _two_pairs(first_met)
        notes = _d_notes(result)
        assert [LIST in n.text for n in notes] == [True, False], [n.text for n in notes]
        assert notes[0].concerns == []
        assert notes[1].concerns == ["X and V"]
        assert notes[1].text == f"{NOT_MET} (30-52-1(D): the related law above)."
        assert result.explain(detail="elements").count(LIST) == 1


def test_one_wording_of_the_note_is_left_as_it_was() -> None:
    """Every pair not met (one wording): the note is said once, its lead and list together."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "X"}, {"id": "V", "roles": ["victim"], "age": 15}],
            "conduct": [
                {
                    "id": "ad",
                    "actor": "X",
                    "person": "V",
                    "act": "advertising",
                    "date": "2020-01-02",
                    "knowingly": True,
                }
            ],
        }
    )
    (note,) = _d_notes(nmt.assess(pattern, today=TODAY, law="nm"))
    assert note.text.startswith(NOT_MET + ". 30-52-1(D): “") and LIST in note.text


# One agreement or two, said once (review Z4-7 of session 8, pattern z10 of review Z2).


def _ring() -> nmt.Assessment:
    """L agreed with D2 and A2 to recruit V (12); D2 agreed with L to transport her; A2 with L
    to advertise her: three agreements as the facts state them (different persons combined)."""
    base = {
        "person": "V",
        "date": "2025-12-01",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    conduct = [
        {
            **base,
            "id": "recruit",
            "actor": "L",
            "act": "recruiting",
            "agreement": {"with_persons": ["D2", "A2"], "to_commit_this_act": True},
        },
        {
            **base,
            "id": "drive",
            "actor": "D2",
            "act": "transporting",
            "date": "2025-12-02",
            "agreement": {"with_persons": ["L"], "to_commit_this_act": True},
        },
        {
            **base,
            "id": "post",
            "actor": "A2",
            "act": "advertising",
            "date": "2025-12-02",
            "agreement": {"with_persons": ["L"], "to_commit_this_act": True},
        },
    ]
    persons = [
        {"id": "L", "roles": ["trafficker"]},
        {"id": "D2"},
        {"id": "A2"},
        {"id": "V", "roles": ["victim"], "birth_date": "2013-01-05"},
    ]
    return nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)


def _lines(result: nmt.Assessment, defendant: str) -> list[str]:
    (pair,) = [p for p in result.summary.pairs if p.defendant == defendant]
    return [_flat(x) for x in pair.related if x.startswith(HEAD)]


def test_a_party_to_two_1594_agreements_is_told_they_are_read_as_two_once() -> None:
    """D2's lines referred to "the § 1594 conspiracy of L, D2 and A2 above (one agreement; …)"
    and "the § 1594 conspiracy of D2 and L above (one agreement)": one agreement, or two? The
    first now says they are read as two, and why (different persons are stated to have combined
    for each), whether they are one not being assessed; the second says which it is."""
    result = _ring()
    first, second = _lines(result, "D2")
    assert (
        "above (the first of two § 1594 agreements D2 is a party to with acts toward V: read as "
        "two, as different persons are stated to have combined for each, and whether they are one "
        "agreement is not assessed; D2's own knowing combination is not stated" in first
    )
    assert second.endswith(
        "the § 1594 conspiracy of D2 and L above (the second of the two agreements)."
    )
    assert "one agreement)" not in " ".join([first, second])
    # said in full under L: three agreements, so said once, on the first
    lines = _lines(result, "L")
    assert len(lines) == 3
    assert "(stated; the first of three § 1594 agreements L is a party to" in lines[0]
    assert "(stated; the second of the three agreements;" in lines[1]
    assert "(stated; the third of the three agreements;" in lines[2]
    assert sum("read as three" in x for x in lines) == 1


def test_one_1594_agreement_is_still_one_agreement() -> None:
    """A pair with one § 1594 agreement: its reference still says "(one agreement…)"."""
    conduct = [
        {
            "id": "r",
            "actor": "A",
            "person": "V",
            "act": "recruiting",
            "date": "2025-12-01",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
        }
    ]
    persons = [{"id": "A"}, {"id": "B"}, {"id": "V", "roles": ["victim"], "age": 12}]
    result = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)
    (line,) = _lines(result, "B")
    assert "the § 1594 conspiracy of A and B above (one agreement;" in line
    assert "agreements" not in line


def test_a_reference_gives_the_partys_period_where_the_full_line_gave_anothers() -> None:
    """The § 1594 line is said in full under the first pair: where that pair's party is one
    whose period is his own (named only by others, or his own act later), the other party's
    reference gives his own period: L's runs from his recruiting of 2014 (passed), not from
    1 May 2023 as D2's. It was left out, so L read D2's."""
    d2_first = {
        "id": "own",
        "actor": "D2",
        "person": "W",
        "act": "transporting",
        "date": "2019-01-01",
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"labor": True},
    }
    result = _assess(
        d2_first,
        _labor_act(0, "L", "2014-03-01", ["D2"]),
        _labor_act(1, "L", "2023-05-01", ["D2"]),
    )
    line, _ = _federal(result, "D2")
    assert "at the latest to 1 May 2033 under § 3298" in line  # said in full, as D2's
    line, fields = _federal(result, "L")
    assert line.startswith(f"{HEAD}(b) [S]): the § 1594 conspiracy of L and D2 above")
    assert (
        "for L, limitation (unless tolled; check): at the latest to 1 March 2024 (passed)" in line
    )
    assert fields.deadline == date(2024, 3, 1)


def test_a_reference_gives_the_period_of_a_party_whose_own_act_is_earlier() -> None:
    """The same for review X1's shape: D2's own act (2023) is listed first, L's (2014) after;
    the line said in full under D2 counts from D2's act; L's reference gives his own."""
    result = _assess(
        _labor_act(1, "D2", "2023-05-01", ["L"]), _labor_act(0, "L", "2014-03-01", ["D2"])
    )
    line, _ = _federal(result, "L")
    assert "above (one agreement" in line
    assert (
        "for L, limitation (unless tolled; check): at the latest to 1 March 2024 (passed)" in line
    )
