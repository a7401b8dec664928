"""The vacancies mock, used the way a consumer's test suite would use it."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from hearth_contract.clients import VacanciesClient
from hearth_contract.clients.base import problem_from_response
from hearth_contract.mocks.vacancies import MockVacancies, register_mock_vacancies
from hearth_contract.problems import (
    DoubleBooking,
    HomeNotFound,
    HouseholdNotFound,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.vacancies import (
    HomeCreate,
    HouseholdCreate,
    PartnerVacancyCreate,
    PlacementKind,
    VacancyCreate,
    VacancyState,
)
from hearth_kit.clock import TEST_NOW
from vacancies_partner_calls import SCENARIOS, home, household

BASE = "http://vacancies.internal:8000"

NOW = TEST_NOW


def a_household(name: str = "Rowan household") -> HouseholdCreate:
    return HouseholdCreate.model_validate(household(name, placement_kinds=["short_term"]))


def a_place(household_id: str) -> VacancyCreate:
    return VacancyCreate(
        household_id=household_id,
        available_from=date(2026, 11, 24),
        age_min=8,
        age_max=14,
        placement_kinds=[PlacementKind.SHORT_TERM],
    )


@pytest.fixture
def service(respx_mock) -> MockVacancies:
    return register_mock_vacancies(respx_mock, BASE, now=lambda: NOW)


@pytest.fixture
async def http():
    async with httpx.AsyncClient(base_url=BASE) as client:
        yield client


@pytest.fixture
def vacancies(http) -> VacanciesClient:
    return VacanciesClient(http, "any-token")


class TestHouseholds:
    async def test_created_household_can_be_read_back(self, service, vacancies):
        created = await vacancies.create_household(a_household())
        read = await vacancies.get_household(created.value.id)
        assert read.value == created.value
        assert read.etag == f'"{created.value.id}.1"'
        assert list(service.households) == [created.value.id]

    async def test_replace_needs_the_current_etag(self, service, vacancies):
        created = await vacancies.create_household(a_household())
        replaced = await vacancies.replace_household(
            created.value.id, a_household("Ash"), created.etag
        )
        assert (replaced.value.name, replaced.value.version) == ("Ash", 2)
        with pytest.raises(PreconditionFailed):
            await vacancies.replace_household(created.value.id, a_household(), created.etag)

    async def test_another_agencys_household_is_not_found(self, service, vacancies):
        theirs = service.add_household(a_household(), agency_id="agency-b")
        with pytest.raises(HouseholdNotFound) as caught:
            await vacancies.get_household(theirs.id)
        assert caught.value.status == 404

    async def test_invalid_body_is_validation_failed_with_pointers(self, service, http):
        response = await http.post("/v1/households", json={"name": "incomplete"})
        assert response.status_code == 422
        problem = problem_from_response(response)
        assert isinstance(problem, ValidationFailed)
        assert "/approval" in [e.pointer for e in problem.errors]

    async def test_the_list_is_followed_across_pages(self, service, vacancies):
        for name in ("Cedar", "Alder", "Birch"):
            service.add_household(a_household(name))
        service.add_household(a_household("Theirs"), agency_id="agency-b")
        names = [h.name async for h in vacancies.iterate_households(limit=2)]
        assert names == ["Alder", "Birch", "Cedar"]


class TestBatchReads:
    async def test_households_and_places_are_read_in_one_call_each(self, service, vacancies):
        mine = service.add_household(a_household())
        theirs = service.add_household(a_household("Theirs"), agency_id="agency-b")
        place = await vacancies.open_vacancy(a_place(mine.id))
        households = await vacancies.batch_get_households([mine.id, theirs.id])
        places = await vacancies.batch_get_vacancies([place.value.id])
        homes = await vacancies.batch_get_homes([mine.id])
        assert ([h.id for h in households.items], households.missing) == ([mine.id], [theirs.id])
        assert [p.id for p in places.items] == [place.value.id]
        assert (homes.items, homes.missing) == ([], [mine.id])

    async def test_a_malformed_id_is_validation_failed(self, service, http):
        response = await http.post("/v1/households:batch-get", json={"ids": ["not-a-uuid"]})
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert isinstance(problem_from_response(response), ValidationFailed)


class TestBooking:
    async def test_hold_then_fill_for_the_same_referral(self, service, vacancies):
        household = service.add_household(a_household())
        opened = await vacancies.open_vacancy(a_place(household.id))
        held = await vacancies.hold(opened.value.id, "referral-1")
        assert (held.value.state, held.value.referral_id) == (VacancyState.ON_HOLD, "referral-1")
        filled = await vacancies.fill(opened.value.id, "referral-1")
        assert filled.value.state is VacancyState.FILLED
        assert service.vacancies[opened.value.id].state is VacancyState.FILLED

    async def test_a_second_fill_is_409_double_booking(self, service, vacancies):
        place = service.add_vacancy(a_place(service.add_household(a_household()).id))
        await vacancies.fill(place.id, "referral-1")
        with pytest.raises(DoubleBooking) as caught:
            await vacancies.fill(place.id, "referral-2")
        assert caught.value.status == 409

    async def test_held_for_another_referral_is_double_booking(self, service, vacancies):
        place = service.add_vacancy(a_place(service.add_household(a_household()).id))
        await vacancies.hold(place.id, "referral-1")
        with pytest.raises(DoubleBooking):
            await vacancies.hold(place.id, "referral-2")
        with pytest.raises(InvalidState):
            await vacancies.release(place.id, referral_id="referral-2")
        released = await vacancies.release(place.id, referral_id="referral-1")
        assert (released.value.state, released.value.referral_id) == (VacancyState.AVAILABLE, None)
        with pytest.raises(InvalidState):
            await vacancies.release(place.id)

    async def test_a_referral_not_sent_to_the_agency_is_refused(self, respx_mock, http):
        service = register_mock_vacancies(
            respx_mock, BASE, now=lambda: NOW, referral_ids={"referral-1"}
        )
        place = service.add_vacancy(a_place(service.add_household(a_household()).id))
        with pytest.raises(ValidationFailed) as caught:
            await VacanciesClient(http, "t").hold(place.id, "referral-9")
        assert [e.pointer for e in caught.value.errors] == ["/referral_id"]

    async def test_unknown_place_is_not_found(self, service, vacancies):
        with pytest.raises(VacancyNotFound):
            await vacancies.get_vacancy("no-such-place")

    async def test_the_list_filters_by_state(self, service, vacancies):
        household = service.add_household(a_household())
        free, taken = (service.add_vacancy(a_place(household.id)) for _ in range(2))
        await vacancies.fill(taken.id, "referral-1")
        page = await vacancies.list_vacancies(state=[VacancyState.AVAILABLE])
        assert [v.id for v in page.items] == [free.id]


class TestPartnerSync:
    async def test_put_creates_then_needs_if_match(self, service, vacancies):
        created = await vacancies.partner_put_household("CH-1", a_household())
        assert created.value.external_id == "CH-1"
        with pytest.raises(PreconditionRequired):
            await vacancies.partner_put_household("CH-1", a_household("New"))
        replaced = await vacancies.partner_put_household("CH-1", a_household("New"), created.etag)
        assert (await vacancies.partner_get_household("CH-1")).value == replaced.value

    async def test_the_change_feed_carries_upserts_and_tombstones(self, service, vacancies):
        created = await vacancies.partner_put_household("CH-1", a_household())
        await vacancies.partner_put_household("CH-2", a_household())
        await vacancies.partner_delete_household("CH-1", created.etag)
        service.add_household(a_household(), agency_id="agency-b", external_id="OTHER")

        first = await vacancies.partner_changes(limit=1)
        assert [e.data["external_id"] for e in first.items] == ["CH-1"]
        every = [
            (e.type, e.data["external_id"])
            async for e in vacancies.iterate_partner_changes(limit=2)
        ]
        assert every == [
            ("household.upserted", "CH-1"),
            ("household.upserted", "CH-2"),
            ("household.deleted", "CH-1"),
        ]
        caught_up = await vacancies.partner_changes(service.changes[-1].cursor)
        assert caught_up.items == []
        found = await vacancies.partner_lookup(["CH-1", "CH-2"])
        assert ([h.external_id for h in found.items], found.missing) == (["CH-2"], ["CH-1"])
        with pytest.raises(HouseholdNotFound):
            await vacancies.partner_get_household("CH-1")


def a_home(urn: str = "SC123456") -> HomeCreate:
    return HomeCreate.model_validate(home(urn))


def a_partner_place(household: str | None = None, home: str | None = None, **overrides):
    return PartnerVacancyCreate.model_validate(
        {
            "household_external_id": household,
            "home_external_id": home,
            "available_from": "2026-11-24",
            "age_min": 12,
            "age_max": 14,
            "placement_kinds": ["short_term"],
            **overrides,
        }
    )


class TestPartnerHomesAndPlaces:
    async def test_homes_by_external_id(self, service, vacancies):
        created = await vacancies.partner_put_home("OAK", a_home())
        with pytest.raises(PreconditionRequired):
            await vacancies.partner_put_home("OAK", a_home())
        same = await vacancies.partner_put_home("OAK", a_home(), created.etag)
        assert same.etag == created.etag  # an unchanged replace writes nothing, as the service
        elm = a_home().model_copy(update={"name": "Elm House"})
        replaced = await vacancies.partner_put_home("OAK", elm, created.etag)
        assert replaced.value.version == 2
        found = await vacancies.partner_lookup_homes(["OAK", "ELM"])
        assert ([h.external_id for h in found.items], found.missing) == (["OAK"], ["ELM"])
        await vacancies.partner_delete_home("OAK", replaced.etag)
        with pytest.raises(HomeNotFound):
            await vacancies.partner_get_home("OAK")

    async def test_a_place_names_its_holder_and_stays_within_its_ages(self, service, vacancies):
        await vacancies.partner_put_household("ROWAN", a_household())
        created = await vacancies.partner_put_vacancy("BED-1", a_partner_place("ROWAN"))
        assert created.value.household_external_id == "ROWAN"
        with pytest.raises(ValidationFailed):
            await vacancies.partner_put_vacancy("BED-2", a_partner_place("ROWAN", age_max=17))
        with pytest.raises(ValidationFailed):
            await vacancies.partner_put_vacancy("BED-3", a_partner_place("NOBODY"))
        read = await vacancies.partner_get_vacancy("BED-1")
        assert read.value == created.value
        found = await vacancies.partner_lookup_vacancies(["BED-1", "BED-2"])
        assert found.missing == ["BED-2"]
        await vacancies.partner_delete_vacancy("BED-1", read.etag)
        with pytest.raises(VacancyNotFound):
            await vacancies.partner_get_vacancy("BED-1")
        assert [e.type for e in service.changes][-2:] == ["vacancy.opened", "vacancy.deleted"]

    async def test_a_filled_place_keeps_itself_and_its_household(self, service, vacancies):
        household = await vacancies.create_household(a_household())
        place = service.add_vacancy(a_place(household.value.id))
        filled = await vacancies.fill(place.id, "ref-1")
        with pytest.raises(InvalidState):
            await vacancies.delete_vacancy(place.id, filled.etag)
        with pytest.raises(InvalidState):
            await vacancies.delete_household(household.value.id, household.etag)

    async def test_an_officer_deletes_a_household_with_its_available_place(
        self, service, vacancies
    ):
        household = await vacancies.create_household(a_household())
        place = service.add_vacancy(a_place(household.value.id))
        with pytest.raises(PreconditionFailed):
            await vacancies.delete_household(household.value.id, '"stale.1"')
        await vacancies.delete_household(household.value.id, household.etag)
        assert service.vacancies == {} and service.households == {}
        with pytest.raises(VacancyNotFound):
            await vacancies.get_vacancy(place.id)


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
async def test_partner_calls_answer_as_the_service_does(scenario, service, vacancies):
    """The same client calls and assertions as test_client.py runs against the real app."""
    await SCENARIOS[scenario](vacancies)
