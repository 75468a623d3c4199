"""Installs on the supported Pythons (issue 24): durable_rules 2.0.28 is vendored and built as
part of this package, upstream's code but for the documented change; the metadata, the README's
commands and CI name the same supported range."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import durable
import durable_rules_engine

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "vendor" / "durable_rules"
CHANGED = "src/rulespy/rules.c"
OLD_CALL, NEW_CALL = b"PyEval_CallObject(", b"PyObject_CallObject("
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _upstream() -> dict[str, str]:
    lines = (VENDOR / "UPSTREAM.sha256").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}


def _ci_versions() -> tuple[str, str]:
    oldest = re.search(r"^OLDEST=(3\.\d+)$", CI, re.M)
    newest = re.search(r"^NEWEST=(3\.\d+)$", CI, re.M)
    assert oldest and newest, ".ci/run names OLDEST= and NEWEST="
    return oldest.group(1), newest.group(1)


def _readme_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block
    return block.group(1).splitlines()


def _classified() -> list[str]:
    prefix = "Programming Language :: Python :: "
    found = [c.removeprefix(prefix) for c in PYPROJECT["project"]["classifiers"]]
    return [v for v in found if re.fullmatch(r"3\.\d+", v)]


def test_the_vendored_source_is_upstreams_but_for_the_documented_change() -> None:
    upstream = _upstream()
    kept = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()}
    kept -= {"NOTE.md", "UPSTREAM.sha256"}
    kept = {p for p in kept if "__pycache__" not in p}
    assert kept == set(upstream)
    for name, digest in upstream.items():
        data = (VENDOR / name).read_bytes()
        if name == CHANGED:
            assert data.count(NEW_CALL) == 5 and OLD_CALL not in data
            data = data.replace(NEW_CALL, OLD_CALL)
        assert hashlib.sha256(data).hexdigest() == digest, name


def test_the_licence_and_the_note_are_kept_and_installed() -> None:
    licence = (VENDOR / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("The MIT License") and "Copyright (c) 2013 Jesus Ruiz" in licence
    note = (VENDOR / "NOTE.md").read_text(encoding="utf-8")
    assert "2.0.28" in note and "PyEval_CallObject" in note and "PyObject_CallObject" in note
    assert "vendor/durable_rules/LICENSE" in PYPROJECT["project"]["license-files"]
    assert "graft vendor/durable_rules" in (ROOT / "MANIFEST.in").read_text(encoding="utf-8")


def test_the_engine_in_use_is_the_vendored_build() -> None:
    # upstream's build imports on 3.11 and 3.12 too, but names the symbol 3.13 removed
    assert b"PyEval_CallObject" not in Path(durable_rules_engine.__file__).read_bytes()
    installed = Path(durable.__file__).parent
    for name in ("__init__.py", "engine.py", "lang.py"):
        vendored = VENDOR / "libpy" / "durable" / name
        assert (installed / name).read_bytes() == vendored.read_bytes(), name


def test_the_metadata_names_the_supported_pythons_and_no_durable_rules_package() -> None:
    project = PYPROJECT["project"]
    assert not [d for d in project["dependencies"] if re.match(r"durable[-_]rules", d, re.I)]
    assert project["requires-python"] == ">=3.11"
    oldest, newest = _ci_versions()
    classified = _classified()
    assert classified[0] == oldest and classified[-1] == newest
    assert classified == [f"3.{n}" for n in range(11, int(newest.split(".")[1]) + 1)]
    assert "durable" in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]


def test_the_readme_commands_take_any_supported_python3_and_check_it() -> None:
    oldest, newest = _ci_versions()
    check = f'"Python {oldest} to {newest} is needed"'
    commands = _readme_commands()
    assert len(commands) == 2
    for command in commands:
        first, _, rest = command.partition(" && ")
        assert first.startswith("python3 -c ") and check in first
        assert rest.startswith("python3 -m venv .venv && ")
    assert "build-essential python3-dev" in README.split("## ")[0]


def test_the_readme_version_check_passes_here_and_stops_an_older_python() -> None:
    code = _readme_commands()[0].partition(" && ")[0].removeprefix("python3 -c ").strip("'")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
    older = f"import sys; sys.version_info = (3, 10, 0); exec({code!r})"
    done = subprocess.run([sys.executable, "-c", older], capture_output=True, text=True)
    assert done.returncode == 1 and "Python 3.11 to 3.13 is needed" in done.stderr


def test_ci_runs_the_readme_test_command_and_the_readme_states_the_matrix() -> None:
    assert _readme_commands()[1] in CI
    oldest, newest = _ci_versions()
    section = README.split("## Supported Pythons")[1].split("\n## ")[0]
    assert f"| {oldest} (oldest supported) | the whole suite" in section
    assert f"| {newest} (newest supported) | the engine, differential, case-file" in section
    for test in ("test_engine", "test_differential", "test_cases", "test_documents"):
        assert f"tests/{test}.py" in CI
    assert "python -m tests.documents write" in CI and "python -m tests.documents compare" in CI
