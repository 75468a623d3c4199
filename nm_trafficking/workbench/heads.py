"""How the text summary heads each helper's finding, for the workbench's page: the words
between the helper and the finding in ``summary_text.accessory_lines``' first line ("met",
"met unless barred by § 30-52-1(E)", "undetermined (§ 30-52-1(E) may bar the charge)",
"barred by § 30-52-1(E)"; review O6). The page shows them as they are, worked out here once."""

from __future__ import annotations

from nm_trafficking.render import summary_text
from nm_trafficking.summary import Summary

__all__ = ["helper_heads"]


def helper_heads(s: Summary) -> dict[str, str]:
    """By ``helper|act id``: the text summary's head of the helper's finding (the status in
    words, with what § 30-52-1(E) does to it where it bars, or may bar, the charge)."""
    names = summary_text.law_names()
    out: dict[str, str] = {}
    for a in summary_text.helpers(s):
        first = summary_text.accessory_lines(a, names, None)[0]
        out[f"{a.helper}|{a.conduct}"] = first.removeprefix(f"{a.helper}, ").partition(": ")[0]
    return out
