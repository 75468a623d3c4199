"""The builder's routes take the laws to assess, as ``POST /assess`` does (``law``: all, nm or
federal; all by default, as before): the evaluation, the what-if and the memo. The questions
are § 30-52-1's, so with the federal sections alone there are none (the summary's ``needed``
asks what they need); the comparison is of the laws assessed. The page's choice is tested in
Chromium (tests/test_workbench_law.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.assessment import LawChoice
from nm_trafficking.render.summary_text import (
    ACCESSORIES_HEAD,
    FEDERAL_ACCESSORIES_HEAD,
    STATE_ACCESSORIES_HEAD,
)
from nm_trafficking.statute.related import accessory
from nm_trafficking.workbench import create_app
from nm_trafficking.workbench.words import plain_pattern

ROOT = Path(__file__).resolve().parents[1]
ROOM_BOOKER = ROOT / "examples" / "accessory_room_booker.yaml"
TODAY = "2026-12-07"
FEDERAL = ["usc_1591", "usc_1589", "usc_1590"]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture(scope="module")
def pattern() -> dict[str, Any]:
    return plain_pattern(nmt.load(ROOM_BOOKER))


def _expected(pattern: dict[str, Any], law: LawChoice) -> dict[str, Any]:
    """The summary document ``POST /assess`` answers for the pattern under ``law``."""
    a = nmt.assess(nmt.from_dict(pattern), today=date.fromisoformat(TODAY), law=law)
    out: dict[str, Any] = json.loads(a.to_json(detail="summary"))
    return out


def test_evaluate_takes_the_law(client: TestClient, pattern: dict[str, Any]) -> None:
    base = {"pattern": pattern, "before": pattern, "today": TODAY}
    default = client.post("/api/v1/workbench/evaluate", json=base).json()
    both = client.post("/api/v1/workbench/evaluate", json={**base, "law": "all"}).json()
    assert default == both  # all by default, as before
    assert default["assessment"] == _expected(pattern, "all")
    assert default["questions"] and default["comparison"] is not None

    r = client.post("/api/v1/workbench/evaluate", json={**base, "law": "federal"}).json()
    assert r["assessment"] == _expected(pattern, "federal")
    summary = r["assessment"]["summary"]
    assert summary["laws"] == FEDERAL
    assert [x["helper"] for x in summary["federal_accessories"]] == ["H", "L"]
    assert "accessories" not in summary
    # § 30-52-1's questions: none with the federal sections alone; the comparison is theirs
    assert r["questions"] == []
    assert r["comparison"] is not None and not r["comparison"]["changed"]

    r = client.post("/api/v1/workbench/evaluate", json={**base, "law": "nm"}).json()
    assert r["assessment"] == _expected(pattern, "nm")
    assert r["assessment"]["summary"]["laws"] == ["nm_30_52_1"]
    assert r["questions"] == default["questions"]
    assert r["comparison"] == default["comparison"]


def test_whatif_takes_the_law(client: TestClient, pattern: dict[str, Any]) -> None:
    change = [{"path": "conduct.recruit.knowingly", "value": False}]
    body = {"pattern": pattern, "changes": change, "today": TODAY}
    laws: tuple[LawChoice, ...] = ("nm", "federal")
    for law in laws:
        r = client.post("/api/v1/workbench/whatif", json={**body, "law": law}).json()
        changed = nmt.from_dict(pattern).with_fact("conduct.recruit.knowingly", False)
        assert r["assessment"] == _expected(plain_pattern(changed), law)
        # the comparison is of the laws assessed: with the federal sections alone theirs
        # (review I, finding 1: none was given, and compare() saw no federal change)
        comparison = r["comparison"]
        assert comparison["changed"]
        laws = {c["law"] for c in comparison["laws"]}
        assert laws == ({"nm_30_52_1"} if law == "nm" else set(FEDERAL))
        assert bool(comparison["findings"]) == (law == "nm")


def test_the_memo_takes_the_law(client: TestClient, pattern: dict[str, Any]) -> None:
    body = {"pattern": pattern, "today": TODAY}
    heads = {
        "all": ACCESSORIES_HEAD,
        "nm": STATE_ACCESSORIES_HEAD,
        "federal": FEDERAL_ACCESSORIES_HEAD,
    }
    # "§" kept with its number by a no-break space in the memo
    memos = {
        law: client.post("/api/v1/memo", json={**body, "law": law}).text.replace("\u00a0", " ")
        for law in heads
    }
    assert client.post("/api/v1/memo", json=body).text.replace("\u00a0", " ") == memos["all"]
    for law, head in heads.items():
        others = [h.removesuffix(":") for k, h in heads.items() if k != law]
        assert head.removesuffix(":") in memos[law], law
        assert not any(h in memos[law] for h in others), law


def test_a_wrong_law_is_refused_naming_it(client: TestClient, pattern: dict[str, Any]) -> None:
    for route, body in (
        ("workbench/evaluate", {"pattern": pattern}),
        ("workbench/whatif", {"pattern": pattern, "changes": [{"path": "title", "value": "x"}]}),
        ("memo", {"pattern": pattern}),
    ):
        r = client.post(f"/api/v1/{route}", json={**body, "law": "state"})
        assert r.status_code == 422, route
        assert [e["loc"] for e in r.json()["errors"]] == ["law"], route
        assert r.json()["message"].startswith("invalid request"), route


def test_the_catalog_has_each_heading_of_the_helpers(client: TestClient) -> None:
    said = client.get("/api/v1/builder").json()["words"]["accessories"]
    assert (said["head"], said["head_state"], said["head_federal"]) == (
        ACCESSORIES_HEAD,
        STATE_ACCESSORIES_HEAD,
        FEDERAL_ACCESSORIES_HEAD,
    )
    # the federal line, as the text view writes it (accessory.federal_line)
    line = accessory.federal_line("H", [("§ 1591", "met")])
    lead, caveat = said["federal_lead"], said["federal_caveat"].format(helper="H")
    assert line == f"{lead} {said['statuses']}: § 1591 met. {caveat}"


# --- POST /compare takes the laws as POST /assess does (session 7, workbench point 1) ----------


def _compared(before: dict[str, Any], after: dict[str, Any], law: LawChoice) -> dict[str, Any]:
    """What ``compare()`` says of the two patterns assessed under ``law`` (the library's own)."""
    from nm_trafficking.compare import compare

    day = date.fromisoformat(TODAY)
    a, b = (nmt.assess(nmt.from_dict(p), today=day, law=law) for p in (before, after))
    out: dict[str, Any] = compare(a, b).to_dict()
    return out


def test_compare_takes_the_law_in_the_query_or_the_body(
    client: TestClient, pattern: dict[str, Any]
) -> None:
    after = plain_pattern(nmt.from_dict(pattern).with_fact("conduct.recruit.knowingly", False))
    body = {"before": pattern, "after": after, "today": TODAY}
    default = client.post("/api/v1/compare", json=body)
    assert default.status_code == 200, default.text
    assert default.json() == _compared(pattern, after, "all")  # all by default, as before
    laws: tuple[LawChoice, ...] = ("all", "nm", "federal")
    for law in laws:
        expected = _compared(pattern, after, law)
        assert expected["changed"], law
        # the laws compared are the laws chosen (the federal sections alone: theirs only)
        named = {c["law"] for c in expected["laws"]}
        assert named == {"all": {"nm_30_52_1", *FEDERAL}, "nm": {"nm_30_52_1"}}.get(
            law, set(FEDERAL)
        ), law
        in_query = client.post("/api/v1/compare", params={"law": law}, json=body)
        in_body = client.post("/api/v1/compare", json={**body, "law": law})
        assert in_query.status_code == in_body.status_code == 200, law
        assert in_query.json() == in_body.json() == expected, law
    # the body's law wins over the query's, as for POST /assess
    both = client.post("/api/v1/compare", params={"law": "nm"}, json={**body, "law": "federal"})
    assert both.json() == _compared(pattern, after, "federal")
    # null in the body: the query's (or the default), as for POST /assess
    null = client.post("/api/v1/compare", params={"law": "nm"}, json={**body, "law": None})
    assert null.json() == _compared(pattern, after, "nm")


def test_compare_refuses_a_wrong_law_in_the_words_of_assess(
    client: TestClient, pattern: dict[str, Any]
) -> None:
    body = {"before": pattern, "after": pattern}
    answers = {
        "assess, query": client.post("/api/v1/assess", params={"law": "state"}, json=pattern),
        "assess, body": client.post("/api/v1/assess", json={"pattern": pattern, "law": "state"}),
        "compare, query": client.post("/api/v1/compare", params={"law": "state"}, json=body),
        "compare, body": client.post("/api/v1/compare", json={**body, "law": "state"}),
    }
    expected = {
        "message": "invalid request: law: must be one of: all, nm or federal",
        "errors": [{"loc": "law", "message": "must be one of: all, nm or federal"}],
    }
    for where, r in answers.items():
        assert r.status_code == 422, where
        assert r.json() == expected, where
    # the values given are never repeated; a number is refused alike
    r = client.post("/api/v1/compare", json={**body, "law": 3})
    assert r.status_code == 422 and r.json() == expected


def test_compare_documents_the_law_in_openapi(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    route = spec["paths"]["/api/v1/compare"]["post"]
    assess_route = spec["paths"]["/api/v1/assess"]["post"]
    (law,) = [p for p in route["parameters"] if p["name"] == "law"]
    (assess_law,) = [p for p in assess_route["parameters"] if p["name"] == "law"]
    assert law == assess_law
    body = route["requestBody"]["content"]["application/json"]["schema"]
    assert "law" in body["properties"]


def test_evaluate_gives_each_helper_the_limitation_of_the_act_aided(
    client: TestClient, pattern: dict[str, Any]
) -> None:
    """``limitation[].helpers``: the text summary's line for each helper (unless not met), by
    ``helper|act``, under the laws chosen (the page shows it under the helper's finding)."""
    from nm_trafficking.render import summary_text

    laws: tuple[LawChoice, ...] = ("all", "nm", "federal")
    for law in laws:
        body = {"pattern": pattern, "today": TODAY, "law": law}
        (pair,) = client.post("/api/v1/workbench/evaluate", json=body).json()["limitation"]
        a = nmt.assess(nmt.from_dict(pattern), today=date.fromisoformat(TODAY), law=law)
        names = summary_text.law_names()
        expected = {
            f"{x.helper}|{x.conduct}": line
            for x in summary_text.helpers(a.summary)
            for line in summary_text.accessory_lines(x, names, a.summary)
            if line.startswith(summary_text.ACCESSORY_LIMITATION)
        }
        assert set(expected) == {"H|recruit", "L|recruit"}, law
        assert pair["helpers"] == expected, law
        # the act aided's periods: the recruiting's count line, said of the act aided
        count = pair["counts"]["recruit"].removeprefix(summary_text.LIMITATION)
        assert expected["H|recruit"] == f"{summary_text.ACCESSORY_LIMITATION}{count}.", law
