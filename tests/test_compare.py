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
