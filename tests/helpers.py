"""Small builders for fact patterns in tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from nm_trafficking import FactPattern, assess

DAY = date(2018, 6, 1)


def one_act(
    act: str = "recruiting",
    *,
    victim: dict[str, Any] | None = None,
    **conduct: Any,
) -> FactPattern:
    """Defendant D acts once toward victim V (dated 2018-06-01 unless given)."""
    v: dict[str, Any] = {"id": "V", "roles": ["victim"]}
    v.update(victim or {})
    c: dict[str, Any] = {"id": "c1", "actor": "D", "person": "V", "act": act, "date": DAY}
    c.update(conduct)
    if c.get("date") is None:
        c.pop("date")
    return FactPattern.model_validate({"persons": [{"id": "D"}, v], "conduct": [c]})


def statuses(pattern: FactPattern, **kw: Any) -> dict[str, str]:
    f = assess(pattern, **kw).findings[0]
    return {"A" + k[-2]: s.status for k, s in f.subsections.items()}


def element(pattern: FactPattern, citation: str, key: str) -> Any:
    f = assess(pattern).findings[0]
    return next(e for e in f.subsections[citation].elements if e.element == key)


FULL_A1 = {
    "knowingly": True,
    "means_will_be_used": {"force": True},
    "to_subject_to": {"labor": True},
}
FULL_A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
FULL_A3 = {
    "knowingly": True,
    "benefit": {"financially": True},
    "benefit_from": {"commercial_sexual_activity": True},
    "means_was_used": {"coercion": True},
}
