"""Partner bulk sync through the typed client, run against the real app and the mock alike.

``services/vacancies/tests/test_client.py`` runs each of these against the service;
``test_vacancies_mock.py`` runs them against the respx mock. The same calls and the
same assertions on both sides, so the mock cannot drift from the service it stands for.
Each takes a :class:`VacanciesClient` acting as a partner of an agency with no records.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest
from hearth_contract.clients import VacanciesClient
from hearth_contract.problems import Conflict
from hearth_contract.vacancies import (
    BulkItemStatus,
    BulkUpsertResult,
    HomeBulkItem,
    HomeBulkUpsert,
    HouseholdBulkItem,
    HouseholdBulkUpsert,
    HouseholdCreate,
    PartnerVacancyCreate,
    VacancyBulkItem,
    VacancyBulkUpsert,
)

__all__ = ["SCENARIOS"]

CREATED, UPDATED, UNCHANGED, REJECTED = (
    BulkItemStatus.CREATED,
    BulkItemStatus.UPDATED,
    BulkItemStatus.UNCHANGED,
    BulkItemStatus.REJECTED,
)


def household(name: str = "Rowan household", **approval: Any) -> dict[str, Any]:
    return {
        "name": name,
        "carers": [{"name": "Sam Carer"}],
        "approval": {
            "age_min": 5,
            "age_max": 15,
            "children": 2,
            "placement_kinds": ["short_term", "long_term"],
            **approval,
        },
        "bedrooms": 3,
        "postcode": "M1 1AE",
        "supervising_social_worker": {"name": "Alex Worker"},
    }


def home(urn: str, name: str = "Oak House") -> dict[str, Any]:
    return {
        "urn": urn,
        "name": name,
        "registration": {
            "age_min": 11,
            "age_max": 17,
            "capacity": 4,
            "categories": ["emotional_and_behavioural_difficulties"],
        },
        "postcode": "SW1A 1AA",
        "registered_manager": {"name": "Robin Manager"},
    }


def place(holder: str, **changes: Any) -> dict[str, Any]:
    return {
        "household_external_id": holder,
        "available_from": date(2026, 11, 24).isoformat(),
        "age_min": 8,
        "age_max": 14,
        "placement_kinds": ["short_term"],
        **changes,
    }


def statuses(result: BulkUpsertResult) -> list[BulkItemStatus]:
    return [r.status for r in result.results]


def problem_of(result: BulkUpsertResult, index: int) -> tuple[int, list[str]]:
    problem = result.results[index].problem
    assert problem is not None
    return problem.status, [e.pointer for e in problem.errors or []]


async def households_created_updated_unchanged_and_rejected(client: VacanciesClient) -> None:
    first = await client.partner_bulk_upsert(
        HouseholdBulkUpsert(
            items=[
                HouseholdBulkItem(external_id="B-1", household=household("One")),
                HouseholdBulkItem(external_id="B-2", household=household("Two")),
                HouseholdBulkItem(external_id="B-2", household=household("Twice")),
                HouseholdBulkItem(external_id="B-3", household={"name": "incomplete"}),
            ]
        )
    )
    assert statuses(first) == [CREATED, CREATED, REJECTED, REJECTED]
    assert problem_of(first, 2)[0] == 422
    status, pointers = problem_of(first, 3)
    assert status == 422 and "/items/3/household/approval" in pointers
    one, two = first.results[0], first.results[1]
    second = await client.partner_bulk_upsert(
        HouseholdBulkUpsert(
            items=[
                HouseholdBulkItem(external_id="B-1", if_match=one.etag, household=household("One")),
                HouseholdBulkItem(external_id="B-2", if_match=two.etag, household=household("2")),
                HouseholdBulkItem(external_id="B-4", if_match='"x.1"', household=household()),
            ]
        )
    )
    assert statuses(second) == [UNCHANGED, UPDATED, REJECTED]
    assert second.results[0].etag == one.etag and second.results[1].etag != two.etag
    assert problem_of(second, 2)[0] == 412
    third = await client.partner_bulk_upsert(
        HouseholdBulkUpsert(
            items=[
                HouseholdBulkItem(external_id="B-1", household=household("No ETag")),
                HouseholdBulkItem(external_id="B-2", if_match=two.etag, household=household("S")),
            ]
        )
    )
    assert [problem_of(third, i)[0] for i in (0, 1)] == [428, 412]
    found = await client.partner_lookup(["B-1", "B-2", "B-3", "B-4"])
    assert sorted((h.external_id, h.name, h.version) for h in found.items) == [
        ("B-1", "One", 1),
        ("B-2", "2", 2),
    ]
    assert found.missing == ["B-3", "B-4"]


async def homes_one_urn_one_home(client: VacanciesClient) -> None:
    first = await client.partner_bulk_upsert_homes(
        HomeBulkUpsert(
            items=[
                HomeBulkItem(external_id="ASH", home=home("SC200001", "Ash House")),
                HomeBulkItem(external_id="ELM", home=home("SC200001", "Elm House")),
                HomeBulkItem(external_id="OAK", home=home("SC200003")),
            ]
        )
    )
    assert statuses(first) == [CREATED, REJECTED, CREATED]
    assert problem_of(first, 1) == (409, ["/items/1/home/urn"])
    ash, oak = first.results[0], first.results[2]
    second = await client.partner_bulk_upsert_homes(
        HomeBulkUpsert(
            items=[
                HomeBulkItem(external_id="ASH", if_match=ash.etag, home=home("SC200001", "Ash")),
                HomeBulkItem(external_id="OAK", if_match=oak.etag, home=home("SC200001")),
            ]
        )
    )
    assert statuses(second) == [UPDATED, REJECTED]
    assert problem_of(second, 1) == (409, ["/items/1/home/urn"])
    found = await client.partner_lookup_homes(["ASH", "ELM", "OAK"])
    assert sorted((h.external_id, h.urn, h.name) for h in found.items) == [
        ("ASH", "SC200001", "Ash"),
        ("OAK", "SC200003", "Oak House"),
    ]
    assert found.missing == ["ELM"]


async def places_within_their_household(client: VacanciesClient) -> None:
    rowan = await client.partner_put_household("ROWAN", HouseholdCreate(**household()))
    first = await client.partner_bulk_upsert_vacancies(
        VacancyBulkUpsert(
            items=[
                VacancyBulkItem(external_id="BED-1", vacancy=place("ROWAN")),
                VacancyBulkItem(external_id="BED-2", vacancy=place("NOBODY")),
                VacancyBulkItem(external_id="BED-3", vacancy=place("ROWAN", age_max=17)),
            ]
        )
    )
    assert statuses(first) == [CREATED, REJECTED, REJECTED]
    assert problem_of(first, 1) == (422, ["/items/1/vacancy/household_external_id"])
    assert problem_of(first, 2) == (422, ["/items/2/vacancy/age_max"])
    bed = first.results[0]
    second = await client.partner_bulk_upsert_vacancies(
        VacancyBulkUpsert(
            items=[VacancyBulkItem(external_id="BED-1", if_match=bed.etag, vacancy=place("ROWAN"))]
        )
    )
    assert statuses(second) == [UNCHANGED] and second.results[0].etag == bed.etag
    third = await client.partner_bulk_upsert_vacancies(
        VacancyBulkUpsert(
            items=[
                VacancyBulkItem(
                    external_id="BED-1", if_match=bed.etag, vacancy=place("ROWAN", age_max=13)
                )
            ]
        )
    )
    assert statuses(third) == [UPDATED]
    read = await client.partner_get_vacancy("BED-1")
    assert (read.value.age_max, read.value.household_external_id) == (13, "ROWAN")
    assert read.etag == third.results[0].etag != bed.etag
    assert rowan.value.version == 1


async def a_household_change_may_not_leave_its_place_outside(client: VacanciesClient) -> None:
    rowan = await client.partner_put_household("ROWAN", HouseholdCreate(**household()))
    bed = await client.partner_put_vacancy(
        "BED-1", PartnerVacancyCreate(**place("ROWAN"))
    )  # ages 8 to 14
    narrower = household(age_max=12)
    with pytest.raises(Conflict) as caught:
        await client.partner_put_household("ROWAN", HouseholdCreate(**narrower), rowan.etag)
    assert [e.pointer for e in caught.value.errors or []] == ["/approval/age_max"]
    result = await client.partner_bulk_upsert(
        HouseholdBulkUpsert(
            items=[HouseholdBulkItem(external_id="ROWAN", if_match=rowan.etag, household=narrower)]
        )
    )
    assert statuses(result) == [REJECTED]
    assert problem_of(result, 0) == (409, ["/items/0/household/approval/age_max"])
    problem = result.results[0].problem
    assert problem is not None and problem.errors and bed.value.id in problem.errors[0].detail
    assert (await client.partner_get_household("ROWAN")).etag == rowan.etag


SCENARIOS: dict[str, Callable[[VacanciesClient], Awaitable[None]]] = {
    "households": households_created_updated_unchanged_and_rejected,
    "homes": homes_one_urn_one_home,
    "places": places_within_their_household,
    "household_change": a_household_change_may_not_leave_its_place_outside,
}
