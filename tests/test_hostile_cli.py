"""The command line under interruption and hostile text: Ctrl-C with worker processes,
control characters in titles and file names, bad numbers and undecodable answer sheets, internal
defects without tracebacks."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import nm_trafficking
from nm_trafficking.cli import main

ROOT = Path(nm_trafficking.__file__).resolve().parents[1]
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
PATTERN = {
    "persons": [{"id": "D"}, {"id": "V", "age": 15}],
    "conduct": [
        {
            "id": "c",
            "actor": "D",
            "person": "V",
            "act": "recruiting",
            "date": "2019-01-01",
            "knowingly": True,
            "will_be_caused_to_engage_in_commercial_sexual_activity": True,
        }
    ],
}
HOSTILE = "Case \x1b]0;PWNED\x07 title\r# injected\x9b31m \u202e"


def _group(pgid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == pgid:
                    found.append(int(entry))
            except OSError:
                pass
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc, /dev/shm")
@pytest.mark.parametrize("delay", [1.5, 3.0])
def test_ctrl_c_with_jobs_stops_every_worker_within_2_s(tmp_path: Path, delay: float) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text((json.dumps(PATTERN) + "\n") * 40_000, encoding="utf-8")
    shm = set(os.listdir("/dev/shm"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "nm_trafficking.cli", "assess", str(big), "--jobs", "4",
         "--format", "jsonl"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True,
    )  # fmt: skip
    pgid = os.getpgid(child.pid)
    try:
        time.sleep(delay)  # the workers are running
        assert child.poll() is None, "finished before the interrupt; make the input larger"
        os.killpg(pgid, signal.SIGINT)  # Ctrl-C reaches the whole group, as in a terminal
        start = time.monotonic()
        code = child.wait(timeout=10)
        elapsed = time.monotonic() - start
        deadline = time.monotonic() + 2
        while _group(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = _group(pgid)
    finally:
        if _group(pgid):
            os.killpg(pgid, signal.SIGKILL)
    err = child.stderr.read().decode() if child.stderr else ""
    assert code == 130, err
    assert elapsed < 2, f"took {elapsed:.2f} s"
    assert not left, f"processes left behind: {left}"
    assert set(os.listdir("/dev/shm")) - shm == set()
    assert "Traceback" not in err and "interrupted" in err


# What the installed ``nm-trafficking`` script runs (pip writes this entry point), after a
# line that says the interpreter itself has started (a signal before that reaches CPython's own
# start-up, which no program can handle).
CONSOLE = (
    # "started" once the console's entry point is loaded (as the console script has it before
    # it calls it): from here the program's own code handles an interrupt; one that comes while
    # CPython itself still loads the entry point is outside any program's reach (README).
    "import sys; from nm_trafficking.console import main; sys.stderr.write('started\\n'); "
    "sys.stderr.flush(); sys.exit(main())"
)


@pytest.mark.skipif(sys.platform != "linux", reason="signals to a process")
@pytest.mark.parametrize("delay", [0.01, 0.03, 0.08, 0.15, 0.25])
def test_ctrl_c_while_the_command_is_still_starting_prints_no_traceback(
    tmp_path: Path, delay: float
) -> None:
    # The command loads pydantic, the statute and the rules first (~0.3 s): an interruption
    # then is handled like one at any later moment.
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PATTERN), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CONSOLE, "assess", str(f)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert child.stderr is not None
    assert child.stderr.readline() == b"started\n"
    time.sleep(delay)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=20)
    text = err.decode()
    assert "Traceback" not in text, text
    if child.returncode == 0:  # it finished before the signal: nothing to check
        assert b"30-52-1" in out
    else:
        assert child.returncode == 130, (child.returncode, text)
        assert text == "nm-trafficking: interrupted\n", text


def test_the_console_entry_point_exits_130_when_interrupted_while_loading(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from nm_trafficking import console

    class Loading:
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "nm_trafficking.cli", Loading())
    assert console.main() == 130
    assert capsys.readouterr().err == "nm-trafficking: interrupted\n"


def test_the_package_loads_its_names_lazily_and_every_exported_name_resolves() -> None:
    code = (
        "import sys, nm_trafficking as n; assert 'nm_trafficking.assessment' not in sys.modules; "
        "assert 'pydantic' not in sys.modules; "
        "assert all(getattr(n, x) is not None for x in n.__all__); "
        "assert sorted(n._HOMES) == sorted(n.__all__); print(n.assess.__module__)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().strip() == "nm_trafficking.assessment"


def test_ctrl_c_in_one_process_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PATTERN), encoding="utf-8")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("nm_trafficking.cli._write", interrupted)
    assert main(["assess", str(f)]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_an_internal_defect_exits_3_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PATTERN), encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a defect")

    monkeypatch.setattr("nm_trafficking.cli._write", broken)
    monkeypatch.delenv("NMT_DEBUG", raising=False)
    assert main(["assess", str(f)]) == 3
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError)" in err and "Traceback" not in err


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "jsonl"])
def test_control_characters_in_a_title_never_reach_the_output_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps({**PATTERN, "title": HOSTILE}), encoding="utf-8")
    assert main(["assess", str(f), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))
    if fmt == "markdown":
        assert "\n# injected" not in out  # a carriage return cannot start a Markdown line
    if fmt in ("json", "jsonl"):
        first = json.loads(out)[0] if fmt == "json" else json.loads(out.splitlines()[0])
        assert first["summary"]["title"] == HOSTILE  # escaped as JSON, not altered


def test_control_characters_in_file_names_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a\x1b[31mred.json"
    good.write_text(json.dumps(PATTERN), encoding="utf-8")
    bad = tmp_path / "b\x07bell\r.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["assess", str(tmp_path), "--on-error", "skip"]) == 4
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert not RAW_CONTROL.search(stream), repr(stream)
    assert "a\\x1b[31mred.json" in captured.out  # the "# path" header


def test_quiz_counts_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("-1", "0", "x"):
        with pytest.raises(SystemExit) as info:
            main(["quiz", "--worksheet", "--count", bad])
        assert info.value.code == 2
    assert "--count takes a whole number" in capsys.readouterr().err


def test_quiz_answer_sheet_that_is_not_utf8_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "answers\x1b.yaml"
    sheet.write_bytes(b"s01:\n  boss/w: {met: [A1]}\n\xff\xfe\n")
    assert main(["quiz", "--answers", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "UTF-8" in err and "Traceback" not in err and not RAW_CONTROL.search(err)
    assert main(["quiz", "--answers", str(tmp_path)]) == 2  # a directory, not a file
    assert main(["quiz", "--scenario", "no\x1bsuch"]) == 2
    assert not RAW_CONTROL.search(capsys.readouterr().err)


def test_text_output_of_a_large_batch_streams(tmp_path: Path) -> None:
    """10,000 inputs in text format: memory stays bounded (results are written as they come)."""
    big = tmp_path / "big.jsonl"
    big.write_text((json.dumps(PATTERN) + "\n") * 10_000, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys; from nm_trafficking.cli import main; "
         "code = main(sys.argv[1:]); "
         # VmHWM: this process's own peak (ru_maxrss would inherit the forking parent's)
         "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]; "
         "print(hwm.split()[1], file=sys.stderr); "
         "raise SystemExit(code)",
         "assess", str(big), "--format", "text"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    max_rss_mb = int(done.stderr.decode().strip().splitlines()[-1]) / 1024
    assert max_rss_mb < 150, f"{max_rss_mb:.0f} MB"


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL, signal.SIGHUP])
def test_workers_do_not_outlive_a_parent_killed_alone(tmp_path: Path, sig: int) -> None:
    # issue 21 item 2: the workers lived on (parent 1, blocked in a send), holding the output
    # pipe, so `assess DIR --jobs 2 | wc -c` never ended
    big = tmp_path / "big.jsonl"
    big.write_text((json.dumps(PATTERN) + "\n") * 40_000, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "nm_trafficking.cli", "assess", str(big), "--jobs", "2",
         "--format", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
    )  # fmt: skip
    assert child.stdout is not None
    pgid = os.getpgid(child.pid)
    try:
        workers: list[int] = []
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(child.pid)
        assert len(workers) == 2, "the workers did not start"
        assert child.stdout.read(1)  # they are working: records are coming
        os.kill(child.pid, sig)  # the parent alone
        assert child.wait(timeout=20) == -sig
        # the reader sees the end of the output: no worker holds the pipe
        done = threading.Event()
        reader = threading.Thread(target=lambda: (child.stdout.read(), done.set()), daemon=True)
        reader.start()
        assert done.wait(timeout=20), "the output pipe never reached its end"
        deadline = time.monotonic() + 20
        while _group(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _group(pgid), f"workers left behind: {_group(pgid)}"
    finally:
        if _group(pgid):
            os.killpg(pgid, signal.SIGKILL)
        child.stdout.close()


@pytest.mark.skipif(sys.platform != "linux", reason="signals to a process")
def test_ctrl_c_while_the_workers_are_forked_is_not_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 21 item 3: SIGINT was ignored while the workers were forked, so a Ctrl-C in that
    # window was dropped and the run went on to the end
    import multiprocessing

    from nm_trafficking.parallel import Workers

    real_fork = os.fork
    forks: list[int] = []

    def fork_then_ctrl_c() -> int:
        pid = real_fork()
        if pid:  # the parent, right after its first worker is forked
            forks.append(pid)
            if len(forks) == 1:
                os.kill(os.getpid(), signal.SIGINT)
        return pid

    monkeypatch.setattr(os, "fork", fork_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        Workers(2, abs)
    assert len(forks) >= 1
    assert multiprocessing.active_children() == []  # every worker forked was stopped
    for pid in forks:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # and reaped


def _run(args: list[str], **streams: Any) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "nm_trafficking.cli", *args]
    return subprocess.run(command, env=env, timeout=120, check=False, **streams)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_a_full_disk_is_exit_5_not_an_internal_defect(tmp_path: Path, fmt: str) -> None:
    # issue 21 item 7: exit 3 "internal error (OSError)"
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PATTERN), encoding="utf-8")
    with open("/dev/full", "wb") as full:
        run = _run(["assess", str(f), "--format", fmt], stdout=full, stderr=subprocess.PIPE)
    err = run.stderr.decode()
    assert run.returncode == 5, err
    assert err.count("\n") == 1 and "No space left on device" in err and "incomplete" in err
    assert "internal error" not in err and "Traceback" not in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_standard_error_on_a_full_disk_is_exit_5(tmp_path: Path) -> None:
    # issue 21 item 7: exit 1, undocumented
    with open("/dev/full", "wb") as full:
        run = _run(
            ["assess", str(tmp_path / "missing.json")], stdout=subprocess.DEVNULL, stderr=full
        )
    assert run.returncode == 5


def test_a_closed_standard_output_is_exit_5(tmp_path: Path) -> None:
    # issue 21 item 7: exit 3 "internal error (AttributeError)"
    f = tmp_path / "p.json"
    f.write_text(json.dumps(PATTERN), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        ["sh", "-c", 'exec "$0" -m nm_trafficking.cli assess "$1" >&-', sys.executable, str(f)],
        env=env, stderr=subprocess.PIPE, timeout=120, check=False,
    )  # fmt: skip
    err = run.stderr.decode()
    assert run.returncode == 5, err
    assert err == "nm-trafficking: cannot write: standard output or standard error is closed\n"


@pytest.mark.skipif(sys.platform != "linux", reason="/proc")
def test_a_worker_killed_by_the_system_is_exit_5(tmp_path: Path) -> None:
    # issue 21 item 7: a worker killed by the OOM killer gave exit 3 "(EOFError)"
    big = tmp_path / "big.jsonl"
    big.write_text((json.dumps(PATTERN) + "\n") * 40_000, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "nm_trafficking.cli", "assess", str(big), "--jobs", "2",
         "--format", "jsonl"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True,
    )  # fmt: skip
    pgid = os.getpgid(child.pid)
    try:
        workers: list[int] = []
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(child.pid)
        assert len(workers) == 2, "the workers did not start"
        os.kill(workers[0], signal.SIGKILL)  # as the out-of-memory killer does
        _, err = child.communicate(timeout=60)
    finally:
        if _group(pgid):
            os.killpg(pgid, signal.SIGKILL)
    text = err.decode()
    assert child.returncode == 5, text
    assert "a worker process died (SIGKILL" in text and "Traceback" not in text, text
    assert "internal error" not in text


def test_a_ctrl_c_wrapped_by_python_while_a_class_is_made_is_still_an_interrupt() -> None:
    """Python wraps a KeyboardInterrupt raised in ``__set_name__`` in a RuntimeError; the
    console treats the wrapped one as the interrupt it is, and any other error as an error."""
    from nm_trafficking.console import interrupted

    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as inner:
            raise RuntimeError("Error calling __set_name__") from inner
    except RuntimeError as wrapped:
        assert interrupted(wrapped)
    assert not interrupted(RuntimeError("a defect"))
    assert interrupted(KeyboardInterrupt())
