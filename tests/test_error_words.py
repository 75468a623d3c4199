"""Error messages name fields, not the values in them (docs/integration.md § Privacy), and say
what kind of value is expected in the user's words, not pydantic's or Python's (review I of
session 6, findings 2 and 8).

Every value below carries a name and a birth date, as a case-file line typed into the wrong
place would; none of it may come back in a message, on any path: the loader (YAML, JSON, a
mapping), the model's checks, the cross-field checks, the assessment's own date check."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.errors import InvalidFactPattern

NAME = "Jane Roe"
SECRET = (NAME, "Roe", "2009", "03-03", "Elm")
TODAY = date(2026, 12, 7)


def _error(call: Any, *args: Any, **kwargs: Any) -> InvalidFactPattern:
    with pytest.raises(InvalidFactPattern) as info:
        call(*args, **kwargs)
    return info.value


def _clean(exc: InvalidFactPattern) -> str:
    text = str(exc) + json.dumps([[e.loc, e.message] for e in exc.errors])
    for secret in SECRET:
        assert secret not in text, text
    return text


def _doc(**conduct: Any) -> dict[str, Any]:
    act = {"id": "r", "actor": "D", "person": "V", "act": "recruiting", **conduct}
    return {"persons": [{"id": "D"}, {"id": "V", "age": 15}], "conduct": [act]}


def _messages(exc: InvalidFactPattern) -> dict[str, str]:
    return {e.loc: e.message for e in exc.errors}


# --- values are not repeated ------------------------------------------------------------------


def test_free_text_in_typed_fields_is_not_repeated() -> None:
    doc = _doc(date="June 5 at Jane Roe's house", county="Jane Roe's county 2009-03-03")
    doc["persons"][1] = {"id": "V", "birth_date": "born 2009-03-03 per Jane Roe"}
    doc["persons"].append({"id": "W", "age": "about 15, Jane Roe says"})
    doc["conduct"][0]["act"] = "kidnapped Jane Roe at 12 Elm St"
    messages = _messages(_error(nmt.from_dict, doc))
    assert messages["conduct[0].county"].startswith("not a county of New Mexico (give one")
    assert messages["conduct[0].date"] == "must be a date written YYYY-MM-DD"
    assert messages["conduct[0].act"].startswith("must be one of: recruiting, ")
    _clean(_error(nmt.from_dict, doc))


def test_a_county_near_a_real_one_is_suggested_without_repeating_it() -> None:
    messages = _messages(_error(nmt.from_dict, _doc(county="Bernalilo")))
    assert messages["conduct[0].county"].startswith(
        "not a county of New Mexico; did you mean Bernalillo?"
    )
    assert "Bernalilo " not in messages["conduct[0].county"]


@pytest.mark.parametrize("fmt", ["yaml", "json", "mapping"])
def test_a_date_not_on_the_calendar_is_not_repeated(fmt: str) -> None:
    doc = _doc(date="2021-02-30")
    doc["persons"][1] = {"id": "V", "birth_date": "2009-02-30"}
    if fmt == "mapping":
        exc = _error(nmt.from_dict, doc)
        assert _messages(exc)["persons[1].birth_date"] == (
            "not a date on the calendar (the month has no such day)"
        )
    elif fmt == "json":
        exc = _error(nmt.loads, json.dumps(doc), fmt="json")
    else:
        text = "persons: [{id: D}, {id: V, birth_date: 2009-02-30}]\nconduct: []\n"
        exc = _error(nmt.loads, text)
        assert str(exc) == (  # named by its field and line, as in a case file (review W3)
            "invalid fact pattern: persons[1].birth_date: not a date on the calendar (the month "
            "has no such day) (line 1)"
        )
    assert "02-30" not in _clean(exc)


def test_unknown_keys_not_written_as_field_names_are_not_repeated(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(
        "persons: [{id: D}, {id: V, age: 15}]\n"
        "conduct: [{id: r, actor: D, person: V, act: recruiting}]\n"
        "Jane Roe (DOB 2009-03-03) was moved by D: true\n"
        "Roe notes: {Elm St: 1, Elm St: 2}\n",
        encoding="utf-8",
    )
    exc = _error(nmt.load, f)  # the key given twice comes first: the parser finds it
    assert exc.errors[0].message.startswith(
        "a key is given twice in one mapping (line 4, columns 13 and 24)"
    )
    _clean(exc)
    doc = _doc(Knowingly=True)
    doc["Jane Roe (DOB 2009-03-03) was moved by D"] = True
    doc["Roe notes"] = {"Elm St": 1}
    doc["persons"][0]["nickname"] = "x"  # written as a field name: named
    exc = _error(nmt.from_dict, doc)
    assert _messages(exc) == {
        "": "an unknown field, not repeated here: it is not written as a field name "
        "(lower-case letters, digits and _)",
        "persons[0].nickname": "unknown field",
        "conduct[0]": "an unknown field, not repeated here: it is not written as a field name "
        "(lower-case letters, digits and _); did you mean knowingly?",
    }
    assert exc.total == 4  # the two keys at the top are two problems
    _clean(exc)


def test_ages_and_dates_that_disagree_are_not_repeated() -> None:
    doc = _doc(date="2008-06-01")
    doc["persons"][1] = {"id": "V", "birth_date": "2009-03-03"}
    exc = _error(nmt.from_dict, doc)
    assert _messages(exc) == {"conduct[0].date": "the date is before person 'V' was born"}
    _clean(exc)
    doc["persons"][1] = {"id": "V", "birth_date": "2009-03-03", "age": 3, "age_on": "2019-03-03"}
    exc = _error(nmt.from_dict, doc)
    (message,) = _messages(exc).values()
    assert message.startswith("person 'V': age does not agree with birth_date: ")
    _clean(exc)
    doc["persons"][1] = {"id": "V", "birth_date": "2009-03-03", "age": 3}
    doc["conduct"][0]["date"] = "2019-03-03"
    exc = _error(nmt.from_dict, doc)
    assert "it is not the age on the date of any act toward 'V'" in _clean(exc)
    del doc["conduct"][0]["date"]  # undated: checked against the day of the assessment
    doc["persons"][1]["age"] = 30
    exc = _error(nmt.assess, nmt.from_dict(doc), today=TODAY)
    assert "from the birth to the day of the assessment (2026-12-07)" in _clean(exc)


def test_a_date_after_the_day_of_the_assessment_is_not_repeated() -> None:
    doc = _doc(date="2027-03-03")
    exc = _error(nmt.assess, nmt.from_dict(doc), today=TODAY)
    assert _messages(exc)["conduct[0].date"].startswith(
        "the date is after the day of the assessment (2026-12-07)"
    )
    assert "2027" not in str(exc)


def test_an_unknown_indicator_is_not_repeated() -> None:
    doc = _doc()
    doc["observations"] = [{"id": "o", "indicator": "Jane Roe 2009-03-03", "person": "V"}]
    _clean(_error(nmt.from_dict, doc))


# --- the user's words, not the library's ------------------------------------------------------


def test_python_and_pydantic_wording_is_said_in_the_users_words() -> None:
    doc = _doc(place=5)
    doc["title"] = "x" * 4001
    doc["persons"][0]["id"] = "<b>D</b>"
    doc["persons"][1]["age"] = -1
    doc["persons"][1]["roles"] = ["victim", "witness"]
    messages = _messages(_error(nmt.from_dict, doc))
    assert messages["title"] == "must be text of at most 4,000 characters"
    assert messages["conduct[0].place"] == "must be text"
    assert messages["persons[0].id"] == (
        "an id is letters (A to Z, or Latin letters with accents such as á or ñ), digits, '_', "
        "'.' and '-' only, starting with a letter or digit"
    )
    assert messages["persons[1].age"] == "must be 0 or more"
    assert messages["persons[1].roles[1]"].startswith("must be one of: recruiter, trafficker")
    text = json.dumps(messages)
    for python in ("Input should", "String should", "Value should", "NoneType", "^[A-Za-z"):
        assert python not in text


def test_an_empty_list_or_file_is_said_plainly(tmp_path: Path) -> None:
    doc = _doc()
    doc["conduct"] = None
    assert _messages(_error(nmt.from_dict, doc)) == {"conduct": "must be a list, not empty"}
    doc["conduct"] = "recruiting"
    assert _messages(_error(nmt.from_dict, doc)) == {"conduct": "must be a list"}
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert str(_error(nmt.load, empty)).endswith(
        "invalid fact pattern: the document is empty: a fact pattern is a mapping "
        "(persons, conduct, ...)"
    )
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n", encoding="utf-8")
    assert str(_error(nmt.load, listed)).endswith(
        "invalid fact pattern: a fact pattern is a mapping (persons, conduct, ...), not a list"
    )
    doc = _doc()
    del doc["persons"]
    assert _messages(_error(nmt.from_dict, doc)) == {"persons": "is required"}


# --- the command line's own options and files -------------------------------------------------


@pytest.mark.parametrize(
    ("option", "day", "said"),
    [
        ("--today", "1700-01-01", "is before the earliest known text of § 30-52-1"),
        ("--as-of", "2300-01-01", "is outside the dates facts can have"),
    ],
)
def test_a_wrong_day_option_is_said_as_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, day: str, said: str
) -> None:
    # it was "FILE: invalid fact pattern: today: ..." although the file was right
    from nm_trafficking.cli import main

    f = tmp_path / "p.yaml"
    f.write_text("persons: [{id: D}, {id: V, age: 15}]\n", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["assess", str(f), option, day])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: {day} {said}" in err
    assert "invalid fact pattern" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_case_pattern_file_that_is_a_fifo_or_a_folder_is_named_not_called_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nm_trafficking.cases.cli import main as run_cases

    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "folder.yaml").mkdir()
    case = (
        "{id: %s, title: t, citations: [A2], story: s, pattern_file: %s, expect: {D/V: {A2: met}}}"
    )
    (tmp_path / "cases.yaml").write_text(
        "cases:\n"
        + "".join(
            f"  - {case % (i, name)}\n"
            for i, name in (("p", "pipe.yaml"), ("f", "folder.yaml"), ("m", "gone.yaml"))
        ),
        encoding="utf-8",
    )
    assert run_cases([str(tmp_path / "cases.yaml")]) == 2
    out = capsys.readouterr().out
    assert (
        "case p: pattern_file (line 2): pipe.yaml: not a regular file: a FIFO (named pipe)" in out
    )
    assert "case f: pattern_file (line 3): folder.yaml: a directory, not a file" in out
    assert "case m: pattern_file (line 4): no such file: gone.yaml" in out


def test_an_act_before_the_birth_an_age_allows_is_not_repeated() -> None:
    doc = _doc(date="2009-03-03")
    doc["persons"][1] = {"id": "V", "age": 15, "age_on": "2026-03-03"}
    exc = _error(nmt.assess, nmt.from_dict(doc), today=TODAY)
    assert _messages(exc) == {
        "conduct[0].date": "the date is before person 'V' can have been born (by the age given)"
    }
    _clean(exc)


# --- a title is one line (review I, finding 10) -----------------------------------------------


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\n\n", "\t", "\u2028", "\x85", " \n  "])
def test_a_title_is_one_line_in_every_view(brk: str) -> None:
    # a line break was printed "\x0a" in the text view and folded to spaces in Markdown (two
    # for "\n\n", a carriage return escaped): every view now folds it to one space
    from nm_trafficking.render.instructions import render as render_instructions

    doc = _doc(date="2020-01-01")
    title = f"  First{brk}second\n"  # a YAML block scalar ends with a line break
    doc["title"] = title
    a = nmt.assess(nmt.from_dict(doc), today=TODAY, law="nm")
    assert a.explain().splitlines()[0] == "First second"
    assert a.explain("full").splitlines()[0] == "First second"
    assert a.to_markdown().splitlines()[0] == "# First second"
    assert "First second" in render_instructions(a).splitlines()[:3]
    assert "<h1>Memorandum: First second</h1>" in a.memo()
    assert json.loads(a.to_json())["summary"]["title"] == title  # the data as written


def test_a_what_if_path_with_a_name_in_it_is_not_repeated() -> None:
    pattern = nmt.from_dict(_doc())
    for path, loc in (
        ("Jane Roe", ""),
        ("conduct.Jane Roe.knowingly", "conduct"),
        ("conduct.r.Jane Roe", "conduct.r"),
    ):
        exc = _error(pattern.with_fact, path, True)
        assert [e.loc for e in exc.errors] == [loc]
        _clean(exc)
    exc = _error(pattern.with_fact, "conduct.r.county", "Jane Roe's county")
    assert [e.loc for e in exc.errors] == ["conduct.r.county"]
    _clean(exc)


def test_screening_does_not_repeat_an_unknown_indicator_or_industry() -> None:
    from nm_trafficking.screening import screen

    exc = _error(screen, ["Jane Roe 2009-03-03"], industry_id="Jane Roe's farm")
    assert _messages(exc)["observations[0]"].startswith("unknown indicator (see")
    assert _messages(exc)["industry"].startswith("unknown industry; known: ")
    _clean(exc)
