"""A one-line progress counter for batch runs, shown only on a terminal (never when piped)."""

from __future__ import annotations

import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO, total: int | None = None, every: float = 0.2) -> None:
        self.stream = stream
        self.total = total
        self.every = every
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())
        self.done = 0
        self.errors = 0
        self._start = time.monotonic()
        self._last = 0.0

    def update(self, ok: bool = True) -> None:
        self.done += 1
        if not ok:
            self.errors += 1
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.every or self.done == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self._start, 1e-9)
        if self.total:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            text = f"[{bar}] {self.done}/{self.total}"
        else:
            text = f"{self.done} assessed"
        if self.errors:
            text += f", {self.errors} bad"
        self.stream.write(f"\r{text} ({rate:,.0f}/s)")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
