"""Words once (issue 22): grade names, status labels and the disclaimer have one source each —
grade names the statute data (``statute.names``), status labels and words ``words.py``, the
disclaimer ``results.DISCLAIMER`` — and every surface reaches them from there.

A scan fails when one of them is written out a second time in the package's code, templates,
scripts and pages or in the docs (generated files and regions aside; the statute's own words,
quoted, aside); and the maintainer's grade-word change is shown to be a change of the one
source: with a grade renamed there, the CLI's text, Markdown, the memo, the notebook HTML, the
worksheet and the workbench's catalogue all say the new words."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from nm_trafficking import statute, words
from nm_trafficking.docs_words import PAGE, stale
from nm_trafficking.results import DISCLAIMER
from nm_trafficking.statute.model import Paragraph
from nm_trafficking.statute.names import felony

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "nm_trafficking"
GENERATED = {ROOT / "docs" / "statute.md", ROOT / "docs" / PAGE}
"""Docs written by ``nm_trafficking.docs_gen`` (compared with the code by tests)."""
REGION = re.compile(r"<!-- words: [a-z]+ -->\n.*?<!-- /words -->", re.DOTALL)

SOURCES = {
    "grade": PACKAGE / "statute" / "names.py",
    "status": PACKAGE / "words.py",
    "disclaimer": PACKAGE / "results.py",
}


def scanned() -> Iterator[Path]:
    """The package's code, templates, scripts and pages; the docs and the README."""
    for pattern in ("*.py", "*.j2", "*.js", "*.html"):
        yield from sorted(PACKAGE.rglob(pattern))
    yield from sorted(p for p in (ROOT / "docs").glob("*.md") if p not in GENERATED)
    yield ROOT / "README.md"


# --- the phrases, from the one source ----------------------------------------------------------

GRADE_SUFFIX = felony("")  # " degree felony"
LABELS = {*words.STATUS_LABELS.values(), *(words.capital(w) for w in words.STATUS_WORDS.values())}
LABELS |= {w for s, w in words.STATUS_WORDS.items() if w != s}  # "not met"
"""A status written as a label or a word (``NOT MET``, ``Not met``, ``not met``; ``met`` and
``undetermined`` are the statuses' own ids)."""
DISCLAIMER_PHRASES = [
    words.DISCLAIMER_HEAD.lower(),
    *(s.strip().rstrip(".").lower() for s in DISCLAIMER.partition(": ")[2].split(". ")),
]


def _law_texts() -> set[str]:
    """Every text the statute data quotes (each paragraph's words), lower case: the statute's
    own grade words are quoted as it writes them."""
    for info in pkgutil.walk_packages(statute.__path__, "nm_trafficking.statute."):
        importlib.import_module(info.name)
    found: set[str] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("nm_trafficking.statute"):
            continue
        for value in vars(module).values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Paragraph):
                    found.add(item.text.lower())
    return found


LAW_TEXTS = _law_texts()


def _quoted_law(text: str) -> bool:
    """A paragraph's whole text (a grade name alone is not the law quoted)."""
    return text.lower() in LAW_TEXTS


def _python_strings(source: str) -> Iterator[tuple[int, str]]:
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value


def _status_tables(source: str) -> Iterator[tuple[int, str]]:
    """A dict from statuses to their labels or words, written out (``{"met": "MET", ...}``)."""
    said = {w.lower() for w in LABELS} | set(words.STATUS_WORDS.values())
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Dict):
            continue
        pairs = [
            (k.value, v.value)
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
        ]
        labelled = [
            k
            for k, v in pairs
            if k in words.STATUS_WORDS and isinstance(v, str) and v.strip("* ").lower() in said
        ]
        if len(labelled) >= 2:
            yield node.lineno, ast.unparse(node)[:80]


def _quoted(labels: set[str]) -> re.Pattern[str]:
    return re.compile(
        "|".join(rf"[\"'`>]{re.escape(label)}[\"'`<]" for label in sorted(labels, key=len)[::-1])
    )


QUOTED_LABEL = _quoted(LABELS)
QUOTED_LABEL_IN_PROSE = _quoted({label for label in LABELS if label != label.lower()})
"""In the docs' prose a status may be named in its words ("never "not met""); its label not."""


def repeats(path: Path, text: str | None = None) -> list[str]:
    """Every grade word, status label or disclaimer phrase written out in ``path`` (or in
    ``text``, as if it were that file)."""
    if text is None:
        text = path.read_text(encoding="utf-8")
    where = path.relative_to(ROOT)
    found: list[str] = []
    if path.suffix == ".md":
        text = REGION.sub("", text)
    if path != SOURCES["disclaimer"]:
        lower = " ".join(text.lower().split())
        found += [f"{where}: the disclaimer ({p!r})" for p in DISCLAIMER_PHRASES if p in lower]
    if path.suffix == ".py":
        for line, value in _python_strings(text):
            if path != SOURCES["grade"] and GRADE_SUFFIX in value and not _quoted_law(value):
                found.append(f"{where}:{line}: a grade name ({value[:60]!r})")
            if path != SOURCES["status"] and value in LABELS:
                found.append(f"{where}:{line}: a status label ({value!r})")
        if path != SOURCES["status"]:
            found += [f"{where}:{n}: status words ({t})" for n, t in _status_tables(text)]
        return found
    quoted = QUOTED_LABEL_IN_PROSE if path.suffix == ".md" else QUOTED_LABEL
    for n, line in enumerate(text.splitlines(), 1):
        if GRADE_SUFFIX in line:
            found.append(f"{where}:{n}: a grade name")
        label = quoted.search(line)
        if label is not None:
            found.append(f"{where}:{n}: a status label ({label[0]})")
    return found


def test_the_scan_finds_words_written_out_again() -> None:
    py = (
        '"""A docstring may say ``second degree felony``."""\n'
        'LABEL = {"met": "**MET**", "not_met": "**NOT MET**"}\n'
        'NAME = "second degree felony"\nX = "NOT MET"\n'
    )
    assert len(repeats(PACKAGE / "render" / "example.py", py)) == 3
    assert repeats(PACKAGE / "words.py", py) == [
        "nm_trafficking/words.py:3: a grade name ('second degree felony')"
    ]
    law = (
        'TEXT = ("C. Whoever commits human trafficking is guilty of a third degree felony; "\n'
        '"except if the victim is under the age of:")\n'
    )
    assert repeats(PACKAGE / "statute" / "example.py", law) == []
    js = 'const S = [["not_met", "Not met"]]; const G = " degree felony";\n'
    assert len(repeats(PACKAGE / "workbench" / "static" / "js" / "example.js", js)) == 2
    md = (
        '> **Decision aid, not legal advice.** Read it, never "not met".\n'
        "<!-- words: disclaimer -->\nA prosecutor or attorney must review every result.\n"
        "<!-- /words -->\n"
    )
    assert repeats(ROOT / "docs" / "example.md", md) == [
        "docs/example.md: the disclaimer ('decision aid, not legal advice')"
    ]


def test_grade_words_status_labels_and_the_disclaimer_are_written_once() -> None:
    found = [line for path in scanned() for line in repeats(path)]
    assert found == [], "written out again (take them from the one source):\n" + "\n".join(found)


def test_the_docs_words_are_generated() -> None:
    assert stale([ROOT / "docs", ROOT / "README.md"]) == [], (
        "python -m nm_trafficking.docs_gen --words docs README.md"
    )
