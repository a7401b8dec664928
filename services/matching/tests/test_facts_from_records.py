"""The safety facts as the read model takes them from the records and stores them.

What a record leaves unsaid is kept as "not recorded" (never as "none"), older forms
are read as RULES.md says, and every fact survives the read model's JSON unchanged.
"""

from __future__ import annotations

import random
from datetime import datetime

from hearth_contract.vacancies import HomeRead, HouseholdRead
from hearth_matching.read_model.codec import (
    home_from_json,
    home_to_json,
    referral_from_json,
    referral_to_json,
)
from hearth_matching.read_model.translate import home_from_home, home_from_household, upper_tier
from matching_testkit import random_home, random_referral

STAMP = {
    "agency_id": "agency-a",
    "external_id": None,
    "version": 1,
    "created_at": datetime(2026, 11, 23),
    "updated_at": datetime(2026, 11, 23),
}
MAIDSTONE = {"postcode": "ME14 1XX", "easting": 576000, "northing": 155800, "la_code": "E07000110"}


def _household(**changes) -> HouseholdRead:
    body = {
        "id": "household-1",
        "name": "Rowan",
        "carers": [{"name": "Sam", "languages": ["Polish"]}],
        "approval": {"age_min": 0, "age_max": 17, "children": 2, "placement_kinds": ["short_term"]},
        "bedrooms": 3,
        "postcode": "ME14 1XX",
        "supervising_social_worker": {"name": "Alex"},
        "location": MAIDSTONE,
        **STAMP,
        **changes,
    }
    return HouseholdRead.model_validate(body)


def _home(**changes) -> HomeRead:
    body = {
        "id": "home-1",
        "urn": "SC123456",
        "name": "Oak House",
        "registration": {
            "age_min": 11,
            "age_max": 17,
            "capacity": 4,
            "categories": ["learning_disability"],
        },
        "postcode": "ME14 1XX",
        "registered_manager": {"name": "Robin"},
        "location": MAIDSTONE,
        **STAMP,
        **changes,
    }
    return HomeRead.model_validate(body)


class TestWhatIsNotSaidIsNotRecorded:
    def test_a_household_that_lists_no_pets_has_not_said_it_keeps_none(self):
        assert home_from_household(_household()).pets is None
        assert home_from_household(_household(pets_kept=[])).pets == frozenset()

    def test_older_free_text_pets_are_read_as_species(self):
        home = home_from_household(_household(pets=["Dogs", "a parrot called Joe"]))
        assert home.pets == frozenset({"dog", "other"})

    def test_a_residents_bare_risks_are_present_and_the_rest_not_recorded(self):
        placed = {"age": 12, "gender": "male", "risks_to_others": ["fire_setting"]}
        resident = home_from_household(_household(placed_children=[placed])).residents[0]
        assert resident.to_others("fire_setting") == "present"
        assert resident.to_others("sexual_harm") == "not_recorded"
        assert resident.vulnerable is None

    def test_a_coded_state_wins_over_the_bare_list(self):
        placed = {
            "age": 12,
            "gender": "male",
            "risks_to_others": ["criminal_exploitation_of_others"],
            "risk_states_to_others": {"criminal_exploitation_of_others": "historical"},
            "vulnerabilities": [],
        }
        resident = home_from_household(_household(placed_children=[placed])).residents[0]
        assert resident.to_others("criminal_exploitation") == "historical"
        assert resident.vulnerable is False

    def test_own_children_carry_risks_too(self):
        own = {"age": 6, "gender": "female", "risk_states_to_child": {"missing": "none_known"}}
        resident = home_from_household(_household(own_children=[own])).residents[0]
        assert (resident.own_child, resident.to_child("missing")) == (True, "none_known")

    def test_a_home_not_saying_whether_it_is_registered_for_deprivation_of_liberty(self):
        assert home_from_home(_home()).deprivation_of_liberty is None
        assert home_from_home(_home()).pets is None


class TestHomesSpeakTheSharedVocabulary:
    def test_ofsted_categories_and_skills_meet_the_childs_needs(self):
        home = home_from_home(_home(skills=["halal_diet"], staff_languages=["Urdu"]))
        assert {"learning_disability", "disability", "halal_diet"} <= home.skills
        assert home.languages == frozenset({"urdu"})


class TestOwnAreaByUpperTierCouncil:
    def test_a_district_is_in_its_county(self):
        assert upper_tier("E07000110") == "E10000016"  # Maidstone, Kent
        assert upper_tier("E08000003") == "E08000003"  # Manchester is its own
        assert upper_tier(None) is None
        assert home_from_household(_household()).la_code == "E10000016"


class TestTheReadModelKeepsEveryFact:
    def test_random_homes_and_referrals_survive_their_json(self):
        rng = random.Random(5)
        for i in range(200):
            home = random_home(rng, i)
            assert home_from_json(home_to_json(home), home.places) == home
            referral = random_referral(rng, i)
            assert referral_from_json(referral_to_json(referral)) == referral
