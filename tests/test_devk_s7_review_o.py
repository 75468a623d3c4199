"""Review O of session 7 (a victim advocate and trainer for medical, school and tribal staff).

O7: Indian country. A person's stated status as an Indian (``indian`` on a person: stated,
never assessed) settles the State's jurisdiction over an act stated in Indian country as far as
related-law-2026-12.md § 5 settles it, and the § 30-52-1 line says so on the first screen; the
question of who is an Indian asks only the status not stated.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern
from nm_trafficking.render.memo import render

TODAY = date(2026, 12, 7)
MOVE = {
    "id": "move",
    "actor": "D",
    "person": "V",
    "act": "transporting",
    "date": "2026-02-11",
    "knowingly": True,
    "means_will_be_used": {"force": True},
    "to_subject_to": {"commercial_sexual_activity": True},
    "in_indian_country": True,
    "county": "Sandoval",
}


def _indian_pattern(d: Any = None, v: Any = None, **act: Any) -> nmt.FactPattern:
    persons: list[dict[str, Any]] = [{"id": "D"}, {"id": "V", "age": 19}]
    for p, status in zip(persons, (d, v), strict=True):
        if status is not None:
            p["indian"] = status
    return nmt.from_dict({"persons": persons, "conduct": [{**MOVE, **act}]})


def _indian(d: Any = None, v: Any = None, **act: Any) -> nmt.Assessment:
    return nmt.assess(_indian_pattern(d, v, **act), today=TODAY, law="nm")


def _state_why(a: nmt.Assessment) -> str:
    (pair,) = a.summary.pairs
    (line,) = [s for s in pair.laws if s.law == "nm_30_52_1"]
    return " ".join((line.why or "").split())


def _asked(a: nmt.Assessment) -> list[str]:
    return [q.text for q in a.summary.needed if q.element == "indian_country"]


def test_the_indian_status_of_a_person_is_a_stated_fact_true_false_or_unknown() -> None:
    p = _indian_pattern(True, "false")
    assert p.person("D").indian is nmt.Truth.TRUE
    assert p.person("V").indian is nmt.Truth.FALSE
    assert _indian_pattern().person("D").indian is nmt.Truth.UNKNOWN
    with pytest.raises(InvalidFactPattern):
        _indian_pattern(1)  # a number is not a truth value
    described = nmt.json_schema()["$defs"]["Person"]["properties"]["indian"]["description"]
    assert "not assessed" in described and "Indian country" in described


@pytest.mark.statute("30-52-1(B)")
def test_an_indian_defendant_in_indian_country_the_state_may_lack_jurisdiction() -> None:
    """Both enrolled pueblo members (review O, o06): State v. Romero [P] — the line says the
    State may lack jurisdiction, the elements and the grade unchanged; nothing is asked (the
    old code asked "Are D and V Indians?", which no fact could answer)."""
    for victim in (True, False):
        a = _indian(True, victim)
        f = a.finding("D", "V")
        assert f.status == "met" and f.grade == "third_degree_felony"
        why = _state_why(a)
        assert why.startswith(
            "The transporting of 11 February 2026 is stated to have taken place in Indian "
            "country: D is stated to be an Indian, so the State may lack jurisdiction (State v. "
            "Romero, 2006-NMSC-039 [P]"
        )
        assert "the State has jurisdiction" not in why
        assert _asked(a) == []
        assert "may lack jurisdiction" in a.explain()


def test_two_non_indians_the_states_per_mcbratney_and_nothing_asked() -> None:
    a = _indian(False, False)
    assert (
        "D and V are stated not to be Indians, so the State has jurisdiction (United States "
        "v. McBratney, 104 U.S. 621 (1882) [S])" in _state_why(a)
    )
    assert _asked(a) == []


def test_a_non_indian_against_an_indian_concurrent_per_castro_huerta() -> None:
    a = _indian(False, True)
    assert (
        "so the Federal Government and the State have concurrent jurisdiction (Oklahoma v. "
        "Castro-Huerta, 597 U.S. 629 (2022) [P])" in _state_why(a)
    )
    assert _asked(a) == []


@pytest.mark.statute("30-52-1(B)")
def test_what_is_not_stated_is_asked_and_the_line_never_claims_the_states_jurisdiction() -> None:
    both = _indian()
    assert (
        "whether the State has jurisdiction turns on whether D is an Indian, which is not "
        "stated" in _state_why(both)
    )
    (q,) = _asked(both)
    assert q.startswith("Are D and V Indians? The transporting of 11 February 2026")
    actor = _indian(None, True)
    assert "turns on whether D is an Indian" in _state_why(actor)
    (q,) = _asked(actor)
    assert q.startswith("Is D an Indian? The transporting of 11 February 2026 is stated")
    # a non-Indian actor: the State has jurisdiction whichever the person is (McBratney,
    # Castro-Huerta); the person's status is still asked (it decides who else may prosecute)
    person = _indian(False)
    assert "the State has jurisdiction whether or not V is one" in _state_why(person)
    (q,) = _asked(person)
    assert q.startswith("Is V an Indian?")


def test_no_jurisdiction_words_where_the_act_is_not_in_indian_country_or_meets_nothing() -> None:
    assert "Indian" not in _state_why(_indian(True, True, in_indian_country=False))
    assert "Indian" not in _state_why(_indian(True, True, in_indian_country="unknown"))
    # outside New Mexico: New Mexico's own question (may it prosecute?) is asked instead, and
    # the cases of the State where the act took place are not New Mexico's (no line words)
    away = _indian(False, False, county="outside New Mexico")
    assert "Indian" not in _state_why(away)
    # an act that meets nothing: no jurisdiction words on the NOT MET line
    none = _indian(True, True, knowingly=False)
    assert none.finding("D", "V").status == "not_met"
    assert "Indian" not in _state_why(none)


# --- O4: a defendant who is herself a victim ------------------------------------------------

A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
CONTROL = {
    "id": "control",
    "actor": "T",
    "person": "B",
    "act": "obtaining",
    "date": "2025-10-01",
    "knowingly": True,
    "means_will_be_used": {"force": True},
    "to_subject_to": {"commercial_sexual_activity": True},
}
RECRUIT = {"id": "recruit", "actor": "B", "person": "C", "act": "recruiting", "date": "2026-03-14"}
TRIO = [
    {"id": "T", "roles": ["trafficker"]},
    {"id": "B", "roles": ["recruiter"], "birth_date": "2009-05-10"},
    {"id": "C", "birth_date": "2010-09-01"},
]


def _trio(*acts: dict[str, Any], observations: Any = (), persons: Any = None) -> nmt.Assessment:
    data = {
        "persons": persons or TRIO,
        "conduct": [{**RECRUIT, **A2}, *acts],
        "observations": list(observations),
    }
    return nmt.assess(nmt.from_dict(data), today=TODAY, law="nm")


def _line(a: nmt.Assessment, defendant: str, victim: str) -> str:
    (pair,) = [p for p in a.summary.pairs if (p.defendant, p.victim) == (defendant, victim)]
    (law,) = [s for s in pair.laws if s.law == "nm_30_52_1"]
    return " ".join((law.why or "").split())


@pytest.mark.statute("30-52-1(E)")
def test_a_trafficked_minor_who_recruits_is_said_to_be_a_victim_on_her_own_line() -> None:
    """Review O, o01: B (16), obtained by T by force, recruits C. The law result stays: (E)
    bars only the accessory charge; her own line now says she is a victim of an act that meets
    § 30-52-1, by actor, verb and date, before the child-defendant caution."""
    a = _trio(CONTROL)
    f = a.finding("B", "C")
    assert f.status == "met" and f.grade == "second_degree_felony"
    why = _line(a, "B", "C")
    assert why.startswith(
        "B is also a victim: T's obtaining of 1 October 2025 meets § 30-52-1 (§ 30-52-1(E) bars "
        "only a charge as an accessory). Defendant B was under eighteen"
    )
    assert "also a victim" not in _line(a, "T", "B")  # the trafficker's line says nothing
    text = a.explain()
    assert "B is also a victim: T's obtaining of 1 October 2025" in " ".join(text.split())


def test_a_defendant_who_may_be_a_victim_by_an_open_act_or_by_indicators_only() -> None:
    open_act = {**CONTROL, "means_will_be_used": {}}  # (A)(1)'s means not established
    assert _line(_trio(open_act), "B", "C").startswith(
        "B may also be a victim: T's obtaining of 1 October 2025 may meet § 30-52-1"
    )
    # review O, o26: no act toward B, two indicators of force or coercion by T toward her
    seen = [
        {"id": "o1", "indicator": "force.battering", "actor": "T", "person": "B"},
        {"id": "o2", "indicator": "coercion.threats_of_harm", "actor": "T", "person": "B"},
    ]
    why = _line(_trio(observations=seen), "B", "C")
    assert why.startswith(
        "B may also be a victim: 2 indicators of force or coercion by T toward B are on file "
        "(evidence, not a finding)"
    )
    one = _line(_trio(observations=seen[:1]), "B", "C")
    assert one.startswith("B may also be a victim: 1 indicator of force by T toward B is on file")
    labelled = [TRIO[0], {**TRIO[1], "roles": ["victim"]}, TRIO[2]]
    assert _line(_trio(persons=labelled), "B", "C").startswith(
        "B is labelled a victim, though no act toward B stated meets or may meet § 30-52-1"
    )
    # an act toward B that meets nothing, and no other sign: nothing is said
    cleared = {**CONTROL, "knowingly": False}
    assert "victim" not in _line(_trio(cleared), "B", "C")


def test_the_pattern_sentences_state_a_persons_indian_status() -> None:
    """The workbench's and the memo's facts list ("a fact not listed is not known") says the
    stated status; nothing is said of one not stated."""
    from nm_trafficking.workbench.words import pattern_sentences

    persons = pattern_sentences(_indian_pattern(True, False))["persons"]
    assert persons[0] == "D: age not known. Stated to be an Indian."
    assert persons[1].endswith("Stated not to be an Indian.")
    assert "Indian" not in " ".join(pattern_sentences(_indian_pattern())["persons"])


# --- O8: observations and no act --------------------------------------------------------------


def _no_act(observations: list[dict[str, Any]]) -> nmt.Assessment:
    persons = [{"id": "X"}, {"id": "S", "roles": ["victim"], "age": 14}, {"id": "R"}]
    data = {"persons": persons, "observations": observations}
    return nmt.assess(nmt.from_dict(data), today=TODAY)


def test_indicators_with_no_act_are_counted_and_the_next_step_named() -> None:
    """Review O, o25: a teacher's first file (two indicators by X toward S, no act) printed only
    "No act is stated: there is no defendant and victim to assess"."""
    seen = [
        {"id": "o1", "indicator": "coercion.controlled_communication", "actor": "X", "person": "S"},
        {"id": "o2", "indicator": "fraud.romantic_relationship", "actor": "X", "person": "S"},
    ]
    a = _no_act(seen)
    assert a.summary.pairs == []
    said = (
        "No act is stated: there is no defendant and victim to assess. 2 indicators of fraud or "
        "coercion by X toward S are on file (evidence, not a finding): record what X did "
        "(e.g. recruiting, transporting or obtaining) as an act to "
        "assess it, or screen the indicators with nm-trafficking screen."
    )
    assert said in " ".join(a.explain().split())
    assert said in " ".join(a.to_markdown().split())
    assert said in " ".join(render(a).split())
    # the JSON document is unchanged (the words are the renderers')
    assert "no_act" not in a.to_json()
    # one indicator by no one named toward S, one by X toward R: each counted, "what was done"
    other = _no_act(
        [
            {"id": "o1", "indicator": "force.battering", "person": "S"},
            {"id": "o2", "indicator": "coercion.threats_of_harm", "actor": "X", "person": "R"},
        ]
    )
    words = " ".join(other.explain().split())
    assert (
        "1 indicator of force toward S and 1 indicator of coercion by X toward R are on file"
        in (words)
    )
    assert "record what was done" in words  # not only X's
    assert "record what X did" in " ".join(_no_act(seen[:1]).explain().split())
    # no observation: the message as before
    plain = " ".join(_no_act([]).explain().split())
    assert "No act is stated: there is no defendant and victim to assess." in plain
    assert "indicator" not in plain


# --- O10: screening words ---------------------------------------------------------------------


def test_screening_says_what_is_true_of_commercial_sex_and_names_the_industry_once() -> None:
    """Review O, s03 and the bundled massage_parlor_minor: "commercial sexual activity observed"
    was printed where only the industry was chosen, and "Massage parlors (sex trafficking) (sex
    trafficking)" repeated the group."""
    from nm_trafficking.screening import screen

    parlor = screen([], industry_id="massage_parlors_sex", age=16).explain()
    assert "observed (evidence of" not in parlor
    # session 8: the industry is where trafficking is found, not commercial sex stated
    assert "is commercial sex " not in parlor and "Ask whether this minor (age 16)" in parlor
    assert "Industry: Massage parlors (sex trafficking)\n" in parlor
    farm = screen([], industry_id="farming").explain()
    assert "Industry: Farming / agricultural work (labor trafficking)\n" in farm
    stated = screen([], age=15, commercial_sexual_activity=True).explain()
    assert "commercial sexual activity stated (evidence of" in stated
    labor = screen([], age=15, commercial_sexual_activity=False).explain()
    assert "the situation is stated not to be commercial sexual activity" in labor


def test_a_missing_screening_file_is_said_not_to_be_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nm_trafficking.cli import main
    from nm_trafficking.screening import screen_file

    missing = tmp_path / "nurse.yaml"
    with pytest.raises(InvalidFactPattern) as caught:  # still an InvalidFactPattern for callers
        screen_file(missing)
    assert str(caught.value) == f"{missing}: screening file not found"
    assert main(["screen", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "screening file not found" in err and "fact pattern" not in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("age: -3\n", encoding="utf-8")
    assert main(["screen", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "invalid screening file: age:" in err and "fact pattern" not in err
    assert main(["screen", str(tmp_path)]) == 2  # a directory: not a regular file
    assert f"{tmp_path}: a directory, not a file" in capsys.readouterr().err


# --- devF: YAML errors never repeat what was written ----------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("title: x\npersons:\n  - *SECRETNAME\n", "an alias names no anchor defined before it"),
        ("title: !SECRETTAG x\n", "a tag is not accepted"),
        ("persons: !SECRETTAG [1]\n", "a tag is not accepted"),
        ("title: !!python/name:SECRETPY x\n", "a tag is not accepted"),
        ("a: &SECRETA [*SECRETA]\n", "an alias repeats a node that contains it"),
    ],
)
def test_yaml_errors_give_the_position_never_the_text(text: str, said: str) -> None:
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.loads(text)
    message = str(caught.value)
    assert said in message and "(line " in message
    assert "SECRET" not in message
