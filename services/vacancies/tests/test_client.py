"""The typed vacancies client against the real service, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date

import httpx
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import VacanciesClient, Versioned
from hearth_contract.common import EventPage, EventRead, Page
from hearth_contract.problems import (
    DoubleBooking,
    Forbidden,
    HomeNotFound,
    HouseholdNotFound,
    InvalidState,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.vacancies import (
    BulkItemStatus,
    ConfirmationOutcome,
    HomeBulkItem,
    HomeBulkUpsert,
    HomeCreate,
    HomeRead,
    HouseholdBulkItem,
    HouseholdBulkUpsert,
    HouseholdCreate,
    HouseholdRead,
    PartnerVacancyCreate,
    PartnerVacancyRead,
    PlacementKind,
    SupplyFigures,
    UnavailableReason,
    VacancyBulkItem,
    VacancyBulkUpsert,
    VacancyConfirm,
    VacancyCreate,
    VacancyMarkUnavailable,
    VacancyRead,
    VacancyState,
)
from hearth_kit.context import REQUEST_ID_HEADER
from vacancies_testkit import (
    AGENCY_A,
    AGENCY_B,
    KENT,
    home_body,
    household_body,
    settle_feed,
    vacancy_body,
)

REQUEST_ID = "vacancies-client-request-0001"


def a_household(**overrides) -> HouseholdCreate:
    return HouseholdCreate.model_validate(household_body(**overrides))


def a_home(**overrides) -> HomeCreate:
    return HomeCreate.model_validate(home_body(**overrides))


def a_vacancy(
    household_id: str | None = None, home_id: str | None = None, **overrides
) -> VacancyCreate:
    return VacancyCreate.model_validate(vacancy_body(household_id, home_id, **overrides))


def officer_client(client, tokens, agency_id: str, **options) -> VacanciesClient:
    async def token() -> str:  # a refreshing token source, as a real integration would have
        return tokens.mint(
            CallerKind.AGENCY,
            agency_id,
            [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE],
            subject="officer-1",
        )

    return VacanciesClient(client, token, **options)


@pytest.fixture
def officer(client, tokens) -> VacanciesClient:
    return officer_client(client, tokens, AGENCY_A, request_id_provider=lambda: REQUEST_ID)


@pytest.fixture
def other_officer(client, tokens) -> VacanciesClient:
    return officer_client(client, tokens, AGENCY_B)


@pytest.fixture
def partner(client, tokens) -> VacanciesClient:
    return VacanciesClient(
        client,
        tokens.mint(CallerKind.PARTNER, AGENCY_A, [Scope.VACANCIES_SYNC], subject="charms-sync"),
    )


@pytest.fixture
def la(client, tokens) -> VacanciesClient:
    return VacanciesClient(client, tokens.mint(CallerKind.LA, KENT, [Scope.VACANCIES_READ]))


class TestHouseholds:
    async def test_create_returns_the_typed_household_and_its_etag(self, officer):
        created = await officer.create_household(a_household())
        assert isinstance(created, Versioned)
        assert isinstance(created.value, HouseholdRead)
        assert created.value.agency_id == AGENCY_A
        assert created.etag == f'"{created.value.id}.1"'
        read = await officer.get_household(created.value.id)
        assert read.value == created.value
        assert read.etag == created.etag

    async def test_replace_with_the_etag_then_a_stale_one_fails(self, officer):
        created = await officer.create_household(a_household())
        replaced = await officer.replace_household(
            created.value.id, a_household(name="Ash"), created.etag
        )
        assert (replaced.value.name, replaced.value.version) == ("Ash", 2)
        with pytest.raises(PreconditionFailed):
            await officer.replace_household(created.value.id, a_household(), created.etag)

    async def test_another_agencys_household_is_not_found(self, officer, other_officer):
        created = await officer.create_household(a_household())
        with pytest.raises(HouseholdNotFound) as caught:
            await other_officer.get_household(created.value.id)
        assert isinstance(caught.value, NotFound)
        assert caught.value.status == 404

    async def test_rule_breaches_fail_validation_with_pointers(self, officer):
        body = household_body()
        body["approval"] = {**body["approval"], "age_min": 16, "age_max": 4}
        with pytest.raises(ValidationFailed) as caught:
            await officer.create_household(HouseholdCreate.model_validate(body))
        assert [e.pointer for e in caught.value.errors] == ["/approval/age_max"]

    async def test_the_list_is_followed_page_by_page(self, officer):
        for name in ("Birch", "Alder", "Cedar"):
            await officer.create_household(a_household(name=name))
        page = await officer.list_households(limit=2)
        assert isinstance(page, Page) and len(page.items) == 2 and page.next_cursor
        names = [h.name async for h in officer.iterate_households(limit=1)]
        assert names == ["Alder", "Birch", "Cedar"]

    async def test_an_la_caller_is_forbidden(self, la):
        with pytest.raises(Forbidden):
            await la.list_households()


class TestDeletes:
    async def test_an_officer_deletes_a_place_then_its_household_and_a_home(self, officer):
        household = await officer.create_household(a_household())
        opened = await officer.open_vacancy(a_vacancy(household.value.id))
        with pytest.raises(PreconditionFailed):
            await officer.delete_vacancy(opened.value.id, '"stale.1"')
        await officer.delete_vacancy(opened.value.id, opened.etag)
        with pytest.raises(VacancyNotFound):
            await officer.get_vacancy(opened.value.id)
        await officer.delete_household(household.value.id, household.etag)
        with pytest.raises(HouseholdNotFound):
            await officer.get_household(household.value.id)
        home = await officer.create_home(a_home())
        await officer.delete_home(home.value.id, home.etag)
        with pytest.raises(HomeNotFound):
            await officer.get_home(home.value.id)

    async def test_a_held_place_keeps_its_household(self, officer, send_referral):
        household = await officer.create_household(a_household())
        opened = await officer.open_vacancy(a_vacancy(household.value.id))
        held = await officer.hold(opened.value.id, await send_referral())
        with pytest.raises(InvalidState):
            await officer.delete_vacancy(opened.value.id, held.etag)
        with pytest.raises(InvalidState):
            await officer.delete_household(household.value.id, household.etag)


class TestHomes:
    async def test_create_list_read_and_replace(self, officer):
        created = await officer.create_home(a_home())
        assert isinstance(created.value, HomeRead)
        assert [h.id for h in await officer.list_homes()] == [created.value.id]
        read = await officer.get_home(created.value.id)
        assert read.etag == created.etag
        replaced = await officer.replace_home(created.value.id, a_home(name="Elm House"), read.etag)
        assert replaced.value.name == "Elm House" and replaced.etag != read.etag


class TestVacancies:
    async def test_open_list_and_read_a_place(self, officer):
        household = (await officer.create_household(a_household())).value
        opened = await officer.open_vacancy(a_vacancy(household.id))
        assert isinstance(opened.value, VacancyRead)
        assert opened.value.state is VacancyState.AVAILABLE
        assert opened.etag == f'"{opened.value.id}.1"'
        page = await officer.list_vacancies(state=[VacancyState.AVAILABLE], age=10)
        assert [v.id for v in page.items] == [opened.value.id]
        assert (await officer.list_vacancies(state=[VacancyState.FILLED])).items == []
        assert [v.id async for v in officer.iterate_vacancies(limit=1)] == [opened.value.id]
        assert (await officer.get_vacancy(opened.value.id)).value == opened.value

    async def test_hold_reserve_fill_and_a_second_fill_is_double_booking(
        self, officer, send_referral
    ):
        first, second = await send_referral(), await send_referral()
        household = (await officer.create_household(a_household())).value
        vacancy_id = (await officer.open_vacancy(a_vacancy(household.id))).value.id
        assert (await officer.hold(vacancy_id, first)).value.state is VacancyState.ON_HOLD
        assert (await officer.reserve(vacancy_id, first)).value.state is VacancyState.RESERVED
        filled = await officer.fill(vacancy_id, first)
        assert (filled.value.state, filled.value.referral_id) == (VacancyState.FILLED, first)
        with pytest.raises(DoubleBooking) as caught:
            await officer.fill(vacancy_id, second)
        assert caught.value.status == 409

    async def test_release_mark_unavailable_and_confirm(self, officer, send_referral):
        referral_id = await send_referral()
        household = (await officer.create_household(a_household())).value
        vacancy_id = (await officer.open_vacancy(a_vacancy(household.id))).value.id
        await officer.hold(vacancy_id, referral_id)
        released = await officer.release(vacancy_id)
        assert (released.value.state, released.value.referral_id) == (VacancyState.AVAILABLE, None)
        with pytest.raises(InvalidState):
            await officer.release(vacancy_id)
        confirmed = await officer.confirm(
            vacancy_id, VacancyConfirm(outcome=ConfirmationOutcome.STILL_AVAILABLE)
        )
        assert confirmed.value.stale is False
        off = await officer.mark_unavailable(
            vacancy_id, VacancyMarkUnavailable(reason=UnavailableReason.CARER_BREAK)
        )
        assert off.value.state is VacancyState.UNAVAILABLE
        assert off.value.unavailable_reason is UnavailableReason.CARER_BREAK

    async def test_a_referral_not_sent_to_the_agency_fails_on_referral_id(
        self, officer, send_referral
    ):
        theirs = await send_referral(agency_ids=(AGENCY_B,))
        household = (await officer.create_household(a_household())).value
        vacancy_id = (await officer.open_vacancy(a_vacancy(household.id))).value.id
        with pytest.raises(ValidationFailed) as caught:
            await officer.hold(vacancy_id, theirs)
        assert [e.pointer for e in caught.value.errors] == ["/referral_id"]

    async def test_unknown_place_is_not_found(self, officer):
        with pytest.raises(VacancyNotFound):
            await officer.get_vacancy("no-such-vacancy")

    async def test_confirmations_due_and_supply(self, officer):
        household = (await officer.create_household(a_household())).value
        await officer.open_vacancy(a_vacancy(household.id))
        assert await officer.confirmations_due() == []
        supply = await officer.supply()
        assert isinstance(supply, SupplyFigures)
        assert (supply.free_places, supply.stale) == (1, 0)


class TestSpreadsheets:
    async def test_export_then_import_the_same_list(self, officer):
        household = (await officer.create_household(a_household())).value
        opened = (await officer.open_vacancy(a_vacancy(household.id))).value
        exported = await officer.export_csv()
        rows = list(csv.DictReader(io.StringIO(exported)))
        assert [row["vacancy_id"] for row in rows] == [opened.id]
        report = await officer.import_csv(exported)
        assert report.accepted is True and report.rejected_rows == []

    async def test_a_bad_header_fails_validation(self, officer):
        with pytest.raises(ValidationFailed):
            await officer.import_csv("nothing,useful\n1,2\n")

    async def test_not_utf8_is_refused(self, officer):
        with pytest.raises(ValidationFailed):
            await officer.import_csv(b"\xff\xfe\x00bad")


class TestPartnerSync:
    async def test_put_creates_then_needs_the_current_etag(self, partner):
        created = await partner.partner_put_household("CH-1", a_household())
        assert created.value.external_id == "CH-1" and created.value.version == 1
        with pytest.raises(PreconditionRequired):
            await partner.partner_put_household("CH-1", a_household(name="New"))
        replaced = await partner.partner_put_household(
            "CH-1", a_household(name="New"), created.etag
        )
        assert replaced.value.name == "New" and replaced.etag != created.etag
        with pytest.raises(PreconditionFailed):
            await partner.partner_put_household("CH-1", a_household(name="Stale"), created.etag)
        read = await partner.partner_get_household("CH-1")
        assert read.value == replaced.value and read.etag == replaced.etag

    async def test_delete_then_get_is_not_found(self, partner):
        created = await partner.partner_put_household("CH-2", a_household())
        await partner.partner_delete_household("CH-2", created.etag)
        with pytest.raises(HouseholdNotFound):
            await partner.partner_get_household("CH-2")

    async def test_bulk_upsert_and_lookup(self, partner):
        items = [
            HouseholdBulkItem(external_id=f"B-{i}", household=household_body(name=f"H{i}"))
            for i in range(3)
        ]
        items.append(HouseholdBulkItem(external_id="B-bad", household={"name": "incomplete"}))
        result = await partner.partner_bulk_upsert(HouseholdBulkUpsert(items=items))
        assert [r.status for r in result.results] == [BulkItemStatus.CREATED] * 3 + [
            BulkItemStatus.REJECTED
        ]
        assert result.results[3].problem.status == 422
        found = await partner.partner_lookup(["B-0", "B-2", "B-bad"])
        assert sorted(h.external_id for h in found.items) == ["B-0", "B-2"]
        assert found.missing == ["B-bad"]

    async def test_the_change_feed_is_followed_to_the_end(self, app, partner):
        created = await partner.partner_put_household("F-1", a_household())
        await partner.partner_put_household("F-2", a_household())
        await partner.partner_delete_household("F-1", created.etag)
        await settle_feed(app)
        page = await partner.partner_changes(limit=2)
        assert isinstance(page, EventPage) and len(page.items) == 2
        every = [e async for e in partner.iterate_partner_changes(limit=1)]
        assert all(isinstance(e, EventRead) for e in every)
        assert [(e.type, e.data["external_id"]) for e in every] == [
            ("household.upserted", "F-1"),
            ("household.upserted", "F-2"),
            ("household.deleted", "F-1"),
        ]
        rest = [e async for e in partner.iterate_partner_changes(every[-1].cursor)]
        assert rest == []

    async def test_homes_by_external_id_bulk_and_lookup(self, partner):
        created = await partner.partner_put_home("OAK", a_home())
        assert isinstance(created.value, HomeRead) and created.value.external_id == "OAK"
        with pytest.raises(PreconditionRequired):
            await partner.partner_put_home("OAK", a_home(name="Elm"))
        replaced = await partner.partner_put_home("OAK", a_home(name="Elm"), created.etag)
        assert (await partner.partner_get_home("OAK")).etag == replaced.etag
        result = await partner.partner_bulk_upsert_homes(
            HomeBulkUpsert(
                items=[
                    HomeBulkItem(external_id="ASH", home=home_body(urn="SC200001")),
                    HomeBulkItem(external_id="ELM", home=home_body()),  # OAK's URN
                ]
            )
        )
        assert [r.status for r in result.results] == [
            BulkItemStatus.CREATED,
            BulkItemStatus.REJECTED,
        ]
        found = await partner.partner_lookup_homes(["OAK", "ASH", "ELM"])
        assert sorted(h.external_id for h in found.items) == ["ASH", "OAK"]
        assert found.missing == ["ELM"]
        await partner.partner_delete_home("OAK", replaced.etag)
        with pytest.raises(HomeNotFound):
            await partner.partner_get_home("OAK")

    async def test_places_by_external_id_bulk_lookup_and_delete(self, partner):
        await partner.partner_put_household("ROWAN", a_household())
        body = PartnerVacancyCreate(
            household_external_id="ROWAN",
            available_from=date(2026, 11, 24),
            age_min=8,
            age_max=14,
            placement_kinds=[PlacementKind.SHORT_TERM],
        )
        created = await partner.partner_put_vacancy("BED-1", body)
        assert isinstance(created.value, PartnerVacancyRead)
        assert created.value.household_external_id == "ROWAN"
        with pytest.raises(ValidationFailed) as caught:
            await partner.partner_put_vacancy("BED-2", body.model_copy(update={"age_max": 17}), "*")
        assert caught.value.errors[0].pointer == "/age_max"
        result = await partner.partner_bulk_upsert_vacancies(
            VacancyBulkUpsert(
                items=[
                    VacancyBulkItem(
                        external_id="BED-1",
                        if_match=created.etag,
                        vacancy=body.model_dump(mode="json"),
                    )
                ]
            )
        )
        assert result.results[0].status is BulkItemStatus.UNCHANGED
        found = await partner.partner_lookup_vacancies(["BED-1", "BED-2"])
        assert [v.external_id for v in found.items] == ["BED-1"]
        assert found.missing == ["BED-2"]
        read = await partner.partner_get_vacancy("BED-1")
        await partner.partner_delete_vacancy("BED-1", read.etag)
        with pytest.raises(VacancyNotFound):
            await partner.partner_get_vacancy("BED-1")

    async def test_an_officer_cannot_use_the_partner_api(self, officer):
        with pytest.raises(Forbidden):
            await officer.partner_changes()


class TestRequestIds:
    async def test_request_id_is_sent_echoed_and_passed_to_referrals(
        self, client: httpx.AsyncClient, officer, send_referral, peer_recorder
    ):
        echoed: list[str | None] = []

        async def remember(response: httpx.Response) -> None:
            echoed.append(response.headers.get(REQUEST_ID_HEADER))

        referral_id = await send_referral()
        household = (await officer.create_household(a_household())).value
        vacancy_id = (await officer.open_vacancy(a_vacancy(household.id))).value.id
        client.event_hooks["response"].append(remember)
        await officer.hold(vacancy_id, referral_id)
        with pytest.raises(VacancyNotFound) as caught:
            await officer.get_vacancy("no-such-vacancy")
        assert echoed == [REQUEST_ID, REQUEST_ID]
        assert caught.value.request_id == REQUEST_ID
        assert peer_recorder.requests[-1].headers[REQUEST_ID_HEADER] == REQUEST_ID
