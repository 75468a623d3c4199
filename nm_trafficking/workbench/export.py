"""A fact pattern written as YAML for the workbench's export: the same values ``yaml.safe_load``
reads back, with nothing invisible or reordering in the file (a right-to-left override in a
description would otherwise be written as it is and reorder what an editor shows)."""

from __future__ import annotations

from typing import Any

import yaml

from nm_trafficking.limits import is_unsafe, printable


class _Dumper(yaml.SafeDumper):
    """``SafeDumper`` that writes a string holding an unsafe character double-quoted, the one
    YAML style whose escapes (``\\u202e``) keep its value."""


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if printable(value) != value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _string)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def pattern_yaml(doc: Any) -> str:
    """``doc`` as YAML (keys in order, Unicode letters as they are, lines up to 100 wide), every
    unsafe character (``limits.is_unsafe``) written as a YAML escape inside a double-quoted
    string; reads back to ``doc``."""
    text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    if text.isascii():
        return text
    # Only a double-quoted scalar can hold an unsafe character here (``_string``): there a
    # YAML escape stands for it. (The writer escapes C0 and C1 itself.)
    return "".join(_escaped(c) if not c.isascii() and is_unsafe(c) else c for c in text)
