"""Batch use: assess_many streams in order; bad inputs are reported by position; the CLI takes
directories and JSON Lines, writes JSON Lines, and gives the same results with --jobs."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

import nm_trafficking as nmt
from nm_trafficking.batch import BatchError, assess_many
from nm_trafficking.cli import main
from nm_trafficking.progress import Progress

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD = {
    "persons": [{"id": "D"}, {"id": "V", "age": 15}],
    "conduct": [
        {
            "id": "c1",
            "actor": "D",
            "person": "V",
            "act": "recruiting",
            "date": "2019-01-01",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        }
    ],
}
BAD = {"persons": [{"id": "D"}], "conduct": [{"id": "c1", "actor": "D", "person": "Q"}]}


def test_assess_many_keeps_order_and_accepts_every_input_kind() -> None:
    files = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != "expected.yaml")
    inputs: list[object] = [GOOD, nmt.load(files[0]), *files]
    items = list(assess_many(inputs))  # type: ignore[arg-type]
    assert [i.index for i in items] == list(range(len(inputs)))
    assert items[2].source == str(files[0])
    assert items[1].assessment == items[2].assessment
    assert items[0].assessment is not None and items[0].assessment.findings[0].grade == (
        "second_degree_felony"
    )


def test_assess_many_is_lazy() -> None:
    def endless():  # type: ignore[no-untyped-def]
        while True:
            yield GOOD

    stream = assess_many(endless())
    assert [next(stream).index for _ in range(3)] == [0, 1, 2]


def test_bad_pattern_raises_with_its_position() -> None:
    with pytest.raises(BatchError) as info:
        list(assess_many([GOOD, GOOD, BAD, GOOD]))
    assert info.value.index == 2
    assert "item 2" in str(info.value) and "conduct[0]" in str(info.value)


def test_bad_pattern_is_skipped_on_request() -> None:
    items = list(assess_many([GOOD, BAD, GOOD], on_error="skip"))
    assert [i.ok for i in items] == [True, False, True]
    record = items[1].to_dict()
    assert record["index"] == 1 and any(
        f["loc"] == "conduct[0].act" for f in record["error"]["fields"]
    )


def _tree(tmp_path: Path) -> Path:
    d = tmp_path / "cases"
    d.mkdir()
    for p in sorted(EXAMPLES.glob("*.yaml")):
        if p.name != "expected.yaml":
            shutil.copy(p, d / p.name)
    (d / "notes.txt").write_text("not a pattern", encoding="utf-8")
    return d


def test_cli_directory_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _tree(tmp_path)
    assert main(["assess", str(d), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = sorted(p.name for p in d.glob("*.yaml"))
    assert [Path(json.loads(line)["source"]).name for line in lines] == names


def test_cli_jsonl_input_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "cases.jsonl"
    f.write_bytes(
        (json.dumps(GOOD) + "\n\n" + json.dumps(BAD) + "\n").encode()
        + b"\xff\n"
        + (json.dumps(GOOD) + "\n").encode()
    )
    assert main(["assess", str(f), "--format", "jsonl"]) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and f"{f}:3" in err

    assert main(["assess", str(f), "--format", "jsonl", "--on-error", "skip"]) == 4
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [("error" in r) for r in records] == [False, True, True, False]
    assert records[1]["source"] == f"{f}:3" and "not UTF-8" in records[2]["error"]["message"]
    assert "skipped" in err and "2 of 4 inputs skipped" in err


def test_jobs_give_the_same_results_as_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = _tree(tmp_path)
    assert main(["assess", str(d), "--format", "jsonl"]) == 0
    one = capsys.readouterr().out
    assert main(["assess", str(d), "--format", "jsonl", "--jobs", "2"]) == 0
    two = capsys.readouterr().out
    assert one == two and one.count("\n") >= 12


def test_progress_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    piped, tty = io.StringIO(), Tty()
    for stream in (piped, tty):
        p = Progress(stream, total=3, every=0)
        for ok in (True, False, True):
            p.update(ok)
        p.close()
    assert piped.getvalue() == ""
    assert "3/3" in tty.getvalue() and "1 bad" in tty.getvalue()


def test_cli_progress_not_written_when_piped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for example in sorted(EXAMPLES.glob("*.yaml"))[:3]:
        (tmp_path / example.name).write_bytes(example.read_bytes())
    (tmp_path / "zz_not_a_pattern.yaml").write_text("title: no persons\n", encoding="utf-8")
    assert main(["assess", str(tmp_path), "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert "\r" not in err and "zz_not_a_pattern.yaml" in err
