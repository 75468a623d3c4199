"""The full document at contract 2.0 (issue 18, item 6): a count's elements say what the act
decided (key, status, facts, reason, evidence when there is any), the statute's own fields once
where the paragraph is explained for its deciding act; and the full JSON written count by count,
byte for byte what ``to_json(detail="full")`` writes, never holding every count's explanation.
Sizes and memory are measured in ``benchmarks/bench_size.py``, not here."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nm_trafficking as nmt
from nm_trafficking import statute
from nm_trafficking.batch import BatchItem
from nm_trafficking.cli import main
from nm_trafficking.count_elements import of_count
from nm_trafficking.facts.pattern import FactPattern
from nm_trafficking.output import Writer, render_chunks, render_item
from nm_trafficking.results import AssessmentResult, json_dumps
from nm_trafficking.stream import json_chunks
from nm_trafficking.testing import fact_patterns

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")
COMPACT = {"element", "status", "facts", "reason"}
STATIC = ("label", "statute_words", "cited", "note")
LABELLED = ("verification", "verification_meaning", "also_words", "also_cited")


def _count_elements(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for f in doc["findings"]:
        for c in f.get("counts", []):
            for p in c["paragraphs"].values():
                found.extend(p["elements"])
        for j in f["jurisdictions"].values():
            for c in j["counts"]:
                for p in c["prongs"].values():
                    found.extend(p["elements"])
    return found


@pytest.mark.parametrize("law", ["all", "nm", "federal"])
def test_a_counts_elements_give_only_what_the_act_decided(law: str) -> None:
    validator = jsonschema.Draft202012Validator(nmt.output_schema("full"))
    evidence = 0
    for path in EXAMPLES:
        doc = nmt.assess(nmt.load(path), law=law).to_dict(detail="full")
        validator.validate(doc)
        elements = _count_elements(doc)
        assert elements
        for e in elements:
            assert set(e) - {"evidence"} == COMPACT, path.name
            assert e.get("evidence", ["none"]), "evidence is left out when there is none"
            evidence += "evidence" in e
        for f in doc["findings"]:  # the deciding act's elements keep the statute's fields
            for s in f.get("subsections", {}).values():
                for e in s["elements"]:
                    assert set(STATIC) <= set(e)
            for j in f["jurisdictions"].values():
                for p in j["prongs"].values():
                    for e in p["elements"]:
                        assert set(STATIC + LABELLED) <= set(e)
    if law != "federal":
        assert evidence, "an example with observed indicators gives a count's evidence"


def _same(whole: Any, deciding: Any) -> None:
    assert [
        (e.element, e.label, e.status, e.statute_words, e.cited, e.facts, e.reason, e.evidence)
        for e in whole
    ] == [
        (e.element, e.label, e.status, e.statute_words, e.cited, e.facts, e.reason, e.evidence)
        for e in deciding
    ]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_nothing_is_lost_the_statutes_fields_are_found_by_the_key(path: Path) -> None:
    a = nmt.assess(nmt.load(path))
    for f in a.findings:
        for citation, s in f.subsections.items():
            if s.conduct is not None:
                _same(of_count(f.count(s.conduct), citation), s.elements)
        for j in f.jurisdictions.values():
            for citation, p in j.prongs.items():
                if p.conduct is not None and citation in j.count(p.conduct).prongs:
                    whole = of_count(j.count(p.conduct), citation)
                    _same(whole, p.elements)
                    assert [
                        (e.verification, e.verification_meaning, e.also_words, e.also_cited)
                        for e in whole
                    ] == [
                        (e.verification, e.verification_meaning, e.also_words, e.also_cited)
                        for e in p.elements
                    ]


def _explained(a: AssessmentResult) -> int:
    counts = [c for f in a.findings for c in f.counts]
    counts += [c for f in a.findings for j in f.jurisdictions.values() for c in j.counts]
    return sum(object.__getattribute__(c, "_explain") is None for c in counts)


@pytest.mark.parametrize("law", ["all", "nm", "federal"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_streamed_document_is_byte_for_byte_to_json(path: Path, law: str) -> None:
    expected = nmt.assess(nmt.load(path), law=law)
    a = nmt.assess(nmt.load(path), law=law)
    assert "".join(json_chunks(a.document("full"))) == expected.to_json(detail="full")
    assert _explained(a) == 0, "each count is explained for writing and dropped"
    compact = "".join(json_chunks(a.document("full"), indent=None))
    assert compact == json_dumps(expected.document("full"), indent=None)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(fact_patterns())
def test_the_streamed_document_is_to_json_on_generated_patterns(pattern: FactPattern) -> None:
    for law in ("all", "nm"):
        a = nmt.assess(pattern, law=law)
        streamed = "".join(json_chunks(a.document("full")))
        assert _explained(a) == 0
        assert streamed == nmt.assess(pattern, law=law).to_json(detail="full")


def test_the_deciding_paragraphs_explanation_leaves_the_counts_unexplained() -> None:
    a = nmt.assess(
        nmt.from_dict(
            {
                "persons": [{"id": "D"}, {"id": "V", "birth_date": "2003-05-10"}],
                "conduct": [
                    {"id": f"c{i}", "actor": "D", "person": "V", "act": "recruiting"}
                    | {"date": f"2018-06-{i + 1:02d}"}
                    for i in range(5)
                ],
            }
        )
    )
    f = a.findings[0]
    assert [len(s.remaining) for s in f.subsections.values()]  # every act still open
    assert all(s.elements for s in f.subsections.values())
    assert any(j.remaining for j in f.jurisdictions.values())
    assert all(p.elements for j in f.jurisdictions.values() for p in j.prongs.values())
    assert _explained(a) == 0


def _item(path: Path) -> BatchItem:
    from nm_trafficking.batch import assess_one, sources

    return assess_one(0, next(iter(sources([str(path)]))), None, law="all")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_cli_writes_the_full_record_as_it_is_made(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / "examples" / "federal_motel_venture.yaml"
    item = _item(path)
    whole = io.StringIO()
    writer = Writer(whole, fmt)  # type: ignore[arg-type]
    writer.write(render_item(item, fmt, header=False, detail="full"))  # type: ignore[arg-type]
    writer.close()
    pieces = list(render_chunks(_item(path), fmt))  # type: ignore[arg-type]
    assert len(pieces) > 10 and "".join(pieces) in whole.getvalue()
    assert main(["assess", str(path), "--format", fmt, "--detail", "full"]) == 0
    out = capsys.readouterr().out
    assert out == whole.getvalue()
    record = json.loads(out)[0] if fmt == "json" else json.loads(out)
    assert record["detail"] == "full" and record["source"] == str(path)


def test_the_text_a_count_no_longer_repeats_is_the_statutes() -> None:
    a = nmt.assess(nmt.load(ROOT / "examples" / "a2_social_media_15.yaml"), law="nm")
    c = a.findings[0].counts[0]
    version = statute.by_id(c.assessed_under)
    for citation, p in c.paragraphs.items():
        model = {e.key: e for e in version.offence(citation).elements}
        for whole in of_count(c, citation):
            assert whole.label == model[whole.element].label
            assert whole.statute_words == model[whole.element].words
        assert [e.element for e in p.elements] == list(model)


_WORDS = st.text(alphabet=st.sampled_from(list("ab§ -—\u00a0\t\n.,()")), max_size=140)


@settings(max_examples=400, deadline=None)
@given(text=_WORDS, indent=st.sampled_from(["", "  ", "  1. ", "    - "]))
def test_the_summarys_wrap_shortcut_is_textwraps(text: str, indent: str) -> None:
    from nm_trafficking.render.summary_text import wrap, wrapped

    assert wrap(text, indent) == wrapped(text, indent)
    assert wrap(text, indent, " ") == wrapped(text, indent, " ")
