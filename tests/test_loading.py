"""Loading from dict, JSON and YAML; errors name the file and the field; YAML is safe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern, Truth

GOOD = {
    "persons": [{"id": "D"}, {"id": "V", "age": 15}],
    "conduct": [{"id": "c1", "actor": "D", "person": "V", "act": "recruiting"}],
}


def _locs(exc: InvalidFactPattern) -> list[str]:
    return [e.loc for e in exc.errors]


def test_absent_facts_are_unknown() -> None:
    p = nmt.from_dict(GOOD)
    c = p.conduct[0]
    assert c.knowingly is Truth.UNKNOWN
    assert c.means_will_be_used.force is Truth.UNKNOWN
    assert c.date is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [(True, Truth.TRUE), ("false", Truth.FALSE), (None, Truth.UNKNOWN), ("unknown", Truth.UNKNOWN)],
)
def test_truth_values_accept_booleans_strings_and_null(raw: object, value: Truth) -> None:
    doc = json.loads(json.dumps(GOOD))
    doc["conduct"][0]["knowingly"] = raw
    assert nmt.from_dict(doc).conduct[0].knowingly is value


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        (lambda d: d["conduct"][0].update(act="kidnapping"), "conduct[0].act"),
        (lambda d: d["conduct"][0].update(actor="X"), "conduct[0].actor"),
        (lambda d: d["conduct"][0].update(person="D"), "conduct[0].person"),
        (lambda d: d["conduct"][0].update(knowingly="maybe"), "conduct[0].knowingly"),
        (lambda d: d["conduct"][0].update(date="2018-13-01"), "conduct[0].date"),
        (lambda d: d["conduct"][0].update(typo=1), "conduct[0].typo"),
        (lambda d: d["persons"][1].update(age=-1), "persons[1].age"),
        (lambda d: d["persons"][1].update(age=400), "persons[1].age"),
        (lambda d: d["persons"].append({"id": "D"}), "persons[2].id"),
        (lambda d: d["conduct"][0].pop("id"), "conduct[0].id"),
        (
            lambda d: (
                d["conduct"][0]["means_will_be_used"].update(x=1)
                if "means_will_be_used" in d["conduct"][0]
                else d["conduct"][0].update(means_will_be_used={"violence": True})
            ),
            "conduct[0].means_will_be_used.violence",
        ),
    ],
)
def test_errors_name_the_field(change: object, loc: str) -> None:
    doc = json.loads(json.dumps(GOOD))
    change(doc)  # type: ignore[operator]
    with pytest.raises(InvalidFactPattern) as info:
        nmt.from_dict(doc)
    assert loc in _locs(info.value), str(info.value)
    assert loc in str(info.value)


def test_conduct_before_birth_is_rejected() -> None:
    doc = json.loads(json.dumps(GOOD))
    doc["persons"][1] = {"id": "V", "birth_date": "2010-01-01"}
    doc["conduct"][0]["date"] = "2009-01-01"
    with pytest.raises(InvalidFactPattern, match=r"conduct\[0\]\.date"):
        nmt.from_dict(doc)


def test_age_and_birth_date_that_disagree_are_rejected() -> None:
    doc = json.loads(json.dumps(GOOD))
    doc["persons"][1].update(birth_date="2003-01-01", age_on="2018-06-01")  # 15 then: agrees
    nmt.from_dict(doc)
    doc["persons"][1]["age"] = 16  # more: tests/test_deve_age_and_birth.py
    with pytest.raises(InvalidFactPattern, match=r"persons\[1\].*does not agree with birth_date"):
        nmt.from_dict(doc)


def test_load_yaml_and_json_files(tmp_path: Path) -> None:
    j = tmp_path / "p.json"
    j.write_text(json.dumps(GOOD), encoding="utf-8")
    y = tmp_path / "p.yaml"
    y.write_text(
        "persons: [{id: D}, {id: V, age: 15}]\n"
        "conduct: [{id: c1, actor: D, person: V, act: recruiting, date: 2018-01-02}]\n",
        encoding="utf-8",
    )
    assert nmt.load(j).persons[1].age == 15
    assert str(nmt.load(y).conduct[0].date) == "2018-01-02"


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "persons: [{id: D}]\nconduct: [{id: c1, actor: D, person: Q, act: luring}]\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidFactPattern) as info:
        nmt.load(bad)
    message = str(info.value)
    assert str(bad) in message and "conduct[0].act" in message and "conduct[0].person" in message


def test_yaml_tags_are_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.yaml"
    evil.write_text("!!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    with pytest.raises(InvalidFactPattern, match="not valid YAML"):
        nmt.load(evil)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"persons: [", "not valid YAML"),
        (b"- just\n- a list\n", "is a mapping .*, not a list"),
    ],
)
def test_malformed_files(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "x.yaml"
    f.write_bytes(content)
    with pytest.raises(InvalidFactPattern, match=message):
        nmt.load(f)


def test_missing_file() -> None:
    with pytest.raises(InvalidFactPattern, match=r"does/not/exist\.yaml: file not found"):
        nmt.load("does/not/exist.yaml")


def test_invalid_json_names_line(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_text('{"persons": [}', encoding="utf-8")
    with pytest.raises(InvalidFactPattern, match="line 1"):
        nmt.load(f)


def test_json_schema_describes_the_document() -> None:
    schema = nmt.json_schema()
    assert schema["title"] == "nm_trafficking fact pattern"
    conduct = schema["$defs"]["Conduct"]["properties"]
    assert "will_be_caused_to_engage_in_commercial_sexual_activity" in conduct
    acts = schema["$defs"]["Act"]["enum"]
    assert "harboring" in acts and "recruiting" in acts
    json.dumps(schema)


def test_example_files_validate_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = nmt.json_schema()
    for path in (Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"):
        if path.name == "expected.yaml":
            continue
        doc = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        jsonschema.validate(doc, schema)


@pytest.mark.parametrize(
    "text",
    ['"', '"\\', '"\\"\\"', '"abc', '"abc\\', '"a\\"b" :', '"\\"\\"\\"x\\'],
)
def test_every_json_token_that_opens_a_string_is_taken_whole(text: str) -> None:
    """A quote always starts a token that ends at its closing quote or at the end of the text:
    no character is scanned again from a later quote, so the scan is linear in the text (an
    unclosed string of escaped quotes used to make it quadratic)."""
    from nm_trafficking.facts.loading import _JSON_TOKEN

    assert [t.group() for t in _JSON_TOKEN.finditer(text)] == [text]
