"""Code lists spoken on the wire.

SSDA903 codes (DfE, children looked after return) are generated from
``../shared/standards/ssda903-codes.json``; local authorities from the ONS
upper-tier lookup (see ``scripts/generate_codes.py``). The Placements Data Standard
(DfE-funded, v2 draft, MIT licence, ``../shared/standards/placements-standard-v2.json``)
vocabularies are in :mod:`hearth_contract.codes.placements_standard`.
"""

from hearth_contract.codes._generated import (
    CATEGORYOFNEED_LABELS,
    DISABILITY_LABELS,
    LEGALSTATUS_LABELS,
    LOCAL_AUTHORITIES,
    PLACEMENTTYPE_LABELS,
    REASONEPISODECEASED_LABELS,
    REASONPLACEMENTCHANGE_LABELS,
    SSDA903_SOURCE,
    UPPER_TIER_OF_DISTRICT,
    CategoryOfNeed,
    Disability,
    LegalStatus,
    PlacementProvider,
    PlacementType,
    ReasonEpisodeCeased,
    ReasonNewEpisode,
    ReasonPlacementChange,
)
from hearth_contract.codes.care_needs import (
    AnimalSpecies,
    CareNeed,
    ResidentRiskState,
    SupervisionLevel,
    Vulnerability,
)
from hearth_contract.codes.placements_standard import (
    AdditionalSupport,
    CommunicationNeeds,
    CommunicationRequirement,
    CulturalNeeds,
    LivingCompanions,
    NeededBy,
    PetsSuitability,
    RiskState,
    SettingSuitability,
    StandardRiskToChild,
    StandardRiskToOthers,
)

__all__ = [
    "CATEGORYOFNEED_LABELS",
    "DISABILITY_LABELS",
    "LEGALSTATUS_LABELS",
    "LOCAL_AUTHORITIES",
    "PLACEMENTTYPE_LABELS",
    "REASONEPISODECEASED_LABELS",
    "REASONPLACEMENTCHANGE_LABELS",
    "SSDA903_SOURCE",
    "UPPER_TIER_OF_DISTRICT",
    "AdditionalSupport",
    "AnimalSpecies",
    "CareNeed",
    "CategoryOfNeed",
    "CommunicationNeeds",
    "CommunicationRequirement",
    "CulturalNeeds",
    "Disability",
    "LegalStatus",
    "LivingCompanions",
    "NeededBy",
    "PetsSuitability",
    "PlacementProvider",
    "PlacementType",
    "ReasonEpisodeCeased",
    "ReasonNewEpisode",
    "ReasonPlacementChange",
    "ResidentRiskState",
    "RiskState",
    "SettingSuitability",
    "StandardRiskToChild",
    "StandardRiskToOthers",
    "SupervisionLevel",
    "Vulnerability",
]
