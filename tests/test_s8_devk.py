"""Review W of session 8 (an integrator: JSON, the Python API, HTTP): what an integrator reads
around the outputs — the published input schema, the contract's example, the error shapes
and messages of each interface, the documented sizes.

- W1: the input schema's bounds are JSON Schema keywords a validator enforces (no pydantic
  ``ge``/``le``), and it takes the county spellings the loader takes;
- W2: docs/contract.md's batch example is a record of the current contract;
- W6: every HTTP error answer is ``{"message", "errors"}`` (routing's 404/405, a foreign
  ``Host``), declared in the OpenAPI document;
- W7: each interface's messages name its own way (HTTP: no Python ``Limits``, no ``--today``;
  Python: ``today`` is an argument, not part of the fact pattern; a date not on the calendar);
- W9: the README's example JSON is what the example gives, and the sizes the docs state;
- W12: a body declared in another charset than UTF-8 is refused saying UTF-8 only."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking.facts.loading import json_schema
from nm_trafficking.workbench import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "a2_social_media_15.yaml"
TODAY = date(2026, 12, 7)
ASSESS = "/api/v1/assess"


def _validator() -> Any:
    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def _pattern(person: dict[str, Any] | None = None, **act: Any) -> dict[str, Any]:
    return {
        "persons": [{"id": "D"}, {"id": "V", **(person or {})}],
        "conduct": [
            {"id": "c", "actor": "D", "person": "V", "act": "recruiting", **act},
        ],
    }


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c


# --- W1: the input schema --------------------------------------------------------------------


def _keywords(value: Any) -> set[str]:
    """Every key used as a keyword of a schema (not the names under ``properties``/``$defs``)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, sub in value.items():
            if key in ("properties", "$defs"):
                for inner in sub.values():
                    found |= _keywords(inner)
            else:
                found.add(key)
                found |= _keywords(sub)
    elif isinstance(value, list):
        for sub in value:
            found |= _keywords(sub)
    return found


def test_the_input_schema_uses_only_json_schema_keywords() -> None:
    # pydantic's Field(ge=, le=) leaked as "ge"/"le" (no validator reads them)
    assert not _keywords(json_schema()) & {"ge", "le", "gt", "lt"}
    published = json.loads((ROOT / "docs" / "schemas" / "fact-pattern.schema.json").read_text())
    assert published == json.loads(json.dumps(json_schema()))


@pytest.mark.parametrize(
    ("person", "act"),
    [
        ({"age": -3}, {}),
        ({"age": 131}, {}),
        ({"birth_date": "1700-01-01"}, {}),
        ({"birth_date": "1849-12-31"}, {}),
        ({"age": 15, "age_on": "2201-01-01"}, {}),
        ({}, {"date": "3000-01-01"}),
        ({}, {"date": "2020-02-30"}),  # the calendar: format "date"
        ({}, {"believed_age": 200}),
    ],
)
def test_what_the_loader_refuses_for_a_bound_the_schema_refuses(
    person: dict[str, Any], act: dict[str, Any]
) -> None:
    doc = _pattern(person, **act)
    with pytest.raises(nmt.InvalidFactPattern):
        nmt.from_dict(doc)
    assert list(_validator().iter_errors(doc))


@pytest.mark.parametrize(
    ("person", "act"),
    [
        ({"age": 0}, {}),
        ({"age": 130}, {}),
        ({"birth_date": "1850-01-01"}, {"date": "2020-01-01"}),
        ({"birth_date": "2005-01-01", "age": 15, "age_on": "2020-12-31"}, {}),
        ({}, {"date": "2024-02-29"}),
        ({}, {"county": "bernalillo"}),
        ({}, {"county": "Dona Ana"}),
        ({}, {"county": "Doña Ana"}),
        ({}, {"county": "Bernalillo County"}),
        ({}, {"county": "san  MIGUEL"}),
    ],
)
def test_what_the_loader_accepts_the_schema_accepts(
    person: dict[str, Any], act: dict[str, Any]
) -> None:
    doc = _pattern(person, **act)
    nmt.from_dict(doc)
    assert [e.message for e in _validator().iter_errors(doc)] == []


def test_the_schema_states_the_date_range_and_the_county_spellings() -> None:
    defs = json_schema()["$defs"]
    birth = defs["Person"]["properties"]["birth_date"]["anyOf"][0]
    assert "1850-01-01 to 2200-12-31" in birth["description"]
    # the bounds are whole years, so a pattern on the year is the range exactly
    year = re.compile(birth["pattern"])
    assert year.search("1850-01-01") and year.search("2200-12-31")
    assert not year.search("1849-12-31") and not year.search("2201-01-01")
    county = defs["Conduct"]["properties"]["county"]["anyOf"]
    assert {"$ref": "#/$defs/County"} in county
    assert any("Dona Ana" in branch.get("description", "") for branch in county)


def test_the_contract_says_how_the_schema_states_the_bounds() -> None:
    contract = (ROOT / "docs" / "contract.md").read_text()
    assert "minimum" in contract and "pattern on the year" in contract


# --- W2: the contract's example ------------------------------------------------------------


def _contract_example() -> list[dict[str, Any]]:
    text = (ROOT / "docs" / "contract.md").read_text()
    section = text.split("## One shape for one input or many", 1)[1]
    block = section.split("```json\n", 1)[1].split("```", 1)[0]
    # "…" outside a string marks what was cut from a list or an object: read as empty
    block = re.sub(r"([\[{])…([\]}])", r"\1\2", block)
    return json.loads(block)  # type: ignore[no-any-return]


def test_the_contract_example_has_the_records_top_level_fields() -> None:
    record = json.loads((ROOT / "docs" / "schemas" / "record.schema.json").read_text())
    document, error = record["oneOf"]
    shown, bad = _contract_example()
    assert list(shown) == list(document["properties"]) == document["required"]
    assert list(bad) == error["required"]
    version = nmt.assess(nmt.load(EXAMPLE), today=TODAY).to_dict()["contract_version"]
    assert shown["contract_version"] == version
    assert shown["detail"] == "summary"
    summary = record["$defs"]["Summary"]
    assert list(shown["summary"]) == summary["required"]


# --- W6: one error shape over HTTP -----------------------------------------------------------


def _shaped(r: Any) -> dict[str, Any]:
    body = r.json()
    assert set(body) == {"message", "errors"}, body
    assert body["errors"] and all(set(e) == {"loc", "message"} for e in body["errors"])
    return body  # type: ignore[no-any-return]


def test_routing_errors_have_the_documented_shape(client: TestClient) -> None:
    r = client.get(ASSESS)
    assert r.status_code == 405 and "POST" in r.headers["allow"]
    assert "method" in _shaped(r)["message"]
    r = client.get("/api/v1/nothing")
    assert r.status_code == 404 and "not found" in _shaped(r)["message"]
    assert "detail" not in r.json()  # `detail` is the contract's own field


def test_a_foreign_host_gets_the_documented_shape() -> None:
    guarded = TestClient(create_app(allowed_hosts=["127.0.0.1", "localhost"]))
    r = guarded.get("/api/v1/nothing", headers={"host": "evil.example"})
    assert r.status_code == 400 and r.headers["content-type"] == "application/json"
    assert "host" in _shaped(r)["message"].lower()
    assert guarded.get("/api/v1/indicators", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert guarded.get("/api/v1/indicators", headers={"host": "[::1]:8000"}).status_code == 400


def test_the_openapi_document_declares_the_error_answers(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    problems = {"$ref": "#/components/schemas/Problems"}
    for path in ("/api/v1/assess", "/api/v1/assess/batch", "/api/v1/compare"):
        answers = spec["paths"][path]["post"]["responses"]
        for status in ("403", "408", "413", "415", "422", "500"):
            assert answers[status]["content"]["application/json"]["schema"] == problems, (
                path,
                status,
            )
    batch = spec["paths"]["/api/v1/assess/batch"]["post"]["responses"]["200"]
    schema = batch["content"]["application/json"]["schema"]
    assert schema["type"] == "array"
    # a real answer (a record and an error record) is valid against it, at every level
    whole = json.loads(
        json.dumps({**schema, "$defs": spec["components"]["schemas"]}).replace(
            "#/components/schemas/", "#/$defs/"
        )
    )
    example = json.loads(json.dumps(nmt.load(EXAMPLE).model_dump(mode="json")))
    for detail in ("summary", "elements", "full"):
        answer = client.post(
            f"/api/v1/assess/batch?detail={detail}",
            json={"patterns": [example, {"persons": []}], "on_error": "skip"},
        ).json()
        assert len(answer) == 2 and "error" not in answer[0] and "error" in answer[1]
        assert [e.message for e in jsonschema.Draft202012Validator(whole).iter_errors(answer)] == []
    assert (
        "application/yaml"
        in spec["paths"]["/api/v1/assess/batch"]["post"]["requestBody"]["content"]
    )


# --- W7: each interface's own words ----------------------------------------------------------


def test_the_service_does_not_advise_a_python_limit(client: TestClient) -> None:
    doc = {"persons": [{"id": f"P{i}"} for i in range(202)]}
    r = client.post(ASSESS, json=doc)
    assert r.status_code == 422
    body = r.json()
    assert "Python" not in r.text and "Limits" not in r.text
    assert "at most 200" in body["errors"][0]["message"]


def test_a_batch_error_record_does_not_advise_a_python_limit(client: TestClient) -> None:
    big = {"persons": [{"id": f"P{i}"} for i in range(201)]}
    r = client.post("/api/v1/assess/batch", json={"patterns": [big], "on_error": "skip"})
    assert r.status_code == 200
    assert "Python" not in r.text and "at most 200 are accepted (a limit of this service)" in r.text


def test_the_service_names_its_own_today(client: TestClient) -> None:
    doc = _pattern({"age": 15}, date="2018-03-10")
    r = client.post(ASSESS + "?today=2010-01-01", json=doc)
    assert r.status_code == 422
    assert "--today" not in r.text and "today=)" not in r.text
    assert "?today=" in r.json()["errors"][0]["message"]


@pytest.mark.parametrize("where", ["query", "body"])
def test_the_service_says_a_date_not_on_the_calendar(client: TestClient, where: str) -> None:
    doc = _pattern({"age": 15})
    if where == "query":
        r = client.post(ASSESS + "?today=2026-02-30", json=doc)
    else:
        r = client.post(ASSESS, json={"pattern": doc, "today": "2026-02-30"})
    assert r.status_code == 422
    message = r.json()["errors"][0]["message"]
    assert "not a date on the calendar" in message and "written YYYY-MM-DD" not in message
    # what is not written YYYY-MM-DD keeps its words
    r = client.post(ASSESS, json={"pattern": doc, "today": "7 December 2026"})
    assert "written YYYY-MM-DD" in r.json()["errors"][0]["message"]


@pytest.mark.parametrize("name", ["today", "as_of"])
def test_python_names_the_argument_not_the_fact_pattern(name: str) -> None:
    pattern = nmt.from_dict(_pattern({"age": 15}))
    with pytest.raises(ValueError) as caught:
        nmt.assess(pattern, **{name: "2026-12-07"})  # type: ignore[arg-type]
    message = str(caught.value)
    assert "fact pattern" not in message
    assert message.startswith(f"invalid argument {name}: must be a date (datetime.date)")


def test_the_service_says_a_day_before_the_statute_as_a_request() -> None:
    with TestClient(create_app()) as c:
        r = c.post(ASSESS + "?today=2001-01-01", json=_pattern({"age": 15}))
    assert r.status_code == 422
    assert r.json()["message"].startswith("invalid request: today: 2001-01-01 is before")


# --- W9: the README's example and the sizes the documents state ------------------------------


def _pairs(value: Any, found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    if isinstance(value, dict):
        for key, sub in value.items():
            found.add((key, json.dumps(sub, ensure_ascii=False)))
            _pairs(sub, found)
    elif isinstance(value, list):
        for sub in value:
            _pairs(sub, found)
    return found


def test_the_readme_example_json_is_what_the_example_gives() -> None:
    readme = (ROOT / "README.md").read_text()
    block = readme.split('The default document (`detail: "summary"`', 1)[1]
    block = block.split("```json\n", 1)[1].split("```", 1)[0]
    real = _pairs(json.loads(nmt.assess(nmt.load(EXAMPLE), today=TODAY).to_json()), set())
    # each key shown with a whole value (a string, a number or a flat list, nothing elided)
    shown = re.findall(r'"(\w+)": ("(?:[^"\\]|\\.)*"|\[[^\[\]{}]*\]|-?\d+|true|false|null)', block)
    checked = [(k, v) for k, v in shown if "..." not in v]
    assert len(checked) >= 15
    for key, value in checked:
        assert (key, json.dumps(json.loads(value), ensure_ascii=False)) in real, (key, value)


def test_the_documented_summary_size_is_the_measured_one() -> None:
    # Within 3 %: a change of wording elsewhere need not edit three documents, but a figure
    # 2.5 KB off (13 KB stated for 16 KB, review W) fails.
    size = len(nmt.assess(nmt.load(EXAMPLE), today=TODAY).to_json().encode("utf-8"))
    for doc in ("README.md", "docs/performance.md", "docs/workbench.md"):
        text = (ROOT / doc).read_text()
        stated = [int(n.replace(",", "")) for n in re.findall(r"(1\d,\d{3}) bytes", text)]
        assert stated, doc
        for figure in stated:
            if figure != 16 * 1024:
                assert abs(figure - size) <= 0.03 * size, (doc, figure, size)
        for stale in ("13 KB", "13.5 KB", "~18 KB"):
            assert stale not in text, (doc, stale)
    spare = re.search(r"([\d,]+) bytes to spare", (ROOT / "docs" / "performance.md").read_text())
    assert spare and abs(int(spare[1].replace(",", "")) - (16 * 1024 - size)) <= 0.03 * size


# --- W12: the charset of a body --------------------------------------------------------------


def test_a_body_in_another_charset_is_refused_saying_utf8_only(client: TestClient) -> None:
    body = '{"title":"Doña Ana case","persons":[{"id":"D"}]}'.encode("latin-1")
    r = client.post(
        ASSESS, content=body, headers={"content-type": "application/json; charset=iso-8859-1"}
    )
    assert r.status_code == 415
    assert "UTF-8" in _shaped(r)["message"] and "byte" not in r.text
    # undeclared: read as UTF-8, and the answer says UTF-8 is the only one accepted
    r = client.post(ASSESS, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422 and "only UTF-8" in r.json()["message"]
    ok = json.dumps(_pattern({"age": 15})).encode()
    for declared in ("utf-8", "UTF-8", '"utf-8"', "utf8"):
        r = client.post(
            ASSESS, content=ok, headers={"content-type": f"application/json; charset={declared}"}
        )
        assert r.status_code == 200, declared
