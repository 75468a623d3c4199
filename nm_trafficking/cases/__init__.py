"""Case files: legal staff's own regression suite for § 30-52-1.

A case file (YAML) holds cases: a story, a fact pattern and the outcome expected per defendant
and victim — each paragraph's status, the grade, per act and per element where it matters. Only
what a case states is checked. ``nm-trafficking test PATH...`` runs them; ``docs/cases.md`` is
the guide.

    from nm_trafficking.cases import run_suite
    report = run_suite(["examples/cases"])
    report.exit_code        # 0 all pass, 1 a case fails, 2 a case file is malformed
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from nm_trafficking.cases.format import (
    STATUSES,
    Case,
    CaseError,
    CaseFile,
    CaseFileError,
    Check,
    vocabulary,
)
from nm_trafficking.cases.loader import case_files, load_file, loads
from nm_trafficking.cases.runner import (
    CaseResult,
    Difference,
    Report,
    assess_case,
    load_cases,
    run_case,
    run_suite,
    select,
    what_if_versions,
)

ROOT = Path(__file__).resolve().parents[2]
"""The project's root (in a source checkout: where examples/ and tests/ are)."""


def project_case_paths() -> list[Path]:
    """The project's own case directories that exist here: ``examples/cases``, the training
    scenarios (``nm_trafficking/training/cases``) and ``tests/cases``."""
    candidates = [
        ROOT / "examples" / "cases",
        Path(__file__).resolve().parents[1] / "training" / "cases",
        ROOT / "tests" / "cases",
    ]
    return [p for p in candidates if p.is_dir()]


def _label(path: Path, root: Path | None) -> str:
    if root is not None:
        resolved = path.resolve()
        if resolved.is_relative_to(root.resolve()):
            return resolved.relative_to(root.resolve()).as_posix()
    return str(path)


def cases_by_citation(
    paths: Iterable[str | os.PathLike[str]] | None = None, *, root: Path | None = None
) -> dict[str, list[tuple[str, str]]]:
    """citation -> [(case file, case id), ...]: the cases that state they exercise each
    paragraph, in file order. ``paths`` default to :func:`project_case_paths`; files are named
    relative to ``root`` when under it. Raises :class:`CaseFileError` if any file is malformed
    (a page listing cases must not leave one out silently)."""
    chosen = list(paths) if paths is not None else project_case_paths()
    files, errors = case_files(chosen)
    found: dict[str, list[tuple[str, str]]] = {}
    for path in files:
        loaded = load_file(path, label=_label(path, root))
        errors += loaded.errors
        for case in loaded.cases:
            for citation in case.citations:
                found.setdefault(citation, []).append((loaded.file, case.id))
    if errors:
        raise CaseFileError(errors)
    return found


__all__ = [
    "ROOT",
    "STATUSES",
    "Case",
    "CaseError",
    "CaseFile",
    "CaseFileError",
    "CaseResult",
    "Check",
    "Difference",
    "Report",
    "assess_case",
    "case_files",
    "cases_by_citation",
    "load_cases",
    "load_file",
    "loads",
    "project_case_paths",
    "run_case",
    "run_suite",
    "select",
    "vocabulary",
    "what_if_versions",
]
