"""Review V2 of session 8: a believed age is never decisive of the victim's age under
§ 30-52-1 (State v. Jackson), a New Mexico case; under § 1591 it is evidence on knowledge or
reckless disregard of age. The workbench builder's label, the user guide and the README say
so per law, as the summary and memo do, not "never decisive" alone."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_builder_label_says_the_rule_per_law() -> None:
    js = (ROOT / "nm_trafficking/workbench/static/js/builder.js").read_text(encoding="utf-8")
    assert "(recorded, never decisive)" not in js
    assert "under § 30-52-1 never decisive of the age, State v. Jackson" in js
    assert "under § 1591 evidence on knowledge of age" in js


def test_the_guide_and_readme_tie_jackson_to_the_state_statute() -> None:
    guide = (ROOT / "docs/user-guide.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| `believed_age` | recorded: under § 30-52-1 never decisive" in guide
    assert "under § 1591 evidence on knowledge or reckless disregard of age" in guide
    assert "# recorded: never decisive of the age under § 30-52-1 (State v. Jackson)" in readme
