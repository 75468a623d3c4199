"""Text that is not JSON is said plainly, with its place and nothing of its content (session 7,
workbench point 2): the API answers "the request body is not valid JSON: line L, column C"
(422, the documented error schema), the CLI "FILE: invalid fact pattern: not valid JSON: line
L, column C" — not Python's "Expecting value: line 1 column 1 (char 0)". Fact patterns
describe victims: an error never repeats what the body holds (docs/workbench.md)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nm_trafficking import cli
from nm_trafficking.workbench import create_app

MARKER = "Jane-Roe-1990-03-04"
"""Stands for a fact in the body: never to be seen in an answer."""

PYTHON_WORDS = ("Expecting", "char ", "delimiter", "Unterminated", "Invalid", "Extra data")


def _place(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of ``text[index]``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


# (text, the index of the character where a JSON reader must stop), each reasoned from the text
CASES: list[tuple[str, int]] = []


def _case(text: str, at: int) -> None:
    CASES.append((text, at))


# a second comma where a key must come: the reader stops at that comma
_t = '{\n  "persons": [\n    {"id": "' + MARKER + '",, "roles": []}\n  ]\n}'
_case(_t, _t.index(",,") + 1)
# nothing at all that is JSON: the first character
_case(MARKER, 0)
# a whole object, then more: the reader stops where the extra text starts
_t = '{"title": "' + MARKER + '"} trailing'
_case(_t, _t.index(" trailing") + 1)
# a control character inside a string: the reader stops at that character
_t = '{"title": "' + MARKER + '\x01"}'
_case(_t, _t.index("\x01"))
# a string never closed: the reader names where it starts (its quote)
_t = '{"persons": [],\n "title": "' + MARKER
_case(_t, _t.index('"' + MARKER))
# a trailing comma in a list: the reader stops at the closing bracket
_t = '{"persons": [{"id": "' + MARKER + '"},]}'
_case(_t, _t.index(",]") + 1)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    yield TestClient(create_app())


@pytest.mark.parametrize("route", ["/api/v1/assess", "/api/v1/compare", "/api/v1/memo"])
@pytest.mark.parametrize(("text", "at"), CASES)
def test_the_api_names_the_place_and_nothing_of_the_body(
    client: TestClient, route: str, text: str, at: int
) -> None:
    line, column = _place(text, at)
    r = client.post(route, content=text.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 422
    said = f"the request body is not valid JSON: line {line}, column {column}"
    # the documented schema: {"message", "errors": [{"loc", "message"}]}, the message the CLI's
    assert r.json() == {
        "message": f"invalid fact pattern: {said}",
        "errors": [{"loc": "", "message": said}],
    }
    assert MARKER not in r.text and "trailing" not in r.text
    assert not any(words in r.text for words in PYTHON_WORDS)


def test_the_timeline_link_names_its_parameter(client: TestClient) -> None:
    """``GET /timeline?pattern=JSON``: the text is a query parameter, not the body."""
    text = '{"title": "' + MARKER + '"'
    line, column = _place(text, len(text))  # the reader runs out at the end
    r = client.get("/api/v1/timeline", params={"pattern": text})
    assert r.status_code == 422
    said = f"not valid JSON: line {line}, column {column}"
    assert r.json() == {
        "message": f"invalid request: pattern: {said}",
        "errors": [{"loc": "pattern", "message": said}],
    }
    r = client.get("/api/v1/timeline", params={"pattern": " "})
    assert r.status_code == 422
    assert r.json()["errors"] == [{"loc": "pattern", "message": "must not be empty"}]


def test_yaml_is_said_of_the_body_too(client: TestClient) -> None:
    r = client.post(
        "/api/v1/assess",
        content=b"persons: [\n",
        headers={"content-type": "application/yaml"},
    )
    assert r.status_code == 422
    (error,) = r.json()["errors"]
    assert error["loc"] == "" and error["message"].startswith(
        "the request body is not valid YAML: "
    )


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("text", "at"), CASES)
def test_the_cli_names_the_file_and_the_place(tmp_path: Path, text: str, at: int) -> None:
    line, column = _place(text, at)
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = _cli("assess", str(path), "--today", "2026-12-07")
    assert code == 2 and not out
    assert err.strip() == (
        f"nm-trafficking: {path}: invalid fact pattern: not valid JSON: line {line}, "
        f"column {column}"
    )
    assert MARKER not in err
    # a line of a JSON Lines file is read alike, named by the file and its number
    one_line = text.replace("\n", " ")
    lines = tmp_path / "cases.jsonl"
    lines.write_text(one_line + "\n", encoding="utf-8")
    code, out, err = _cli("assess", str(lines), "--today", "2026-12-07")
    assert code == 2 and not out
    assert err.strip() == (
        f"nm-trafficking: {lines}:1: invalid fact pattern: not valid JSON: line 1, "
        f"column {_place(one_line, at)[1]}"
    )
    assert MARKER not in err
    assert not any(words in err for words in PYTHON_WORDS)
