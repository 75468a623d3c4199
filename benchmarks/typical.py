"""The typical 10-fact pattern every benchmark measures (one act, a birth date, ten stated
facts)."""

from __future__ import annotations

from typing import Any

TYPICAL: dict[str, Any] = {
    "title": "typical 10-fact pattern",
    "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "V", "birth_date": "2003-05-10"}],
    "conduct": [
        {
            "id": "c1",
            "actor": "D",
            "person": "V",
            "act": "recruiting",
            "date": "2018-06-01",
            "knowingly": True,
            "means_will_be_used": {"fraud": True, "force": False},
            "to_subject_to": {"commercial_sexual_activity": True, "labor": False},
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        }
    ],
}
