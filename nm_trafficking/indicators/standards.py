"""Reference taxonomies the catalog is crosswalked to (names VERIFIED in the project's research
notes, ``shared/research/indicators-research.md`` §2 and §6.1; the IDs ``ILO-01``… are this
project's stable labels for the ILO's eleven, in the ILO's order)."""

from __future__ import annotations

ILO_FORCED_LABOUR_INDICATORS: dict[str, str] = {
    "ILO-01": "Abuse of vulnerability",
    "ILO-02": "Deception",
    "ILO-03": "Restriction of movement",
    "ILO-04": "Isolation",
    "ILO-05": "Physical and sexual violence",
    "ILO-06": "Intimidation and threats",
    "ILO-07": "Retention of identity documents",
    "ILO-08": "Withholding of wages",
    "ILO-09": "Debt bondage",
    "ILO-10": "Abusive working and living conditions",
    "ILO-11": "Excessive overtime",
}
"""ILO Indicators of Forced Labour (SAP-FL, 2012; the eleven unchanged in the 2025 revision)."""

HTCDS_METHODS_OF_CONTROL: tuple[str, ...] = (
    "DebtBondage",
    "TakesEarnings",
    "RestrictsFinancialAccess",
    "Threats",
    "PsychologicalAbuse",
    "PhysicalAbuse",
    "SexualAbuse",
    "FalsePromises",
    "PsychoactiveSubstances",
    "RestrictsMovement",
    "RestrictsMedicalCare",
    "ExcessiveWorkingHours",
    "UsesChildren",
    "ThreatOfLawEnforcement",
    "WithholdsNecessities",
    "WithholdsDocuments",
    "Other",
)
"""HTCDS 2.0 / CTDC ``vic_MethodsOfControl`` (17 values)."""

HTCDS_LABOUR_TYPES: tuple[str, ...] = (
    "Agriculture",
    "Aquafarming",
    "Begging",
    "Construction",
    "DomesticWork",
    "Hospitality",
    "IllicitActivities",
    "Manufacturing",
    "MiningOrDrilling",
    "Peddling",
    "Transportation",
    "Other",
)
"""HTCDS 2.0 ``vic_TypeOfLabourExploitation`` (12 values)."""

HTCDS_SEX_TYPES: tuple[str, ...] = (
    "Prostitution",
    "Pornography",
    "RemoteInteractiveServices",
    "PrivateSexualServices",
)
"""HTCDS 2.0 ``vic_TypeOfSexExploitation`` (4 values)."""

HTCDS_VULNERABILITIES: tuple[str, ...] = (
    "Addiction",
    "Caste",
    "Discrimination",
    "Poverty",
    "DisabilityAndPhysicalHealth",
    "Mental health",
    "Migration",
    "Homelessness",
    "AbuseSocialMedia",
    "AbusePhysical",
    "Education",
    "Work environment",
)
"""HTCDS 2.0 ``vic_Vulnerabilities`` (12 values, spelled as in the standard)."""

HTCDS_ROLES: tuple[str, ...] = (
    "TravellingPartner",
    "Transporter",
    "RecruiterOrIntermediary",
    "BrokerTravelAgent",
    "TransferredIndividual",
    "HarbouredIndividual",
    "SoldIndividual",
    "BoughtIndividual",
    "ReceivedIndividual",
    "ControlledIndividual",
    "Smuggler",
    "Abuser",
    "Kidnapper",
    "Exploiter",
    "Other",
)
"""HTCDS 2.0 ``per_RoleInProcess`` (15 values). It has no buyer/consumer role."""
