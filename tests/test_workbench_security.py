"""The workbench attacked (a second review): requests another site makes a browser send,
HTML answers with no script, the Swagger bundle's demo pages, work amplification (what-if
changes, batch acts, acts per pattern), bad trainee answers, slow and vanished clients, and
text that reorders the printed memo."""

from __future__ import annotations

import asyncio
import json
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from nm_trafficking.workbench import app as app_module
from nm_trafficking.workbench import create_app
from nm_trafficking.workbench.http import BodyTooSlow, read_body

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = json.loads(
    json.dumps(yaml.safe_load((ROOT / "examples" / "a2_social_media_15.yaml").read_text()),
               default=str)
)  # fmt: skip
ASSESS = "/api/v1/assess"
HOST = "testserver"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c


def _post(client: TestClient, path: str, body: Any, **headers: str) -> Any:
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(path, content=data, headers=headers)


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None],
)
def test_a_body_of_a_type_a_page_may_send_without_asking_is_refused(
    client: TestClient, content_type: str | None
) -> None:
    # text/plain and forms are CORS "simple" requests: a browser sends them from any page
    # without a preflight. The workbench takes JSON and YAML only, so a page must ask first,
    # and the asking fails (no CORS headers).
    headers = {"content-type": content_type} if content_type else {}
    r = _post(client, ASSESS, EXAMPLE, **headers)
    assert r.status_code == 415
    assert r.json()["errors"][0]["loc"] == "content-type"
    ok = _post(client, ASSESS, EXAMPLE, **{"content-type": "application/json; charset=utf-8"})
    assert ok.status_code == 200
    as_yaml = _post(client, ASSESS, yaml.safe_dump(EXAMPLE), **{"content-type": "application/yaml"})
    assert as_yaml.status_code == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"origin": "http://evil.example"}, 403),
        ({"origin": "null"}, 403),
        ({"origin": "http://[::1"}, 403),  # not even a URL
        ({"origin": "http://127.0.0.1:9999"}, 403),
        ({"sec-fetch-site": "cross-site"}, 403),
        ({"sec-fetch-site": "same-site"}, 403),
        ({"origin": f"http://{HOST}", "sec-fetch-site": "same-origin"}, 200),
        ({"origin": f"https://{HOST}"}, 200),  # behind a proxy speaking https
        ({"sec-fetch-site": "none"}, 200),  # typed in the address bar, a bookmark
        ({}, 200),  # a program: curl, a task-force system
    ],
)
def test_a_request_from_another_site_is_refused_before_any_work(
    client: TestClient,
    monkeypatch: pytest.MonkeyPatch,
    headers: dict[str, str],
    status: int,
) -> None:
    worked: list[int] = []
    real = app_module.assess
    monkeypatch.setattr(app_module, "assess", lambda *a, **k: worked.append(1) or real(*a, **k))
    for path, body in (
        (ASSESS, EXAMPLE),
        ("/api/v1/memo", {"pattern": EXAMPLE}),
        ("/api/v1/assess/batch", {"patterns": [EXAMPLE]}),
    ):
        r = _post(client, path, body, **{"content-type": "application/json", **headers})
        assert r.status_code == status, (path, r.text)
    assert bool(worked) == (status == 200)
    # Reading is never refused (a page can link to the workbench).
    assert client.get("/api/v1", headers=headers).status_code == 200


def test_html_answers_run_no_script(client: TestClient) -> None:
    memo = _post(
        client, "/api/v1/memo", {"pattern": EXAMPLE}, **{"content-type": "application/json"}
    )
    sheet = client.get("/api/v1/worksheet", params={"ids": "s01"})
    for r in (memo, sheet):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
        assert "frame-ancestors 'none'" in csp


def test_only_the_swagger_files_the_docs_page_uses_are_served(client: TestClient) -> None:
    page = client.get("/api/docs").text
    for name, kind in app_module.SWAGGER_ASSETS.items():
        assert f"/api/docs/assets/{name}" in page
        r = client.get(f"/api/docs/assets/{name}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(kind)
    for demo in ("index.html", "swagger-initializer.js", "oauth2-redirect.html", "../app.py"):
        assert client.get(f"/api/docs/assets/{demo}").status_code == 404, demo


def _acts(n: int) -> dict[str, Any]:
    return {
        "persons": [{"id": "D"}, {"id": "V", "age": 15}],
        "conduct": [
            {"id": f"c{i}", "actor": "D", "person": "V", "act": "recruiting"} for i in range(n)
        ],
    }


def test_work_per_request_is_bounded(client: TestClient) -> None:
    json_type = {"content-type": "application/json"}
    limit = app_module.LIMITS.max_conduct
    assert _post(client, ASSESS, _acts(limit), **json_type).status_code == 200
    r = _post(client, ASSESS, _acts(limit + 1), **json_type)
    assert r.status_code == 422 and "conduct" in r.text
    # A batch: acts over all its patterns.
    per = app_module.MAX_BATCH_CONDUCT // 10 + 1
    body = {"patterns": [_acts(min(per, limit)) for _ in range(10)]}
    r = _post(client, "/api/v1/assess/batch", body, **json_type)
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == "patterns"
    # What-if: one change at a time is what the app sends; a few are fine; a flood is not.
    change = {"path": "conduct.c0.knowingly", "value": True}
    few = {"pattern": _acts(1), "changes": [change] * 3}
    assert _post(client, "/api/v1/workbench/whatif", few, **json_type).status_code == 200
    flood = {"pattern": _acts(1), "changes": [change] * (app_module.MAX_CHANGES + 1)}
    r = _post(client, "/api/v1/workbench/whatif", flood, **json_type)
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == "changes"


@pytest.mark.parametrize(
    ("answers", "loc"),
    [
        ({"boss/w": "MARKER"}, "answers.boss/w"),
        ({"boss/w": {"paragraphs": ["x"]}}, "answers.boss/w.paragraphs"),
        ({"boss/w": {"paragraphs": {"A1": "maybe"}}}, "answers.boss/w.paragraphs.A1"),
        ({"boss/w": {"remaining": {"A1": 5}}}, "answers.boss/w.remaining.A1"),
        ({"boss/w": {"remaining": {"A1": "abc"}}}, "answers.boss/w.remaining.A1"),
        ({"boss/w": {"grade": "fourth"}}, "answers.boss/w.grade"),
        ({"boss/w": {"grades": "first"}}, "answers.boss/w.grades"),
        (["not", "a", "mapping"], "answers"),
    ],
)
def test_bad_trainee_answers_are_422_naming_the_field(
    client: TestClient, answers: Any, loc: str
) -> None:
    case_id = client.get("/api/v1/cases").json()[0]["id"]
    r = _post(client, f"/api/v1/cases/{case_id}/check", {"answers": answers},
              **{"content-type": "application/json"})  # fmt: skip
    assert r.status_code == 422, r.text
    assert loc in [e["loc"] for e in r.json()["errors"]]
    r = _post(client, f"/api/v1/cases/{case_id}/check", {"answers": {}, "ask_remaining": "no"},
              **{"content-type": "application/json"})  # fmt: skip
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == "ask_remaining"


def test_a_lone_surrogate_in_a_key_is_422_in_valid_json(client: TestClient) -> None:
    body = '{"pattern": ' + json.dumps(EXAMPLE) + ', "\\ud800MARKER": 1}'
    r = _post(client, "/api/v1/memo", body, **{"content-type": "application/json"})
    assert r.status_code == 422
    assert r.content.isascii() or "\ud800" not in r.content.decode("utf-8")
    assert r.json()["errors"]


def _request(chunks: list[tuple[float, bytes]]) -> Any:
    from starlette.requests import Request

    async def receive() -> dict[str, Any]:
        delay, body = chunks.pop(0)
        await asyncio.sleep(delay)
        return {"type": "http.request", "body": body, "more_body": bool(chunks)}

    scope = {"type": "http", "method": "POST", "headers": [], "path": "/", "query_string": b""}
    return Request(scope, receive)


def test_a_body_that_trickles_in_is_refused_in_time() -> None:
    fast = _request([(0, b'{"a":'), (0, b" 1}")])
    assert asyncio.run(read_body(fast, 1000, seconds=1.0)) == b'{"a": 1}'
    slow = _request([(0, b"{"), (5.0, b"}")])
    with pytest.raises(BodyTooSlow):
        asyncio.run(read_body(slow, 1000, seconds=0.2))


def test_a_client_that_goes_away_is_neither_an_error_nor_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    app = create_app()
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": ASSESS, "raw_path": ASSESS.encode(), "query_string": b"",
        "root_path": "", "headers": [(b"host", b"testserver"),
                                     (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
    }  # fmt: skip
    asyncio.run(app(scope, receive, send))
    assert "internal error" not in caplog.text
    assert not any(m.get("status") == 500 for m in sent)


def test_the_memo_shows_formatting_characters_instead_of_obeying_them(client: TestClient) -> None:
    # (Zero-width joiners and non-joiners are left alone: scripts such as Persian need them.)
    pattern = {**EXAMPLE, "title": "Case \u202egnp.exe", "description": "a\u200cb\x1b[2J"}
    r = _post(client, "/api/v1/memo", {"pattern": pattern}, **{"content-type": "application/json"})
    assert r.status_code == 200
    for raw in ("\u202e", "\x1b"):
        assert raw not in r.text
    assert "\\u202e" in r.text and "\\x1b" in r.text
