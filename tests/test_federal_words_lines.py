"""The words of the side-by-side lines and of the penalty bands: a verb § 30-52-1 lacks is said
to be no verb of the state text (not "not in the 2008 text": the text may use the word
elsewhere); a band the facts fix by an aggravation they establish names it, in the words of
the text applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import nm_trafficking as nmt

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)


def test_a_verb_the_state_text_lacks_is_no_verb_of_it() -> None:
    # "NM 30-52-1: not met — harboring is not in the 2008 text"
    result = nmt.assess(nmt.load(ROOT / "examples" / "harboring_only.yaml"), today=TODAY)
    (finding,) = result.findings
    assert finding.side_by_side[0] == (
        "NM 30-52-1: not met — harboring is not a verb of § 30-52-1 (2008 text)"
    )
    (pair,) = result.summary.pairs
    assert (
        pair.comparison[0]
        == "§ 30-52-1, not met: harboring is not a verb of § 30-52-1 (2008 text)."
    )
    assert "not in the 2008 text" not in result.explain("summary")
