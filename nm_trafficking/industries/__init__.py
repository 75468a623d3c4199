"""The seed's New Mexico industries, grouped sex / labor, crosswalked to the Polaris typology
(all 25 types in ``polaris``) and to the HTCDS labour and sex exploitation types.

Industries feed screening (which purposes are likely: labor and services, or commercial sexual
activity); they never decide a paragraph of § 30-52-1."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from nm_trafficking.industries.polaris import FORM_VERIFIED, POLARIS_TYPES
from nm_trafficking.packaged import find, load_rows


class Industry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    group: Literal["sex", "labor"]
    name: str
    seed_wording: str
    polaris: tuple[int, ...]
    htcds_labour: tuple[str, ...] = ()
    htcds_sex: tuple[str, ...] = ()
    confidence: Literal["PROPOSED", "REVIEWED"] = "PROPOSED"
    note: str | None = None

    @property
    def polaris_names(self) -> tuple[str, ...]:
        return tuple(POLARIS_TYPES[n][0] for n in self.polaris)

    @property
    def polaris_labels(self) -> tuple[str, ...]:
        """``"11 Agriculture & Animal Husbandry"``, one per Polaris type."""
        return tuple(f"{n} {POLARIS_TYPES[n][0]}" for n in self.polaris)


@cache
def industries() -> tuple[Industry, ...]:
    """Every seed industry, in the seed's order (sex group first)."""
    return load_rows(__package__, "data/industries.yaml", Industry)


def industry(industry_id: str) -> Industry:
    return find(industries(), industry_id, "industry")


__all__ = ["FORM_VERIFIED", "POLARIS_TYPES", "Industry", "industries", "industry"]
