"""Each act of conduct in its legal context: the version of § 30-52-1 that applies, whether it
was in force, the dates the act can have happened on, and the victim's age at the act.

This is where the conduct's date meets the statute's dates (``nm_trafficking.statute``) and the
victim's birth meets the age rule (``reasoning.ages``). Everything the rules then decide about
the act's date and age is computed here once, in Python, and handed to the engine as plain facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from typing import Generic, TypeVar

from nm_trafficking import statute
from nm_trafficking.citations import text_named
from nm_trafficking.errors import LATER_DAY, FieldError, InvalidFactPattern, NoStatuteInForce
from nm_trafficking.facts.conduct import Conduct
from nm_trafficking.facts.pattern import FactPattern, age_errors
from nm_trafficking.facts.persons import Person, Role
from nm_trafficking.facts.truth import Truth
from nm_trafficking.reasoning.ages import (
    AgeRange,
    BirthWindow,
    age_at,
    birth_window,
    plain_age_at,
    plain_age_births,
)
from nm_trafficking.statute import ages as age_rule
from nm_trafficking.statute import caches
from nm_trafficking.statute.model import Law, StatuteVersion, TextVersion

_DAY = timedelta(days=1)

# Enum members read once, for the per-act paths: in CPython 3.11 reading a member through its
# class (Truth.TRUE) costs about ten times reading a module global.
_TRUE, _FALSE, _UNKNOWN = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN
_CONSUMER = Role.CONSUMER
_OPEN = age_rule.LeapDayBirthday.OPEN

V = TypeVar("V", bound=TextVersion)


@dataclass(slots=True)
class ActContext(Generic[V]):
    """One act of conduct, ready for the rules, with the context its verdict needs (under
    § 30-52-1, ``V`` is :class:`StatuteVersion`; under a federal section, the federal text or
    period that applies)."""

    index: int
    conduct: Conduct
    version: V
    """The version the act is judged under: the one in force on its date; for an act before
    the first version, the first version (and ``in_force`` is false); for an undated act, the
    newest in force on a day it can have happened on (when it can have happened under several
    texts, it is judged under each of them: ``candidates``)."""
    in_force: Truth
    day: date | None
    """The act's date: stated, or the caller's ``as_of`` when the act has none."""
    date_assumed: bool
    first_day: date | None
    """The earliest date the act can have happened on (= ``day`` when known)."""
    last_day: date | None
    """The latest date the act can have happened on (= ``day`` when known)."""
    age: AgeRange | None
    buyer: Truth = Truth.FALSE
    """The actor acted as a buyer (the act is his own purchase): ``as_buyer`` when stated, else
    true when the actor has the consumer role. Never unknown (the rules test both values)."""
    today: date | None = None
    """The day of the assessment (limitation warnings are dated against it)."""
    birth: BirthWindow | None = None
    """The victim's possible births (under the configured 29 February rule), from which ``age``
    is computed: a birth date, an age on a date, or a plain age over the acts toward them."""
    window: TextVersion | None = None
    """Set when the act falls in a period where which of several texts applied is UNVERIFIED
    and every one of them gives it the same result: that period (``version`` is then the
    newest of those texts)."""
    candidates: tuple[ActContext[V], ...] = ()
    """For an undated act whose possible days span several texts of § 30-52-1: its context
    under each of them (oldest first), each over the days that text was in force; the act is
    judged under every one (``reasoning.undated``), and ``version`` is the newest. Under a
    federal section (``law_contexts``): its context under each text or period of the section
    its possible days fall in."""
    ages: Callable[[date, date | None], AgeRange | None] | None = None
    """For an undated act toward a victim whose birth the facts bound by themselves (a birth
    date, or an age on a date): the victim's possible ages over any days, from which each
    federal text the act may fall under gets the age on its own days. ``None`` otherwise (a
    plain age is read over the acts, so it bounds no undated act's days)."""

    @property
    def version_in_force(self) -> V | None:
        """The version in force at the act, ``None`` when the act is dated before any."""
        return None if self.in_force is Truth.FALSE else self.version

    def when(self) -> str:
        """The act's date in words, for explanations."""
        if self.day is not None:
            assumed = ", not stated: the date assumed for undated acts" if self.date_assumed else ""
            return f"{self.day.isoformat()}{assumed}"
        if self.first_day is None:
            return "date not stated"
        last = self.last_day.isoformat() if self.last_day is not None else "today"
        if (
            self.in_force is Truth.UNKNOWN
            and not self.candidates
            and self.version.encoded  # (a federal period with no text is dated by itself)
            and self.first_day <= self.version.in_force_from
        ):
            # The window starts at the text's start only because the act is judged under it:
            # the act itself may be older.
            return (
                f"date not stated: if this text applied, between {self.first_day.isoformat()} "
                f"and {last}; the act may also predate it"
            )
        return f"date not stated: between {self.first_day.isoformat()} and {last}"


def _windows(person: Person) -> tuple[BirthWindow | None, BirthWindow | None, BirthWindow | None]:
    """The birth window under the configured rule, and (only when the open 29 February point
    can matter) under each of the two readings."""
    configured = age_rule.LEAP_DAY_BIRTHDAY
    main = _window(person, configured)
    if configured is not _OPEN or main is None:
        return main, None, None
    born = person.birth_date
    if born is not None and (born.month != 2 or born.day != 29):
        return main, None, None
    return (
        main,
        _window(person, age_rule.LeapDayBirthday.MARCH_1),
        _window(person, age_rule.LeapDayBirthday.FEBRUARY_28),
    )


def _window(person: Person, rule: age_rule.LeapDayBirthday) -> BirthWindow | None:
    return birth_window(
        person_id=person.id,
        birth_date=person.birth_date,
        age=person.age,
        age_on_date=person.age_on,
        leap_day=rule,
    )


def _age(
    person: Person,
    windows: tuple[BirthWindow | None, BirthWindow | None, BirthWindow | None],
    first: date | None,
    last: date | None,
) -> AgeRange | None:
    main, mar1, feb28 = windows
    found = age_at(main, person.age, person.id, first, last, age_rule.LEAP_DAY_BIRTHDAY)
    if found is None or mar1 is None or feb28 is None:
        return found
    a = age_at(mar1, person.age, person.id, first, last, age_rule.LeapDayBirthday.MARCH_1)
    b = age_at(feb28, person.age, person.id, first, last, age_rule.LeapDayBirthday.FEBRUARY_28)
    if a is not None and b is not None and (a.lo, a.hi) != (b.lo, b.hi):
        return AgeRange(found.lo, found.hi, found.source, leap_day_open=True)
    return found


def contexts(
    pattern: FactPattern,
    *,
    as_of: date | None = None,
    today: date | None = None,
    versions: tuple[StatuteVersion, ...] | None = None,
) -> list[ActContext[StatuteVersion]]:
    """One context per act of conduct, in the pattern's order.

    ``as_of`` is the date assumed for undated acts. Without it, an undated act can have happened
    on any day from the victim's earliest possible birth (or the first text's start, if later)
    to ``today`` (the day of the assessment): it is judged under every text in force on one of
    those days (§ 30-52-1's texts as the federal sections' are, ``law_contexts``: placed under
    one text only when every possible day falls in its period).
    Raises :class:`InvalidFactPattern` when an act's
    date (stated or assumed) falls before the victim can have been born, or after ``today``
    (conduct cannot postdate the assessment: a typed 2062 for 2026 would silently change the
    victim's age), when a birth date or the date of a stated age is after ``today``, and when a
    plain age given with a birth date is no age the person had from the birth to ``today`` (an
    undated act toward them: ``facts.pattern.age_errors``)."""
    today = today or date.today()
    versions = versions if versions is not None else statute.VERSIONS
    persons = {p.id: p for p in pattern.persons}
    errors: list[FieldError] = _future_dates(pattern, as_of, today) + age_errors(pattern, today)
    windows: dict[str, tuple[BirthWindow | None, BirthWindow | None, BirthWindow | None]] = {}
    out: list[ActContext[StatuteVersion]] = []
    candidates: list[tuple[int, tuple[StatuteVersion, ...], Person]] = []
    for index, conduct in enumerate(pattern.conduct):
        victim = persons[conduct.person]
        if victim.id not in windows:
            windows[victim.id] = _windows(victim)
        window = windows[victim.id][0]
        day = conduct.date if conduct.date is not None else as_of
        first: date | None
        last: date | None
        if day is not None:
            if window is not None and day < window.earliest:
                # the dates are not repeated (error messages name fields, not values)
                what = "the date" if conduct.date is not None else f"as_of ({day}), the date"
                by = "birth_date" if window.earliest == window.latest else "the age given"
                errors.append(
                    FieldError(
                        f"conduct[{index}].date",
                        f"{what} is before person {victim.id!r} can have been born (by {by})",
                    )
                )
                continue
            if day > today:
                continue  # reported by _future_dates
            try:
                version, in_force = statute.version_for(day, versions), _TRUE
            except NoStatuteInForce:
                version, in_force = versions[0], _FALSE
            first = last = day
        else:
            earliest = window.earliest if window is not None else None
            spanned = statute.versions_between(earliest, today, versions)
            version = spanned[-1]
            first, last, in_force = _undated_span(spanned[0], version, window, today)
            if len(spanned) > 1:
                candidates.append((len(out), spanned, victim))
        age = _age(victim, windows[victim.id], first, last)
        # fields by position, named in the comments: a class called with keywords goes
        # through a dict of them
        out.append(
            ActContext(
                index,
                conduct,
                version,
                in_force,
                day,
                conduct.date is None and day is not None,  # date_assumed
                first,  # first_day
                last,  # last_day
                age,
                _buyer(conduct, persons[conduct.actor]),  # buyer
                today,
                window,  # birth
                None,  # window (a period of federal texts: reasoning.jurisdictions)
                (),  # candidates (set below)
                None  # ages
                if day is not None or window is None or _plain(victim)
                else partial(_age, victim, windows[victim.id]),
            )
        )
    if errors:
        raise InvalidFactPattern(errors)
    _plain_ages(pattern, out)
    for at, spanned, victim in candidates:
        out[at].candidates = _candidates(out[at], spanned, victim, windows[victim.id], today)
    return out


def _undated_span(
    oldest: StatuteVersion, newest: StatuteVersion, window: BirthWindow | None, today: date
) -> tuple[date | None, date | None, Truth]:
    """The days an undated act judged under the texts from ``oldest`` to ``newest`` can have
    happened on, and whether the text was in force (unknown when the act may predate them;
    false when the assessment's day is before them, which only the federal sections allow:
    the days then run from the victim's earliest birth, ``None`` when not known, to today)."""
    first = oldest.in_force_from
    if today < first:  # assessed before the text (federal sections alone): from the birth
        return (window.earliest if window is not None else None), today, Truth.FALSE
    if window is not None and window.earliest > first:
        first = window.earliest
    last: date | None = today
    if newest.in_force_until is not None and newest.in_force_until - _DAY < today:
        last = newest.in_force_until - _DAY
    if last is not None and last < first:
        last = None  # the victim's earliest birth is after today: no upper bound
    in_force = (
        Truth.TRUE
        if window is not None and window.earliest >= oldest.in_force_from
        else Truth.UNKNOWN
    )
    return first, last, in_force


def _candidates(
    ctx: ActContext[StatuteVersion],
    spanned: tuple[StatuteVersion, ...],
    victim: Person,
    windows: tuple[BirthWindow | None, BirthWindow | None, BirthWindow | None],
    today: date,
) -> tuple[ActContext[StatuteVersion], ...]:
    """The undated act's context under each text it may fall under, over that text's days."""
    # A plain age (no birth date, no date for it) is read over every act toward the person:
    # its range over the whole span is kept under each text (the conservative reading).
    plain = _plain(victim)
    out: list[ActContext[StatuteVersion]] = []
    for version in spanned:
        first, last, in_force = _undated_span(version, version, windows[0], today)
        if version is not spanned[0]:
            in_force = Truth.TRUE  # the act falls in this text's period if it applied at all
        age = ctx.age if plain else _age(victim, windows, first, last)
        out.append(
            ActContext(
                index=ctx.index,
                conduct=ctx.conduct,
                version=version,
                in_force=in_force,
                day=None,
                date_assumed=False,
                first_day=first,
                last_day=last,
                age=age,
                buyer=ctx.buyer,
                today=ctx.today,
                birth=ctx.birth,
            )
        )
    return tuple(out)


def _plain(victim: Person) -> bool:
    """The victim's age is a plain age (no birth date, no date it held on)."""
    return victim.age is not None and victim.age_on is None and victim.birth_date is None


def _buyer(conduct: Conduct, actor: Person) -> Truth:
    """Whether the act is the actor's own purchase: the stated fact, else the consumer role."""
    if conduct.as_buyer is not _UNKNOWN:
        return conduct.as_buyer
    return _TRUE if _CONSUMER in actor.roles else _FALSE


def _plain_ages(pattern: FactPattern, out: list[ActContext[StatuteVersion]]) -> None:
    """A plain ``age`` (no ``age_on``, no birth date) is the age at one of the acts toward the
    person, which one not stated: each act gets the range over every reading."""
    plain = {p.id: p.age for p in pattern.persons if _plain(p) and p.age is not None}
    if not plain:
        return
    toward: dict[str, list[ActContext[StatuteVersion]]] = {}
    for ctx in out:
        if ctx.conduct.person in plain:
            toward.setdefault(ctx.conduct.person, []).append(ctx)
    for person_id, ctxs in toward.items():
        plain_age = plain[person_id]
        spans = [(c.first_day, c.last_day) for c in ctxs]
        # The days each act can have happened on, which date the birth: an undated act is
        # judged from the text's start, but the stated age may be its age at an earlier day.
        possible = [
            (c.first_day, c.last_day) if c.day is not None else (None, c.today) for c in ctxs
        ]
        ranges = _with_leap_day_readings(
            plain_age,
            person_id,
            (spans, possible),
            plain_age_at(plain_age, person_id, spans, age_rule.LEAP_DAY_BIRTHDAY, possible),
        )
        births = plain_age_births(plain_age, person_id, possible, age_rule.LEAP_DAY_BIRTHDAY)
        for ctx, age in zip(ctxs, ranges, strict=True):
            ctx.age = age
            ctx.birth = births


def _with_leap_day_readings(
    age: int,
    person_id: str,
    days: tuple[list[tuple[date | None, date | None]], list[tuple[date | None, date | None]]],
    ranges: list[AgeRange],
) -> list[AgeRange]:
    """While the 29 February point is open, a plain age's ranges (over several acts) with the
    two readings where they differ: a birth on 29 February can be one the facts allow, and the
    readings then move the ends of a range (issue 19). ``days``: the spans each act is judged
    over and the days each can have happened on (:func:`plain_age_at`)."""
    spans, possible = days
    if age_rule.LEAP_DAY_BIRTHDAY is not age_rule.LeapDayBirthday.OPEN or len(spans) < 2:
        return ranges
    mar1 = plain_age_at(age, person_id, spans, age_rule.LeapDayBirthday.MARCH_1, possible)
    feb28 = plain_age_at(age, person_id, spans, age_rule.LeapDayBirthday.FEBRUARY_28, possible)
    return [
        replace(r, leap_day_readings=((a.lo, a.hi), (b.lo, b.hi)))
        if (a.lo, a.hi) != (b.lo, b.hi)
        else r
        for r, a, b in zip(ranges, mar1, feb28, strict=True)
    ]


def _future_dates(pattern: FactPattern, as_of: date | None, today: date) -> list[FieldError]:
    """Dates after the day of the assessment: conduct, an assumed date, births, stated ages."""
    late: list[tuple[str, date]] = []
    for i, c in enumerate(pattern.conduct):
        if c.date is not None and c.date > today:
            late.append((f"conduct[{i}].date", c.date))
    if as_of is not None and as_of > today and any(c.date is None for c in pattern.conduct):
        late.append(("as_of", as_of))
    for i, p in enumerate(pattern.persons):
        if p.birth_date is not None and p.birth_date > today:
            late.append((f"persons[{i}].birth_date", p.birth_date))
        if p.age_on is not None and p.age_on > today:
            late.append((f"persons[{i}].age_on", p.age_on))
    if not late:
        return []
    later = (  # the date is not repeated (error messages name fields, not values)
        f"the date is after the day of the assessment ({today.isoformat()}): a date cannot be later"
    )
    return [FieldError(where, later, remedy=LATER_DAY) for where, _ in late]


_TRUTH = {True: Truth.TRUE, False: Truth.FALSE, None: Truth.UNKNOWN}

_Period = tuple[date, date | None, TextVersion, bool | None]
_PERIODS: dict[str, tuple[Law, tuple[_Period, ...]]] = caches.kept({})
"""Each law's periods in the order ``Law.version_for`` tries them (gaps, versions, the period
before the section existed), with their dates: by the law's id, made once per law object."""


def _periods(law: Law) -> tuple[_Period, ...]:
    found = _PERIODS.get(law.id)
    if found is not None and found[0] is law:
        return found[1]
    periods: list[_Period] = [(g.in_force_from, g.in_force_until, g, None) for g in law.gaps]
    periods += [(v.in_force_from, v.in_force_until, v, True) for v in law.versions]
    if law.before is not None:
        periods.append((law.before.in_force_from, law.before.in_force_until, law.before, False))
    _PERIODS[law.id] = (law, tuple(periods))
    return _PERIODS[law.id][1]


def _text_for(law: Law, day: date) -> tuple[TextVersion, bool | None]:
    """``law.version_for(day)``, from the law's periods worked out once."""
    for start, until, version, flag in _periods(law):
        if start <= day and (until is None or day < until):
            return version, flag
    return law.versions[0], False


def _same_offences(law: Law, first: TextVersion, last_day: date) -> bool:
    """Every day from ``first``'s period to ``last_day`` falls under texts with the same
    offenses (e.g. § 1591 of April and of December 2018, which differ only in (d))."""
    last = _text_for(law, last_day)[0]
    if last is first:
        return True
    if not (first.encoded and last.encoded):
        return False
    periods = law.all_versions
    span = periods[periods.index(first) : periods.index(last) + 1]
    rules = _rules(last)
    return all(v.encoded and _rules(v) == rules for v in span)


def _rules(version: TextVersion) -> tuple[object, ...]:
    """What decides each element of each offense of ``version`` (its tests, not its words)."""
    return tuple(
        (o.citation, tuple((e.key, e.established, e.defeated) for e in o.elements))
        for o in version.offences
    )


def law_contexts(law: Law, ctxs: list[ActContext[StatuteVersion]]) -> list[ActContext[TextVersion]]:
    """Each act's context under another law (a federal section), from its context under
    § 30-52-1: the same act, day and victim's age; the text of ``law`` for that day (a version
    in force, a period with no text encoded, or the period before the section existed).

    An undated act (no date, no ``as_of``) is placed in one period of ``law`` when every day it
    can have happened on (from the victim's earliest birth to the day of the assessment) falls
    in that period (or in texts with the same offenses). When its days span several, and the
    facts bound the victim's birth by themselves (``ActContext.ages``), it is judged under each
    text or period they fall in (``candidates``: each over its own days, with the victim's age
    on them; a period where which of two texts applied is UNVERIFIED gives both texts), and the
    verdicts are combined (``reasoning.undated.combine``) as § 30-52-1's are. With no birth
    bound (no age, or a plain age with no date it held on), its days run back before the
    section existed, through every period: it is judged under each of them the same way, with
    the age stated (if any) under each, so that a less precise age never removes a penalty a
    more precise one leaves possible (review P F2). Where no such days can be drawn (no last
    day), it is judged under ``law.undated`` (every element undetermined but what every text
    defeats), never under a text it may not have fallen under."""
    out: list[ActContext[TextVersion]] = []
    nm_start = statute.VERSIONS[0].in_force_from
    undated = law.undated
    for ctx in ctxs:
        version: TextVersion
        age = ctx.age
        first, last = ctx.first_day, ctx.last_day
        candidates: tuple[ActContext[TextVersion], ...] = ()
        if ctx.day is not None:
            version, flag = _text_for(law, ctx.day)
            in_force = _TRUTH[flag]
        else:
            # Only a known earliest birth after the state text's start bounds the dates.
            known = first is not None and first > nm_start and last is not None
            version, flag = _text_for(law, first) if known and first else (law.versions[-1], None)
            spans = _spans(law, ctx)
            if known and last is not None and _same_offences(law, version, last):
                version, flag = _text_for(law, last)
                in_force = _TRUTH[flag]
            elif len(spans) > 1:
                candidates = tuple(_under(ctx, text, truth, a, b) for text, truth, a, b in spans)
                version = spans[-1][0]
                in_force = Truth.TRUE if all(s[1] is Truth.TRUE for s in spans) else Truth.UNKNOWN
                first = candidates[0].first_day
                # the age over the days the act is judged on here (not the state window's)
                if ctx.ages is not None and first is not None and last is not None:
                    age = ctx.ages(first, last)
            elif undated is not None:
                version, in_force, age = undated, Truth.UNKNOWN, None
                first = first if known else None
            else:
                version, in_force = law.versions[-1], Truth.UNKNOWN
        out.append(
            ActContext(
                index=ctx.index,
                conduct=ctx.conduct,
                version=version,
                in_force=in_force,
                day=ctx.day,
                date_assumed=ctx.date_assumed,
                first_day=first,
                last_day=last,
                age=age,
                buyer=ctx.buyer,
                today=ctx.today,
                birth=ctx.birth,
                candidates=candidates,
            )
        )
    return out


def text_name(version: TextVersion) -> str:
    """A text by its name (:func:`citations.text_named`), or a period with no text by its title
    (which says why)."""
    return text_named(version) if version.encoded else f"the period '{version.citation}'"


_Span = tuple[TextVersion, Truth, date, date]
"""A text (or period) an undated act may fall under, whether it was in force, and the first
and last day of the act's possible days under it."""


def _spans(law: Law, ctx: ActContext[StatuteVersion]) -> list[_Span]:
    """The texts and periods of ``law`` the undated act of ``ctx`` may fall under, oldest
    first (empty for a dated act, or one with no last day): each period's days from the
    earliest birth to the last possible day; a period whose candidate texts may each have
    applied (``FederalVersion.candidates``) gives each of them; neighbouring texts with the
    same offenses are one (the later). With no birth bound (``ActContext.ages`` unset: no age,
    or a plain age), the days run from the law's first period (before the section existed)."""
    if ctx.day is not None or ctx.last_day is None:
        return []
    bounded = ctx.ages is not None and ctx.birth is not None
    first = (
        ctx.birth.earliest
        if bounded and ctx.birth is not None
        else law.all_versions[0].in_force_from
    )
    last = ctx.last_day
    if last < first:
        return []
    cuts = sorted(
        {first}
        | {
            d
            for start, until, _, _ in _periods(law)
            for d in (start, until)
            if d is not None and first < d <= last
        }
    )
    found: dict[str, _Span] = {}
    for a, b in zip(cuts, [*cuts[1:], last + _DAY], strict=True):
        text, flag = _text_for(law, a)
        each: tuple[TextVersion, ...] = getattr(text, "candidates", ())
        for t, truth in [(c, Truth.TRUE) for c in each] or [(text, _TRUTH[flag])]:
            seen = found.get(t.id)
            found[t.id] = (t, truth, seen[2] if seen else a, b - _DAY)
    spans: list[_Span] = []
    for t, truth, a, b in sorted(found.values(), key=lambda x: x[2]):
        if spans and spans[-1][0].encoded and t.encoded and _rules(spans[-1][0]) == _rules(t):
            spans[-1] = (t, truth, spans[-1][2], b)
        else:
            spans.append((t, truth, a, b))
    return spans


def _under(
    ctx: ActContext[StatuteVersion], text: TextVersion, in_force: Truth, first: date, last: date
) -> ActContext[TextVersion]:
    """The undated act of ``ctx`` under one text (or period) of a federal section, over the
    days ``first`` to ``last``, with the victim's age on them (with no birth bound: the age
    stated, if any, as under every text; no first day where the days run back without end)."""
    return ActContext(
        index=ctx.index,
        conduct=ctx.conduct,
        version=text,
        in_force=in_force,
        day=None,
        date_assumed=False,
        first_day=None if first == date.min else first,
        last_day=last,
        age=ctx.ages(first, last) if ctx.ages is not None else ctx.age,
        buyer=ctx.buyer,
        today=ctx.today,
        birth=ctx.birth,
    )
