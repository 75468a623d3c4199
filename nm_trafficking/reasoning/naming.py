"""How the notes and the summary name an act: by its verb and date, never by its id."""

from __future__ import annotations

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
