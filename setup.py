"""Builds the rules engine's C extension (everything else is in pyproject.toml).

durable_rules 2.0.28's source is vendored in ``vendor/durable_rules`` (MIT; see its LICENSE and
NOTE.md): its C core becomes the extension module ``durable_rules_engine`` and its Python layer
the package ``durable``, the two import names the PyPI package installed. The compiler flags are
upstream's setup.py's (``-std=c99 -D_GNU_SOURCE``, and ``-fcommon`` on macOS); upstream links its
five engine sources as a static library first, here they are compiled into the module directly.
"""

from __future__ import annotations

import sys

from setuptools import Extension, setup

VENDOR = "vendor/durable_rules/src"
ENGINE = ("json", "rete", "state", "events", "regex")

if sys.platform == "win32":
    compile_args: list[str] = []
elif sys.platform == "darwin":
    compile_args = ["-std=c99", "-fcommon"]
else:
    compile_args = ["-std=c99"]

durable_rules_engine = Extension(
    "durable_rules_engine",
    sources=[f"{VENDOR}/rulespy/rules.c", *(f"{VENDOR}/rules/{name}.c" for name in ENGINE)],
    include_dirs=[f"{VENDOR}/rules"],
    define_macros=[("_GNU_SOURCE", None)],
    extra_compile_args=compile_args,
)

setup(ext_modules=[durable_rules_engine])
