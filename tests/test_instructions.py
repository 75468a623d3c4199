"""The court form (issue 18, item 3): per act, each paragraph of § 30-52-1 and each federal
prong that is met or open, as numbered elements with their authority; only the alternatives
the facts support; state instructions labelled as drafted, federal ones as following the
Ninth Circuit's model instructions."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking as nmt
from nm_trafficking import statute, words
from nm_trafficking.cli import main
from nm_trafficking.render.instructions import FORMS, PAST, Instruction, court_form, render
from nm_trafficking.results import DISCLAIMER
from nm_trafficking.statute import jury_instructions as ji
from tests.test_hostile_cli import HOSTILE, PATTERN, RAW_CONTROL

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
RELATED = ROOT.parent / "shared" / "statute" / "related-law-2026-12.md"
FEDERAL_REF = ROOT.parent / "shared" / "statute" / "federal-18-usc-1589-1590-1591.md"
TODAY = date(2026, 12, 1)


def _assess(conduct: dict[str, Any], victim: dict[str, Any], **kw: Any) -> nmt.Assessment:
    doc = {
        "persons": [{"id": "D"}, {"id": "V", **victim}],
        "conduct": [{"id": "c1", "actor": "D", "person": "V", **conduct}],
    }
    return nmt.assess(nmt.from_dict(doc), today=TODAY, **kw)


def _flat(text: str) -> str:
    """The text with its line wrapping undone."""
    return " ".join(text.split())


def _instructions(a: nmt.Assessment) -> list[Instruction]:
    return [i for p in court_form(a).pairs for i in p.instructions]


def _one(a: nmt.Assessment, citation: str, title_part: str = "") -> Instruction:
    found = [i for i in _instructions(a) if i.citation == citation and title_part in i.title]
    assert len(found) == 1, [(i.citation, i.title) for i in _instructions(a)]
    return found[0]


ADULT = {"age": 30}
FRAUD_SEX = {
    "act": "recruiting",
    "date": "2018-03-10",
    "knowingly": True,
    "means_will_be_used": {"fraud": True},
    "to_subject_to": {"commercial_sexual_activity": True},
}


def test_a_met_paragraph_names_the_act_and_only_the_alternatives_the_facts_state() -> None:
    a = _assess(FRAUD_SEX, ADULT, law="nm")
    i = _one(a, "NMSA 1978, § 30-52-1(A)(1)")
    assert i.status == "met"
    assert i.act == "recruiting V on 10 March 2018"
    assert i.form == "Drafted; no New Mexico uniform jury instruction found."
    first, second = i.elements
    assert (first.ordinal, second.ordinal) == ("First", "Second")
    assert first.text == "the defendant knowingly recruited V"
    assert first.authority == "NMSA 1978, § 30-52-1(A), (A)(1)"
    assert second.text == (
        "the defendant acted with the intent or knowledge that fraud would be used to subject V "
        "to commercial sexual activity"
    )
    assert all(e.established and e.open is None for e in i.elements)
    # (A)(3) is not met (the act is not benefiting) and (A)(2) not met (an adult): left out
    assert [x.citation for x in _instructions(a)] == ["NMSA 1978, § 30-52-1(A)(1)"]
    text = _flat(render(a))
    assert "First, the defendant knowingly recruited V; and" in text
    drafted = text.partition(ji.STATE_REFERENCE.split(".")[0])[0]  # (the definitions line names
    assert "force, fraud" not in drafted  # the three means, once, under the form: review M4)
    assert DISCLAIMER in text
    assert ji.STATE_REFERENCE.split(".")[0] in text
    assert text.count(ji.GENERAL_USE_NOTE_QUOTES[0]) == 1


def test_two_means_stated_are_joined_by_or() -> None:
    both = {**FRAUD_SEX, "means_will_be_used": {"fraud": True, "force": True}}
    second = _one(_assess(both, ADULT, law="nm"), "NMSA 1978, § 30-52-1(A)(1)").elements[1]
    assert "that force or fraud would be used" in second.text


def test_open_means_list_every_alternative_and_say_the_element_is_open() -> None:
    conduct = {**FRAUD_SEX, "means_will_be_used": {}, "to_subject_to": {"labor": True}}
    i = _one(_assess(conduct, ADULT, law="nm"), "NMSA 1978, § 30-52-1(A)(1)")
    assert i.status == "undetermined"
    first, second = i.elements
    assert first.established
    assert not second.established
    assert "that force, fraud or coercion would be used to subject V to labor" in second.text
    assert second.open is not None
    assert "keep only the alternatives the evidence supports" in second.open
    assert "open on the facts stated" in _flat(render(_assess(conduct, ADULT, law="nm")))


def test_the_minor_paragraph_cites_jackson_for_the_age_element() -> None:
    conduct = {
        "act": "enticing",
        "date": "2018-03-10",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    }
    i = _one(_assess(conduct, {"birth_date": "2002-09-14"}, law="nm"), "NMSA 1978, § 30-52-1(A)(2)")
    assert i.status == "met"
    texts = [e.text for e in i.elements]
    assert texts == [
        "the defendant knowingly enticed V",
        "V was under the age of eighteen years at the time",
        "the defendant acted with the intent or knowledge that V would be caused to engage in "
        "commercial sexual activity",
    ]
    age = i.elements[1]
    assert age.authority.startswith("NMSA 1978, § 30-52-1(A)(2); State v. Jackson, 2018-NMCA-066")
    assert "Jackson" not in i.elements[0].authority + i.elements[2].authority


def test_a_labor_case_follows_ninth_circuit_24_28_for_1589a() -> None:
    conduct = {
        "act": "obtaining",
        "date": "2019-08-01",
        "knowingly": True,
        "means_will_be_used": {"fraud": True},
        "to_subject_to": {"labor": True},
        "federal": {
            "labor": {"labor_or_services_of_the_person": True},
            "labor_means": {"threats_of_serious_harm": True},
        },
    }
    a = _assess(conduct, ADULT)
    i = _one(a, "18 U.S.C. § 1589(a)")
    assert i.status == "met"
    assert "Ninth Circuit Model Criminal Jury Instruction 24.28" in i.form
    assert "the Tenth Circuit's were not found" in i.form
    assert [e.text for e in i.elements] == [
        "the defendant obtained the labor or services of V",
        # § 1589(a)(2)'s words, "to that person or another person" kept (review M11)
        "the defendant did so by means of threats of serious harm to V or another person",
        "the defendant acted knowingly",
    ]
    assert all(e.authority.endswith("[S]") for e in i.elements)
    assert i.text_applied.endswith("[S]")
    assert any(ji.MEANS_UNANIMITY_WORDS in c for c in i.comments)
    # the state paragraph is drafted beside it, and § 1591 (no commercial sex act) is left out
    # where it is not met; the labels are explained once
    assert _one(a, "NMSA 1978, § 30-52-1(A)(1)").status == "met"
    text = _flat(render(a))
    assert text.count("[S]: wording checked against secondary copies") == 1
    assert ji.FEDERAL_REFERENCE in text


def test_the_federal_minor_prong_follows_20_25_with_the_observation_rule() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2020-08-14",
        "knowingly": True,
        "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        "federal": {
            "reasonable_opportunity_to_observe": True,
            "as_to_commercial_sex_act": {"knew": True},
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        },
    }
    i = _one(_assess(conduct, {"birth_date": "2005-01-01"}), "18 U.S.C. § 1591(a)(1)", "under 18")
    assert i.status == "met"
    assert "20.25 (rev. Dec. 2023)" in i.form
    texts = [e.text for e in i.elements]
    assert texts[1] == "V had not attained the age of 18 years"
    # met by the opportunity to observe alone: the third element is § 1591(c)'s
    assert texts[2] == "the defendant had a reasonable opportunity to observe V"
    assert texts[3] == "the defendant knew that V would be caused to engage in a commercial sex act"
    assert texts[4] == "the defendant's acts were in or affecting interstate or foreign commerce"
    assert any("drafted from 18 U.S.C. § 1591(c)" in c for c in i.comments)
    assert any(ji.OBSERVE_WORDS in c for c in i.comments)


def test_a_pair_with_nothing_met_or_open_gets_no_instruction() -> None:
    a = _assess({"act": "harboring", "date": "2019-01-12", "knowingly": True}, ADULT, law="nm")
    form = court_form(a)
    assert form.pairs[0].instructions == ()
    assert form.pairs[0].nothing == (
        "NMSA 1978, § 30-52-1: no paragraph is met or open on the facts stated; no instruction "
        "is drafted.",
    )
    text = _flat(render(a))
    assert "First," not in text
    assert ji.STATE_REFERENCE[:40] not in text  # nothing drafted, nothing to rest on
    assert DISCLAIMER in text


def test_with_law_federal_the_state_paragraphs_are_not_drafted() -> None:
    a = _assess(FRAUD_SEX, ADULT, law="federal")
    assert all(i.law != "nm_30_52_1" for i in _instructions(a))
    assert "30-52-1(A)" not in _flat(render(a))


def test_every_statute_element_is_drafted_exactly_once() -> None:
    for law in statute.LAWS.values():
        for version in law.all_versions:
            if not version.encoded:
                continue
            for para in version.offences:
                if not para.in_text:
                    continue
                keys = [k for group, _ in FORMS[para.short] for k in group]
                wanted = [e.key for e in para.elements if e.key != "in_force"]
                assert sorted(keys) == sorted(wanted), (version.id, para.short)


@pytest.mark.skipif(not RELATED.exists(), reason="shared/statute reference not beside the repo")
def test_the_quoted_sources_are_verbatim() -> None:
    related = " ".join(RELATED.read_text(encoding="utf-8").split())
    federal = " ".join(FEDERAL_REF.read_text(encoding="utf-8").split())
    for quote in (
        *ji.GENERAL_USE_NOTE_QUOTES,
        ji.NOT_A_MINOR_WORDS,
        ji.MEANS_NOT_ELEMENTS_WORDS,
        ji.MEANS_UNANIMITY_WORDS,
    ):
        assert quote in related, quote
    assert ji.OBSERVE_WORDS in federal


PATH_OR_ID = re.compile(r"\b[a-z]+_[a-z_]+\b|\busc-\d|\bfederal\.|\bas_of\b|conduct \w+:")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_field_path_or_text_id_in_the_form_of_any_example(path: Path) -> None:
    a = nmt.assess(nmt.load(path), today=TODAY)
    text = _flat(render(a))
    assert DISCLAIMER in text
    assert not PATH_OR_ID.findall(text.replace(a.disclaimer, ""))
    for c in (x for f in a.findings for x in f.counts):
        if c.conduct not in c.act:  # an act id that is not a word of the verb
            assert not re.search(rf"\b{re.escape(c.conduct)}\b", text), c.conduct


def test_the_cli_prints_the_form(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(ROOT / "examples" / "a2_social_media_15.yaml")
    assert main(["assess", example, "--format", "instructions", "--today", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Court form: the elements as drafted jury instructions")
    assert "First, the defendant knowingly recruited V;" in out
    assert "State v. Jackson, 2018-NMCA-066" in out
    assert out.endswith("\n")


def test_a_text_given_for_one_assessment_is_named_not_drafted_or_hidden() -> None:
    amended = replace(statute.VERSIONS[0], id="amended")
    a = _assess(FRAUD_SEX, ADULT, law="nm", versions=(amended,))
    assert a.findings[0].status == "met"
    pair = court_form(a).pairs[0]
    assert pair.instructions == ()
    assert pair.nothing == (
        "Recruiting V on 10 March 2018: judged under a text of § 30-52-1 this library does not "
        "hold (given for this assessment only); no instruction is drafted.",
    )


def test_control_characters_in_a_title_never_reach_the_form_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps({**PATTERN, "title": HOSTILE}), encoding="utf-8")
    assert main(["assess", str(f), "--format", "instructions"]) == 0
    out = capsys.readouterr().out
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))


def _pattern(conduct: dict[str, Any], victim: dict[str, Any]) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", **victim}],
            "conduct": [{"id": "c1", "actor": "D", "person": "V", **conduct}],
        }
    )


def _form(conduct: dict[str, Any], victim: dict[str, Any], **kw: Any) -> list[Instruction]:
    pattern = _pattern(conduct, victim)
    a = nmt.assess(pattern, today=TODAY, **kw)
    return [i for p in court_form(a, pattern).pairs for i in p.instructions]


def _pick(found: list[Instruction], citation: str, title_part: str = "") -> Instruction:
    match = [i for i in found if i.citation == citation and title_part in i.title]
    assert len(match) == 1, [(i.citation, i.title) for i in found]
    return match[0]


MINOR_SEEN = {
    "act": "obtaining",
    "date": "2020-10-01",
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
    "federal": {
        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
        "as_to_age": {"knew": False, "reckless_disregard": False},
        "reasonable_opportunity_to_observe": True,
        "as_to_commercial_sex_act": {"knew": True},
    },
}
"""Review 6, P05: knowledge and reckless disregard of age stated false, an opportunity to
observe stated true."""


@pytest.mark.parametrize("observe", [True, None])
def test_an_age_element_resting_on_the_opportunity_to_observe_gives_1591c(
    observe: bool | None,
) -> None:
    conduct = json.loads(json.dumps(MINOR_SEEN))
    if observe is None:
        del conduct["federal"]["reasonable_opportunity_to_observe"]
    for when in ("2020-10-01", "2012-06-01"):  # the current text and the 2008 text [R]
        conduct["date"] = when
        i = _pick(
            _form(conduct, {"birth_date": "2005-06-01"} if when > "2015" else {"age": 15}),
            "18 U.S.C. § 1591(a)(1)",
            "under 18",
        )
        third = i.elements[2]
        assert third.text == "the defendant had a reasonable opportunity to observe V"
        assert "knew" not in third.text and "reckless" not in third.text
        assert "§ 1591(c)" in third.authority and "concluding provisions" not in third.authority
        assert "United States v. Duong, 848 F.3d 928 (10th Cir. 2017)" in third.authority
        assert third.established is (observe is True)
        if observe is None:
            assert "the facts stated rule out knowledge and reckless disregard." in (
                third.open or ""
            )
        assert any("which the facts stated rule out" in c for c in i.comments)
    pattern = _pattern(MINOR_SEEN, {"age": 15})
    text = _flat(render(nmt.assess(pattern, today=TODAY), pattern))
    assert "that V had not attained the age of 18 years;" not in text.split("under 18", 1)[1]


def test_an_age_element_keeps_only_the_mental_states_not_ruled_out() -> None:
    conduct = json.loads(json.dumps(MINOR_SEEN))
    conduct["federal"]["as_to_age"] = {"knew": False}
    conduct["federal"]["reasonable_opportunity_to_observe"] = False
    i = _pick(_form(conduct, {"age": 15}), "18 U.S.C. § 1591(a)(1)", "under 18")
    assert i.elements[2].text == (
        "the defendant was in reckless disregard of the fact that V had not attained the age of "
        "18 years"
    )
    assert not any(ji.OBSERVE_WORDS in c for c in i.comments)  # (c) is ruled out too
    # the (a)(2) minor prong never offers § 1591(c)
    venture = {
        "act": "benefiting",
        "date": "2020-10-05",
        "knowingly": True,
        "benefit": {"financially": True},
        "federal": {"reasonable_opportunity_to_observe": True, "as_to_age": {"knew": False}},
    }
    found = _form(venture, {"age": 15})
    for i in found:
        assert "opportunity to observe" not in " ".join(e.text for e in i.elements)


@pytest.mark.parametrize(
    ("means", "purposes", "means_words", "purpose_words", "ruled_out"),
    [
        (  # review 5, p16_partial_means
            {"force": False},
            {"labor": True},
            "fraud or coercion",
            "labor",
            "force",
        ),
        (  # review 5, p16b_only_fraud_open (labor stated: a fact supports (A)(1), review 8)
            {"force": False, "coercion": False},
            {"labor": True, "services": False, "commercial_sexual_activity": False},
            "fraud",
            "labor",
            "force and coercion",
        ),
    ],
)
def test_the_state_form_leaves_out_the_alternatives_stated_false(
    means: dict[str, bool],
    purposes: dict[str, bool],
    means_words: str,
    purpose_words: str,
    ruled_out: str,
) -> None:
    conduct = {
        "act": "recruiting",
        "date": "2022-02-02",
        "knowingly": True,
        "means_will_be_used": means,
        "to_subject_to": purposes,
    }
    i = _pick(_form(conduct, ADULT, law="nm"), "NMSA 1978, § 30-52-1(A)(1)")
    assert i.elements[1].text == (
        f"the defendant acted with the intent or knowledge that {means_words} would be used to "
        f"subject V to {purpose_words}"
    )
    assert f"the facts stated rule out {ruled_out}." in (i.elements[1].open or "")
    # without the facts the form cannot know what was stated false: every alternative
    i = _one(_assess(conduct, ADULT, law="nm"), "NMSA 1978, § 30-52-1(A)(1)")
    assert "force, fraud or coercion" in i.elements[1].text


def test_the_federal_form_leaves_out_the_means_and_mental_states_stated_false() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2022-02-02",
        "knowingly": True,
        "federal": {
            "knew_means_will_be_used": {"force": False, "threats_of_force": False, "fraud": False},
            "reckless_disregard_means_will_be_used": {"force": False},
            "labor_means": {"force": False, "serious_harm": False},
            # a fact toward the means (review 9: a prong no fact supports is not drafted)
            "offense_effected_by": {"coercion_scheme_plan_or_pattern": True},
        },
    }
    found = _form(conduct, ADULT)
    i = _pick(found, "18 U.S.C. § 1591(a)(1)", "force")
    assert i.elements[1].text == (
        "the defendant knew, or was in reckless disregard of the fact, that threats of force, "
        "fraud or coercion would be used to cause V to engage in a commercial sex act"
    )
    assert "rule out force." in (i.elements[1].open or "")
    conduct["federal"]["knew_means_will_be_used"] = {"force": False, "fraud": False}
    conduct["federal"]["knew_means_will_be_used"] |= {
        k: False
        for k in (
            "threats_of_force",
            "coercion_threats_of_serious_harm_or_restraint",
            "coercion_scheme_plan_or_pattern",
            "coercion_abuse_of_legal_process",
        )
    }
    i = _pick(_form(conduct, ADULT), "18 U.S.C. § 1591(a)(1)", "force")
    assert i.elements[1].text.startswith(
        "the defendant was in reckless disregard of the fact that threats of force, fraud or "
        "coercion would be used"
    )


def test_the_cli_form_leaves_out_the_alternatives_stated_false(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p16b.json"
    conduct = {
        "act": "recruiting",
        "date": "2022-02-02",
        "knowingly": True,
        "means_will_be_used": {"force": False, "coercion": False},
        "to_subject_to": {"labor": True, "services": False, "commercial_sexual_activity": False},
    }
    path.write_text(_pattern(conduct, ADULT).model_dump_json(exclude_none=True))
    assert main(["assess", str(path), "--format", "instructions", "--law", "nm"]) == 0
    out = _flat(capsys.readouterr().out)
    assert "knowledge that fraud would be used to subject V to labor." in out
    assert "force, fraud or coercion would be used" not in out


NMSA = ROOT.parent / "shared" / "statute" / "nmsa-30-52-1.md"
MINOR_SEX = {
    "act": "soliciting",
    "date": "2021-06-14",
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


@pytest.mark.parametrize(
    ("victim", "expected", "cited"),
    [
        ({"age": 12}, "drafted for a first degree felony, which turns on V's age", "(C)(2)"),
        ({"age": 13}, "drafted for a second degree felony, which turns on V's age", "(C)(1)"),
        ({"age": 17}, "drafted for a third degree felony", "(C))"),
        ({"age": 12, "age_on": "2021-01-01"}, "turns on V's age at the time (12 to 13)", "(C)(2)"),
    ],
)
def test_each_state_instruction_says_the_degree_it_is_drafted_for(
    victim: dict[str, Any], expected: str, cited: str
) -> None:
    i = _one(_assess(MINOR_SEX, victim, law="nm"), "NMSA 1978, § 30-52-1(A)(2)")
    degree = i.degree or ""
    assert degree.startswith("Degree: ") and expected in degree
    assert f"NMSA 1978, § 30-52-1{cited}" in degree
    # the instruction's own label says it is drafted, once (review 8): not the degree's line
    assert ji.STATE_FORM not in degree.lower() and i.form.lower().startswith(ji.STATE_FORM.lower())
    if NMSA.exists():  # the words quoted are the statute's (where the reference is beside)
        statute_text = " ".join(NMSA.read_text(encoding="utf-8").replace("> ", "").split())
        for quoted in re.findall(r'\("([^"]+)"\)', degree):
            for piece in quoted.split(" … "):
                assert piece in statute_text, piece
    if victim["age"] < 16:
        word = "thirteen" if "first" in degree else "sixteen"
        assert f"V was under the age of {word}" in degree
    text = _flat(render(_assess(MINOR_SEX, victim, law="nm")))
    assert degree in text


def test_federal_instructions_carry_no_state_degree() -> None:
    a = _assess(MINOR_SEX | {"federal": {"as_to_age": {"knew": True}}}, {"age": 12})
    for i in _instructions(a):
        assert (i.degree is None) == (i.law != "nm_30_52_1"), i.citation


# --- the verbs charged (review 7, item 1) -----------------------------------------------------

BUYER = {
    "act": "patronizing",
    "as_buyer": True,
    "date": "2024-09-14",
    "knowingly": True,
    "will_be_caused_to_engage_in_commercial_sexual_activity": True,
}


def test_a_buyers_patronizing_is_charged_with_the_2008_verbs_in_brackets() -> None:
    """Review 7, c05: "patronizing" is not a verb of § 30-52-1; the instruction drafts the
    conduct with the text's verbs the same facts may be described by, and says why it is open."""
    found = _form(BUYER, {"age": 15}, law="nm")
    # no fact supports force, fraud or coercion, or labor or services: (A)(1) is not drafted
    assert not [i for i in found if i.citation == "NMSA 1978, § 30-52-1(A)(1)"]
    for citation in ("NMSA 1978, § 30-52-1(A)(2)",):
        first = _pick(found, citation).elements[0]
        assert first.text == "the defendant knowingly [solicited] or [obtained] V"
        assert not first.established
        assert "Patronizing is not a verb of the text applied" in (first.open or "")
        assert (first.open or "").endswith(
            "whether the 2008 verbs reach a buyer's own purchase is a point of law."
        )
    text = _flat(render(nmt.assess(_pattern(BUYER, {"age": 15}), today=TODAY, law="nm")))
    assert "knowingly patronized" not in text


def test_a_buyers_own_verb_of_the_text_is_kept_and_the_open_point_named() -> None:
    found = _form(BUYER | {"act": "soliciting"}, {"age": 15}, law="nm")
    first = _pick(found, "NMSA 1978, § 30-52-1(A)(2)").elements[0]
    assert first.text == "the defendant knowingly solicited V"
    assert "is not a verb of the text applied" not in (first.open or "")
    assert "whether the 2008 verbs reach a buyer's own purchase is a point of law" in (
        first.open or ""
    )


def test_a_federal_buyer_before_2015_is_charged_only_with_a_verb_of_that_text() -> None:
    """Before 29 May 2015 "patronizes" and "solicits" were not § 1591(a)(1) verbs."""
    conduct = BUYER | {
        "date": "2012-03-10",
        "federal": {
            "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
            "as_to_age": {"knew": True},
            "as_to_commercial_sex_act": {"knew": True},
        },
    }
    for act in ("patronizing", "soliciting"):
        i = _pick(_form(conduct | {"act": act}, {"age": 15}), "18 U.S.C. § 1591(a)(1)", "under")
        first = i.elements[0]
        assert first.text == "the defendant knowingly [obtained] V"
        point = "whether the verbs of 18 U.S.C. § 1591(a)(1) in the text applied reach a buyer's"
        assert point in (first.open or "")
    # from 29 May 2015 "patronizes" is a verb of the text: charged as such
    i = _pick(
        _form(conduct | {"date": "2016-03-10"}, {"age": 15}), "18 U.S.C. § 1591(a)(1)", "under"
    )
    assert i.elements[0].text == "the defendant knowingly patronized V"


def test_1589a_charges_providing_or_obtaining_labor_never_the_acts_own_verb() -> None:
    conduct = {
        "act": "recruiting",
        "date": "2019-03-10",
        "knowingly": True,
        "federal": {
            "labor": {"provided_or_obtained_labor_or_services": True},
            "labor_means": {"serious_harm": True},
        },
    }
    i = _pick(_form(conduct, ADULT, law="federal"), "18 U.S.C. § 1589(a)")
    assert i.elements[0].text == "the defendant [provided] or [obtained] the labor or services of V"


_VERB_FORMS = ("A1", "A2", "1591a1_means", "1591a1_minor", "1589a", "1590a")
"""The forms whose first element charges the act's own verb."""


def _para_of(i: Instruction) -> statute.model.OffenceParagraph:
    # the text applied is named as the summary names it (``words.text_name``; review V14)
    version = next(
        v
        for law in (statute.NM, *statute.FEDERAL_LAWS)
        for v in law.versions
        if i.text_applied == words.text_name(law, v)
    )
    return next(
        p
        for p in version.offences
        if i.citation in (f"NMSA 1978, § {p.citation}", p.paragraph_citation) and p.title == i.title
    )


def _charged(text: str, victim: str) -> list[str]:
    """The verbs the first element charges, without their brackets."""
    rest = text.removeprefix("the defendant ").removeprefix("knowingly ")
    rest = rest.split(" the labor or services of ")[0].removesuffix(f" {victim}")
    return [w.strip("[]") for w in re.split(r", | or ", rest)]


def _project_patterns() -> list[tuple[str, nmt.FactPattern, date | None, date]]:
    from nm_trafficking.cases import project_case_paths
    from nm_trafficking.cases.runner import load_cases

    out = [(p.stem, nmt.load(p), None, TODAY) for p in EXAMPLES]
    loaded, _ = load_cases(project_case_paths())
    out += [
        (c.id, c.pattern, c.as_of, c.today or TODAY)
        for f in loaded
        for c in f.cases
        if c.statute is None
    ]
    return out


def test_every_verb_charged_in_every_input_is_a_verb_of_the_text_applied() -> None:
    """No drafted instruction, of any example or case, charges a verb its paragraph (in the
    text applied) does not have."""
    seen = 0
    for name, pattern, as_of, today in _project_patterns():
        a = nmt.assess(pattern, today=today, as_of=as_of)
        for pair in court_form(a, pattern).pairs:
            for i in pair.instructions:
                para = _para_of(i)
                if para.short not in _VERB_FORMS:
                    continue
                allowed = {PAST[v] for v in para.verbs}
                charged = _charged(i.elements[0].text, pair.victim)
                assert set(charged) <= allowed, (name, i.act, i.citation, charged)
                seen += 1
    assert seen > 100
