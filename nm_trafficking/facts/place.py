"""Where an act took place: one of New Mexico's 33 counties, or outside New Mexico.

§ 30-52-1(B) names "the district attorney in the county of jurisdiction"; the county of each
act is a fact to state (absent: unknown). Which county is the county of jurisdiction (venue),
and which district attorney serves it, are not in the library's sources and are never decided
here. The county list is this enum alone (the workbench's catalogue reads it).
"""

from __future__ import annotations

import difflib
import unicodedata
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema


class County(StrEnum):
    """A county of New Mexico by its proper name, or ``outside New Mexico``."""

    BERNALILLO = "Bernalillo"
    CATRON = "Catron"
    CHAVES = "Chaves"
    CIBOLA = "Cibola"
    COLFAX = "Colfax"
    CURRY = "Curry"
    DE_BACA = "De Baca"
    DONA_ANA = "Doña Ana"
    EDDY = "Eddy"
    GRANT = "Grant"
    GUADALUPE = "Guadalupe"
    HARDING = "Harding"
    HIDALGO = "Hidalgo"
    LEA = "Lea"
    LINCOLN = "Lincoln"
    LOS_ALAMOS = "Los Alamos"
    LUNA = "Luna"
    MCKINLEY = "McKinley"
    MORA = "Mora"
    OTERO = "Otero"
    QUAY = "Quay"
    RIO_ARRIBA = "Rio Arriba"
    ROOSEVELT = "Roosevelt"
    SANDOVAL = "Sandoval"
    SAN_JUAN = "San Juan"
    SAN_MIGUEL = "San Miguel"
    SANTA_FE = "Santa Fe"
    SIERRA = "Sierra"
    SOCORRO = "Socorro"
    TAOS = "Taos"
    TORRANCE = "Torrance"
    UNION = "Union"
    VALENCIA = "Valencia"
    OUTSIDE_NEW_MEXICO = "outside New Mexico"

    @property
    def in_new_mexico(self) -> bool:
        """A county of New Mexico (not ``outside New Mexico``)."""
        return self is not County.OUTSIDE_NEW_MEXICO

    def words(self) -> str:
        """``Bernalillo County``, or ``outside New Mexico``."""
        return f"{self.value} County" if self.in_new_mexico else self.value


COUNTIES: tuple[County, ...] = tuple(c for c in County if c.in_new_mexico)
"""The 33 counties of New Mexico, in alphabetical order (letter by letter)."""


def _key(text: str) -> str:
    """A name compared without case, accents, a trailing "County" or extra spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = plain.casefold().split()
    if len(words) > 1 and words[-1] == "county":
        words = words[:-1]
    return " ".join(words)


_BY_KEY = {_key(c.value): c for c in County}


def county_value(value: Any) -> Any:
    """A county's name as written (any case; ``Dona Ana`` for ``Doña Ana``; with or without
    ``County``) as the :class:`County`; a name that is no county: an error naming the nearest."""
    if isinstance(value, County):
        return value
    if not isinstance(value, str):
        raise ValueError(
            "must be the name of a county of New Mexico (e.g. Bernalillo) or 'outside New "
            "Mexico', written as text"
        )
    found = _BY_KEY.get(_key(value))
    if found is not None:
        return found
    near = difflib.get_close_matches(_key(value), list(_BY_KEY), n=1, cutoff=0.75)
    hint = f"; did you mean {_BY_KEY[near[0]].value}?" if near else ""
    raise ValueError(  # the name given is not repeated: it may be anything (a person's name)
        f"not a county of New Mexico{hint} (give one of the 33 counties by its name, or "
        "'outside New Mexico')"
    )


class _OtherSpellings:
    """The input schema of a county: the proper names (the ``County`` enum) or the same name
    written another way, as :func:`county_value` accepts it. JSON Schema cannot compare names
    without case and accents, so the second branch is any text, described."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "anyOf": [
                handler(schema),
                {
                    "type": "string",
                    "minLength": 1,
                    "description": (
                        "one of the same names written another way, also accepted: any case "
                        "(bernalillo), without accents (Dona Ana), with extra spaces or a "
                        "trailing 'County' (Bernalillo County); a name that is not a county of "
                        "New Mexico is refused when the pattern is loaded"
                    ),
                },
            ]
        }


CountyValue = Annotated[County, BeforeValidator(county_value), _OtherSpellings]
"""A county as input: the proper name, any case, ``Dona Ana`` accepted for ``Doña Ana``."""
