"""The one registration of the synthetic text (SYNTHETIC TEST TEXT — not law): while a test
of this folder uses ``amended``, § 30-52-1 has the 2030 text after the 2008 one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nm_trafficking import statute
from nm_trafficking.statute.model import StatuteVersion
from tests.amendment.v2030 import VERSION_2030


def _registered() -> Iterator[tuple[StatuteVersion, ...]]:
    with statute.enacted(VERSION_2030) as versions:
        yield versions


amended = pytest.fixture(_registered, name="amended")
"""For one test."""

amended_module = pytest.fixture(_registered, scope="module", name="amended_module")
"""For a module's tests sharing one server (the browser's)."""
