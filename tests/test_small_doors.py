"""Issue 21 item 9, the library's side: every wrong argument is the library's own error, and
the loader's messages say what is wrong with the input (not Python's advice to a programmer)."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern
from nm_trafficking.batch import BatchError, sources
from nm_trafficking.limits import Limits

PATTERN: dict[str, Any] = {
    "persons": [{"id": "D"}, {"id": "V", "age": 15}],
    "conduct": [{"id": "c", "actor": "D", "person": "V", "act": "recruiting"}],
}


def test_batch_error_keeps_its_class_and_index_when_pickled() -> None:
    error = BatchError(7, InvalidFactPattern([nmt.FieldError("x", "bad")], "f.yaml"))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is BatchError
    assert copy.index == 7 and copy.errors == error.errors and copy.source == error.source
    assert str(copy) == str(error)


@pytest.mark.parametrize("name", ["as_of", "today"])
@pytest.mark.parametrize("value", ["2020-01-01", 20200101, datetime(2020, 1, 1)])
def test_assess_dates_of_another_type_are_the_library_s_error(name: str, value: Any) -> None:
    pattern = nmt.from_dict(PATTERN)
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.assess(pattern, **{name: value})
    assert caught.value.errors[0].loc == name
    assert "must be a date" in caught.value.errors[0].message


def test_an_assessment_day_before_the_statute_is_refused_not_called_today() -> None:
    # `--today 0001-01-01` with an undated act said "between 2008-07-01 and today"
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.assess(nmt.from_dict(PATTERN), today=date(1, 1, 1))
    (error,) = caught.value.errors
    assert error.loc == "today" and "0001-01-01 is before the earliest known text" in error.message


def test_with_fact_without_a_path_is_the_library_s_error() -> None:
    with pytest.raises(InvalidFactPattern, match="a fact path is text"):
        nmt.from_dict(PATTERN).with_fact(None, True)  # type: ignore[arg-type]


def test_loads_of_something_that_is_not_text_is_the_library_s_error() -> None:
    with pytest.raises(InvalidFactPattern, match="must be a str, not NoneType"):
        nmt.loads(None)  # type: ignore[arg-type]


def test_loads_of_an_unknown_format_is_refused_not_read_as_yaml() -> None:
    with pytest.raises(InvalidFactPattern, match="unknown format 'xml'"):
        nmt.loads(json.dumps(PATTERN), fmt="xml")


def test_json_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    f = tmp_path / "bom.json"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps(PATTERN).encode())
    assert nmt.load(f).persons[1].id == "V"
    assert nmt.loads("\ufeff" + json.dumps(PATTERN), fmt="json").persons[1].id == "V"


@pytest.mark.parametrize(("char", "code"), [("\x00", "U+0000"), ("\x1b", "U+001B")])
def test_yaml_with_a_character_it_does_not_allow_names_it_and_where(char: str, code: str) -> None:
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.loads(f"title: fine\ndescription: a{char}b\n")
    message = caught.value.errors[0].message
    assert f"the character {code} is not allowed in YAML (line 2, column 15)" in message
    assert "ReaderError" not in message


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_a_huge_integer_is_named_without_python_s_advice(fmt: str) -> None:
    text = '{"title": ' + "9" * 5000 + "}" if fmt == "json" else "title: " + "9" * 5000
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.loads(text, fmt=fmt)
    message = str(caught.value)
    assert "more than 4,300 digits" in message and "sys." not in message


def test_a_json_lines_line_of_the_largest_size_plus_its_newline_is_read(tmp_path: Path) -> None:
    limits = Limits(max_file_bytes=4096)
    line = json.dumps({**PATTERN, "title": ""})
    line = json.dumps({**PATTERN, "title": "x" * (4096 - len(line))})
    assert len(line.encode()) == 4096
    f = tmp_path / "p.jsonl"
    f.write_text(line + "\n" + line + "\r\n", encoding="utf-8")
    loaded = [s.load() for s in sources([f], limits=limits)]
    assert [p.title for p in loaded] == [
        "x" * (4096 - len(json.dumps({**PATTERN, "title": ""})))
    ] * 2
