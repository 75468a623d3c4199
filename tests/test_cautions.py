"""The cautions of a § 30-52-1 line in the JSON (contract 2.6.0).

The text summary's § 30-52-1 line says, after the grade, where an act is stated in Indian
country (related-law-2026-12.md § 5), where the defendant is also a victim (§ 30-52-1(E)) and
where the defendant was under eighteen (§ 32A-2-3(A)); until 2.6.0 none of it was in the JSON,
so a system reading it (and the workbench page, built from it) never had them. Now the law's
entry carries them as ``cautions: [{kind, text}]``, left out where there is none, and every
rendering takes the words from that one field.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import nm_trafficking as nmt
from nm_trafficking.output import json_text
from nm_trafficking.render.memo import render

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 7)
A2 = {"knowingly": True, "will_be_caused_to_engage_in_commercial_sexual_activity": True}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pattern(k: dict[str, Any] | None = None, **drive: Any) -> nmt.FactPattern:
    """T obtains K on 1 February 2025 (meets (A)(2)); K transports V (15) to buyers on 6 June
    2025. ``k``: what is stated of K; ``drive``: more facts of K's act."""
    persons = [{"id": "T"}, {"id": "K", **(k or {})}, {"id": "V", "birth_date": "2010-03-03"}]
    conduct = [
        {"id": "k", "actor": "T", "person": "K", "act": "obtaining", "date": "2025-02-01", **A2},
        {"id": "drive", "actor": "K", "person": "V", "act": "transporting",
         "date": "2025-06-06", **A2, **drive},
    ]  # fmt: skip
    return nmt.from_dict({"persons": persons, "conduct": conduct})


ALL_THREE = _pattern({"age": 16, "indian": True}, in_indian_country=True, county="Sandoval")
"""K, 16 and an Indian, trafficked by T, transports V in Indian country: all three cautions."""


def _k_entry(doc: dict[str, Any]) -> dict[str, Any]:
    (pair,) = [p for p in doc["summary"]["pairs"] if p["defendant"] == "K"]
    (law,) = [x for x in pair["laws"] if x["law"] == "nm_30_52_1"]
    return law  # type: ignore[no-any-return]


def _doc(a: nmt.Assessment, detail: Any = "summary") -> dict[str, Any]:
    return json.loads(a.to_json(detail=detail))  # type: ignore[no-any-return]


@pytest.mark.statute("30-52-1(B)", "30-52-1(E)")
@pytest.mark.parametrize("law", ["nm", "all"])
def test_the_three_cautions_are_in_the_json_in_the_lines_order(law: str) -> None:
    a = nmt.assess(ALL_THREE, today=TODAY, law=law)
    doc = _doc(a)
    assert doc["contract_version"] >= "2.6.0"  # (2.6.0 gave the cautions; a later minor keeps them)
    cautions = _k_entry(doc)["cautions"]
    assert [c["kind"] for c in cautions] == ["indian_country", "also_victim", "child_defendant"]
    indian, victim, child = (c["text"] for c in cautions)
    assert indian.startswith(
        "The transporting of 6 June 2025 is stated to have taken place in Indian country: K is "
        "stated to be an Indian, so the State may lack jurisdiction (State v. Romero, "
        "2006-NMSC-039 [P]"
    )
    assert victim == (
        "K is also a victim: T's obtaining of 1 February 2025 meets § 30-52-1 (§ 30-52-1(E) "
        "bars only a charge as an accessory)."
    )
    assert child.startswith("Defendant K was under eighteen at the transporting of 6 June 2025")
    assert child.endswith(
        "The basic sentence shown is an adult's; whether it could be imposed is not assessed."
    )
    # whole sentences, each ending with one period
    assert all(c["text"].endswith(".") and not c["text"].endswith("..") for c in cautions)
    # the text summary's § 30-52-1 line says the same words, in the same order, after the grade
    text = _flat(a.explain())
    line = " ".join(c["text"] for c in cautions)
    assert f"second degree felony (basic sentence 9 years [S]). {line}" in text
    # only § 30-52-1's entry; T's own line (T is no victim, an adult, outside Indian country)
    # has none, and none is written empty
    for pair in doc["summary"]["pairs"]:
        for entry in pair["laws"]:
            if entry is not _k_entry(doc):
                assert "cautions" not in entry, (pair["defendant"], entry["law"])


@pytest.mark.parametrize(
    ("k", "drive", "kind"),
    [
        # an adult K, not an Indian, and the person not one either: McBratney
        ({"age": 30, "indian": False}, {"in_indian_country": True}, "indian_country"),
        # an adult K trafficked by T, outside Indian country
        ({"age": 30}, {}, "also_victim"),
    ],
)
def test_each_caution_alone(k: dict[str, Any], drive: dict[str, Any], kind: str) -> None:
    pattern = _pattern(k, **drive)
    if kind == "indian_country":  # no act toward K: K is no victim
        pattern = nmt.from_dict(
            {
                "persons": [{"id": "K", **k}, {"id": "V", "birth_date": "2010-03-03",
                                               "indian": False}],
                "conduct": [{"id": "drive", "actor": "K", "person": "V", "act": "transporting",
                             "date": "2025-06-06", **A2, **drive}],
            }
        )  # fmt: skip
    a = nmt.assess(pattern, today=TODAY, law="all")
    (caution,) = _k_entry(_doc(a))["cautions"]
    assert caution["kind"] == kind
    assert _flat(caution["text"]) in _flat(a.explain())


def test_a_child_defendant_alone() -> None:
    persons = [{"id": "K", "birth_date": "2008-02-01"}, {"id": "V", "birth_date": "2010-03-03"}]
    conduct = [{"id": "drive", "actor": "K", "person": "V", "act": "transporting",
                "date": "2025-06-06", **A2}]  # fmt: skip
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": conduct}), today=TODAY)
    (caution,) = _k_entry(_doc(a))["cautions"]
    assert caution["kind"] == "child_defendant"
    assert caution["text"].startswith(
        "Defendant K was under eighteen at the transporting of 6 June 2025 (aged 17): the "
        "Children's Code may govern (NMSA 1978, § 32A-2-3(A) [S]:"
    )


def test_no_caution_no_field() -> None:
    """The README's example, a federal section, and a § 30-52-1 line not met: no `cautions`
    written (an empty list is left out, as `not_asked` is), and the README's summary stays
    small."""
    a = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), today=TODAY)
    text = json_text(a)
    assert '"cautions"' not in text
    # K stated not to know, so § 30-52-1 is not met: an adult K in Indian country, trafficked
    # by T (the line says only why it is not met, as before)
    not_met = _pattern({"age": 30, "indian": True}, knowingly=False, in_indian_country=True)
    a = nmt.assess(not_met, today=TODAY, law="nm")
    entry = _k_entry(_doc(a))
    assert entry["status"] == "not_met" and "cautions" not in entry


@pytest.mark.parametrize("detail", ["summary", "elements", "full"])
def test_the_document_with_cautions_validates(detail: str) -> None:
    doc = _doc(nmt.assess(ALL_THREE, today=TODAY), detail)
    jsonschema.Draft202012Validator(nmt.output_schema(detail)).validate(doc)  # type: ignore[arg-type]
    described = nmt.output_schema()["$defs"]["LawStatus"]["properties"]["cautions"]
    assert "since 2.6.0" in described["description"]
    kinds = nmt.output_schema()["$defs"]["Caution"]["properties"]["kind"]["enum"]
    assert kinds == [
        "sting",
        "indian_country",
        "also_victim",
        "child_defendant",
        "evidence_against_means",
    ]


def test_every_rendering_takes_the_words_from_the_field() -> None:
    """One source: with a caution's words changed in the summary, the text summary, the
    Markdown, the notebook HTML and the memo say the new words (and no longer the old)."""
    a = nmt.assess(ALL_THREE, today=TODAY, law="nm")
    (pair,) = [p for p in a.summary.pairs if p.defendant == "K"]
    (law,) = [x for x in pair.laws if x.law == "nm_30_52_1"]
    old = law.cautions[1].text
    law.cautions[1].text = "K is said to be a victim too (a changed caution)."
    for shown in (a.explain(), a.to_markdown(), a._repr_html_(), render(a, pattern=ALL_THREE)):
        flat = _flat(shown)
        assert "K is said to be a victim too (a changed caution)" in flat
        assert _flat(old).removesuffix(".") not in flat
    # the line's words are the field's, in its order, between the grade and the next line
    assert _flat(law.why or "") == _flat(" ".join(c.text for c in law.cautions).removesuffix("."))


def test_the_lines_own_reason_comes_before_the_cautions() -> None:
    """A sting (an adult officer D believed 12) in Indian country: the line says first why the
    minor offense's paragraph fails (the caution ``sting``), then the Indian-country caution.
    Until 2.6.0 the Indian-country sentence came first."""
    chat = {"id": "chat", "actor": "D", "person": "O", "act": "soliciting", "date": "2024-05-01",
            "knowingly": True, "believed_age": 12, "in_indian_country": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
            "to_subject_to": {"commercial_sexual_activity": True}}  # fmt: skip
    persons = [{"id": "D"}, {"id": "O", "age": 34, "age_on": "2024-01-01"}]
    a = nmt.assess(nmt.from_dict({"persons": persons, "conduct": [chat]}), today=TODAY, law="nm")
    (pair,) = a.summary.pairs
    (law,) = pair.laws
    assert law.status == "undetermined"
    sting, caution = law.cautions
    assert (sting.kind, caution.kind) == ("sting", "indian_country")
    reason = "(A)(2) is not met: O was eighteen or older at the time of the conduct (age 34 to 35)"
    assert sting.text == f"{reason}."
    assert _flat(law.why or "") == f"{reason}. {caution.text.removesuffix('.')}"
    assert f"[S]). {reason}. {caution.text}" in _flat(a.explain())
