"""Reading case files: YAML (or JSON) in, validated cases out, every problem named by file, case
and field.

The YAML is parsed safely (a ``.json`` file as JSON) with the size limits checked before
reading (the facts loader's ``read_text`` and ``parse_marked``); the document is validated by the
case format's pydantic models (:mod:`nm_trafficking.cases.models`), a fact pattern by the facts
models.

Nothing is passed over: an unknown key, a fact pattern that does not validate, an expectation for
a defendant and victim with no conduct between them, an act that is not theirs, a status or
grade word that is not one of the words of ``format`` — each is a :class:`CaseError`. A case
with any problem is not run; the other cases of the file are.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from nm_trafficking.cases import marks
from nm_trafficking.cases.format import (
    Case,
    CaseError,
    CaseFile,
    Check,
    Vocabulary,
    What,
    key_spelling,
    vocabulary,
)
from nm_trafficking.cases.models import (
    AccessoryExpectation,
    CaseFileModel,
    CaseModel,
    CountExpectation,
    FederalExpectation,
    PairExpectation,
    PairParagraph,
    StrictModel,
    case_id,
    model_errors,
    near,
    shown,
)
from nm_trafficking.errors import FileProblem, InvalidFactPattern
from nm_trafficking.facts.loading import (
    from_dict,
    load,
    not_regular,
    read_bytes,
    read_text,
    stat_problem,
)
from nm_trafficking.facts.locations import location, nfc
from nm_trafficking.facts.pattern import FactPattern

CASE_SUFFIXES = (".yaml", ".yml", ".json")
"""A case file is YAML (read with the safe loader), or JSON for a ``.json`` file."""

_LINK_OUTSIDE = "a link to a file outside this folder (and its project): not read"

M = TypeVar("M", bound=StrictModel)

_DEFAULTS = ("today", "as_of", "statute")
"""The file's settings every case takes unless it gives its own."""

_PAIR_WORDS = ("status", "grade", "floor", "possible", "grade_status", "grade_act", "remaining",
               "notes")  # fmt: skip


def case_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[CaseError]]:
    """The case files named by ``paths``: files as given, directories as their ``.yaml``, ``.yml``
    and ``.json`` files (sorted; not recursive). Nothing is skipped without a word, and the words
    are ``assess``'s: a path that cannot be read (missing, a dangling link, a link loop), a
    directory with no case file, an entry that is a directory or not a regular file (a FIFO, a
    device), or a link in a directory to a file outside it (and outside the project holding it: see
    :data:`PROJECT_MARKERS`) is an error; that file is not read."""
    files: list[Path] = []
    errors: list[CaseError] = []
    for raw in paths:
        path = Path(raw)
        try:
            info = os.stat(path)
        except OSError as exc:
            errors.append(_unread(path, stat_problem(path, exc)))
            continue
        if not stat.S_ISDIR(info.st_mode):
            if stat.S_ISREG(info.st_mode):
                files.append(path)
            else:
                errors.append(_unread(path, not_regular(info.st_mode)))
            continue
        try:
            with os.scandir(path) as listing:
                names = sorted(e.name for e in listing if _is_case_name(e.name))
        except OSError as exc:
            unlisted = f"cannot list directory: {exc.strerror or exc}"
            errors.append(_unread(path, unlisted))
            continue
        if not names:
            errors.append(_unread(path, f"no case files ({', '.join(CASE_SUFFIXES)}) here"))
        for name in names:
            p = path / name
            problem = _entry_problem(p)
            if problem is None and _contained(path, name) is None:
                problem = _LINK_OUTSIDE
            if problem is None:
                files.append(p)
            else:
                errors.append(_unread(p, problem))
    return files, errors


def _is_case_name(name: str) -> bool:
    return Path(name).suffix.lower() in CASE_SUFFIXES


def _unread(path: Path, problem: str) -> CaseError:
    """A path named (or listed) that is not read: ``problem`` says why."""
    return CaseError(str(path), None, "", problem, unread=True)


def _entry_problem(path: Path) -> str | None:
    """Why an entry of a case folder is not read (``assess``'s words), or ``None``."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return stat_problem(path, exc)
    if stat.S_ISDIR(info.st_mode):
        return "a directory, not a file (directories in a directory are not read)"
    if not stat.S_ISREG(info.st_mode):
        return not_regular(info.st_mode)
    return None


def load_file(path: str | os.PathLike[str], *, label: str | None = None) -> CaseFile:
    """Read and check one case file. ``label`` names it in reports (default: the path). The
    file is read as ``assess`` reads a fact pattern: regular files only, the size checked
    before reading (:data:`~nm_trafficking.limits.DEFAULT_LIMITS`), UTF-8."""
    label = label if label is not None else os.fspath(path)
    try:
        text = read_text(path, source=label)
    except InvalidFactPattern as exc:
        return CaseFile(
            label,
            errors=tuple(
                CaseError(
                    label,
                    None,
                    e.loc,
                    _encoding_hint(path, e.said_by("case_file").message),
                    unread=isinstance(e, FileProblem),
                )
                for e in exc.errors
            ),
        )
    fmt = "json" if Path(path).suffix.lower() == ".json" else "yaml"
    return loads(text, source=label, base_dir=Path(path).parent, fmt=fmt)


_NOT_UTF8 = re.compile(r"^not UTF-8 text \(byte (\d+)\)$")


def _encoding_hint(path: str | os.PathLike[str], message: str) -> str:
    """``read_text``'s words for a file not in UTF-8, with the line and what to do (a file
    saved by an editor in Windows-1252: ``Doña Ana``)."""
    found = _NOT_UTF8.match(message)
    if found is None:
        return message
    try:
        raw = read_bytes(path)
    except InvalidFactPattern:
        return message
    line = raw[: int(found.group(1))].count(b"\n") + 1
    return (
        f"not UTF-8 text (line {line}): a letter such as ñ or é saved in another encoding; "
        "save the file as UTF-8"
    )


_YAML_HINTS = {
    "mapping values are not allowed": (
        "a colon followed by a space inside a text on one line: put the text in quotes, or "
        "write it as a block (`story: >-` and the text on the lines below)"
    ),
}
"""YAML's words for a common slip, and what to do, in a case writer's words."""


def _yaml_hint(message: str) -> str:
    for theirs, ours in _YAML_HINTS.items():
        if theirs in message:
            return f"{message}; {ours}"
    return message


def loads(text: str, *, source: str, base_dir: Path | None = None, fmt: str = "yaml") -> CaseFile:
    """Check case-file text. ``base_dir`` is where a case's ``pattern_file`` is looked for
    (``None``: ``pattern_file`` cannot be used, e.g. for files inside the package). A date
    not on the calendar or a key given twice is a problem of its case (the other cases run);
    every problem names the line of its field where it is known. ``fmt`` is ``"yaml"`` or
    ``"json"``."""
    try:
        found = marks.read(text, source=source, fmt=fmt)
    except InvalidFactPattern as exc:
        return CaseFile(
            source,
            errors=tuple(
                CaseError(source, None, e.loc, _yaml_hint(e.said_by("case_file").message))
                for e in exc.errors
            ),
        )
    return _Reader(source, base_dir, found).file(found.data)


PROJECT_MARKERS = ("pyproject.toml", ".git")
"""A folder holding one of these is a project root: its case files may name fact patterns
anywhere inside it (``examples/cases/x.yaml`` names ``../x.yaml``)."""


def _project_root(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` (resolved) that is a project root, if any;
    never the file system's root or the home folder (which may hold a repository of dotfiles)."""
    try:
        home: Path | None = Path.home().resolve()
    except (OSError, RuntimeError, KeyError):
        home = None
    for candidate in (folder, *folder.parents):
        if candidate == home or candidate.parent == candidate:
            return None
        if any(_exists(candidate / marker) for marker in PROJECT_MARKERS):
            return candidate
    return None


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _contained(base_dir: Path, named: str) -> Path | None:
    """``base_dir / named`` if ``named`` is relative and, symbolic links resolved, names a
    place inside ``base_dir`` or inside the project holding it (see :data:`PROJECT_MARKERS`);
    ``None`` otherwise, so a case file cannot make a report reveal files elsewhere."""
    if Path(named).is_absolute():
        return None
    path = base_dir / named
    try:
        folder = base_dir.resolve()
        target = path.resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL byte...
        return None
    roots = [folder]
    project = _project_root(folder)
    if project is not None:
        roots.append(project)
    if any(target.is_relative_to(root) for root in roots):
        return path
    return None


class _Reader:
    """Reads one parsed case file with the models of :mod:`~nm_trafficking.cases.models`,
    collecting every problem."""

    def __init__(self, source: str, base_dir: Path | None, read: marks.Read | None = None) -> None:
        self.source = source
        self.base_dir = base_dir
        self.errors: list[CaseError] = []
        self.vocab: Vocabulary = vocabulary()
        self.case: str | None = None
        self.read = read or marks.Read(None, marks.Lines(), ())
        self.index: int | None = None
        """The index of the case being read (``None``: the file's own keys)."""
        self.lines: dict[str, int] = self.read.lines.table(None)
        self.said: set[str] = set()
        """The fields of the case (or file) being read whose problem is already said."""
        self.bad_defaults: set[str] = set()
        """The file's settings (today, as_of, statute) that are malformed."""

    def error(self, field: str, message: str, at: str | None = None) -> None:
        """A problem of ``field``; ``at``: where it is, when the field stops before a key that
        is not repeated (:meth:`place`)."""
        if (at or field) in self.said:  # a value read as text: its problem is already said
            return
        whole_file = not field and self.index is None  # no one line is where it is
        line = None if whole_file else marks.line_of(self.lines, at or field)
        self.errors.append(CaseError(self.source, self.case, field, message, line))

    def _deferred(self, index: int | None) -> None:
        """Say the problems kept while reading for the case ``index`` (or the file's keys)."""
        for d in self.read.deferred:
            in_case = len(d.path) > 1 and d.path[0] == "cases" and isinstance(d.path[1], int)
            if (index is None and in_case) or (
                index is not None and (not in_case or d.path[1] != index)
            ):
                continue
            field = marks.field_of(d.path[2:] if in_case else d.path)
            self.errors.append(CaseError(self.source, self.case, field, d.message, d.line))
            self.said.add(field)
            if index is None and d.path and d.path[0] in _DEFAULTS:
                self.bad_defaults.add(str(d.path[0]))

    def validate(
        self, model: type[M], data: Any, prefix: tuple[str, ...] = (), **context: Any
    ) -> M | None:
        """``data`` as ``model``, or ``None`` with every problem recorded (located under
        ``prefix``)."""
        try:
            return model.model_validate(data, context={"vocab": self.vocab, **context})
        except ValidationError as exc:
            for loc, message in model_errors(exc, data, model, self.vocab):
                parts = [*prefix, *loc]
                self.error(self.place(parts), message, location(parts))
            return None

    def place(self, parts: Sequence[Any]) -> str:
        """``parts`` as a field, stopping before a key a message does not repeat: one typed
        where an id or key belongs that may be facts (``counts["she was raped..."]``)."""
        kept: list[Any] = []
        for part in parts:
            if isinstance(part, str) and not (shown(part) or self._known(part)):
                break
            kept.append(part)
        return location(kept)

    def _known(self, key: str) -> bool:
        v = self.vocab
        return any(
            found is not None
            for found in (
                v.paragraph(key),
                v.prongs.get(key_spelling(key)),
                v.laws.get(key_spelling(key)),
            )
        )

    # --- the file ---------------------------------------------------------------------

    def file(self, data: Any) -> CaseFile:
        if not isinstance(data, Mapping):
            hint = " (put the list under `cases:`)" if isinstance(data, list) else ""
            self.error("", f"a case file is a mapping with a `cases:` list{hint}")
            return self._done([], [])
        if "cases" not in data and ("persons" in data or "conduct" in data):
            self.error(
                "",
                "this is a fact pattern, not a case file: assess it with `nm-trafficking assess`,"
                " or point a case's `pattern_file:` at it (docs/cases.md)",
            )
            return self._done([], [])
        self._deferred(None)
        before = len(self.errors)
        found = self.validate(CaseFileModel, data)
        if found is None:  # what is valid still counts: the defaults, the cases
            bad = {e.field.split(".")[0].split("[")[0] for e in self.errors[before:]}
            bad |= {field.split(".")[0].split("[")[0] for field in self.said}
            if "cases" in bad:
                return self._done([], [])
            self.bad_defaults |= bad & set(_DEFAULTS)  # the cases that take them are not run
            kept = {k: v for k, v in data.items() if k in CaseFileModel.model_fields}
            found = CaseFileModel.model_validate(
                {k: v for k, v in kept.items() if k not in bad}, context={"vocab": self.vocab}
            )
        cases: list[Case] = []
        ids: list[str] = []
        for index, raw in enumerate(found.cases):
            case = self._case(index, raw, found, ids)
            if case is not None:
                cases.append(case)
            self.case = None
        self.index, self.lines = None, self.read.lines.table(None)
        return self._done(cases, ids)

    def _done(self, cases: list[Case], ids: list[str]) -> CaseFile:
        return CaseFile(self.source, tuple(cases), tuple(self.errors), tuple(ids))

    # --- a case -----------------------------------------------------------------------

    def _case(self, index: int, raw: Any, defaults: CaseFileModel, ids: list[str]) -> Case | None:
        self.case = f"cases[{index}]"
        self.index = index
        self.lines = self.read.lines.table(index)
        self.said = set()
        if not isinstance(raw, Mapping):
            self.error("", "a case is a mapping (id, title, citations, story, pattern, expect)")
            return None
        named = case_id(raw.get("id"))
        if named is not None:
            if named in ids:
                self.case = named
                self.error("id", f"a second case with the id {named!r} in this file")
                return None
            ids.append(named)
            self.case = named
        before = len(self.errors)
        self._deferred(index)
        for key in sorted(self.bad_defaults - set(map(str, raw))):
            line = marks.line_of(self.read.lines.table(None), key)
            at = f" (line {line})" if line is not None else ""
            self.error(key, f"not run: the case takes the file's `{key}:`, malformed{at}")
        found = self.validate(CaseModel, raw)
        pattern = self._pattern(raw)
        checks, pairs = self._expect(raw.get("expect"), pattern)
        if len(self.errors) > before or found is None or pattern is None:
            return None

        def default(key: str) -> Any:
            return getattr(found if key in raw else defaults, key)

        return Case(
            file=self.source,
            id=found.id,
            title=found.title,
            citations=found.citations,
            story=found.story,
            pattern=pattern,
            checks=tuple(checks),
            pairs=tuple(pairs),
            as_of=default("as_of"),
            today=default("today"),
            statute=default("statute"),
            tags=found.tags,
            teaching_point=found.teaching_point,
            pattern_file=found.pattern_file,
            lines=self.lines,
        )

    def _pattern(self, raw: Mapping[str, Any]) -> FactPattern | None:
        """The case's fact pattern (inline or from its file), checked by the facts models;
        ``None`` if there is none usable (the problem recorded here, or by :class:`CaseModel`
        for a value of the wrong kind)."""
        inline, named = raw.get("pattern"), raw.get("pattern_file")
        if inline is not None and named is not None:
            self.error("pattern_file", "give the fact pattern inline or by file, not both")
            return None
        if inline is None and named is None:
            self.error("pattern", "required: the fact pattern (inline), or pattern_file")
            return None
        if inline is not None:
            if not isinstance(inline, Mapping) or not inline:
                return None
            try:
                return from_dict(dict(inline), source=self.source)
            except InvalidFactPattern as exc:
                for e in exc.errors:
                    self.error(
                        f"pattern.{e.loc}" if e.loc else "pattern", e.said_by("case_file").message
                    )
                return None
        if not isinstance(named, str) or not named.strip():
            return None
        if self.base_dir is None:
            self.error("pattern_file", "not available here: give the fact pattern inline")
            return None
        path = _contained(self.base_dir, named)
        if path is None:
            self.error(
                "pattern_file",
                f"{named}: must be a path inside the case file's folder "
                "(or the project that holds it), relative to the case file",
            )
            return None
        if not path.exists() and not path.is_symlink():
            self.error("pattern_file", f"no such file: {named} (looked for {path})")
            return None
        # anything else that is there but no regular file (a folder, a FIFO, a dangling
        # link) is refused by the loader, which says what it is without waiting on it
        try:
            return load(path)
        except InvalidFactPattern as exc:
            for e in exc.errors:
                self.error("pattern_file", f"{named}: {e}")
            return None

    # --- expectations -------------------------------------------------------------------

    def _expect(
        self, raw: Any, pattern: FactPattern | None
    ) -> tuple[list[Check], list[tuple[str, str]]]:
        """The checks of ``expect`` (its shape is :class:`CaseModel`'s to check), pair by pair:
        a pair is named by the pattern's conduct, and its acts are the ones its expectations
        may name."""
        if not isinstance(raw, Mapping) or not raw:
            return [], []
        acts: dict[tuple[str, str], list[str]] = {}
        helpers: dict[tuple[str, str], list[str]] = {}
        if pattern is not None:
            for c in pattern.conduct:
                acts.setdefault((c.actor, c.person), []).append(c.id)
                known = helpers.setdefault((c.actor, c.person), [])
                known += [a.person for a in c.accessories if a.person not in known]
        by_label = {f"{d}/{v}": (d, v) for d, v in acts}
        checks: list[Check] = []
        pairs: list[tuple[str, str]] = []
        for key, value in raw.items():
            at = location(["expect", str(key)])
            field = self.place(["expect", str(key)])
            pair = by_label.get(nfc(str(key)))
            if pair is None:
                if "/" not in str(key):
                    self.error(field, "name the pair as DEFENDANT/VICTIM, e.g. D/V", at)
                    continue
                if pattern is not None:
                    self.error(field, _no_pair(str(key), by_label), at)
                    continue
                d, _, v = str(key).partition("/")
                pair = (d, v)
            pairs.append(pair)
            value = _text_keys(value)
            stated = self.validate(
                PairExpectation,
                value,
                ("expect", str(key)),
                pair=pair,
                acts=acts.get(pair) if pattern else None,
                helpers=helpers.get(pair, []) if pattern else None,
            )
            if stated is not None:
                checks += pair_checks(pair, value, stated, self.vocab)
        return checks, pairs


def _no_pair(key: str, by_label: Mapping[str, tuple[str, str]]) -> str:
    """Why ``key`` names no pair of the pattern: a pair written the wrong way round (the
    defendant comes first), or one with no conduct; a key typed in words is not repeated."""
    known = ", ".join(by_label) or "none"
    d, _, v = key.partition("/")
    if f"{v}/{d}" in by_label:
        return (
            f"no conduct of {d} toward {v} in the fact pattern, but {v} acts toward {d}: a pair "
            f"is written DEFENDANT/VICTIM, the defendant first; did you mean {v}/{d}?"
        )
    if not shown(key, by_label):
        return (
            f"the pair typed here (not repeated) is not DEFENDANT/VICTIM of the fact pattern "
            f"(the pairs are: {known})"
        )
    return (
        "no conduct of this defendant toward this victim in the fact pattern (the pairs are: "
        f"{known})" + near(key, by_label)
    )


def _text_keys(value: Any) -> Any:
    """``value`` with every mapping key as text (YAML reads ``1:`` as a number): an
    expectation's keys are names, and its problems are located by them."""
    if isinstance(value, Mapping):
        return {str(k): _text_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_text_keys(v) for v in value]
    return value


# --- validated expectations as checks, in the order written ----------------------------------


def pair_checks(
    pair: tuple[str, str], raw: Mapping[str, Any], stated: PairExpectation, vocab: Vocabulary
) -> list[Check]:
    """The checks a pair's expectations state (``raw`` as written, ``stated`` validated)."""
    raw = {str(k): v for k, v in raw.items()}
    out: list[Check] = []
    for key in raw:
        if key in stated.paragraphs:
            citation = vocab.offence(key)
            assert citation is not None
            out += _paragraph_checks(pair, key, citation, raw[key], stated.paragraphs[key], None)
        elif key in _PAIR_WORDS:  # each checks what its key names
            out.append(Check(pair, key, key, getattr(stated, key)))  # type: ignore[arg-type]
        elif key == "counts" and stated.counts is not None:
            written = {str(k): v for k, v in raw[key].items()}
            for cid, count in stated.counts.items():
                out += _count_checks(pair, cid, written[cid], count, vocab)
        elif key == "federal" and stated.federal is not None:
            out += _federal_checks(pair, raw[key], stated.federal, vocab)
        elif key == "accessories" and stated.accessories is not None:
            out += _accessory_checks(pair, raw[key], stated.accessories)
    return out


def _accessory_checks(
    pair: tuple[str, str], raw: Mapping[Any, Any], stated: Mapping[str, AccessoryExpectation]
) -> list[Check]:
    """Per helper, each key written: ``(helper, key, expected)`` for the runner."""
    out: list[Check] = []
    for helper, written in raw.items():
        keys = [str(k) for k in written] if isinstance(written, Mapping) else ["status"]
        expected = stated[str(helper)]
        for k in keys:
            made = (str(helper), k, getattr(expected, k))
            out.append(Check(pair, f"accessories.{helper}.{k}", "accessory", made))
    return out


def _paragraph_checks(
    pair: tuple[str, str],
    key: str,
    citation: str,
    raw: Any,
    stated: PairParagraph | str,
    conduct: str | None,
) -> list[Check]:
    if isinstance(stated, str):
        return [Check(pair, key, "paragraph", stated, conduct, citation)]
    out: list[Check] = []
    for sub in map(str, raw):
        if sub == "status":
            out.append(Check(pair, key, "paragraph", stated.status, conduct, citation))
        elif sub == "deciding_act":
            out.append(
                Check(pair, f"{key}.deciding_act", "deciding_act", stated.deciding_act,
                      conduct, citation)
            )  # fmt: skip
        elif sub == "remaining":
            out.append(
                Check(pair, f"{key}.remaining", "paragraph_remaining", stated.remaining,
                      conduct, citation)
            )  # fmt: skip
        else:
            for element, status in stated.elements.items():
                at = f"{key}.elements.{element}"
                out.append(Check(pair, at, "element", status, conduct, citation, element))
    return out


def _count_checks(
    pair: tuple[str, str],
    cid: str,
    raw: Mapping[str, Any],
    stated: CountExpectation,
    vocab: Vocabulary,
) -> list[Check]:
    raw = {str(k): v for k, v in raw.items()}
    out: list[Check] = []
    for key in raw:
        label = f"counts.{cid}.{key}"
        if key in stated.paragraphs:
            citation = vocab.offence(key)
            assert citation is not None
            out += _paragraph_checks(pair, label, citation, raw[key], stated.paragraphs[key], cid)
        else:
            what: What = key  # type: ignore[assignment]
            out.append(Check(pair, label, what, getattr(stated, key), conduct=cid))
    return out


def _federal_checks(
    pair: tuple[str, str], raw: Mapping[str, Any], stated: FederalExpectation, vocab: Vocabulary
) -> list[Check]:
    raw = {str(k): v for k, v in raw.items()}
    out: list[Check] = []
    for key in raw:
        at = f"federal.{key}"
        if key == "penalty" and stated.penalty is not None:
            for law_key, band in stated.penalty.items():
                law = vocab.laws[key_spelling(law_key)]
                out.append(Check(pair, f"{at}.{law_key}", "federal_penalty", band, law=law))
        elif key == "side_by_side":
            out.append(Check(pair, at, "side_by_side", stated.side_by_side))
        elif key == "notes":
            out.append(Check(pair, at, "federal_notes", stated.notes))
        elif key in stated.laws:
            law = vocab.laws[key_spelling(key)]
            out.append(Check(pair, at, "federal_law", stated.laws[key], law=law))
        else:
            law, citation = vocab.prongs[key_spelling(key)]
            for c in _paragraph_checks(pair, at, citation, raw[key], stated.prongs[key], None):
                out.append(replace(c, law=law))
    return out
