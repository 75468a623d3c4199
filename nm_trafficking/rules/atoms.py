"""From an act in context to the engine fact the rules match on, generated from the typed
``Conduct`` model.

Everything the engine compares is normalised here, in Python, before it reaches durable_rules:
three-valued facts become the strings "true"/"false" and are left out when unknown (no rule tests
for "unknown": an element nothing decides is undetermined), verbs are their strings, ages are
whole numbers (absent when unknown, so a numeric test never meets a null or a string), and each
fact carries an explicit id.

Which conduct fields become engine facts is read from the model itself: every three-valued field
and every verb, at any depth of nesting (``means_will_be_used.force``,
``federal.venture.as_to_labor_means.knew``). Fields that only describe the record are declared in
:data:`RECORD_ONLY`; fields only the penalty rules read (in Python, never an element) in
:data:`PENALTY_ONLY`; the context the act adds (its date against the text, the victim's age) in
:data:`CONTEXT_FACTS`. A test checks that every path an element of any law tests is one of these
facts, and that every fact is tested by some element.

The facts of § 30-52-1 are built by :func:`engine_fact`; the federal block (``federal.*``) is
added only for the federal laws (:func:`federal_engine_fact`), so assessing § 30-52-1 alone
never reads it.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Protocol, Union

from pydantic import BaseModel

from nm_trafficking.facts.conduct import Act, Conduct, FederalFacts
from nm_trafficking.facts.federal_reading import sex_act_with_means
from nm_trafficking.facts.truth import Truth
from nm_trafficking.statute.model import (
    ACT,
    BUYER,
    SEX_ACT_WITH_MEANS,
    VICTIM_AGE,
)


class AgeBounds(Protocol):
    """The victim's age at an act, as the rules compare it: whole years."""

    @property
    def lo(self) -> int: ...

    @property
    def hi(self) -> int | None: ...


class ActFacts(Protocol):
    """What the engine fact of an act is made of: the act, its date against the text, the
    actor as buyer and the victim's age (``reasoning.acts.ActContext`` is one). Declared here,
    so that the rules boundary imports nothing of the reasoning that imports it."""

    @property
    def index(self) -> int: ...

    @property
    def conduct(self) -> Conduct: ...

    @property
    def in_force(self) -> Truth: ...

    @property
    def buyer(self) -> Truth: ...

    @property
    def age(self) -> AgeBounds | None: ...


FEDERAL = "federal"
"""The conduct field holding the federal block, and the prefix of its engine paths."""

RECORD_ONLY = frozenset(
    {
        "id",
        "actor",
        "person",
        "date",
        "believed_age",
        "as_buyer",
        "in_indian_country",
        "county",
        "place",
        "agreement.with_persons",
        "agreement.to_commit_this_act",
        "accessories",
        "description",
        "to_subject_to.other",
        "benefit_from.other",
        "benefit.description",
    }
)
"""Conduct fields that are recorded and explained but never tested by an element: who and when
(the date reaches the rules through ``in_force`` and the victim's age), descriptions, and the
actor's belief about the victim's age (never decisive: State v. Jackson; for § 1591 it only
prompts the decoy note)."""

PENALTY_ONLY = frozenset({"federal.offense_effected_by", "federal.aggravation"})
"""Federal groups no element tests: the penalty rules read them in Python (§ 1591(b)(1) "the
offense was effected by means of"; §§ 1589(d), 1590(a) aggravations)."""

CONTEXT_FACTS = {
    "in_force": "whether the version applied was in force on the date of the act",
    BUYER: "whether the actor acted as a buyer (as_buyer, else the consumer role): always known",
    SEX_ACT_WITH_MEANS: "§ 1591: the knowledge of a commercial sex act read with the means "
    "facts (statute.model.SEX_ACT_WITH_MEANS): always known",
    f"{VICTIM_AGE}.lo": "the youngest the victim can have been at the act",
    f"{VICTIM_AGE}.hi": "the oldest the victim can have been at the act (absent: no bound)",
}
"""Engine facts that come from the act's context, not from a conduct field."""

Plan = tuple[tuple[str, str, Any], ...]
"""(kind, field name, sub-plan) per engine field of a model: kind ``truth``, ``verb`` (an
``Act``, possibly optional) or ``group`` (a nested model, with its own plan)."""


def _is_verb(annotation: Any) -> bool:
    if annotation is Act:
        return True
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args == [Act]
    return False


def _plan(model: type[BaseModel], prefix: str, skip: frozenset[str]) -> Plan:
    """The engine fields of ``model`` (whose path is ``prefix``), read from its annotations."""
    out: list[tuple[str, str, Any]] = []
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        if path in RECORD_ONLY or path in PENALTY_ONLY or path in skip:
            continue
        annotation = info.annotation
        if annotation is Truth:
            out.append(("truth", name, None))
        elif _is_verb(annotation):
            out.append(("verb", name, None))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out.append(("group", name, _plan(annotation, path, skip)))
        else:
            raise TypeError(f"conduct field {path} is neither a fact nor record-only")
    return tuple(out)


_STATE_PLAN = _plan(Conduct, "", frozenset({FEDERAL}))
_FEDERAL_PLAN = _plan(FederalFacts, FEDERAL, frozenset())

# The state plan, flattened for the hot path: singles, groups of three-valued fields, the verb.
_SINGLES = tuple(name for kind, name, _ in _STATE_PLAN if kind == "truth")
_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (name, tuple(n for k, n, _ in sub if k == "truth"))
    for kind, name, sub in _STATE_PLAN
    if kind == "group"
)
_VERB = next(name for kind, name, _ in _STATE_PLAN if kind == "verb")
assert _VERB == ACT, "the verb field of Conduct must be named like statute.model.ACT"
assert all(
    len(members) == len(sub)
    for (_, members), (_, _, sub) in zip(
        _GROUPS, [p for p in _STATE_PLAN if p[0] == "group"], strict=True
    )
), "the state groups of Conduct hold three-valued facts only"


def _paths(plan: Plan, prefix: str) -> set[str]:
    out: set[str] = set()
    for kind, name, sub in plan:
        path = f"{prefix}.{name}" if prefix else name
        out |= _paths(sub, path) if kind == "group" else {path}
    return out


def fact_paths() -> frozenset[str]:
    """Every path an engine fact can carry (conduct facts, federal facts and context facts)."""
    return frozenset({*_paths(_STATE_PLAN, ""), *_paths(_FEDERAL_PLAN, FEDERAL), *CONTEXT_FACTS})


_TRUE, _FALSE, _UNKNOWN = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN


def _known(model: BaseModel, plan: Plan) -> dict[str, Any]:
    """The known values of ``model`` by ``plan``, nested; only the fields that were stated are
    read (an absent group is unknown throughout)."""
    stated = model.model_fields_set
    out: dict[str, Any] = {}
    for kind, name, sub in plan:
        if name not in stated:
            continue
        value = getattr(model, name)
        if kind == "truth":
            if value is _TRUE or value is _FALSE:
                out[name] = value
        elif kind == "verb":
            if value is not None:
                out[name] = value
        else:
            inner = _known(value, sub)
            if inner:
                out[name] = inner
    return out


def conduct_facts(conduct: Conduct) -> dict[str, Any]:
    """The known facts of an act's conduct that § 30-52-1's rules test (three-valued fields,
    flat and grouped): the same under every law, so an assessment works them out once per act
    (:class:`FactSheet`). Only the fields that were stated are read, as in :func:`_known` (a
    group not stated is unknown throughout)."""
    fact: dict[str, Any] = {}
    stated = conduct.model_fields_set
    for name in _SINGLES:
        value = getattr(conduct, name)
        if value is _TRUE or value is _FALSE:
            fact[name] = value
    for name, members in _GROUPS:
        if name not in stated:
            continue
        group = getattr(conduct, name)
        known = {}
        for m in members:
            value = getattr(group, m)
            if value is _TRUE or value is _FALSE:
                known[m] = value
        if known:
            fact[name] = known
    return fact


def federal_conduct_facts(conduct: Conduct) -> dict[str, Any]:
    """The facts only the federal sections' rules test: the known facts of the federal block
    (``federal``)."""
    fact: dict[str, Any] = {}
    federal = conduct.federal
    block: dict[str, Any] = {}
    if federal.model_fields_set:
        block = _known(federal, _FEDERAL_PLAN)
    block.setdefault(_CSA, {})[_WITH_MEANS] = sex_act_with_means(federal)
    fact[FEDERAL] = block
    return fact


_CSA, _WITH_MEANS = SEX_ACT_WITH_MEANS.removeprefix(f"{FEDERAL}.").split(".")


def _fact(ctx: ActFacts, known: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    fact: dict[str, Any] = {
        "id": f"conduct-{ctx.index}",
        "kind": "conduct",
        "cid": ctx.index,
        _VERB: ctx.conduct.act,  # StrEnum members serialise as their string values
    }
    if ctx.in_force is not _UNKNOWN:
        fact["in_force"] = ctx.in_force
    fact[BUYER] = ctx.buyer
    fact.update(known)
    age = ctx.age
    if age is not None:
        fact[VICTIM_AGE] = {"lo": age.lo} if age.hi is None else {"lo": age.lo, "hi": age.hi}
    if extra:
        fact.update(extra)
    return fact


def engine_fact(ctx: ActFacts) -> dict[str, Any]:
    """The engine fact of one act: explicit id; only str and int values; no nulls."""
    return _fact(ctx, conduct_facts(ctx.conduct), None)


def federal_engine_fact(ctx: ActFacts) -> dict[str, Any]:
    """The engine fact of one act for a federal section: :func:`engine_fact` with the known
    facts of the federal block under ``federal``."""
    return _fact(ctx, conduct_facts(ctx.conduct), federal_conduct_facts(ctx.conduct))


class FactSheet:
    """The engine facts of one assessment's acts under every law: what comes from the conduct
    alone is worked out once per act (by its index) and shared by every session; what comes
    from the act's context under a law (its text in force, the victim's age) is added per law.
    Lives as long as the assessment that makes it."""

    __slots__ = ("_federal", "_state")

    def __init__(self) -> None:
        self._state: dict[int, dict[str, Any]] = {}
        self._federal: dict[int, dict[str, Any]] = {}

    def _known(self, ctx: ActFacts) -> dict[str, Any]:
        found = self._state.get(ctx.index)
        if found is None:
            found = self._state[ctx.index] = conduct_facts(ctx.conduct)
        return found

    def state(self, ctx: ActFacts) -> dict[str, Any]:
        """:func:`engine_fact` of ``ctx``."""
        return _fact(ctx, self._known(ctx), None)

    def federal(self, ctx: ActFacts) -> dict[str, Any]:
        """:func:`federal_engine_fact` of ``ctx``."""
        extra = self._federal.get(ctx.index)
        if extra is None:
            extra = self._federal[ctx.index] = federal_conduct_facts(ctx.conduct)
        return _fact(ctx, self._known(ctx), extra)
