"""Markdown's escaping of caller text (``render.markdown.md``), as a table of characters."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nm_trafficking.limits import printable
from nm_trafficking.render.markdown import md


def _by_regex(text: str) -> str:
    """The escaping as first written: each metacharacter after a backslash, by a regex."""
    return printable(re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text).replace("\n", " "))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \\`*_[]<>#|~\n\r\t§—\u202e\u00a0\x7f"))))
def test_md_escapes_as_the_regex_did(text: str) -> None:
    assert md(text) == _by_regex(text)


def test_md_escapes_each_metacharacter_and_no_other() -> None:
    assert md("a*b_c [x](y) <i> #1 |t| ~s~ `c` \\") == (
        "a\\*b\\_c \\[x\\](y) \\<i\\> \\#1 \\|t\\| \\~s\\~ \\`c\\` \\\\"
    )
    assert md("line\nnext\u202e") == "line next\\u202e"
