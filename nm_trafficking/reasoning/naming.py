"""How the notes and the summary name an act: by its verb and date, never by its id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from nm_trafficking import words


def stated_day(ctx: Any) -> date | None:
    """The act's day when it is stated or assumed (``as_of``); ``None`` for an undated act
    (whose ``ctx.day`` may still hold a working date)."""
    day: date | None = ctx.day if ctx.conduct.date is not None or ctx.date_assumed else None
    return day


def named(ctx: Any) -> str:
    """An act's context by its verb and date: ``the recruiting of 10 March 2018`` (``the
    undated recruiting`` when no date is stated or assumed)."""
    return words.act_name(ctx.conduct.act.value, stated_day(ctx), assumed=ctx.date_assumed)


def dates_of(ctxs: Sequence[Any]) -> str:
    """``the date of the recruiting of 10 March 2018``; for several acts, every one, compactly:
    ``the dates of the transporting of 26, 27 and 28 July 2001`` (the acts of one verb together,
    their stated days run together when they share a month; an act with no stated date by its
    name)."""
    if len(ctxs) == 1:
        return f"the date of {named(ctxs[0])}"
    by_verb: dict[str, list[Any]] = {}
    for ctx in ctxs:
        by_verb.setdefault(ctx.conduct.act.value, []).append(ctx)
    parts: list[str] = []
    for verb, acts in by_verb.items():
        months: dict[tuple[int, int], list[date]] = {}
        for day in sorted({c.conduct.date for c in acts if c.conduct.date is not None}):
            months.setdefault((day.year, day.month), []).append(day)
        if len(months) == 1:
            parts.append(f"the {verb} of {_days(next(iter(months.values())))}")
        elif months:
            days = [words.long_date(d) for run in months.values() for d in run]
            parts.append(f"the {verb} of {words.either(days, 'and')}")
        parts += [named(c) for c in acts if c.conduct.date is None]
    return f"the dates of {words.either(parts, 'and')}"


def _days(run: list[date]) -> str:
    """Days of one month: ``26, 27 and 28 July 2001``."""
    month = words.long_date(run[-1]).split(" ", 1)[1]
    return f"{words.either([str(d.day) for d in run], 'and')} {month}"
