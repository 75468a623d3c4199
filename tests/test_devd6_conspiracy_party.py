"""Review K (defense view, session 6) of the conspiracy (NMSA 1978, § 30-28-2 [S]) per party.

§ 30-28-2(A) [S]: "Conspiracy consists of knowingly combining with another for the purpose of
committing a felony" — each accused's own knowing combination. The fact ``agreement`` on an
act states only its ACTOR's ("the actor knowingly combined with them"): a person only named in
another's ``with_persons`` has no combination of his own stated, so his conspiracy is "if
established", not established, and whether he combined is asked (the conservative reading)."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _agreed(*persons: str) -> dict[str, Any]:
    return {"with_persons": list(persons), "to_commit_this_act": True}


def _assess(persons: list[dict[str, Any]], *conduct: dict[str, Any]) -> nmt.Assessment:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return nmt.assess(pattern, today=TODAY, law="nm")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _conspiracy(result: nmt.Assessment, defendant: str, victim: str) -> tuple[str, bool]:
    """The pair's conspiracy line and its JSON ``established``."""
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    (line,) = [x for x in pair.related if "§ 30-28-2" in x]
    doc = json.loads(result.to_json())
    (fields,) = [
        r
        for p in doc["summary"]["pairs"]
        if (p["defendant"], p["victim"]) == (defendant, victim)
        for r in p["related_offenses"]
        if r["kind"] == "conspiracy"
    ]
    return _flat(line), fields["established"]


def _k35() -> nmt.Assessment:
    """k35: only D2's act states an agreement, with D1; nothing is stated of D1."""
    return _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "B", "roles": ["victim"], "birth_date": "2011-01-01"}],
        {
            "id": "rb",
            "actor": "D2",
            "person": "B",
            "act": "recruiting",
            "date": "2022-01-01",
            "agreement": _agreed("D1"),
            **SEX,
        },
    )


def test_a_party_only_named_by_another_is_if_established_with_the_reason() -> None:
    """Before: 'the conspiracy of D2 and D1 above' under D1's pair, established true, and
    'Still needed: nothing'."""
    result = _k35()
    line, established = _conspiracy(result, "D1", "B")
    assert not established
    assert line.startswith(
        "Related offense — conspiracy (NMSA 1978, § 30-28-2(B)(1) [S]): D2 agreed with D1 to "
        "commit D2's recruiting of B on 1 January 2022 (stated; no act of D1's own toward B is "
        "stated, and conspiracy needs none): if established, a second degree felony"
    )
    assert "D1's own knowing combination is not stated; only D2's, with D1" in line
    # D2's own combination is stated and his act is met: his stays established
    line, established = _conspiracy(result, "D2", "B")
    assert established and "if established" not in line
    (q,) = [q for q in result.summary.needed if q.element == "combination"]
    assert q.text == (
        "Did D1 knowingly combine with D2 for the purpose of committing D2's recruiting of B on "
        "1 January 2022?"
    )
    assert (q.defendant, q.victim, q.conduct, q.kind) == ("D1", "B", "rb", "fact")
    assert q.citations == ["§ 30-28-2"]
    assert "Still needed: nothing" not in result.explain()


def test_the_reference_under_a_second_pair_does_not_hide_an_unstated_combination() -> None:
    """Before: D3 (named by D1 and D2, nothing of his own) read 'the conspiracy of D1, D2 and
    D3 above' under both pairs, each established."""
    result = _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "D3"},
            {"id": "A", "birth_date": "2012-05-01"},
            {"id": "B", "birth_date": "2008-05-01"},
        ],
        {
            "id": "ra",
            "actor": "D1",
            "person": "A",
            "act": "recruiting",
            "date": "2024-10-01",
            "agreement": _agreed("D2", "D3"),
            **SEX,
        },
        {
            "id": "tb",
            "actor": "D2",
            "person": "B",
            "act": "transporting",
            "date": "2024-10-05",
            "agreement": _agreed("D1", "D3"),
            **SEX,
        },
    )
    for victim in ("A", "B"):
        line, established = _conspiracy(result, "D3", victim)
        assert not established, victim
        assert "D3's own knowing combination is not stated; only D1's and D2's, with D3" in line
        assert "if established" in line
    for party in ("D1", "D2"):
        for victim in ("A", "B"):
            assert _conspiracy(result, party, victim)[1], (party, victim)
    asked = [q for q in result.summary.needed if q.element == "combination"]
    assert [(q.defendant, q.victim) for q in asked] == [("D3", "A"), ("D3", "B")]
    assert asked[0].text == (
        "Did D3 knowingly combine with D1 and D2 for the purpose of committing D1's recruiting of "
        "A on 1 October 2024?"
    )


def test_a_party_whose_own_act_agreed_to_is_open_is_not_established_by_anothers() -> None:
    """k30: D1's own combination is stated only for his recruiting of A (18: undetermined);
    D2's act toward B (11) is met. Before: D1's conspiracy established, under both pairs."""
    result = _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "A", "roles": ["victim"], "birth_date": "1998-01-01"},
            {"id": "B", "roles": ["victim"], "birth_date": "2011-01-01"},
        ],
        {
            "id": "ra",
            "actor": "D1",
            "person": "A",
            "act": "recruiting",
            "date": "2016-01-01",
            "agreement": _agreed("D2"),
            **SEX,
        },
        {
            "id": "rb",
            "actor": "D2",
            "person": "B",
            "act": "recruiting",
            "date": "2022-01-01",
            "agreement": _agreed("D1"),
            **SEX,
        },
    )
    line, established = _conspiracy(result, "D1", "A")
    assert not established and "if established, " in line
    line, established = _conspiracy(result, "D1", "B")
    assert not established and "for D1, if established" in line
    assert _conspiracy(result, "D2", "B")[1] and _conspiracy(result, "D2", "A")[1]
    # each has his own combination stated: nothing asked of it
    assert not [q for q in result.summary.needed if q.element == "combination"]


def _grades(result: nmt.Assessment, defendant: str, victim: str) -> list[str]:
    doc = json.loads(result.to_json())
    (fields,) = [
        r
        for p in doc["summary"]["pairs"]
        if (p["defendant"], p["victim"]) == (defendant, victim)
        for r in p["related_offenses"]
        if r["kind"] == "conspiracy"
    ]
    return list(fields["grades"])


def _two_combined(a_birth: str) -> nmt.Assessment:
    """D1 combined (stated) for his own recruiting of A on 1 October 2024; D2 for his own
    transporting of B (16: third degree) on 5 October 2024; one agreement."""
    return _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "A", "birth_date": a_birth},
            {"id": "B", "birth_date": "2008-05-01"},
        ],
        {
            "id": "ra",
            "actor": "D1",
            "person": "A",
            "act": "recruiting",
            "date": "2024-10-01",
            "agreement": _agreed("D2"),
            **SEX,
        },
        {
            "id": "tb",
            "actor": "D2",
            "person": "B",
            "act": "transporting",
            "date": "2024-10-05",
            "agreement": _agreed("D1"),
            **SEX,
        },
    )


def test_a_partys_grade_comes_from_the_acts_his_own_combination_is_stated_for() -> None:
    """A is 12 (first degree), B 16 (third degree). Before: D2's conspiracy a second degree
    felony outright, from D1's act, which only D1's combination is stated for. Now: a fourth
    degree felony (§ 30-28-2(B)(3), from his own third degree act), or second degree if his
    own combination to D1's recruiting of A is established; D1's stays second degree; one
    conspiracy still (said once per standing, one note)."""
    result = _two_combined("2012-05-01")
    line, established = _conspiracy(result, "D2", "B")
    assert established
    assert (
        "a fourth degree felony (conspiracy to a third degree felony; basic sentence 18 months "
        "[S]), or a second degree felony (conspiracy to a first degree felony; basic sentence "
        "9 years [S]) if D2's own combination to D1's recruiting of A on 1 October 2024 is "
        "established" in line
    )
    # each one's combination, for the act it is stated for (review Z4 6 of session 8)
    assert (
        "D2 agreed with D1 to commit the transporting of 5 October 2024, and D1 agreed with D2 to "
        "commit D1's recruiting of A on 1 October 2024 (each stated)"
    ) in line
    assert set(_grades(result, "D2", "B")) == {"second_degree_felony", "fourth_degree_felony"}
    line, established = _conspiracy(result, "D1", "A")
    assert established and "a second degree felony (conspiracy to a first degree" in line
    assert _grades(result, "D1", "A") == ["second_degree_felony"]
    # the reference under D2's other pair follows his own line, not D1's: its paragraph is
    # the section (his grade is open), not (B)(1)
    line, _ = _conspiracy(result, "D2", "A")
    assert "the conspiracy of D1 and D2 above" in line and "§ 30-28-2 [S]" in line


def test_k30_a_party_agreeing_only_to_his_adult_recruiting_is_not_raised_by_anothers() -> None:
    """k30-like: A is 18 at D1's recruiting (2016; the believed age not stated), B 11 at D2's.
    Before: D1 'a second degree felony … (stated)' from D2's act. Now: if established, every
    grade his own act's open believed age can give, so the grade does turn on that belief."""
    result = _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "A", "roles": ["victim"], "birth_date": "1998-01-01"},
            {"id": "B", "roles": ["victim"], "birth_date": "2011-01-01"},
        ],
        {
            "id": "ra",
            "actor": "D1",
            "person": "A",
            "act": "recruiting",
            "date": "2016-01-01",
            "agreement": _agreed("D2"),
            **SEX,
        },
        {
            "id": "rb",
            "actor": "D2",
            "person": "B",
            "act": "recruiting",
            "date": "2022-01-01",
            "agreement": _agreed("D1"),
            **SEX,
        },
    )
    line, _ = _conspiracy(result, "D1", "A")
    assert "a fourth degree felony (conspiracy to a third degree felony" in line
    # said with what D1 must have agreed to believing (review X4 of session 8)
    assert "if D1 agreed to the recruiting of 1 January 2016 believing A under 13" in line
    assert "the age D1 believed is not stated" in line
    assert "fourth_degree_felony" in _grades(result, "D1", "A")
    (q,) = [q for q in result.summary.needed if q.element == "believed_age"]
    assert "The conspiracy's grade turns on it too" in q.text
    # D2's own act (first degree) fixes his grade: no believed age of D1's turns it (K 5)
    line, _ = _conspiracy(result, "D2", "B")
    assert "the grade turning on" not in line
    assert _grades(result, "D2", "B") == ["second_degree_felony"]


def test_a_grade_already_the_highest_does_not_turn_on_a_believed_age() -> None:
    """Review K 5: D1 agreed with D2 to his own recruiting of B (11: first degree) and of A
    (18, the believed age not stated). The conspiracy is a second degree felony, the highest
    § 30-28-2(B) gives: before, the line and the believed-age question still said the grade
    turned on the age D1 believed A to be."""
    result = _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "A", "roles": ["victim"], "birth_date": "1998-01-01"},
            {"id": "B", "roles": ["victim"], "birth_date": "2011-01-01"},
        ],
        {
            "id": "ra",
            "actor": "D1",
            "person": "A",
            "act": "recruiting",
            "date": "2016-01-01",
            "agreement": _agreed("D2"),
            **SEX,
        },
        {
            "id": "rb",
            "actor": "D1",
            "person": "B",
            "act": "recruiting",
            "date": "2022-01-01",
            "agreement": _agreed("D2"),
            **SEX,
        },
    )
    line, established = _conspiracy(result, "D1", "A")
    assert established and "a second degree felony" in line
    assert "the grade turning on" not in line
    (q,) = [q for q in result.summary.needed if q.element == "believed_age"]
    assert q.text.startswith("What age did D1 believe A to be")
    assert "conspiracy" not in q.text
