"""HTML is written by templates (``nm_trafficking/render/templates``, autoescaped), never built
from strings in code: no f-string, ``%`` or ``.format`` (nor ``+``) with markup in it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from nm_trafficking.workbench import classroom

PACKAGE = Path(__file__).resolve().parents[1] / "nm_trafficking"
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]")
"""The start of an HTML tag: ``<li>``, ``</ul>``, ``<span class=``."""


def _markup(node: ast.AST | None) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(TAG.search(node.value))
    )


def string_html(source: str) -> list[tuple[int, str]]:
    """(line, expression) of every f-string, ``%``, ``+`` or ``.format`` that writes a tag."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            hit = any(_markup(v) for v in node.values)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
            hit = _markup(node.left) or _markup(node.right)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            hit = node.func.attr == "format" and _markup(node.func.value)
        else:
            continue
        if hit:
            found.append((getattr(node, "lineno", 0), ast.unparse(node)[:80]))
    return found


def test_the_scan_finds_string_html() -> None:
    source = (
        "a = f'<li>{x}</li>'\n"
        "b = '<p>%s</p>' % x\n"
        "c = '<td>{}</td>'.format(x)\n"
        "d = '<ul>' + x\n"
        "e = f'{x} < {y}'\n"
        "f = 'a <= b'\n"
    )
    assert [line for line, _ in string_html(source)] == [1, 2, 3, 4]


def test_no_html_is_built_from_strings_in_the_package() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in string_html(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "HTML built from strings (write a template instead):\n" + "\n".join(found)


def test_the_worksheet_escapes_the_trainee_and_session() -> None:
    first = classroom.cases()[0]
    page = classroom.worksheet_html(
        [first.id], key=True, trainee="<b>O'Brien</b>", session='S "1" & 2'
    )
    assert "<b>O" not in page
    assert "&lt;b&gt;O&#x27;Brien&lt;/b&gt;" in page
    assert "S &quot;1&quot; &amp; 2" in page
    assert page.startswith("<article class='printable worksheet'><h1>Answer key:")
    assert "\n" not in page
