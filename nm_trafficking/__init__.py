"""nm_trafficking: NMSA 1978, § 30-52-1 (human trafficking, New Mexico) as tested, explainable
rules. A decision aid, not legal advice.

    >>> import nm_trafficking as nmt
    >>> pattern = nmt.load("examples/a2_social_media_15.yaml")    # doctest: +SKIP
    >>> print(nmt.assess(pattern).explain())                       # doctest: +SKIP
"""

from nm_trafficking.assessment import __version__, assess
from nm_trafficking.errors import (
    EngineError,
    FieldError,
    InvalidFactPattern,
    NMTraffickingError,
    NoStatuteInForce,
)
from nm_trafficking.facts import (
    Act,
    Benefit,
    Conduct,
    FactPattern,
    Means,
    Person,
    Purposes,
    Role,
    Truth,
)
from nm_trafficking.facts.loading import from_dict, json_schema, load, loads
from nm_trafficking.results import (
    DISCLAIMER,
    Assessment,
    ConductResult,
    ElementResult,
    Finding,
    GradeResult,
    Note,
    SubsectionResult,
)

__all__ = [
    "DISCLAIMER",
    "Act",
    "Assessment",
    "Benefit",
    "Conduct",
    "ConductResult",
    "ElementResult",
    "EngineError",
    "FactPattern",
    "FieldError",
    "Finding",
    "GradeResult",
    "InvalidFactPattern",
    "Means",
    "NMTraffickingError",
    "NoStatuteInForce",
    "Note",
    "Person",
    "Purposes",
    "Role",
    "SubsectionResult",
    "Truth",
    "__version__",
    "assess",
    "from_dict",
    "json_schema",
    "load",
    "loads",
]
