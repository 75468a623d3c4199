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


# --- O3: a paragraph not met is explained by the act that decides it --------------------------

_RECRUITING = {
    "id": "recruit",
    "actor": "P",
    "person": "W",
    "act": "recruiting",
    "date": "2026-05-01",
    "knowingly": True,
    "means_will_be_used": {"force": False, "fraud": False, "coercion": False},
    "to_subject_to": {"commercial_sexual_activity": True},
}
_BENEFITING = {
    "id": "split",
    "actor": "P",
    "person": "W",
    "act": "benefiting",
    "date": "2026-05-30",
    "knowingly": True,
    "benefit": {"financially": True},
    "benefit_from": {"commercial_sexual_activity": True},
    "means_was_used": {"force": False, "fraud": False, "coercion": False},
}


def _state_line(*conduct: dict[str, Any]) -> str:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "P", "roles": ["trafficker"]}, {"id": "W", "age": 22}],
            "conduct": list(conduct),
        }
    )
    text = _flat(nmt.assess(pattern, today=TODAY).explain())
    return text.split("§ 30-52-1: ")[1].split("§ 1591")[0]


def test_a_paragraph_not_met_takes_its_reason_from_the_act_of_its_own_verb() -> None:
    """(A)(3) fails because P did not know of force, fraud or coercion at the benefiting, not
    because the recruiting is not benefiting; (A)(1) fails on the recruiting's means, not
    because benefiting is no verb of (A)(1) — whichever act the file gives first (review O3,
    o08 and o08b). Each reason names the act it is about, the other act failing otherwise."""
    line = _state_line(_RECRUITING, _BENEFITING)
    assert line == _state_line(_BENEFITING, _RECRUITING)
    assert "not benefiting" not in line and "not one of the five verbs" not in line
    assert (
        "for the benefiting of 30 May 2026, P did not know of force, fraud or coercion being "
        "used to obtain W's commercial sexual activity ((A)(3))" in line
    )
    assert (
        "for the recruiting of 1 May 2026, P neither intended nor knew that force, fraud or "
        "coercion would be used ((A)(1))" in line
    )


def test_acts_that_fail_alike_are_not_named() -> None:
    """Where every act fails for the same reason, it is said once, of them all."""
    one = {**_RECRUITING, "knowingly": False}
    other = {**one, "id": "r2", "act": "transporting", "date": "2026-05-02"}
    assert _state_line(one, other).startswith("NOT MET — P did not act knowingly ((A)(1), (A)(2)")


def test_acts_none_of_whose_verbs_fits_each_say_their_own() -> None:
    """No act has a verb of the 2008 text: each verb is said, not the first act's alone (once,
    where only the verb differs)."""
    ad = {"id": "ad", "actor": "P", "person": "W", "act": "advertising", "date": "2026-02-01",
          "knowingly": True}  # fmt: skip
    kept = {**ad, "id": "m", "act": "maintaining", "date": "2026-03-01"}
    line = _state_line(kept, ad)
    assert line == _state_line(ad, kept)
    assert "advertising or maintaining is not a verb of the 2008 text ((A)(1)–(A)(3))" in line


# --- O5 and O6: a helper who is, or may be, a trafficking victim ------------------------------


def _helper(
    helper: dict[str, Any], *, toward_helper: bool, observed: bool = False
) -> nmt.FactPattern:
    """B helps T's recruiting of C (the review's o01 and o22): T's act toward B meets
    § 30-52-1 (``toward_helper``), or B is only labelled a victim, with indicators by T toward B
    on file (``observed``)."""
    conduct: list[dict[str, Any]] = [
        {"id": "r", "actor": "T", "person": "C", "act": "recruiting", "date": "2026-05-01",
         "knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True,
         "accessories": [{"person": "B", **helper}]},
    ]  # fmt: skip
    if toward_helper:
        conduct.insert(
            0,
            {"id": "o", "actor": "T", "person": "B", "act": "obtaining", "date": "2025-10-01",
             "knowingly": True, "means_will_be_used": {"force": True},
             "to_subject_to": {"commercial_sexual_activity": True}},
        )  # fmt: skip
    observations = (
        [{"id": "o1", "indicator": "force.battering", "actor": "T", "person": "B",
          "date": "2026-04-20"},
         {"id": "o2", "indicator": "coercion.controlled_communication", "actor": "T",
          "person": "B"}]
        if observed else []
    )  # fmt: skip
    return nmt.from_dict(
        {
            "persons": [
                {"id": "T", "roles": ["trafficker"]},
                {"id": "B", "roles": ["victim"], "age": 20},
                {"id": "C", "roles": ["victim"], "birth_date": "2011-05-05"},
            ],
            "conduct": conduct,
            "observations": observations,
        }
    )


def test_a_helper_the_bar_covers_is_not_asked_what_only_the_barred_charge_needs() -> None:
    """§ 30-52-1(E) bars charging B as an accessory (an act toward B meets § 30-52-1): B's
    help and intent serve only that charge, so none is asked under § 30-52-1 alone; with the
    federal sections assessed, 18 U.S.C. § 2(a)'s questions are (no federal bar was found)."""
    pattern = _helper({"aided": True}, toward_helper=True)
    state = nmt.assess(pattern, today=TODAY, law="nm")
    assert [h.bar for h in state.summary.accessories] == ["applies"]
    assert not [q for h in state.summary.accessories for q in h.needed]
    assert "Did B intend" not in state.explain()
    both = nmt.assess(pattern, today=TODAY)
    asked = [q for h in both.summary.accessories for q in h.needed]
    assert asked and all(q.law != "nm_30_52_1" and "§ 2(a)" in q.citations[0] for q in asked)


def test_where_the_bar_may_apply_the_question_says_it_matters_only_without_it() -> None:
    pattern = _helper({"aided": True}, toward_helper=False)
    state = nmt.assess(pattern, today=TODAY, law="nm")
    intent = [q for h in state.summary.accessories for q in h.needed if "intend" in q.text]
    assert len(intent) == 1
    assert intent[0].text.endswith(
        "(This matters only if § 30-52-1(E) does not bar charging B as an accessory.)"
    )


def test_a_helper_the_bar_may_cover_is_headed_so_and_the_e_question_cites_the_indicators() -> None:
    """The header carries the bar where it may apply, as it does where it applies; the (E)
    question names the indicators toward the helper on file (review O6, o22)."""
    pattern = _helper(
        {"aided": True, "intended_that_the_offense_be_committed": True},
        toward_helper=False,
        observed=True,
    )
    text = _flat(nmt.assess(pattern, today=TODAY).explain())
    assert "B, met unless barred by § 30-52-1(E): B is an accessory" in text
    assert (
        "If so, B shall not be charged as an accessory (why this is open: B's finding under "
        "the accessories above). (Evidence on file: "
        "2 indicators by T (1 of force and 1 of coercion) toward B were observed; indicators are "
        "evidence, not a finding.)" in text
    )
    barred = _flat(nmt.assess(_helper({"aided": True}, toward_helper=True), today=TODAY).explain())
    assert "B, barred by § 30-52-1(E):" in barred and "unless barred" not in barred


# --- O9: an indicator count that adds up ---------------------------------------------------


def test_an_indicator_of_two_means_is_said_to_count_for_both() -> None:
    """Unpaid wages evidence fraud and coercion: "3 indicators (1 of fraud and 3 of coercion)"
    did not add up to a reader; the count says the one indicator counted for both."""
    seen = [
        {"id": "o1", "indicator": "coercion.holding_documents", "actor": "P", "person": "W"},
        {"id": "o2", "indicator": "coercion.debt_bondage", "actor": "P", "person": "W"},
        {"id": "o3", "indicator": "coercion.wages_unpaid_or_tips_only", "actor": "P",
         "person": "W"},
    ]  # fmt: skip
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "P"}, {"id": "W", "age": 30}],
            "conduct": [
                {
                    "id": "o",
                    "actor": "P",
                    "person": "W",
                    "act": "obtaining",
                    "date": "2025-06-01",
                    "knowingly": True,
                    "to_subject_to": {"labor": True},
                },
            ],
            "observations": seen,
        }
    )
    asked = [q.text for q in nmt.assess(pattern, today=TODAY, law="nm").summary.needed]
    said = [t for t in asked if "Evidence on file" in t]
    assert said and all(
        "3 indicators by P (1 of fraud and 3 of coercion; 1 counted for both)" in t for t in said
    )


def test_the_elements_of_a_paragraph_not_met_are_the_closest_acts_whatever_the_order() -> None:
    """The elements shown for a paragraph not met (the finding's subsection) are those of the
    act the line takes its reason from, in either order of the file."""
    for order in ((_RECRUITING, _BENEFITING), (_BENEFITING, _RECRUITING)):
        pattern = nmt.from_dict(
            {"persons": [{"id": "P"}, {"id": "W", "age": 22}], "conduct": list(order)}
        )
        (finding,) = nmt.assess(pattern, today=TODAY, law="nm").findings
        assert finding.subsections["30-52-1(A)(1)"].conduct == "recruit"
        assert finding.subsections["30-52-1(A)(3)"].conduct == "split"


def test_where_only_some_acts_are_advertising_the_line_says_when_knowledge_alone_serves() -> None:
    """A recruiting beside the advertising: reckless disregard and § 1591(c) serve for it, so
    the line keeps the general words and says they do not for advertising; under § 1591(a)(2)
    the carve-out follows the venture's act."""
    doc = _advertising().model_dump(mode="json", exclude_none=True)
    doc["conduct"].append(
        {**doc["conduct"][0], "id": "r", "act": "recruiting", "date": "2026-09-01"}
    )
    line = _flat(nmt.assess(nmt.from_dict(doc), today=TODAY).explain())
    line = line.split("§ 1591: ")[1].split("§ 1589")[0]
    assert (
        "knowledge or reckless disregard of the person's age (or a reasonable opportunity to "
        "observe) and of a commercial sex act (for advertising, neither reckless disregard nor "
        "§ 1591(c) serves)" in line
    )
    venture = nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", "birth_date": "2010-06-01"}],
            "conduct": [
                {"id": "b", "actor": "D", "person": "V", "act": "benefiting",
                 "date": "2023-03-01", "knowingly": True, "benefit": {"financially": True},
                 "federal": {"venture": {"act": "advertising",
                                         "two_or_more_individuals_associated_in_fact": True}}}
            ],
        }
    )  # fmt: skip
    said = _flat(nmt.assess(venture, today=TODAY, law="federal").explain())
    assert (
        "knowledge of the person's age and of a commercial sex act (for the venture's "
        "advertising, reckless disregard does not serve)" in said
    )


def test_an_act_the_text_does_not_reach_is_not_the_one_a_paragraph_is_explained_by() -> None:
    """An act before 1 July 2008 fails every paragraph on its date alone: a later act failing
    for its own reason comes closer, and the line says so, whichever act the file gives first."""
    early = {**_RECRUITING, "id": "early", "date": "2005-05-01"}
    late = {**_RECRUITING, "id": "late", "date": "2020-05-01", "knowingly": False}
    late.pop("means_will_be_used")
    line = _state_line(early, late)
    assert line == _state_line(late, early)
    assert line.startswith("NOT MET — for the recruiting of 1 May 2020, P did not act knowingly")


def test_an_open_helper_the_bar_may_cover_is_headed_so() -> None:
    pattern = _helper({"aided": True}, toward_helper=False)
    text = _flat(nmt.assess(pattern, today=TODAY, law="nm").explain())
    assert "B, undetermined (§ 30-52-1(E) may bar the charge): B may be an accessory" in text


def test_the_note_on_a_belief_about_the_age_of_an_advertised_person_leaves_out_1591c() -> None:
    """The note on a recorded belief about the age says, for advertising, that only knowledge of
    the age serves and § 1591(c) does not list it."""
    text = _flat(nmt.assess(_advertising(believed_age=19), today=TODAY).explain("elements"))
    assert "where the act is advertising, only knowledge of age serves, and § 1591(c) does not" in (
        text
    )
