"""Each interface says a problem's remedy in its own terms (note 8, "found and left alone"):
the library's messages name no interface's means. A problem keeps its remedy apart
(``FieldError.remedy``: a later day of assessment, or a larger ``Limits`` field), and each
interface words it (``said_by``): the Python API ``today=`` and ``Limits``, the command line
``--today`` and its own limits, the HTTP service ``?today=`` or the body's ``"today"`` and its
limits, a file of cases its ``today:``. No interface rewrites another's words."""

from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.batch import assess_many
from nm_trafficking.errors import LATER_DAY, FieldError, InvalidFactPattern, Remedy
from nm_trafficking.limits import Limits
from nm_trafficking.workbench import create_app

ROOT = Path(__file__).resolve().parents[1]
A2 = ROOT / "examples" / "a2_social_media_15.yaml"
EARLY = date(2010, 1, 1)
"""After the example's victim's birth (2002), before its act (10 March 2018): the act's date is
after the day of the assessment."""

FOREIGN = ("--today", "today=", "?today=", "Limits", "Python", "`today:`", "--help")


def _many(n: int) -> dict[str, Any]:
    return {"persons": [{"id": f"P{i}"} for i in range(n)]}


def _foreign(text: str, own: tuple[str, ...]) -> list[str]:
    """The other interfaces' means named in ``text`` (``own``: this interface's)."""
    return [w for w in FOREIGN if w in text and not any(w in o for o in own)]


# --- the library: the message and the remedy apart -------------------------------------------


def test_the_library_keeps_the_remedy_apart_from_the_message() -> None:
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.assess(nmt.load(A2), today=EARLY)
    (error,) = caught.value.errors
    assert error.remedy == LATER_DAY
    assert error.message.endswith("a date cannot be later")  # no interface's means
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.from_dict(_many(3), limits=Limits(max_persons=2))
    (error,) = caught.value.errors
    assert error.remedy == Remedy("limit", "max_persons")
    assert error.message == "3 persons; at most 2 are accepted"
    # pickled (between worker processes) with it
    again = pickle.loads(pickle.dumps(caught.value))
    assert again.errors == caught.value.errors


def test_the_python_api_says_python_remedies() -> None:
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.assess(nmt.load(A2), today=EARLY)
    said = str(caught.value)
    assert said.endswith("(to assess as of a later day, pass a later today=)")
    assert _foreign(said, ("today=",)) == []
    with pytest.raises(InvalidFactPattern) as caught:
        nmt.from_dict(_many(3), limits=Limits(max_persons=2))
    said = str(caught.value)
    assert said.endswith("at most 2 are accepted (a Python caller can raise Limits.max_persons)")
    for big, limit in (
        ("x" * 40, Limits(max_file_bytes=20)),
        ("[" + ",".join("1" for _ in range(30)) + "]", Limits(max_nodes=10)),
    ):
        with pytest.raises(InvalidFactPattern) as caught:
            nmt.loads(big, fmt="json", limits=limit)
        assert "(a Python caller can raise Limits.max_" in str(caught.value), big[:5]
    # a batch record of the Python API says them too
    (item,) = assess_many([_many(3)], on_error="skip", limits=Limits(max_persons=2))
    record = item.to_dict()["error"]
    assert record["fields"][0]["message"].endswith("(a Python caller can raise Limits.max_persons)")


def test_said_by_keeps_the_class_and_attributes_of_the_error() -> None:
    from nm_trafficking.batch import BatchError

    error = FieldError("persons", "3 persons", remedy=Remedy("limit", "max_persons"))
    batch = BatchError(4, InvalidFactPattern([error], "f.yaml"))
    said = batch.said_by("http")
    assert type(said) is BatchError and said.index == 4 and said.source == "f.yaml"
    assert (
        str(said)
        == "item 4: f.yaml: invalid fact pattern: persons: 3 persons (a limit of this service)"
    )
    assert said.errors[0].remedy is None and batch.errors[0].remedy is not None  # a copy
    plain = InvalidFactPattern([FieldError("x", "no remedy")])
    assert plain.said_by("cli") is plain


# --- the command line -------------------------------------------------------------------------


def test_the_command_line_says_its_own_remedies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nm_trafficking.cli import main

    many = tmp_path / "many.json"
    many.write_text(json.dumps(_many(1001)))
    assert main(["assess", str(many), "--today", "2026-12-08"]) == 2
    said = capsys.readouterr().err
    assert (
        "at most 1,000 are accepted (a limit of the command; nm-trafficking --help lists them)"
        in said
    )
    assert _foreign(said, ("--help",)) == []
    assert main(["assess", str(A2), "--today", "2010-01-01"]) == 2
    said = capsys.readouterr().err
    assert said.rstrip().endswith("(to assess as of a later day, give a later --today YYYY-MM-DD)")
    assert _foreign(said, ("--today",)) == []
    # the JSON record of a skipped input: the same words
    main(["assess", str(A2), "--today", "2010-01-01", "--format", "json", "--on-error", "skip"])
    (record,) = json.loads(capsys.readouterr().out)
    message = record["error"]["fields"][0]["message"]
    assert message.endswith("give a later --today YYYY-MM-DD)")
    assert _foreign(record["error"]["message"], ("--today",)) == []


def test_a_file_of_cases_says_its_own_limits_and_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its today (``test_cases_review_q`` shows the date's line); a limit is the command's."""
    from nm_trafficking.cases.cli import main
    from tests.test_cases_review_q import _case

    path = tmp_path / "c.yaml"
    path.write_text("today: 2010-01-01\ncases:\n" + _case("      D/V: {A2: met}\n"))
    assert main([str(path)]) == 2
    said = capsys.readouterr().out
    assert "(to assess as of a later day, give the case or the file a later `today:`)" in said
    assert _foreign(said, ("`today:`",)) == []
    persons = "".join(f"        - id: P{i}\n" for i in range(1001))
    big = "    pattern:\n      persons:\n" + persons
    path.write_text("cases:\n" + _case("      D/V: {A2: met}\n", pattern=big))
    assert main([str(path)]) == 2
    said = capsys.readouterr().out
    assert "(a limit of the command; nm-trafficking --help lists them)" in said, said
    assert _foreign(said, ("--help",)) == []


# --- the HTTP service -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_the_service_says_its_own_remedies(client: TestClient) -> None:
    doc = json.loads(json.dumps(nmt.load(A2).model_dump(mode="json", exclude_none=True)))
    r = client.post("/api/v1/assess", params={"today": "2010-01-01"}, json=doc)
    assert r.status_code == 422
    message = r.json()["errors"][0]["message"]
    assert message.endswith(
        '(to assess as of a later day, give a later today: ?today= or the body\'s "today")'
    )
    assert _foreign(r.text.replace("?today=", ""), ()) == []
    r = client.post("/api/v1/assess", json=_many(201))
    assert (
        r.json()["errors"][0]["message"]
        == "201 persons; at most 200 are accepted (a limit of this service)"
    )
    assert _foreign(r.text, ()) == []
    r = client.post("/api/v1/assess/batch", json={"patterns": [_many(201)], "on_error": "skip"})
    assert r.status_code == 200 and "(a limit of this service)" in r.text
    assert _foreign(r.text, ()) == []
    nodes = {"persons": [{"id": "P"}], "x": [0] * 200_001}  # 400 KB, over 200,000 values
    r = client.post("/api/v1/assess", json=nodes)
    assert r.status_code == 422 and "keys and values" in r.text, r.text
    assert "(a limit of this service)" in r.text and _foreign(r.text, ()) == []


def test_no_interface_rewrites_another_s_words() -> None:
    """The words of one interface's remedy are nowhere in the library's messages, and the
    service has no rewriting of them (it had regular expressions over the CLI's and Python's
    words)."""
    import nm_trafficking.workbench.http as http

    assert not hasattr(http, "http_words") and not hasattr(http, "in_http_words")
    sources = (ROOT / "nm_trafficking").rglob("*.py")
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if path.name == "errors.py":
            continue
        for words in (
            "give --today",
            "a Python caller can raise",
            "give the case or the file a later",
        ):
            assert words not in text, (path, words)
