"""Vocabularies of the DfE-funded Placements Data Standard v2 (draft, 2025-07-18, MIT licence).

Source: ``../shared/standards/placements-standard-v2.json``. Member values are
Hearth's wire codes (snake_case); ``STANDARD_LABEL`` maps each back to the
standard's own option text for the export.
"""

from enum import StrEnum

__all__ = [
    "STANDARD_LABEL",
    "AdditionalSupport",
    "CommunicationNeeds",
    "CommunicationRequirement",
    "CulturalNeeds",
    "LivingCompanions",
    "NeededBy",
    "PetsSuitability",
    "RiskState",
    "SettingSuitability",
    "StandardRiskToChild",
    "StandardRiskToOthers",
]


class NeededBy(StrEnum):
    """PlacementAvailability.neededBy."""

    TODAY = "today"
    WITHIN_5_DAYS = "within_5_days"
    LATER = "later"


class CommunicationNeeds(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_SPECIFIED = "not_specified"


class CommunicationRequirement(StrEnum):
    ESOL = "esol"
    BSL = "bsl"
    MAKATON = "makaton"
    OTHER = "other"
    NONE = "none"


class CulturalNeeds(StrEnum):
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
    NOT_KNOWN = "not_known"
    OTHER = "other"


class LivingCompanions(StrEnum):
    """Who can the child be cared for alongside?"""

    SOLO = "solo_placement_recommended"
    WITH_OTHER_CHILDREN = "with_other_children_recommended"
    ONLY_OLDER = "only_with_older_children"
    ONLY_YOUNGER = "only_with_younger_children"
    NO_PREFERENCE = "no_preference"


class PetsSuitability(StrEnum):
    """Can the child live with pets/animals?"""

    MUST = "yes_must"
    CAN = "yes_can"
    NO = "no"
    NOT_KNOWN = "not_known"


class AdditionalSupport(StrEnum):
    ADDITIONAL_SUPERVISION = "additional_supervision"
    THERAPEUTIC_SUPPORT = "therapeutic_support"
    RESPITE_WORKER = "respite_worker"
    TAXIS_TO_SCHOOL = "taxis_to_school"
    NOT_APPLICABLE = "not_applicable"
    OTHER = "other"


class SettingSuitability(StrEnum):
    PREFERRED = "preferred"
    SUITABLE = "suitable_not_preferred"
    UNSUITABLE = "unsuitable"
    NOT_SPECIFIED = "not_specified"


class RiskState(StrEnum):
    """Hearth's finer state of a risk; the standard's two options derive from it (export)."""

    PRESENT = "present"
    HISTORICAL = "historical"
    SUSPECTED = "suspected"
    NONE_KNOWN = "none_known"
    NOT_STATED = "not_stated"


class StandardRiskToChild(StrEnum):
    """The standard's six risks to the child (``Risks.risk*``)."""

    SELF_HARM = "self_harm"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    CRIMINAL_EXPLOITATION = "criminal_exploitation"
    DRUG_ALCOHOL = "drug_alcohol"
    EATING_DISORDER = "eating_disorder"
    MISSING = "missing"


class StandardRiskToOthers(StrEnum):
    """The standard's five risks to others or property (``Risks.riskToOthers*``)."""

    PHYSICAL = "physical_harm"
    SEXUAL = "sexual_harm"
    FIRE = "fire_setting"
    ANIMALS = "harm_to_animals"
    CRIMINAL = "criminal_exploitation_of_others"


STANDARD_LABEL: dict[StrEnum, str] = {
    NeededBy.TODAY: "Today",
    NeededBy.WITHIN_5_DAYS: "in less than 5 days",
    NeededBy.LATER: "in more than 5 days",
    CommunicationNeeds.YES: "Y",
    CommunicationNeeds.NO: "N",
    CommunicationNeeds.NOT_SPECIFIED: "Not Specified",
    CommunicationRequirement.ESOL: "ESOL",
    CommunicationRequirement.BSL: "BSL",
    CommunicationRequirement.MAKATON: "Makaton",
    CommunicationRequirement.OTHER: "Other",
    CommunicationRequirement.NONE: "None",
    CulturalNeeds.REQUIRED: "Required",
    CulturalNeeds.NOT_REQUIRED: "Not required",
    CulturalNeeds.NOT_KNOWN: "Not Known",
    CulturalNeeds.OTHER: "Other",
    LivingCompanions.SOLO: "Solo placement recommended",
    LivingCompanions.WITH_OTHER_CHILDREN: "With other children recommended",
    LivingCompanions.ONLY_OLDER: "Only with other older children",
    LivingCompanions.ONLY_YOUNGER: "Only with other younger children",
    LivingCompanions.NO_PREFERENCE: "No preference",
    PetsSuitability.MUST: "Yes - must",
    PetsSuitability.CAN: "Yes - can",
    PetsSuitability.NO: "No",
    PetsSuitability.NOT_KNOWN: "Not Known",
    AdditionalSupport.ADDITIONAL_SUPERVISION: "additional supervision",
    AdditionalSupport.THERAPEUTIC_SUPPORT: "therapeutic support",
    AdditionalSupport.RESPITE_WORKER: "a worker for respite",
    AdditionalSupport.TAXIS_TO_SCHOOL: "taxis to school",
    AdditionalSupport.NOT_APPLICABLE: "NA",
    AdditionalSupport.OTHER: "other (please specify)",
    SettingSuitability.PREFERRED: "Preferred",
    SettingSuitability.SUITABLE: "Suitable but not preferred",
    SettingSuitability.UNSUITABLE: "Unsuitable",
    SettingSuitability.NOT_SPECIFIED: "Not specified",
}
