"""Review Q (a paralegal writing case files): what ``grade: none`` means, a filter that selects
nothing, bad file-level settings, one bad value in one case, the failure reasons and the
messages' words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nm_trafficking.cases import loads, run_case
from nm_trafficking.cases.cli import main

LEAP_DAY = """
    pattern:
      persons: [{id: D}, {id: V, roles: [victim], birth_date: 2004-02-29}]
      conduct:
        - {id: recruit, actor: D, person: V, act: recruiting, date: 2017-02-28,
           knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}
"""
"""A met (A)(2) recruiting of a girl born on 29 February, on 28 February 2017: 12 or 13 as
the open point of law is decided, so the grade is second or first, neither certain."""

BEFORE_2008 = LEAP_DAY.replace("date: 2017-02-28", "date: 2008-06-30")
"""The same, the day before § 30-52-1 came into force: no grade is possible."""


def _case(expect: str, *, pattern: str = LEAP_DAY, case_id: str = "c1", head: str = "") -> str:
    return (
        f"  - id: {case_id}\n    title: A recruiting\n    citations: [A2]\n"
        f"    story: A man recruits a girl for sex work.\n{head}{pattern}    expect:\n{expect}"
    )


def _run(expect: str, *, pattern: str = LEAP_DAY) -> list[str]:
    loaded = loads("today: 2026-12-07\ncases:\n" + _case(expect, pattern=pattern), source="t")
    assert not loaded.errors, loaded.errors
    (case,) = loaded.cases
    return [line for d in run_case(case).differences for line in d.lines()]


# --- Q1: `grade: none` is no grade possible; an open grade is `undetermined` ---------------


def test_grade_none_does_not_pass_on_a_met_offense_whose_grade_is_open() -> None:
    lines = _run("      D/V:\n        A2: met\n        grade: none\n"
                 "        counts: {recruit: {status: met, grade: none}}\n")  # fmt: skip
    assert "D/V grade: expected none, found undetermined (possible: first, second)" in lines
    assert (
        "D/V counts.recruit.grade: expected none, found undetermined (possible: first, second)"
        in lines
    )


def test_an_open_grade_is_written_undetermined() -> None:
    assert _run("      D/V: {A2: met, grade: undetermined, possible: [first, second],"
                " counts: {recruit: {grade: undetermined}}}\n") == []  # fmt: skip
    # a certain grade is not "undetermined"
    certain = LEAP_DAY.replace("date: 2017-02-28", "date: 2017-03-01")
    assert _run("      D/V: {grade: undetermined}\n", pattern=certain) == [
        "D/V grade: expected undetermined, found second",
        "  the victim was under 16 at the time of the recruiting of 1 March 2017",
    ]


def test_grade_none_still_matches_when_no_grade_is_possible() -> None:
    assert _run("      D/V: {A2: not_met, grade: none, grade_status: not_applicable,"
                " counts: {recruit: {grade: none}}}\n", pattern=BEFORE_2008) == []  # fmt: skip
    lines = _run("      D/V: {grade: undetermined}\n", pattern=BEFORE_2008)
    assert lines[0] == "D/V grade: expected undetermined, found none"


def test_an_accessory_whose_degree_is_open_is_undetermined_not_none() -> None:
    helper = LEAP_DAY.replace("persons: [{id: D},", "persons: [{id: D}, {id: H},").replace(
        "will_be_caused_to_engage_in_commercial_sexual_activity: true}",
        "will_be_caused_to_engage_in_commercial_sexual_activity: true,\n"
        "           accessories: [{person: H, aided: true,"
        " intended_that_the_offense_be_committed: true}]}",
    )
    lines = _run("      D/V: {accessories: {H: {grade: none}}}\n", pattern=helper)
    assert lines[0] == (
        "D/V accessories.H.grade: expected none, found undetermined (possible: first, second)"
    )
    assert _run("      D/V: {accessories: {H: {grade: undetermined}}}\n", pattern=helper) == []


def test_a_grade_word_that_is_not_one_names_undetermined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("cases:\n" + _case("      D/V: {grade: undetrmined}\n"), encoding="utf-8")
    assert main([str(path)]) == 2
    out = capsys.readouterr().out
    assert "write third, second, first, undetermined or none; did you mean undetermined?" in out


# --- Q4: a filter that selects no case is an error, not "0 cases run" with exit 0 ----------


def test_a_mistyped_case_id_is_an_error_with_the_nearest_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.yaml"
    cases = _case("      D/V: {A2: met}\n", case_id="v1-recruit-2017-02-28")
    path.write_text("cases:\n" + cases, encoding="utf-8")
    assert main([str(path), "--case", "v1-recruit-2017-2-28"]) == 2
    out = capsys.readouterr().out
    assert (
        "ERROR command line: --case: no case has the id 'v1-recruit-2017-2-28' in the 1 file "
        "read; did you mean v1-recruit-2017-02-28?"
    ) in out
    assert "a filter selects nothing — 0 cases run from 1 file" in out
    # one good id and one mistyped: the good one runs, the run still fails
    assert main([str(path), "--case", "v1-recruit-2017-02-28", "--case", "nope"]) == 2
    out = capsys.readouterr().out
    assert f"PASS  {path}::v1-recruit-2017-02-28" in out and "'nope'" in out
    assert main([str(path), "--case", "v1-recruit-2017-02-28"]) == 0


def test_a_citation_no_case_exercises_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("cases:\n" + _case("      D/V: {A2: met}\n"), encoding="utf-8")
    assert main([str(path), "--citation", "D", "--format", "json"]) == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["summary"]["exit_code"] == 2 and doc["summary"]["cases"] == 0
    (error,) = doc["errors"]
    assert (error["file"], error["field"]) == ("command line", "--citation")
    assert error["message"] == (
        "no case of the 1 file read exercises 30-52-1(D); the paragraphs they exercise: (A)(2)"
    )
    assert "--citation" in captured.err
    # each filter matches, but no case meets both
    assert main([str(path), "--case", "c1", "--citation", "A1"]) == 2
    assert "--citation: no case of the 1 file read exercises 30-52-1(A)(1)" in (
        capsys.readouterr().out
    )


def test_filters_that_each_match_but_select_no_case_together_are_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _case("      D/V: {A1: undetermined}\n", case_id="c2").replace("[A2]", "[A1]")
    path = tmp_path / "c.yaml"
    path.write_text("cases:\n" + _case("      D/V: {A2: met}\n") + other, encoding="utf-8")
    assert main([str(path), "--case", "c1", "--citation", "A1"]) == 2
    assert (
        "ERROR command line: no case is selected by all of --case c1, --citation A1 together"
        in capsys.readouterr().out
    )
    assert main([str(path), "--case", "c2", "--citation", "A1"]) == 0


# --- Q2: a malformed file-level setting: the cases that take it are not run -----------------


def test_a_malformed_file_today_stops_the_cases_that_take_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = _case("      D/V: {A2: met}\n", case_id="own", head="    as_of: 2020-01-01\n")
    path = tmp_path / "c.yaml"
    path.write_text(
        "as_of: 1 Jan 2009\ncases:\n" + _case("      D/V: {A2: met}\n") + own, encoding="utf-8"
    )
    assert main([str(path)]) == 2
    out = capsys.readouterr().out
    assert f"ERROR {path}: as_of (line 1): not a date (write YYYY-MM-DD): '1 Jan 2009'" in out
    assert (
        f"ERROR {path}: case c1: as_of: not run: the case takes the file's `as_of:`, malformed "
        "(line 1)" in out
    )
    assert "PASS " not in out.replace(f"PASS  {path}::own", "")  # c1 is not run
    assert "1 passed, 0 failed, 2 malformed — 1 case run from 1 file" in out


# --- Q3: one impossible date or one repeated key is a problem of its case, with its line ------

TWO = """cases:
  - id: good
    title: A recruiting
    citations: [A2]
    story: A man recruits a girl for sex work.
    pattern:
      persons: [{id: D}, {id: V, roles: [victim], birth_date: 2004-02-29}]
      conduct:
        - {id: recruit, actor: D, person: V, act: recruiting, date: 2017-03-01,
           knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}
    expect:
      D/V: {A2: met, grade: second}
  - id: bad
    title: A recruiting
    citations: [A2]
    story: A man recruits a girl for sex work.
    pattern:
      persons:
        - {id: D}
        - {id: V, roles: [victim], birth_date: 2003-02-29}
      conduct:
        - {id: recruit, actor: D, person: V, act: recruiting, date: 2017-03-01,
           knowingly: true, will_be_caused_to_engage_in_commercial_sexual_activity: true}
    expect:
      D/V:
        A2: met
        A2: not_met
"""


def test_an_impossible_date_and_a_repeated_key_are_problems_of_their_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(TWO, encoding="utf-8")
    assert main([str(path)]) == 2
    out = capsys.readouterr().out
    assert f"PASS  {path}::good" in out  # the well-formed case still runs
    assert (
        f"ERROR {path}: case bad: pattern.persons[1].birth_date (line 20, the second person): "
        "not a date on the calendar: 29 February exists only in a leap year, and the year "
        "written is not one"
    ) in out
    assert (
        f"ERROR {path}: case bad: expect.D/V.A2 (line 27): the key A2 is given twice in one "
        "mapping (lines 26 and 27); give each key once"
    ) in out
    assert "not valid YAML" not in out and "2003" not in out  # the value is not repeated
    assert "1 passed, 0 failed, 1 malformed — 1 case run from 1 file" in out


def test_a_file_level_impossible_today_is_a_malformed_setting() -> None:
    loaded = loads("today: 2026-02-30\ncases:\n" + _case("      D/V: {A2: met}\n"), source="t")
    assert [(e.case, e.field, e.line, e.message) for e in loaded.errors] == [
        (None, "today", 1, "not a date on the calendar (the month has no such day)"),
        ("c1", "today", None, "not run: the case takes the file's `today:`, malformed (line 1)"),
    ]


def test_a_real_syntax_error_still_stops_the_file() -> None:
    (error,) = loads("cases: [}\n", source="t").errors
    assert error.message.startswith("not valid YAML") and error.case is None


# --- Q7: where a problem is, as a lawyer counts; case-file words ----------------------------


def test_a_field_problem_names_its_line_and_the_item_in_words() -> None:
    text = "cases:\n" + _case("      D/V: {A2: met}\n", pattern=LEAP_DAY.replace("act: ", "akt: "))
    errors = [e for e in loads(text, source="t").errors if e.field.endswith("akt")]
    assert [str(e) for e in errors] == [
        "t: case c1: pattern.conduct[0].akt (line 10, the first act): unknown field; did you "
        "mean act?"
    ]


def test_a_date_after_today_says_today_as_a_case_file_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.yaml"
    text = "today: 2010-01-01\ncases:\n" + _case("      D/V: {A2: met}\n")
    path.write_text(text, encoding="utf-8")
    assert main([str(path)]) == 2
    out = capsys.readouterr().out
    assert "pattern.conduct[0].date (line 11, the first act)" in out
    assert "give the case or the file a later `today:`" in out and "today=" not in out


def test_a_reversed_pair_says_the_defendant_comes_first() -> None:
    (error,) = loads("cases:\n" + _case("      V/D: {A2: met}\n"), source="t").errors
    assert error.field == "expect.V/D"
    assert error.message.endswith("the defendant first; did you mean D/V?")


# --- Q8: failure reasons a lawyer can read --------------------------------------------------

UNDATED_2007 = """
    pattern:
      persons: [{id: D}, {id: V, roles: [victim], birth_date: 2004-02-29}]
      conduct:
        - {id: early, actor: D, person: V, act: recruiting, date: 2007-11-01, knowingly: true,
           will_be_caused_to_engage_in_commercial_sexual_activity: true}
        - {id: later, actor: D, person: V, act: transporting, knowingly: true,
           will_be_caused_to_engage_in_commercial_sexual_activity: true}
"""


def test_count_reasons_say_the_date_and_the_text_in_force() -> None:
    lines = _run(
        "      D/V:\n        counts:\n          early: {statute_version: '2008'}\n"
        "          later: {victim_age: 15, status: met}\n",
        pattern=UNDATED_2007,
    )
    assert lines[:2] == [
        "D/V counts.early.statute_version: expected 2008, found none",
        "  the recruiting of 1 November 2007: before 1 July 2008, when § 30-52-1 came into force",
    ]
    age = lines.index("D/V counts.later.victim_age: expected 15, found 4 to 22")
    assert lines[age + 1] == (
        "  the undated transporting (any day from 1 July 2008 to 7 December 2026 under the text "
        "applied); the age comes from V's birth date"
    )
    status = lines.index("D/V counts.later.status: expected met, found undetermined")
    assert lines[status + 1] == "  A1 undetermined, A2 undetermined, A3 not_met"
    assert any("[in_force] undetermined — the date of the conduct is not stated" in line
               for line in lines[status + 2 :])  # fmt: skip


def test_a_bar_of_none_reads_none_not_python_none() -> None:
    helper = LEAP_DAY.replace("persons: [{id: D},", "persons: [{id: D}, {id: H},").replace(
        "will_be_caused_to_engage_in_commercial_sexual_activity: true}",
        "will_be_caused_to_engage_in_commercial_sexual_activity: true,\n"
        "           accessories: [{person: H, aided: true}]}",
    )
    lines = _run("      D/V: {accessories: {H: {bar: applies}}}\n", pattern=helper)
    assert lines[0] == "D/V accessories.H.bar: expected applies, found none"
    assert "None" not in "\n".join(lines)


# --- Q9: remaining texts match whatever the capitals and line breaks ---------------------


def test_remaining_matches_without_regard_to_case_or_white_space() -> None:
    unknown_age = LEAP_DAY.replace(", birth_date: 2004-02-29", "")
    expect = "      D/V: {remaining: ['A Person under the age\n          of  Eighteen years']}\n"
    assert _run(expect, pattern=unknown_age) == []
    lines = _run("      D/V: {remaining: [a person over eighteen]}\n", pattern=unknown_age)
    assert lines[0].startswith("D/V remaining: expected something remaining containing")


# --- Q6: note kinds and helpers are checked when the file is read -------------------------


def test_an_unknown_note_kind_is_malformed_with_the_nearest_kind() -> None:
    text = "cases:\n" + _case("      D/V: {notes: [leap_day_birthdays]}\n")
    (error,) = loads(text, source="t").errors
    assert error.field == "expect.D/V.notes"
    assert error.message == (
        "'leap_day_birthdays' is not a note kind (docs/contract.md, Note kinds); did you mean "
        "leap_day_birthday?"
    )


def test_the_note_kinds_are_the_contract_s() -> None:
    from nm_trafficking.cases.format import NOTE_KINDS

    contract = (Path(__file__).resolve().parents[1] / "docs" / "contract.md").read_text("utf-8")
    table = contract.split("### Note kinds", 1)[1].split("\n\n", 2)[2].split("\n\n", 1)[0]
    kinds = {k for row in table.splitlines()[2:] for k in re.findall(r"`([a-z_0-9]+)`",
             row.split("|")[1])}  # fmt: skip
    assert set(NOTE_KINDS) == kinds


def test_found_notes_are_listed_once() -> None:
    lines = _run("      D/V: {notes: [buyer]}\n")
    kinds = lines[0].split("found notes ", 1)[1].split(", ")
    assert len(kinds) == len(set(kinds)) and "leap_day_birthday" in kinds


def test_a_helper_not_in_the_facts_is_malformed() -> None:
    text = "cases:\n" + _case("      D/V: {accessories: {MH: met}}\n")
    (error,) = loads(text, source="t").errors
    assert error.field == "expect.D/V.accessories.MH"
    assert error.message.startswith("'MH' is not a helper of D's acts toward V")


# --- Q10: words typed under expect: are named by their place, not repeated -----------------


@pytest.mark.parametrize(
    ("expect", "field"),
    [
        ("      Maria Lopez 15yo/V: {A2: met}\n", "expect"),
        ("      D/V: {counts: {she was raped at motel 6: {A2: met}}}\n", "expect.D/V.counts"),
        ("      D/V: {notes: [her mother was deported]}\n", "expect.D/V.notes"),
        ("      D/V: {grade_act: the night at the motel}\n", "expect.D/V.grade_act"),
    ],
)
def test_words_typed_under_expect_are_not_repeated(expect: str, field: str) -> None:
    (error,) = loads("cases:\n" + _case(expect), source="t").errors
    assert error.field == field and error.line == 13  # the line of the expectation
    for word in ("Maria", "raped", "mother", "motel"):
        assert word not in str(error)
    assert "(not repeated)" in error.message


def test_a_colon_in_a_one_line_text_says_what_to_do() -> None:
    text = "cases:\n  - id: c1\n    title: Thirteen or fourteen: the state grade\n"
    (error,) = loads(text, source="t").errors
    assert "mapping values are not allowed" in error.message
    assert error.message.endswith("put the text in quotes, or write it as a block (`story: >-` "
                                  "and the text on the lines below)")  # fmt: skip


def test_a_file_not_in_utf8_names_the_line_and_what_to_do(tmp_path: Path) -> None:
    from nm_trafficking.cases import load_file

    path = tmp_path / "c.yaml"
    path.write_bytes(("cases:\n" + _case("      D/V: {A2: met}\n")).encode() + b"# Do\xf1a Ana\n")
    (error,) = load_file(path).errors
    assert error.message == (
        "not UTF-8 text (line 14): a letter such as ñ or é saved in another encoding; save the "
        "file as UTF-8"
    )


# --- Q5: what a lawyer needs to write down -------------------------------------------------


def test_a_count_can_state_whether_its_limitation_period_has_passed() -> None:
    # at 16 on 1 March 2020, a third degree felony: five years (§ 30-1-8), passed by 7 Dec 2026
    sixteen = LEAP_DAY.replace("date: 2017-02-28", "date: 2020-03-01")
    assert (
        _run("      D/V: {counts: {recruit: {limitation_passed: true}}}\n", pattern=sixteen) == []
    )
    lines = _run("      D/V: {counts: {recruit: {limitation_passed: false}}}\n", pattern=sixteen)
    assert lines[0] == "D/V counts.recruit.limitation_passed: expected false, found true"
    assert lines[1] == "  five years, to 1 March 2025, unless tolled (NMSA 1978, § 30-1-8(B) [S])"
    # 12 or 13: first (no period) or second degree (six years): it turns on the grade
    lines = _run("      D/V: {counts: {recruit: {limitation_passed: false}}}\n")
    assert lines[0] == "D/V counts.recruit.limitation_passed: expected false, found unknown"
    assert _run("      D/V: {counts: {recruit: {limitation_passed: unknown}}}\n") == []


def test_remaining_names_a_point_of_law_assess_lists() -> None:
    texas = LEAP_DAY.replace("date: 2017-02-28,", "date: 2017-02-28, place: 'El Paso, Texas',"
                             " county: outside New Mexico,")  # fmt: skip
    assert _run("      D/V: {remaining: [may new mexico prosecute]}\n", pattern=texas) == []
    lines = _run("      D/V: {remaining: [may new mexico prosecute]}\n")
    assert lines[0].startswith("D/V remaining: expected something remaining containing")


def test_the_federal_key_is_documented(capsys: pytest.CaptureFixture[str]) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "cases.md").read_text("utf-8")
    assert "| `federal` |" in page and "### Federal sections" in page
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "federal:" in capsys.readouterr().out


def test_an_accessory_s_possible_grades_read_as_a_case_writes_them() -> None:
    helper = LEAP_DAY.replace("persons: [{id: D},", "persons: [{id: D}, {id: H},").replace(
        "will_be_caused_to_engage_in_commercial_sexual_activity: true}",
        "will_be_caused_to_engage_in_commercial_sexual_activity: true,\n"
        "           accessories: [{person: H, aided: true,"
        " intended_that_the_offense_be_committed: true}]}",
    )
    lines = _run("      D/V: {accessories: {H: {possible: [third]}}}\n", pattern=helper)
    assert lines[0] == "D/V accessories.H.possible: expected [third], found [first, second]"


def test_a_pair_written_with_spaces_still_gets_the_nearest_pair() -> None:
    (error,) = loads("cases:\n" + _case("      D / V: {A2: met}\n"), source="t").errors
    assert error.message.endswith("did you mean D/V?")
