"""compare(): what changed between two assessments — finding, paragraph, element, count and
grade statuses — found by changing one fact with FactPattern.with_fact."""

from __future__ import annotations

import json
from datetime import date

import nm_trafficking as nmt
from nm_trafficking.compare import Comparison, compare

TODAY = date(2025, 1, 1)
A1, A2, A3 = "30-52-1(A)(1)", "30-52-1(A)(2)", "30-52-1(A)(3)"


def _pattern() -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2002-09-14"}],
            "conduct": [
                {
                    "id": "recruit",
                    "actor": "D",
                    "person": "V",
                    "act": "recruiting",
                    "date": "2018-03-10",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )


def _diff(before: nmt.FactPattern, after: nmt.FactPattern) -> Comparison:
    return compare(nmt.assess(before, today=TODAY), nmt.assess(after, today=TODAY))


def test_the_same_assessment_has_no_changes() -> None:
    p = _pattern()
    diff = _diff(p, p)
    assert not diff.changed
    assert diff.to_dict() == {
        "changed": False,
        "findings": [],
        "paragraphs": [],
        "elements": [],
        "counts": [],
        "grades": [],
        "laws": [],
    }
    assert diff.lines() == []


def test_flipping_knowingly_changes_paragraphs_elements_count_and_grade() -> None:
    p = _pattern()
    diff = _diff(p, p.with_fact("conduct.recruit.knowingly", False))
    assert diff.changed
    assert [(f.before, f.after) for f in diff.findings] == [("met", "not_met")]
    assert {(c.citation, c.before, c.after) for c in diff.paragraphs} == {
        (A1, "undetermined", "not_met"),
        (A2, "met", "not_met"),
    }
    knowingly = [e for e in diff.elements if e.element == "knowingly"]
    assert {e.citation for e in knowingly} == {A1, A2, A3}
    assert all((e.before, e.after) == ("met", "not_met") for e in knowingly)
    assert all(e.conduct == "recruit" and e.label == "done knowingly" for e in knowingly)
    assert knowingly[0].reason_after == "D did not act knowingly"
    (count,) = diff.counts
    assert (count.before, count.after) == ("met", "not_met")
    assert (count.grade_before, count.grade_after) == ("second_degree_felony", "not_applicable")
    grades = {g.field: (g.before, g.after) for g in diff.grades}
    assert grades["grade"] == ("second_degree_felony", None)
    assert grades["status"] == ("determined", "not_applicable")
    assert "D → V, 30-52-1(A)(2): met → not met" in diff.lines()
    assert "D → V, NMSA 1978, § 30-52-1: met → not met" in diff.lines()


def test_an_age_change_changes_only_the_grade() -> None:
    p = _pattern()
    diff = _diff(p, p.with_fact("persons.V.birth_date", "2006-01-01"))  # 12 at the act
    assert diff.findings == [] and diff.paragraphs == [] and diff.elements == []
    assert {g.field: g.after for g in diff.grades}["grade"] == "first_degree_felony"
    (count,) = diff.counts
    assert (count.before, count.after) == ("met", "met")
    assert count.grade_after == "first_degree_felony"


def test_unknown_to_true_settles_an_undetermined_element() -> None:
    p = _pattern().with_fact("conduct.recruit.knowingly", None)
    diff = _diff(p, p.with_fact("conduct.recruit.knowingly", True))
    assert {(c.citation, c.before, c.after) for c in diff.paragraphs} == {
        (A2, "undetermined", "met")
    }
    assert {e.citation for e in diff.elements} == {A1, A2, A3}
    assert all(e.before == "undetermined" for e in diff.elements)


def test_an_added_act_and_person_show_as_present_on_one_side() -> None:
    p = _pattern()
    doc = json.loads(json.dumps(p.model_dump(mode="json")))
    doc["persons"].append({"id": "W", "age": 30})
    doc["conduct"].append(
        {"id": "c2", "actor": "D", "person": "W", "act": "obtaining", "knowingly": True}
    )
    doc["conduct"].append({"id": "c3", "actor": "D", "person": "V", "act": "enticing"})
    diff = _diff(p, nmt.from_dict(doc))
    assert [(f.victim, f.before) for f in diff.findings] == [("W", "absent")]
    added = {(c.victim, c.conduct): (c.before, c.after) for c in diff.counts}
    assert added[("V", "c3")][0] == "absent"
    assert added[("W", "c2")][0] == "absent"
    assert any(e.conduct == "c3" and e.before == "absent" for e in diff.elements)
    # and removed again, the other way round
    back = compare(nmt.assess(nmt.from_dict(doc), today=TODAY), nmt.assess(p, today=TODAY))
    assert [(f.victim, f.after) for f in back.findings] == [("W", "absent")]


def test_to_dict_is_json() -> None:
    p = _pattern()
    diff = _diff(p, p.with_fact("conduct.recruit.knowingly", False)).to_dict()
    assert json.loads(json.dumps(diff)) == diff
    assert set(diff["elements"][0]) == {
        "defendant",
        "victim",
        "conduct",
        "citation",
        "element",
        "label",
        "before",
        "after",
        "reason_before",
        "reason_after",
    }


def test_a_pattern_at_the_item_limits_can_still_be_changed() -> None:
    # Only stated facts are carried into the copy: a dump with every default (~100 unknown
    # facts per act) used to exceed Limits.max_nodes, so no fact of a large pattern could be
    # changed although the pattern itself was valid.
    acts = nmt.DEFAULT_LIMITS.max_conduct
    doc = {
        "persons": [{"id": "D"}, {"id": "V", "age": 15}],
        "conduct": [
            {"id": f"c{i}", "actor": "D", "person": "V", "act": "recruiting"} for i in range(acts)
        ],
    }
    pattern = nmt.from_dict(doc)
    changed = pattern.with_fact("conduct.c7.federal.venture.participated", True)
    assert changed.conduct[7].federal.venture.participated is nmt.Truth.TRUE
    assert changed.conduct[6] == pattern.conduct[6]
    # Unset groups are created as needed, and the copy equals one built from the changed doc.
    doc["conduct"][7]["federal"] = {"venture": {"participated": True}}
    assert changed == nmt.from_dict(doc)


def _federal_pattern() -> nmt.FactPattern:
    """A 17-year-old obtained for a commercial sex act, with § 1591's facts: § 1591(a)(1)
    minor met through the reasonable opportunity to observe (§ 1591(c))."""
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2006-12-08"}],
            "conduct": [
                {
                    "id": "o",
                    "actor": "D",
                    "person": "V",
                    "act": "obtaining",
                    "date": "2024-12-07",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        "as_to_age": {"knew": False, "reckless_disregard": False},
                        "reasonable_opportunity_to_observe": True,
                        "as_to_commercial_sex_act": {"knew": True},
                    },
                }
            ],
        }
    )


COMMERCE = "conduct.o.federal.jurisdiction.in_or_affecting_interstate_or_foreign_commerce"
T2 = date(2026, 12, 7)


def test_a_federal_change_is_seen_under_every_law_choice() -> None:
    # Without the commerce element § 1591 is no longer met (review I, finding 1: compare said
    # "changed False" although the summary's § 1591 went from met to undetermined).
    p = _federal_pattern()
    q = p.with_fact(COMMERCE, False)
    for law in ("all", "federal"):
        b, a = nmt.assess(p, today=T2, law=law), nmt.assess(q, today=T2, law=law)
        assert [x.status for x in b.summary.pairs[0].laws if x.law == "usc_1591"] == ["met"]
        diff = compare(b, a)
        assert diff.changed, law
        # § 30-52-1 has no commerce element: nothing of it changed
        assert not (diff.findings or diff.paragraphs or diff.elements or diff.counts)
        assert not diff.grades
        changes = {(c.law, c.conduct, c.field, c.paragraph, c.before, c.after) for c in diff.laws}
        assert ("usc_1591", None, "status", None, "met", "undetermined") in changes
        minor = "18 U.S.C. § 1591(a)(1) minor"
        assert ("usc_1591", None, "paragraph", minor, "met", "undetermined") in changes
        assert ("usc_1591", "o", "status", None, "met", "undetermined") in changes
        assert {c.law for c in diff.laws} == {"usc_1591"}
        lines = diff.lines()
        assert "D → V, 18 U.S.C. § 1591: met → undetermined" in lines
        assert f"D → V, {minor}: met → undetermined" in lines
        assert "D → V, 18 U.S.C. § 1591, the obtaining of 7 December 2024: met → undetermined" in (
            lines
        )
        assert json.loads(json.dumps(diff.to_dict()))["laws"] == diff.to_dict()["laws"]


def test_a_band_change_is_named_by_its_section() -> None:
    # 13 at the act: § 1591(b)(1) (under 14) rather than (b)(1) or (b)(2) as the means decide.
    p = _federal_pattern()
    diff = compare(
        nmt.assess(p, today=T2, law="federal"),
        nmt.assess(p.with_fact("persons.V.birth_date", "2011-01-01"), today=T2, law="federal"),
    )
    pair = {c.field: (c.before, c.after) for c in diff.laws if c.conduct is None}
    assert pair["certain"] == (None, "(b)(1)")
    assert pair["possible"] == (["(b)(1)", "(b)(2)"], ["(b)(1)"])
    assert "D → V, 18 U.S.C. § 1591, penalty: none → § 1591(b)(1)" in diff.lines()
    assert (
        "D → V, 18 U.S.C. § 1591, penalties possible: § 1591(b)(1), § 1591(b)(2) → § 1591(b)(1)"
        in diff.lines()
    )


def test_state_facts_are_not_compared_when_the_state_statute_is_not_assessed() -> None:
    # Under law="federal" the state's findings are not part of the assessment: a fact only
    # § 30-52-1 reads changes nothing there.
    p = _federal_pattern()
    q = p.with_fact("conduct.o.will_be_caused_to_engage_in_commercial_sexual_activity", False)
    both = compare(nmt.assess(p, today=T2), nmt.assess(q, today=T2))
    assert both.findings and any(c.law == "nm_30_52_1" for c in both.laws)
    assert "D → V, NMSA 1978, § 30-52-1: met → undetermined" in both.lines()
    federal = compare(
        nmt.assess(p, today=T2, law="federal"), nmt.assess(q, today=T2, law="federal")
    )
    assert not (federal.findings or federal.paragraphs or federal.counts or federal.grades)
    assert all(c.law != "nm_30_52_1" for c in federal.laws)


def test_a_law_assessed_on_one_side_only_is_absent_on_the_other() -> None:
    p = _federal_pattern()
    diff = compare(nmt.assess(p, today=T2, law="nm"), nmt.assess(p, today=T2, law="all"))
    status = {(c.law, c.conduct): (c.before, c.after) for c in diff.laws if c.field == "status"}
    assert status == {
        ("usc_1591", None): ("absent", "met"),
        ("usc_1589", None): ("absent", "undetermined"),
        ("usc_1590", None): ("absent", "undetermined"),
        ("usc_1591", "o"): ("absent", "met"),
        ("usc_1589", "o"): ("absent", "undetermined"),
        ("usc_1590", "o"): ("absent", "undetermined"),
    }
    assert not diff.findings


def test_the_state_grade_lines_say_their_field_in_words() -> None:
    p = _pattern()
    lines = _diff(p, p.with_fact("persons.V.birth_date", "2006-01-01")).lines()
    assert "D → V, NMSA 1978, § 30-52-1, grade: second degree felony → first degree felony" in lines
    assert not any("grade grade" in line for line in lines)
