"""Hypothesis strategies for fact patterns, for this library's tests and for other tools.

    from nm_trafficking.testing import fact_patterns
    @given(fact_patterns())
    def test_something(pattern): ...

Requires ``hypothesis`` (the ``test`` extra).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from nm_trafficking.facts.conduct import Act
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.facts.persons import Role
from nm_trafficking.facts.truth import Truth

truths = st.sampled_from([Truth.TRUE, Truth.FALSE, Truth.UNKNOWN])
"""A three-valued fact."""

LATEST = date(2026, 6, 30)
"""No generated date is later: conduct cannot postdate the day of an assessment."""

#: Dates around the 2008 effective date and the grade boundaries, plus a spread of others.
conduct_dates = st.one_of(  # never after the day of an assessment
    st.none(),
    st.dates(min_value=date(2005, 1, 1), max_value=LATEST),
    st.sampled_from([date(2008, 6, 30), date(2008, 7, 1), date(2012, 2, 29)]),
)


def _means() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional={k: truths for k in ("force", "fraud", "coercion")})


def _purposes() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={k: truths for k in ("labor", "services", "commercial_sexual_activity")},
    )


@st.composite
def _person(draw: st.DrawFn, pid: str) -> dict[str, Any]:
    person: dict[str, Any] = {"id": pid}
    roles = draw(st.lists(st.sampled_from(list(Role)), max_size=2, unique=True))
    if roles:
        person["roles"] = roles
    kind = draw(st.sampled_from(["none", "age", "age_on", "birth_date"]))
    if kind in ("age", "age_on"):
        person["age"] = draw(st.integers(min_value=0, max_value=60))
        if kind == "age_on":
            person["age_on"] = draw(st.dates(date(2000, 1, 1), LATEST))
    elif kind == "birth_date":
        person["birth_date"] = draw(
            st.one_of(
                st.dates(date(1950, 1, 1), date(2022, 12, 31)),
                st.sampled_from(
                    [date(1992, 2, 29), date(1996, 2, 29), date(2004, 2, 29), date(2008, 2, 29)]
                ),
            )
        )
    return person


@st.composite
def _conduct(draw: st.DrawFn, cid: str, person_ids: list[str]) -> dict[str, Any]:
    actor = draw(st.sampled_from(person_ids))
    person = draw(st.sampled_from([p for p in person_ids if p != actor]))
    act: dict[str, Any] = {
        "id": cid,
        "actor": actor,
        "person": person,
        "act": draw(st.sampled_from(list(Act))),
    }
    optional: dict[str, st.SearchStrategy[Any]] = {
        "date": conduct_dates,
        "knowingly": truths,
        "means_will_be_used": _means(),
        "to_subject_to": _purposes(),
        "will_be_caused_to_engage_in_commercial_sexual_activity": truths,
        "benefit": st.fixed_dictionaries(
            {}, optional={"financially": truths, "anything_of_value": truths}
        ),
        "benefit_from": _purposes(),
        "means_was_used": _means(),
        "believed_age": st.integers(min_value=0, max_value=60),
        "as_buyer": truths,
    }
    extra = draw(st.fixed_dictionaries({}, optional=optional))
    act.update({k: v for k, v in extra.items() if v is not None})
    return act


def _earliest_birth(person: dict[str, Any]) -> date | None:
    """The earliest birth date the person's facts allow (a day's margin for 29 February)."""
    if person.get("birth_date") is not None:
        born: date = person["birth_date"]
        return born
    if person.get("age_on") is not None:
        on: date = person["age_on"]
        return date(on.year - person["age"] - 1, on.month, 1) + timedelta(days=31)
    return None


@st.composite
def fact_pattern_dicts(
    draw: st.DrawFn, max_persons: int = 4, max_conduct: int = 4
) -> dict[str, Any]:
    """Valid fact-pattern documents (plain dicts, as from JSON or YAML)."""
    n = draw(st.integers(min_value=2, max_value=max_persons))
    ids = [f"p{i}" for i in range(n)]
    persons = [draw(_person(pid)) for pid in ids]
    k = draw(st.integers(min_value=1, max_value=max_conduct))
    conduct = [draw(_conduct(f"c{i}", ids)) for i in range(k)]
    births = {p["id"]: _earliest_birth(p) for p in persons}
    for act in conduct:  # no conduct before the person acted upon can have been born
        born = births[act["person"]]
        if born is not None and act.get("date") is not None and act["date"] < born:
            act["date"] = min(born + timedelta(days=draw(st.integers(0, 9000))), LATEST)
    return {"persons": persons, "conduct": conduct}


def fact_patterns(max_persons: int = 4, max_conduct: int = 4) -> st.SearchStrategy[FactPattern]:
    """Valid :class:`FactPattern` objects."""
    return fact_pattern_dicts(max_persons, max_conduct).map(FactPattern.model_validate)
