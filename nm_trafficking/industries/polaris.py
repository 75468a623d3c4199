"""Polaris, The Typology of Modern Slavery (2017): the 25 types, numbered as Polaris numbers them.

Names and numbering VERIFIED in the project's research notes (§4.1); the form (sex, labor or
both) is VERIFIED for types 1-4, 6, 12, 18, 24, 25 and inferred from the name for the others."""

from __future__ import annotations

from typing import Literal

Form = Literal["sex", "labor", "sex_and_labor"]

POLARIS_TYPES: dict[int, tuple[str, Form]] = {
    1: ("Escort Services", "sex"),
    2: ("Illicit Massage, Health & Beauty", "sex_and_labor"),
    3: ("Outdoor Solicitation", "sex"),
    4: ("Residential", "sex"),
    5: ("Domestic Work", "labor"),
    6: ("Bars, Strip Clubs & Cantinas", "sex_and_labor"),
    7: ("Pornography", "sex"),
    8: ("Traveling Sales Crews", "labor"),
    9: ("Restaurants & Food Service", "labor"),
    10: ("Peddling & Begging", "labor"),
    11: ("Agriculture & Animal Husbandry", "labor"),
    12: ("Personal Sexual Servitude", "sex"),
    13: ("Health & Beauty Services", "labor"),
    14: ("Construction", "labor"),
    15: ("Hotels & Hospitality", "labor"),
    16: ("Landscaping", "labor"),
    17: ("Illicit Activities", "labor"),
    18: ("Arts & Entertainment", "labor"),
    19: ("Commercial Cleaning Services", "labor"),
    20: ("Factories & Manufacturing", "labor"),
    21: ("Remote Interactive Sexual Acts", "sex"),
    22: ("Carnivals", "labor"),
    23: ("Forestry & Logging", "labor"),
    24: ("Health Care", "labor"),
    25: ("Recreational Facilities", "labor"),
}
FORM_VERIFIED = frozenset({1, 2, 3, 4, 6, 12, 18, 24, 25})
