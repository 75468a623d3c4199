"""The court form says what the first screen says (reviews F and G, session 6): a victim's age
that only a 29 February birthday leaves open is an open point of law, in the element's "Open"
line and in the degree line, not a gap in the facts; a § 1591 instruction 'met on the facts
stated' whose penalty provision, read literally, states no punishment says so beneath it."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking.render.instructions import render

_TODAY = date(2026, 12, 7)


def _form(data: dict[str, Any], law: str) -> str:
    pattern = nmt.from_dict(data)
    result = nmt.assess(pattern, today=_TODAY, law=law)
    return " ".join(render(result, pattern).split())


def _leap(act_date: str) -> dict[str, Any]:
    return {
        "persons": [{"id": "D"}, {"id": "V", "birth_date": "2008-02-29"}],
        "conduct": [
            {
                "id": "r",
                "actor": "D",
                "person": "V",
                "act": "recruiting",
                "date": act_date,
                "knowingly": True,
                "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            }
        ],
    }


def test_an_age_only_29_february_leaves_open_is_a_point_of_law_in_the_element() -> None:
    text = _form(_leap("2026-02-28"), "nm")  # 17 or 18: (A)(2)'s age element is open
    assert (
        "Open: a person under the age of eighteen years: V's age at the act (17 to 18) turns on "
        "an open point of law (a birthday on 29 February), not on missing evidence." in text
    )
    assert "Open: not established on the facts stated: a person under the age" not in text


def test_a_degree_only_29_february_leaves_open_says_so() -> None:
    text = _form(_leap("2021-02-28"), "nm")  # 12 or 13: first or second degree
    assert "(12 to 13), an open point of law (a birthday on 29 February), not missing" in text
    assert "which the facts stated leave open" not in text


def test_an_undated_age_stays_a_question_of_fact() -> None:
    data = _leap("2021-02-28")
    data["persons"][1] = {"id": "V", "age": 12, "age_on": "2020-06-01"}
    text = _form(data, "nm")
    assert "which the facts stated leave open" in text
    assert "29 February" not in text


def _buyer(effected: bool | None) -> dict[str, Any]:
    effected_by = {} if effected is None else {"force": effected, "fraud": effected}
    if effected is False:
        effected_by |= {
            "threats_of_force": False,
            "coercion_threats_of_serious_harm_or_restraint": False,
            "coercion_scheme_plan_or_pattern": False,
            "coercion_abuse_of_legal_process": False,
        }
    return {
        "persons": [{"id": "B"}, {"id": "W", "birth_date": "1990-01-01"}],
        "conduct": [
            {
                "id": "buy",
                "actor": "B",
                "person": "W",
                "act": "patronizing",
                "date": "2020-02-02",
                "knowingly": True,
                "federal": {
                    "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                    "knew_means_will_be_used": {"threats_of_force": True},
                    "as_to_commercial_sex_act": {"knew": True},
                    "offense_effected_by": effected_by,
                },
            }
        ],
    }


def test_a_met_1591_instruction_with_no_punishment_stated_says_so() -> None:
    text = _form(_buyer(False), "federal")
    assert "met on the facts stated" in text
    assert "Penalty: § 1591(b) states no punishment for this combination" in text
    assert "A point of law: see what is still needed." in text


def test_an_open_band_that_may_have_no_punishment_says_so() -> None:
    text = _form(_buyer(None), "federal")
    assert "Penalty: on some of the facts still to be established" in text


def test_a_band_fixed_by_the_facts_gives_no_penalty_line() -> None:
    text = _form(_buyer(True), "federal")
    assert "Penalty:" not in text
