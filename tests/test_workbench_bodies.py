"""The workbench's bodies and query dates through pydantic and FastAPI's own parameters
(issue 22): an envelope is validated by its model (an unknown field with the nearest name), a
query date by FastAPI in the words a body's date gets, and the OpenAPI document's request
bodies are the models' schemas (the bodies are still read by hand: ``workbench/bodies.py``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from nm_trafficking.workbench import create_app
from nm_trafficking.workbench.bodies import MAX_CHANGES

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "a2_social_media_15.yaml"
DATE_WORDS = "must be a date written YYYY-MM-DD"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _pattern() -> dict[str, Any]:
    text = EXAMPLE.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(json.dumps(yaml.safe_load(text), default=str))
    return data


def test_a_query_date_has_the_same_words_on_every_route(client: TestClient) -> None:
    for route in ("/api/v1/assess", "/api/v1/timeline"):
        for name in ("as_of", "today"):
            r = client.post(route, params={name: "yesterday"}, json=_pattern())
            assert r.status_code == 422, (route, name)
            assert r.json()["errors"] == [{"loc": name, "message": DATE_WORDS}]
    r = client.post("/api/v1/memo", json={"pattern": _pattern(), "today": "soon"})
    assert r.status_code == 422
    assert r.json()["errors"] == [{"loc": "today", "message": DATE_WORDS}]


def test_an_unknown_envelope_field_names_the_nearest_one(client: TestClient) -> None:
    for route, body in (
        ("/api/v1/assess", {"pattern": _pattern(), "asof": "2018-01-01"}),
        ("/api/v1/workbench/evaluate", {"pattern": _pattern(), "asof": "2018-01-01"}),
        ("/api/v1/compare", {"before": _pattern(), "after": _pattern(), "asof": "2018-01-01"}),
    ):
        r = client.post(route, json=body)
        assert r.status_code == 422, route
        assert r.json()["errors"] == [
            {"loc": "asof", "message": "unknown field; did you mean as_of?"}
        ]


def test_a_query_law_and_an_envelope_law(client: TestClient) -> None:
    r = client.post("/api/v1/assess", params={"law": "state"}, json=_pattern())
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == "law"
    r = client.post("/api/v1/assess", json={"pattern": _pattern(), "law": "state"})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == "law"
    nm = client.post("/api/v1/assess", params={"law": "nm"}, json=_pattern())
    envelope = client.post("/api/v1/assess", json={"pattern": _pattern(), "law": "nm"})
    assert nm.status_code == envelope.status_code == 200
    assert nm.content == envelope.content


def test_the_request_bodies_in_openapi_are_the_models(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    def body(path: str) -> dict[str, Any]:
        op = paths[path]["post"]
        schema: dict[str, Any] = op["requestBody"]["content"]["application/json"]["schema"]
        return schema

    whatif = body("/api/v1/workbench/whatif")
    assert whatif["properties"]["pattern"] == {"$ref": "#/components/schemas/FactPattern"}
    changes = whatif["properties"]["changes"]
    assert (changes["minItems"], changes["maxItems"]) == (1, MAX_CHANGES)
    assert changes["items"]["required"] == ["path"]
    assert whatif["additionalProperties"] is False
    check = body("/api/v1/cases/{case_id}/check")
    answer = check["properties"]["answers"]["anyOf"][0]["additionalProperties"]
    assert answer["properties"]["paragraphs"]["additionalProperties"]["enum"] == [
        "met",
        "not_met",
        "undetermined",
    ]
    batch = body("/api/v1/assess/batch")
    assert batch["properties"]["on_error"]["enum"] == ["fail", "skip"]
    assert batch["required"] == ["patterns"]


def test_an_unknown_field_far_from_any_names_the_fields(client: TestClient) -> None:
    r = client.post("/api/v1/memo", json={"pattern": _pattern(), "zzz": 1})
    assert r.json()["errors"] == [
        {"loc": "zzz", "message": "unknown field; the fields are pattern, as_of, today, law"}
    ]
    case_id = client.get("/api/v1/cases").json()[0]["id"]
    r = client.post(f"/api/v1/cases/{case_id}/check", json={"answers": {"D/V": {"zzz": 1}}})
    assert r.json()["errors"] == [
        {
            "loc": "answers.D/V.zzz",
            "message": "unknown field; the fields are paragraphs, grade, remaining",
        }
    ]


def test_a_wrong_envelope_is_an_invalid_request_not_an_invalid_fact_pattern(
    client: TestClient,
) -> None:
    """Review 9: a bare pattern sent to ``/memo`` (which takes ``{"pattern": ...}``) was
    answered "invalid fact pattern … pattern: Field required"; the facts were not the problem."""
    bare = client.post("/api/v1/memo", json=_pattern())
    assert bare.status_code == 422
    assert bare.json()["message"].startswith("invalid request")
    assert {"loc": "pattern", "message": "is required"} in bare.json()["errors"]
    wrong_day = client.post("/api/v1/memo", json={"pattern": _pattern(), "today": "soon"})
    assert wrong_day.status_code == 422 and wrong_day.json()["message"].startswith(
        "invalid request"
    )
    facts = client.post("/api/v1/memo", json={"pattern": {**_pattern(), "persons": "x"}})
    assert facts.status_code == 422
    assert facts.json()["message"].startswith("invalid fact pattern")  # the facts, said so
