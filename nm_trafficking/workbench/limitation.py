"""The limitation periods as the text summary words them, for the workbench's page: per pair
each law's "has passed" clause (``summary_text.passed_periods``) and per act its periods
(``summary_text.limitation``). The page shows these strings as they are: the same words as
the CLI, worked out once, here (dated warnings, unless tolled)."""

from __future__ import annotations

from typing import Any

from nm_trafficking.render import summary_text
from nm_trafficking.summary import Summary

__all__ = ["limitation_words"]


def limitation_words(s: Summary) -> list[dict[str, Any]]:
    """Per pair (in the summary's order): ``passed``, by law id, the clause saying for which
    counts the limitation period has passed (absent where none has); ``counts``, by act id,
    the act's periods (absent where no period is stated)."""
    names = summary_text.law_names()
    today = s.assessed_on
    out: list[dict[str, Any]] = []
    for pair in s.pairs:
        passed = {
            law.law: said
            for law in pair.laws
            if (said := summary_text.passed_periods(pair.counts, law.law, today))
        }
        counts = {
            c.conduct: said
            for c in pair.counts
            if (said := summary_text.limitation(c, names, today))
        }
        out.append(
            {"defendant": pair.defendant, "victim": pair.victim, "passed": passed, "counts": counts}
        )
    return out
