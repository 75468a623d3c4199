"""Review Z4 of session 8 (helper F, fifth task), the court form: an act of July 2008 drafted
under § 30-52-1 carries the summary's label of the text's first day, reported, not verified
(Z4 2); the 2000 text of § 1589 is drafted with its means' whole words and cited as the section
it is, with no subsection (Z4 5); a label's legend is given only where the form uses the label
(Z4 8)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import nm_trafficking as nmt
from nm_trafficking.render.instructions import render as court_form_text

TODAY = date(2026, 12, 7)
CSA = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}
REPORTED = "from 1 July 2008, a date reported, not verified"


def _form(
    persons: list[dict[str, Any]],
    *conduct: dict[str, Any],
    law: Literal["all", "nm", "federal"] = "all",
) -> str:
    pattern = nmt.from_dict({"persons": persons, "conduct": list(conduct)})
    return court_form_text(nmt.assess(pattern, today=TODAY, law=law), pattern)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _state_act(day: str) -> str:
    return _one_line(
        _form(
            [{"id": "R"}, {"id": "V", "birth_date": "1995-07-01"}],
            {"id": "a", "actor": "R", "person": "V", "act": "recruiting", "date": day, **CSA},
            law="nm",
        )
    )


def test_an_act_of_july_2008_is_drafted_with_the_first_day_reported_not_verified() -> None:
    for day, said in (("2008-07-01", "1 July 2008"), ("2008-07-02", "2 July 2008")):
        form = _state_act(day)
        assert "met on the facts stated" in form
        assert (
            f"Text applied: NMSA 1978, § 30-52-1 (2008); the recruiting of {said} rests on "
            f"§ 30-52-1 being in force that day: {REPORTED}"
        ) in form


def test_an_act_after_july_2008_has_no_first_day_label() -> None:
    form = _state_act("2008-08-01")
    assert "reported, not verified" not in form
    assert "Text applied: NMSA 1978, § 30-52-1 (2008). Drafted" in form


def _labor(means: dict[str, bool], day: str = "2005-05-05") -> str:
    return _one_line(
        _form(
            [{"id": "F"}, {"id": "W", "birth_date": "1970-01-01"}],
            {
                "id": "a",
                "actor": "F",
                "person": "W",
                "act": "obtaining",
                "date": day,
                "knowingly": True,
                "federal": {
                    "labor": {"provided_or_obtained_labor_or_services": True},
                    "labor_means": means,
                },
            },
            law="federal",
        )
    )


def test_the_2000_text_drafts_the_threat_with_its_object() -> None:
    form = _labor({"threats_of_serious_harm": True})
    assert "by means of threats of serious harm to W or another person; and" in form
    assert "by means of threats of serious harm; and" not in form


def test_the_2000_text_drafts_physical_restraint_in_paragraph_one_s_whole_words() -> None:
    form = _labor({"physical_restraint": True, "threats_of_physical_restraint": True})
    assert (
        "by means of threats of serious harm to, or physical restraint against, W or another "
        "person; and"
    ) in form


def test_the_2000_text_drafts_its_own_legal_process_words() -> None:
    form = _labor({"abuse_or_threatened_abuse_of_law_or_legal_process": True})
    assert "by means of the abuse or threatened abuse of law or the legal process; and" in form


def test_the_2000_text_is_cited_as_the_section_without_a_subsection() -> None:
    form = _labor({"threats_of_serious_harm": True})
    assert "18 U.S.C. § 1589 — Forced labor" in form
    assert "For a charge under 18 U.S.C. § 1589 for obtaining W" in form
    assert "§ 1589(a) — Forced labor" not in form
    later = _labor({"threats_of_serious_harm": True}, day="2018-05-05")
    assert "18 U.S.C. § 1589(a) — Forced labor" in later
    assert "by means of threats of serious harm to W or another person; and" in later


def test_a_label_s_legend_is_given_only_where_the_form_uses_it() -> None:
    form = _labor({"threats_of_serious_harm": True}, day="2018-05-05")
    legends = form.split("Federal instructions follow", 1)[1].split("Decision aid", 1)[0]
    assert "[S]: wording checked" in legends
    assert "[R]:" not in legends  # (§ 1591's reconstructed text is not on this form)
    sex = _form(
        [{"id": "D"}, {"id": "V", "birth_date": "2006-01-01"}],
        {"id": "a", "actor": "D", "person": "V", "act": "recruiting", "date": "2019-03-03", **CSA},
        law="federal",
    )
    legends = sex.split("Federal instructions follow", 1)[1].split("Decision aid", 1)[0]
    for code in ("[R]", "[S]"):
        assert (f"\n{code}:" in legends) == (code in sex.split("Federal instructions follow")[0])
