"""The statutes' own spelling in every prose output (issue 18, item 4): NMSA 1978 and 18 U.S.C.
write "offense" and "defense", so the outputs do too — the disclaimer's "defenses" included.

Every example's text, Markdown, memo, court form and notebook HTML, at every detail level."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.render.instructions import render as render_instructions
from nm_trafficking.render.memo import render as render_memo
from nm_trafficking.results import DISCLAIMER

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
BRITISH = re.compile(r"\b(offence|defence|licence|judgement)s?\b", re.IGNORECASE)


def test_the_disclaimer_spells_defenses_as_the_statutes_do() -> None:
    assert "defenses" in DISCLAIMER and not BRITISH.search(DISCLAIMER)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_no_prose_output_of_an_example_uses_british_spelling(path: Path) -> None:
    pattern = nmt.load(path)
    result = nmt.assess(pattern, today=date(2026, 12, 8))
    outputs = {
        "text": result.explain("full"),
        "markdown": result.to_markdown("full"),
        "memo": render_memo(result, pattern=pattern),
        "instructions": render_instructions(result, pattern),
        "notebook": html.unescape(result._repr_html_()),
    }
    for name, prose in outputs.items():
        found = BRITISH.search(prose)
        assert not found, (name, prose[max(0, found.start() - 80) : found.end() + 80])
