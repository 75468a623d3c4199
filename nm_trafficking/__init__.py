"""nm_trafficking: NMSA 1978, § 30-52-1 (human trafficking, New Mexico) as tested, explainable
rules. A decision aid, not legal advice.

    >>> import nm_trafficking as nmt
    >>> pattern = nmt.load("examples/a2_social_media_15.yaml")    # doctest: +SKIP
    >>> print(nmt.assess(pattern).explain())                       # doctest: +SKIP
"""

from nm_trafficking import batch, statute
from nm_trafficking.assessment import Assessment, __version__, assess
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
from nm_trafficking.limits import DEFAULT_LIMITS, Limits
from nm_trafficking.results import (
    CONTRACT_VERSION,
    DISCLAIMER,
    AgeAtAct,
    AssessmentResult,
    Count,
    CountGrade,
    CountParagraph,
    ElementResult,
    Finding,
    GradeSummary,
    Note,
    OpenGrade,
    SubsectionResult,
    output_schema,
)

__all__ = [
    "CONTRACT_VERSION",
    "DEFAULT_LIMITS",
    "DISCLAIMER",
    "Act",
    "AgeAtAct",
    "Assessment",
    "AssessmentResult",
    "Benefit",
    "Conduct",
    "Count",
    "CountGrade",
    "CountParagraph",
    "ElementResult",
    "EngineError",
    "FactPattern",
    "FieldError",
    "Finding",
    "GradeSummary",
    "InvalidFactPattern",
    "Limits",
    "Means",
    "NMTraffickingError",
    "NoStatuteInForce",
    "Note",
    "OpenGrade",
    "Person",
    "Purposes",
    "Role",
    "SubsectionResult",
    "Truth",
    "__version__",
    "assess",
    "batch",
    "from_dict",
    "json_schema",
    "load",
    "loads",
    "output_schema",
    "statute",
]
