"""What the summary says when no act is stated (review O, finding 8 of session 7).

A first file is often only what a teacher or a nurse saw: persons and observed indicators, no
act. There is then no defendant and victim to assess, and the summary says so; with indicators
on file it also says how many, by whom toward whom and of which means (counted, never
described: evidence, not a finding), and what to do next: record what was done as an act, or
screen the indicators.
"""

from __future__ import annotations

from nm_trafficking import words
from nm_trafficking.facts.pattern import FactPattern

NO_ACT = "No act is stated: there is no defendant and victim to assess."

_MEANS = ("force", "fraud", "coercion")
_MOST_NAMED = 3
"""More pairs of actor and person than this are counted, not named."""
_VERBS = "e.g. recruiting, transporting or obtaining"


def no_act_words(pattern: FactPattern) -> str:
    """The summary's words for a pattern with no act: :data:`NO_ACT`, and, with observations
    on file, their count and the next step."""
    if not pattern.observations:
        return NO_ACT
    from nm_trafficking.indicators import indicator

    by_pair: dict[tuple[str | None, str], list[tuple[str, ...]]] = {}
    for obs in pattern.observations:
        by_pair.setdefault((obs.actor, obs.person), []).append(indicator(obs.indicator).means_names)
    total = len(pattern.observations)
    if len(by_pair) > _MOST_NAMED:
        people = len({person for _, person in by_pair})
        said = f"{total} indicators toward {people} persons are on file"
    else:
        parts = []
        for (actor, person), observed in by_pair.items():
            n = len(observed)
            of = [m for m in _MEANS if any(m in x for x in observed)]
            means = f" of {words.either(of)}" if of else ""
            by = f" by {actor}" if actor is not None else ""
            parts.append(f"{n} indicator{'s' if n > 1 else ''}{means}{by} toward {person}")
        said = f"{words.either(parts, 'and')} {'is' if total == 1 else 'are'} on file"
    actors = list(dict.fromkeys(a for a, _ in by_pair))
    who = f"what {actors[0]} did" if len(actors) == 1 and actors[0] is not None else "what was done"
    return (
        f"{NO_ACT} {said} (evidence, not a finding): record {who} ({_VERBS}) as an act to "
        "assess it, or screen the indicators with nm-trafficking screen."
    )
