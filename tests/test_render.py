"""Notebook HTML and Markdown: readable, accessible without colour, and escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.cli import main

EVIL = "<script>alert(1)</script>"


def _evil() -> nmt.Assessment:
    return nmt.assess(
        nmt.from_dict(
            {
                "title": EVIL + " & *bold* [link](x)",
                "persons": [{"id": "D"}, {"id": "V", "age": 15, "description": EVIL}],
                "conduct": [
                    {
                        "id": "c1",
                        "actor": "D",
                        "person": "V",
                        "act": "recruiting",
                        "date": "2019-01-01",
                        "knowingly": True,
                        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    }
                ],
                "observations": [
                    {"id": "o", "indicator": "force.battering", "person": "V", "description": EVIL}
                ],
            }
        )
    )


def test_html_escapes_and_labels_every_status() -> None:
    html = _evil()._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    for label in ("MET", "UNDETERMINED", "NOT MET"):
        assert label in html  # a text label, not colour alone
    assert "<details" in html and "under the age of eighteen years" in html
    assert "Decision aid, not legal advice" in html
    assert "Grade:" in html and "second degree felony" in html


def test_markdown_escapes_and_reads_as_a_memo() -> None:
    md = _evil().to_markdown("full")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\*bold\\*" in md and "\\[link\\]" in md
    assert "**MET**" in md and "## Defendant D — victim V" in md
    assert md.rstrip().endswith("*")  # the disclaimer closes the memo


def test_cli_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    ex = Path(__file__).resolve().parents[1] / "examples" / "a2_social_media_15.yaml"
    assert main(["assess", str(ex), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Social-media recruitment") and "§ 30-52-1: MET ((A)(1), (A)(2))" in out
