"""Reading case files: YAML in, validated cases out, every problem named by file, case and field.

Nothing is passed over: an unknown key, a fact pattern that does not validate, an expectation for
a defendant and victim with no conduct between them, an act that is not theirs, a status or
grade word that is not one of the words of ``format`` — each is a :class:`CaseError`. A case
with any problem is not run; the other cases of the file are.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nm_trafficking import statute
from nm_trafficking.cases.format import (
    CASE_KEYS,
    COUNT_KEYS,
    FEDERAL_KEYS,
    FILE_KEYS,
    GRADE_STATUSES,
    PAIR_KEYS,
    PARAGRAPH_KEYS,
    PENALTY_WORDS,
    STATUSES,
    Case,
    CaseError,
    CaseFile,
    Check,
    Scope,
    Vocabulary,
    What,
    _spelling,
    vocabulary,
)
from nm_trafficking.errors import InvalidFactPattern
from nm_trafficking.facts.loading import (
    file_kind,
    from_dict,
    load,
    parse_text,
    read_text,
    stat_problem,
)
from nm_trafficking.facts.pattern import FactPattern

CASE_SUFFIXES = (".yaml", ".yml")

_LINK_OUTSIDE = "a link to a file outside this folder (and its project): not read"

_PAIR_WORDS = tuple(k for k in PAIR_KEYS if k != "PARAGRAPH")
_COUNT_WORDS = tuple(k for k in COUNT_KEYS if k != "PARAGRAPH")


def case_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[CaseError]]:
    """The case files named by ``paths``: files as given, directories as their ``.yaml`` and
    ``.yml`` files (sorted; not recursive). Nothing is skipped without a word, and the words are
    ``assess``'s: a path that cannot be read (missing, a dangling link, a link loop), a
    directory with no case file, an entry that is a directory or not a regular file (a FIFO, a
    device), or a link in a directory to a file outside it (and outside the project holding it:
    see :data:`PROJECT_MARKERS`) is an error; that file is not read."""
    files: list[Path] = []
    errors: list[CaseError] = []
    for raw in paths:
        path = Path(raw)
        try:
            info = os.stat(path)
        except OSError as exc:
            errors.append(CaseError(str(path), None, "", stat_problem(path, exc)))
            continue
        if not stat.S_ISDIR(info.st_mode):
            if stat.S_ISREG(info.st_mode):
                files.append(path)
            else:
                errors.append(CaseError(str(path), None, "", _not_regular(info.st_mode)))
            continue
        try:
            with os.scandir(path) as listing:
                names = sorted(e.name for e in listing if _is_case_name(e.name))
        except OSError as exc:
            unlisted = f"cannot list directory: {exc.strerror or exc}"
            errors.append(CaseError(str(path), None, "", unlisted))
            continue
        if not names:
            errors.append(CaseError(str(path), None, "", "no case files (.yaml, .yml) here"))
        for name in names:
            p = path / name
            problem = _entry_problem(p)
            if problem is None and _contained(path, name) is None:
                problem = _LINK_OUTSIDE
            if problem is None:
                files.append(p)
            else:
                errors.append(CaseError(str(p), None, "", problem))
    return files, errors


def _is_case_name(name: str) -> bool:
    return Path(name).suffix.lower() in CASE_SUFFIXES


def _not_regular(mode: int) -> str:
    return f"not a regular file: {file_kind(mode)}"


def _entry_problem(path: Path) -> str | None:
    """Why an entry of a case folder is not read (``assess``'s words), or ``None``."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return stat_problem(path, exc)
    if stat.S_ISDIR(info.st_mode):
        return "a directory, not a file (directories in a directory are not read)"
    if not stat.S_ISREG(info.st_mode):
        return _not_regular(info.st_mode)
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
            label, errors=tuple(CaseError(label, None, e.loc, e.message) for e in exc.errors)
        )
    return loads(text, source=label, base_dir=Path(path).parent)


def loads(text: str, *, source: str, base_dir: Path | None = None) -> CaseFile:
    """Check case-file text. ``base_dir`` is where a case's ``pattern_file`` is looked for
    (``None``: ``pattern_file`` cannot be used, e.g. for files inside the package)."""
    try:
        data = parse_text(text, fmt="yaml", source=source)
    except InvalidFactPattern as exc:
        return CaseFile(
            source, errors=tuple(CaseError(source, None, e.loc, e.message) for e in exc.errors)
        )
    return _Reader(source, base_dir).file(data)


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _none(value: Any) -> bool:
    """``null``, ``none`` or ``unknown``: nothing (no version in force, age not known)."""
    return value is None or (
        isinstance(value, str) and value.strip().lower() in ("none", "null", "unknown")
    )


def _names(keys: Iterable[str]) -> str:
    return ", ".join(keys)


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
    """Reads one parsed case file, collecting every problem."""

    def __init__(self, source: str, base_dir: Path | None) -> None:
        self.source = source
        self.base_dir = base_dir
        self.errors: list[CaseError] = []
        self.vocab: Vocabulary = vocabulary()
        self.case: str | None = None

    def error(self, field: str, message: str) -> None:
        self.errors.append(CaseError(self.source, self.case, field, message))

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
        for key in data:
            if key not in FILE_KEYS:
                self.error(str(key), f"unknown key; a case file may have: {_names(FILE_KEYS)}")
        defaults = {
            "today": self._date(data, "today"),
            "as_of": self._date(data, "as_of"),
            "statute": self._statute(data, "statute"),
        }
        if "description" in data and not isinstance(data["description"], str):
            self.error("description", "must be text")
        raw_cases = data.get("cases")
        if not isinstance(raw_cases, list) or not raw_cases:
            self.error("cases", "must be a list of one or more cases")
            return self._done([], [])
        cases: list[Case] = []
        ids: list[str] = []
        for index, raw in enumerate(raw_cases):
            found = self._case(index, raw, defaults, ids)
            if found is not None:
                cases.append(found)
            self.case = None
        return self._done(cases, ids)

    def _done(self, cases: list[Case], ids: list[str]) -> CaseFile:
        return CaseFile(self.source, tuple(cases), tuple(self.errors), tuple(ids))

    def _date(self, data: Mapping[str, Any], key: str) -> date | None:
        if key not in data or data[key] is None:
            return None
        value = data[key]
        if _is_date(value):
            return value  # type: ignore[no-any-return]
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.error(key, f"not a date (write YYYY-MM-DD): {value!r}")
        return None

    def _statute(self, data: Mapping[str, Any], key: str) -> str | None:
        if key not in data or data[key] is None:
            return None
        return self._version_id(key, data[key])

    def _version_id(self, where: str, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.error(where, f'must be a version id such as "2008", not {value!r}')
            return None
        version_id = str(value)
        try:
            statute.by_id(version_id)
        except KeyError:
            known = ", ".join(f'"{v.id}"' for v in statute.VERSIONS)
            self.error(where, f"no version {version_id!r} of the statute; known: {known}")
            return None
        return version_id

    def _text(self, data: Mapping[str, Any], key: str, *, required: bool) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.error(key, "required")
            return None
        if not isinstance(value, str) or not value.strip():
            self.error(key, "must be text")
            return None
        return value.strip()

    def _words(self, data: Mapping[str, Any], key: str) -> list[str] | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.error(key, "must be a list of words or texts")
            return None
        return list(value)

    # --- a case -----------------------------------------------------------------------

    def _case(self, index: int, raw: Any, defaults: dict[str, Any], ids: list[str]) -> Case | None:
        self.case = f"cases[{index}]"
        if not isinstance(raw, Mapping):
            self.error("", "a case is a mapping (id, title, citations, story, pattern, expect)")
            return None
        case_id = raw.get("id")
        if isinstance(case_id, str | int) and not isinstance(case_id, bool) and str(case_id):
            case_id = str(case_id)
            if case_id in ids:
                self.case = case_id
                self.error("id", f"a second case with the id {case_id!r} in this file")
                return None
            ids.append(case_id)
            self.case = case_id
        else:
            self.error("id", "required: a short name for the case")
            case_id = None
        before = len(self.errors)
        for key in raw:
            if key not in CASE_KEYS:
                self.error(str(key), f"unknown key; a case may have: {_names(CASE_KEYS)}")
        title = self._text(raw, "title", required=True)
        story = self._text(raw, "story", required=True)
        teaching_point = self._text(raw, "teaching_point", required=False)
        citations = self._citations(raw)
        tags = self._words(raw, "tags") or []
        as_of = self._date(raw, "as_of") if "as_of" in raw else defaults["as_of"]
        today = self._date(raw, "today") if "today" in raw else defaults["today"]
        version = self._statute(raw, "statute") if "statute" in raw else defaults["statute"]
        pattern = self._pattern(raw)
        checks, pairs = self._expect(raw.get("expect"), pattern)
        if len(self.errors) > before or case_id is None or pattern is None:
            return None
        assert title is not None and story is not None
        return Case(
            file=self.source,
            id=case_id,
            title=title,
            citations=tuple(citations),
            story=story,
            pattern=pattern,
            checks=tuple(checks),
            pairs=tuple(pairs),
            as_of=as_of,
            today=today,
            statute=version,
            tags=tuple(tags),
            teaching_point=teaching_point,
            pattern_file=raw.get("pattern_file"),
        )

    def _citations(self, raw: Mapping[str, Any]) -> list[str]:
        words = self._words(raw, "citations")
        if words is None:
            if "citations" not in raw:
                self.error("citations", "required: the paragraphs the case exercises, e.g. [A2]")
            return []
        if not words:
            self.error("citations", "name at least one paragraph, e.g. [A2]")
        out: list[str] = []
        for i, word in enumerate(words):
            citation = self.vocab.paragraph(word)
            if citation is None and (prong := self.vocab.prongs.get(_spelling(word))):
                citation = prong[1]
            if citation is None:
                self.error(
                    f"citations[{i}]",
                    f"{word!r} is not a paragraph of § 30-52-1 (e.g. A2, (C)(1), 30-52-1(E)) "
                    "or a federal prong (e.g. 1591a1_minor)",
                )
            elif citation not in out:
                out.append(citation)
        return out

    def _pattern(self, raw: Mapping[str, Any]) -> FactPattern | None:
        inline, named = raw.get("pattern"), raw.get("pattern_file")
        if inline is not None and named is not None:
            self.error("pattern_file", "give the fact pattern inline or by file, not both")
            return None
        if inline is None and named is None:
            self.error("pattern", "required: the fact pattern (inline), or pattern_file")
            return None
        if inline is not None:
            if not isinstance(inline, Mapping):
                self.error("pattern", "must be a fact pattern (a mapping of persons and conduct)")
                return None
            try:
                return from_dict(dict(inline), source=self.source)
            except InvalidFactPattern as exc:
                for e in exc.errors:
                    self.error(f"pattern.{e.loc}" if e.loc else "pattern", e.message)
                return None
        if not isinstance(named, str) or not named.strip():
            self.error("pattern_file", "must be a file name, relative to the case file")
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
        if not path.is_file():
            self.error("pattern_file", f"no such file: {named} (looked for {path})")
            return None
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
        if raw is None:
            self.error("expect", "required: the expected outcome per DEFENDANT/VICTIM")
            return [], []
        if not isinstance(raw, Mapping) or not raw:
            self.error("expect", "must map DEFENDANT/VICTIM to what is expected for the pair")
            return [], []
        acts: dict[tuple[str, str], list[str]] = {}
        if pattern is not None:
            for c in pattern.conduct:
                acts.setdefault((c.actor, c.person), []).append(c.id)
        by_label = {f"{d}/{v}": (d, v) for d, v in acts}
        checks: list[Check] = []
        pairs: list[tuple[str, str]] = []
        for key, value in raw.items():
            field = f"expect.{key}"
            pair = by_label.get(str(key))
            if pair is None:
                if "/" not in str(key):
                    self.error(field, "name the pair as DEFENDANT/VICTIM, e.g. D/V")
                    continue
                if pattern is not None:
                    known = ", ".join(by_label) or "none"
                    self.error(
                        field,
                        "no conduct of this defendant toward this victim in the fact pattern "
                        f"(the pairs are: {known})",
                    )
                    continue
                d, _, v = str(key).partition("/")
                pair = (d, v)
            pairs.append(pair)
            checks += self._pair(field, pair, value, acts.get(pair) if pattern else None)
        return checks, pairs

    def _pair(
        self, field: str, pair: tuple[str, str], raw: Any, acts: list[str] | None
    ) -> list[Check]:
        if not isinstance(raw, Mapping) or not raw:
            self.error(field, "must state at least one expectation, e.g. {A2: met, grade: second}")
            return []
        out: list[Check] = []
        seen: dict[str, str] = {}
        for key, value in raw.items():
            key = str(key)
            where = f"{field}.{key}"

            def check(what: What, expected: Any, k: str = key) -> Check:
                return Check(pair=pair, key=k, what=what, expected=expected)

            if key == "status":
                if self._status(where, value):
                    out.append(check("status", value))
            elif key in ("grade", "floor"):
                ok, grade = self._grade(where, value)
                if ok:
                    out.append(check("grade" if key == "grade" else "floor", grade))
            elif key == "possible":
                grades = self._grades(where, value)
                if grades is not None:
                    out.append(check("possible", grades))
            elif key == "grade_status":
                if self._grade_status(where, value):
                    out.append(check("grade_status", value))
            elif key == "grade_act":
                if value is None or self._act(where, value, acts, pair):
                    out.append(check("grade_act", value))
            elif key in ("remaining", "notes"):
                texts = self._texts(where, value)
                if texts is not None:
                    out.append(check("remaining" if key == "remaining" else "notes", texts))
            elif key == "counts":
                out += self._counts(where, pair, value, acts)
            elif key == "federal":
                out += self._federal(where, pair, value, acts)
            elif key == "accessories":
                out += self._accessories(where, pair, value)
            else:
                citation = self.vocab.offence(key)
                if citation is None:
                    self.error(
                        where,
                        f"unknown key: neither a paragraph of (A) ({self.vocab.offence_names}) "
                        f"nor one of {_names(_PAIR_WORDS)}",
                    )
                    continue
                if citation in seen:
                    self.error(where, f"{citation} is already stated as {seen[citation]}")
                    continue
                seen[citation] = key
                out += self._paragraph(where, key, pair, citation, value, "pair", None, acts)
        return out

    def _accessories(self, where: str, pair: tuple[str, str], raw: Any) -> list[Check]:
        """``{H: met}`` or ``{H: {status, grade, possible, bar}}``: the accessory finding of
        helper H of one of the pair's acts."""
        if not isinstance(raw, Mapping) or not raw:
            self.error(where, "must map each helper (person id) to a status or a mapping")
            return []
        out: list[Check] = []
        for helper, value in raw.items():
            at = f"{where}.{helper}"
            wanted = value if isinstance(value, Mapping) else {"status": value}
            for k, v in wanted.items():
                ok: bool
                expected: Any = v
                if k == "status":
                    ok = self._status(f"{at}.status", v)
                elif k == "grade":
                    ok, expected = self._grade(f"{at}.grade", v)
                elif k == "possible":
                    expected = self._grades(f"{at}.possible", v)
                    ok = expected is not None
                elif k == "bar":
                    ok = v in ("applies", "may_apply", None, "none")
                    expected = None if v in (None, "none") else v
                    if not ok:
                        self.error(f"{at}.bar", "write applies, may_apply or none")
                else:
                    self.error(
                        f"{at}.{k}", "unknown key; an accessory has status, grade, possible, bar"
                    )
                    continue
                if ok:
                    key = f"accessories.{helper}.{k}"
                    made = (str(helper), k, expected)
                    out.append(Check(pair=pair, key=key, what="accessory", expected=made))
        return out

    def _federal(
        self, where: str, pair: tuple[str, str], raw: Any, acts: list[str] | None
    ) -> list[Check]:
        words = ", ".join(FEDERAL_KEYS)
        if not isinstance(raw, Mapping) or not raw:
            self.error(where, f"must map federal prongs or laws to what is expected ({words})")
            return []
        out: list[Check] = []
        for key, value in raw.items():
            key = str(key)
            at = f"{where}.{key}"
            if key == "penalty":
                out += self._penalties(at, pair, value)
            elif key in ("side_by_side", "notes"):
                texts = self._texts(at, value)
                if texts is not None:
                    what: What = "side_by_side" if key == "side_by_side" else "federal_notes"
                    out.append(Check(pair, f"federal.{key}", what, texts))
            elif (law := self.vocab.laws.get(_spelling(key))) is not None:
                if self._status(at, value):
                    out.append(Check(pair, f"federal.{key}", "federal_law", value, law=law))
            elif (found := self.vocab.prongs.get(_spelling(key))) is not None:
                law, citation = found
                for c in self._paragraph(
                    at, f"federal.{key}", pair, citation, value, "pair", None, acts
                ):
                    out.append(replace(c, law=law))
            else:
                prongs = ", ".join(
                    dict.fromkeys(c.split(" § ")[-1] for _, c in self.vocab.prongs.values())
                )
                self.error(
                    at,
                    f"unknown key: neither a federal prong ({prongs}), a federal law "
                    f"(usc_1591, usc_1589, usc_1590) nor penalty, side_by_side, notes",
                )
        return out

    def _penalties(self, where: str, pair: tuple[str, str], raw: Any) -> list[Check]:
        if not isinstance(raw, Mapping) or not raw:
            self.error(where, "must map federal laws to the band expected, e.g. {usc_1591: (b)(2)}")
            return []
        out: list[Check] = []
        for key, value in raw.items():
            at = f"{where}.{key}"
            law = self.vocab.laws.get(_spelling(str(key)))
            if law is None:
                self.error(at, "not a federal law: write usc_1591, usc_1589 or usc_1590")
                continue
            if not isinstance(value, str) or not value.strip():
                self.error(at, f"the band, e.g. '(b)(2)', or one of {_names(PENALTY_WORDS)}")
                continue
            out.append(
                Check(pair, f"federal.penalty.{key}", "federal_penalty", value.strip(), law=law)
            )
        return out

    def _paragraph(
        self,
        where: str,
        key: str,
        pair: tuple[str, str],
        citation: str,
        raw: Any,
        scope: Scope,
        conduct: str | None,
        acts: list[str] | None,
    ) -> list[Check]:
        def check(what: What, expected: Any, k: str, element: str | None = None) -> Check:
            return Check(pair, k, what, expected, conduct, citation, element)

        if not isinstance(raw, Mapping):
            return [check("paragraph", raw, key)] if self._status(where, raw) else []
        allowed = [k for k in PARAGRAPH_KEYS if scope == "pair" or k != "deciding_act"]
        if not raw:
            self.error(where, f"must state at least one of: {_names(allowed)}")
            return []
        out: list[Check] = []
        for sub, value in raw.items():
            sub = str(sub)
            at = f"{where}.{sub}"
            if sub not in allowed:
                self.error(at, f"unknown key; a paragraph may state: {_names(allowed)}")
            elif sub == "status":
                if self._status(at, value):
                    out.append(check("paragraph", value, key))
            elif sub == "deciding_act":
                if self._act(at, value, acts, pair):
                    out.append(check("deciding_act", value, f"{key}.deciding_act"))
            elif sub == "remaining":
                texts = self._texts(at, value)
                if texts is not None:
                    out.append(check("paragraph_remaining", texts, f"{key}.remaining"))
            else:  # elements
                if not isinstance(value, Mapping) or not value:
                    self.error(at, "must map element keys to status words, e.g. {knowingly: met}")
                    continue
                known = self.vocab.elements.get(citation, ())
                for element, status in value.items():
                    element = str(element)
                    e_at = f"{at}.{element}"
                    if element not in known:
                        self.error(
                            e_at, f"not an element of {citation}; its elements: {_names(known)}"
                        )
                    elif self._status(e_at, status):
                        out.append(check("element", status, f"{key}.elements.{element}", element))
        return out

    def _counts(
        self, where: str, pair: tuple[str, str], raw: Any, acts: list[str] | None
    ) -> list[Check]:
        if not isinstance(raw, Mapping) or not raw:
            self.error(where, "must map each act (conduct id) to what it must show")
            return []
        out: list[Check] = []
        for cid, value in raw.items():
            cid = str(cid)
            at = f"{where}.{cid}"
            if not self._act(at, cid, acts, pair):
                continue
            if not isinstance(value, Mapping) or not value:
                self.error(at, "must state at least one expectation, e.g. {A2: met, grade: second}")
                continue
            seen: dict[str, str] = {}
            for key, v in value.items():
                key = str(key)
                k_at = f"{at}.{key}"
                label = f"counts.{cid}.{key}"

                def check(what: What, expected: Any, k: str = label, c: str = cid) -> Check:
                    return Check(pair, k, what, expected, conduct=c)

                if key == "status":
                    if self._status(k_at, v):
                        out.append(check("status", v))
                elif key == "grade":
                    ok, grade = self._grade(k_at, v)
                    if ok:
                        out.append(check("grade", grade))
                elif key == "possible":
                    grades = self._grades(k_at, v)
                    if grades is not None:
                        out.append(check("possible", grades))
                elif key == "grade_status":
                    if self._grade_status(k_at, v):
                        out.append(check("grade_status", v))
                elif key == "statute_version":
                    if _none(v) or self._version_id(k_at, v) is not None:
                        out.append(check("statute_version", None if _none(v) else str(v)))
                elif key == "victim_age":
                    if _none(v) or (isinstance(v, str | int) and not isinstance(v, bool)):
                        out.append(check("victim_age", None if _none(v) else str(v)))
                    else:
                        self.error(k_at, "must be the age in words, e.g. 15 or '12 to 13'")
                else:
                    citation = self.vocab.offence(key)
                    if citation is None:
                        self.error(
                            k_at,
                            "unknown key: neither a paragraph of (A) "
                            f"({self.vocab.offence_names}) nor one of {_names(_COUNT_WORDS)}",
                        )
                        continue
                    if citation in seen:
                        self.error(k_at, f"{citation} is already stated as {seen[citation]}")
                        continue
                    seen[citation] = key
                    out += self._paragraph(k_at, label, pair, citation, v, "count", cid, acts)
        return out

    # --- words --------------------------------------------------------------------------

    def _status(self, where: str, value: Any) -> bool:
        if isinstance(value, str) and value in STATUSES:
            return True
        self.error(where, f"{value!r} is not a status; write met, not_met or undetermined")
        return False

    def _grade(self, where: str, value: Any) -> tuple[bool, str | None]:
        ok, grade = self.vocab.grade(value)
        if not ok:
            words = ", ".join(dict.fromkeys(self.vocab.grade_short.values()))
            self.error(where, f"{value!r} is not a grade; write {words} or none")
        return ok, grade

    def _grades(self, where: str, value: Any) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            self.error(where, "must be a list of grades, e.g. [second, first] ([] for none)")
            return None
        out: list[str] = []
        for i, word in enumerate(value):
            ok, grade = self._grade(f"{where}[{i}]", word)
            if ok and grade is None:
                self.error(f"{where}[{i}]", "list the grades possible; [] for none")
            elif ok and grade is not None:
                out.append(grade)
        return tuple(out) if len(out) == len(value) else None

    def _grade_status(self, where: str, value: Any) -> bool:
        if isinstance(value, str) and value in GRADE_STATUSES:
            return True
        self.error(where, f"{value!r} is not a grade status; write {_names(GRADE_STATUSES)}")
        return False

    def _texts(self, where: str, value: Any) -> tuple[str, ...] | None:
        if not isinstance(value, list) or not value:
            self.error(where, "must be a list of one or more texts")
            return None
        if not all(isinstance(v, str) and v.strip() for v in value):
            self.error(where, "every item must be text")
            return None
        return tuple(v.strip() for v in value)

    def _act(self, where: str, value: Any, acts: list[str] | None, pair: tuple[str, str]) -> bool:
        if not isinstance(value, str) or not value:
            self.error(where, "must be the id of an act (conduct)")
            return False
        if acts is not None and value not in acts:
            self.error(
                where,
                f"no act {value!r} of {pair[0]} toward {pair[1]}; their acts: {_names(acts)}",
            )
            return False
        return True
