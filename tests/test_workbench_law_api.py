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
