"""The only module that touches durable_rules.

durable_rules 2.0.28 is unmaintained C with sharp edges (research/durable-rules-field-notes.md).
This module keeps every one of them out of reach:

* a private host without the background dispatcher thread (``_QuietHost``): no off-thread
  actions, no timers; nothing is registered in ``durable.lang``'s global registry, so importing
  twice or re-running a notebook cell never meets "ruleset already registered";
* every engine call under one lock, and one session at a time on a fixed sid, deleted in
  ``finally`` (the 1024-live-session cap and sid hash collisions cannot be reached);
* a ``$end`` sentinel asserted last, so every pending action runs synchronously and at least one
  action has run before ``delete_state`` (the delete-state crash cannot be reached);
* facts, not events, each with an explicit id; never ``assert_facts([])``;
* every action wrapped: an exception inside an action is recorded and raised afterwards as
  :class:`~nm_trafficking.errors.EngineError` instead of being swallowed;
* if cleanup ever fails, the whole host is thrown away and rebuilt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from durable import engine as _durable

from nm_trafficking import statute
from nm_trafficking.errors import EngineError
from nm_trafficking.rules.compile import END, RuleKey, definitions, ruleset_name
from nm_trafficking.statute.model import StatuteVersion

SID = "nmt-slot-0"

Record = tuple[RuleKey, int]
"""(which rule fired, the index of the conduct it fired for)."""


class _QuietHost(_durable.Host):  # type: ignore[misc]
    """A host without the dispatcher and timer threads of ``durable.engine.Host``."""

    def _run(self) -> None:
        return None


class Engine:
    """Compiled rules for every statute version, on one private host.

    Thread-safe: every call into durable_rules is serialised by ``self._lock``."""

    def __init__(self, versions: Sequence[StatuteVersion] | None = None) -> None:
        self._versions = tuple(versions if versions is not None else statute.VERSIONS)
        self._lock = threading.Lock()
        self._records: list[Record] = []
        self._errors: list[str] = []
        self._ended = False
        self._live_sessions = 0
        self.sessions_run = 0
        self._host = self._build()

    # -- construction -------------------------------------------------------------------
    def _action(self, keys: tuple[RuleKey, ...]) -> Callable[[Any], None]:
        if keys[0].citation == END:

            def end(c: Any) -> None:
                self._ended = True

            return end

        def run(c: Any) -> None:
            try:
                self._record(keys, c)
            except BaseException as exc:  # the engine would swallow it; record it instead
                self._errors.append(f"{keys[0].name}: {type(exc).__name__}")

        return run

    def _record(self, keys: tuple[RuleKey, ...], c: Any) -> None:
        cid = int(c._m["m"]["cid"])
        self._records.extend((key, cid) for key in keys)

    def _build(self) -> _QuietHost:
        host = _QuietHost()
        for version in self._versions:
            host.register_rulesets({ruleset_name(version): definitions(version, self._action)})
        return host

    # -- evaluation ---------------------------------------------------------------------
    @property
    def live_sessions(self) -> int:
        """Sessions open right now (0 between calls: each evaluation deletes its own)."""
        return self._live_sessions

    def evaluate(self, version: StatuteVersion, facts: Sequence[dict[str, Any]]) -> list[Record]:
        """Assert ``facts`` in one fresh session of ``version``'s ruleset; return the records.

        ``facts`` must be normalised engine facts with explicit ids (``rules.atoms``)."""
        name = ruleset_name(version)
        with self._lock:
            self._records = []
            self._errors = []
            self._ended = False
            self._live_sessions += 1
            try:
                try:
                    if facts:
                        self._host.assert_facts(name, [dict(f, sid=SID) for f in facts])
                except _durable.MessageNotHandledException:
                    pass  # some fact reached no rule: normal; its neighbours run at $end
                result = self._host.assert_fact(name, {"sid": SID, "id": END, "kind": END})
                if isinstance(result, dict) and "exception" in result:
                    self._errors.append("an action raised outside the library's wrapper")
                if not self._ended:
                    raise EngineError("the rules engine did not run to completion")
                if self._errors:
                    raise EngineError("error inside a rule action: " + "; ".join(self._errors))
                self.sessions_run += 1
                return list(self._records)
            except EngineError:
                raise
            except Exception as exc:
                raise EngineError(f"rules engine failure: {type(exc).__name__}: {exc}") from None
            finally:
                self._records = []
                self._close(name)

    def _close(self, name: str) -> None:
        """Delete the session; never call ``delete_state`` on a session where no action ran."""
        try:
            if not self._ended:
                self._host.assert_fact(name, {"sid": SID, "id": END + "-close", "kind": END})
            if self._ended:
                self._host.delete_state(name, SID)
                self._live_sessions -= 1
                return
        except Exception:
            pass
        # Cleanup failed: abandon this host (its session with it) and compile a fresh one.
        self._host = self._build()
        self._live_sessions = 0


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    """The process-wide engine, built on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Engine()
    return _default
