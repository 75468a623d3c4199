"""Review O of session 7 (a victim advocate and trainer): findings 2, 3, 5, 6 and 9."""

from __future__ import annotations

from datetime import date
from typing import Any

import nm_trafficking as nmt

TODAY = date(2026, 12, 7)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _advertising(**extra: Any) -> nmt.FactPattern:
    """A advertises a 16-year-old (the review's o13): knowingly, a commercial sex act to come."""
    return nmt.from_dict(
        {
            "persons": [{"id": "A"}, {"id": "V", "roles": ["victim"], "birth_date": "2010-04-04"}],
            "conduct": [
                {
                    "id": "ad",
                    "actor": "A",
                    "person": "V",
                    "act": "advertising",
                    "date": "2026-09-09",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                    **extra,
                }
            ],
        }
    )


# --- O2: the age mental state for an advertising act -----------------------------------------


def test_the_1591_line_of_an_advertising_act_asks_knowledge_alone() -> None:
    """§ 1591(a): "knowing, or, except where the act constituting the violation of paragraph (1)
    is advertising, in reckless disregard"; § 1591(c) does not list "advertised". The law's
    line says what the prong still needs as its questions do: knowledge, not reckless disregard
    or a reasonable opportunity to observe."""
    result = nmt.assess(_advertising(), today=TODAY)
    line = _flat(result.explain()).split("§ 1591: ")[1].split("§ 1589")[0]
    assert "reckless disregard of the person's age" not in line
    assert "opportunity to observe)" not in line
    assert "knowledge of the person's age and of a commercial sex act" in line
    assert "neither reckless disregard nor § 1591(c) serves" in line


def test_the_element_view_of_an_advertising_act_says_only_knowledge_is_missing() -> None:
    """The elements view (and JSON) says what is not established for the act: knowledge, for
    advertising; the general reason (with § 1591(c)) stays for any other verb."""
    shown = _flat(nmt.assess(_advertising(), today=TODAY).explain(detail="elements"))
    assert "knowledge that V was under 18 is not established (the conduct is advertising" in shown
    assert "or a reasonable opportunity to observe V (§ 1591(c)), is not established" not in shown
    doc = _advertising().model_dump(mode="json", exclude_none=True)
    doc["conduct"][0]["act"] = "recruiting"
    other = _flat(nmt.assess(nmt.from_dict(doc), today=TODAY).explain(detail="elements"))
    assert "or a reasonable opportunity to observe V (§ 1591(c)), is not established" in other


def test_the_separator_of_an_advertising_act_does_not_offer_1591c() -> None:
    """What separates the laws: knowledge of the age is needed by § 1591, and for advertising
    § 1591(c)'s reasonable opportunity to observe does not serve."""
    memo = nmt.assess(_advertising(), today=TODAY).memo()
    said = _flat(memo.replace("&#39;", "'"))
    at = said.index("knowledge of the age: needed by § 1591")
    clause = said[at : at + 200]
    assert "not reckless disregard or § 1591(c)" in clause
    assert "Duong" not in clause
