"""How the notes and the summary name an act: by its verb and date, never by its id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from nm_trafficking import words
from nm_trafficking.statute.model import FederalVersion, TextVersion


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


def text_named(version: TextVersion) -> str:
    """A text (or a period with no text applied) named as the summary's counts name it, by
    :func:`words.text_name`: ``18 U.S.C. § 1591 as amended 23 December 2008 [R]``, never its
    data's citation (``18 U.S.C. § 1591 (2008-2015, reconstructed)``): one text, one name, in
    the element reasons, the notes and the summary alike (review Z1 F2 of session 8)."""
    law_id = version.law if isinstance(version, FederalVersion) else "nm_30_52_1"
    return words.text_name(words.law(law_id), version)


def cited(citation: str, texts: Iterable[TextVersion], *, short: bool = False) -> str:
    """The offense keyed ``citation`` as prose cites it in ``texts`` (the texts of the acts a
    sentence speaks of): each text's own citation of it (:attr:`TextVersion.cited`: the 2000
    text of § 1589 has no subsections, so ``18 U.S.C. § 1589(a)`` is ``18 U.S.C. § 1589``
    there). Where the texts cite it differently, the key's own form and each other's, with the
    text it is in: ``§ 1589(a), or § 1589 in the 2000 text`` (a key's own form with a note on it,
    ``§ 1589(b) (added in 2008)``, is not said beside the key). ``short``: without the title
    (``words.paragraph_short``). The engine, the counts and the JSON keep the key."""
    shorten = words.paragraph_short if short else str
    forms: dict[str, str] = {}
    for text in texts:
        form = text.cited.get(citation)
        if form is None:
            forms.setdefault(citation, "")
        else:
            forms.setdefault(form, text.cited_in)
    if citation in forms:  # the key named in a text that has it: a note on it is not repeated
        forms = {f: w for f, w in forms.items() if not f.startswith(f"{citation} ")}
    if len(forms) <= 1:
        return shorten(next(iter(forms), citation))
    first = citation if citation in forms else next(iter(forms))
    others = [
        f"{words.paragraph_short(f)} {where}".strip() for f, where in forms.items() if f != first
    ]
    return ", or ".join((shorten(first), *others))


def count_cited(
    law_id: str, counts: Iterable[Any], citation: str, *, conduct: str | None = None
) -> str:
    """:func:`cited` in the texts a federal finding's counts were judged under (``counts``:
    its ``LawCount`` list; ``conduct``: that act's alone), from their ``assessed_under`` ids:
    for the views that render a finding rather than the summary."""
    law = words.law(law_id)
    by_id = {v.id: v for v in (*law.all_versions, *((law.undated,) if law.undated else ()))}
    texts = [
        by_id[c.assessed_under]
        for c in counts
        if (conduct is None or c.conduct == conduct) and c.assessed_under in by_id
    ]
    return cited(citation, texts)


def of_one_act(citation: str, texts: Sequence[TextVersion]) -> TextVersion:
    """The text whose citation of ``citation`` prose gives for one act that may fall under any
    of ``texts`` (an undated act, an act in the 2009 window): one that has no such subsection
    (``§ 1589``, right under every one of them), else the first. A key's own form with a note
    on it (``§ 1589(b) (added in 2008)``) is not preferred to the key."""
    for text in texts:
        form = text.cited.get(citation)
        if form is not None and not form.startswith(f"{citation} "):
            return text
    return next((t for t in texts if citation not in t.cited), texts[0])
