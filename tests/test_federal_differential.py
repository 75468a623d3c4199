"""The federal sections against the independent reading in ``tests/oracle_federal.py``, on
generated patterns with federal facts and dates across the federal texts' periods."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nm_trafficking import FactPattern, InvalidFactPattern, assess
from tests import oracle_federal
from tests.federal_strategies import federal_dates, federal_patterns

TODAY = date(2026, 11, 28)
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))

SHORT = {
    "18 U.S.C. § 1591(a)(1) force, fraud or coercion": "1591_a1_means",
    "18 U.S.C. § 1591(a)(1) minor": "1591_a1_minor",
    "18 U.S.C. § 1591(a)(2) force, fraud or coercion": "1591_a2_means",
    "18 U.S.C. § 1591(a)(2) minor": "1591_a2_minor",
    "18 U.S.C. § 1589(a)": "1589_a",
    "18 U.S.C. § 1589(b)": "1589_b",
    "18 U.S.C. § 1590(a)": "1590_a",
}


def _engine(pattern: FactPattern, as_of: date | None) -> dict[tuple[str, str], dict[str, object]]:
    out: dict[tuple[str, str], dict[str, object]] = {}
    for f in assess(pattern, as_of=as_of, today=TODAY, law="federal").findings:
        row: dict[str, object] = {}
        penalties: dict[str, tuple[str, tuple[str, ...]]] = {}
        for law in f.jurisdictions.values():
            for citation, prong in law.prongs.items():
                row[SHORT[citation]] = prong.status
            for c in law.counts:
                if c.status == "not_met":
                    continue
                # §§ 1589, 1590 by the band's kind (a band of the 2000 text of § 1589 and one of
                # § 1589(d) of the same kind are each named, in their own provisions: one kind)
                bands = tuple(
                    dict.fromkeys(
                        b.split()[-1] if law.law != "usc_1591" else b for b in c.penalty.possible
                    )
                )
                penalties[f"{law.law.removeprefix('usc_')}:{c.conduct}"] = (c.penalty.status, bands)
        row["penalties"] = penalties
        out[(f.defendant, f.victim)] = row
    return out


def _expected(pattern: FactPattern, as_of: date | None) -> dict[tuple[str, str], dict[str, object]]:
    found = oracle_federal.read(pattern, as_of, TODAY)
    for (d, v), row in found.items():
        acts = {c.id: c for c in pattern.conduct if (c.actor, c.person) == (d, v)}
        penalties = row["penalties"]
        assert isinstance(penalties, dict)
        for key, (_status, bands) in list(penalties.items()):
            law, cid = key.split(":")
            index = next(i for i, c in enumerate(pattern.conduct) if c.id == cid)
            statuses = {
                "1591": oracle_federal.statuses_1591,
                "1589": oracle_federal.statuses_1589,
                "1590": oracle_federal.statuses_1590,
            }[law](pattern, index, as_of, TODAY)
            met = "met" in statuses.values()
            if not met:  # an open count: "if established", never determined
                penalties[key] = ("undetermined", bands)
        del acts
    return found


@pytest.mark.statute(
    "18 U.S.C. § 1591(a)(1) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(1) minor",
    "18 U.S.C. § 1591(a)(2) force, fraud or coercion",
    "18 U.S.C. § 1591(a)(2) minor",
    "18 U.S.C. § 1589(a)",
    "18 U.S.C. § 1589(b)",
    "18 U.S.C. § 1590(a)",
)
@given(federal_patterns(), st.one_of(st.none(), federal_dates))
@SETTINGS
def test_the_federal_sections_agree_with_the_plain_reading(
    pattern: FactPattern, as_of: date | None
) -> None:
    try:
        found = _engine(pattern, as_of)
    except InvalidFactPattern as exc:  # as_of before the victim can have been born
        assert as_of is not None and "before person" in str(exc)
        return
    assert found == _expected(pattern, as_of)


@given(federal_patterns())
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_state_fields_do_not_depend_on_the_laws_chosen(pattern: FactPattern) -> None:
    """§ 30-52-1's fields are the same whether it is assessed alone or beside the federal
    sections; federal facts never change them."""
    alone = assess(pattern, today=TODAY, law="nm").to_dict(detail="full")
    both = assess(pattern, today=TODAY).to_dict(detail="full")
    for a, b in zip(alone["findings"], both["findings"], strict=True):
        for key in ("status", "subsections", "counts", "grade", "grade_floor", "grade_possible"):
            assert a[key] == b[key]
        assert a["jurisdictions"] == {} and set(b["jurisdictions"]) == {
            "usc_1591",
            "usc_1589",
            "usc_1590",
        }
