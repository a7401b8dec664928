"""Builders for matching facts and constants shared by the matching tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hearth_matching.facts import Child, Home, Place, Referral, Resident
from hearth_matching.rules.base import RuleContext

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONTEXT = RuleContext(now=NOW)
AGENCY_A = "agency-a"
AGENCY_B = "agency-b"
KENT = "E10000016"
# OS grid points: Maidstone (Kent) and Manchester.
MAIDSTONE = (576000.0, 155800.0)
MANCHESTER = (384000.0, 398000.0)

SAFE_TO_CHILD = dict.fromkeys(("self_harm", "sexual_exploitation", "criminal_exploitation",
                               "drug_alcohol", "eating_disorder", "missing"), "none_known")
SAFE_TO_OTHERS = dict.fromkeys(("physical_harm", "sexual_harm", "fire_setting",
                                "harm_to_animals", "criminal_exploitation"), "none_known")


def child(age: int | None = 10, gender: str = "female", to_child: dict[str, str] | None = None,
          to_others: dict[str, str] | None = None, **kwargs: Any) -> Child:
    return Child(age=age, gender=gender, risks_to_child={**SAFE_TO_CHILD, **(to_child or {})},
                 risks_to_others={**SAFE_TO_OTHERS, **(to_others or {})}, **kwargs)


def referral(*children: Child, **kwargs: Any) -> Referral:
    values: dict[str, Any] = {
        "id": "ref-1", "la_code": KENT, "agency_ids": frozenset({AGENCY_A}),
        "setting": "fostering", "placement_kinds": frozenset({"short_term"}),
        "children": children or (child(),), "living_companions": "no_preference",
        "pets": "yes_can", "deprivation_of_liberty": False, "needed_by": "later",
        "school": MAIDSTONE,
    }
    values.update(kwargs)
    return Referral(**values)


def place(place_id: str = "place-1", **kwargs: Any) -> Place:
    values: dict[str, Any] = {
        "id": place_id, "state": "available", "age_min": 0, "age_max": 17,
        "placement_kinds": frozenset({"emergency", "short_term", "long_term"}),
        "available_from": date(2026, 11, 23), "last_confirmed_at": NOW - timedelta(hours=2)}
    values.update(kwargs)
    return Place(**values)


def resident(age: int, gender: str = "male", to_child=(), to_others=(), own=False) -> Resident:
    return Resident(age=age, gender=gender, risks_to_child=frozenset(to_child),
                    risks_to_others=frozenset(to_others), own_child=own)


def home(home_id: str = "home-1", places: int = 1, **kwargs: Any) -> Home:
    values: dict[str, Any] = {
        "id": home_id, "agency_id": AGENCY_A, "kind": "household", "name": "Rowan household",
        "age_min": 0, "age_max": 17, "capacity": 3,
        "placement_kinds": frozenset({"emergency", "short_term", "long_term"}),
        "location": MAIDSTONE, "la_code": KENT,
        "places": tuple(place(f"{home_id}-place-{i}") for i in range(places)),
    }
    values.update(kwargs)
    return Home(**values)


def with_places(h: Home, *places: Place) -> Home:
    return replace(h, places=places)
