"""A run's report as text (for people), JSON or JUnit XML (for a CI).

What a case file says (its name, ids, title, the values in a difference) is shown escaped
(:func:`nm_trafficking.limits.printable`): a case file cannot write terminal escape sequences,
and the JUnit report stays well-formed XML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from nm_trafficking.cases.format import COMMAND_LINE, CaseError
from nm_trafficking.cases.runner import CaseResult, Report
from nm_trafficking.limits import json_safe, printable


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def error_groups(report: Report) -> dict[tuple[str, str | None], list[CaseError]]:
    """The problems of a run by what has them, in the order met: a malformed case (its file
    and id), a file (not read, or malformed as a whole: the case ``None``), the command line.
    Each is one error in every report: the text summary's count, JSON ``summary.errors`` and
    one JUnit ``testcase`` (its problems together)."""
    groups: dict[tuple[str, str | None], list[CaseError]] = {}
    for e in report.errors:
        groups.setdefault((e.file, e.case), []).append(e)
    return groups


def summary_line(report: Report) -> str:
    """E.g. ``12 passed, 1 failed, 1 malformed — 13 cases run from 4 files``."""
    parts = [f"{report.passed} passed", f"{report.failed} failed"]
    groups = error_groups(report)
    unread = sum(any(e.unread for e in g) for g in groups.values())
    filters = sum(file == COMMAND_LINE for file, _ in groups)
    malformed = len(groups) - unread - filters
    if malformed:
        parts.append(f"{malformed} malformed")
    if unread:
        parts.append(f"{unread} not read")
    if filters:
        parts.append("a filter selects nothing")
    run = _plural(len(report.results), "case")
    return ", ".join(parts) + f" — {run} run from {_plural(len(report.files), 'file')}"


def _statute_note(result: CaseResult) -> str:
    return f" [every act under the {result.statute} text]" if result.statute else ""


def text(report: Report, *, quiet: bool = False) -> str:
    """One line per case (PASS or FAIL with the differences), the problems, a summary line."""
    out: list[str] = []
    for r in report.results:
        if r.passed and quiet:
            continue
        mark = "PASS " if r.passed else "FAIL "
        out.append(f"{mark} {r.case.name}  {r.case.title}{_statute_note(r)}")
        for d in r.differences:
            out += [f"      {line}" for line in d.lines()]
        out += [f"      note: {w}" for w in r.warnings]
    for e in report.errors:
        out.append(f"ERROR {e}")
    out += ["", summary_line(report)]
    return "\n".join(printable(line) for line in out) + "\n"


def _result(r: CaseResult) -> dict[str, Any]:
    return {
        "file": r.case.file,
        "id": r.case.id,
        "title": r.case.title,
        "citations": list(r.case.citations),
        "statute": r.statute,
        "status": "passed" if r.passed else "failed",
        "differences": [d.to_dict() for d in r.differences],
        "warnings": list(r.warnings),
    }


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "summary": {
            "cases": len(report.results),
            "passed": report.passed,
            "failed": report.failed,
            "errors": len(error_groups(report)),
            "problems": len(report.errors),
            "files": len(report.files),
            "exit_code": report.exit_code,
        },
        "cases": [_result(r) for r in report.results],
        "errors": [e.to_dict() for e in report.errors],
    }


def to_json(report: Report) -> str:
    """The report as JSON: ``summary``, ``cases`` (each with its ``differences``), ``errors``.
    DEL, C1, bidirectional controls and the like are written as ``\\uNNNN`` escapes (these
    occur only inside strings, so the values are the same)."""
    text = json.dumps(to_dict(report), indent=2, ensure_ascii=False)
    return json_safe(text) + "\n"


_XML_INVALID = re.compile("[\ufffe\uffff]")
"""Code points XML 1.0 does not allow that :func:`printable` leaves as they are."""


def _xml(text: str) -> str:
    """``text`` escaped (control and bidirectional characters, keeping newlines) so that it is
    allowed in XML 1.0 and safe to show in a terminal."""
    return _XML_INVALID.sub(lambda m: f"\\u{ord(m.group()):04x}", printable(text, keep="\n"))


def _suite(name: str) -> ET.Element:
    return ET.Element("testsuite", name=name, tests="0", failures="0", errors="0", skipped="0")


def _bump(element: ET.Element, key: str) -> None:
    element.set(key, str(int(element.get(key, "0")) + 1))


def _error_case(suite: ET.Element, errors: list[CaseError], taken: set[str]) -> None:
    """One ``testcase`` for a malformed case (or a file, or the command line) with all its
    problems in its ``error``; named by the case's id, or by its line too where a case run
    has the same id (a second case with one id)."""
    first = errors[0]
    name = first.case or "(file)"
    if name in taken:
        name += f" (line {first.line})" if first.line is not None else " (malformed)"
    taken.add(name)
    case = ET.SubElement(suite, "testcase", classname=first.file, name=name)
    kind = "case file not read" if first.unread else "malformed case file"
    if first.file == COMMAND_LINE:
        kind = "selection"
    message = str(first) if len(errors) == 1 else f"{len(errors)} problems: {first}"
    err = ET.SubElement(case, "error", message=message, type=kind)
    err.text = "\n".join(str(e) for e in errors)
    _bump(suite, "tests")
    _bump(suite, "errors")


def to_junit(report: Report) -> str:
    """The report as JUnit XML: one ``testsuite`` per case file, one ``testcase`` per case; a
    failed case has a ``failure`` with the differences, a malformed one an ``error`` with all
    its problems (a file not read, or malformed as a whole, is a ``testcase`` ``(file)``)."""
    root = ET.Element("testsuites", name="nm-trafficking test")
    suites: dict[str, ET.Element] = {}

    def suite(name: str) -> ET.Element:
        found = suites.get(name)
        if found is None:
            found = suites[name] = _suite(name)
            root.append(found)
        return found

    for name in report.files:
        suite(name)
    names: dict[str, set[str]] = {}
    for r in report.results:
        s = suite(r.case.file)
        names.setdefault(r.case.file, set()).add(r.case.id)
        case = ET.SubElement(s, "testcase", classname=r.case.file, name=r.case.id)
        _bump(s, "tests")
        if not r.passed:
            _bump(s, "failures")
            first = r.differences[0]
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{first.pair} {first.key}: expected {first.expected}, found {first.found}",
                type="difference",
            )
            failure.text = "\n".join(line for d in r.differences for line in d.lines())
        if r.warnings:
            ET.SubElement(case, "system-out").text = "\n".join(r.warnings)
    for (file, _), errors in error_groups(report).items():
        _error_case(suite(file), errors, names.setdefault(file, set()))
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in suites.values())))
    for element in root.iter():  # every text and attribute, escaped before it is written
        if element.text:
            element.text = _xml(element.text)
        for key, value in list(element.attrib.items()):
            element.set(key, _xml(value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
