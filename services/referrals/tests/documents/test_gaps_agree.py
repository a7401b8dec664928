"""The draft's missing-information list and the service's completeness list must agree."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hearth_contract.examples import example_referral
from hearth_contract.referrals import ReferralCreate
from hearth_referrals.completeness import assess
from hearth_referrals.documents import missing_information

GAPS = [
    ("children", 0, "legal_status", None),
    ("children", 0, "gender", "not_stated"),
    ("children", 0, "family_time", None),
    ("children", 0, "placement_history", None),
    ("children", 0, "school", None),
    ("children", 0, "health_needs", None),
    ("children", 0, "category_of_need", None),
    ("children", 0, "communication_needs", "not_specified"),
    ("children", 0, "date_of_birth", None),
    ("placement", None, "living_companions", None),
    ("placement", None, "start_date", None),
    ("placement", None, "deprivation_of_liberty", None),
    ("placement", None, "pets", "not_known"),
    ("children", 0, "risks", {}),
]


def _with_gaps(seed: int) -> dict:
    rng = random.Random(seed)
    body = example_referral(
        seed, agency_ids=["a"], referral_date=date(2026, 11, 23), siblings=rng.choice([1, 2])
    )
    for section, index, field, value in rng.sample(GAPS, rng.randint(0, 5)):
        target = body[section][index] if index is not None else body[section]
        target[field] = value
        if field == "date_of_birth":
            target["age_years"] = 9
    return body


@pytest.mark.parametrize("seed", range(60))
def test_the_draft_and_the_service_ask_the_same_questions(seed):
    body = _with_gaps(seed)
    service = {
        (i.pointer, i.severity, i.question) for i in assess(ReferralCreate.model_validate(body))
    }
    draft = {(i.pointer, i.severity, i.question) for i in missing_information(body)}
    assert draft == service
