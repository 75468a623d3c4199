"""Worker processes for batch runs (``nm-trafficking assess --jobs N``), in input order.

A deliberately small pool: ``N`` forked processes, each with its own pipe. Inputs go out in
chunks, chunk ``k`` to worker ``k % N``; results are read back chunk by chunk in the same order,
and a worker is given its next chunk only once its last one is read back, so neither side can
block the other on a full pipe. No queues, no semaphores, no helper threads or processes.

Workers ignore SIGINT: on Ctrl-C the parent alone stops, kills its workers and waits for them,
so nothing is left behind (``tests/test_hostile_cli.py`` sends a real SIGINT to the process
group). The workers are forked before any rules engine exists in the parent and build their
own.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 16
JOIN_SECONDS = 2.0


def _serve(conn: Connection, work: Callable[[Any], Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        while True:
            chunk = conn.recv()
            if chunk is None:
                return
            conn.send([work(item) for item in chunk])
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return


class Workers(Generic[T, R]):
    """``jobs`` worker processes that apply ``work`` to items, results in input order.

    Use as a context manager; leaving it (normally, on an error or on Ctrl-C) stops every
    worker within :data:`JOIN_SECONDS`."""

    def __init__(self, jobs: int, work: Callable[[T], R]) -> None:
        ctx = multiprocessing.get_context("fork")
        self._procs: list[Any] = []
        self._conns: list[Connection] = []
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited by the workers
        try:
            for _ in range(jobs):
                parent, child = ctx.Pipe()
                proc = ctx.Process(target=_serve, args=(child, work), daemon=True)
                proc.start()
                child.close()
                self._procs.append(proc)
                self._conns.append(parent)
        except BaseException:
            self.close()
            raise
        finally:
            signal.signal(signal.SIGINT, previous)

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """``work(item)`` for every item, in order, with at most one chunk per worker out."""
        chunks = _chunks(iter(items), CHUNK)
        n = len(self._conns)
        pending = 0
        for w in range(n):  # prime every worker with one chunk
            chunk = next(chunks, None)
            if chunk is None:
                break
            self._conns[w].send(chunk)
            pending += 1
        k = 0
        while pending:
            conn = self._conns[k % n]
            results: list[R] = conn.recv()
            pending -= 1
            chunk = next(chunks, None)
            if chunk is not None:
                conn.send(chunk)
                pending += 1
            yield from results
            k += 1

    def close(self, *, kill: bool = False) -> None:
        """Stop every worker (ask politely unless ``kill``, then kill what is left) and wait
        for all of them."""
        if not kill:
            for conn in self._conns:
                with contextlib.suppress(OSError, ValueError):
                    conn.send(None)
        for proc in self._procs:
            if not kill:
                proc.join(timeout=0.2)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=JOIN_SECONDS)
        for conn in self._conns:
            conn.close()
        self._procs.clear()
        self._conns.clear()

    def __enter__(self) -> Workers[T, R]:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(kill=exc_type is not None)


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk
