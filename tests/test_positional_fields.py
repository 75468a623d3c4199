"""The result models the assessment builds with their fields by position (a class called with
keywords goes through a dict of them: measurably slower per assessment, docs/performance.md)
keep the field order those call sites were written for. A field added, removed or moved in one
of these classes fails here first, so that no call site silently passes a value to the wrong
field (grade and grade_floor, say, have the same type: mypy would not see the swap)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from nm_trafficking.assessment import Assessment
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.results import Count, CountGrade, Finding, GradeSummary, SubsectionResult

BY_POSITION: dict[type, list[str]] = {
    # reasoning/acts.py contexts()
    ActContext: ["index", "conduct", "version", "in_force", "day", "date_assumed", "first_day",
                 "last_day", "age", "buyer", "today", "birth", "window", "candidates", "ages"],
    # reasoning/counts.py count()
    Count: ["conduct", "act", "date", "date_assumed", "possible_dates", "statute_version",
            "assessed_under", "status", "statuses", "grade", "_explain"],
    # reasoning/findings.py _subsections()
    SubsectionResult: ["citation", "title", "text", "status", "conduct", "counts", "_explain"],
    # reasoning/findings.py finding()
    Finding: ["defendant", "victim", "status", "conduct", "subsections", "counts", "grade",
              "grade_floor", "grade_possible", "grade_detail", "jurisdictions", "_explain",
              "_notes"],
    # reasoning/grading.py grade_act()
    CountGrade: ["status", "grade", "possible", "citation", "_explain"],
    # reasoning/grading.py summarise()
    GradeSummary: ["status", "grade", "floor", "possible", "conduct", "_explain"],
    # assessment.py assess()
    Assessment: ["contract_version", "library_version", "title", "statute_version",
                 "statute_versions", "statute_citation", "as_of", "assessed_on", "disclaimer",
                 "findings", "laws", "_explain"],
}  # fmt: skip


@pytest.mark.parametrize("cls", list(BY_POSITION), ids=lambda c: c.__name__)
def test_the_fields_built_by_position_keep_their_order(cls: type) -> None:
    assert [f.name for f in fields(cls) if f.init] == BY_POSITION[cls]  # type: ignore[arg-type]


def test_a_built_finding_has_each_value_in_its_own_field() -> None:
    """One assessment read back field by field: the grade, floor and possible grades, the
    subsection texts and the counts land where the keywords would have put them."""
    from datetime import date

    import nm_trafficking as nmt

    pattern = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2004-03-02"}],
            "conduct": [
                {"id": "c1", "actor": "D", "person": "V", "act": "recruiting",
                 "date": "2019-06-01", "knowingly": True,
                 "to_subject_to": {"commercial_sexual_activity": True},
                 "will_be_caused_to_engage_in_commercial_sexual_activity": True},
                {"id": "c2", "actor": "D", "person": "V", "act": "transporting",
                 "date": "2021-05-01", "knowingly": True,
                 "to_subject_to": {"commercial_sexual_activity": True}},
            ],
        }
    )  # fmt: skip
    a = nmt.assess(pattern, today=date(2026, 12, 7), law="nm")
    (f,) = a.findings
    assert (f.defendant, f.victim, f.conduct) == ("D", "V", ["c1", "c2"])
    assert f.grade_detail.floor == f.grade_floor == "second_degree_felony"
    # c2 (V 17) can carry no more than a third degree: the grade is decided
    assert f.grade == f.grade_detail.grade == "second_degree_felony"
    assert f.grade_possible == f.grade_detail.possible == ["second_degree_felony"]
    assert f.grade_detail.conduct == "c1"
    assert [c.conduct for c in f.counts] == ["c1", "c2"]
    assert [c.act for c in f.counts] == ["recruiting", "transporting"]
    assert (
        f.counts[0].date == date(2019, 6, 1) and f.counts[0].grade.grade == "second_degree_felony"
    )
    sub = f.subsections["30-52-1(A)(2)"]
    assert (sub.citation, sub.status, sub.conduct) == ("30-52-1(A)(2)", "met", "c1")
    assert sub.counts == {"c1": "met", "c2": "undetermined"}
    assert sub.text.startswith("(2) recruiting, soliciting, enticing, transporting")
    assert sub.title.startswith("Minor")
    assert a.assessed_on == date(2026, 12, 7) and a.laws == ["nm_30_52_1"]
