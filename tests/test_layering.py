"""The pipeline's layers import only downwards (issue 8: rules/ is the durable_rules boundary,
the legal reasoning has its own package, results and renderers have no import cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "nm_trafficking"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _modules(*parts: str) -> list[Path]:
    base = PACKAGE.joinpath(*parts)
    return [base] if base.suffix == ".py" else sorted(base.rglob("*.py"))


def _forbidden(paths: list[Path], prefixes: tuple[str, ...]) -> list[str]:
    bad = []
    for path in paths:
        for module in _imports(path):
            if module.startswith(prefixes):
                bad.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return bad


def test_only_the_engine_module_touches_durable_rules() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if any(m.startswith(("durable", "durable_rules_engine")) for m in _imports(p))
    ]
    assert offenders == ["rules/engine.py"]


def test_the_statute_package_depends_on_nothing_but_itself() -> None:
    allowed = ("nm_trafficking.statute", "nm_trafficking.errors")
    bad = [
        f"{p.relative_to(PACKAGE)} imports {m}"
        for p in _modules("statute")
        for m in _imports(p)
        if m.startswith("nm_trafficking") and not m.startswith(allowed)
    ]
    assert not bad


def test_results_import_no_renderer_and_renderers_no_engine() -> None:
    assert not _forbidden(_modules("results.py"), ("nm_trafficking.render", "nm_trafficking.rules"))
    assert not _forbidden(
        _modules("render"), ("nm_trafficking.rules", "nm_trafficking.reasoning", "durable")
    )


def test_the_rules_boundary_knows_no_rendering_or_results() -> None:
    assert not _forbidden(_modules("rules"), ("nm_trafficking.render", "nm_trafficking.results"))


def test_the_reasoning_knows_no_rendering() -> None:
    assert not _forbidden(_modules("reasoning"), ("nm_trafficking.render", "durable"))
