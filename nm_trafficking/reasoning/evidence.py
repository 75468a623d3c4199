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
