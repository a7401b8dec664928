"""Constants and helpers shared by the vacancies tests (importable: on pytest's pythonpath)."""

from __future__ import annotations

import copy
from typing import Any

from hearth_contract.auth import CallerKind, Scope
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import Tokens
from hearth_kit.testing import settle_feed as _settle_feed

AGENCY_A = "agency-a"
AGENCY_B = "agency-b"
KENT = "E10000016"
NOW = TEST_NOW
TODAY = TEST_NOW.date()
MANCHESTER = "M1 1AE"
WESTMINSTER = "SW1A 1AA"

_HOUSEHOLD: dict[str, Any] = {
    "name": "Rowan household",
    "carers": [{"name": "Sam Carer", "languages": ["English"]}],
    "approval": {
        "age_min": 5,
        "age_max": 15,
        "children": 2,
        "placement_kinds": ["emergency", "short_term", "long_term"],
    },
    "skills": ["teenagers"],
    "languages": ["English", "Polish"],
    "pets": ["dog"],
    "bedrooms": 3,
    "postcode": "M11AE",
    "supervising_social_worker": {"name": "Alex Worker", "email": "alex@agency.example"},
    "own_children": [{"age": 17, "gender": "female"}],
    "placed_children": [
        {"age": 12, "gender": "male", "risks_to_child": ["missing"], "risks_to_others": []}
    ],
    "family_profile": "A calm, outdoorsy family.",
}

_HOME: dict[str, Any] = {
    "urn": "SC123456",
    "name": "Oak House",
    "registration": {
        "age_min": 11,
        "age_max": 17,
        "capacity": 4,
        "categories": ["emotional_and_behavioural_difficulties"],
    },
    "statement_of_purpose_tags": ["therapeutic"],
    "postcode": WESTMINSTER,
    "registered_manager": {"name": "Robin Manager"},
    "residents": [{"age": 15, "gender": "female", "risks_to_child": ["self_harm"]}],
}


def household_body(**overrides: Any) -> dict[str, Any]:
    body = copy.deepcopy(_HOUSEHOLD)
    body.update(overrides)
    return body


def home_body(**overrides: Any) -> dict[str, Any]:
    body = copy.deepcopy(_HOME)
    body.update(overrides)
    return body


def vacancy_body(
    household_id: str | None = None, home_id: str | None = None, **overrides: Any
) -> dict[str, Any]:
    body = {
        "household_id": household_id,
        "home_id": home_id,
        "available_from": "2026-11-24",
        "age_min": 8,
        "age_max": 14,
        "placement_kinds": ["short_term"],
    }
    body.update(overrides)
    return body


def partner_place_body(
    household: str | None = None, home: str | None = None, **overrides: Any
) -> dict[str, Any]:
    """A place as a partner sends it: its household or home named by external id."""
    body = vacancy_body(household_external_id=household, home_external_id=home, **overrides)
    del body["household_id"], body["home_id"]
    return body


def officer_headers(tokens: Tokens, agency_id: str, subject: str = "officer-1") -> dict[str, str]:
    return tokens.headers(
        CallerKind.AGENCY,
        agency_id,
        [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE],
        subject=subject,
    )


def partner_headers(tokens: Tokens, agency_id: str) -> dict[str, str]:
    return tokens.headers(
        CallerKind.PARTNER, agency_id, [Scope.VACANCIES_SYNC], subject="charms-sync"
    )


async def create_household(client, headers, **overrides) -> dict[str, Any]:
    response = await client.post(
        "/v1/households", json=household_body(**overrides), headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()


async def open_vacancy(client, headers, household_id: str, **overrides) -> dict[str, Any]:
    response = await client.post(
        "/v1/vacancies", json=vacancy_body(household_id, **overrides), headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()


async def settle_feed(app, timeout_seconds: float = 120.0) -> None:
    """The kit's settle_feed for this app's database."""
    await _settle_feed(app.state.database, timeout_seconds)
