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


def _package_graph() -> dict[str, set[str]]:
    """Which subpackage of nm_trafficking imports which other (a module at the top level is its
    own node)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        node = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] == "nm_trafficking" and len(parts) > 1 and parts[1] != node:
                graph.setdefault(node, set()).add(parts[1])
    return graph


def test_the_rules_boundary_imports_nothing_of_the_reasoning() -> None:
    # reasoning drives the engine (rules); the engine facts describe an act through a
    # protocol of rules' own (rules.atoms.ActFacts), so the two packages form no cycle.
    assert not _forbidden(_modules("rules"), ("nm_trafficking.reasoning",))


def test_no_import_cycle_between_rules_and_reasoning() -> None:
    graph = _package_graph()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                todo.extend(graph.get(node, ()))
        return False

    assert "rules" in graph.get("reasoning", set())  # the direction that is meant
    assert not reaches("rules", "reasoning")
