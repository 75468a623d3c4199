"""Screening output words (review O1, session 7): a screening states no act and no buyer, so
what it still needs of the conduct element is the kind of conduct, never the open point about a
buyer's own purchase (that point belongs to an act whose actor is stated to be buying)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.screening import screen, screen_file
from tests.helpers import FULL_A2, one_act

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)
EXAMPLES = sorted((ROOT / "examples" / "screening").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_bundled_screenings_never_call_the_actor_a_buyer(path: Path) -> None:
    result = screen_file(path)
    assert "buyer" not in result.explain()
    for p in result.paragraphs:
        # every paragraph needs an act: its kind comes first, in the same words for each
        assert p.next_steps[0] == "the kind of conduct is not established", p.citation


@pytest.mark.parametrize(
    ("observed", "age", "sexual"),
    [([], 15, True), (["coercion.debt_bondage"], None, None), (["force.battering"], 30, False)],
)
def test_no_screening_names_a_buyer(
    observed: list[str], age: int | None, sexual: bool | None
) -> None:
    result = screen(observed, age=age, commercial_sexual_activity=sexual)
    steps = [s for p in result.paragraphs for s in p.next_steps]
    assert not any("buyer" in s for s in steps)


def test_the_buyer_point_stays_where_a_buyer_is_stated() -> None:
    victim = {"age": 15}
    bought = nmt.assess(one_act("obtaining", victim=victim, as_buyer=True, **FULL_A2), today=TODAY)
    not_bought = nmt.assess(
        one_act("obtaining", victim=victim, as_buyer=False, **FULL_A2), today=TODAY
    )
    a2 = bought.findings[0].subsections["30-52-1(A)(2)"]
    conduct = {e.element: e for e in a2.elements}["conduct"]
    assert conduct.status == "undetermined" and "buyer" in (conduct.reason or "")
    assert not_bought.findings[0].subsections["30-52-1(A)(2)"].status == "met"
    assert "buyer" not in not_bought.explain()
