"""Strict loading at the Python API: types, duplicate keys, limits checked before the work,
locations that keep every key, suggestions, validated copies, and batch sources that report
every problem."""

from __future__ import annotations

import json
import os
import pickle
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

import nm_trafficking as nmt
from nm_trafficking import InvalidFactPattern, Truth
from nm_trafficking.batch import Source, assess_many, sources
from nm_trafficking.facts import Age, FactDate, FactPattern, Person
from nm_trafficking.facts.loading import field_errors, read_bytes
from nm_trafficking.facts.locations import NOT_NAMED
from nm_trafficking.limits import DEFAULT_LIMITS, Limits, printable

CONTROL = "\x1b]0;PWNED\x07"


def _doc(**conduct: Any) -> dict[str, Any]:
    act = {"id": "recruit", "actor": "D", "person": "V", "act": "recruiting", **conduct}
    return {"persons": [{"id": "D"}, {"id": "V", "age": 15}], "conduct": [act]}


def _error(call: Any, *args: Any, **kwargs: Any) -> InvalidFactPattern:
    with pytest.raises(InvalidFactPattern) as info:
        call(*args, **kwargs)
    return info.value


def _locs(exc: InvalidFactPattern) -> list[str]:
    return [e.loc for e in exc.errors]


def _no_raw_controls(text: str) -> bool:
    return printable(text, keep="\n") == text


# --- 1. strict types -------------------------------------------------------------------------


@pytest.mark.parametrize("value", [True, False, 15.5, 15.0, "15", [15], {"years": 15}])
@pytest.mark.parametrize("field", ["age", "believed_age"])
def test_ages_are_whole_numbers_only(field: str, value: Any) -> None:
    doc = _doc()
    if field == "age":
        doc["persons"][1]["age"] = value
        loc = "persons[1].age"
    else:
        doc["conduct"][0]["believed_age"] = value
        loc = "conduct[0].believed_age"
    exc = _error(nmt.from_dict, doc)
    assert _locs(exc) == [loc], str(exc)


def test_bool_age_in_yaml_is_not_age_one() -> None:
    text = (
        "persons: [{id: D}, {id: V, age: true}]\n"
        "conduct: [{id: c, actor: D, person: V, act: recruiting, believed_age: false}]\n"
    )
    exc = _error(nmt.loads, text)
    assert _locs(exc) == ["persons[1].age", "conduct[0].believed_age"]
    assert "not true" in str(exc) and "not false" in str(exc)


def test_whole_number_ages_are_accepted() -> None:
    p = nmt.from_dict(_doc(believed_age=19))
    assert p.persons[1].age == 15 and p.conduct[0].believed_age == 19


@pytest.mark.parametrize(
    "value",
    [0, 1520640000, 1520640000.0, True, "2018-3-10", "20180310", "10/03/2018", "2018-02-30",
     "2018-03-10T00:00:00", "２０１８-03-10", ["2018-03-10"]],
)  # fmt: skip
def test_dates_are_iso_dates_only(value: Any) -> None:
    exc = _error(nmt.from_dict, _doc(date=value))
    assert _locs(exc) == ["conduct[0].date"], str(exc)


def test_timestamps_are_refused_with_a_reason() -> None:
    exc = _error(nmt.loads, "persons: [{id: D}, {id: V}]\nconduct: [{id: c, actor: D, "
                 "person: V, act: recruiting, date: 1520640000}]\n")  # fmt: skip
    assert "Unix timestamp" in str(exc)


def test_yaml_date_with_time_is_refused() -> None:
    exc = _error(nmt.loads, "persons: [{id: D, birth_date: 2001-02-03 10:00:00}]\n")
    assert _locs(exc) == ["persons[0].birth_date"] and "time of day" in str(exc)


def test_dates_from_yaml_strings_and_python() -> None:
    assert nmt.from_dict(_doc(date="2018-03-10")).conduct[0].date == date(2018, 3, 10)
    assert nmt.from_dict(_doc(date=date(2018, 3, 10))).conduct[0].date == date(2018, 3, 10)
    yaml_text = (
        "persons: [{id: D}, {id: V}]\n"
        "conduct: [{id: c, actor: D, person: V, act: recruiting, date: 2018-03-10}]\n"
    )
    assert nmt.loads(yaml_text).conduct[0].date == date(2018, 3, 10)


@pytest.mark.parametrize("value", [0, 1, 0.0, 1.5, "yes", "1", [], {}])
def test_truth_values_refuse_numbers_and_others(value: Any) -> None:
    exc = _error(nmt.from_dict, _doc(knowingly=value))
    assert _locs(exc) == ["conduct[0].knowingly"]


@pytest.mark.parametrize(
    ("value", "truth"),
    [(True, Truth.TRUE), (False, Truth.FALSE), (None, Truth.UNKNOWN), ("true", Truth.TRUE),
     ("false", Truth.FALSE), ("unknown", Truth.UNKNOWN)],
)  # fmt: skip
def test_truth_values_accepted(value: Any, truth: Truth) -> None:
    assert nmt.from_dict(_doc(knowingly=value)).conduct[0].knowingly is truth


def test_annotated_types_are_reusable() -> None:
    ages = TypeAdapter(Age)
    assert ages.validate_python(15) == 15
    for bad in (True, 15.0, "15", -1, 131):
        with pytest.raises(ValidationError):
            ages.validate_python(bad)
    dates = TypeAdapter(FactDate)
    assert dates.validate_python("2018-03-10") == date(2018, 3, 10)
    for bad in (0, 1520640000, "2018-3-10", "1700-01-01"):
        with pytest.raises(ValidationError):
            dates.validate_python(bad)


def test_lone_surrogates_in_text_are_refused() -> None:
    exc = _error(nmt.loads, '{"title": "a\\ud800b", "persons": [{"id": "D"}]}', fmt="json")
    assert _locs(exc) == ["title"]
    assert _no_raw_controls(str(exc))


# --- 2. duplicate keys -----------------------------------------------------------------------


def test_duplicate_json_key_names_the_key_and_both_lines() -> None:
    text = (
        '{"persons": [{"id": "D"}, {"id": "V"}],\n'
        "\n"
        ' "conduct": [{"id": "c", "actor": "D", "person": "V", "act": "recruiting",\n'
        '   "knowingly": true,\n'
        "\n"
        '   "knowingly": false}]}\n'
    )
    exc = _error(nmt.loads, text, fmt="json")
    assert _locs(exc) == ["conduct[0]"]
    assert "knowingly" in str(exc) and "lines 4 and 6" in str(exc)


def test_duplicate_json_key_written_with_an_escape() -> None:
    text = '{"persons": [{"id": "D", "\\u0069d": "E"}]}'
    exc = _error(nmt.loads, text, fmt="json")
    assert "the key id is given twice" in str(exc) and "line 1, columns 15 and 26" in str(exc)


def test_duplicate_yaml_key_names_the_key_and_both_lines() -> None:
    text = (
        "persons: [{id: D}, {id: V}]\n"
        "conduct:\n"
        "  - id: c\n"
        "    actor: D\n"
        "    person: V\n"
        "    act: recruiting\n"
        "    knowingly: true\n"
        "\n"
        "    knowingly: false\n"
    )
    exc = _error(nmt.loads, text)
    assert _locs(exc) == ["conduct[0]"]
    assert "knowingly" in str(exc) and "lines 7 and 9" in str(exc)


def test_duplicate_top_level_yaml_key() -> None:
    exc = _error(nmt.loads, "title: a\npersons: [{id: D}]\ntitle: b\n")
    assert "title" in str(exc) and "lines 1 and 3" in str(exc)


def test_yaml_merge_keys_are_not_duplicates() -> None:
    text = "persons:\n  - &d {id: D, age: 30}\n  - {<<: *d, id: E}\n"
    p = nmt.loads(text)
    assert [(x.id, x.age) for x in p.persons] == [("D", 30), ("E", 30)]


def test_c_yaml_loader_is_used_when_available() -> None:
    import yaml

    from nm_trafficking.facts import loading

    if getattr(yaml, "__with_libyaml__", False):
        assert loading._BaseLoader is yaml.CSafeLoader


# --- 3. limits -------------------------------------------------------------------------------


def test_default_limits() -> None:
    assert DEFAULT_LIMITS.max_file_bytes == 16 * 1024 * 1024
    assert (DEFAULT_LIMITS.max_persons, DEFAULT_LIMITS.max_conduct) == (1000, 5000)
    assert DEFAULT_LIMITS.max_observations == 5000
    assert DEFAULT_LIMITS.max_errors == 20
    for bad in (0, -1, True, 1.5):
        with pytest.raises(ValueError, match="max_depth"):
            Limits(max_depth=bad)  # type: ignore[arg-type]


def test_file_size_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as f:
        f.truncate(4 * 1024**3)  # sparse: 4 GiB that takes no room
    exc = _error(nmt.load, big)
    assert "4.0 GiB" in str(exc) and "Limits.max_file_bytes" in str(exc)


def test_file_size_limit_can_be_raised(tmp_path: Path) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps(_doc(description="x" * 300)), encoding="utf-8")
    with pytest.raises(InvalidFactPattern, match="max_file_bytes"):
        nmt.load(f, limits=Limits(max_file_bytes=200))
    assert nmt.load(f, limits=Limits(max_file_bytes=2000)).conduct[0].id == "recruit"
    assert nmt.load(f).conduct[0].id == "recruit"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_read_is_bounded_when_the_size_lies() -> None:
    # /proc files are regular files of size 0 that have content: reading stops at limit + 1
    with pytest.raises(InvalidFactPattern, match="too large"):
        read_bytes("/proc/self/status", limits=Limits(max_file_bytes=10))


def test_text_over_the_size_limit() -> None:
    with pytest.raises(InvalidFactPattern, match="max_file_bytes"):
        nmt.loads("title: " + "x" * 200, limits=Limits(max_file_bytes=100))


@pytest.mark.parametrize("kind", ["directory", "device", "fifo"])
def test_only_regular_files_are_read(tmp_path: Path, kind: str) -> None:
    if kind == "directory":
        path = tmp_path / "dir.yaml"
        path.mkdir()
        expected = "a directory"
    elif kind == "device":
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero")
        expected = "character device"
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs")
        path = tmp_path / "fifo.yaml"
        os.mkfifo(path)
        expected = "FIFO"
    result: list[BaseException] = []
    worker = threading.Thread(target=lambda: result.append(_error(nmt.load, path)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading blocked"
    assert expected in str(result[0]) and str(path) in str(result[0])


def test_too_many_yaml_values_stop_before_building() -> None:
    text = "- 1\n" * 200
    exc = _error(nmt.loads, text, limits=Limits(max_nodes=100))
    assert "more than 100 keys and values" in str(exc) and "line 100" in str(exc)
    with pytest.raises(InvalidFactPattern, match=r"is a mapping .*, not a list"):
        nmt.loads(text, limits=Limits(max_nodes=1000))


def test_too_many_json_values() -> None:
    text = '{"persons": [' + ",".join(["{}"] * 200) + "]}"
    exc = _error(nmt.loads, text, fmt="json", limits=Limits(max_nodes=100))
    assert "more than 100 keys and values" in str(exc)


def test_billion_laughs_is_refused() -> None:
    text = "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    exc = _error(nmt.loads, text)
    assert "keys and values" in str(exc)


def test_recursive_alias_is_refused() -> None:
    exc = _error(nmt.loads, "persons: &a [*a]\n")
    assert "contains it" in str(exc)


@pytest.mark.parametrize("fmt", ["yaml", "json", "dict"])
def test_nesting_is_bounded(fmt: str) -> None:
    deep: Any = 1
    for _ in range(40):
        deep = [deep]
    doc = {"persons": [{"id": "D", "description": deep}]}
    if fmt == "dict":
        exc = _error(nmt.from_dict, doc)
        assert exc.errors[0].loc.startswith("persons[0].description[0]")
    else:
        exc = _error(nmt.loads, json.dumps(doc), fmt=fmt)
    assert "nested more than 16 levels" in str(exc)
    with pytest.raises(InvalidFactPattern, match="nested more than 50"):
        nmt.from_dict({"x": _nest(60)}, limits=Limits(max_depth=50))
    with pytest.raises(InvalidFactPattern, match="unknown field"):  # deep, but allowed
        nmt.from_dict({"x": _nest(30)}, limits=Limits(max_depth=50))


def _nest(depth: int) -> Any:
    doc: Any = 1
    for _ in range(depth):
        doc = {"x": doc}
    return doc


def test_recursive_python_data_is_refused() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(InvalidFactPattern, match="nested more than"):
        nmt.from_dict({"persons": loop})


@pytest.mark.parametrize(
    ("field", "limit"), [("persons", 1000), ("conduct", 5000), ("observations", 5000)]
)
def test_item_counts_are_checked_before_validation(field: str, limit: int) -> None:
    doc = _doc()
    doc[field] = [{}] * (limit + 1)
    exc = _error(nmt.from_dict, doc)
    assert _locs(exc) == [field] and f"Limits.max_{field}" in str(exc)


def test_item_limits_can_be_raised() -> None:
    doc = {"persons": [{"id": f"p{i}"} for i in range(1001)]}
    with pytest.raises(InvalidFactPattern, match="1,001 persons"):
        nmt.from_dict(doc)
    assert len(nmt.from_dict(doc, limits=Limits(max_persons=2000)).persons) == 1001
    with pytest.raises(InvalidFactPattern, match="max_persons"):
        nmt.from_dict({"persons": [{"id": "a"}, {"id": "b"}]}, limits=Limits(max_persons=1))


def test_direct_construction_keeps_the_item_limit() -> None:
    with pytest.raises(ValidationError, match="max_persons"):
        FactPattern(persons=tuple(Person(id=f"p{i}") for i in range(1001)))


def test_errors_listed_are_capped_and_the_rest_counted() -> None:
    doc = {"persons": [{"id": f"p{i}", "x": 1} for i in range(100)]}
    exc = _error(nmt.from_dict, doc)
    assert len(exc.errors) == 21
    assert exc.errors[-1].message == "and 80 more"
    assert _locs(exc)[:2] == ["persons[0].x", "persons[1].x"]
    exc = _error(nmt.from_dict, doc, limits=Limits(max_errors=5))
    assert len(exc.errors) == 6 and exc.errors[-1].message == "and 95 more"


def test_a_great_many_errors_are_counted_not_listed() -> None:
    doc = {"persons": [{"id": "D"}], "conduct": [{f"k{j}": 1 for j in range(40)}] * 2000}
    exc = _error(nmt.from_dict, doc)
    assert len(exc.errors) <= 21 + 40
    assert exc.errors[-1].message.startswith("and ") and "more" in exc.errors[-1].message
    total = int(exc.errors[-1].message.split()[1].replace(",", "")) + len(exc.errors) - 1
    assert total == 2000 * (40 + 4)  # 40 unknown fields and 4 missing ones per conduct


# --- 4. locations keep every key written as a field name -------------------------------------


@pytest.mark.parametrize(
    "key", ["weird[key", "a.b", "with space", "function-after[x]", "", CONTROL, "bidi\u202ekey"]
)
def test_an_unknown_key_not_written_as_a_field_name_is_not_repeated(key: str) -> None:
    # it may be a value typed as a key (a name, a date): located at its parent, not repeated
    # (error messages name fields, not values: docs/integration.md; review I of session 6)
    doc = {"persons": [{"id": "D", key: 1}]}
    exc = _error(nmt.from_dict, doc)
    assert _locs(exc) == ["persons[0]"]
    assert exc.errors[0].message == NOT_NAMED
    assert _no_raw_controls(str(exc))


def test_an_unknown_key_written_as_a_field_name_is_named() -> None:
    exc = _error(nmt.from_dict, {"persons": [{"id": "D", "int": 1}]})
    assert [str(e) for e in exc.errors] == ["persons[0].int: unknown field"]


def test_json_key_with_control_characters_is_not_repeated() -> None:
    text = json.dumps({"persons": [{"id": "D", CONTROL: {"x\u0085": 1}}]})
    exc = _error(nmt.loads, text, fmt="json")
    assert "\x1b" not in str(exc) and "\x07" not in str(exc) and "\x85" not in str(exc)
    assert "PWNED" not in str(exc)


def test_field_errors_walk_the_data_to_tell_keys_from_union_tags() -> None:
    adapter = TypeAdapter(dict[str, int | date])
    with pytest.raises(ValidationError) as info:
        adapter.validate_python({"a[b]": "x"})
    locs = {e.loc for e in field_errors(info.value, {"a[b]": "x"})}
    assert locs == {'["a[b]"]'}


def test_source_with_control_characters_is_escaped(tmp_path: Path) -> None:
    f = tmp_path / "a\x1bb\u2028.yaml"
    f.write_text("persons: [{id: D, age: true}]\n", encoding="utf-8")
    exc = _error(nmt.load, f)
    assert _no_raw_controls(str(exc)) and "a\\x1bb\\u2028.yaml" in str(exc)


def test_printable() -> None:
    assert (
        printable("plain text, é, 日本, \\ and emoji 👍") == "plain text, é, 日本, \\ and emoji 👍"
    )
    assert printable(CONTROL) == "\\x1b]0;PWNED\\x07"
    assert printable("\x00\x7f\x85\x9f") == "\\x00\\x7f\\x85\\x9f"
    assert printable("\u2028\u2029\u202a\u202e\u2066\u2069\u200e\u061c") == (
        "\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069\\u200e\\u061c"
    )
    assert printable("\ud800") == "\\ud800"
    assert printable("a\nb\tc") == "a\\x0ab\\x09c"
    assert printable("a\nb\tc\r", keep="\n\t") == "a\nb\tc\\x0d"


# --- 5. suggestions --------------------------------------------------------------------------


def test_unknown_field_suggests_the_near_name() -> None:
    doc = _doc(knowingley=True)
    exc = _error(nmt.from_dict, doc)
    assert str(exc.errors[0]) == "conduct[0].knowingley: unknown field; did you mean knowingly?"


def test_suggestions_use_the_model_at_the_location() -> None:
    doc = _doc(means_will_be_used={"forse": True})
    doc["titel"] = "x"
    doc["persons"][0]["rolse"] = ["victim"]
    messages = {e.loc: e.message for e in _error(nmt.from_dict, doc).errors}
    assert messages == {
        "titel": "unknown field; did you mean title?",
        "persons[0].rolse": "unknown field; did you mean roles?",
        "conduct[0].means_will_be_used.forse": "unknown field; did you mean force?",
    }


def test_no_suggestion_when_nothing_is_near() -> None:
    exc = _error(nmt.from_dict, _doc(zzz=True))
    assert str(exc.errors[0]) == "conduct[0].zzz: unknown field"


# --- 6. validated copies ---------------------------------------------------------------------


@pytest.fixture
def pattern() -> FactPattern:
    return nmt.from_dict(_doc(knowingly=True, means_will_be_used={"force": True}))


def test_replace_with_bad_values_names_the_field(pattern: FactPattern) -> None:
    exc = _error(pattern.replace, persons=[{"id": "D"}, {"id": "V", "age": True}])
    assert _locs(exc) == ["persons[1].age"]
    exc = _error(pattern.replace, titel="x")
    assert "did you mean title" in str(exc)


def test_model_copy_update_is_validated(pattern: FactPattern) -> None:
    exc = _error(pattern.model_copy, update={"conduct": [{"id": "x"}]})
    assert "conduct[0].actor" in _locs(exc)
    exc = _error(pattern.conduct[0].model_copy, update={"knowingly": 5})
    assert _locs(exc) == ["knowingly"]
    exc = _error(pattern.persons[1].model_copy, update={"age": 15.5})
    assert _locs(exc) == ["age"]
    assert pattern.model_copy() == pattern
    older = pattern.persons[1].model_copy(update={"age": 17})
    assert older.age == 17
    assert pattern.model_copy(update={"title": "t"}).title == "t"


def test_replace_validates_models_passed_in(pattern: FactPattern) -> None:
    unvalidated = Person.model_construct(id="V", age=True)
    exc = _error(pattern.replace, persons=[pattern.persons[0], unvalidated])
    assert _locs(exc) == ["persons[1].age"]


def test_with_fact_changes_one_fact(pattern: FactPattern) -> None:
    changed = pattern.with_fact("conduct.recruit.knowingly", False)
    assert changed.conduct[0].knowingly is Truth.FALSE
    assert pattern.conduct[0].knowingly is Truth.TRUE  # the original is unchanged
    assert pattern.with_fact("conduct.recruit.knowingly", None).conduct[0].knowingly is (
        Truth.UNKNOWN
    )
    forced = pattern.with_fact("conduct.recruit.means_will_be_used.force", "false")
    assert forced.conduct[0].means_will_be_used.force is Truth.FALSE
    assert pattern.with_fact("persons.V.age", 16).persons[1].age == 16
    assert pattern.with_fact("persons.V.age", None).persons[1].age is None
    assert pattern.with_fact("title", "what if").title == "what if"
    assert pattern.with_fact("conduct.recruit", None).conduct == ()


def test_with_fact_ids_with_dots() -> None:
    doc = _doc()
    doc["persons"] = [{"id": "D"}, {"id": "V"}, {"id": "V.2"}]
    doc["conduct"][0]["person"] = "V.2"
    p = nmt.from_dict(doc)
    assert p.with_fact("persons.V.2.age", 12).persons[2].age == 12
    assert p.with_fact("persons.V.age", 30).persons[1].age == 30


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("conduct.recruit.knowingly", 1, "must be true, false or unknown"),
        ("conduct.recruit.knowingley", True, "did you mean knowingly?"),
        ("conduct.nobody.knowingly", True, "no conduct with id 'nobody'"),
        ("conduct.recruit.means_will_be_used.forse", True, "did you mean force?"),
        ("conduct.recruit.means_will_be_used.force", 5, "must be true, false or unknown"),
        ("conduct.recruit.actor", "X", "no person with id 'X'"),
        ("persons.V.age", True, "not true"),
        ("persons.V.age.years", 3, "no parts"),
        ("titel", "x", "did you mean title?"),
        ("conduct", None, "by id"),
    ],
)
def test_with_fact_errors_name_the_path(
    pattern: FactPattern, path: str, value: Any, message: str
) -> None:
    exc = _error(pattern.with_fact, path, value)
    assert exc.errors[0].loc == path, str(exc)
    assert message in str(exc)


def test_with_fact_respects_raised_limits() -> None:
    doc = {"persons": [{"id": f"p{i}"} for i in range(1001)]}
    big = nmt.from_dict(doc, limits=Limits(max_persons=2000))
    with pytest.raises(InvalidFactPattern, match="max_persons"):
        big.with_fact("persons.p1.age", 3)
    assert big.with_fact("persons.p1.age", 3, limits=Limits(max_persons=2000)).persons[1].age == 3


# --- 7. batch sources ------------------------------------------------------------------------


def _good(path: Path) -> Path:
    path.write_text(json.dumps(_doc()), encoding="utf-8")
    return path


def _problems(items: Iterator[Source]) -> list[tuple[str, str | None]]:
    return [(s.label, s.problem) for s in items]


def test_empty_directory_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a pattern", encoding="utf-8")
    [(label, problem)] = _problems(sources([tmp_path]))
    assert label == str(tmp_path) and problem is not None and "no fact patterns" in problem


def test_directory_entries_that_cannot_be_read_are_reported(tmp_path: Path) -> None:
    _good(tmp_path / "a.json")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "missing.yaml")
    (tmp_path / "c.yaml").symlink_to(tmp_path / "c.yaml")
    (tmp_path / "d.yaml").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "e.yaml")
    found = dict(_problems(sources([tmp_path])))
    assert found[str(tmp_path / "a.json")] is None
    assert "dangling" in str(found[str(tmp_path / "b.yaml")])
    assert "loop" in str(found[str(tmp_path / "c.yaml")])
    assert "directory" in str(found[str(tmp_path / "d.yaml")])
    if hasattr(os, "mkfifo"):
        assert "FIFO" in str(found[str(tmp_path / "e.yaml")])


def test_unlistable_directory_is_one_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    [(label, problem)] = _problems(sources([tmp_path]))
    assert label == str(tmp_path) and problem == "cannot list directory: Permission denied"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs a non-root POSIX user"
)
def test_unreadable_file_in_a_directory(tmp_path: Path) -> None:
    f = _good(tmp_path / "a.json")
    f.chmod(0)
    [(_, problem)] = _problems(sources([tmp_path]))
    assert problem is not None and "cannot read" in problem


def test_missing_paths_are_problems(tmp_path: Path) -> None:
    [(_, problem)] = _problems(sources([tmp_path / "nope.yaml"]))
    assert problem == "file not found"  # session 8: said plainly


@pytest.mark.parametrize("content", [b"", b"\n\n   \n\t\n"])
def test_empty_jsonl_is_a_problem(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "cases.jsonl"
    f.write_bytes(content)
    [(label, problem)] = _problems(sources([f]))
    assert label == str(f) and problem is not None and "empty" in problem


def test_jsonl_labels_are_real_line_numbers(tmp_path: Path) -> None:
    f = tmp_path / "cases.jsonl"
    line = json.dumps(_doc())
    f.write_text(f"\n{line}\n\n\n{line}\n   \n{line}", encoding="utf-8")
    assert [s.label for s in sources([f])] == [f"{f}:2", f"{f}:5", f"{f}:7"]


def test_jsonl_overlong_line_is_a_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    f = tmp_path / "cases.jsonl"
    line = json.dumps(_doc())
    f.write_text(f"{line}\n{'x' * 5000}\n{line}\n", encoding="utf-8")
    items = list(sources([f], limits=Limits(max_file_bytes=1000)))
    assert [s.label for s in items] == [f"{f}:1", f"{f}:2", f"{f}:3"]
    assert items[1].problem is not None and "longer than" in items[1].problem
    assert items[0].problem is None and items[2].problem is None


def test_jsonl_that_is_not_a_regular_file(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    f = tmp_path / "cases.jsonl"
    os.mkfifo(f)
    [(_, problem)] = _problems(sources([f]))
    assert problem is not None and "FIFO" in problem


def test_problem_sources_are_reported_by_assess_many(tmp_path: Path) -> None:
    good = _good(tmp_path / "good.json")
    (tmp_path / "empty.jsonl").write_bytes(b"\n")
    items = list(assess_many(sources([tmp_path / "empty.jsonl", good]), on_error="skip"))
    assert [i.ok for i in items] == [False, True]
    assert items[0].error is not None and items[0].source == str(tmp_path / "empty.jsonl")


def test_sources_are_lazy(tmp_path: Path) -> None:
    good = _good(tmp_path / "good.json")

    def paths() -> Iterator[Path]:
        yield good
        raise AssertionError("read ahead")

    assert next(sources(paths())).label == str(good)


def test_sources_labels_escape_control_characters(tmp_path: Path) -> None:
    f = _good(tmp_path / f"x{CONTROL}.json")
    [source] = list(sources([f]))
    assert _no_raw_controls(source.label) and source.path == str(f)
    assert source.load().persons[0].id == "D"


def test_source_with_limits_pickles() -> None:
    s = Source(label="x", text="{}", limits=Limits(max_persons=2))
    assert pickle.loads(pickle.dumps(s)) == s


def test_yaml_reads_plain_words_as_text_and_numbers_as_decimal() -> None:
    """YAML 1.2 core scalars: ``no``/``on``/``yes`` are text (an id ``no`` is not False, a
    truth ``yes`` is refused rather than guessed); ``017`` is seventeen, not octal fifteen."""
    pattern = nmt.loads(
        "persons: [{id: on}, {id: no, age: 017}]\n"
        "conduct: [{id: yes, actor: on, person: no, act: recruiting, date: 2019-01-01}]\n"
    )
    assert [p.id for p in pattern.persons] == ["on", "no"]
    assert pattern.persons[1].age == 17 and pattern.conduct[0].id == "yes"
    with pytest.raises(nmt.InvalidFactPattern, match=r"conduct\[0\]\.knowingly"):
        nmt.loads(
            "persons: [{id: D}, {id: V}]\n"
            "conduct: [{id: c, actor: D, person: V, act: recruiting, knowingly: yes}]\n"
        )
