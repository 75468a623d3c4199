"""What the service sends the workbench page so that it says what the text summary says, in its
words (session 7): what is still needed with the heading the text files each question under (a
helper's under "H, as accessory to D's recruiting of V on ...", not "H toward V") and a
helper's § 30-52-1(E) question in the text's words (``needed``); the two sentences of the
§ 30-52-1 line that had no field (a sting's reason, the evidence on file against a stated
means) as ``cautions`` of contract 2.6.0; and the person fact ``indian`` in the builder's
catalog with the input schema's description. The page itself is tested in Chromium
(tests/test_workbench_law.py, tests/test_workbench_cautions.py)."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import nm_trafficking as nmt
from nm_trafficking.assessment import LawChoice
from nm_trafficking.facts.persons import Person
from nm_trafficking.render import summary_text
from nm_trafficking.workbench import create_app
from nm_trafficking.workbench.words import plain_pattern

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-12-07"
LAWS: tuple[LawChoice, ...] = ("all", "nm", "federal")


def room_booker_with_a_victim_helper() -> dict[str, Any]:
    """The room-booker example (H books the rooms intending the offense; L keeps watch, his
    intent not stated), with L labelled a victim and an indicator of force by D toward L on
    file: L's questions are the intent and § 30-52-1(E) (whether L was a trafficking victim,
    with the indicator named), filed under L's own heading."""
    plain = copy.deepcopy(plain_pattern(nmt.load(ROOT / "examples" / "accessory_room_booker.yaml")))
    for p in plain["persons"]:
        if p["id"] == "L":
            p["roles"] = ["victim"]
    plain["observations"] = [
        {"id": "o1", "indicator": "force.battering", "actor": "D", "person": "L",
         "date": "2021-09-01"}
    ]  # fmt: skip
    return plain


L_HEADING = "L, as accessory to D's recruiting of V on 10 September 2021"

STING: dict[str, Any] = {
    "persons": [{"id": "D"}, {"id": "O", "age": 34, "age_on": "2024-01-01"}],
    "conduct": [
        {"id": "chat", "actor": "D", "person": "O", "act": "soliciting", "date": "2024-05-01",
         "knowingly": True, "believed_age": 12, "in_indian_country": True,
         "will_be_caused_to_engage_in_commercial_sexual_activity": True,
         "to_subject_to": {"commercial_sexual_activity": True}}
    ],
}  # fmt: skip
"""A sting (an adult officer D believed 12) in Indian country: the line says why the minor
offense's paragraph is not met, then the Indian-country caution (tests/test_cautions.py)."""

STING_REASON = (
    "(A)(2) is not met: O was eighteen or older at the time of the conduct (age 34 to 35)."
)


def contradicted(knowingly: bool) -> dict[str, Any]:
    """D obtains W (30) for labor, force and coercion stated neither intended nor known, with
    two indicators of coercion by D toward W on file (tests/test_devh_s6_review.py, F4):
    ``knowingly`` false, § 30-52-1 is not met (fraud stated false too); true, (A)(1) is
    undetermined (fraud not stated)."""
    means = {"force": False, "coercion": False, **({} if knowingly else {"fraud": False})}
    return {
        "persons": [{"id": "D", "roles": ["trafficker"]}, {"id": "W", "roles": ["victim"],
                                                            "age": 30}],
        "conduct": [
            {"id": "obtain", "actor": "D", "person": "W", "act": "obtaining",
             "date": "2023-04-04", "knowingly": knowingly, "to_subject_to": {"labor": True},
             "means_will_be_used": means}
        ],
        "observations": [
            {"id": "o1", "indicator": "coercion.holding_documents", "actor": "D", "person": "W",
             "date": "2023-04-10"},
            {"id": "o2", "indicator": "coercion.threat_of_deportation_or_police", "actor": "D",
             "person": "W", "conduct": "obtain"},
        ],
    }  # fmt: skip


EVIDENCE = (
    "Evidence on file: 2 indicators of coercion by D toward W were observed, though coercion "
    "is stated as neither intended nor known: check the stated fact."
)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _evaluate(client: TestClient, pattern: dict[str, Any], law: LawChoice) -> dict[str, Any]:
    r = client.post(
        "/api/v1/workbench/evaluate", json={"pattern": pattern, "today": TODAY, "law": law}
    )
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _state_entry(summary: dict[str, Any], defendant: str) -> dict[str, Any]:
    (pair,) = [p for p in summary["pairs"] if p["defendant"] == defendant]
    (law,) = [x for x in pair["laws"] if x["law"] == "nm_30_52_1"]
    return law  # type: ignore[no-any-return]


# --- what is still needed, as the text summary says it --------------------------------------


@pytest.mark.parametrize("law", LAWS)
def test_evaluate_gives_each_question_the_texts_heading_and_words(
    client: TestClient, law: LawChoice
) -> None:
    """``needed``: the summary's questions, then its helpers', each with the heading the text
    files it under, its words in a readable output, what it settles, its kind and element."""
    pattern = room_booker_with_a_victim_helper()
    got = _evaluate(client, pattern, law)["needed"]
    a = nmt.assess(nmt.from_dict(pattern), today=date.fromisoformat(TODAY), law=law)
    expected = [
        {
            "heading": head,
            "text": summary_text.question_text(q),
            "settles": summary_text.cites(q.citations),
            "kind": q.kind,
            "element": q.element,
        }
        for q, head in summary_text.needed_headings(a.summary)
    ]
    assert got == expected
    # one entry per question of the JSON, in the page's old order (the pairs', the helpers')
    doc = a.to_dict()["summary"]
    asked = [*doc["needed"], *(q for h in doc.get("accessories", []) for q in h["needed"])]
    asked += [q for h in doc.get("federal_accessories", []) for q in h["needed"]]
    assert [q["element"] for q in asked] == [q["element"] for q in got]
    # L's questions under L's own heading (never "L toward V"), as the text summary heads them
    mine = [q for q in got if q["heading"] == L_HEADING]
    assert mine, law
    assert not any(q["heading"] == "L toward V" for q in got)
    text = flat(a.explain())
    # the text shows the headings where there are several (under § 30-52-1 alone, L's only)
    several = len({q["heading"] for q in got}) > 1
    assert several == (law != "nm")
    assert (f"{L_HEADING}:" in text) == several
    for q in got:  # each question's words are the text summary's
        assert flat(q["text"]) in text


@pytest.mark.parametrize("law", ["all", "nm"])
def test_the_helpers_e_question_refers_to_the_finding_and_keeps_the_evidence(
    client: TestClient, law: LawChoice
) -> None:
    """§ 30-52-1(E): the text's words, which refer to L's finding for why the bar may apply
    (review N7), and keep the indicators toward L on file (review O6); the JSON's question
    keeps its own, self-contained words."""
    answer = _evaluate(client, room_booker_with_a_victim_helper(), law)
    (e,) = [q for q in answer["needed"] if q["element"] == summary_text.BAR_ELEMENT]
    assert e["heading"] == L_HEADING
    assert e["settles"] == "(E)"
    assert e["text"] == (
        "Was L a human trafficking victim? If so, L shall not be charged as an accessory (why "
        "this is open: L's finding under the accessories above). (Evidence on file: 1 indicator "
        "of force by D toward L was observed; indicators are evidence, not a finding.)"
    )
    (helper,) = [h for h in answer["assessment"]["summary"]["accessories"] if h["helper"] == "L"]
    (json_e,) = [q for q in helper["needed"] if q["element"] == summary_text.BAR_ELEMENT]
    assert json_e["text"] != e["text"] and "finding under the accessories" not in json_e["text"]


def test_whatif_gives_needed_too(client: TestClient) -> None:
    pattern = room_booker_with_a_victim_helper()
    body = {
        "pattern": pattern,
        "today": TODAY,
        "changes": [{"path": "conduct.recruit.knowingly", "value": None}],
    }
    r = client.post("/api/v1/workbench/whatif", json=body)
    assert r.status_code == 200, r.text
    got = r.json()["needed"]
    changed = nmt.from_dict(pattern).with_fact("conduct.recruit.knowingly", None)
    a = nmt.assess(changed, today=date.fromisoformat(TODAY))
    assert [q["text"] for q in got] == [
        summary_text.question_text(q) for q, _ in summary_text.needed_headings(a.summary)
    ]


def test_the_route_documents_needed_in_openapi(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for route in ("evaluate", "whatif"):
        said = spec["paths"][f"/api/v1/workbench/{route}"]["post"]["description"]
        assert "limitation, needed, helper_heads}" in said.replace('" "', ""), route


# --- the two sentences of the § 30-52-1 line that had no field --------------------------------


@pytest.mark.parametrize("law", ["all", "nm"])
def test_a_stings_reason_is_a_caution_first(client: TestClient, law: LawChoice) -> None:
    summary = _evaluate(client, STING, law)["assessment"]["summary"]
    cautions = _state_entry(summary, "D")["cautions"]
    assert [c["kind"] for c in cautions] == ["sting", "indian_country"]
    assert cautions[0]["text"] == STING_REASON
    # the text summary's line: the same words, in the same order, after the grade
    a = nmt.assess(nmt.from_dict(STING), today=date.fromisoformat(TODAY), law=law)
    line = " ".join(c["text"] for c in cautions)
    assert f"[S]). {line}" in flat(a.explain())


@pytest.mark.parametrize(("knowingly", "status"), [(False, "not_met"), (True, "undetermined")])
def test_the_evidence_against_a_stated_means_is_a_caution_last(
    client: TestClient, knowingly: bool, status: str
) -> None:
    """Also on a line not met (after its reason, which has no field): the stated fact decided
    it, and the indicators on file say to check it."""
    pattern = contradicted(knowingly)
    summary = _evaluate(client, pattern, "nm")["assessment"]["summary"]
    entry = _state_entry(summary, "D")
    assert entry["status"] == status
    assert entry["cautions"][-1] == {"kind": "evidence_against_means", "text": EVIDENCE}
    a = nmt.assess(nmt.from_dict(pattern), today=date.fromisoformat(TODAY), law="nm")
    (line,) = [x for x in a.explain().split("\n") if x.strip().startswith("§ 30-52-1:")]
    follows = a.explain().split(line, 1)[1].split("\n  Count:")[0]
    assert flat(line + follows).endswith(EVIDENCE)


def test_without_the_indicators_neither_kind_is_given(client: TestClient) -> None:
    plain = contradicted(False)
    plain["observations"] = []
    summary = _evaluate(client, plain, "nm")["assessment"]["summary"]
    assert "cautions" not in _state_entry(summary, "D")


def test_the_new_kinds_are_in_the_published_schema() -> None:
    """Within 2.6.0 (not yet released): the schema lists the five kinds in the line's order."""
    schema = json.loads((ROOT / "docs" / "schemas" / "assessment.schema.json").read_text())
    kinds = schema["$defs"]["Caution"]["properties"]["kind"]["enum"]
    assert kinds == [
        "sting",
        "indian_country",
        "also_victim",
        "child_defendant",
        "evidence_against_means",
    ]
    doc = nmt.assess(nmt.from_dict(STING), today=date.fromisoformat(TODAY)).to_dict()
    assert doc["contract_version"] >= "2.6.0"  # (a later minor version keeps the kinds)
    contract = (ROOT / "docs" / "contract.md").read_text()
    section = contract[contract.index("## 2.6.0") : contract.index("## A person's `indian`")]
    for kind in kinds:
        assert f"| `{kind}` |" in section, kind


# --- the person fact `indian` in the builder --------------------------------------------------


def test_the_builder_offers_a_persons_indian_status_with_the_schemas_description(
    client: TestClient,
) -> None:
    catalog = client.get("/api/v1/builder").json()
    (fact,) = [f for f in catalog["person_facts"] if f["path"] == "indian"]
    assert fact["help"] == Person.model_fields["indian"].description
    # asked as the summary asks it where an act is in Indian country and only the defendant's
    # status is not stated
    plain = copy.deepcopy(STING)
    plain["persons"][1]["indian"] = False
    a = nmt.assess(nmt.from_dict(plain), today=date.fromisoformat(TODAY), law="nm")
    asked = [q.text for q in a.summary.needed if q.element == "indian_country"]
    assert [x.split("? ")[0] + "?" for x in asked] == [fact["question"].replace("{person}", "D")]


# --- how the text heads a helper's finding ---------------------------------------------------


def helper_barred() -> dict[str, Any]:
    """B aids T's recruiting of C; T's obtaining of B meets § 30-52-1, so § 30-52-1(E) bars
    charging B as an accessory (tests/test_devh_s7_review_o.py): the text heads B's finding
    "barred by § 30-52-1(E)", where the status is undetermined (the intent not stated)."""
    return {
        "persons": [
            {"id": "T", "roles": ["trafficker"]},
            {"id": "B", "roles": ["victim"], "age": 20},
            {"id": "C", "roles": ["victim"], "birth_date": "2011-05-05"},
        ],
        "conduct": [
            {"id": "o", "actor": "T", "person": "B", "act": "obtaining", "date": "2025-10-01",
             "knowingly": True, "means_will_be_used": {"force": True},
             "to_subject_to": {"commercial_sexual_activity": True}},
            {"id": "r", "actor": "T", "person": "C", "act": "recruiting", "date": "2026-05-01",
             "knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True,
             "accessories": [{"person": "B", "aided": True}]},
        ],
    }  # fmt: skip


@pytest.mark.parametrize("law", LAWS)
def test_evaluate_gives_the_texts_head_of_each_helpers_finding(
    client: TestClient, law: LawChoice
) -> None:
    for pattern in (room_booker_with_a_victim_helper(), helper_barred()):
        got = _evaluate(client, pattern, law)["helper_heads"]
        a = nmt.assess(nmt.from_dict(pattern), today=date.fromisoformat(TODAY), law=law)
        text = flat(a.explain())
        assert set(got) == {f"{x.helper}|{x.conduct}" for x in summary_text.helpers(a.summary)}
        for key, head in got.items():
            assert f"- {key.split('|')[0]}, {head}: " in text, (law, key)
    heads = _evaluate(client, room_booker_with_a_victim_helper(), "nm")["helper_heads"]
    assert heads == {
        "H|recruit": "met",
        "L|recruit": "undetermined (§ 30-52-1(E) may bar the charge)",
    }
    assert _evaluate(client, helper_barred(), "nm")["helper_heads"] == {
        "B|r": "barred by § 30-52-1(E)"
    }
