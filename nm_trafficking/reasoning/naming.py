"""How the notes and the summary name an act: by its verb and date, never by its id."""

from __future__ import annotations

from typing import Any

from nm_trafficking import words


def named(ctx: Any) -> str:
    """An act's context by its verb and date: ``the recruiting of 10 March 2018`` (``the
    undated recruiting`` when no date is stated or assumed)."""
    day = ctx.day if ctx.conduct.date is not None or ctx.date_assumed else None
    return words.act_name(ctx.conduct.act.value, day, assumed=ctx.date_assumed)
