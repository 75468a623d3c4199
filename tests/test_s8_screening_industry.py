"""Session 8, helper C: an industry is where trafficking is found (the task force's list of
"industries linked to human trafficking"), which alone does not show that it happened: a
screening with an industry and no indicator says so first, and an industry linked to sex
trafficking never stands for commercial sexual activity (no "minor in commercial sexual
activity" headline on it)."""

from __future__ import annotations

import pytest

from nm_trafficking.industries import industries
from nm_trafficking.screening import screen

A2 = "30-52-1(A)(2)"


@pytest.mark.parametrize("industry", [i.id for i in industries()])
def test_an_industry_alone_says_no_indicator_is_stated_first(industry: str) -> None:
    result = screen([], industry_id=industry)
    first = result.explain().splitlines()[2]
    assert first.startswith("No indicator of force, fraud or coercion is stated. The task force")
    assert "that by itself does not show trafficking took place here" in first
    assert not result.minor_in_commercial_sex
    assert not any(p.could_support for p in result.paragraphs)


@pytest.mark.parametrize("industry", [i.id for i in industries() if i.group == "sex"])
def test_a_minor_in_a_sex_industry_is_asked_about_not_assumed(industry: str) -> None:
    result = screen([], industry_id=industry, age=15)
    text = result.explain()
    assert "A minor in commercial sexual activity" not in text
    assert "suspected minor sex trafficking case" not in " ".join(result.next_steps)
    assert not result.minor_in_commercial_sex
    assert text.splitlines()[2].startswith(
        "! Ask whether this minor (age 15) was in commercial sexual activity: none is stated"
    )
    assert result.next_steps[0].startswith("ask whether the minor was in commercial sexual")
    a2 = next(p for p in result.paragraphs if p.citation == A2)
    assert not a2.could_support
    assert (
        "is not known (an industry linked to sex trafficking does not by itself show" in a2.reason
    )


def test_commercial_sexual_activity_stated_still_raises_the_minor_headline() -> None:
    result = screen([], industry_id="escort_services", age=15, commercial_sexual_activity=True)
    assert result.minor_in_commercial_sex
    assert result.explain().splitlines()[2].startswith("! A minor in commercial sexual activity")
    assert not any(h.startswith("! Ask") for h in result.headline)


def test_indicators_with_an_industry_give_no_industry_headline() -> None:
    result = screen(["coercion.debt_bondage"], industry_id="farming")
    assert result.headline == []
    assert result.explain().splitlines()[2] == "Means evidenced by the observed indicators:"


def test_an_adult_in_a_sex_industry_is_not_asked_the_minor_question() -> None:
    result = screen([], industry_id="escort_services", age=30)
    assert not any(line.startswith("! Ask") for line in result.headline)


@pytest.mark.parametrize("industry", [i.id for i in industries() if i.group == "sex"])
def test_a_minor_in_stated_commercial_sexual_activity_gets_no_industry_alone_line(
    industry: str,
) -> None:
    """Review Y1 of session 8: the activity is stated, so the industry is not all there is, and
    a minor in it needs no means: no line may read as if nothing showed trafficking."""
    result = screen([], industry_id=industry, age=13, commercial_sexual_activity=True)
    text = result.explain()
    assert "! A minor in commercial sexual activity" in text
    assert "does not show" not in text
    assert "No indicator" not in text
    assert result.headline == []


def test_the_next_steps_keep_documenting_and_recording() -> None:
    """Review Y7 of session 8: the steps to document each indicator and to record the facts as
    a fact pattern stay in the screen's next steps (the workbench serves them)."""
    result = screen(["coercion.holding_documents"], industry_id=None)
    assert result.next_steps[-2:] == [
        "document each indicator: who did it, to whom, when",
        "record the facts as a fact pattern and run `nm-trafficking assess`",
    ]
