"""Observed indicators as evidence: one line per indicator done to a person (who, what, when).

Evidence is shown beside the elements the statute model marks as evidenced by indicators (the
means elements); it never decides an element."""

from __future__ import annotations

from nm_trafficking.facts.pattern import FactPattern


def evidence_by_person(pattern: FactPattern) -> dict[str, list[str]]:
    """Per person: one line per observed indicator done to them."""
    if not pattern.observations:
        return {}
    from nm_trafficking.indicators import indicator

    out: dict[str, list[str]] = {}
    for obs in pattern.observations:
        item = indicator(obs.indicator)
        who = f" by {obs.actor}" if obs.actor else ""
        when = f", observed {obs.date.isoformat()}" if obs.date else ""
        means = "/".join(item.means_names)
        out.setdefault(obs.person, []).append(
            f"{means}: {item.name} ({item.id}){who} toward {obs.person}{when} "
            f"[observation {obs.id}]"
        )
    return out


def labor_observed(pattern: FactPattern, person: str) -> dict[str | None, int]:
    """The observed indicators about ``person``'s work (``Indicator.labor_or_services``: a
    job, a work contract, wages, a debt worked off) toward ``person``, counted by who did them
    (``None``: no one named, last), by anyone: they bear on whether the person's labor or
    services are at issue (18 U.S.C. §§ 1589, 1590), a fact of the person and not of one
    actor's mind. Evidence that puts the sections' questions on the screen
    (``needed.unasked``), never an element and never a status."""
    if not pattern.observations:
        return {}
    from nm_trafficking.indicators import indicator

    found: dict[str | None, int] = {}
    for obs in pattern.observations:
        if obs.person == person and indicator(obs.indicator).labor_or_services:
            found[obs.actor] = found.get(obs.actor, 0) + 1
    return dict(sorted(found.items(), key=lambda kv: kv[0] is None))
