"""§ 1591 in a labor case (review H10, session 6): where § 1591 stays undetermined — its own
facts not stated — its line does not say the facts "rule out" commercial sexual activity (a
reader expects NOT MET after that); it says what the facts state."""

from __future__ import annotations

from datetime import date

import nm_trafficking as nmt


def test_an_undetermined_1591_line_in_a_labor_case_does_not_say_rule_out() -> None:
    act = {
        "id": "rec",
        "actor": "K",
        "person": "Y",
        "act": "recruiting",
        "date": "2024-10-01",
        "knowingly": True,
        "means_will_be_used": {"coercion": True},
        "to_subject_to": {"labor": True},
        "will_be_caused_to_engage_in_commercial_sexual_activity": False,
    }
    persons = [{"id": "K"}, {"id": "Y", "birth_date": "2009-08-01"}]
    result = nmt.assess(
        nmt.from_dict({"persons": persons, "conduct": [act]}), today=date(2026, 12, 7)
    )
    (line,) = [law for law in result.summary.pairs[0].laws if law.law == "usc_1591"]
    assert line.status == "undetermined"
    assert line.why is not None and "rule out" not in line.why
    assert line.why.startswith(
        "§ 1591 reaches only a commercial sex act; the facts state labor or services, not "
        "commercial sexual activity, as the purpose"
    )
