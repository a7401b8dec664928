"""Request bodies a referral and a household that fit each other (fictional data).

Shared by the cross-service tests and ``bench/matching_http.py``: one child of ten in
Kent with no known risks, placed short term; a foster household near Maidstone
approved for any child, with one bed free.
"""

from __future__ import annotations

from typing import Any

from hearth_contract.examples import example_referral
from hearth_kit.clock import TEST_NOW

__all__ = ["KENT", "TODAY", "fitting_household", "fitting_referral", "vacancy_for"]

KENT = "E10000016"
# The day every service process of the stack starts on (its clock runs on from TEST_NOW).
TODAY = TEST_NOW.date()
_RISKS_TO_CHILD = (
    "self_harm",
    "sexual_exploitation",
    "criminal_exploitation",
    "drug_alcohol",
    "eating_disorder",
    "missing",
)
_RISKS_TO_OTHERS = (
    "physical_harm",
    "sexual_harm",
    "fire_setting",
    "harm_to_animals",
    "criminal_exploitation",
)


def fitting_referral(seed: int, agency_id: str, *, age: int = 10) -> dict[str, Any]:
    """A referral for one child of ``age`` that a ``fitting_household`` can take."""
    body = example_referral(seed, agency_ids=[agency_id], referral_date=TODAY)
    today = TODAY
    child = body["children"][0]
    body["children"] = [child]
    child["date_of_birth"] = today.replace(year=today.year - age, day=1).isoformat()
    child["risks"] = {
        "to_child": {name: {"state": "none_known"} for name in _RISKS_TO_CHILD},
        "to_others": {name: {"state": "none_known"} for name in _RISKS_TO_OTHERS},
    }
    body["placement"].update(
        {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "short_term",
            "living_companions": "no_preference",
            "pets": "yes_can",
            "deprivation_of_liberty": False,
            "needed_by": "later",
        }
    )
    return body


def fitting_household(n: int, *, age_min: int = 0, age_max: int = 17) -> dict[str, Any]:
    """A foster household near Maidstone approved for ``age_min``..``age_max``, two children."""
    return {
        "name": f"Household {n:06}",
        "carers": [{"name": f"Carer {n}"}],
        "approval": {
            "age_min": age_min,
            "age_max": age_max,
            "children": 2,
            "placement_kinds": ["emergency", "short_term", "long_term"],
        },
        "bedrooms": 3,
        "postcode": "ME14 1XX",
        "supervising_social_worker": {"name": "Alex Worker"},
    }


def vacancy_for(household_id: str, household: dict[str, Any]) -> dict[str, Any]:
    """A place free from today in ``household``, on its approval's terms."""
    approval = household["approval"]
    return {
        "household_id": household_id,
        "available_from": TODAY.isoformat(),
        "age_min": approval["age_min"],
        "age_max": approval["age_max"],
        "placement_kinds": approval["placement_kinds"],
    }
