"""The federal reasons' words (review 8's rule for § 30-52-1, carried to §§ 1589-1591): a
reason names the actor and the person as the facts name them, and speaks of the act in the
past ("would be used", "would be caused"); the statute's own words quoted in quotation marks
stay verbatim."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nm_trafficking as nmt
from nm_trafficking import statute

TODAY = date(2026, 12, 7)

_QUOTED = re.compile(r"(?<![\w}])'[^']*'(?!\w)|\"[^\"]*\"|“[^”]*”")
"""A passage in quotation marks (the statute's own words, kept verbatim)."""


def _assess(conduct: dict[str, Any], victim: dict[str, Any], **kw: Any) -> nmt.Assessment:
    pattern = nmt.from_dict(
        {
            "persons": [
                {"id": "D", "roles": ["trafficker"]},
                {"id": "O", "roles": ["victim"], **victim},
            ],
            "conduct": [{"id": "s", "actor": "D", "person": "O", "knowingly": True, **conduct}],
        }
    )
    return nmt.assess(pattern, today=TODAY, law=kw.pop("law", "all"), **kw)


def _federal_reasons() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for law in statute.FEDERAL_LAWS:
        for version in law.versions:
            for paragraph in version.offences:
                for element in paragraph.elements:
                    reasons = [a.reason for a in (*element.established, *element.defeated)]
                    for reason in (*reasons, element.unknown_reason):
                        out.append((version.id, element.key, reason))
    return out


def test_every_federal_reason_names_the_actor_and_speaks_in_the_past() -> None:
    found = _federal_reasons()
    assert len(found) > 100
    for version, key, reason in found:
        own = _QUOTED.sub("", reason)  # the statute's quoted words stay as they are
        for words in ("the actor", "the person", "will be used", "will be caused"):
            assert words not in own, (version, key, words, reason)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _federal(text: str) -> str:
    """The federal part of an elements explanation (after the state paragraphs), unwrapped."""
    flat = _flat(text)
    return flat.split("Elements: D toward O", 1)[1].split("18 U.S.C. § 1591 —", 1)[1]


COMMERCE = {"jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True}}


def test_a_1591_reason_names_the_actor_and_the_person_in_the_past() -> None:
    # "MET — the actor knew that force will be used to cause the person to engage in a
    # commercial sex act"
    conduct: dict[str, Any] = {"act": "recruiting", "date": "2022-06-01"}
    conduct["federal"] = {
        **COMMERCE,
        "knew_means_will_be_used": {"force": True},
        "as_to_commercial_sex_act": {"knew": True},
        "as_to_age": {"knew": True},
    }
    text = _federal(_assess(conduct, {"age": 15}).explain("elements"))
    assert (
        "MET — D knew that force would be used to cause O to engage in a commercial sex act" in text
    )
    assert "MET — D knew that O would be caused to engage in a commercial sex act" in text
    assert "MET — D knew that O was under 18" in text
    assert (
        "MET — O had not attained the age of 18 years at the time of the conduct (age 15)" in text
    )
    assert "UNDETERMINED — that D benefited financially or by receiving anything of value" in text
    # the statute's words quoted stay verbatim
    assert '"knowing, or, except where the act constituting the violation' in text
    assert 'will be used to cause the person to engage in a commercial sex act" (18 U.S.C.' in text
    assert "the actor knew" not in text and "the person will be caused" not in text.split("MET")[-1]


def test_a_1591_not_met_line_of_the_pair_names_the_actor() -> None:
    # the case "candy door to door": "§ 1591(a)(1) [S]: not met — force, fraud or coercion: the
    # actor neither knew nor recklessly disregarded that the person will be caused to engage ..."
    conduct: dict[str, Any] = {"act": "recruiting", "date": "2022-06-01"}
    conduct["federal"] = {
        **COMMERCE,
        "as_to_commercial_sex_act": {"knew": False, "reckless_disregard": False},
    }
    (finding,) = _assess(conduct, {"age": 30}).findings
    (line,) = [line for line in finding.side_by_side if line.startswith("18 U.S.C. § 1591(a)(1)")]
    assert (
        "D neither knew nor recklessly disregarded that O would be caused to engage in a "
        "commercial sex act"
    ) in line, line
    assert "the actor" not in line and "will be" not in line


def test_1589_and_1590_reasons_name_the_actor_and_the_person() -> None:
    # "the conduct is obtaining the person's labor or services"; "the actor was not obtaining
    # the person for labor or services"
    conduct: dict[str, Any] = {"act": "obtaining", "date": "2022-06-01"}
    conduct["federal"] = {
        "labor": {"labor_or_services_of_the_person": True, "for_labor_or_services": False},
        "labor_means": {"scheme_plan_or_pattern": True},
    }
    text = _federal(_assess(conduct, {"age": 30}).explain("elements"))
    assert "MET — the conduct is obtaining O's labor or services" in text
    assert (
        "MET — the labor or services were provided or obtained by means of a scheme, plan or "
        "pattern intended to cause O to believe that serious harm or physical restraint would "
        "follow a refusal"
    ) in text
    assert "NOT MET — D was not obtaining O for labor or services" in text
    assert "UNDETERMINED — that D benefited financially" in text


# An undated act judged under several texts: its elements carry the weakest label of them.


def _girl_2012() -> dict[str, Any]:
    """Undated recruiting of a girl born 1 March 2012 (review 9, f25): its days fall under the
    2008 [R], 2015 [R], April-December 2018 [R] and current [S] texts of § 1591."""
    return {
        "act": "recruiting",
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": {
            **COMMERCE,
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
        },
    }


MINOR = "18 U.S.C. § 1591(a)(1) minor"


def test_an_undated_acts_elements_carry_the_weakest_label_of_its_texts() -> None:
    result = _assess(_girl_2012(), {"birth_date": "2012-03-01"}, law="federal")
    law = result.findings[0].jurisdictions["usc_1591"]
    assert law.prongs[MINOR].label == "[R]"  # the prong's own, as before
    elements = law.prongs[MINOR].elements
    assert elements and {e.verification for e in elements} == {"[R]"}
    assert all("reconstructed" in (e.verification_meaning or "") for e in elements)
    # the elements detail (``--format json --detail elements``) gives the same labels
    detail = result.to_dict(detail="elements")
    laws = detail["elements"][0]["laws"]
    (usc_1591,) = [x for x in laws if x["law"] == "usc_1591"]
    found = {e["verification"] for p in usc_1591["paragraphs"] for e in p["elements"]}
    assert found == {"[R]"}
    # and the readable elements
    assert "(18 U.S.C. § 1591(a)(1)) [S]" not in _flat(result.explain("elements"))
    assert "(18 U.S.C. § 1591(a)(1)) [R]" in _flat(result.explain("elements"))


def test_a_dated_acts_elements_keep_their_texts_label() -> None:
    conduct = {**_girl_2012(), "date": "2025-06-01"}
    result = _assess(conduct, {"birth_date": "2012-03-01"}, law="federal")
    law = result.findings[0].jurisdictions["usc_1591"]
    assert {e.verification for e in law.prongs[MINOR].elements} == {"[S]"}
    conduct = {**_girl_2012(), "date": "2014-06-01"}
    result = _assess(conduct, {"birth_date": "2012-03-01"}, law="federal")
    law = result.findings[0].jurisdictions["usc_1591"]
    assert {e.verification for e in law.prongs[MINOR].elements} == {"[R]"}


def test_the_29_february_reason_names_the_person() -> None:
    # "UNDETERMINED — the person was 17 to 18 at the time of the conduct: which one turns on
    # the open 29 February point" (state and federal alike)
    conduct: dict[str, Any] = {
        "act": "recruiting",
        "date": "2022-02-28",
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": {
            **COMMERCE,
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    text = _flat(_assess(conduct, {"birth_date": "2004-02-29"}).explain("elements"))
    said = "UNDETERMINED — O was 17 to 18 at the time of the conduct: which one turns on the open"
    assert text.count(said) == 3, text.count(said)  # (A)(2), § 1591(a)(1) and (a)(2) minor
    assert "the person was 17 to 18" not in text
