"""Review A2 (a New Mexico prosecutor, 7 December 2026) of the conspiracy (NMSA 1978, § 30-28-2
[S]) under the pairs: its limitation period, its grade where the believed age is not stated,
an agreement whose object is not stated, and the paragraph said once.

The law, ``related-law-2026-12.md`` § 2 and § 3: § 30-28-2(A) [S]: "Conspiracy consists of
knowingly combining with another for the purpose of committing a felony"; § 30-1-8 [S] counts
"from the time the crime was committed" ((A): six years for a second degree felony, (B): five
for a third or fourth degree felony). The agreement is not dated: it was made on or before the
first act agreed to, so a period counted from that act is the LATEST it can end — it may end
earlier, never later (the conservative reading)."""

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


def _act(id_: str, actor: str, person: str, act: str, day: str | None, **more: Any) -> Any:
    out = {"id": id_, "actor": actor, "person": person, "act": act, **more}
    if day is not None:
        out["date"] = day
    return out


def _assess(persons: list[dict[str, Any]], *conduct: dict[str, Any]) -> nmt.Assessment:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return nmt.assess(pattern, today=TODAY, law="nm")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pair(result: nmt.Assessment, defendant: str, victim: str) -> Any:
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    return pair


def _fields(result: nmt.Assessment, defendant: str, victim: str) -> dict[str, Any]:
    doc = json.loads(result.to_json())
    (pair,) = [
        p for p in doc["summary"]["pairs"] if (p["defendant"], p["victim"]) == (defendant, victim)
    ]
    (one,) = [r for r in pair["related_offenses"] if r["kind"] == "conspiracy"]
    return dict(one)


def _n01() -> nmt.Assessment:
    """Review n01: D1, D2 and D3 agreed to D1's recruiting of A (12) on 1 October 2024 and D2's
    transporting of B (16) on 5 October 2024: one conspiracy to a first degree felony, a second
    degree felony (§ 30-28-2(B)(1)), six years (§ 30-1-8(A)) at the latest from 1 October 2024."""
    return _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "D3"},
            {"id": "A", "birth_date": "2012-05-01"},
            {"id": "B", "birth_date": "2008-05-01"},
        ],
        _act("ra", "D1", "A", "recruiting", "2024-10-01", agreement=_agreed("D2", "D3"), **SEX),
        _act("tb", "D2", "B", "transporting", "2024-10-05", agreement=_agreed("D1", "D3"), **SEX),
    )


# --- 1. the latest end, passed only if even it has --------------------------------------------


def test_a_conspiracys_period_is_the_latest_it_can_end_and_names_its_paragraph() -> None:
    """Before: 'limitation (unless tolled; check): to 1 October 2030, counted from the first
    act agreed to' — as if the agreement were dated by that act — with no paragraph named."""
    line = _flat(_pair(_n01(), "D1", "A").related[0])
    assert line.endswith(
        "limitation (unless tolled; check): at the latest to 1 October 2030 under § 30-1-8(A); "
        "counted from the first act agreed to, by which the agreement, not dated, was made (the "
        "latest safe day on the stated facts; a later start, for a continuing conspiracy, is not "
        "assessed)."
    )
    assert "1 October 2030, counted from the first act agreed to" not in line


def test_passed_is_null_while_the_latest_end_has_not_passed() -> None:
    """Before: 'passed': false — yet the agreement may have been made long before the act,
    its period already run. Not passed is not known; only 'even the latest has passed' is."""
    c = _fields(_n01(), "D1", "A")
    assert (c["deadline"], c["passed"]) == ("2030-10-01", None)


def test_passed_is_true_when_even_the_latest_end_has_passed() -> None:
    """D1 and D2 agreed to the recruiting of V (15) on 5 May 2018: a third degree felony,
    five years at the latest to 5 May 2023, before 7 December 2026."""
    result = _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "V", "birth_date": "2003-01-01"}],
        _act("r", "D1", "V", "recruiting", "2018-05-05", agreement=_agreed("D2"), **SEX),
    )
    c = _fields(result, "D1", "V")
    assert (c["deadline"], c["passed"]) == ("2023-05-05", True)
    assert "at the latest to 5 May 2023 (passed) under § 30-1-8(B)" in _flat(
        _pair(result, "D1", "V").related[0]
    )


# --- 2. an undated act agreed to ----------------------------------------------------------------


def _n16() -> nmt.Assessment:
    """Review n16: D1's recruiting of A (25, fraud) on 7 December 2021 and D2's undated
    recruiting of M (born 1 June 2009), one agreement."""
    return _assess(
        [
            {"id": "D1"},
            {"id": "D2"},
            {"id": "A", "age": 25, "age_on": "2021-01-01"},
            {"id": "M", "birth_date": "2009-06-01"},
        ],
        _act(
            "ra",
            "D1",
            "A",
            "recruiting",
            "2021-12-07",
            knowingly=True,
            means_will_be_used={"fraud": True},
            to_subject_to={"commercial_sexual_activity": True},
            agreement=_agreed("D2"),
        ),
        _act("rm", "D2", "M", "recruiting", None, agreement=_agreed("D1"), **SEX),
    )


def test_a_dated_act_of_the_agreement_bounds_it_where_another_is_undated() -> None:
    """Before: 'running from the first act agreed to (a date not stated)', deadline null and
    passed false. D1's own combination, stated for his act of 7 December 2021, was made no later
    than that day: the fourth degree (his own act's grade) ends at the latest on 7 December 2026;
    not passed on 7 December 2026 (the last day is not before it), so null. The second and
    third degrees turn on D1's own combination to D2's undated act, which can have been made as
    late as that act's day, not stated: their last day is not stated (review X1 of session 8:
    they were counted from D1's act)."""
    c = _fields(_n16(), "D1", "A")
    assert c["deadline"] == "2026-12-07"
    assert c["deadlines"] == {
        "second_degree_felony": None,
        "third_degree_felony": None,
        "fourth_degree_felony": "2026-12-07",
    }
    assert c["passed"] is None
    line = _flat(_pair(_n16(), "D1", "A").related[0])
    assert (
        "at the latest to 7 December 2026 (the last day is today) under § 30-1-8(B) if a fourth "
        "degree felony, from a date not stated if a second degree felony or a third degree "
        "felony; counted for D1 from D1's recruiting of A on 7 December 2021, the act D1's own "
        "combination is stated for" in line
    )


def test_no_dated_act_leaves_passed_null_not_false() -> None:
    result = _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "M", "birth_date": "2009-06-01"}],
        _act("rm", "D1", "M", "recruiting", None, agreement=_agreed("D2"), **SEX),
    )
    c = _fields(result, "D1", "M")
    assert (c["deadline"], c["passed"]) == (None, None)


# --- 3. a sting whose believed age is not stated -----------------------------------------------


def _n15() -> nmt.Assessment:
    """Review n15: D1 and D2 agreed to D1's enticing of O, an adult officer, on 1 August 2025;
    the age D1 believed O to be is not recorded."""
    return _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "O", "age": 31}],
        _act("e", "D1", "O", "enticing", "2025-08-01", agreement=_agreed("D2"), **SEX),
    )


def test_a_sting_conspiracy_with_no_believed_age_has_its_grade_open() -> None:
    """Before: 'if established, a fourth degree felony (conspiracy to a third degree
    felony)' — fixed, though a believed age of 12 makes the crime conspired to a first degree
    felony and the conspiracy a second degree felony (§ 30-28-2(B)(1))."""
    result = _n15()
    c = _fields(result, "D1", "O")
    assert c["grades"] == ["second_degree_felony", "third_degree_felony", "fourth_degree_felony"]
    assert c["established"] is False
    line = _flat(_pair(result, "D1", "O").related[0])
    # the grades only a believed age gives are said with what D1 must have agreed to believing
    # (review X4 of session 8: not as if the act, established, gave them)
    assert (
        "if established, a fourth degree felony (conspiracy to a third degree felony; basic "
        "sentence 18 months [S]), or a second degree felony (conspiracy to a first degree "
        "felony; basic sentence 9 years [S]) if D1 agreed to the enticing of 1 August 2025 "
        "believing O under 13, or a third degree felony (conspiracy to a second degree felony; "
        "basic sentence 3 years [S]) if D1 believed O 13 to 15 (a reading, as for a sting: the "
        "age D1 believed is not stated)" in line
    )
    (question, theirs) = [q for q in result.summary.needed if q.element == "believed_age"]
    assert "The conspiracy's grade turns on it too (§ 30-28-2(B))." in question.text
    # D2's grade turns on the age D2 believed (his line says so): asked of D2 (session 9)
    assert theirs.defendant == "D2" and theirs.text.startswith(
        "What age did D2 believe O to be in agreeing to D1's enticing of O on 1 August 2025?"
    )


def test_a_believed_age_stated_still_fixes_the_grade() -> None:
    result = _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "O", "age": 31}],
        _act(
            "e",
            "D1",
            "O",
            "enticing",
            "2025-08-01",
            believed_age=12,
            agreement=_agreed("D2"),
            **SEX,
        ),
    )
    assert _fields(result, "D1", "O")["grades"] == ["second_degree_felony"]
    assert not [q for q in result.summary.needed if q.element == "believed_age"]


# --- 4. an agreement whose object is not stated ------------------------------------------------


def _n17(to_commit: bool | None = None) -> nmt.Assessment:
    agreement: dict[str, Any] = {"with_persons": ["D2"]}
    if to_commit is not None:
        agreement["to_commit_this_act"] = to_commit
    return _assess(
        [{"id": "D1"}, {"id": "D2"}, {"id": "V", "birth_date": "2011-01-01"}],
        _act("r", "D1", "V", "recruiting", "2024-05-01", agreement=agreement, **SEX),
    )


def test_an_agreement_with_no_object_stated_is_asked() -> None:
    """Before: no line and no question — D1's agreement with D2 was dropped silently."""
    (q,) = [q for q in _n17().summary.needed if q.element == "agreement"]
    assert q.text.startswith("Did D1 and D2 agree to commit the recruiting of 1 May 2024?")
    assert (q.kind, q.citations, q.conduct) == ("fact", ["§ 30-28-2"], "r")
    assert "Did D1 and D2 agree" in _flat(_n17().explain())


def test_an_agreement_stated_either_way_is_not_asked() -> None:
    for stated in (True, False):
        assert not [q for q in _n17(stated).summary.needed if q.element == "agreement"]


# --- 6. the paragraph once; no doubled parenthesis ---------------------------------------------


def test_the_conspiracy_is_said_in_full_once_and_referred_to_under_the_other_pairs() -> None:
    """Before: six copies of the ~10-line paragraph (n01), each saying it was 'said under each
    pair it concerns'."""
    result = _n01()
    text = _flat(result.explain())
    # in full once per party's standing (review K 1 and 2): D1 (his own combination stated
    # for the first degree act: second degree), D2 (his only for the third degree transporting:
    # fourth degree, second only if his combination to D1's act is established), D3 (only named
    # by the others: "if established")
    assert text.count("one conspiracy, graded by 'the highest crime conspired") == 3
    assert "said under each pair it concerns" not in text
    assert text.count("the conspiracy of D1, D2 and D3 above") == 3
    assert _flat(_pair(result, "D3", "B").related[0]) == (
        "Related offense — conspiracy (NMSA 1978, § 30-28-2(B)(1) [S]): the conspiracy of D1, D2 "
        "and D3 above (one conspiracy toward A and B; no act of D3's own toward B is stated, and "
        "conspiracy needs none; for D3, if established: D3's own knowing combination is not "
        "stated; only D1's and D2's, with D3)."
    )
    # every pair keeps the offense in fields
    doc = json.loads(result.to_json())
    assert all(p["related_offenses"][0]["grades"] for p in doc["summary"]["pairs"])


def test_an_undated_act_agreed_to_has_no_doubled_parenthesis() -> None:
    """Before: "D2's recruiting of M (date not stated) (stated)"."""
    text = _flat(_n16().explain())
    assert ") (stated" not in text
    assert "D1 and D2 agreed (stated) to commit the recruiting of 7 December 2021 and D2's " in text


def test_a_findings_own_note_counts_from_the_whole_agreements_first_act() -> None:
    """D's finding sees only his transporting of 15 September 2024; the same agreement covers
    E's enticing of 10 September 2024, by which it was made: the latest end is 10 September
    2029, not 15 September 2029 (before: 'to 15 September 2029' in D's own note)."""
    result = _assess(
        [{"id": "D"}, {"id": "E"}, {"id": "V", "birth_date": "2009-01-01"}],
        _act("e", "E", "V", "enticing", "2024-09-10", agreement=_agreed("D"), **SEX),
        _act("t", "D", "V", "transporting", "2024-09-15", agreement=_agreed("E"), **SEX),
    )
    (finding,) = [f for f in result.findings if f.defendant == "D"]
    (note,) = [n for n in finding.notes if n.kind == "conspiracy"]
    text = _flat(note.text)
    assert "to 10 September 2029, unless tolled" in text
    assert "15 September 2029" not in text
