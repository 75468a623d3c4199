""" "No text is encoded for the date of ..." names every act whose date falls where no text of
the section is encoded, not the first alone (review N7, session 7), compactly."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import FactPattern
from nm_trafficking.reasoning.naming import dates_of

TODAY = date(2026, 12, 7)


def _ctx(verb: str, day: date | None) -> Any:
    conduct = SimpleNamespace(act=SimpleNamespace(value=verb), date=day)
    return SimpleNamespace(conduct=conduct, day=day, date_assumed=False)


def test_dates_of_names_every_act_compactly() -> None:
    july = [_ctx("transporting", date(2001, 7, d)) for d in (26, 27, 28)]
    assert dates_of(july[:1]) == "the date of the transporting of 26 July 2001"
    assert dates_of(july) == "the dates of the transporting of 26, 27 and 28 July 2001"
    both = [*july[:2], _ctx("obtaining", date(2001, 8, 1)), _ctx("obtaining", None)]
    assert dates_of(both) == (
        "the dates of the transporting of 26 and 27 July 2001, the obtaining of 1 August 2001, "
        "and the undated obtaining"
    )
    mixed = [
        _ctx("obtaining", date(2000, 10, 28)),
        _ctx("transporting", date(2001, 1, 3)),
        _ctx("obtaining", date(2000, 11, 2)),
        _ctx("obtaining", date(2000, 10, 29)),
    ]
    assert dates_of(mixed) == (
        "the dates of the obtaining of 28 October 2000, 29 October 2000 and 2 November 2000, "
        "and the transporting of 3 January 2001"
    )


def test_the_line_names_each_act_with_no_text() -> None:
    fed = {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
        "offense_effected_by": {"force": True},
    }
    acts = [
        {
            "id": f"t{d}",
            "actor": "D",
            "person": "V",
            "act": "transporting",
            "date": date(2001, 7, d),
            "knowingly": True,
            "means_will_be_used": {"force": True},
            "to_subject_to": {"commercial_sexual_activity": True},
            "federal": fed,
        }
        for d in (26, 27, 28)
    ]
    pattern = FactPattern.model_validate(
        {
            "persons": [{"id": "D"}, {"id": "V", "roles": ["victim"], "birth_date": "1980-01-15"}],
            "conduct": acts,
        }
    )
    text = " ".join(nmt.assess(pattern, today=TODAY, law="federal").explain().split())
    assert "No text is encoded for the dates of the transporting of 26, 27 and 28 July 2001" in text
    assert "for the date of the transporting of 26 July 2001" not in text
