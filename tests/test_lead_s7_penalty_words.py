"""A count's penalty words agree with its section's line: where § 1591 is not at issue (no fact
puts a commercial sex act at issue) the line says "penalty not shown", and so does every count
(review R1 of session 7: the memo's counts table still gave § 1591's bands). The bands stay
in the fields (``possible``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import nm_trafficking as nmt
from nm_trafficking import words

ROOT = Path(__file__).resolve().parents[1]


def test_counts_of_a_labor_case_give_no_1591_penalty_as_the_line_does() -> None:
    pattern = nmt.load(ROOT / "examples" / "a1_farm_labor_promised_wages.yaml")
    s = nmt.assess(pattern, today=date(2026, 12, 7)).summary
    pair = s.pairs[0]
    line = next(law for law in pair.laws if law.law == "usc_1591")
    assert line.grading.words.startswith(words.NO_PENALTY_GIVEN)
    counts = [c.laws["usc_1591"] for c in pair.counts]
    assert counts
    for act in counts:
        assert act.words.startswith(words.NO_PENALTY_GIVEN), act.words
        assert act.possible, "the bands stay in the fields"
