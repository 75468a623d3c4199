"""The marks of the quick subset (README: ``-m "not slow and not browser"``), given by file in
``tests/conftest.py``: registered (``--strict-markers``), and on the files they name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _collected(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line}


def test_the_quick_subset_leaves_out_the_browser_and_slow_files() -> None:
    from tests import conftest

    browser = _collected("-m", "browser")
    single = {f"tests/{test.split('::')[0]}" for test in conftest.BROWSER_TESTS}
    assert browser == {f"tests/{name}" for name in conftest.BROWSER} | single
    quick = _collected("-m", "not slow and not browser")
    left_out = {f"tests/{name}" for name in conftest.BROWSER | conftest.SLOW}
    assert quick and not quick & left_out
    assert "tests/test_workbench_api.py" in quick  # process tests stay in
    assert _collected("-m", "process") >= {"tests/test_serve_port.py", "tests/test_cli.py"}
