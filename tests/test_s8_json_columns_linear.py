"""Review Z1 R1 of session 8: the columns of JSON keys (review W11) are found by scanning each
stretch of text once. Before, each key's column scanned back to the start of its line, so a
large one-line JSON file (as ``json.dumps`` writes it) took time growing with the square of
its size (a 13 MB fact pattern: 17.8 s against 0.6 s). Counted, not timed: the characters
``rfind`` looks at over the whole scan stay within the text's length."""

from __future__ import annotations

import json
from typing import Any

from nm_trafficking.facts import loading
from nm_trafficking.limits import Limits


class _Counting(str):
    scanned = 0

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        _Counting.scanned += max(0, hi - lo)
        return str.rfind(self, sub, lo, hi)


def _one_line(keys: int) -> _Counting:
    acts = [{"id": f"c{i}", "description": "a, b, c"} for i in range(keys)]
    return _Counting(json.dumps({"title": "t", "conduct": acts, "title ": "t"}))


def test_the_marks_of_a_one_line_json_scan_the_text_once() -> None:
    text = _one_line(3000)
    _Counting.scanned = 0
    loading._json_marks(text, Limits())
    assert _Counting.scanned <= len(text)


def test_the_limit_scan_of_a_one_line_json_scans_the_text_once() -> None:
    text = _one_line(3000)
    _Counting.scanned = 0
    loading._scan_json(text, Limits())
    assert _Counting.scanned <= len(text)


def test_a_repeated_key_on_one_line_keeps_its_columns() -> None:
    text = '{"title": "a",\n  "persons": [], "title": "b"}'
    _, repeated = loading._json_marks(text, Limits())
    (found,) = repeated
    assert (found.line, found.first) == (2, 1)
    assert found.columns == (2, 18)
