"""No unfilled placeholder ("{act}", "{when}", ...) reaches a reader (review R5 of session 7:
the 2008 text's note on buyers said "the conduct is {act}: before the Justice for Victims of
Trafficking Act of 2015 ..." in the elements view)."""

from __future__ import annotations

import re
from datetime import date

import pytest

import nm_trafficking as nmt

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("verb", ["soliciting", "patronizing", "obtaining"])
def test_a_buyer_before_2015_reads_without_placeholders(verb: str) -> None:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "B", "roles": ["consumer"]},
                {"id": "V", "birth_date": "1996-04-02"},
            ],
            "conduct": [
                {
                    "id": "c",
                    "actor": "B",
                    "person": "V",
                    "act": verb,
                    "date": "2012-06-01",
                    "knowingly": True,
                    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
                }
            ],
        }
    )
    a = nmt.assess(pattern, today=date(2026, 12, 7))
    for out in (a.explain(detail="elements"), a.to_json(detail="full"), a.to_markdown()):
        assert PLACEHOLDER.findall(out) == [], verb


def test_an_open_knowing_element_is_named_as_a_noun_in_a_needs_clause() -> None:
    """A line said "§ 1591(a)(1) ... also needs knowingly, knowledge ..." (review R7): the
    federal sections' knowing element is now listed as "knowing conduct"."""
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "O"}, {"id": "C", "age": 34}],
            "conduct": [{"id": "h", "actor": "O", "person": "C", "act": "obtaining",
                         "date": "2025-06-01"}],
            "observations": [
                {"id": "o1", "indicator": "coercion.holding_documents", "actor": "O",
                 "person": "C"}
            ],
        }
    )  # fmt: skip
    text = " ".join(nmt.assess(pattern, today=date(2026, 12, 7)).explain().split())
    assert "needs knowingly" not in text
    assert "also needs knowing conduct, knowledge or reckless disregard" in text
