"""One agreement, one conspiracy (NMSA 1978, § 30-28-2 [S]): "Conspiracy consists of knowingly
combining with another for the purpose of committing a felony" (A), punished by "the highest crime
conspired to be committed" (B). The offense is the combining, not each act agreed to: an agreement
stated for two acts is one conspiracy, graded by the higher of the two crimes; a party to it with
no act of his own has his conspiracy line under his pair with the person the acts are toward
(conspiracy needs no act by him); the conspiracy note names every pair it concerns.

The grades used below are those of § 30-52-1(C) (victim 13, 14 or 15: second degree; 16 or
older: third degree) one step down by § 30-28-2(B)(2) and (B)(3); the periods those of
§ 30-1-8(B) (five years for a third or fourth degree felony)."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import jsonschema

import nm_trafficking as nmt
from nm_trafficking.render.timeline_layout import layouts

TODAY = date(2026, 12, 7)
WITH_B = {"with_persons": ["B"], "to_commit_this_act": True}
SEX = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}

# V, born 1 January 2005: 13 on 1 June 2018 (a second degree felony under (A)(2)), 16 on
# 1 June 2021 (a third degree felony)
V = {"id": "V", "birth_date": "2005-01-01"}
ADULT_W = {"id": "W", "age": 30, "age_on": "2022-01-01"}


def _act(id_: str, actor: str, person: str, act: str, day: str, **more: Any) -> dict[str, Any]:
    return {"id": id_, "actor": actor, "person": person, "act": act, "date": day, **more}


def _assess(persons: list[dict[str, Any]], *conduct: dict[str, Any]) -> nmt.Assessment:
    return nmt.assess(nmt.from_dict({"persons": persons, "conduct": list(conduct)}), today=TODAY)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _lines(result: nmt.Assessment, defendant: str, victim: str) -> list[str]:
    (pair,) = [p for p in result.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    # the § 30-28-2 lines (the § 1594 line after them is tested in test_devd3_related)
    return [r for r in pair.related if r.startswith("Related offense — conspiracy (NMSA")]


def _state_notes(result: nmt.Assessment) -> list[Any]:
    return [
        n
        for n in result.summary.notes
        if n.kind == "conspiracy" and n.citation == "NMSA 1978, § 30-28-2"
    ]


def _two_acts() -> nmt.Assessment:
    return _assess(
        [{"id": "A"}, {"id": "B"}, V],
        _act("r", "A", "V", "recruiting", "2018-06-01", agreement=WITH_B, **SEX),
        _act("t", "A", "V", "transporting", "2021-06-01", agreement=WITH_B, **SEX),
    )


def test_one_agreement_over_two_acts_is_one_conspiracy_graded_by_the_highest_crime() -> None:
    """Before: two lines, 'a third degree felony' for the recruiting and 'a fourth degree
    felony' for the transporting, read as two conspiracies."""
    result = _two_acts()
    (line,) = _lines(result, "A", "V")
    assert line.startswith("Related offense — conspiracy (NMSA 1978, § 30-28-2(B)(2) [S]): ")
    assert (
        "A knowingly combined with B to commit the recruiting of 1 June 2018 and the "
        "transporting of "
        "1 June 2021 (stated): one conspiracy, graded by 'the highest crime conspired to be "
        "committed': a third degree felony (conspiracy to a second degree felony; basic "
        "sentence 3 years [S])"
    ) in line
    assert "fourth degree" not in line  # the transporting's own grade does not make a second one
    # its own period, as the count lines give theirs: five years (§ 30-1-8(B), third degree)
    # from the first act agreed to (the agreement is not dated; it was made by then: the
    # latest end, review A2 1)
    assert line.endswith(
        "limitation (unless tolled; check): at the latest to 1 June 2023 (passed) under "
        "§ 30-1-8(B); counted from the first act agreed to, by which the agreement, not dated, "
        "was made (the latest safe day on the stated facts; a later start, for a continuing "
        "conspiracy, is not assessed)."
    )
    (note,) = _state_notes(result)
    text = _flat(note.text)
    assert text.count("knowingly combined") == 1
    assert (
        "A knowingly combined with B for the purpose of committing the recruiting of 1 June 2018 "
        "and the transporting of 1 June 2021 (stated): one conspiracy" in text
    )
    assert "read as one agreement, hence one conspiracy, not one per act" in text
    assert "to 1 June 2023 (passed), unless tolled" in text
    # the pair's own note (the finding's) says the same: one conspiracy
    (finding,) = result.findings
    (own,) = [n for n in finding.notes if n.kind == "conspiracy"]
    assert _flat(own.text).count("knowingly combined") == 1


def test_a_party_with_no_act_of_his_own_has_his_conspiracy_line_under_his_pair() -> None:
    """Before: B, who agreed but did nothing himself, had no pair and no line."""
    result = _two_acts()
    (pair,) = [p for p in result.summary.pairs if p.defendant == "B"]
    assert (pair.victim, pair.laws, pair.counts) == ("V", [], [])
    (line,) = _lines(result, "B", "V")  # then his § 1594 line (test_devd3_related)
    assert len(pair.related) == 2 and pair.related[0] == line
    # said in full for B too: only A's combination with B is stated, not B's own (review K 1),
    # so a reference to A's line would hide that B's conspiracy is "if established"
    assert line.startswith(
        "Related offense — conspiracy (NMSA 1978, § 30-28-2(B)(2) [S]): A agreed with B to commit "
        "A's recruiting of V on 1 June 2018 and A's transporting of V on 1 June 2021 (stated; no "
        "act of B's own toward V is stated, and conspiracy needs none): one conspiracy, graded by "
        "'the highest crime conspired to be committed': if established, "
    )
    assert "B's own knowing combination is not stated; only A's, with B" in line
    # the same offense as under A's pair: the same grade and period; not established for B
    a_fields = next(p for p in result.summary.pairs if p.defendant == "A").related_offenses[0]
    b_fields = pair.related_offenses[0]
    assert (b_fields.grades, b_fields.deadline) == (a_fields.grades, a_fields.deadline)
    assert not b_fields.established
    # every view shows the pair with its line and no empty count table
    text = result.explain()
    b = text.index("B toward V:")
    assert "Related offense — conspiracy" in text[b : b + 200]
    assert "Counts" not in text[b:].split("Still needed")[0]
    md = result.to_markdown()
    b = md.index("## B toward V")
    assert "| count" not in md[b:].split("## Notes")[0]
    html = result._repr_html_()
    b = html.index("<h4>B toward V</h4>")
    assert "Related offense — conspiracy" in html[b:].split("<h4>")[1]
    assert "<table" not in html[b:].split("</section>")[0]
    memo = result.memo()
    # under the findings, and under the counts for his conspiracy's row alone (review A2: a
    # row per attempt and conspiracy), not in the comparison of the laws
    assert memo.count("<h3>B toward V</h3>") == 2
    counts = memo.split("<h2>2. Counts</h2>", 1)[1].split("<h2>3.", 1)[0]
    b_counts = counts.split("<h3>B toward V</h3>", 1)[1].split("<h3>", 1)[0]
    assert '<table class="counts">' not in b_counts and "<td>conspiracy</td>" in b_counts
    # the timeline draws a lane per defendant with acts: none for B
    assert [[lane.pair.defendant for lane in t.lanes] for t in layouts(result.summary)] == [["A"]]
    validator = jsonschema.Draft202012Validator(nmt.output_schema("full"))
    validator.validate(json.loads(result.to_json(detail="full")))


def test_the_conspiracy_note_names_every_pair_it_concerns() -> None:
    """A agreed with B on acts toward V and W; C acted alone toward X. Before: two notes, one
    naming A and V, one naming A and W, and B named nowhere."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "C"}, V, ADULT_W, {**ADULT_W, "id": "X"}],
        _act("r", "A", "V", "recruiting", "2018-06-01", agreement=WITH_B, **SEX),
        _act(
            "o",
            "A",
            "W",
            "obtaining",
            "2022-05-05",
            knowingly=True,
            means_will_be_used={"force": True},
            to_subject_to={"commercial_sexual_activity": True},
            agreement=WITH_B,
        ),
        _act("c", "C", "X", "recruiting", "2022-05-05", **SEX),
    )
    (note,) = _state_notes(result)
    assert note.concerns == ["A and V", "A and W", "B and V", "B and W"]


def test_an_agreement_toward_two_persons_is_one_conspiracy_said_under_each_pair() -> None:
    """The conservative reading: one agreement is one offense, whatever the number of persons
    the acts are toward, graded by the highest crime among all of them (the recruiting of a
    13-year-old: second degree), said under each of the four pairs, with the reason."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, V, ADULT_W],
        _act("r", "A", "V", "recruiting", "2018-06-01", agreement=WITH_B, **SEX),
        _act(
            "o",
            "A",
            "W",
            "obtaining",
            "2022-05-05",
            knowingly=True,
            means_will_be_used={"force": True},
            to_subject_to={"commercial_sexual_activity": True},
            agreement=WITH_B,
        ),
    )
    # said in full under the first pair, referred to under the others (review A2 6)
    (line,) = _lines(result, "A", "V")
    assert (
        "a third degree felony (conspiracy to a second degree felony; basic sentence 3 years [S])"
        in line
    )
    assert (
        "one conspiracy toward V and W, not one per person, on the conservative reading that "
        "one agreement is one offense" in line
    )
    # B's own combination is not stated (only A's, with B: review K 1): said in full for him
    # under his first pair, "if established", and referred to under his second with the reason
    (line,) = _lines(result, "B", "V")
    assert "A agreed with B to commit" in line and "if established, a third degree" in line
    for d, v in (("A", "W"), ("B", "W")):
        (line,) = _lines(result, d, v)
        assert "the conspiracy of A and B above (one conspiracy toward V and W" in line, (d, v)
        assert ("for B, if established: B's own knowing combination" in line) == (d == "B")
        pair = next(p for p in result.summary.pairs if (p.defendant, p.victim) == (d, v))
        fields = pair.related_offenses[0]
        assert fields.grades == ["third_degree_felony"], (d, v)
    (note,) = _state_notes(result)
    assert "One conspiracy toward V and W, not one per person" in _flat(note.text)
    # a finding's own note sees its pair's acts only: it names the acts of the same agreement
    # outside it, and says the grade is not its acts' alone
    (finding,) = [f for f in result.findings if f.victim == "W"]
    (own,) = [n for n in finding.notes if n.kind == "conspiracy"]
    assert (  # A's own combination: it grades A's conspiracy (per party: session 7)
        "A's own combination with the same persons is also stated for A's recruiting of V on "
        "1 June 2018: it grades A's conspiracy with this pair's acts. One agreement, hence one "
        "conspiracy, graded for A by the highest crime among the acts A's own combination is "
        "stated for, not by this pair's alone" in _flat(own.text)
    )


def test_acts_agreed_with_different_persons_are_separate_conspiracies() -> None:
    with_c = {"with_persons": ["C"], "to_commit_this_act": True}
    result = _assess(
        [{"id": "A"}, {"id": "B"}, {"id": "C"}, V],
        _act("r", "A", "V", "recruiting", "2018-06-01", agreement=WITH_B, **SEX),
        _act("t", "A", "V", "transporting", "2021-06-01", agreement=with_c, **SEX),
    )
    first, second = _lines(result, "A", "V")
    assert (
        "A knowingly combined with B to commit the recruiting of 1 June 2018 (stated; the first "
        "of two § 30-28-2 agreements A is a party to with acts toward V: read as two, as "
        "different persons are stated to have combined for each, and whether they are one "
        "agreement is not assessed): a third" in first
    )
    assert (
        "A knowingly combined with C to commit the transporting of 1 June 2021 (stated; the "
        "second of the two agreements): a fourth" in second
    )
    assert "one conspiracy" not in first + second


def test_an_open_act_that_would_raise_the_grade_is_named_with_if_established() -> None:
    """The transporting (V 16: third degree) is established; the recruiting (V 13: second
    degree) is open (its purpose is not stated): the conspiracy is at least a fourth degree
    felony, a third degree felony if the recruiting is established."""
    result = _assess(
        [{"id": "A"}, {"id": "B"}, V],
        _act("r", "A", "V", "recruiting", "2018-06-01", knowingly=True, agreement=WITH_B),
        _act("t", "A", "V", "transporting", "2021-06-01", agreement=WITH_B, **SEX),
    )
    (line,) = _lines(result, "A", "V")
    assert line.startswith("Related offense — conspiracy (NMSA 1978, § 30-28-2 [S]): ")
    assert (
        "one conspiracy, graded by 'the highest crime conspired to be committed': a fourth "
        "degree felony (conspiracy to a third degree felony; basic sentence 18 months "
        "[S]), or a third degree felony "
        "(conspiracy to a second degree felony; basic sentence 3 years [S]) if the "
        "recruiting of 1 June 2018 is established "
        "as human trafficking" in line
    )
    assert (
        "to 1 June 2023 (passed) if a third degree felony, to 1 June 2023 (passed) if a fourth"
        not in line
    )  # one period for both grades (five years each), said once
    assert "at the latest to 1 June 2023 (passed) under § 30-1-8(B); counted from" in line
