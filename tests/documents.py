"""The document comparison: every output document of the project's own inputs, by digest.

The inputs are the example fact patterns (``examples/*.yaml``) and every case of the project's
case files (the examples' cases, the training scenarios, ``tests/cases``), each with its own
``as_of``, ``today`` and statute version. Each is assessed under each law choice (``all``,
``nm``, ``federal``) and rendered four ways: the JSON contract, the readable text, Markdown and
the HTML tree. The day of the assessment is pinned (:data:`TODAY`, or the case's own), so the
documents depend on nothing but the code, the engine and the inputs.

Comparing the digests of two runs shows that two interpreters (or two versions of the code)
produce every document byte for byte the same::

    python -m tests.documents write digests.txt      # on one Python
    python -m tests.documents compare digests.txt    # on another: exit 1 on any difference

Only document names (file, case id, law, rendering) and SHA-256 digests are written, never a
document's content (the fact patterns describe victims)."""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path

import nm_trafficking as nmt
from nm_trafficking.assessment import LAW_CHOICES, Assessment
from nm_trafficking.cases import project_case_paths
from nm_trafficking.cases.runner import load_cases, what_if_versions
from nm_trafficking.statute.model import StatuteVersion

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 12, 1)
"""The day of the assessment when an input does not give one."""

RENDERINGS: dict[str, Callable[[Assessment], str]] = {
    "json": lambda a: a.to_json(detail="full"),
    "text": Assessment.explain,
    "markdown": Assessment.to_markdown,
    "html": Assessment._repr_html_,
}


def _assessments() -> Iterator[tuple[str, Callable[[str], Assessment]]]:
    """(name, assess under a law choice) for every input."""
    for path in sorted(EXAMPLES.glob("*.yaml")):
        yield f"examples/{path.name}", partial(_assess, nmt.load(path), None, TODAY, None)
    loaded, errors = load_cases(project_case_paths())
    problems = [str(e) for e in errors] + [str(e) for f in loaded for e in f.errors]
    if problems:
        raise ValueError("the project's case files do not load: " + "; ".join(problems))
    for case_file in loaded:
        for case in case_file.cases:
            versions = what_if_versions(case.statute) if case.statute is not None else None
            run = partial(_assess, case.pattern, case.as_of, case.today or TODAY, versions)
            yield f"{_relative(case.file)}#{case.id}", run


def _assess(
    pattern: nmt.FactPattern,
    as_of: date | None,
    today: date,
    versions: tuple[StatuteVersion, ...] | None,
    law: str,
) -> Assessment:
    return nmt.assess(pattern, as_of=as_of, today=today, versions=versions, law=law)  # type: ignore[arg-type]


def _relative(file: str) -> str:
    path = Path(file)
    return path.resolve().relative_to(ROOT).as_posix() if path.is_absolute() else file


def documents() -> Iterator[tuple[str, str]]:
    """(name, document) for every input, law choice and rendering, in a fixed order."""
    for name, assess in _assessments():
        for law in LAW_CHOICES:
            result = assess(law)
            for rendering, render in RENDERINGS.items():
                yield f"{name} law={law} {rendering}", render(result)


def digests() -> dict[str, str]:
    """Each document's SHA-256 (of its UTF-8 bytes), by name."""
    out: dict[str, str] = {}
    for name, text in documents():
        if name in out:
            raise ValueError(f"two documents are named {name!r}")
        out[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def dumps(found: dict[str, str]) -> str:
    """The digest file: one ``<sha256>  <name>`` line per document."""
    return "".join(f"{digest}  {name}\n" for name, digest in found.items())


def loads(text: str) -> dict[str, str]:
    """The digests of a digest file (:func:`dumps`)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name:
            raise ValueError(f"not a digest line: {line[:80]!r}")
        out[name] = digest
    return out


def differences(expected: dict[str, str], found: dict[str, str]) -> list[str]:
    """What differs between two runs' digests: documents missing, added or not the same."""
    out = [f"missing: {n}" for n in expected if n not in found]
    out += [f"added: {n}" for n in found if n not in expected]
    out += [f"differs: {n}" for n in expected if n in found and expected[n] != found[n]]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.documents", description=__doc__)
    parser.add_argument("action", choices=["write", "compare"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    found = digests()
    where = f"Python {sys.version.split()[0]}"
    if args.action == "write":
        args.file.write_text(dumps(found), encoding="utf-8")
        print(f"{len(found)} documents ({where}): digests written to {args.file}")
        return 0
    problems = differences(loads(args.file.read_text(encoding="utf-8")), found)
    for problem in problems:
        print(problem)
    verdict = f"{len(problems)} differences from" if problems else "byte for byte the same as"
    print(f"{len(found)} documents ({where}): {verdict} {args.file}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
