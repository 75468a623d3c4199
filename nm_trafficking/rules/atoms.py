"""From an act in context to the engine fact the rules match on, generated from the typed
``Conduct`` model.

Everything the engine compares is normalised here, in Python, before it reaches durable_rules:
three-valued facts become the strings "true"/"false" and are left out when unknown (no rule tests
for "unknown": an element nothing decides is undetermined), the verb is its string, ages are
whole numbers (absent when unknown, so a numeric test never meets a null or a string), and each
fact carries an explicit id.

Which conduct fields become engine facts is read from the model itself: every three-valued field
(directly or one level down in a group such as ``means_will_be_used``) and the verb. Fields that
only describe the record are declared in :data:`RECORD_ONLY`; the context the act adds (its date
against the statute, the victim's age) is declared in :data:`CONTEXT_FACTS`. A test checks that
every path an element tests is one of these facts, and that every fact is tested by some element.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from nm_trafficking.facts.conduct import Act, Conduct
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.acts import ActContext
from nm_trafficking.statute.model import ACT, VICTIM_AGE

RECORD_ONLY = frozenset(
    {
        "id",
        "actor",
        "person",
        "date",
        "believed_age",
        "description",
        "to_subject_to.other",
        "benefit_from.other",
        "benefit.description",
    }
)
"""Conduct fields that are recorded and explained but never tested by an element: who and when
(the date reaches the rules through ``in_force`` and the victim's age), descriptions, and the
actor's belief about the victim's age (never decisive: State v. Jackson)."""

CONTEXT_FACTS = {
    "in_force": "whether the version applied was in force on the date of the act",
    f"{VICTIM_AGE}.lo": "the youngest the victim can have been at the act",
    f"{VICTIM_AGE}.hi": "the oldest the victim can have been at the act (absent: no bound)",
}
"""Engine facts that come from the act's context, not from a conduct field."""


def _plan() -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...], str]:
    """(three-valued fields, groups of three-valued fields, verb field) read from ``Conduct``."""
    singles: list[str] = []
    groups: list[tuple[str, tuple[str, ...]]] = []
    verb = ""
    for name, info in Conduct.model_fields.items():
        if name in RECORD_ONLY:
            continue
        annotation = info.annotation
        if annotation is Truth:
            singles.append(name)
        elif annotation is Act:
            verb = name
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            members = []
            for sub, sub_info in annotation.model_fields.items():
                if f"{name}.{sub}" in RECORD_ONLY:
                    continue
                if sub_info.annotation is not Truth:
                    raise TypeError(f"conduct field {name}.{sub} is neither a fact nor record-only")
                members.append(sub)
            groups.append((name, tuple(members)))
        else:
            raise TypeError(f"conduct field {name} is neither a fact nor record-only")
    return tuple(singles), tuple(groups), verb


_SINGLES, _GROUPS, _VERB = _plan()
assert _VERB == ACT, "the verb field of Conduct must be named like statute.model.ACT"


def fact_paths() -> frozenset[str]:
    """Every path an engine fact can carry (conduct facts and context facts)."""
    paths = {_VERB, *_SINGLES, *CONTEXT_FACTS}
    paths.update(f"{g}.{m}" for g, members in _GROUPS for m in members)
    return frozenset(paths)


_TRUE, _FALSE = Truth.TRUE, Truth.FALSE


def engine_fact(ctx: ActContext) -> dict[str, Any]:
    """The engine fact of one act: explicit id; only str and int values; no nulls."""
    c = ctx.conduct
    fact: dict[str, Any] = {
        "id": f"conduct-{ctx.index}",
        "kind": "conduct",
        "cid": ctx.index,
        _VERB: c.act,  # StrEnum members serialise as their string values
    }
    if ctx.in_force is not Truth.UNKNOWN:
        fact["in_force"] = ctx.in_force
    for name in _SINGLES:
        value = getattr(c, name)
        if value is _TRUE or value is _FALSE:
            fact[name] = value
    for name, members in _GROUPS:
        group = getattr(c, name)
        known = {}
        for m in members:
            value = getattr(group, m)
            if value is _TRUE or value is _FALSE:
                known[m] = value
        if known:
            fact[name] = known
    if ctx.age is not None:
        age: dict[str, int] = {"lo": ctx.age.lo}
        if ctx.age.hi is not None:
            age["hi"] = ctx.age.hi
        fact[VICTIM_AGE] = age
    return fact
