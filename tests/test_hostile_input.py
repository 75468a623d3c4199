"""Hostile input on the command line: each case runs ``nm-trafficking assess`` in a child
process under a virtual-memory cap and a time limit, and must end with exit status 2 (bad
input), a message, within 5 s and 300 MB, with no raw control character in its output."""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import nm_trafficking

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="measures the child with wait4 and RLIMIT_AS (Linux)"
)

ROOT = Path(nm_trafficking.__file__).resolve().parents[1]
VIRTUAL_MEMORY = 1536 * 1024 * 1024  # the interpreter with durable_rules needs ~45 MB
MAX_SECONDS = 5.0
MAX_RSS_MB = 300
KILL_AFTER = 30.0
# raw control characters other than newline and tab, line/paragraph separators, bidi controls
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
EXIT_BAD_INPUT = 2


@dataclass
class Run:
    code: int
    seconds: float
    rss_mb: float
    out: str
    err: str


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (VIRTUAL_MEMORY, VIRTUAL_MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (20, 20))


# The child's own peak memory: ``ru_maxrss`` of a forked child also counts the parent's memory
# at the fork (a large pytest process would fail the bound spuriously), so the child reports
# its VmHWM, which starts afresh at exec, into a file when it exits.
_MEASURED = (
    "import atexit, os, sys\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as f:\n"
    "        kb = next(l for l in f if l.startswith('VmHWM:')).split()[1]\n"
    "    with open(os.environ['NMT_TEST_PEAK_FILE'], 'w') as f:\n"
    "        f.write(kb)\n"
    "atexit.register(_peak)\n"
    "from nm_trafficking.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def assess(tmp_path: Path, *args: str | Path) -> Run:
    """Run ``nm_trafficking.cli.main(["assess", *ARGS])`` in a child process and measure it."""
    out_path, err_path = tmp_path / "stdout.bin", tmp_path / "stderr.bin"
    peak_path = tmp_path / "peak.kb"
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        PYTHONIOENCODING="utf-8",
        NMT_TEST_PEAK_FILE=str(peak_path),
    )
    command = [sys.executable, "-c", _MEASURED, "assess", *map(str, args)]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.monotonic()
        child = subprocess.Popen(
            command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
            preexec_fn=_limit_child, cwd=tmp_path,
        )  # fmt: skip
        killer = threading.Timer(KILL_AFTER, child.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    # if the child died before reporting, fall back to ru_maxrss (an over-estimate)
    peak_kb = int(peak_path.read_text()) if peak_path.exists() else usage.ru_maxrss
    return Run(
        code=child.returncode,
        seconds=seconds,
        rss_mb=peak_kb / 1024,
        out=out_path.read_bytes().decode("utf-8"),
        err=err_path.read_bytes().decode("utf-8"),
    )


def refused(run: Run, *expected: str) -> None:
    """Exit 2, in time, within memory, a message naming the problem, no raw controls."""
    assert run.code == EXIT_BAD_INPUT, (run.code, run.err[-2000:])
    assert run.seconds < MAX_SECONDS, run.seconds
    assert run.rss_mb < MAX_RSS_MB, run.rss_mb
    assert "Traceback" not in run.err, run.err[-2000:]
    assert not RAW_CONTROL.search(run.out + run.err), ascii(run.err[-500:])
    assert len(run.err) < 20_000, len(run.err)
    for text in expected:
        assert text in run.err, run.err[-2000:]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_harness_measures_a_good_run(tmp_path: Path) -> None:
    good = _write(
        tmp_path / "good.yaml",
        "persons: [{id: D}, {id: V, age: 15}]\n"
        "conduct: [{id: c, actor: D, person: V, act: recruiting, date: 2018-03-10}]\n",
    )
    run = assess(tmp_path, good)
    assert run.code == 0, run.err
    assert run.seconds < MAX_SECONDS and 10 < run.rss_mb < MAX_RSS_MB


def test_sparse_4_gb_file(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as f:
        f.truncate(4 * 1024**3)
    refused(assess(tmp_path, big), "4.0 GiB", "big.yaml")


def test_dev_zero(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    refused(assess(tmp_path, "/dev/zero"), "character device")


def test_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    refused(assess(tmp_path, fifo), "FIFO")


def test_fifo_as_json_lines(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    refused(assess(tmp_path, fifo), "FIFO")


def test_directory_passed_as_a_file_pattern(tmp_path: Path) -> None:
    (tmp_path / "cases.yaml").mkdir()
    refused(assess(tmp_path, tmp_path / "cases.yaml"), "no fact patterns")


def test_directory_inside_a_directory(tmp_path: Path) -> None:
    d = tmp_path / "cases"
    d.mkdir()
    (d / "sub.yaml").mkdir()
    refused(assess(tmp_path, d), "sub.yaml", "directory")


def test_empty_directory_and_empty_jsonl(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    refused(assess(tmp_path, tmp_path / "empty"), "no fact patterns")
    _write(tmp_path / "empty.jsonl", "\n\n")
    refused(assess(tmp_path, tmp_path / "empty.jsonl"), "no fact patterns")


def test_dangling_link_and_link_loop_are_not_skipped_silently(tmp_path: Path) -> None:
    d = tmp_path / "cases"
    d.mkdir()
    (d / "a.yaml").symlink_to(d / "gone.yaml")
    (d / "b.yaml").symlink_to(d / "b.yaml")
    refused(assess(tmp_path, d), "a.yaml", "dangling")
    run = assess(tmp_path, d, "--on-error", "skip")  # exit 0, or 4: inputs were skipped
    assert run.code in (0, 4) and "skipped" in run.err and "loop" in run.err, run.err
    assert not RAW_CONTROL.search(run.out + run.err)


def test_16_mib_yaml_list_of_ones(tmp_path: Path) -> None:
    f = _write(tmp_path / "ones.yaml", "- 1\n" * (16 * 1024 * 1024 // 4 - 16))
    refused(assess(tmp_path, f), "keys and values")


def test_json_with_two_million_empty_persons(tmp_path: Path) -> None:
    f = _write(tmp_path / "persons.json", '{"persons": [' + ",".join(["{}"] * 2_000_000) + "]}")
    refused(assess(tmp_path, f), "keys and values")


def test_json_with_five_million_empty_lists(tmp_path: Path) -> None:
    f = _write(tmp_path / "lists.json", "[" + ",".join(["[]"] * 5_000_000) + "]")
    refused(assess(tmp_path, f), "keys and values")


@pytest.mark.parametrize(
    "text",
    [
        # issue 21 item 1: every quote of an unclosed string of \" pairs used to start a scan
        # to the end of the text (quadratic: 33 s for 80 KB of pairs)
        "[" + "," * 500_001 + '"' + '\\"' * 280_000,
        "[" + "," * 500_001 + '"' + '\\"' * 280_000 + "\\",
        '{"k": [' + "," * 500_001 + '"' + '\\"' * 280_000,
    ],
    ids=["unclosed-escaped-quotes", "ending-in-a-backslash", "in-an-object"],
)
def test_one_mib_of_adversarial_json_is_refused_in_linear_time(tmp_path: Path, text: str) -> None:
    f = _write(tmp_path / "quotes.json", text)
    assert 1024 * 1024 <= f.stat().st_size < 2 * 1024 * 1024
    refused(assess(tmp_path, f), "not valid JSON")


def test_yaml_billion_laughs(tmp_path: Path) -> None:
    lines = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    lines += [
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    f = _write(tmp_path / "laughs.yaml", "\n".join(lines) + "\n")
    refused(assess(tmp_path, f), "keys and values")


def test_many_errors_are_capped(tmp_path: Path) -> None:
    doc = {"persons": [{"id": "D"}], "conduct": [{f"k{j}": 1 for j in range(40)}] * 5000}
    f = _write(tmp_path / "errors.json", json.dumps(doc))
    refused(assess(tmp_path, f), "more")


def test_one_mapping_with_a_great_many_unknown_keys(tmp_path: Path) -> None:
    act = {"id": "c", "actor": "D", "person": "V", "act": "recruiting"}
    act["means_will_be_used"] = {f"k{j}": True for j in range(240_000)}  # type: ignore[assignment]
    doc = {"persons": [{"id": "D"}, {"id": "V"}], "conduct": [act]}
    f = _write(tmp_path / "keys.json", json.dumps(doc))
    refused(assess(tmp_path, f), "means_will_be_used.k0: unknown field", "and 239,980 more")


DUPLICATE_CASES: dict[str, tuple[str, str]] = {
    "dup.yaml": (
        "persons: [{id: D}, {id: V}]\nconduct:\n  - id: c\n    actor: D\n    person: V\n"
        "    act: recruiting\n    knowingly: true\n    knowingly: false\n",
        "lines 7 and 8",
    ),
    "dup.json": (
        '{"persons": [{"id": "D"}, {"id": "V"}],\n "conduct": [{"id": "c", "actor": "D",\n'
        '  "person": "V", "act": "recruiting", "knowingly": true,\n  "knowingly": false}]}\n',
        "lines 3 and 4",
    ),
}


@pytest.mark.parametrize("name", sorted(DUPLICATE_CASES))
def test_duplicate_keys(tmp_path: Path, name: str) -> None:
    text, lines = DUPLICATE_CASES[name]
    refused(assess(tmp_path, _write(tmp_path / name, text)), "knowingly", lines)


def test_bool_ages(tmp_path: Path) -> None:
    f = _write(
        tmp_path / "ages.yaml",
        "persons: [{id: D}, {id: V, age: true}]\n"
        "conduct: [{id: c, actor: D, person: V, act: recruiting, believed_age: false}]\n",
    )
    refused(assess(tmp_path, f), "persons[1].age", "conduct[0].believed_age")


@pytest.mark.parametrize("stamp", ["0", "1520640000"])
def test_int_dates(tmp_path: Path, stamp: str) -> None:
    f = _write(
        tmp_path / "dates.json",
        '{"persons": [{"id": "D"}, {"id": "V"}], "conduct": [{"id": "c", "actor": "D", '
        f'"person": "V", "act": "recruiting", "date": {stamp}}}]}}',
    )
    refused(assess(tmp_path, f), "conduct[0].date")


def test_control_character_key(tmp_path: Path) -> None:
    doc = {"persons": [{"id": "D", "\x1b]0;PWNED\x07": 1, "x\u202ey": 2, "z\x85": 3}]}
    f = _write(tmp_path / "keys.json", json.dumps(doc))
    run = assess(tmp_path, f)
    # keys not written as field names are not repeated (they may be values typed as keys)
    refused(run, "persons[0]: an unknown field, not repeated here")
    assert "PWNED" not in run.err
    assert "\x1b" not in run.err and "\u202e" not in run.err


def test_control_characters_in_file_names(tmp_path: Path) -> None:
    f = _write(tmp_path / "\x1b]0;PWNED\x07.yaml", "persons: [{id: D, age: true}]\n")
    refused(assess(tmp_path, f), "PWNED", "\\x1b")


def test_jsonl_error_labels_are_real_line_numbers(tmp_path: Path) -> None:
    good = json.dumps({"persons": [{"id": "D"}]})
    f = _write(tmp_path / "cases.jsonl", f"\n{good}\n\n\n{{\n")
    refused(assess(tmp_path, f), "cases.jsonl:5")
