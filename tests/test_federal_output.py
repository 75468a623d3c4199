"""State and federal in the output: contract 1.1 (jurisdictions, side_by_side, laws) validates
for every choice of laws, § 30-52-1 alone does no federal work, explanations stay lazy, and the
text, Markdown and HTML views show the side-by-side summary and each federal element's words
and label."""

from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path

import jsonschema
import pytest

import nm_trafficking as nmt
from nm_trafficking.cli import main
from nm_trafficking.rules.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "federal_motel_venture.yaml"
HARBORING = ROOT / "examples" / "harboring_only.yaml"
VALIDATOR = jsonschema.Draft202012Validator(nmt.output_schema("full"))
FEDERAL = ["usc_1591", "usc_1589", "usc_1590"]


@pytest.mark.parametrize("law", ["all", "nm", "federal"])
def test_every_choice_of_laws_validates(law: str) -> None:
    for path in (EXAMPLE, HARBORING):
        doc = json.loads(nmt.assess(nmt.load(path), law=law).to_json(detail="full"))  # type: ignore[arg-type]
        VALIDATOR.validate(doc)
        assert doc["contract_version"] == nmt.CONTRACT_VERSION
        expected = {"all": ["nm_30_52_1", *FEDERAL], "nm": ["nm_30_52_1"], "federal": FEDERAL}
        assert doc["laws"] == expected[law]
        for f in doc["findings"]:
            assert list(f["jurisdictions"]) == ([] if law == "nm" else FEDERAL)
            if law == "federal":  # contract 2.0: no field describes a law not asked for
                assert not {"status", "grade", "subsections", "counts"} & set(f)
                assert not {"statute_version", "notes"} & set(doc)
            else:
                assert f["subsections"] and f["counts"]
            lines = f["side_by_side"]
            assert lines[0].startswith("NM 30-52-1:") == (law != "federal")
            assert len(lines) == {"all": 6, "nm": 1, "federal": 5}[law]


def test_a_bad_choice_of_laws_is_refused() -> None:
    with pytest.raises(ValueError, match="law must be one of"):
        nmt.assess(nmt.load(HARBORING), law="state")  # type: ignore[arg-type]


def test_the_state_statute_alone_does_no_federal_work() -> None:
    engine = Engine()
    a = nmt.assess(nmt.load(EXAMPLE), engine=engine, law="nm")
    assert all(f.jurisdictions == {} for f in a.findings)
    assert set(engine._compiled) == {v.id for v in nmt.statute.VERSIONS}
    assert engine.sessions_run == 1
    nmt.assess(nmt.load(EXAMPLE), engine=engine)
    assert engine.sessions_run == 1 + 4  # one session per law, one text each


def test_federal_statuses_do_not_build_the_explanation_and_it_changes_nothing() -> None:
    pattern = nmt.load(EXAMPLE)
    lazy = nmt.assess(pattern)
    j = lazy.finding("M", "G").jurisdictions["usc_1591"]
    _ = (j.status, j.penalty.band, [p.status for p in j.prongs.values()], j.counts[0].penalty)
    assert j._explain is not None and j.counts[0]._explain is not None
    assert j.counts[0].penalty._explain is not None
    assert lazy.to_dict(detail="full") == nmt.assess(pattern).to_dict(detail="full")
    again = pickle.loads(pickle.dumps(lazy))
    assert again.to_dict(detail="full") == lazy.to_dict(detail="full") and again.explain(
        "full"
    ) == lazy.explain("full")


def test_every_federal_element_has_its_words_and_label_in_json() -> None:
    doc = nmt.assess(nmt.load(EXAMPLE)).to_dict(detail="full")
    seen = 0
    for f in doc["findings"]:
        for j in f["jurisdictions"].values():
            assert j["labels"] and all(
                label["code"] in ("[S]", "[R]", "[P]") for label in j["labels"]
            )
            for prong in j["prongs"].values():
                assert prong["label"] == "[S]" and "secondary copies" in prong["label_meaning"]
                for e in prong["elements"]:
                    assert e["verification"] in ("[S]", "[R]", "[P]")
                    assert e["statute_words"] is None or e["statute_words"] in json.dumps(
                        doc, ensure_ascii=False
                    )
                    seen += 1
    assert seen > 50


def test_the_side_by_side_summary_reads_as_the_issue_asks() -> None:
    pattern = nmt.from_dict(
        {
            "persons": [{"id": "H"}, {"id": "W", "age": 25}],
            "conduct": [
                {
                    "id": "house",
                    "actor": "H",
                    "person": "W",
                    "act": "harboring",
                    "date": "2021-02-01",
                    "knowingly": True,
                    "federal": {
                        "knew_means_will_be_used": {"force": True},
                        "offense_effected_by": {"force": True},
                    },
                }
            ],
        }
    )
    lines = nmt.assess(pattern).findings[0].side_by_side
    assert lines[0] == "NM 30-52-1: not met — harboring is not a verb of § 30-52-1 (2008 text)"
    assert lines[1] == (
        "18 U.S.C. § 1591(a)(1) [S]: undetermined — the jurisdiction element not established"
    )


def test_text_shows_federal_words_labels_and_brief_lines() -> None:
    text = " ".join(nmt.assess(nmt.load(EXAMPLE)).explain("full").split())
    assert "State and federal, side by side:" in text
    assert "18 U.S.C. § 1591 — Sex trafficking of children or by force, fraud, or coercion" in text
    assert '"that the person has not attained the age of 18 years"' in text
    assert "[S]: wording checked against secondary copies of the Code only" in text
    assert "compare with the official Code before relying on it" in text
    assert "§ 1594(a)" in text and "18 U.S.C. § 1591(b)(2)" in text
    # A pattern with state facts only: the federal prongs in one line each.
    brief = nmt.assess(nmt.load(HARBORING)).explain("full")
    assert "UNDETERMINED — still needed:" in brief
    alone = nmt.assess(nmt.load(HARBORING), law="nm").explain("full")
    assert "18 U.S.C." not in alone.split("Notes:")[0] and "side by side" not in alone
    assert len(brief) < 2.5 * len(alone)


def test_federal_only_views_hide_the_state_sections() -> None:
    a = nmt.assess(nmt.load(EXAMPLE), law="federal")
    text = a.explain("full")
    assert "30-52-1(A)(2)" not in text and "Grade:" not in text
    assert "18 U.S.C. § 1591(a)(2) minor [S]: MET" in text
    md = a.to_markdown("full")
    assert "### 18 U.S.C. § 1591" in md and "30-52-1(A)" not in md
    html = a._repr_html_()
    assert "18 U.S.C. § 1591" in html and "Statute: NMSA" not in html


def test_markdown_and_html_show_the_federal_words_with_labels() -> None:
    a = nmt.assess(nmt.load(EXAMPLE))
    md = a.to_markdown("full")
    assert "**State and federal, side by side:**" in md
    assert "statute: “that the person has not attained the age of 18 years”" in md
    html = a._repr_html_()
    assert "<q>that the person has not attained the age of 18 years</q>" in html
    assert "[S]: wording checked against secondary copies" in html


def test_the_law_option_of_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["assess", str(EXAMPLE), "--law", "nm", "--format", "json", "--detail", "full"]) == 0
    )
    doc = json.loads(capsys.readouterr().out)[0]
    assert doc["laws"] == ["nm_30_52_1"] and doc["findings"][0]["jurisdictions"] == {}
    assert main(["assess", str(EXAMPLE), "--format", "jsonl", "--detail", "full"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["laws"][1:] == FEDERAL
    assert main(["assess", str(EXAMPLE), "--law", "federal"]) == 0
    out = capsys.readouterr().out
    assert "§ 1591: " in out and "§ 30-52-1:" not in out
    with pytest.raises(SystemExit) as info:
        main(["assess", str(EXAMPLE), "--law", "state"])
    assert info.value.code == 2


def _doc(federal: object) -> dict[str, object]:
    return {
        "persons": [{"id": "D"}, {"id": "V", "age": 15}],
        "conduct": [
            {"id": "c", "actor": "D", "person": "V", "act": "harboring", "federal": federal}
        ],
    }


@pytest.mark.parametrize(
    ("federal", "where", "says"),
    [
        ({"jurisdicton": {}}, "conduct[0].federal.jurisdicton", "jurisdiction"),
        ({"as_to_age": {"knew": 1}}, "conduct[0].federal.as_to_age.knew", "true, false"),
        ({"as_to_age": {"knew": "yes"}}, "conduct[0].federal.as_to_age.knew", "true, false"),
        ({"venture": {"act": "buying"}}, "conduct[0].federal.venture.act", "recruiting"),
        ({"reasonable_opportunity_to_observe": [True]}, "reasonable_opportunity", "true"),
        ("yes", "conduct[0].federal", "valid"),
    ],
)
def test_bad_federal_facts_are_refused_naming_the_field(
    federal: object, where: str, says: str
) -> None:
    with pytest.raises(nmt.InvalidFactPattern) as info:
        nmt.from_dict(_doc(federal))
    message = str(info.value)
    assert where in message and says in message, message


def test_federal_facts_are_in_the_input_schema_and_can_be_changed_one_by_one() -> None:
    schema = json.dumps(nmt.json_schema())
    assert "reasonable_opportunity_to_observe" in schema and "chapter_77" in schema
    pattern = nmt.from_dict(_doc({}))
    path = "conduct.c.federal.jurisdiction.within_special_maritime_and_territorial_jurisdiction"
    changed = pattern.with_fact(path, True)
    jurisdiction = changed.conduct[0].federal.jurisdiction
    assert jurisdiction.within_special_maritime_and_territorial_jurisdiction.value == "true"
    # An empty block is the same as none: every federal fact unknown.
    plain = {"id": "c", "actor": "D", "person": "V", "act": "harboring"}
    assert pattern.conduct[0].federal == (
        nmt.from_dict({**_doc({}), "conduct": [plain]}).conduct[0].federal
    )


def _undated_harboring(**victim: object) -> nmt.FactPattern:
    return nmt.from_dict(
        {
            "persons": [{"id": "D"}, {"id": "V", **victim}],
            "conduct": [
                {
                    "id": "c",
                    "actor": "D",
                    "person": "V",
                    "act": "harboring",
                    "knowingly": True,
                    "federal": {
                        "jurisdiction": {"in_or_affecting_interstate_or_foreign_commerce": True},
                        "as_to_age": {"knew": True},
                        "as_to_commercial_sex_act": {"knew": True},
                    },
                }
            ],
        }
    )


@pytest.mark.parametrize(
    ("born", "texts"),
    [("2018-06-01", ["usc-1591-2018b"]), ("2017-06-01", ["usc-1591-2015", "usc-1591-2018b"])],
)
def test_an_undated_act_is_judged_under_every_text_its_dates_fall_under(
    born: str, texts: list[str]
) -> None:
    """Born in June 2018, the act can only fall under § 1591 of April or December 2018, which
    decide alike: placed under it. Born in 2017, it may fall under the 2015 text too: judged
    under both, and (a)(1) minor, met under each, is met (review 6, item 6)."""
    law = (
        nmt.assess(_undated_harboring(birth_date=born), today=date(2026, 11, 28))
        .findings[0]
        .jurisdictions["usc_1591"]
    )
    assert law.counts[0].assessed_under == "usc-1591-2018b"
    assert law.texts == texts
    assert law.prongs["18 U.S.C. § 1591(a)(1) minor"].status == "met"


def test_an_undated_act_with_no_birth_bound_is_judged_under_every_period() -> None:
    """A plain age bounds no undated act's days (it is read over the acts): the act may fall
    under any text, or before the section existed, so it is judged under every one of them,
    at the age stated, and keeps the bands they give (review P F2 of session 7: it was judged
    under ``law.undated`` alone, and no punishment could be stated)."""
    law = (
        nmt.assess(_undated_harboring(age=15), today=date(2026, 11, 28))
        .findings[0]
        .jurisdictions["usc_1591"]
    )
    assert law.texts[0] == "usc-1591-before-2000"
    assert law.texts[-1] == law.counts[0].assessed_under == "usc-1591-2018b"
    assert law.prongs["18 U.S.C. § 1591(a)(1) minor"].status == "undetermined"
    assert set(law.penalty.possible) == {"(b)(1)", "(b)(2)"}
