"""A day of assessment before § 30-52-1's first text (1 July 2008) is refused only where that
section is assessed (review N9, session 7): the federal sections alone can be assessed on a
past day, e.g. the last day of § 3282(a)'s five years for an act of July 2001."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.cli import main

UNDATED = "persons: [{id: D}, {id: V, roles: [victim], birth_date: 1995-07-01}]\n" + (
    "conduct: [{id: r, actor: D, person: V, act: recruiting, knowingly: true}]\n"
)


def test_the_federal_sections_alone_on_a_day_before_2008(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(UNDATED, encoding="utf-8")
    assert main(["assess", str(f), "--today", "2008-06-30", "--law", "federal"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Assessed on 30 June 2008 under 18 U.S.C." in out
    # the undated act: from the birth to the day of the assessment, not from 1 July 2008
    assert "the undated recruiting (between 1 July 1995 and 30 June 2008) — V aged 0 to 12" in out


@pytest.mark.parametrize("law", ["nm", "all"])
def test_where_the_state_law_is_assessed_the_day_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], law: str
) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(UNDATED, encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["assess", str(f), "--today", "2008-06-30", "--law", law])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --today: 2008-06-30 is before the earliest known text of § 30-52-1" in err
    assert "federal sections alone" in err


def test_a_day_outside_every_date_is_refused_for_the_federal_sections_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(UNDATED, encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["assess", str(f), "--today", "1700-01-01", "--law", "federal"])
    assert "argument --today: 1700-01-01 is outside the dates facts can have" in (
        capsys.readouterr().err
    )


def test_the_last_day_of_3282a_for_an_act_of_july_2001() -> None:
    act = {
        "id": "t",
        "actor": "D",
        "person": "V",
        "act": "transporting",
        "date": date(2001, 7, 27),
        "knowingly": True,
        "means_will_be_used": {"force": True},
        "to_subject_to": {"commercial_sexual_activity": True},
    }
    pattern = FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": "1980-01-15"}],
            "conduct": [act],
        }
    )
    text = " ".join(nmt.assess(pattern, today=date(2006, 7, 27), law="federal").explain().split())
    assert "to 27 July 2006 (the last day is today) under § 3282(a)" in text
    with pytest.raises(nmt.InvalidFactPattern, match="earliest known text of § 30-52-1"):
        nmt.assess(pattern, today=date(2006, 7, 27))
