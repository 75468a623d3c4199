"""nm_trafficking: NMSA 1978, § 30-52-1 (human trafficking, New Mexico) as tested, explainable
rules. Every result carries the decision-aid disclaimer (``DISCLAIMER``).

    >>> import nm_trafficking as nmt
    >>> pattern = nmt.load("examples/a2_social_media_15.yaml")    # doctest: +SKIP
    >>> print(nmt.assess(pattern).explain())                       # doctest: +SKIP
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without loading typing at start-up
if TYPE_CHECKING:
    from typing import Any

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

# The names above are loaded on first use (PEP 562), so that ``import nm_trafficking`` and the
# ``nm-trafficking`` command start at once: a Ctrl-C while the command is still loading is then
# handled by ``nm_trafficking.console`` like any other (no traceback).
_HOMES: dict[str, str] = {
    "batch": "",
    "statute": "",
    "Assessment": "assessment",
    "__version__": "assessment",
    "assess": "assessment",
    **dict.fromkeys(
        (
            "EngineError",
            "FieldError",
            "InvalidFactPattern",
            "NMTraffickingError",
            "NoStatuteInForce",
        ),
        "errors",
    ),
    **dict.fromkeys(
        (
            "Act",
            "Benefit",
            "Conduct",
            "FactPattern",
            "Means",
            "Person",
            "Purposes",
            "Role",
            "Truth",
        ),
        "facts",
    ),
    **dict.fromkeys(("from_dict", "json_schema", "load", "loads"), "facts.loading"),
    **dict.fromkeys(("DEFAULT_LIMITS", "Limits"), "limits"),
    **dict.fromkeys(
        (
            "CONTRACT_VERSION",
            "DISCLAIMER",
            "AgeAtAct",
            "AssessmentResult",
            "Count",
            "CountGrade",
            "CountParagraph",
            "ElementResult",
            "Finding",
            "GradeSummary",
            "Note",
            "OpenGrade",
            "SubsectionResult",
            "output_schema",
        ),
        "results",
    ),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'nm_trafficking' has no attribute {name!r}")
    import importlib

    if home == "":
        value: Any = importlib.import_module(f"nm_trafficking.{name}")
    else:
        value = getattr(importlib.import_module(f"nm_trafficking.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
