"""A defendant who is, or may be, a trafficking victim herself (review O, finding 4 of session 7).

A trafficked minor (or adult) who recruits another for her trafficker meets § 30-52-1 as a
principal: § 30-52-1(E) bars only a charge "with accessory to the crime of human trafficking"
(nmsa-30-52-1.md, subsection E), so the law result stays. What the first screen must not leave
out is that she is, or may be, a victim: :func:`also_a_victim` gives the clause for her own
§ 30-52-1 line — the acts toward her that meet or may meet § 30-52-1 (by verb, date and actor),
or, with none, the indicators of force, fraud or coercion toward her on file (counted, never
described: evidence, not a finding), or her label. The safe-harbor and (E) notes say the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nm_trafficking import words
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.reasoning.naming import named
from nm_trafficking.reasoning.verdicts import MET, NOT_MET, UNDETERMINED, ActVerdict

_MOST_NAMED = 2
"""More acts toward her than this are counted, not named."""

_MEANS = ("force", "fraud", "coercion")

BAR = "§ 30-52-1(E) bars only a charge as an accessory"


@dataclass(frozen=True, slots=True)
class Toward:
    """What is on file toward each person, made once per summary (:func:`toward_each`)."""

    acts: dict[str, list[ActVerdict[Any]]]
    """Every act under § 30-52-1 by the person it is toward, in the pairs' order."""
    observed: dict[str, dict[str | None, list[tuple[str, ...]]]]
    """Per person, the means each observed indicator toward her is evidence of, by its actor
    (``None``: no one named); indicators of no means left out."""


def toward_each(pattern: FactPattern, pairs: Sequence[Any]) -> Toward:
    """The acts (the state law's verdicts of each pair of ``pairs``) and the observations
    toward each person."""
    from nm_trafficking.indicators import indicator

    acts: dict[str, list[ActVerdict[Any]]] = {}
    for pair in pairs:
        for law, verdicts in pair.laws:
            if law.jurisdiction == "state":
                acts.setdefault(pair.finding.victim, []).extend(verdicts)
    observed: dict[str, dict[str | None, list[tuple[str, ...]]]] = {}
    for obs in pattern.observations:
        means = indicator(obs.indicator).means_names
        if means:
            observed.setdefault(obs.person, {}).setdefault(obs.actor, []).append(means)
    return Toward(acts, observed)


def _whose(v: ActVerdict[Any]) -> str:
    """``T's obtaining of 1 October 2025`` (the act named with its actor)."""
    name = named(v.ctx)
    return f"{v.ctx.conduct.actor}'s {name.removeprefix('the ')}"


def _acts_words(acts: Sequence[ActVerdict[Any]], person: str) -> str:
    if len(acts) > _MOST_NAMED:
        return f"{len(acts)} acts toward {person}"
    return words.either([_whose(v) for v in acts], "and")


def _indicators(found: dict[str | None, list[tuple[str, ...]]], person: str) -> str | None:
    """``2 indicators of force or coercion by T toward B are on file``: the observations
    toward ``person`` that are evidence of a means (``found``: by each actor; no one named:
    "someone not named")."""
    if not found:
        return None
    parts = []
    total = sum(map(len, found.values()))
    for who, observed in sorted(found.items(), key=lambda kv: kv[0] is None):
        of = [m for m in _MEANS if any(m in x for x in observed)]
        n = len(observed)
        by = who if who is not None else "someone not named"
        parts.append(f"{n} indicator{'s' if n > 1 else ''} of {words.either(of)} by {by}")
    verb = "is" if total == 1 else "are"
    return f"{words.either(parts, 'and')} toward {person} {verb} on file"


def also_a_victim(pattern: FactPattern, defendant: str, toward: Toward) -> str | None:
    """The clause for ``defendant``'s own § 30-52-1 line when she is, or may be, a trafficking
    victim herself; ``None`` when nothing on file says so. ``toward``: what is on file toward
    each person (:func:`toward_each`, made once per summary)."""
    live = [v for v in toward.acts.get(defendant, ()) if v.status != NOT_MET]
    met = [v for v in live if v.status == MET]
    if met:
        verb = "meets" if len(met) == 1 else "meet"
        said = f"{defendant} is also a victim: {_acts_words(met, defendant)} {verb} § 30-52-1"
    elif live:
        may = [v for v in live if v.status == UNDETERMINED]
        said = f"{defendant} may also be a victim: {_acts_words(may, defendant)} may meet § 30-52-1"
    elif (observed := _indicators(toward.observed.get(defendant, {}), defendant)) is not None:
        said = f"{defendant} may also be a victim: {observed} (evidence, not a finding)"
    elif Role.VICTIM in pattern.person(defendant).roles:
        said = (
            f"{defendant} is labelled a victim, though no act toward {defendant} stated meets or "
            "may meet § 30-52-1"
        )
    else:
        return None
    return f"{said} ({BAR})"
