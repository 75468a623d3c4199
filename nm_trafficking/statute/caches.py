"""What other modules keep, derived from the statute data alone, and how to forget it when the
texts registered change (``statute.enacted``: a test's synthetic amendment).

Three kinds of keeping exist: a version's own ``TextVersion.derive`` cache, module
dictionaries registered here with :func:`kept`, and ``functools.cache`` functions of the
library's modules (found, not registered: a new one is forgotten too). Compiled rulesets are
keyed by a text's id (``rules.engine``): a new text compiles on first use and an existing text
is never recompiled, so no ruleset name is defined twice.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any, TypeVar

from nm_trafficking.statute.model import TextVersion

_D = TypeVar("_D", bound=dict[Any, Any])

_KEPT: list[dict[Any, Any]] = []


def kept(cache: _D) -> _D:
    """Register a module's dictionary of what it derives from the statute data."""
    _KEPT.append(cache)
    return cache


def forget(versions: Iterable[TextVersion]) -> None:
    """Forget everything derived from the statute data (the texts registered have changed)."""
    for version in versions:
        version.derived.clear()
    for cache in _KEPT:
        cache.clear()
    for name, module in list(sys.modules.items()):
        if not name.startswith("nm_trafficking") or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
