"""Marks by file, so that a change can be checked with a quick subset (README, "Testing"):

- ``browser``: the workbench in headless Chromium (needs Debian's ``chromium``);
- ``process``: starts the CLI or the server as a process of its own;
- ``slow``: many generated examples (hypothesis: differential, metamorphic, fuzz), a notebook
  or a site built, several server processes, or timing runs.

``python -m pytest -m "not slow and not browser"`` leaves those out; CI runs everything."""

from __future__ import annotations

import pytest

BROWSER = frozenset(
    {"test_workbench_browser.py", "test_workbench_page.py", "amendment/test_amendment_browser.py"}
)
PROCESS = frozenset(
    {
        "test_cases.py",
        "test_cli.py",
        "test_docs_and_notebook.py",
        "test_hostile_cases_cli.py",
        "test_hostile_cli.py",
        "test_hostile_input.py",
        "test_memo.py",
        "test_packaging.py",
        "test_serve_port.py",
        "test_training.py",
        "test_workbench_api.py",
        "test_workbench_heads.py",
        "test_workbench_workers.py",
        "test_words_one_line.py",
    }
)
SLOW = frozenset(
    {
        "test_concurrency.py",
        "test_differential.py",
        "test_docs_and_notebook.py",
        "test_federal_differential.py",
        "test_federal_metamorphic.py",
        "test_full_size.py",
        "test_fuzz.py",
        "test_metamorphic.py",
        "test_workbench_workers.py",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = item.path.name
        if name in BROWSER or f"{item.path.parent.name}/{name}" in BROWSER:
            item.add_marker(pytest.mark.browser)
        if name in PROCESS:
            item.add_marker(pytest.mark.process)
        if name in SLOW:
            item.add_marker(pytest.mark.slow)
