"""The ``nm-trafficking`` command's entry point.

It loads the command (``nm_trafficking.cli``, and with it pydantic, the statute and the rules:
about a third of a second) inside the same Ctrl-C handling as the command itself, so an
interruption while the program is still starting exits 130 with one line, like one at any later
moment, and never with Python's traceback. ``import nm_trafficking`` loads its names lazily, so
nothing heavy runs before this function does.
"""

from __future__ import annotations

import signal
import sys

EXIT_INTERRUPTED = 130


def interrupted(exc: BaseException | None) -> bool:
    """Whether ``exc`` is, or was caused by, a Ctrl-C: Python wraps a KeyboardInterrupt raised
    while a class is being made (``__set_name__``, e.g. of a ``cached_property``) in a
    RuntimeError, so the import of the command can fail with one."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def main() -> int:
    """Run ``nm-trafficking`` with the process's arguments; returns the exit status.

    Ctrl-C is held back (blocked, not lost) while the command loads and delivered as soon as it
    has: an interrupt in the middle of loading a C extension can crash it (orjson's module
    initialisation, interrupted, ended the process with a segmentation fault, 2 of 400 tries),
    so nothing is loaded half-way; the wait is the load's own ~0.3 s."""
    block = getattr(signal, "pthread_sigmask", None)
    try:
        if block is not None:
            block(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            from nm_trafficking.cli import main as run
        finally:
            if block is not None:
                block(signal.SIG_UNBLOCK, {signal.SIGINT})  # a pending Ctrl-C is raised here
    except BaseException as exc:
        if not interrupted(exc):
            raise
        print("nm-trafficking: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return run(sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover - ``python -m nm_trafficking.console``
    sys.exit(main())
