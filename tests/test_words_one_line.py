"""The maintainer's grade-word change ("second degree felony" -> "second-degree felony") is one
line (issue 22): made on a copy of the package, in the one source (``statute/names.py``), it
reaches the CLI's text, Markdown, the memo, the notebook HTML, the classroom's answer key and
the workbench's catalogue (which the page reads its words from). Runs the copy in a process of
its own, so the change is made exactly as a maintainer would make it."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "a2_social_media_15.yaml"
"""A victim of 15: a second degree felony."""

SCRIPT = """
import json, sys
import nm_trafficking as nmt
from nm_trafficking.cli import main
from nm_trafficking.workbench import classroom
from nm_trafficking.workbench.words import fact_catalog

assert nmt.__file__.startswith(sys.argv[2]), nmt.__file__
a = nmt.assess(nmt.load(sys.argv[1]))
ids = [c.id for c in classroom.cases()][:3]
out = {
    "text": a.explain("full"),
    "markdown": a.to_markdown(),
    "memo": a.memo(),
    "notebook": a._repr_html_(),
    "answer key": classroom.worksheet_html(ids, key=True),
    "worksheet": classroom.worksheet_html(ids, key=False),
    "catalogue": json.dumps(fact_catalog()["words"]),
}
json.dump(out, sys.stdout)
"""


def _copy_with_the_change(tmp: Path) -> Path:
    copy = tmp / "pkg"
    shutil.copytree(
        ROOT / "nm_trafficking",
        copy / "nm_trafficking",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    names = copy / "nm_trafficking" / "statute" / "names.py"
    before = names.read_text(encoding="utf-8")
    after = before.replace('FELONY = "{degree} degree felony"', 'FELONY = "{degree}-degree felony"')
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        '-FELONY = "{degree} degree felony"',
        '+FELONY = "{degree}-degree felony"',
    ]
    names.write_text(after, encoding="utf-8")
    return copy


def _outputs(package: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(package)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(EXAMPLE), str(package)],
        capture_output=True,
        text=True,
        env=env,
        cwd=package,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outputs: dict[str, str] = json.loads(done.stdout)
    return outputs


def test_the_grade_words_change_in_one_line(tmp_path: Path) -> None:
    outputs = _outputs(_copy_with_the_change(tmp_path))
    for name in ("text", "markdown", "memo", "notebook", "catalogue"):
        assert "second-degree felony" in outputs[name], name
    assert "☐ third-degree felony ☐ none" in outputs["worksheet"]
    for name in ("catalogue", "worksheet", "answer key", "text", "markdown"):
        # the old words survive only where the statute's own text is quoted
        assert "second degree felony" not in outputs[name].replace(
            "guilty of a second degree felony", ""
        ), name
