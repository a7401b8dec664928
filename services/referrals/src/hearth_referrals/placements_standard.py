"""Render a referral in the shape of the DfE-funded Placements Data Standard v2.

One record per child (the standard is per child), with the standard's entity and
field names and its option texts. Hearth's finer risk states fold into the
standard's two: present, historical and suspected are "Risk Present"; none known is
"No known risk"; not stated has no equivalent and is left out (null), so nothing is
claimed that the LA did not say.
"""

from __future__ import annotations

from typing import Any

from hearth_contract.codes import CommunicationRequirement, RiskState
from hearth_contract.codes.placements_standard import STANDARD_LABEL
from hearth_contract.referrals import ReferralRead, Setting

__all__ = ["STANDARD_VERSION", "to_placements_standard"]

STANDARD_VERSION = "v2 (draft, 2025-07-18)"

_RISKS_TO_CHILD = {
    "riskSelfHarm": "self_harm",
    "riskSexualExploitation": "sexual_exploitation",
    "riskCriminalExploitation": "criminal_exploitation",
    "riskDrugAlcohol": "drug_alcohol",
    "riskEatingDisorder": "eating_disorder",
    "riskMissing": "missing",
}
_RISKS_TO_OTHERS = {
    "riskToOthersPhysical": "physical_harm",
    "riskToOthersSexual": "sexual_harm",
    "riskToOthersFire": "fire_setting",
    "riskToOthersAnimals": "harm_to_animals",
    "riskToOthersCriminal": "criminal_exploitation",
}


def _risk(state: RiskState) -> str | None:
    if state is RiskState.NOT_STATED:
        return None
    return "No known risk" if state is RiskState.NONE_KNOWN else "Risk Present"


def _child_record(referral: ReferralRead, index: int, child_id: int) -> dict[str, Any]:
    child = referral.children[index]
    placement = referral.placement
    requirements = sorted({r for c in referral.children for r in c.communication_requirements})
    risks: dict[str, Any] = {
        field: _risk(getattr(child.risks.to_child, name).state)
        for field, name in _RISKS_TO_CHILD.items()
    }
    risks["riskOther"] = child.risks.to_child.other
    risks |= {
        field: _risk(getattr(child.risks.to_others, name).state)
        for field, name in _RISKS_TO_OTHERS.items()
    }
    risks["riskToOthersOther"] = child.risks.to_others.other
    support = placement.additional_support
    return {
        "PlacementAvailability": {
            "childId": child_id,
            "neededBy": STANDARD_LABEL[placement.needed_by],
            "siblingCount": len(referral.children) - 1,
            "preferredLocation": placement.preferred_location or placement.preferred_postcode,
        },
        "PlacementRequirements": {
            "communicationNeeds": STANDARD_LABEL[child.communication_needs],
            "specificCommunicationRequirements": [STANDARD_LABEL[r] for r in requirements]
            or [STANDARD_LABEL[CommunicationRequirement.NONE]],
            "homeAdaptation": bool(child.adaptations),
            "culturalNeeds": STANDARD_LABEL[placement.cultural_needs],
            "livingCompanions": STANDARD_LABEL[placement.living_companions]
            if placement.living_companions
            else None,
            "pets": STANDARD_LABEL[placement.pets],
            "additionalSupport": STANDARD_LABEL[support[0]] if support else None,
            "deprivationOfLiberty": placement.deprivation_of_liberty,
        },
        "PlacementRecommendation": {
            "fosterCareSuitability": STANDARD_LABEL[placement.suitability.foster_care],
            "residentialCareSuitability": STANDARD_LABEL[placement.suitability.residential_care],
            "supportedAccommodationSuitability": STANDARD_LABEL[
                placement.suitability.supported_accommodation
            ],
        },
        "Risks": risks,
        "QualityAssurance": {
            "referralOfficerName": None,
            "referralDate": referral.referral_date.isoformat(),
        },
    }


def to_placements_standard(referral: ReferralRead, first_child_id: int = 1) -> dict[str, Any]:
    """The referral as Placements Data Standard records, one per child."""
    return {
        "standard": "Placements Data Standard",
        "version": STANDARD_VERSION,
        "referral_id": referral.id,
        "preferred_setting": referral.placement.setting.value,
        "is_residential": referral.placement.setting in (Setting.RESIDENTIAL, Setting.SECURE),
        "records": [
            _child_record(referral, index, first_child_id + index)
            for index in range(len(referral.children))
        ],
    }
