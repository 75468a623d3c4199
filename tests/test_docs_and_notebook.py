"""The notebook runs top to bottom; the docs build; the annotated statute page matches the code;
ruff and mypy are clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_example_notebook_runs_top_to_bottom() -> None:
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "examples" / "walkthrough.ipynb", as_version=4)
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "examples")}},
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert html and "30-52-1(A)(2)" in html[0]["data"]["text/html"]


def test_annotated_statute_page_is_generated_from_the_code() -> None:
    from nm_trafficking import statute
    from nm_trafficking.docs_gen import pinned_tests, render

    text = render(statute.VERSIONS, pinned_tests(ROOT / "tests"))
    assert (ROOT / "docs" / "statute.md").read_text(encoding="utf-8") == text, (
        "docs/statute.md is out of date: python -m nm_trafficking.docs_gen --write docs/statute.md"
    )
    for paragraph in statute.latest().all_paragraphs:
        assert f"> {paragraph.text}" in text
    assert "test_grade_by_age_on_the_day_of_the_conduct" in text


def test_docs_build(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "statute" / "index.html").exists()


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff_is_clean() -> None:
    for args in (["check", "."], ["format", "--check", "."]):
        done = subprocess.run(
            ["ruff", *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_is_clean() -> None:
    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "nm_trafficking"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_published_schemas_are_generated_from_the_code() -> None:
    from nm_trafficking.docs_gen import schemas

    for name, text in schemas().items():
        path = ROOT / "docs" / "schemas" / name
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is out of date: python -m nm_trafficking.docs_gen --schemas docs/schemas"
        )


def test_the_federal_pages_side_by_side_example_is_what_the_library_gives() -> None:
    """docs/federal.md shows the motel example's ``side_by_side`` lines: they are the
    library's own (review 9 found the page's copy stale: an ISO date the output no longer has)."""
    import re

    import nm_trafficking as nmt

    page = (ROOT / "docs" / "federal.md").read_text(encoding="utf-8")
    found = re.search(r"`f\.side_by_side` \(M and G.*?```text\n(.*?)```", page, re.S)
    assert found, "the side_by_side example is not on the page"
    a = nmt.assess(nmt.load(ROOT / "examples" / "federal_motel_venture.yaml"))
    assert found.group(1).splitlines() == list(a.finding("M", "G").side_by_side)
