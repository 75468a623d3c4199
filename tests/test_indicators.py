"""The indicator and industry catalog: everything in the seed is there, every crosswalk id is
valid, observed indicators reach the explanation, and screening works."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.cli import main
from nm_trafficking.indicators import (
    by_means,
    csec_venues,
    indicators,
    presentation_signs,
    risk_factors,
    roles,
)
from nm_trafficking.indicators.standards import (
    HTCDS_LABOUR_TYPES,
    HTCDS_METHODS_OF_CONTROL,
    HTCDS_ROLES,
    HTCDS_SEX_TYPES,
    HTCDS_VULNERABILITIES,
    ILO_FORCED_LABOUR_INDICATORS,
)
from nm_trafficking.industries import POLARIS_TYPES, industries
from nm_trafficking.screening import screen, screen_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "nm-human-trafficking-task-force-presentation.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="shared/seed not beside the repo")


def _norm(text: str) -> str:
    text = re.sub(r"[\uf000-\uf0ff–]", " ", text)  # slide bullets
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.replace("/ ", "/")


def _section(start: str, end: str) -> str:
    text = SEED.read_text(encoding="utf-8")
    a = text.index(start) + len(start)
    return _norm(text[a : text.index(end, a)])


@needs_seed
@pytest.mark.parametrize(
    ("group", "start", "end", "count"),
    [
        ("force", "\nForce\n", "\nFraud\n", 9),
        ("fraud", "\nFraud\n", "\nCoercion\n", 7),
        ("coercion", "\nCoercion\n", "IN NEW MEXICO", 9),
    ],
)
def test_every_seed_indicator_is_catalogued_in_order(
    group: str, start: str, end: str, count: int
) -> None:
    items = [i for i in indicators() if i.seed_group is not None and i.seed_group.value == group]
    assert len(items) == count
    joined = " ".join(_norm(i.seed_wording or "") for i in items)
    assert joined == _section(start, end)  # fails if one is missing, added or reordered


@needs_seed
@pytest.mark.parametrize(
    ("group", "start", "end"),
    [("sex", "Sex Trafficking\n", "Labor Trafficking"), ("labor", "Labor Trafficking\n", "WHO IS")],
)
def test_every_seed_industry_is_catalogued(group: str, start: str, end: str) -> None:
    items = [i for i in industries() if i.group == group]
    assert " ".join(_norm(i.seed_wording) for i in items) == _section(start, end)


@needs_seed
def test_massage_parlors_are_in_both_groups() -> None:
    groups = {i.group for i in industries() if i.seed_wording == "Massage Parlors"}
    assert groups == {"sex", "labor"}


@needs_seed
def test_risk_factors_presentation_signs_and_venues_are_catalogued() -> None:
    assert " ".join(_norm(r.seed_wording) for r in risk_factors()) == _section(
        "Some risk factors include:", "THE TRAFFICKED PERSON"
    )
    text = _norm(SEED.read_text(encoding="utf-8"))
    for entry in (*presentation_signs(), *csec_venues()):
        assert _norm(entry.seed_wording) in text, entry.id
    assert len(presentation_signs()) == 8 and len(csec_venues()) == 11
    venues = _section("Private Parties", "COMMERCIAL SEXUAL EXPLOITATION")
    assert venues == "interfamilial pimping survival sex sex for drugs gang based prostitution"


@needs_seed
def test_the_four_roles_quote_the_seed() -> None:
    text = _norm(SEED.read_text(encoding="utf-8"))
    assert [r.id for r in roles()] == ["recruiter", "trafficker", "victim", "consumer"]
    for r in roles():
        assert _norm(r.seed_wording) in text


def test_indicators_the_seed_lacks_are_added() -> None:
    added = {i.id for i in indicators() if i.seed_group is None}
    assert {
        "coercion.threat_of_deportation_or_police",
        "coercion.withholding_necessities",
        "coercion.surveillance_or_spoken_for",
        "coercion.wages_unpaid_or_tips_only",
    } <= added


def test_every_crosswalk_id_is_valid() -> None:
    for i in indicators():
        assert i.means, i.id
        assert set(i.ilo) <= set(ILO_FORCED_LABOUR_INDICATORS), i.id
        assert set(i.htcds) <= set(HTCDS_METHODS_OF_CONTROL), i.id
    for entry in (*risk_factors(), *presentation_signs(), *csec_venues()):
        assert set(entry.ilo) <= set(ILO_FORCED_LABOUR_INDICATORS), entry.id
        assert set(entry.polaris) <= set(POLARIS_TYPES), entry.id
        assert set(entry.htcds) <= set(HTCDS_VULNERABILITIES) | set(HTCDS_METHODS_OF_CONTROL) | set(
            HTCDS_SEX_TYPES
        ), entry.id
    for ind in industries():
        assert ind.polaris and set(ind.polaris) <= set(POLARIS_TYPES), ind.id
        assert set(ind.htcds_labour) <= set(HTCDS_LABOUR_TYPES), ind.id
        assert set(ind.htcds_sex) <= set(HTCDS_SEX_TYPES), ind.id
    for r in roles():
        assert set(r.htcds) <= set(HTCDS_ROLES)
        assert all(reach.citation.startswith("30-52-1") for reach in r.reach)
    assert sorted(POLARIS_TYPES) == list(range(1, 26))
    assert len(ILO_FORCED_LABOUR_INDICATORS) == 11 and len(HTCDS_METHODS_OF_CONTROL) == 17


def test_some_indicators_evidence_two_means() -> None:
    two = [i.id for i in indicators() if len(i.means) > 1]
    assert "force.threats_with_weapons" in two and "coercion.control_of_money" in two
    assert "coercion.control_of_money" in {i.id for i in by_means("fraud")}


def test_consumer_role_says_buying_sex_is_outside_the_2008_verbs() -> None:
    consumer = next(r for r in roles() if r.id == "consumer")
    texts = " ".join(r.reaches for r in consumer.reach)
    assert "not a verb of the 2008 text" in texts and "(A)(3)" in texts


def _pattern_with_observation(**obs: object) -> dict[str, object]:
    return {
        "persons": [{"id": "D"}, {"id": "V", "age": 30}],
        "conduct": [
            {
                "id": "c",
                "actor": "D",
                "person": "V",
                "act": "obtaining",
                "date": "2017-03-02",
                "knowingly": True,
                "to_subject_to": {"labor": True},
            }
        ],
        "observations": [
            {
                "id": "o1",
                "indicator": "coercion.holding_documents",
                "actor": "D",
                "person": "V",
                "date": "2017-03-02",
                **obs,
            }
        ],
    }


def test_observed_indicator_appears_in_the_means_element_and_decides_nothing() -> None:
    with_obs = nmt.from_dict(_pattern_with_observation())
    without = nmt.from_dict({**_pattern_with_observation(), "observations": []})
    a, b = nmt.assess(with_obs), nmt.assess(without)
    sub = a.findings[0].subsections["30-52-1(A)(1)"]
    assert sub.status == b.findings[0].subsections["30-52-1(A)(1)"].status == "undetermined"
    means = next(e for e in sub.elements if e.element == "means_will_be_used")
    assert means.evidence and "Holding ID/travel documents" in means.evidence[0]
    assert "observed 2017-03-02" in means.evidence[0]
    assert "intent or knowledge" in a.explain("full") and "coercion: Holding ID" in a.explain(
        "full"
    )
    assert any("observed indicators evidence it" in r for r in a.findings[0].remaining)
    a3 = a.findings[0].subsections["30-52-1(A)(3)"]
    known = next(e for e in a3.elements if e.element == "means_was_used")
    assert known.evidence  # also evidence for knowledge that it was used


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        ({"indicator": "coercion.bad"}, "observations[0].indicator"),
        ({"person": "Z"}, "observations[0].person"),
        ({"conduct": "zz"}, "observations[0].conduct"),
    ],
)
def test_bad_observations_name_the_field(change: dict[str, object], loc: str) -> None:
    with pytest.raises(nmt.InvalidFactPattern, match=re.escape(loc)):
        nmt.from_dict(_pattern_with_observation(**change))


@pytest.mark.statute("30-52-1(A)(2)")
def test_screen_flags_a_minor_in_commercial_sex_as_needing_no_means() -> None:
    r = screen([], age=15, commercial_sexual_activity=True)
    assert r.minor_in_commercial_sex
    a2 = next(p for p in r.paragraphs if p.citation == "30-52-1(A)(2)")
    assert a2.could_support and "no means needed" in a2.reason
    assert not any(p.could_support for p in r.paragraphs if p.citation != "30-52-1(A)(2)")


def test_screen_means_and_paragraphs() -> None:
    r = screen(["fraud.promised_job_differs", "coercion.debt_bondage"], industry_id="farming")
    assert r.means_evidenced["fraud"] == ["fraud.promised_job_differs"]
    assert r.means_evidenced["coercion"] == ["coercion.debt_bondage"]
    assert r.means_evidenced["force"] == []
    a1 = r.paragraphs[0]
    assert a1.could_support and any("labor, services" in s for s in a1.next_steps)
    assert any("evidence fraud or coercion" in s for s in a1.next_steps)
    assert not r.minor_in_commercial_sex
    assert "Screening aid" in r.explain() and "not legal advice" in r.explain()


def test_screen_minor_in_labor_needs_means() -> None:
    r = screen(
        ["coercion.debt_bondage"],
        industry_id="restaurants",
        age=15,
        commercial_sexual_activity=False,
    )
    a2 = next(p for p in r.paragraphs if p.citation == "30-52-1(A)(2)")
    assert not a2.could_support and "(A)(1)" in a2.reason
    # A labor industry alone does not rule out commercial sexual activity: (A)(2) stays open.
    open_ = screen(["coercion.debt_bondage"], industry_id="restaurants", age=15)
    a2 = next(p for p in open_.paragraphs if p.citation == "30-52-1(A)(2)")
    assert not a2.could_support and "not known" in a2.reason


@pytest.mark.statute("30-52-1(A)(2)")
@pytest.mark.parametrize(("age", "supported"), [(17, True), (18, False), (None, False)])
def test_screen_asks_the_statute_for_the_age_limit(age: int | None, supported: bool) -> None:
    r = screen([], age=age, commercial_sexual_activity=True)
    a2 = next(p for p in r.paragraphs if p.citation == "30-52-1(A)(2)")
    assert a2.could_support is supported and r.minor_in_commercial_sex is supported
    if age == 18:
        assert "not on these facts (age 18)" in a2.reason and not a2.next_steps


def test_screen_rejects_unknown_ids() -> None:
    with pytest.raises(nmt.InvalidFactPattern, match=r"observations\[1\]"):
        screen(["force.torture", "force.nope"])
    with pytest.raises(nmt.InvalidFactPattern, match="industry"):
        screen([], industry_id="casino")


def test_screen_the_examples_from_python_and_cli(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples" / "screening" / "massage_parlor_minor.yaml"
    r = screen_file(path)
    # the example states the industry, not commercial sexual activity (session 8): asked
    assert not r.minor_in_commercial_sex and r.means_evidenced["force"] == ["force.battering"]
    assert main(["screen", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["minor_in_commercial_sex"] is False
    assert doc["headline"][0].startswith("! Ask whether this minor (age 16) was in commercial")
    farm = screen_file(ROOT / "examples" / "screening" / "farm_wages.yaml")
    assert farm.means_evidenced["fraud"] and not farm.minor_in_commercial_sex


def test_indicators_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--means", "force", "--format", "json"]) == 0
    ids = [i["id"] for i in json.loads(capsys.readouterr().out)["indicators"]]
    assert ids and all(i in {x.id for x in by_means("force")} for i in ids)
    assert main(["indicators", "--show", "coercion.holding_documents"]) == 0
    out = capsys.readouterr().out
    assert "ILO-07 Retention of identity documents" in out and "WithholdsDocuments" in out
    assert main(["indicators", "--industry", "restaurants"]) == 0
    assert "Restaurants & Food Service" in capsys.readouterr().out
    assert main(["indicators", "--industries"]) == 0
    assert "massage_parlors_labor" in capsys.readouterr().out
    assert main(["indicators", "--show", "nope"]) == 2


def test_screen_cli_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "s.yaml"
    f.write_text("observations: [force.nope]\nage: -3\n", encoding="utf-8")
    assert main(["screen", str(f)]) == 2
    err = capsys.readouterr().err
    assert str(f) in err and "age" in err
