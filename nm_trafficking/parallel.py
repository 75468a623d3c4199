"""Worker processes for batch runs (``nm-trafficking assess --jobs N``), in input order.

A deliberately small pool: ``N`` forked processes, each with its own pipe. Inputs go out in
chunks, chunk ``k`` to worker ``k % N``; results are read back chunk by chunk in the same order,
and a worker is given its next chunk only once its last one is read back, so neither side can
block the other on a full pipe. No queues, no semaphores, no helper threads or processes.

Workers ignore SIGINT: on Ctrl-C the parent alone stops, kills its workers and waits for them,
so nothing is left behind (``tests/test_hostile_cli.py`` sends a real SIGINT to the process
group). SIGINT is blocked, not ignored, while the workers are forked, so a Ctrl-C then is
delivered to the parent once they exist rather than lost. The workers are forked before any
rules engine exists in the parent and build their own.

A worker outlives its parent by no more than a moment: it holds only its own end of its own
pipe (the parent's ends, its siblings' pipes and the standard output are closed in it), so the
parent's death is EOF on that pipe (or EPIPE on a send), and on Linux the kernel also kills it
when the parent dies (``PR_SET_PDEATHSIG``). A worker that dies (the OOM killer) is reported as
:class:`WorkerDied`, a fault of the machine, not of the library.

Why not the standard library's pools (issue 22, checked on CPython 3.11, the oldest supported):
``concurrent.futures.ProcessPoolExecutor`` (fork context, an initializer that ignores SIGINT
and sets ``PR_SET_PDEATHSIG``) keeps results in order, but loses three guarantees above:

* *Memory bounded for large batches*: ``Executor.map`` submits the whole input before the
  first result comes back — a generator of 200,000 items was drained to the last item before
  ``next()`` on the map returned (``map(..., chunksize=16)``, 2 workers). ``assess`` streams its
  inputs (a folder, a JSONL file on standard input), so every pattern would be held at once.
  (``buffersize=`` arrives only in Python 3.14.) ``multiprocessing.Pool.imap`` is no better:
  with a reader that took one result and then stopped reading (a slow output pipe), all
  200,000 items had been pulled and their results kept within 3 s.
* *Orphans without PDEATHSIG* (not Linux, or ``prctl`` refused): the workers share one call
  queue whose pipe ends every worker inherits, so the parent's death is no EOF to them; both
  workers of a pool whose parent was SIGKILLed were still alive 3 s later. Here each worker
  holds only its own end of its own pipe.
* *The dead worker's signal*: a worker killed by SIGKILL makes every pending future raise
  ``BrokenProcessPool("A process in the process pool was terminated abruptly ...")`` with no
  exit code or signal (``__cause__`` is None), so ``a worker process died (SIGKILL, as the
  out-of-memory killer does)`` (``tests/test_hostile_cli.py``) could not be said; and stopping
  the workers within :data:`JOIN_SECONDS` on Ctrl-C needs the executor's private
  ``_processes`` (``shutdown(cancel_futures=True)`` waits for the running chunks; a public
  ``kill_workers()`` arrives in 3.14).

So the pool stays the project's own (about 150 lines), until the oldest supported Python has
``map(buffersize=...)`` and ``kill_workers()``.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import itertools
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 16
JOIN_SECONDS = 2.0


_PR_SET_PDEATHSIG = 1


class WorkerDied(RuntimeError):
    """A worker process ended without its results (killed, e.g. by the OOM killer)."""


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), and exit now if the
    parent is already gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(0)


def _detach_stdout() -> None:
    """The worker never writes to standard output: let go of it, so a pipe reader sees its end
    when the parent's copy closes."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def _serve(
    conn: Connection, work: Callable[[Any], Any], parent: int, others: list[Connection]
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # before SIGINT is unblocked in here
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    for other in others:  # the parent's ends of this and earlier workers' pipes
        other.close()
    _detach_stdout()
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
        # blocked (not ignored) while forking: a Ctrl-C now waits and is delivered just after
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            try:
                for _ in range(jobs):
                    parent, child = ctx.Pipe()
                    self._conns.append(parent)
                    proc = ctx.Process(
                        target=_serve,
                        args=(child, work, os.getpid(), list(self._conns)),
                        daemon=True,
                    )
                    proc.start()
                    child.close()
                    self._procs.append(proc)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)  # a pending Ctrl-C: here
        except BaseException:
            self.close(kill=True)
            raise

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """``work(item)`` for every item, in order, with at most one chunk per worker out."""
        chunks = _chunks(iter(items), CHUNK)
        n = len(self._conns)
        pending = 0
        for w in range(n):  # prime every worker with one chunk
            chunk = next(chunks, None)
            if chunk is None:
                break
            self._send(w, chunk)
            pending += 1
        k = 0
        while pending:
            conn = self._conns[k % n]
            try:
                results: list[R] = conn.recv()
            except (EOFError, ConnectionResetError):
                raise WorkerDied(self._death(k % n)) from None
            pending -= 1
            chunk = next(chunks, None)
            if chunk is not None:
                self._send(k % n, chunk)
                pending += 1
            yield from results
            k += 1

    def _send(self, w: int, chunk: list[T]) -> None:
        try:
            self._conns[w].send(chunk)
        except (BrokenPipeError, ConnectionResetError):  # not our output: the worker is gone
            raise WorkerDied(self._death(w)) from None

    def _death(self, w: int) -> str:
        proc = self._procs[w]
        proc.join(timeout=JOIN_SECONDS)
        code = proc.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            if code == -signal.SIGKILL:
                name += ", as the out-of-memory killer does"
            return f"a worker process died ({name})"
        return f"a worker process died (exit status {code})"

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
