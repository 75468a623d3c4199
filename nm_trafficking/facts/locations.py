"""Where a problem is: pydantic errors as :class:`FieldError` with readable locations, in the
user's words.

A location keeps every key of the path the model knows. A key is written ``.name``, or quoted
when it is empty or has ``[``, ``]``, ``.``, a quote, a backslash, white space or a control
character, ``answers["a.b"]``, with control characters escaped (:func:`printable`).

Error messages name fields, not the values in them (docs/integration.md, Privacy). A key the
model does not know is repeated only when it is written as a field name (lower-case letters,
digits and ``_``: :func:`named`, e.g. ``knowingley``); any other may be a line of a case file
typed as a key (``Jane Roe (DOB ...) was moved by D``): it is not repeated, the location stops
at its parent and the message says so (:data:`NOT_NAMED`). A message says what kind of value
is expected, never the value given; pydantic's and Python's wording (``Input should be a valid
tuple``, a regular expression) is said in the user's words (:func:`said`).
"""

from __future__ import annotations

import difflib
import json
import re
import typing
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from nm_trafficking.errors import FieldError, MoreErrors
from nm_trafficking.limits import printable

MAX_KEY_SHOWN = 100
MAX_MESSAGE_CHARS = 1000

_BARE = re.compile(r"[^\s.\[\]\"'\\]+")
_NAMED = re.compile(r"[a-z][a-z0-9_]*")

NOT_NAMED = (
    "an unknown field, not repeated here: it is not written as a field name "
    "(lower-case letters, digits and _)"
)
"""The message of an unknown key that :func:`named` does not repeat."""


def named(key: object) -> bool:
    """Whether ``key`` is written as a field name (``knowingley``, ``rolse``): such a key is
    repeated in a location or message; any other key (capitals, spaces, punctuation, a date)
    may be a value typed in the wrong place and is not."""
    return isinstance(key, str) and len(key) <= 64 and _NAMED.fullmatch(key) is not None


class ReferenceErrors(ValueError):
    """Cross-field problems, each with its own location (unpacked by :func:`field_errors`)."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


def shown_key(key: object) -> str:
    """A key as written in a location: ``name``, or quoted (``"weird[key"``), shortened if very
    long, with control characters escaped."""
    if (
        isinstance(key, str)
        and _BARE.fullmatch(key)
        and len(key) <= MAX_KEY_SHOWN
        and printable(key) == key
    ):
        return key
    if isinstance(key, str):
        text = key if len(key) <= MAX_KEY_SHOWN else key[:MAX_KEY_SHOWN] + "..."
        return printable(json.dumps(text, ensure_ascii=False))
    return printable(repr(key)[:MAX_KEY_SHOWN])


def location(parts: Iterable[int | str | object]) -> str:
    """A path as text: ``conduct[0].means_will_be_used.force``, ``persons[0]["a.b"]``. Its
    keys are keys the model knows (a field, a key of a mapping field such as ``D/V``); for a
    path that may hold keys the model does not know, :func:`known_location`."""
    out = ""
    for part in parts:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
            continue
        shown = shown_key(part)
        if shown.startswith('"') or not isinstance(part, str):
            out += f"[{shown}]"
        else:
            out += f".{shown}" if out else shown
    return out


def known_location(parts: Sequence[int | str | object]) -> str:
    """:func:`location` of a path in the raw data, which may hold keys no model knows: it
    stops before the first key not written as a field name (:func:`named`), which may be a
    value typed as a key and is not repeated."""
    shown: list[int | str | object] = []
    for part in parts:
        if not (isinstance(part, int) and not isinstance(part, bool)) and not named(part):
            break
        shown.append(part)
    return location(shown)


def unknown_key(model: type[BaseModel] | None, parts: Sequence[int | str]) -> FieldError:
    """An unknown key at ``parts`` (its last part), with the near field name if there is one:
    located at the key when it is written as a field name, else at its parent (the key is not
    repeated)."""
    key = parts[-1] if parts else None
    where = parts if named(key) else parts[:-1]
    return FieldError(location(where), suggestion(model, parts))


def clean(error: FieldError) -> FieldError:
    """``error`` safe to print: control characters escaped, an overlong message shortened."""
    message = error.message
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[:MAX_MESSAGE_CHARS] + "..."
    return FieldError(printable(error.loc), printable(message), remedy=error.remedy)


def capped(errors: Sequence[FieldError], total: int, most: int) -> list[FieldError]:
    """At most ``most`` of ``errors`` (``total`` in all), then one line counting the rest."""
    shown = [clean(e) for e in errors[:most]]
    if total > len(shown):
        rest = total - len(shown)
        shown.append(MoreErrors("", f"and {rest:,} more", rest))
    return shown


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        out += _models_in(arg)
    return out


def model_at(model: type[BaseModel] | None, parts: Sequence[int | str]) -> type[BaseModel] | None:
    """The model a path leads to in ``model`` (indexes step into tuples), or ``None``."""
    for part in parts:
        if model is None:
            return None
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        found = _models_in(field.annotation)
        model = found[0] if found else None
    return model


def suggestion(model: type[BaseModel] | None, parts: Sequence[int | str]) -> str:
    """``unknown field``, with ``; did you mean NAME?`` when the model at the location has a
    field with a near name."""
    owner = model_at(model, parts[:-1])
    key = parts[-1] if parts else None
    what = "unknown field" if named(key) else NOT_NAMED
    if owner is not None and isinstance(key, str):
        near = difflib.get_close_matches(key.casefold(), list(owner.model_fields), n=1, cutoff=0.6)
        if near:
            return f"{what}; did you mean {near[0]}?"
    return what


def _is_type_tag(part: object) -> bool:
    """A pydantic union-member tag (``int``, ``function-after[...]``), not a key of the data."""
    return isinstance(part, str) and (
        part in ("int", "str", "date", "float", "bool", "none")
        or re.fullmatch(r"[a-z][a-z-]*\[.*\]", part, re.DOTALL) is not None
    )


def real_path(
    loc: Sequence[int | str], data: Any = None, *, missing: bool = False
) -> tuple[int | str, ...]:
    """The keys and indexes of a pydantic location, union-member tags left out.

    With ``data`` (the document validated) the location is walked in it, so every key that is
    in the data is kept whatever it looks like, and a part not in the data is a tag — except
    the last part of a ``missing`` error, the name of the missing field. Without ``data``,
    only parts shaped like pydantic's tags are left out."""
    if data is None:
        return tuple(p for p in loc if not _is_type_tag(p))
    parts: list[int | str] = []
    node: Any = data
    for i, part in enumerate(loc):
        if missing and i == len(loc) - 1:
            parts.append(part)
            continue
        found, child = _child(node, part)
        if found:
            parts.append(part)
            node = child
    return tuple(parts)


def _child(node: Any, part: int | str) -> tuple[bool, Any]:
    if isinstance(node, Mapping):
        return (True, node[part]) if part in node else (False, None)
    if isinstance(node, BaseModel):
        if isinstance(part, str) and part in type(node).model_fields:
            return True, getattr(node, part)
        return False, None
    if (
        isinstance(part, int)
        and isinstance(node, Sequence)
        and not isinstance(node, str | bytes)
        and 0 <= part < len(node)
    ):
        return True, node[part]
    return False, None


_DATE_REPR = re.compile(r"datetime\.date\((\d{1,4}), (\d{1,2}), (\d{1,2})\)")
_DATE_BOUNDS = {
    "greater_than_equal": ("ge", "on or after"),
    "greater_than": ("gt", "after"),
    "less_than_equal": ("le", "on or before"),
    "less_than": ("lt", "before"),
}


def date_bound(err: Mapping[str, Any]) -> str | None:
    """A date outside its bounds in the user's words ("the date must be on or after 1850-01-01"),
    not pydantic's ``datetime.date(1850, 1, 1)``; None for any other error."""
    bound = _DATE_BOUNDS.get(str(err.get("type")))
    if bound is None:
        return None
    key, words = bound
    limit = (err.get("ctx") or {}).get(key)
    if isinstance(limit, str) and (m := _DATE_REPR.fullmatch(limit)):
        limit = date(*(int(g) for g in m.groups()))  # pydantic gives the bound as its repr
    if not isinstance(limit, date):
        return None
    return f"the date must be {words} {limit.isoformat()}"


def field_errors(
    exc: ValidationError,
    data: Any = None,
    model: type[BaseModel] | None = None,
    *,
    most: int | None = None,
) -> list[FieldError]:
    """A pydantic error as field errors with readable locations (``conduct[0].act``).

    ``data`` is the document validated (so every key of a location is kept exactly);
    ``model`` the model validated (so an unknown field can suggest the near name); ``most``
    lists at most that many problems and counts the rest."""
    result: list[FieldError] = []
    for err in exc.errors(include_url=False, include_input=True, include_context=True):
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, ReferenceErrors):
            result.extend(cause.errors)
            continue
        parts = real_path(tuple(err["loc"]), data, missing=err["type"] == "missing")
        if err["type"] == "extra_forbidden":
            result.append(unknown_key(model, parts))
            continue
        message = bound if (bound := date_bound(err)) is not None else said(err)
        result.append(FieldError(location(parts), message))
    if most is None:
        return [clean(e) for e in result]
    return capped(result, len(result), most)


ID_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
"""The letters of an id: A to Z and the Latin letters with accents and marks (Latin-1 and
Latin Extended-A and -B: á, Ñ, ü, ł, ą, ǫ...), so that the Spanish and Navajo names of New
Mexico case files can be ids; written as ranges, which every regular expression dialect of a
JSON Schema validator reads alike (``\\p{L}`` is not read by Python's ``re``)."""

IDENTIFIER_PATTERN = f"^[{ID_LETTERS}0-9][{ID_LETTERS}0-9_.-]*$"
"""The pattern of an id (``facts.persons.Identifier``), said in words by :func:`said`."""

_ID_WORDS = (
    "an id is letters (A to Z, or Latin letters with accents such as á or ñ), digits, '_', '.' "
    "and '-' only, starting with a letter or digit"
)

_PATTERNS = {IDENTIFIER_PATTERN: _ID_WORDS}

_BOUNDS = {
    "greater_than_equal": ("ge", "must be {} or more"),
    "greater_than": ("gt", "must be more than {}"),
    "less_than_equal": ("le", "must be {} or less"),
    "less_than": ("lt", "must be less than {}"),
}

_SEQUENCE_TYPES = ("tuple_type", "list_type", "set_type", "frozen_set_type", "iterable_type")
_MAPPING_TYPES = ("model_type", "dict_type", "model_attributes_type")


def said(err: Mapping[str, Any]) -> str:
    """A pydantic error in the user's words: what kind of value is expected, never the value
    given (the input is read for its type only: text or a list, present or empty)."""
    kind = str(err.get("type"))
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    given = err.get("input")
    if kind == "value_error":  # the library's own words
        message = str(err.get("msg", ""))
        return message.removeprefix("Value error, ")
    if kind == "missing":
        return "is required"
    if kind == "string_type":
        return "must be text"
    if kind in ("too_long", "string_too_long"):
        most = ctx.get("max_length")
        if kind == "string_too_long" or isinstance(given, str):
            return f"must be text of at most {most:,} characters"
        return f"must have at most {most:,} items"
    if kind in ("too_short", "string_too_short"):
        least = ctx.get("min_length")
        if least == 1:
            return "must not be empty"
        unit = "characters" if kind == "string_too_short" or isinstance(given, str) else "items"
        return f"must have at least {least:,} {unit}"
    if kind == "string_pattern_mismatch":
        words = _PATTERNS.get(str(ctx.get("pattern")), "is not written in the form expected")
        if words == _ID_WORDS and isinstance(given, str) and any(c.isspace() for c in given):
            words += "; it has a space: write initials, or join the words with '_'"
        return words
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace("'", "")
        return f"must be one of: {expected}"
    if kind == "union_tag_invalid":
        expected = str(ctx.get("expected_tags", "")).replace("'", "")
        return f"must be one of: {expected}"
    if kind in _BOUNDS:
        key, words = _BOUNDS[kind]
        return words.format(ctx.get(key))
    if kind in _SEQUENCE_TYPES:
        return "must be a list, not empty" if given is None else "must be a list"
    if kind in _MAPPING_TYPES:
        if given is None:
            return "must be a mapping of fields (name: value), not empty"
        return "must be a mapping of fields (name: value)"
    message = str(err.get("msg", ""))
    for python, words in (
        ("Input should be", "must be"),
        ("Value should", "must"),
        ("String should", "must"),
    ):
        if message.startswith(python):
            return words + message[len(python) :]
    return message


def nfc(value: Any) -> Any:
    """Text in Unicode's composed form (NFC), so that ``María`` is one id however it was typed
    (an editor may write its ``í`` as ``i`` and a combining accent); anything else as given."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value
