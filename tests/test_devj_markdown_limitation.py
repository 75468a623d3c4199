"""The Markdown summary gives each count's limitation periods, with their provisions and
"(the last day is today)", as the text's count lines do (docs/contract.md 2.4.0; review N2,
session 7: the Markdown count table had none, so on a period's last day nothing warned)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.render import summary_text

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)


def _birthday_acts() -> FactPattern:
    a2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
    return FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": "2003-08-01"}],
            "conduct": [
                {"id": "eve", "actor": "D", "person": "V", "act": "recruiting"}
                | {"date": "2019-07-31"}
                | a2,
                {"id": "day", "actor": "D", "person": "V", "act": "transporting"}
                | {"date": "2019-08-01"}
                | a2,
            ],
        }
    )


def test_the_last_day_of_a_period_is_in_the_markdown_count_table() -> None:
    # Review pattern n03: the act on the 16th birthday is third degree (five years, § 30-1-8(B)),
    # the day before second degree (six years, § 30-1-8(A)).
    result = nmt.assess(_birthday_acts(), today=date(2024, 8, 1), law="nm")
    markdown = result.to_markdown()
    rows = [line for line in markdown.splitlines() if line.startswith("| the ")]
    assert len(rows) == 2
    assert "to 31 July 2025 under § 30-1-8(A)" in rows[0]
    assert "to 1 August 2024 (the last day is today) under § 30-1-8(B)" in rows[1]
    assert "limitation (unless tolled; check)" in markdown


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_markdown_gives_every_count_limitation_the_text_gives(path: Path) -> None:
    result = nmt.assess(nmt.load(path), today=TODAY)
    text = " ".join(result.explain().split())
    markdown = result.to_markdown().replace("\\", "")
    for pair in result.summary.pairs:
        for c in pair.counts:
            names = summary_text.law_names()
            periods = summary_text.limitation(c, names, TODAY)
            if not periods:
                continue
            # the text's count line gives the periods ("(passed)" may be left to the law line)
            words = periods.removeprefix(summary_text.LIMITATION).replace(" (passed)", "")
            assert words.split(" under ")[0] in text
            assert words.split(" under ")[0] in markdown.replace(" (passed)", "")
