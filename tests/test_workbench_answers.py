"""The OpenAPI document gives the 200 answers of ``POST /compare``, ``/workbench/evaluate``
and ``/workbench/whatif`` (``workbench/answers.py``: pydantic models, as the request bodies
are), and real answers validate against them: with and without ``before``, under each law, with
the questions of an undetermined paragraph and the victim's age, helpers and the first day's
label."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.workbench import create_app
from nm_trafficking.workbench.words import plain_pattern
from tests.test_workbench_first_day import FIRST_DAY

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-12-08"
ROUTES = {
    "/api/v1/compare": "ComparisonAnswer",
    "/api/v1/workbench/evaluate": "WorkbenchAnswer",
    "/api/v1/workbench/whatif": "WorkbenchAnswer",
}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict[str, Any]:
    out: dict[str, Any] = client.get("/api/v1/openapi.json").json()
    return out


def _validator(spec: dict[str, Any], name: str) -> Any:
    root = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(root)


def _example(name: str) -> dict[str, Any]:
    return plain_pattern(nmt.load(ROOT / "examples" / name))


def test_each_route_names_its_answer(spec: dict[str, Any]) -> None:
    for path, name in ROUTES.items():
        ok = spec["paths"][path]["post"]["responses"]["200"]
        assert ok["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{name}"
        }, path
    schemas = spec["components"]["schemas"]
    assert set(schemas["WorkbenchAnswer"]["required"]) == {
        "pattern",
        "assessment",
        "questions",
        "comparison",
        "limitation",
        "needed",
        "helper_heads",
    }
    assess = spec["paths"]["/api/v1/assess"]["post"]["responses"]["200"]
    documents = assess["content"]["application/json"]["schema"]["oneOf"]
    assert schemas["WorkbenchAnswer"]["properties"]["assessment"]["oneOf"] == documents
    assert schemas["WorkbenchAnswer"]["properties"]["pattern"] == {
        "$ref": "#/components/schemas/FactPattern"
    }


@pytest.mark.parametrize("law", ["all", "nm", "federal"])
@pytest.mark.parametrize(
    "example", ["a2_social_media_15.yaml", "accessory_room_booker.yaml"], ids=["a2", "helpers"]
)
def test_evaluate_and_whatif_answers_validate(
    client: TestClient, spec: dict[str, Any], example: str, law: str
) -> None:
    validator = _validator(spec, "WorkbenchAnswer")
    pattern = _example(example)
    conduct = pattern["conduct"][0]["id"]
    bodies = {
        "/api/v1/workbench/evaluate": [
            {"pattern": pattern, "today": TODAY, "law": law},
            {"pattern": pattern, "before": pattern, "today": TODAY, "law": law},
        ],
        "/api/v1/workbench/whatif": [
            {
                "pattern": pattern,
                "changes": [{"path": f"conduct.{conduct}.knowingly", "value": None}],
                "today": TODAY,
                "law": law,
            }
        ],
    }
    for route, each in bodies.items():
        for body in each:
            for detail in ("summary", "elements", "full"):
                r = client.post(route, json=body, params={"detail": detail})
                assert r.status_code == 200, r.text
                validator.validate(r.json())


def test_the_questions_limitation_and_helpers_are_not_empty_where_validated(
    client: TestClient, spec: dict[str, Any]
) -> None:
    """The parts the schema details are filled in the answers validated (a schema checked only
    against empty lists would check nothing)."""
    validator = _validator(spec, "WorkbenchAnswer")
    # the victim's age unknown: the age question (its facts a date and an age)
    pattern = _example("a2_social_media_15.yaml")
    pattern["persons"][1].pop("birth_date")
    pattern["conduct"][0].pop("knowingly")
    answer = client.post(
        "/api/v1/workbench/evaluate", json={"pattern": pattern, "today": TODAY}
    ).json()
    kinds = {f["kind"] for q in answer["questions"] for f in q["facts"]}
    assert kinds == {"truth", "date", "age"}
    validator.validate(answer)
    helpers = client.post(
        "/api/v1/workbench/evaluate",
        json={"pattern": _example("accessory_room_booker.yaml"), "today": TODAY},
    ).json()
    assert helpers["helper_heads"] and helpers["needed"]
    assert any(p["helpers"] and p["counts"] for p in helpers["limitation"])
    validator.validate(helpers)
    first = client.post(
        "/api/v1/workbench/evaluate", json={"pattern": FIRST_DAY, "today": TODAY}
    ).json()
    assert first["limitation"][0]["first_day"] and first["limitation"][0]["passed"]
    validator.validate(first)


@pytest.mark.parametrize("law", ["all", "nm", "federal"])
def test_compare_answers_validate(client: TestClient, spec: dict[str, Any], law: str) -> None:
    validator = _validator(spec, "ComparisonAnswer")
    before = _example("a2_social_media_15.yaml")
    after = copy.deepcopy(before)
    after["conduct"][0]["knowingly"] = False
    after["persons"].append({"id": "X", "roles": ["victim"]})
    after["conduct"].append({**after["conduct"][0], "id": "x", "person": "X"})
    r = client.post(
        "/api/v1/compare", json={"before": before, "after": after, "today": TODAY, "law": law}
    )
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["changed"] and answer["laws"]
    if law != "federal":
        assert answer["findings"] and answer["paragraphs"] and answer["counts"]
        assert answer["elements"] and answer["grades"]
    validator.validate(answer)


def test_the_schemas_refuse_what_the_routes_never_answer(
    client: TestClient, spec: dict[str, Any]
) -> None:
    pattern = _example("a2_social_media_15.yaml")
    pattern["conduct"][0].pop("knowingly")  # a question
    answer = client.post(
        "/api/v1/workbench/evaluate", json={"pattern": pattern, "today": TODAY}
    ).json()
    validator = _validator(spec, "WorkbenchAnswer")
    for broken in (
        {**answer, "extra": 1},
        {k: v for k, v in answer.items() if k != "needed"},
        {**answer, "questions": [{**answer["questions"][0], "facts": [{"path": 1}]}]},
        {**answer, "limitation": [{**answer["limitation"][0], "first_day": []}]},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(broken)
    comparison = _validator(spec, "ComparisonAnswer")
    with pytest.raises(jsonschema.ValidationError):
        comparison.validate({"changed": True, "findings": [{"defendant": "D"}]})
