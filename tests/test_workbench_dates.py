"""A value written as a date that is not on the calendar (``2019-02-30``) in a YAML body is
said as the CLI says it for a file: by its field and its line in the body, every one, also in
a text field (note 8, "HTTP bad dates have no line"); under its part (``pattern``, ``before``,
``patterns[1]``) the line is still the body's."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.errors import InvalidFactPattern
from nm_trafficking.workbench import create_app

YAML = {"Content-Type": "application/yaml"}
TODAY = "2026-12-08"

PATTERN = """\
persons:
  - id: D
    roles: [trafficker]
  - id: V
    roles: [victim]
    birth_date: 2005-02-30
conduct:
  - id: r
    actor: D
    person: V
    act: recruiting
    date: 2019-02-29
    knowingly: true
"""
"""Line 6: a birth date in a month with no such day; line 12: 29 February of a common year."""

IN_TEXT = PATTERN + "    description: 2020-13-01\n"
"""The same, and a date written in a text field (a month 13), on line 14."""


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _cli(text: str) -> list[dict[str, str]]:
    """The errors the CLI (``nmt.loads``, as ``assess FILE`` reads a file) gives for ``text``."""
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.loads(text)
    return [{"loc": e.loc, "message": e.message} for e in caught.value.errors]


def _indented(text: str, by: int) -> str:
    return "".join(" " * by + line if line.strip() else line for line in text.splitlines(True))


def _line(message: str) -> int:
    found = re.search(r"\(line ([0-9]+)\)$", message)
    assert found is not None, message
    return int(found.group(1))


def _post(client: TestClient, route: str, body: str) -> dict[str, Any]:
    r = client.post(route, content=body.encode(), headers=YAML, params={"today": TODAY})
    assert r.status_code == 422, r.text
    out: dict[str, Any] = r.json()
    return out


@pytest.mark.parametrize("text", [PATTERN, IN_TEXT], ids=["date fields", "a text field"])
def test_a_bare_pattern_gets_the_clis_errors(client: TestClient, text: str) -> None:
    expected = _cli(text)
    assert "(line 6)" in expected[0]["message"] and "(line 12)" in expected[1]["message"]
    for route in ("/api/v1/assess", "/api/v1/patterns/parse", "/api/v1/timeline"):
        got = _post(client, route, text)
        assert got["errors"] == expected, route
    if text is IN_TEXT:
        assert expected[2]["loc"] == "conduct[0].description"
        assert expected[2]["message"].endswith("(line 14)")


def test_a_pattern_in_an_envelope_is_located_by_the_bodys_lines(client: TestClient) -> None:
    body = f"today: {TODAY}\npattern:\n{_indented(PATTERN, 2)}"  # the pattern from line 3
    got = _post(client, "/api/v1/assess", body)
    assert got["part"] == "pattern"
    assert [(e["loc"], _line(e["message"])) for e in got["errors"]] == [
        ("persons[1].birth_date", 8),
        ("conduct[0].date", 14),
    ]
    for route in ("/api/v1/workbench/evaluate", "/api/v1/memo"):
        again = _post(client, route, body)
        assert again["errors"] == got["errors"], route


def test_each_part_says_its_own_dates(client: TestClient) -> None:
    good = PATTERN.replace("2005-02-30", "2005-02-28").replace("2019-02-29", "2019-03-01")
    # before: good (lines 2-14); after: the bad one (lines 16-28)
    body = f"before:\n{_indented(good, 2)}after:\n{_indented(PATTERN, 2)}"
    got = _post(client, "/api/v1/compare", body)
    assert got["part"] == "after"
    assert [_line(e["message"]) for e in got["errors"]] == [21, 27]
    batch = f"patterns:\n  - {_indented(good, 4).lstrip()}  - {_indented(PATTERN, 4).lstrip()}"
    got = _post(client, "/api/v1/assess/batch", batch)
    assert got["part"] == "patterns[1]"
    # the first pattern on lines 2-14, the second on lines 15-27
    assert [(e["loc"], _line(e["message"])) for e in got["errors"]] == [
        ("patterns[1].persons[1].birth_date", 20),
        ("patterns[1].conduct[0].date", 26),
    ]


def test_a_date_in_a_text_field_is_refused_as_the_cli_refuses_it(client: TestClient) -> None:
    good = IN_TEXT.replace("2005-02-30", "2005-02-28").replace("2019-02-29", "2019-03-01")
    expected = _cli(good)
    assert [e["loc"] for e in expected] == ["conduct[0].description"]
    assert _post(client, "/api/v1/assess", good)["errors"] == expected
