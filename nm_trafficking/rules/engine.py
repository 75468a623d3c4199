"""The only module that touches durable_rules.

durable_rules 2.0.28 is unmaintained C with sharp edges (research/durable-rules-field-notes.md).
This module drives its C core (``durable_rules_engine``: the Rete network, sessions, the action
queue) through a minimal host of its own and keeps every known failure out of reach:

* no ``durable.engine.Host`` at all: no dispatcher or timer threads, no actions run off the
  caller's thread, no 10-second action lease; nothing is registered in ``durable.lang``'s global
  registry, so importing twice or re-running a notebook cell never meets "ruleset already
  registered" (each :class:`Engine` owns its compiled rulesets and frees them when collected);
* every engine call under one lock, and one session at a time on a fixed sid, deleted in
  ``finally`` (the 1024-live-session cap and sid hash collisions cannot be reached);
* a ``$end`` sentinel asserted last, whose rule always fires, so that an action has always run
  before ``delete_state`` (the delete-state crash cannot be reached); if it has not, the session
  is never deleted: the compiled ruleset is abandoned and compiled afresh;
* facts, not events, each with an explicit id; never ``assert_facts([])``;
* the action loop is this module's own: a rule firing is recorded directly, and any exception is
  raised as :class:`~nm_trafficking.errors.EngineError` — nothing can be swallowed;
* the session state (``s``) is never read or written: no rule tests it (a rule on ``s``
  re-fires after every action) and no action changes it, so it is not written back after an
  action (``update_state`` re-asserts it through the network, one C call per firing for
  nothing); each action is completed with ``complete_and_start_action`` alone.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Sequence
from typing import Any

import durable_rules_engine as _dre

from nm_trafficking import statute
from nm_trafficking.errors import EngineError
from nm_trafficking.rules.compile import END, RuleKey, grouped_rules, ruleset_name
from nm_trafficking.statute.model import TextVersion

SID = "nmt-slot-0"
_END_FACT = json.dumps({"sid": SID, "id": END, "kind": END})

Record = tuple[tuple[RuleKey, ...], int]
"""(what the rule that fired decides, the index of the conduct it fired for)."""

# durable_rules' result codes for assert_* (engine.py: _handle_result)
_HANDLED, _NOT_HANDLED, _OBSERVED = 0, 1, 2


_ACTION = re.compile(r'^\{"([^"\\]+)":\s*\{"m":\s*\{[^{}]*?"cid":\s*(\d+)\s*[,}]')


_END_PREFIX = '{"' + END + '":'

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; the standard library is the fallback
    orjson = None  # type: ignore[assignment]


def _facts_json(facts: list[dict[str, Any]]) -> str:
    """``facts`` as compact JSON text for ``assert_facts``. orjson writes the same text as
    ``json.dumps(facts, separators=(",", ":"))`` for these records (ASCII keys, str enums as
    their values, small whole numbers), six times faster; anything it refuses goes to the
    standard library."""
    if orjson is not None:
        try:
            return orjson.dumps(facts).decode()
        except orjson.JSONEncodeError:
            pass
    return json.dumps(facts, separators=(",", ":"))


def _action(message: str) -> tuple[str, int]:
    """The rule and the conduct index of one action message (``{rule: {"m": fact}}``).

    durable_rules hands out one action per message. The facts are the library's own normalised
    records (no caller text reaches the engine), so a pattern match suffices; anything
    unexpected falls back to a full JSON parse."""
    if message.startswith(_END_PREFIX):
        return END, -1
    found = _ACTION.match(message)
    if found is not None:
        return found.group(1), int(found.group(2))
    parsed = json.loads(message)
    if len(parsed) != 1:
        raise EngineError(f"expected one action per message, got {len(parsed)}")
    ((rule, match),) = parsed.items()
    return rule, int(match["m"]["cid"]) if rule != END else -1


class _Compiled:
    """One statute version compiled into a durable_rules ruleset (a C handle)."""

    def __init__(self, version: TextVersion) -> None:
        self.name = ruleset_name(version)
        grouped = grouped_rules(version)
        self.keys: dict[str, tuple[RuleKey, ...]] = {n: keys for n, (_, keys) in grouped.items()}
        rules: dict[str, Any] = {
            n: {"all": [{"m": pattern}]} for n, (pattern, _) in grouped.items()
        }
        rules[END] = {"all": [{"m": {"kind": END}}]}
        self.handle: int = _dre.create_ruleset(self.name, json.dumps(rules))

    def free(self) -> None:
        handle, self.handle = self.handle, 0
        if handle:
            with contextlib.suppress(Exception):
                _dre.delete_ruleset(handle)


class Engine:
    """Compiled rules for every version of § 30-52-1 (a version's id identifies its text: one
    it has not seen — a federal text, or a what-if version — is compiled on first use, so
    assessing § 30-52-1 alone never compiles a federal ruleset).

    Thread-safe: every call into durable_rules is serialised by one lock per engine."""

    def __init__(self, versions: Sequence[TextVersion] | None = None) -> None:
        self._versions = {v.id: v for v in (versions if versions is not None else statute.VERSIONS)}
        self._lock = threading.Lock()
        self._compiled = {vid: _Compiled(v) for vid, v in self._versions.items()}
        self._live_sessions = 0
        self.sessions_run = 0
        self.rebuilds = 0

    def __del__(self) -> None:
        for compiled in getattr(self, "_compiled", {}).values():
            compiled.free()

    @property
    def live_sessions(self) -> int:
        """Sessions open right now (0 between calls: each evaluation deletes its own)."""
        return self._live_sessions

    def evaluate(self, version: TextVersion, facts: Sequence[dict[str, Any]]) -> list[Record]:
        """Assert ``facts`` in one fresh session of ``version``'s ruleset; return the records.

        ``facts`` must be normalised engine facts with explicit ids (``rules.atoms``)."""
        with self._lock:
            compiled = self._compiled.get(version.id)
            if compiled is None:  # a version given to one assessment (e.g. a what-if)
                self._versions[version.id] = version
                compiled = self._compiled[version.id] = _Compiled(version)
            handle = compiled.handle
            records: list[Record] = []
            acted = False  # an action has started in this session (delete_state is safe)
            self._live_sessions += 1
            try:
                if facts:
                    code, _ = _dre.assert_facts(
                        handle, _facts_json([{**f, "sid": SID} for f in facts])
                    )
                    if code == _OBSERVED:
                        raise EngineError("a fact was asserted twice (duplicate fact id)")
                code, state_handle = _dre.assert_fact(handle, _END_FACT)
                if code != _HANDLED:
                    raise EngineError("the end-of-session sentinel was not handled")
                started = _dre.start_action_for_state(handle, state_handle)
                if not started:
                    raise EngineError("no rule fired, not even the end-of-session sentinel")
                acted = True
                message = started[1]
                ended = False
                keys = compiled.keys
                only = facts[0]["cid"] if len(facts) == 1 else None
                while message:
                    # The rule's name leads the message ({"name": {"m": fact}}); with a single
                    # fact asserted, every action is for that fact.
                    name = message[2 : message.find('"', 2)]
                    if name == END:
                        ended = True
                    elif only is not None and name in keys:
                        records.append((keys[name], only))
                    else:
                        rule, cid = _action(message)
                        if rule == END:
                            ended = True
                        else:
                            records.append((keys[rule], cid))
                    message = _dre.complete_and_start_action(handle, state_handle)
                if not ended:
                    raise EngineError("the rules engine did not run to completion")
                self.sessions_run += 1
                return records
            except EngineError:
                raise
            except Exception as exc:
                raise EngineError(f"rules engine failure: {type(exc).__name__}: {exc}") from None
            finally:
                self._close(version, acted)

    def _close(self, version: TextVersion, acted: bool) -> None:
        """Delete the session; never call ``delete_state`` on a session where no action ran.

        After a fault before any action (e.g. while asserting), a second sentinel is asserted
        and its action run first, so that the session can still be deleted: the ruleset is
        kept and nothing leaks. Only if deleting fails is the ruleset abandoned."""
        handle = self._compiled[version.id].handle
        if not acted:
            acted = _settle(handle)
        if acted:
            try:
                _dre.delete_state(handle, SID)
                self._live_sessions -= 1
                return
            except Exception:
                pass
        # Cleanup impossible or failed: free this ruleset (delete_ruleset is safe where
        # delete_state is not, but does not free the session's own memory, rete.c:1926) and
        # compile afresh.
        abandoned = self._compiled[version.id]
        self._compiled[version.id] = _Compiled(version)
        abandoned.free()
        self._live_sessions -= 1
        self.rebuilds += 1


_SETTLE_FACT = json.dumps({"sid": SID, "id": END + "-settle", "kind": END})


def _settle(handle: int) -> bool:
    """Run an action in the session (a second end sentinel) so that it can be deleted."""
    try:
        _, state_handle = _dre.assert_fact(handle, _SETTLE_FACT)
        started = _dre.start_action_for_state(handle, state_handle)
        if not started:
            return False
        message = started[1]
        while message:
            message = _dre.complete_and_start_action(handle, state_handle)
        return True
    except Exception:
        return False


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
