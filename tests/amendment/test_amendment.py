"""A later text is one folder registered in one place (issue 22, item 1): the synthetic 2030
text of ``v2030`` (SYNTHETIC TEST TEXT — not law) run through the registry, the reasoning, the
CLI (text and JSON), case files, the classroom and the worksheet, with acts on both sides of its
date and undated ones."""

from __future__ import annotations

import ast
import dataclasses
import io
import json
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.statute.model import StatuteVersion
from nm_trafficking.statute.v2008 import VERSION_2008
from tests.amendment.v2030 import LABEL, VERSION_2030

HERE = Path(__file__).resolve().parent
LATER = date(2031, 1, 1)


def _act(i: int, act: str, day: str | None = None, **facts: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"id": f"c{i}", "actor": "D", "person": "V", "act": act}
    if day is not None:
        found["date"] = day
    return found | {"knowingly": True} | facts


CSA = {"will_be_caused_to_engage_in_commercial_sexual_activity": True}
FORCED_LABOR = {"means_will_be_used": {"force": True}, "to_subject_to": {"labor": True}}


def _pattern(victim: dict[str, Any], *acts: dict[str, Any]) -> dict[str, Any]:
    return {"persons": [{"id": "D"}, {"id": "V", **victim}], "conduct": list(acts)}


def _assess(data: dict[str, Any], today: date = LATER) -> nmt.Assessment:
    return nmt.assess(nmt.from_dict(data), today=today, law="nm")


# --- one folder, one registration ---------------------------------------------------------


def test_the_folder_imports_only_the_statute_and_itself() -> None:
    """The synthetic text is written like ``statute/v2008``: statute data, nothing else."""
    for path in (HERE / "v2030").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module not in (None, "__future__"):
                assert node.module.startswith(
                    ("nm_trafficking.statute", "tests.amendment.v2030", "dataclasses", "datetime")
                ), (path.name, node.module)


def test_registration_chains_the_objects_a_reader_finds(
    amended: tuple[StatuteVersion, ...],
) -> None:
    assert amended == (VERSION_2008, VERSION_2030) == statute.VERSIONS == statute.NM.versions
    assert statute.by_id("2008") is VERSION_2008 and statute.LAWS["nm_30_52_1"] is statute.NM
    assert VERSION_2008.in_force_until == VERSION_2030.in_force_from
    assert LABEL in VERSION_2030.citation
    assert [p.citation for p in statute.offences()][-1] == "30-52-1(A)(4)"


def test_leaving_the_registration_restores_the_texts_as_enacted() -> None:
    with statute.enacted(VERSION_2030):
        assert statute.VERSIONS[-1] is VERSION_2030
    assert statute.VERSIONS == (VERSION_2008,) and VERSION_2008.in_force_until is None
    with pytest.raises(ValueError, match="already enacted"), statute.enacted(VERSION_2008):
        pass
    other = dataclasses.replace(VERSION_2030, in_force_from=date(2031, 1, 1))
    with pytest.raises(ValueError, match="registered for another text"), statute.enacted(other):
        pass  # its id would name two rulesets in the engine


# --- dated acts on both sides of the date -------------------------------------------------


def test_each_dated_act_is_judged_under_the_text_in_force_on_its_date(
    amended: tuple[StatuteVersion, ...],
) -> None:
    a = _assess(
        _pattern(
            {"birth_date": "1990-01-01"},
            _act(0, "harboring", "2029-06-01", **CSA),
            _act(1, "harboring", "2030-06-01", **CSA),
        )
    )
    (f,) = a.findings
    assert a.statute_versions == ["2008", VERSION_2030.id]
    assert {c.conduct: c.statute_version for c in f.counts} == {"c0": "2008", "c1": VERSION_2030.id}
    assert [c.statuses["30-52-1(A)(2)"] for c in f.counts] == ["not_met", "not_met"]
    assert f.counts[0].statuses.get("30-52-1(A)(4)") in (None, "not_met")


def test_a_paragraph_with_its_own_grade_and_a_changed_grade(
    amended: tuple[StatuteVersion, ...],
) -> None:
    """(A)(4) is third degree whatever the age; (C)(1) now reaches a victim of 16 or 17."""
    girl = {"birth_date": "2013-03-01"}  # 17 in 2030
    a = _assess(_pattern(girl, _act(0, "recruiting", "2030-06-01", **CSA)))
    assert a.findings[0].grade == "second_degree_felony"
    a = _assess(_pattern(girl, _act(0, "recruiting", "2029-06-01", **CSA)))
    assert a.findings[0].grade == "third_degree_felony"  # the 2008 text: 16 or older
    a = _assess(_pattern({"birth_date": "2020-01-01"}, _act(0, "advertising", "2030-06-01", **CSA)))
    assert a.findings[0].subsections["30-52-1(A)(4)"].status == "met"
    assert a.findings[0].grade == "third_degree_felony"


def test_the_limitation_period_follows_the_paragraph_s_own_grade(
    amended: tuple[StatuteVersion, ...],
) -> None:
    """Advertising a child of 10 meets (A)(4) only: third degree, so only its period is said."""
    a = _assess(_pattern({"birth_date": "2020-01-01"}, _act(0, "advertising", "2030-06-01", **CSA)))
    notes = {n.kind: n.text for n in a.findings[0].notes}
    assert "third degree felony" in notes["limitation_period"]
    assert "first degree" not in notes["limitation_period"]


def test_an_advertised_person_of_unknown_age_is_graded_without_a_crash(
    amended: tuple[StatuteVersion, ...],
) -> None:
    a = _assess(_pattern({}, _act(0, "advertising", "2030-06-01", **CSA)))
    (f,) = a.findings
    assert f.grade == "third_degree_felony" and f.grade_detail.status == "determined"
    assert "third degree" in a.explain()


# --- undated acts -------------------------------------------------------------------------


def test_an_undated_act_spanning_both_texts_keeps_first_degree_possible(
    amended: tuple[StatuteVersion, ...],
) -> None:
    """A girl 19 at the end of 2030 may have been 12 before the new text: under it alone (the
    newest) she would be 18 or 19 and first degree lost; under each text, (A)(2) stays open."""
    a = _assess(_pattern({"age": 19, "age_on": "2030-12-31"}, _act(0, "recruiting", None, **CSA)))
    (f,) = a.findings
    assert f.subsections["30-52-1(A)(2)"].status == "undetermined"
    assert "first_degree_felony" in f.grade_detail.possible
    assert a.statute_versions == ["2008", VERSION_2030.id]
    (element,) = [
        e for e in f.subsections["30-52-1(A)(2)"].elements if e.element == "under_eighteen"
    ]
    assert element.status == "undetermined"
    assert VERSION_2008.citation in element.reason and VERSION_2030.citation in element.reason
    notes = {n.kind: n.text for n in f.notes}
    assert "judged under each" in notes["date_unknown"]
    # Second degree only under the 2008 text (under 16): under the new one she was 18 or 19.
    assert "first degree if under 13, second degree if under 16" in f.grade_detail.words


def test_an_undated_act_is_undetermined_where_the_texts_differ(
    amended: tuple[StatuteVersion, ...],
) -> None:
    """Harboring is a verb of the new text only: undated, (A)(1) is open, never met."""
    a = _assess(
        _pattern(
            {"birth_date": "1990-01-01"},
            _act(
                0,
                "harboring",
                None,
                means_will_be_used={"force": True},
                to_subject_to={"labor": True},
            ),
        )
    )
    (f,) = a.findings
    assert f.subsections["30-52-1(A)(1)"].status == "undetermined"
    assert f.subsections["30-52-1(A)(4)"].status == "not_met"  # not met under either text


def test_a_today_before_the_new_text_does_not_use_it(
    amended: tuple[StatuteVersion, ...],
) -> None:
    a = _assess(
        _pattern({"birth_date": "1990-01-01"}, _act(0, "harboring", None, **CSA)),
        today=date(2029, 6, 1),
    )
    assert a.statute_versions == ["2008"]
    assert "30-52-1(A)(4)" not in a.findings[0].subsections


def test_a_note_names_the_text_each_act_fell_under(
    amended: tuple[StatuteVersion, ...],
) -> None:
    """Acts under different texts: the verb note names the 2008 text for the 2029 act and
    says the verb is in the new text (not that no amendment added it)."""
    a = _assess(
        _pattern(
            {"birth_date": "1990-01-01"},
            _act(0, "recruiting", "2030-06-01", **CSA),
            _act(1, "harboring", "2029-06-01", **CSA),
        )
    )
    notes = {n.kind: n.text for n in a.findings[0].notes}
    text = notes["verbs_not_covered"]
    assert f"verbs of {VERSION_2008.citation}" in text
    assert f"verb of {VERSION_2030.citation}" in text and "not enacted" not in text


# --- the CLI, case files, the classroom and the worksheet ---------------------------------


def _cli(argv: list[str]) -> tuple[int, str]:
    from nm_trafficking.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


def test_the_cli_in_text_and_json(amended: tuple[StatuteVersion, ...], tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        json.dumps(
            _pattern(
                {"birth_date": "1990-01-01"},
                _act(0, "advertising", "2030-06-01", **CSA),
                _act(1, "harboring", "2029-06-01", **CSA),
            )
        ),
        encoding="utf-8",
    )
    code, text = _cli(["assess", str(path), "--today", "2031-01-01", "--law", "nm"])
    assert code == 0 and LABEL in text and "(A)(4)" in text
    code, out = _cli(
        ["assess", str(path), "--today", "2031-01-01", "--format", "json", "--detail", "full"]
    )
    assert code == 0
    (document,) = json.loads(out)
    assert document["statute_versions"] == ["2008", VERSION_2030.id]
    (finding,) = document["findings"]
    assert finding["subsections"]["30-52-1(A)(4)"]["status"] == "met"


def test_case_files(amended: tuple[StatuteVersion, ...]) -> None:
    from nm_trafficking.cases.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main([str(HERE / "cases.yaml")])
    assert code == 0, out.getvalue()


def test_the_classroom_and_the_worksheet(amended: tuple[StatuteVersion, ...]) -> None:
    from nm_trafficking.training import scoring
    from nm_trafficking.workbench.words import fact_catalog

    catalog = fact_catalog()
    assert [t["id"] for t in catalog["texts"]] == ["2008", VERSION_2030.id]
    assert catalog["texts"][0]["in_force_until"] == "2030-01-01"
    assert "30-52-1(A)(4)" in [p["citation"] for p in catalog["paragraphs"]]
    harboring = next(a for a in catalog["acts"] if a["value"] == "harboring")
    assert harboring["paragraph"] == "30-52-1(A)(1)"
    assert harboring["outside"] == "not a verb of the 2008 text"
    a = _assess(_pattern({}, _act(0, "advertising", "2030-06-01", **CSA)))
    assert [p.short for p in scoring.paragraphs(a)] == ["A1", "A2", "A3", "A4"]
    a = _assess(_pattern({}, _act(0, "advertising", "2029-06-01", **CSA)))
    assert [p.short for p in scoring.paragraphs(a)] == ["A1", "A2", "A3"]


def test_the_worksheet_and_the_trainee_s_paragraphs_follow_the_case_s_texts(
    amended: tuple[StatuteVersion, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    from nm_trafficking.workbench import classroom

    def training_case(case_id: str, day: str) -> classroom.Case:
        pattern = nmt.from_dict(
            _pattern({"birth_date": "2000-01-01"}, _act(0, "advertising", day, **CSA))
        )
        return classroom.Case(
            id=case_id,
            title=f"Advertising on {day}",
            story="A synthetic case (SYNTHETIC TEST TEXT — not law).",
            tags=(),
            pattern=pattern,
            teaching_point="The text in force on the date of the act applies.",
            assessor=lambda: nmt.assess(pattern, today=LATER, law="nm"),
        )

    after, before = training_case("after", "2030-06-01"), training_case("before", "2029-06-01")
    monkeypatch.setattr(classroom, "cases", lambda: (after, before))
    shorts = [p["short"] for p in after.for_trainee()["paragraph_list"]]
    assert shorts == ["A1", "A2", "A3", "A4"] and after.paragraphs == ("A4",)
    assert "30-52-1(A)(4)" in after.for_trainee()["paragraph_elements"]
    assert [p["short"] for p in before.for_trainee()["paragraph_list"]] == ["A1", "A2", "A3"]
    sheet = classroom.worksheet_html(["after", "before"], key=True)
    row = "<th scope='row'>30-52-1"
    assert sheet.count(f"{row}(A)(4)") == 1 and sheet.count(f"{row}(A)(3)") == 2
