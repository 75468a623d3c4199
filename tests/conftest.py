"""Marks by file, so that a change can be checked with a quick subset (README, "Testing"):

- ``browser``: the workbench in headless Chromium (needs Debian's ``chromium``);
- ``process``: starts the CLI or the server as a process of its own;
- ``slow``: many generated examples (hypothesis: differential, metamorphic, fuzz), a notebook
  or a site built, several server processes, or timing runs.

``python -m pytest -m "not slow and not browser"`` leaves those out; CI runs everything."""

from __future__ import annotations

import pytest

BROWSER = frozenset(
    {
        "test_memo_print_layout.py",
        "test_workbench_browser.py",
        "test_workbench_cautions.py",
        "test_workbench_law.py",
        "test_workbench_page.py",
        "test_workbench_print_browser.py",
        "test_workbench_related.py",
        "test_workbench_review11.py",
        "test_workbench_review_h.py",
        "amendment/test_amendment_browser.py",
    }
)
PROCESS = frozenset(
    {
        "test_cases.py",
        "test_cli.py",
        "test_docs_and_notebook.py",
        "test_documents.py",
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
        "test_documents.py",
        "test_federal_differential.py",
        "test_federal_metamorphic.py",
        "test_full_size.py",
        "test_fuzz.py",
        "test_metamorphic.py",
        "test_workbench_workers.py",
    }
)


SLOW_TESTS = frozenset(
    {
        "test_engine.py::test_memory_stays_flat_over_10000_forced_rebuilds",
        "test_hostile_cli.py::test_text_output_of_a_large_batch_streams",
        "test_markers.py::test_the_quick_subset_leaves_out_the_browser_and_slow_files",
    }
)
"""Single tests of other files that take seconds each (the quick subset leaves them out)."""
BROWSER_TESTS = frozenset(
    {
        "test_timeline.py::test_every_example_timeline_in_chromium",
        "test_workbench_first_day.py::test_the_law_line_shows_the_label_before_the_passed_clause",
    }
)
"""Single tests of other files that drive Chromium."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = item.path.name
        test = f"{name}::{getattr(item, 'originalname', item.name)}"
        if name in BROWSER or f"{item.path.parent.name}/{name}" in BROWSER or test in BROWSER_TESTS:
            item.add_marker(pytest.mark.browser)
        if name in PROCESS:
            item.add_marker(pytest.mark.process)
        if name in SLOW or test in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
