"""The limitation periods as the text summary words them, for the workbench's page: per pair
each law's "has passed" clause (``summary_text.passed_periods``) and the label of a count
that rests on § 30-52-1's first day, 1 July 2008, "reported, not verified"
(``summary_text.first_day_label``), per act its periods
(``summary_text.limitation``) and per helper of an act the periods of the act aided (the line
``summary_text.accessory_lines`` gives a helper's finding). The page shows these strings as
they are: the same words as the CLI, worked out once, here (dated warnings, unless tolled)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nm_trafficking.render import summary_text
from nm_trafficking.summary import Summary

__all__ = ["limitation_words"]


def limitation_words(s: Summary) -> list[dict[str, Any]]:
    """Per pair (in the summary's order): ``passed``, by law id, the clause saying for which
    counts the limitation period has passed (absent where none has); ``first_day``, by law id,
    the clause naming the counts that rest on the law's first text being in force on a day
    reported, not verified (the text summary's law line gives it before ``passed``; absent
    where no count does: review Z2-9 of session 8); ``counts``, by act id,
    the act's periods (absent where no period is stated); ``helpers``, by ``helper|act id``,
    the line "Limitation of the act aided (unless tolled; check): …." of each helper of the
    pair's acts, as the text summary gives it (absent where it gives none: the helper not met,
    or no period stated)."""
    names = summary_text.law_names()
    today = s.assessed_on
    aided = _helpers(s, names)
    out: list[dict[str, Any]] = []
    for pair in s.pairs:
        passed = {
            law.law: said
            for law in pair.laws
            if (said := summary_text.passed_periods(pair.counts, law.law, today))
        }
        first_day = {
            law.law: said
            for law in pair.laws
            if (said := summary_text.first_day_label(pair.counts, law.law))
        }
        counts = {
            c.conduct: said
            for c in pair.counts
            if (said := summary_text.limitation(c, names, today))
        }
        out.append(
            {
                "defendant": pair.defendant,
                "victim": pair.victim,
                "passed": passed,
                "first_day": first_day,
                "counts": counts,
                "helpers": aided.get((pair.defendant, pair.victim), {}),
            }
        )
    return out


def _helpers(s: Summary, names: Mapping[str, str]) -> dict[tuple[str, str], dict[str, str]]:
    """By pair, by ``helper|act id``: the helper's limitation line of the text summary (the
    one source of its words and of when it is given)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for a in summary_text.helpers(s):
        for line in summary_text.accessory_lines(a, names, s):
            if line.startswith(summary_text.ACCESSORY_LIMITATION):
                out.setdefault((a.defendant, a.victim), {})[f"{a.helper}|{a.conduct}"] = line
    return out
