"""From a validated fact pattern to the normalised records the engine matches on.

Everything the engine compares is normalised here, in Python, before it reaches durable_rules:
three-valued facts become the strings "true"/"false"/"unknown", ages become whole numbers (and
are absent when unknown, so a numeric test never meets a null or a string), and each record
carries an explicit id. The version of the statute is chosen here from the conduct's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from nm_trafficking import statute
from nm_trafficking.errors import NoStatuteInForce
from nm_trafficking.facts.ages import AgeRange, age_range_at
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.truth import Truth
from nm_trafficking.statute.model import StatuteVersion

STATUTORY_PURPOSES = ("labor", "services", "commercial_sexual_activity")


@dataclass(frozen=True)
class ConductRecord:
    """One act of conduct, ready for the engine, with the context its verdict needs."""

    index: int
    conduct: Conduct
    day: date | None
    """The conduct's date, or the caller's ``as_of`` when the conduct has none."""
    date_assumed: bool
    version: StatuteVersion | None
    """The version applied; ``None`` when no version was in force on ``day``."""
    no_version: NoStatuteInForce | None
    age: AgeRange | None

    def fact(self) -> dict[str, Any]:
        """The engine fact: explicit id; only str and int values; no nulls. Unknown facts are
        left out (no rule tests for "unknown": an element nothing decides is undetermined)."""
        c = self.conduct
        fact: dict[str, Any] = {
            "id": f"conduct-{self.index}",
            "kind": "conduct",
            "cid": self.index,
            "act": c.act.value,
        }
        if self.day is not None:
            fact["in_force"] = "true"
        for name in _SINGLE:
            value = getattr(c, name)
            if value is not Truth.UNKNOWN:
                fact[name] = value.value
        for name, options in _NESTED:
            group = getattr(c, name)
            known = {o: v.value for o in options if (v := getattr(group, o)) is not Truth.UNKNOWN}
            if known:
                fact[name] = known
        if self.age is not None:
            fact["victim_age"] = {"lo": int(self.age.lo), "hi": int(self.age.hi)}
        return fact


_SINGLE = ("knowingly", "will_be_caused_to_engage_in_commercial_sexual_activity")
_MEANS = ("force", "fraud", "coercion")
_NESTED = (
    ("means_will_be_used", _MEANS),
    ("to_subject_to", STATUTORY_PURPOSES),
    ("benefit", ("financially", "anything_of_value")),
    ("benefit_from", STATUTORY_PURPOSES),
    ("means_was_used", _MEANS),
)


def records(pattern: FactPattern, as_of: date | None = None) -> list[ConductRecord]:
    """One record per act of conduct, in the pattern's order."""
    persons = {p.id: p for p in pattern.persons}
    out: list[ConductRecord] = []
    for index, conduct in enumerate(pattern.conduct):
        day = conduct.date if conduct.date is not None else as_of
        assumed = conduct.date is None and as_of is not None
        version: StatuteVersion | None
        missing: NoStatuteInForce | None = None
        if day is None:
            version = statute.latest()
        else:
            try:
                version = statute.version_for(day)
            except NoStatuteInForce as exc:
                version, missing = None, exc
        victim = persons[conduct.person]
        age = age_range_at(
            day,
            birth_date=victim.birth_date,
            age=victim.age,
            age_on_date=victim.age_on,
            person_id=victim.id,
        )
        out.append(ConductRecord(index, conduct, day, assumed, version, missing, age))
    return out
