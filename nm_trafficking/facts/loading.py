"""Loading fact patterns from dicts, JSON and YAML, with errors naming the file and field.

YAML is read with ``yaml.safe_load`` only: tags that would build Python objects are refused.
Nothing is logged; the file is only read.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from nm_trafficking.errors import FieldError, InvalidFactPattern
from nm_trafficking.facts.pattern import FactPattern, ReferenceErrors

MAX_FILE_BYTES = 16 * 1024 * 1024


def _loc(parts: tuple[int | str, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def field_errors(exc: ValidationError) -> list[FieldError]:
    """A pydantic error as field errors with readable locations (``conduct[0].act``)."""
    result: list[FieldError] = []
    for err in exc.errors(include_url=False):
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, ReferenceErrors):
            result.extend(cause.errors)
            continue
        loc = _loc(_without_type_tags(tuple(err["loc"])))
        message = err["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        result.append(FieldError(loc, message))
    return result


def _without_type_tags(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Drop pydantic's union-member tags (``age.int``, ``date.date``, ``function-after[...]``)."""
    parts = [p for p in loc if not (isinstance(p, str) and "[" in p)]
    if len(parts) > 1 and parts[-1] in ("int", "date", "str") and isinstance(parts[-2], str):
        parts.pop()
    return tuple(parts)


def _raw_reference_errors(data: Mapping[str, Any]) -> list[FieldError]:
    """Person references checked on the raw document, so they are reported together with
    field errors (the model's own check runs only once every field is valid)."""
    persons, conduct = data.get("persons"), data.get("conduct")
    if not isinstance(persons, list) or not isinstance(conduct, list):
        return []
    ids = {p.get("id") for p in persons if isinstance(p, Mapping) and isinstance(p.get("id"), str)}
    errors: list[FieldError] = []
    for i, act in enumerate(conduct):
        if not isinstance(act, Mapping):
            continue
        for field in ("actor", "person"):
            ref = act.get(field)
            if isinstance(ref, str) and ref not in ids:
                errors.append(
                    FieldError(f"conduct[{i}].{field}", f"no person with id {ref!r} in persons")
                )
    return errors


def from_dict(data: Any, *, source: str | None = None) -> FactPattern:
    """Validate a mapping (as parsed from JSON or YAML) into a :class:`FactPattern`."""
    if not isinstance(data, Mapping):
        raise InvalidFactPattern(
            [FieldError("", f"a fact pattern must be a mapping, not {type(data).__name__}")],
            source,
        )
    try:
        return FactPattern.model_validate(dict(data))
    except ValidationError as exc:
        errors = field_errors(exc)
        known = {e.loc for e in errors}
        errors += [e for e in _raw_reference_errors(data) if e.loc not in known]
        raise InvalidFactPattern(errors, source) from None
    except RecursionError:
        raise InvalidFactPattern([FieldError("", "nested too deeply")], source) from None


def parse_text(text: str, *, fmt: str = "yaml", source: str | None = None) -> Any:
    """Parse JSON or YAML text (YAML with the safe loader) into plain data."""
    try:
        if fmt == "json":
            return json.loads(text)
        return yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise InvalidFactPattern(
            [FieldError("", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")],
            source,
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise InvalidFactPattern(
            [FieldError("", f"not valid YAML: {problem}{where}")], source
        ) from None
    except RecursionError:
        raise InvalidFactPattern([FieldError("", "nested too deeply")], source) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. YAML date 2019-02-30
        raise InvalidFactPattern(
            [FieldError("", f"not valid {fmt.upper()}: {exc}")], source
        ) from None


def load(path: str | Path) -> FactPattern:
    """Read a fact pattern from a ``.json``, ``.yaml`` or ``.yml`` file."""
    p = Path(path)
    source = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InvalidFactPattern(
            [FieldError("", f"cannot read file: {exc.strerror}")], source
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidFactPattern(
            [FieldError("", f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")], source
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidFactPattern(
            [FieldError("", f"not UTF-8 text (byte {exc.start})")], source
        ) from None
    fmt = "json" if p.suffix.lower() == ".json" else "yaml"
    return from_dict(parse_text(text, fmt=fmt, source=source), source=source)


def loads(text: str, *, fmt: str = "yaml", source: str | None = None) -> FactPattern:
    """A fact pattern from JSON or YAML text."""
    return from_dict(parse_text(text, fmt=fmt, source=source), source=source)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a fact pattern document."""
    schema = FactPattern.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "nm_trafficking fact pattern"
    return schema
