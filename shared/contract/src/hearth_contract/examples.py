"""Fictional example referrals, for integrators' tests, demo data and benchmarks.

Every name, date and place here is invented. ``example_referral`` is deterministic
for a given seed, so a test or a benchmark can say exactly what it sent.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

__all__ = ["example_referral"]

FIRST_NAMES = [
    "Amara",
    "Jayden",
    "Leo",
    "Maisie",
    "Kian",
    "Zara",
    "Tyler",
    "Ruby",
    "Callum",
    "Nia",
    "Oscar",
    "Freya",
    "Rhys",
    "Ellie",
    "Mason",
    "Aisha",
    "Finley",
    "Skye",
]
LAST_NAMES = [
    "Whitlock",
    "Okafor",
    "Penhallow",
    "Marsh",
    "Quigley",
    "Adeyemi",
    "Fairbairn",
    "Trevelyan",
    "Hollis",
    "Nwosu",
    "Carrow",
    "Dunmore",
]
SCHOOLS = [
    ("Meadowbank Academy", "ME10 4AB"),
    ("St Anselm's Primary", "CT1 2QT"),
    ("Riverside High School", "DA1 5GH"),
    ("Oakfield Community School", "TN23 1LP"),
]
INTERESTS = ["football", "drawing", "swimming", "gaming", "music", "baking", "dance", "reading"]


def _risk(rng: random.Random, weights: tuple[int, int, int, int]) -> dict[str, Any]:
    state = rng.choices(["none_known", "present", "historical", "suspected"], weights)[0]
    detail = None
    if state != "none_known":
        detail = {
            "present": "Recent incidents described in the chronology; managed with a safety plan.",
            "historical": "Last incident over a year ago; no concerns in current placement.",
            "suspected": "Professionals have raised concerns; no incident confirmed.",
        }[state]
    return {"state": state, "detail": detail}


def _child(rng: random.Random, referral_date: date, age: int, last_name: str) -> dict[str, Any]:
    born = referral_date - timedelta(days=365 * age + rng.randint(10, 300))
    school_name, school_postcode = rng.choice(SCHOOLS)
    return {
        "first_name": rng.choice(FIRST_NAMES),
        "last_name": last_name,
        "date_of_birth": born.isoformat(),
        "gender": rng.choice(["male", "female"]),
        "ethnicity": rng.choice(["White British", "Black British", "Mixed White and Asian"]),
        "religion": rng.choice(["None", "Christian", "Muslim"]),
        "first_language": "English",
        "communication_needs": "no",
        "legal_status": rng.choice(["V2", "C1", "C2"]),
        "category_of_need": rng.choice(["N1", "N4", "N5"]),
        "disabilities": ["NONE"],
        "animal_allergies": [],
        "health_needs": "Registered with a GP; immunisations up to date.",
        "school": {
            "name": school_name,
            "postcode": school_postcode,
            "must_stay": rng.random() < 0.6,
            "ehcp": rng.random() < 0.2,
        },
        "family_time": [
            {
                "with_whom": "Mother",
                "frequency": rng.choice(["weekly", "fortnightly"]),
                "supervised": True,
                "venue_postcode": "ME14 1XX",
            }
        ],
        "placement_history": [
            {
                "placement_type": "U6",
                "started_on": (referral_date - timedelta(days=400)).isoformat(),
                "ended_on": (referral_date - timedelta(days=20)).isoformat(),
                "reason_for_ending": rng.choice(["CREQB", "CARPL", "CREQO"]),
            }
        ],
        "risks": {
            "to_child": {
                name: _risk(rng, (8, 1, 1, 1))
                for name in (
                    "self_harm",
                    "sexual_exploitation",
                    "criminal_exploitation",
                    "drug_alcohol",
                    "eating_disorder",
                    "missing",
                )
            },
            "to_others": {
                name: _risk(rng, (10, 1, 1, 0))
                for name in (
                    "physical_harm",
                    "sexual_harm",
                    "fire_setting",
                    "harm_to_animals",
                    "criminal_exploitation",
                )
            },
        },
        "behaviours": "Can become dysregulated at transitions; responds to calm adults.",
        "strengths": "Kind to younger children; enjoys helping with cooking.",
        "interests": rng.sample(INTERESTS, 2),
        "wishes_and_feelings": "Would like to stay at the same school and see Mum regularly.",
    }


def example_referral(
    seed: int,
    *,
    agency_ids: list[str],
    referral_date: date,
    siblings: int = 1,
    la_reference: str | None = None,
) -> dict[str, Any]:
    """A complete, valid ``ReferralCreate`` body for a fictional child or sibling group.

    ``referral_date`` is the sender's today (from the caller's clock, never the real date):
    the children's ages and the start date are built from it.
    """
    rng = random.Random(seed)
    last_name = rng.choice(LAST_NAMES)
    ages = sorted((rng.randint(4, 16) for _ in range(siblings)), reverse=True)
    urgency = rng.choice(["emergency", "planned"])
    return {
        "la_reference": la_reference or f"LA-{seed:07d}",
        "referral_date": referral_date.isoformat(),
        "agency_ids": agency_ids,
        "social_worker": {
            "name": "Sam Ashdown",
            "email": "sam.ashdown@example.gov.uk",
            "phone": "01632 960123",
        },
        "team_manager": {"name": "Priya Fenwick", "email": "priya.fenwick@example.gov.uk"},
        "placement": {
            "setting": rng.choice(["fostering", "fostering", "residential"]),
            "urgency": urgency,
            "duration": rng.choice(["short_term", "long_term"]),
            "needed_by": "today" if urgency == "emergency" else "later",
            "start_date": (
                referral_date + timedelta(days=0 if urgency == "emergency" else 14)
            ).isoformat(),
            "preferred_location": "Within 20 miles of the child's school",
            "living_companions": rng.choice(
                ["no_preference", "only_with_younger_children", "solo_placement_recommended"]
            ),
            "pets": rng.choice(["yes_can", "no"]),
            "deprivation_of_liberty": False,
            "cultural_needs": "not_required",
        },
        "children": [_child(rng, referral_date, age, last_name) for age in ages],
    }
