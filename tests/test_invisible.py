"""Invisible characters (format and other default-ignorable characters) are escaped in every
output, by Unicode property, the same way: text, JSON, JSON Lines, Markdown, error messages and
the HTTP service's JSON (issue 21 item 8)."""

from __future__ import annotations

import json
import sys
import unicodedata
import warnings
from pathlib import Path

import pytest

from nm_trafficking.cli import main
from nm_trafficking.limits import is_unsafe, json_safe, printable

# the characters the review found passing through, and a few of each kind
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\u180e\u00ad\ufff9\ufffa\ufffb"
    "\U000e0001\U000e0041\U000e007f\u034f\u115f\u1160\u3164\uffa0\ufe0f\u202e\u2066\u061c"
)
VISIBLE = 'Señora Núñez — § 30-52-1(A)(1) 中文 😀 ü\\ "quoted"'
PATTERN = {
    "persons": [{"id": "D"}, {"id": "V", "age": 15}],
    "conduct": [
        {"id": "c", "actor": "D", "person": "V", "act": "recruiting", "date": "2019-01-01"}
    ],
}


def _raw(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text if is_unsafe(c) and c not in "\n\t"]


@pytest.mark.parametrize("char", list(INVISIBLE))
def test_each_invisible_character_is_escaped(char: str) -> None:
    shown = printable(f"a{char}b")
    assert char not in shown and shown.startswith("a\\") and shown.endswith("b"), ascii(shown)
    assert json.loads(json_safe(json.dumps(char, ensure_ascii=False))) == char
    assert char not in json_safe(json.dumps(char, ensure_ascii=False))


def test_by_property_every_format_control_and_separator_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            assert is_unsafe(char), f"U+{code:04X}"


def test_visible_text_is_left_as_it_is() -> None:
    assert printable(VISIBLE) == VISIBLE
    text = json.dumps(VISIBLE, ensure_ascii=False)
    assert json_safe(text) == text


def test_characters_beyond_the_bmp_are_escaped_unambiguously() -> None:
    assert printable("\U000e0041") == "\\U000e0041"
    assert json_safe('"\U000e0041"') == '"\\udb40\\udc41"'


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown"])
def test_cli_outputs_and_errors_escape_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    good = tmp_path / f"good{INVISIBLE[:3]}.json"
    good.write_text(json.dumps({**PATTERN, "title": f"Case {INVISIBLE}"}), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**PATTERN, f"ti{INVISIBLE}tle": 1}), encoding="utf-8")
    main(["assess", str(good), str(bad), "--format", fmt, "--on-error", "skip"])
    out, err = capsys.readouterr()
    assert "Case" in out
    assert not _raw(out) and not _raw(err), (_raw(out), _raw(err))
    if fmt in ("json", "jsonl"):
        records = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()]
        titles = [r.get("summary", {}).get("title") for r in records]
        assert f"Case {INVISIBLE}" in titles  # the same values


def test_http_json_escapes_them_as_the_cli_does() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from nm_trafficking.workbench import create_app

    with TestClient(create_app()) as client:
        doc = {**PATTERN, "title": f"Case {INVISIBLE}"}
        r = client.post("/api/v1/assess", json=doc)
        assert r.status_code == 200
        assert not _raw(r.content.decode("utf-8")), _raw(r.content.decode("utf-8"))
        assert "\\u202e" in r.text and r.json()["summary"]["title"] == doc["title"]
        bad = client.post("/api/v1/assess", json={**PATTERN, f"x{INVISIBLE}": 1})
        assert bad.status_code == 422 and not _raw(bad.content.decode("utf-8"))


def test_the_yaml_export_escapes_them_and_reads_back_the_same() -> None:
    """Review 9: ``/patterns/export`` wrote a right-to-left override as it is into the YAML;
    now every invisible character is a YAML escape in a double-quoted string, and the file reads
    back to the same pattern (visible letters stay as they are)."""
    import yaml

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from nm_trafficking.workbench import create_app

    title = f"Case {INVISIBLE} {VISIBLE}"
    doc = {**PATTERN, "title": title, "description": f"line one\nline{INVISIBLE}two"}
    with TestClient(create_app()) as client:
        r = client.post("/api/v1/patterns/export?format=yaml", json=doc)
        assert r.status_code == 200, r.text
        text = r.content.decode("utf-8")
        assert not _raw(text), _raw(text)
        back = yaml.safe_load(text)
        assert back["title"] == title and back["description"] == doc["description"]
        assert "Señora Núñez" in text and "中文" in text
        again = client.post("/api/v1/patterns/parse", json=back)
        assert again.status_code == 200 and again.json()["pattern"]["title"] == title
