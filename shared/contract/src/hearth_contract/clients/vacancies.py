"""The typed client for the vacancies service: one method per endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date
from typing import Any
from urllib.parse import quote

import httpx

from hearth_contract.clients.base import Versioned, request_json
from hearth_contract.clients.events import EventsClient
from hearth_contract.common import Batch, BatchGet, EventPage, EventRead, Page
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import (
    BulkUpsertResult,
    HomeBulkUpsert,
    HomeCreate,
    HomeLookupResult,
    HomeRead,
    HouseholdBulkResult,
    HouseholdBulkUpsert,
    HouseholdCreate,
    HouseholdLookup,
    HouseholdLookupResult,
    HouseholdRead,
    ImportReport,
    PartnerLookup,
    PartnerVacancyCreate,
    PartnerVacancyRead,
    PlacementKind,
    SupplyFigures,
    VacancyBulkUpsert,
    VacancyCommand,
    VacancyConfirm,
    VacancyCreate,
    VacancyLookupResult,
    VacancyMarkUnavailable,
    VacancyRead,
    VacancyState,
)

__all__ = ["VacanciesClient"]


def _one(collection: str, record_id: str, suffix: str = "") -> str:
    return f"/v1/{collection}/{quote(record_id, safe='')}{suffix}"


def _partner(external_id: str, collection: str = "households") -> str:
    return _one(f"partner/{collection}", external_id)


def _without_none(params: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in params.items() if value is not None}


class VacanciesClient(EventsClient):
    """Keeps households, homes and places; every failure raises the server's problem type.

    Agency officers use the household, home, vacancy, confirmation, supply and
    spreadsheet methods; integration partners use the ``partner_`` methods, and the
    confirmation ones (``confirmations_due``, ``confirm``) to keep their places fresh.
    """

    async def create_household(self, body: HouseholdCreate) -> Versioned[HouseholdRead]:
        """Record a foster household of the calling agency."""
        response = await self._request("POST", "/v1/households", json=request_json(body))
        return self._versioned(HouseholdRead, response)

    async def list_households(
        self, *, cursor: str | None = None, limit: int | None = None
    ) -> Page[HouseholdRead]:
        """One page of the agency's households, by name; pass ``next_cursor`` back as ``cursor``."""
        params = _without_none({"cursor": cursor, "limit": limit})
        response = await self._request("GET", "/v1/households", params=params)
        return self._parse(Page[HouseholdRead], response)

    async def iterate_households(self, *, limit: int | None = None) -> AsyncIterator[HouseholdRead]:
        """Every household of the agency, page after page."""
        cursor = None
        while True:
            page = await self.list_households(cursor=cursor, limit=limit)
            for household in page.items:
                yield household
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    async def get_household(self, household_id: str) -> Versioned[HouseholdRead]:
        """One household, with its ETag for a later change."""
        response = await self._request("GET", _one("households", household_id))
        return self._versioned(HouseholdRead, response)

    async def batch_get_households(self, ids: Sequence[str]) -> Batch[HouseholdRead]:
        """Up to 1,000 households by id in one call; the ids with none come back as missing."""
        return await self._batch_get("households", ids, Batch[HouseholdRead])

    async def replace_household(
        self, household_id: str, body: HouseholdCreate, etag: str
    ) -> Versioned[HouseholdRead]:
        """Replace a household's record if it is still at version ``etag``."""
        response = await self._request(
            "PUT",
            _one("households", household_id),
            json=request_json(body),
            headers={"If-Match": etag},
        )
        return self._versioned(HouseholdRead, response)

    async def delete_household(self, household_id: str, etag: str) -> None:
        """Delete a household and its places if still at ``etag`` (409 while one is committed)."""
        await self._request("DELETE", _one("households", household_id), headers={"If-Match": etag})

    async def create_home(self, body: HomeCreate) -> Versioned[HomeRead]:
        """Record a children's home of the calling agency."""
        response = await self._request("POST", "/v1/homes", json=request_json(body))
        return self._versioned(HomeRead, response)

    async def list_homes(self) -> list[HomeRead]:
        """The agency's children's homes, by name."""
        return self._parse(list[HomeRead], await self._request("GET", "/v1/homes"))

    async def get_home(self, home_id: str) -> Versioned[HomeRead]:
        """One children's home, with its ETag."""
        return self._versioned(HomeRead, await self._request("GET", _one("homes", home_id)))

    async def batch_get_homes(self, ids: Sequence[str]) -> Batch[HomeRead]:
        """Up to 1,000 children's homes by id in one call; the rest come back as missing."""
        return await self._batch_get("homes", ids, Batch[HomeRead])

    async def replace_home(self, home_id: str, body: HomeCreate, etag: str) -> Versioned[HomeRead]:
        """Replace a home's record if it is still at version ``etag``."""
        response = await self._request(
            "PUT", _one("homes", home_id), json=request_json(body), headers={"If-Match": etag}
        )
        return self._versioned(HomeRead, response)

    async def delete_home(self, home_id: str, etag: str) -> None:
        """Delete a home and its places if still at ``etag`` (409 while one is committed)."""
        await self._request("DELETE", _one("homes", home_id), headers={"If-Match": etag})

    async def open_vacancy(self, body: VacancyCreate) -> Versioned[VacancyRead]:
        """Open a free place in a household or home."""
        response = await self._request("POST", "/v1/vacancies", json=request_json(body))
        return self._versioned(VacancyRead, response)

    async def list_vacancies(
        self,
        *,
        state: Sequence[VacancyState | str] | None = None,
        age: int | None = None,
        setting: Setting | None = None,
        placement_kind: PlacementKind | None = None,
        available_by: date | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> Page[VacancyRead]:
        """One page of the agency's places, soonest available first."""
        params = _without_none(
            {
                "state": [str(s) for s in state] if state else None,
                "age": age,
                "setting": setting,
                "placement_kind": placement_kind,
                "available_by": available_by.isoformat() if available_by else None,
                "cursor": cursor,
                "limit": limit,
            }
        )
        response = await self._request("GET", "/v1/vacancies", params=params)
        return self._parse(Page[VacancyRead], response)

    async def iterate_vacancies(self, **filters: Any) -> AsyncIterator[VacancyRead]:
        """Every place matching ``filters`` (as :meth:`list_vacancies`), page after page."""
        cursor = filters.pop("cursor", None)
        while True:
            page = await self.list_vacancies(cursor=cursor, **filters)
            for vacancy in page.items:
                yield vacancy
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    async def list_held_by_me(
        self, *, cursor: str | None = None, limit: int | None = None
    ) -> Page[VacancyRead]:
        """One page of the places on hold that this caller placed (a service: across the
        agencies it acted for)."""
        params = _without_none({"cursor": cursor, "limit": limit})
        response = await self._request("GET", "/v1/vacancies:held-by-me", params=params)
        return self._parse(Page[VacancyRead], response)

    async def iterate_held_by_me(self, *, limit: int | None = None) -> AsyncIterator[VacancyRead]:
        """Every place on hold that this caller placed, page after page."""
        cursor = None
        while True:
            page = await self.list_held_by_me(cursor=cursor, limit=limit)
            for vacancy in page.items:
                yield vacancy
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    async def get_vacancy(self, vacancy_id: str) -> Versioned[VacancyRead]:
        """One place and its state."""
        response = await self._request("GET", _one("vacancies", vacancy_id))
        return self._versioned(VacancyRead, response)

    async def batch_get_vacancies(self, ids: Sequence[str]) -> Batch[VacancyRead]:
        """Up to 1,000 places by id in one call; the ids with none come back as missing."""
        return await self._batch_get("vacancies", ids, Batch[VacancyRead])

    async def _batch_get(self, collection: str, ids: Sequence[str], model: Any) -> Any:
        body = request_json(BatchGet(ids=list(ids)))
        response = await self._request(
            "POST", f"/v1/{collection}:batch-get", json=body, read_only=True
        )
        return self._parse(model, response)

    async def delete_vacancy(self, vacancy_id: str, etag: str) -> None:
        """Delete a place if still at ``etag``; 409 while it is held, reserved or filled."""
        await self._request("DELETE", _one("vacancies", vacancy_id), headers={"If-Match": etag})

    async def hold(
        self, vacancy_id: str, referral_id: str, *, idempotency_key: str | None = None
    ) -> Versioned[VacancyRead]:
        """Hold a place for a referral sent to the agency.

        With ``idempotency_key`` the call is retried when its answer is lost, and a retry
        answers the first result instead of holding twice.
        """
        return await self._command(
            vacancy_id,
            "hold",
            VacancyCommand(referral_id=referral_id),
            headers={"Idempotency-Key": idempotency_key} if idempotency_key else None,
        )

    async def reserve(self, vacancy_id: str, referral_id: str) -> Versioned[VacancyRead]:
        """Reserve a place for a referral once an offer is made."""
        return await self._command(vacancy_id, "reserve", VacancyCommand(referral_id=referral_id))

    async def fill(self, vacancy_id: str, referral_id: str) -> Versioned[VacancyRead]:
        """Fill a place; raises DoubleBooking if it is taken or held for another referral."""
        return await self._command(vacancy_id, "fill", VacancyCommand(referral_id=referral_id))

    async def release(
        self, vacancy_id: str, *, referral_id: str | None = None
    ) -> Versioned[VacancyRead]:
        """Release a hold or reservation: the place is available again.

        With ``referral_id``, only if the place is held or reserved for that referral
        (``InvalidState`` otherwise).
        """
        params = {"referral_id": referral_id} if referral_id is not None else None
        response = await self._request(
            "POST", _one("vacancies", vacancy_id, "/release"), params=params
        )
        return self._versioned(VacancyRead, response)

    async def mark_unavailable(
        self, vacancy_id: str, body: VacancyMarkUnavailable
    ) -> Versioned[VacancyRead]:
        """Take a place off the list, with a reason."""
        return await self._command(vacancy_id, "unavailable", body)

    async def confirm(self, vacancy_id: str, body: VacancyConfirm) -> Versioned[VacancyRead]:
        """Record today's call with the carer or home about a place."""
        return await self._command(vacancy_id, "confirm", body)

    async def _command(
        self, vacancy_id: str, command: str, body: Any, headers: dict[str, str] | None = None
    ) -> Versioned[VacancyRead]:
        json = request_json(body) if body is not None else None
        response = await self._request(
            "POST", _one("vacancies", vacancy_id, f"/{command}"), json=json, headers=headers
        )
        return self._versioned(VacancyRead, response)

    async def confirmations_due(self) -> list[VacancyRead]:
        """Places to confirm today, longest unconfirmed first."""
        response = await self._request("GET", "/v1/confirmations/due")
        return self._parse(list[VacancyRead], response)

    async def supply(self) -> SupplyFigures:
        """Free places by setting, age band and placement kind, and the stale count."""
        return self._parse(SupplyFigures, await self._request("GET", "/v1/supply"))

    async def export_csv(self) -> str:
        """The agency's vacancy list as CSV text."""
        response = await self._request(
            "GET", "/v1/vacancies/export", headers={"Accept": "text/csv, application/problem+json"}
        )
        return response.text

    async def import_csv(self, csv: str | bytes) -> ImportReport:
        """Import the vacancy list from CSV; nothing is written unless every row passes."""
        content = csv.encode("utf-8") if isinstance(csv, str) else csv
        response = await self._request(
            "POST", "/v1/vacancies/import", content=content, headers={"Content-Type": "text/csv"}
        )
        return self._parse(ImportReport, response)

    async def partner_get_household(self, external_id: str) -> Versioned[HouseholdRead]:
        """One household by the partner's external id, with its strong ETag."""
        return self._versioned(HouseholdRead, await self._request("GET", _partner(external_id)))

    async def partner_put_household(
        self, external_id: str, body: HouseholdCreate, etag: str | None = None
    ) -> Versioned[HouseholdRead]:
        """Create (no ``etag``, or ``*``) or replace (the ETag last read) by external id."""
        headers = {"If-Match": etag} if etag is not None else None
        response = await self._request(
            "PUT", _partner(external_id), json=request_json(body), headers=headers
        )
        return self._versioned(HouseholdRead, response)

    async def partner_delete_household(self, external_id: str, etag: str) -> None:
        """Delete a household if it is still at version ``etag``; the feed gets a tombstone."""
        await self._request("DELETE", _partner(external_id), headers={"If-Match": etag})

    async def partner_bulk_upsert(self, body: HouseholdBulkUpsert) -> HouseholdBulkResult:
        """Create or replace up to 1,000 households; one result per item, in order."""
        response = await self._request(
            "POST", "/v1/partner/households:bulk", json=request_json(body)
        )
        return self._parse(HouseholdBulkResult, response)

    async def partner_lookup(self, external_ids: Sequence[str]) -> HouseholdLookupResult:
        """Read up to 1,000 households by external id; the rest come back as ``missing``."""
        body = HouseholdLookup(external_ids=list(external_ids))
        response = await self._request(
            "POST", "/v1/partner/households:lookup", json=request_json(body)
        )
        return self._parse(HouseholdLookupResult, response)

    async def partner_get_home(self, external_id: str) -> Versioned[HomeRead]:
        """One children's home by the partner's external id, with its strong ETag."""
        response = await self._request("GET", _partner(external_id, "homes"))
        return self._versioned(HomeRead, response)

    async def partner_put_home(
        self, external_id: str, body: HomeCreate, etag: str | None = None
    ) -> Versioned[HomeRead]:
        """Create (no ``etag``, or ``*``) or replace (the ETag last read) a home by external id."""
        return self._versioned(HomeRead, await self._partner_put("homes", external_id, body, etag))

    async def partner_delete_home(self, external_id: str, etag: str) -> None:
        """Delete a home and its places if still at ``etag``; the feed gets tombstones."""
        await self._request("DELETE", _partner(external_id, "homes"), headers={"If-Match": etag})

    async def partner_bulk_upsert_homes(self, body: HomeBulkUpsert) -> BulkUpsertResult:
        """Create or replace up to 1,000 homes; one result per item, in order."""
        return await self._partner_bulk("homes", body)

    async def partner_lookup_homes(self, external_ids: Sequence[str]) -> HomeLookupResult:
        """Read up to 1,000 homes by external id; the rest come back as ``missing``."""
        return self._parse(HomeLookupResult, await self._partner_lookup("homes", external_ids))

    async def partner_get_vacancy(self, external_id: str) -> Versioned[PartnerVacancyRead]:
        """One place by the partner's external id, with its strong ETag."""
        response = await self._request("GET", _partner(external_id, "vacancies"))
        return self._versioned(PartnerVacancyRead, response)

    async def partner_put_vacancy(
        self, external_id: str, body: PartnerVacancyCreate, etag: str | None = None
    ) -> Versioned[PartnerVacancyRead]:
        """Create or replace a place by external id; its holder is named by external id too."""
        response = await self._partner_put("vacancies", external_id, body, etag)
        return self._versioned(PartnerVacancyRead, response)

    async def partner_delete_vacancy(self, external_id: str, etag: str) -> None:
        """Delete a place if still at ``etag`` (409 while held, reserved or filled)."""
        headers = {"If-Match": etag}
        await self._request("DELETE", _partner(external_id, "vacancies"), headers=headers)

    async def partner_bulk_upsert_vacancies(self, body: VacancyBulkUpsert) -> BulkUpsertResult:
        """Create or replace up to 1,000 places; one result per item, in order."""
        return await self._partner_bulk("vacancies", body)

    async def partner_lookup_vacancies(self, external_ids: Sequence[str]) -> VacancyLookupResult:
        """Read up to 1,000 places by external id; the rest come back as ``missing``."""
        response = await self._partner_lookup("vacancies", external_ids)
        return self._parse(VacancyLookupResult, response)

    async def _partner_put(
        self, collection: str, external_id: str, body: Any, etag: str | None
    ) -> httpx.Response:
        headers = {"If-Match": etag} if etag is not None else None
        return await self._request(
            "PUT", _partner(external_id, collection), json=request_json(body), headers=headers
        )

    async def _partner_bulk(self, collection: str, body: Any) -> BulkUpsertResult:
        response = await self._request(
            "POST", f"/v1/partner/{collection}:bulk", json=request_json(body)
        )
        return self._parse(BulkUpsertResult, response)

    async def _partner_lookup(self, collection: str, external_ids: Sequence[str]) -> httpx.Response:
        body = PartnerLookup(external_ids=list(external_ids))
        return await self._request(
            "POST", f"/v1/partner/{collection}:lookup", json=request_json(body)
        )

    async def partner_changes(self, after: str | None = None, limit: int = 100) -> EventPage:
        """The agency's changes after cursor ``after``: upserts and tombstones, in order."""
        params: dict[str, Any] = {"limit": limit}
        if after is not None:
            params["after"] = after
        response = await self._request("GET", "/v1/partner/changes", params=params)
        return self._parse(EventPage, response)

    async def iterate_partner_changes(
        self, after: str | None = None, limit: int = 100
    ) -> AsyncIterator[EventRead]:
        """Every change after ``after`` until the feed is caught up."""
        while True:
            page = await self.partner_changes(after, limit)
            for event in page.items:
                yield event
            if not page.items or page.next_cursor is None:
                return
            after = page.next_cursor
