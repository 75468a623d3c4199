"""Observed indicators about the person's work put §§ 1589 and 1590 at issue (session 9, item
"labor indicators do not put §§ 1589/1590 at issue" of note 8): a line that said "no fact stated
puts them at issue" beside observed unpaid wages or debt bondage misled. An indicator is
evidence, never an element: it changes which questions are asked and their words, never a
status (the metamorphic property below). Also the believed-age question of a party to an
agreement whose conspiracy grade turns on the age he believed the person of another party's
act to be (note 8: it was asked only of the act's actor)."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import nm_trafficking as nmt
from nm_trafficking.indicators import indicators

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 8)

LABOR = (
    "coercion.debt_bondage",
    "coercion.wages_unpaid_or_tips_only",
    "fraud.contract_for_legitimate_work",
    "fraud.misrepresented_work_conditions",
    "fraud.promised_job_differs",
)
"""The indicators about work (a job, a work contract, wages, a debt worked off)."""


def _doc(conduct: dict[str, Any], observations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "persons": [
            {"id": "D", "roles": ["trafficker"]},
            {"id": "W", "roles": ["victim"], "age": 30},
        ],
        "conduct": [
            {
                "id": "c1",
                "actor": "D",
                "person": "W",
                "act": "obtaining",
                "date": "2020-03-02",
                "knowingly": True,
                **conduct,
            }
        ],
        "observations": observations,
    }


def _assess(doc: dict[str, Any], law: str = "all") -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(doc), today=TODAY, law=law)  # type: ignore[arg-type]


def _line(a: nmt.Assessment, law: str) -> Any:
    (pair,) = a.summary.pairs
    (line,) = [x for x in pair.laws if x.law == law]
    return line


def _obs(indicator: str, n: int = 1, actor: str | None = "D") -> dict[str, Any]:
    return {"id": f"o{n}", "indicator": indicator, "actor": actor, "person": "W"}


def test_the_catalog_marks_only_the_indicators_about_work() -> None:
    """The conservative judgement, pinned: only an indicator about work is marked (not promises
    of money, control of the person's money, or punishments, which a sex-trafficking case shows
    as readily)."""
    marked = {i.id for i in indicators() if i.labor_or_services}
    assert marked == set(LABOR)
    for i in indicators():
        if i.labor_or_services:
            assert any(w in i.name.lower() for w in ("work", "job", "wage", "debt"))


@pytest.mark.parametrize(
    "conduct",
    [
        {},  # no purpose stated
        {"to_subject_to": {"commercial_sexual_activity": True}},  # a sex case
    ],
)
def test_labor_indicators_put_1589_and_1590_at_issue(conduct: dict[str, Any]) -> None:
    without = _assess(_doc(conduct, [_obs("force.battering")]))
    for law in ("usc_1589", "usc_1590"):
        assert "no fact stated puts them at issue" in _line(without, law).why
    observed = [_obs("coercion.debt_bondage", 1), _obs("coercion.wages_unpaid_or_tips_only", 2)]
    a = _assess(_doc(conduct, [*observed, _obs("force.battering", 3)]))
    for law in ("usc_1589", "usc_1590"):
        line = _line(a, law)
        assert line.not_asked is None
        assert "at issue" not in (line.why or "")
        assert line.status == _line(without, law).status == "undetermined"
    asked = {(q.law, q.element): q.text for q in a.summary.needed}
    evidence = (
        "(Evidence on file: 2 indicators about work by D toward W were observed; indicators "
        "are evidence, not the element.)"
    )
    assert asked[("usc_1589", "conduct")].endswith(evidence)
    assert asked[("usc_1590", "for_labor_or_services")].endswith(evidence)
    # the means question names the indicators of force and coercion, as it did (not fraud)
    assert "indicators are evidence" in asked[("usc_1589", "labor_means")]
    assert "Evidence on file" not in asked[("usc_1590", "in_violation_of_this_chapter")]
    text = a.explain()
    assert "puts them at issue" not in text
    assert "about work by D toward W" in text


def test_indicators_not_about_work_put_nothing_at_issue() -> None:
    others = ["fraud.promises_of_money", "coercion.control_of_money", "coercion.punishments"]
    a = _assess(_doc({}, [_obs(i, n) for n, i in enumerate(others)]))
    for law in ("usc_1589", "usc_1590"):
        assert _line(a, law).not_asked is not None
    assert not {q.law for q in a.summary.needed} & {"usc_1589", "usc_1590"}


def test_an_indicator_by_someone_else_or_no_one_named_counts_and_is_named() -> None:
    """Whether the person's labor is at issue is a fact of the person, not of one actor's mind:
    an indicator toward W by anyone counts, named by who did it."""
    doc = _doc({}, [_obs("coercion.wages_unpaid_or_tips_only", 1, "E"), _obs(LABOR[0], 2, None)])
    doc["persons"].append({"id": "E"})
    a = _assess(doc)
    assert _line(a, "usc_1589").not_asked is None
    (q,) = [q for q in a.summary.needed if (q.law, q.element) == ("usc_1589", "conduct")]
    assert (
        "1 indicator about work by E and 1 indicator about work by someone not named toward W "
        "were observed" in q.text
    )
    from nm_trafficking.reasoning.evidence import labor_observed

    assert labor_observed(nmt.from_dict(doc), "W") == {"E": 1, None: 1}
    assert labor_observed(nmt.from_dict(doc), "D") == {}


def test_an_indicator_toward_another_person_does_not_count() -> None:
    doc = _doc({}, [{"id": "o1", "indicator": LABOR[0], "actor": "D", "person": "X"}])
    doc["persons"].append({"id": "X"})
    a = _assess(doc)
    assert _line(a, "usc_1589").not_asked is not None


def test_the_venture_question_names_them_not_the_benefit_question() -> None:
    """§ 1589(b): the venture that provided or obtained labor or services is an element of
    labor; the benefit (keyed like § 1589(a)'s conduct) is not."""
    conduct = {
        "act": "benefiting",
        "benefit": {"financially": True},
        "federal": {"venture": {"participated": True}},
    }
    a = _assess(_doc(conduct, [_obs("coercion.wages_unpaid_or_tips_only")]))
    found = {
        (q.law, q.element, tuple(q.citations)): q.text
        for q in a.summary.needed
        if q.law == "usc_1589"
    }
    venture = [t for (_, e, _), t in found.items() if e == "venture"]
    assert venture and all("about work" in t for t in venture)
    for (_, e, cited), t in found.items():
        if e == "conduct" and any(c.endswith("(b)") for c in cited):
            assert "about work" not in t


def _statuses(a: nmt.Assessment) -> list[Any]:
    """Every status, grade and count the assessment gives (not which questions it asks)."""
    out: list[Any] = []
    for p in a.summary.pairs:
        for x in p.laws:
            g = x.grading
            out.append((p.defendant, p.victim, x.law, x.status, x.paragraphs))
            out.append((g.certain, g.floor, g.possible, g.none_stated_possible))
        for c in p.counts:
            for law, u in c.laws.items():
                out.append((p.defendant, c.conduct, law, u.status, u.statuses, u.grade))
                # (not the limitation period: given only for a section at issue, as the first
                # screen asks of it; checked apart below)
                out.append(u.possible)
        # each related offense but § 1594's, which names §§ 1589 and 1590 (and is cited
        # § 1594(b), or § 1594 beside § 1591) where the indicators put the labor at issue:
        # checked in its own test
        out.extend(
            (r.kind, r.citation, r.acts, r.grades, r.established, r.deadline, r.passed)
            for r in p.related_offenses or ()
            if not r.citation.startswith("18 U.S.C. § 1594")
        )
    for f in a.findings:
        out.append((f.defendant, f.victim, f.status, f.grade, f.grade_possible))
        out.append({k: (j.status, repr(j.counts)) for k, j in f.jurisdictions.items()})
    return out


def _patterns() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and doc.get("conduct"):
            found.append((path.stem, doc))
    found.append(("obtaining", _doc({}, [])))
    found.append(("sex", _doc({"to_subject_to": {"commercial_sexual_activity": True}}, [])))
    return found


@pytest.mark.parametrize(("name", "doc"), _patterns(), ids=[n for n, _ in _patterns()])
def test_adding_an_indicator_never_changes_a_status(name: str, doc: dict[str, Any]) -> None:
    """The metamorphic property: an observed indicator (about work or not) toward each person
    acted upon, by each actor and by no one named, leaves every status, grade and count as it
    was; a section not asked may become asked, never the reverse, and every question asked
    before is still asked."""
    before = _assess(doc)
    asked = {(q.law, q.element, q.defendant, q.victim, q.conduct) for q in before.summary.needed}
    unasked = {
        (p.defendant, p.victim, x.law) for p in before.summary.pairs for x in p.laws if x.not_asked
    }
    persons = sorted({c["person"] for c in doc["conduct"]})
    actors = sorted({c["actor"] for c in doc["conduct"]})
    for indicator in (*LABOR, "force.battering"):
        changed = copy.deepcopy(doc)
        changed["observations"] = [
            *changed.get("observations", []),
            *(
                {"id": f"added{i}", "indicator": indicator, "person": p, "actor": who}
                for i, (p, who) in enumerate((p, w) for p in persons for w in (*actors, None))
            ),
        ]
        after = _assess(changed)
        assert _statuses(after) == _statuses(before), indicator
        for p, q in zip(before.summary.pairs, after.summary.pairs, strict=True):
            for c, d in zip(p.counts, q.counts, strict=True):
                for law, u in c.laws.items():  # a period may be given, never changed
                    assert u.deadline in (None, d.laws[law].deadline), indicator
                    assert u.limitation in (None, d.laws[law].limitation), indicator
        now = {(q.law, q.element, q.defendant, q.victim, q.conduct) for q in after.summary.needed}
        assert asked <= now, indicator
        still = {
            (p.defendant, p.victim, x.law)
            for p in after.summary.pairs
            for x in p.laws
            if x.not_asked
        }
        assert still <= unasked, indicator


# --- the believed-age question of a party to an agreement ---------------------------------------


def _agreement(a_grade_fixed: bool = False) -> dict[str, Any]:
    """A recruited V (15, or 11 where ``a_grade_fixed``) and B transported her at 18, each act
    stated agreed with the other: A's conspiracy grade may turn on the age A believed V to be in
    agreeing to B's transporting (higher only under 13), unless A's own act already gives the
    highest conspiracy grade."""
    born = "2008-06-01" if a_grade_fixed else "2004-01-01"
    return {
        "persons": [
            {"id": "A", "roles": ["recruiter"]},
            {"id": "B", "roles": ["trafficker"]},
            {"id": "V", "roles": ["victim"], "birth_date": born},
        ],
        "conduct": [
            {
                "id": "rec",
                "actor": "A",
                "person": "V",
                "act": "recruiting",
                "date": "2019-03-01",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "agreement": {"with_persons": ["B"], "to_commit_this_act": True},
            },
            {
                "id": "drive",
                "actor": "B",
                "person": "W" if a_grade_fixed else "V",
                "act": "transporting",
                "date": "2022-08-15",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "agreement": {"with_persons": ["A"], "to_commit_this_act": True},
            },
        ],
    }


def _beliefs(a: nmt.Assessment) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for q in a.summary.needed:
        if q.element == "believed_age":
            out.setdefault(q.defendant, []).append(q)
    return out


def test_a_party_is_asked_the_age_he_believed_for_another_partys_act() -> None:
    a = _assess(_agreement())
    beliefs = _beliefs(a)
    (mine,) = beliefs["A"]
    assert mine.text == (
        "What age did A believe V to be in agreeing to B's transporting of V on 15 August 2022? "
        "A's conspiracy grade turns on it (a reading, as for a sting; § 30-28-2(B))."
    )
    assert (mine.victim, mine.conduct, mine.law) == ("V", "drive", "nm_30_52_1")
    assert mine.citations[-1] == "§ 30-28-2"
    # the actor's own belief is asked as before, of his act
    (theirs,) = beliefs["B"]
    assert theirs.text.startswith("What age did B believe V to be when transporting V")
    # A's line says the grade turns on it: the question asks what the line names
    (pair,) = [p for p in a.summary.pairs if p.defendant == "A"]
    assert any("if A agreed to B's transporting" in r for r in pair.related)
    # with A's state questions, before the federal sections'
    text = a.explain()
    block = text[text.index("A toward V:", text.index("Still needed")) :]
    assert block.index("What age did A believe") < block.index("§ 1591")


def test_no_question_where_the_party_grade_cannot_turn_on_it() -> None:
    """Where A's own act already gives the highest conspiracy grade, A's belief about B's act
    cannot change it: nothing is asked of A."""
    doc = _agreement(a_grade_fixed=True)
    doc["persons"].append({"id": "W", "roles": ["victim"], "age": 18, "age_on": "2022-08-15"})
    a = _assess(doc)
    assert "A" not in _beliefs(a)


def test_each_party_only_named_is_asked_after_his_combination_under_one_heading() -> None:
    """C transported V (18) on an agreement stated with A and B, neither of whose own
    combination is stated: each is asked whether he combined, then the age he believed V to be,
    under one heading each."""
    doc = {
        "persons": [{"id": "A"}, {"id": "B"}, {"id": "C"}, {"id": "V", "birth_date": "2004-01-01"}],
        "conduct": [
            {
                "id": "c1",
                "actor": "C",
                "person": "V",
                "act": "transporting",
                "date": "2022-08-15",
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                "agreement": {"with_persons": ["A", "B"], "to_commit_this_act": True},
            }
        ],
    }
    a = _assess(doc, law="nm")
    order = [(q.defendant, q.element) for q in a.summary.needed if q.defendant in ("A", "B")]
    assert order == [
        ("A", "combination"),
        ("A", "believed_age"),
        ("B", "combination"),
        ("B", "believed_age"),
    ]
    needed = a.explain()[a.explain().index("Still needed") :]
    assert needed.count("A toward V:") == needed.count("B toward V:") == 1


def test_the_1594_line_names_the_sections_of_labor_the_indicators_put_at_issue() -> None:
    """D agreed with E to obtain W; only an indicator about W's work is on file. The pair asks
    §§ 1589 and 1590's questions, so the § 1594(b) line names them (it named none: no line)."""
    conduct = {"agreement": {"with_persons": ["E"], "to_commit_this_act": True}}
    without = _doc(conduct, [])
    without["persons"].append({"id": "E"})
    with_ = copy.deepcopy(without)
    with_["observations"] = [_obs("coercion.debt_bondage")]
    before, after = _assess(without), _assess(with_)
    assert "§ 1594(b)" not in before.explain()
    (pair,) = [p for p in after.summary.pairs if p.defendant == "D"]
    (line,) = [r for r in pair.related if "§ 1594(b)" in r]
    assert "which may meet § 1589 and § 1590: not assessed" in " ".join(line.split())
    assert _statuses(after) == _statuses(before)
