"""A respx mock of the vacancies service, so consumers' tests never hand-write its URLs.

    async def test_my_integration(respx_mock):
        vacancies = register_mock_vacancies(respx_mock, "http://vacancies", now=clock.now)
        ...  # code under test calls VacanciesClient(httpx.AsyncClient(base_url=...), token)
        assert vacancies.vacancies[vacancy_id].state is VacancyState.FILLED

It keeps households, homes and places in memory and answers households (create, list,
read, replace and delete with If-Match), vacancies (open, list, held-by-me, read, hold, reserve,
fill, release, delete), partner sync of households, homes and places by external id
(PUT, GET, DELETE, ``:bulk`` with a result per item, ``:lookup``), the services'
batch reads (``households:batch-get``, ``homes:batch-get``, ``vacancies:batch-get``)
and the partner change feed the way the service does, problems included: 404 for
another agency's records, 409 for double booking, deleting a committed place, a taken
URN or a partner's change of approval or registration leaving a place outside its
ages, 412/428 for ETags. A
partner's place is checked against its holder's approved ages only (not its placement
kinds or free room); an unchanged replace writes nothing.
Tokens are not checked; every call acts as :attr:`MockVacancies.agency_id`.
Postcodes are not looked up (every location is at grid 0, 0). Needs the ``mock`` extra.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import respx

from hearth_contract.common import Batch, BatchGet, EventPage, EventRead, Page
from hearth_contract.mocks._http import (
    json_response,
    parse_body,
    problem_response,
    route_service,
    service_address,
)
from hearth_contract.mocks._vacancies_partner import PartnerRecords
from hearth_contract.mocks._vacancies_partner import check_if_match as _check_if_match
from hearth_contract.mocks._vacancies_partner import etag as _etag
from hearth_contract.problems import (
    DoubleBooking,
    FieldError,
    HouseholdNotFound,
    InvalidState,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import (
    HomeRead,
    HouseholdCreate,
    HouseholdLookup,
    HouseholdLookupResult,
    HouseholdRead,
    Location,
    VacancyCommand,
    VacancyCreate,
    VacancyRead,
    VacancyState,
)

__all__ = ["MockVacancies", "register_mock_vacancies"]

_BOOKING = [
    VacancyState.AVAILABLE,
    VacancyState.ON_HOLD,
    VacancyState.RESERVED,
    VacancyState.FILLED,
]
_COMMITTED = (VacancyState.ON_HOLD, VacancyState.RESERVED, VacancyState.FILLED)
_TARGET = {
    "hold": VacancyState.ON_HOLD,
    "reserve": VacancyState.RESERVED,
    "fill": VacancyState.FILLED,
}


_problem = problem_response
_json = json_response


_parse = parse_body


class MockVacancies(PartnerRecords):
    """The in-memory vacancies service behind the respx routes; inspect it in assertions."""

    def __init__(
        self,
        *,
        agency_id: str = "agency-a",
        now: Callable[[], datetime],
        referral_ids: set[str] | None = None,
        caller_id: str = "hearth-matching",
    ) -> None:
        self.agency_id = agency_id
        # Who the mock's one caller is: its holds are recorded as placed by it.
        self.caller_id = caller_id
        self.now = now
        # None: every referral counts as sent to the agency; a set: only these do.
        self.referral_ids = referral_ids
        self.households: dict[str, HouseholdRead] = {}
        self.homes: dict[str, HomeRead] = {}
        self.vacancies: dict[str, VacancyRead] = {}
        self.changes: list[EventRead] = []

    def add_household(
        self,
        body: HouseholdCreate,
        *,
        agency_id: str | None = None,
        external_id: str | None = None,
    ) -> HouseholdRead:
        """Store a household (of ``agency_id``, default the caller's) to seed a test."""
        now = self.now()
        household = HouseholdRead.model_validate(
            {
                **body.model_dump(),
                "id": str(uuid.uuid4()),
                "agency_id": agency_id or self.agency_id,
                "external_id": external_id,
                "version": 1,
                "location": Location(postcode=body.postcode, easting=0, northing=0, la_code=None),
                "created_at": now,
                "updated_at": now,
            }
        )
        self.households[household.id] = household
        self._emit("household.upserted", household, version=1)
        return household

    def add_vacancy(self, body: VacancyCreate) -> VacancyRead:
        """Open a place in one of the caller's households (to seed a test)."""
        if body.household_id is None:
            raise ValidationFailed(
                "The mock opens places in households only.",
                errors=[FieldError(pointer="/household_id", detail="Name a household.")],
            )
        household = self._household(body.household_id)
        vacancy = VacancyRead(
            id=str(uuid.uuid4()),
            agency_id=household.agency_id,
            household_id=household.id,
            home_id=None,
            setting=Setting.FOSTERING,
            state=VacancyState.AVAILABLE,
            unavailable_reason=None,
            referral_id=None,
            available_from=body.available_from,
            age_min=body.age_min,
            age_max=body.age_max,
            placement_kinds=body.placement_kinds,
            placement_type=body.placement_type,
            last_confirmed_at=self.now(),
            last_confirmed_by=f"agency:{household.agency_id}",
            stale=False,
            version=1,
        )
        self.vacancies[vacancy.id] = vacancy
        return vacancy

    def _emit(self, type: str, record: Any, subject_type: str = "household", **data: Any) -> None:
        seq = len(self.changes) + 1
        self.changes.append(
            EventRead(
                event_id=str(uuid.uuid4()),
                type=type,
                occurred_at=self.now(),
                subject_type=subject_type,
                subject_id=record.id,
                cursor=f"0-{seq}",
                data={"agency_id": record.agency_id, "external_id": record.external_id, **data},
            )
        )

    def _household(self, household_id: str) -> HouseholdRead:
        household = self.households.get(household_id)
        if household is None or household.agency_id != self.agency_id:
            raise HouseholdNotFound("No household with this id is visible to you.")
        return household

    def _by_external_id(self, external_id: str) -> HouseholdRead | None:
        return next(
            (
                h
                for h in self.households.values()
                if h.agency_id == self.agency_id and h.external_id == external_id
            ),
            None,
        )

    def _vacancy(self, vacancy_id: str) -> VacancyRead:
        vacancy = self.vacancies.get(vacancy_id)
        if vacancy is None or vacancy.agency_id != self.agency_id:
            raise VacancyNotFound("No vacancy with this id is visible to you.")
        return vacancy

    def _replace(self, household: HouseholdRead, body: HouseholdCreate) -> HouseholdRead:
        replaced = household.model_copy(
            update={
                **{name: getattr(body, name) for name in HouseholdCreate.model_fields},
                "version": household.version + 1,
                "updated_at": self.now(),
            }
        )
        self.households[household.id] = replaced
        self._emit("household.upserted", replaced, version=replaced.version)
        return replaced

    def create_household(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/households``."""
        household = self.add_household(_parse(HouseholdCreate, request))
        return _json(
            household, 201, {"ETag": _etag(household), "Location": f"/v1/households/{household.id}"}
        )

    def list_households(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/households``: by name, offset cursor."""
        rows = sorted(
            (h for h in self.households.values() if h.agency_id == self.agency_id),
            key=lambda h: (h.name, h.id),
        )
        return _json(_page(Page[HouseholdRead], rows, request))

    def get_household(self, request: httpx.Request, household_id: str) -> httpx.Response:
        """``GET /v1/households/{id}``."""
        household = self._household(household_id)
        return _json(household, headers={"ETag": _etag(household)})

    def _batch_get(self, records: dict[str, Any], request: httpx.Request) -> httpx.Response:
        wanted = list(dict.fromkeys(_parse(BatchGet, request).ids))
        found = [
            record
            for record_id in wanted
            if (record := records.get(record_id.lower())) is not None
            and record.agency_id == self.agency_id
        ]
        known = {record.id for record in found}
        missing = [record_id for record_id in wanted if record_id.lower() not in known]
        return _json(Batch[Any](items=found, missing=missing))

    def batch_get_households(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/households:batch-get``."""
        return self._batch_get(self.households, request)

    def batch_get_homes(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/homes:batch-get``."""
        return self._batch_get(self.homes, request)

    def batch_get_vacancies(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/vacancies:batch-get``."""
        return self._batch_get(self.vacancies, request)

    def replace_household(self, request: httpx.Request, household_id: str) -> httpx.Response:
        """``PUT /v1/households/{id}`` with If-Match."""
        household = self._household(household_id)
        body = _parse(HouseholdCreate, request)
        _check_if_match(household, request.headers.get("If-Match"))
        replaced = self._replace(household, body)
        return _json(replaced, headers={"ETag": _etag(replaced)})

    def open_vacancy(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/vacancies`` (households only)."""
        vacancy = self.add_vacancy(_parse(VacancyCreate, request))
        return _json(
            vacancy, 201, {"ETag": _etag(vacancy), "Location": f"/v1/vacancies/{vacancy.id}"}
        )

    def list_vacancies(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/vacancies``: soonest available first, ``state`` filter, offset cursor."""
        states = set(request.url.params.get_list("state"))
        rows = sorted(
            (
                v
                for v in self.vacancies.values()
                if v.agency_id == self.agency_id and (not states or v.state in states)
            ),
            key=lambda v: (v.available_from, v.id),
        )
        return _json(_page(Page[VacancyRead], rows, request))

    def list_held_by_me(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/vacancies:held-by-me``: the places on hold the caller placed."""
        rows = sorted(
            (
                v
                for v in self.vacancies.values()
                if v.state is VacancyState.ON_HOLD and v.held_by == self.caller_id
            ),
            key=lambda v: (v.available_from, v.id),
        )
        return _json(_page(Page[VacancyRead], rows, request))

    def get_vacancy(self, request: httpx.Request, vacancy_id: str) -> httpx.Response:
        """``GET /v1/vacancies/{id}``."""
        vacancy = self._vacancy(vacancy_id)
        return _json(vacancy, headers={"ETag": _etag(vacancy)})

    def command(self, request: httpx.Request, vacancy_id: str, command: str) -> httpx.Response:
        """``POST /v1/vacancies/{id}/{hold|reserve|fill|release}``: never double-books.
        ``fill`` is the offers service's (a service token, every agency's places), as in
        the service; the others act as :attr:`agency_id`."""
        if command == "fill":
            vacancy = self.vacancies.get(vacancy_id)
            if vacancy is None:
                raise VacancyNotFound("No vacancy with this id.")
        else:
            vacancy = self._vacancy(vacancy_id)
        if command == "release":
            if vacancy.state not in (VacancyState.ON_HOLD, VacancyState.RESERVED):
                raise InvalidState(
                    f"Only a place on hold or reserved can be released, not {vacancy.state}."
                )
            wanted = request.url.params.get("referral_id")
            if wanted is not None and vacancy.referral_id != wanted:
                raise InvalidState("The place is not held or reserved for this referral.")
            return self._moved(vacancy, VacancyState.AVAILABLE, None)
        referral_id = _parse(VacancyCommand, request).referral_id
        if self.referral_ids is not None and referral_id not in self.referral_ids:
            raise ValidationFailed(
                "The referral was not sent to your agency.",
                errors=[FieldError(pointer="/referral_id", detail="No such referral sent to you.")],
            )
        if vacancy.state is VacancyState.FILLED:
            if command == "fill" and vacancy.referral_id == referral_id:
                # the mock's caller is a service: filling again for the same child is a retry
                return _json(vacancy, headers={"ETag": _etag(vacancy)})
            raise DoubleBooking("The place is already filled.")
        if vacancy.state is VacancyState.UNAVAILABLE:
            raise InvalidState("The place is marked unavailable.")
        if vacancy.referral_id not in (None, referral_id):
            raise DoubleBooking(
                f"The place is {vacancy.state.replace('_', ' ')} for another referral."
            )
        target = _TARGET[command]
        if _BOOKING.index(target) <= _BOOKING.index(vacancy.state):
            raise InvalidState(f"A {vacancy.state.replace('_', ' ')} place cannot be {command}ed.")
        return self._moved(vacancy, target, referral_id)

    def _moved(
        self, vacancy: VacancyRead, state: VacancyState, referral_id: str | None
    ) -> httpx.Response:
        update: dict[str, Any] = {
            "state": state,
            "referral_id": referral_id,
            "version": vacancy.version + 1,
        }
        if state is VacancyState.AVAILABLE:
            update.update(held_by=None, held_at=None)
        elif state is VacancyState.ON_HOLD or vacancy.held_by is None:
            update.update(held_by=self.caller_id, held_at=self.now())
        moved = vacancy.model_copy(update=update)
        self.vacancies[moved.id] = moved
        return _json(moved, headers={"ETag": _etag(moved)})

    def partner_get(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``GET /v1/partner/households/{external_id}``."""
        household = self._by_external_id(external_id)
        if household is None:
            raise HouseholdNotFound()
        return _json(household, headers={"ETag": _etag(household)})

    def partner_delete(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``DELETE /v1/partner/households/{external_id}``: leaves a tombstone in the feed."""
        household = self._by_external_id(external_id)
        if household is None:
            raise HouseholdNotFound()
        _check_if_match(household, request.headers.get("If-Match"))
        self._remove_holder(household, "household")
        return httpx.Response(204)

    def delete_household(self, request: httpx.Request, household_id: str) -> httpx.Response:
        """``DELETE /v1/households/{id}`` with If-Match: the household and its places go."""
        household = self._household(household_id)
        _check_if_match(household, request.headers.get("If-Match"))
        self._remove_holder(household, "household")
        return httpx.Response(204)

    def delete_vacancy(self, request: httpx.Request, vacancy_id: str) -> httpx.Response:
        """``DELETE /v1/vacancies/{id}`` with If-Match: refused while held, reserved or filled."""
        vacancy = self._vacancy(vacancy_id)
        _check_if_match(vacancy, request.headers.get("If-Match"))
        self._remove_places([vacancy])
        return httpx.Response(204)

    def _remove_holder(self, holder: HouseholdRead | HomeRead, kind: str) -> None:
        places = [v for v in self.vacancies.values() if holder.id in (v.household_id, v.home_id)]
        self._remove_places(places)
        if kind == "household":
            del self.households[holder.id]
        else:
            del self.homes[holder.id]
        self._emit(f"{kind}.deleted", holder, kind)

    def _remove_places(self, places: list[VacancyRead]) -> None:
        if any(v.state in _COMMITTED for v in places):
            raise InvalidState("A place here is held, reserved or filled for a referral.")
        for vacancy in places:
            del self.vacancies[vacancy.id]
            self._emit("vacancy.deleted", vacancy, "vacancy")

    def partner_lookup(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/partner/households:lookup``."""
        wanted = _parse(HouseholdLookup, request).external_ids
        found = [h for e in wanted if (h := self._by_external_id(e)) is not None]
        known = {h.external_id for h in found}
        return _json(
            HouseholdLookupResult(items=found, missing=[e for e in wanted if e not in known])
        )

    def partner_changes(self, request: httpx.Request) -> httpx.Response:
        """``GET /v1/partner/changes?after=&limit=``: the agency's changes after a cursor."""
        after = request.url.params.get("after")
        limit = int(request.url.params.get("limit", 100))
        start = int(after.split("-")[1]) if after else 0
        mine = [e for e in self.changes[start:] if e.data.get("agency_id") == self.agency_id]
        items = mine[:limit]
        return _json(EventPage(items=items, next_cursor=items[-1].cursor if items else after))


def _page(page_type: Any, rows: list[Any], request: httpx.Request) -> Any:
    limit = int(request.url.params.get("limit", 50))
    start = int(request.url.params.get("cursor") or 0)
    next_cursor = str(start + limit) if start + limit < len(rows) else None
    return page_type(items=rows[start : start + limit], next_cursor=next_cursor)


def register_mock_vacancies(
    respx_mock: respx.MockRouter, base_url: str, **options: Any
) -> MockVacancies:
    """Route the vacancies API at ``base_url`` to a new :class:`MockVacancies`."""
    service = MockVacancies(**options)
    prefix, where = service_address(base_url)
    household = rf"{prefix}/v1/households/(?P<household_id>[^/]+)"
    vacancy = rf"{prefix}/v1/vacancies/(?P<vacancy_id>[^/]+)"
    partner = rf"{prefix}/v1/partner/households/(?P<external_id>[^/]+)"
    partner_home = rf"{prefix}/v1/partner/homes/(?P<external_id>[^/:]+)"
    partner_place = rf"{prefix}/v1/partner/vacancies/(?P<external_id>[^/:]+)"
    routes = [
        ("POST", rf"^{prefix}/v1/households:batch-get$", service.batch_get_households),
        ("POST", rf"^{prefix}/v1/homes:batch-get$", service.batch_get_homes),
        ("POST", rf"^{prefix}/v1/vacancies:batch-get$", service.batch_get_vacancies),
        ("DELETE", rf"^{household}$", service.delete_household),
        ("DELETE", rf"^{vacancy}$", service.delete_vacancy),
        ("POST", rf"^{prefix}/v1/partner/households:bulk$", service.partner_bulk_households),
        ("POST", rf"^{prefix}/v1/partner/homes:bulk$", service.partner_bulk_homes),
        ("POST", rf"^{prefix}/v1/partner/vacancies:bulk$", service.partner_bulk_vacancies),
        ("POST", rf"^{prefix}/v1/partner/homes:lookup$", service.partner_lookup_homes),
        ("GET", rf"^{partner_home}$", service.partner_get_home),
        ("PUT", rf"^{partner_home}$", service.partner_put_home),
        ("DELETE", rf"^{partner_home}$", service.partner_delete_home),
        ("POST", rf"^{prefix}/v1/partner/vacancies:lookup$", service.partner_lookup_vacancies),
        ("GET", rf"^{partner_place}$", service.partner_get_vacancy),
        ("PUT", rf"^{partner_place}$", service.partner_put_vacancy),
        ("DELETE", rf"^{partner_place}$", service.partner_delete_vacancy),
        ("POST", rf"^{prefix}/v1/households$", service.create_household),
        ("GET", rf"^{prefix}/v1/households$", service.list_households),
        ("GET", rf"^{household}$", service.get_household),
        ("PUT", rf"^{household}$", service.replace_household),
        ("POST", rf"^{prefix}/v1/vacancies$", service.open_vacancy),
        ("GET", rf"^{prefix}/v1/vacancies$", service.list_vacancies),
        ("GET", rf"^{prefix}/v1/vacancies:held-by-me$", service.list_held_by_me),
        ("POST", rf"^{vacancy}/(?P<command>hold|reserve|fill|release)$", service.command),
        ("GET", rf"^{vacancy}$", service.get_vacancy),
        ("POST", rf"^{prefix}/v1/partner/households:lookup$", service.partner_lookup),
        ("GET", rf"^{prefix}/v1/partner/changes$", service.partner_changes),
        ("GET", rf"^{partner}$", service.partner_get),
        ("PUT", rf"^{partner}$", service.partner_put),
        ("DELETE", rf"^{partner}$", service.partner_delete),
    ]
    route_service(respx_mock, where, routes)
    return service
