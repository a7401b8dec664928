"""The vacancies mock's partner sync of children's homes and places (mixed into MockVacancies)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx

from hearth_contract.mocks._http import json_response, parse_body
from hearth_contract.problems import (
    FieldError,
    HomeNotFound,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import (
    HomeCreate,
    HomeLookupResult,
    HomeRead,
    HouseholdRead,
    Location,
    PartnerLookup,
    PartnerVacancyCreate,
    PartnerVacancyRead,
    VacancyLookupResult,
    VacancyRead,
    VacancyState,
)

__all__ = ["PartnerRecords", "check_if_match", "etag"]


_body = parse_body


def etag(record: Any) -> str:
    """A strong ETag as the service makes it: the record's id and version."""
    return f'"{record.id}.{record.version}"'


def check_if_match(record: Any, if_match: str | None) -> None:
    """428 without If-Match, 412 when it names another version."""
    if if_match is None:
        raise PreconditionRequired("Send If-Match with the ETag you last read.")
    tags = [tag.strip() for tag in if_match.split(",")]
    if "*" not in tags and etag(record) not in tags:
        raise PreconditionFailed("The record has changed since you read it; read it again.")


def _precondition(record: Any, if_match: str | None) -> None:
    if record is not None:
        check_if_match(record, if_match)
    elif if_match is not None and if_match.strip() != "*":
        raise PreconditionFailed("There is no record with this external id.")


class PartnerRecords:
    """``/v1/partner/homes/...`` and ``/v1/partner/vacancies/...``, as the service answers."""

    agency_id: str
    now: Callable[[], datetime]
    households: dict[str, HouseholdRead]
    homes: dict[str, HomeRead]
    vacancies: dict[str, VacancyRead]
    _emit: Callable[..., None]
    _remove_holder: Callable[..., None]
    _remove_places: Callable[..., None]

    def _mine(self, records: dict[str, Any], external_id: str) -> Any:
        return next(
            (
                r
                for r in records.values()
                if r.agency_id == self.agency_id and r.external_id == external_id
            ),
            None,
        )

    def _answer(self, read: Any, existing: Any, path: str) -> httpx.Response:
        if existing is None:
            return json_response(read, 201, {"ETag": etag(read), "Location": path})
        return json_response(read, headers={"ETag": etag(read)})

    def partner_put_home(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``PUT /v1/partner/homes/{external_id}``: create, or replace with If-Match."""
        body = _body(HomeCreate, request)
        home = self._mine(self.homes, external_id)
        _precondition(home, request.headers.get("If-Match"))
        now = self.now()
        read = HomeRead.model_validate(
            {
                **body.model_dump(),
                "id": home.id if home else str(uuid.uuid4()),
                "agency_id": self.agency_id,
                "external_id": external_id,
                "version": home.version + 1 if home else 1,
                "location": Location(postcode=body.postcode, easting=0, northing=0, la_code=None),
                "created_at": home.created_at if home else now,
                "updated_at": now,
            }
        )
        self.homes[read.id] = read
        self._emit("home.upserted", read, "home", version=read.version)
        return self._answer(read, home, request.url.path)

    def partner_get_home(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``GET /v1/partner/homes/{external_id}``."""
        home = self._mine(self.homes, external_id)
        if home is None:
            raise HomeNotFound()
        return json_response(home, headers={"ETag": etag(home)})

    def partner_delete_home(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``DELETE /v1/partner/homes/{external_id}``: the home and its places go."""
        home = self._mine(self.homes, external_id)
        if home is None:
            raise HomeNotFound()
        _precondition(home, request.headers.get("If-Match"))
        self._remove_holder(home, "home")
        return httpx.Response(204)

    def partner_lookup_homes(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/partner/homes:lookup``."""
        wanted = _body(PartnerLookup, request).external_ids
        found = [h for e in wanted if (h := self._mine(self.homes, e)) is not None]
        known = {h.external_id for h in found}
        return json_response(
            HomeLookupResult(items=found, missing=[e for e in wanted if e not in known])
        )

    def _holder(self, body: PartnerVacancyCreate) -> HouseholdRead | HomeRead:
        if (body.household_external_id is None) == (body.home_external_id is None):
            pointer, code = "/household_external_id", "one_of"
        elif body.household_external_id is not None:
            found = self._mine(self.households, body.household_external_id)
            if found is not None:
                return found
            pointer, code = "/household_external_id", "unknown_household"
        else:
            found = self._mine(self.homes, body.home_external_id or "")
            if found is not None:
                return found
            pointer, code = "/home_external_id", "unknown_home"
        error = FieldError(pointer=pointer, code=code, detail="No such holder of your agency.")
        raise ValidationFailed("1 field(s) are not valid.", errors=[error])

    def partner_put_vacancy(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``PUT /v1/partner/vacancies/{external_id}``: within the holder's approved ages."""
        body = _body(PartnerVacancyCreate, request)
        place = self._mine(self.vacancies, external_id)
        _precondition(place, request.headers.get("If-Match"))
        holder = self._holder(body)
        terms = holder.approval if isinstance(holder, HouseholdRead) else holder.registration
        if body.age_min < terms.age_min or body.age_max > terms.age_max:
            error = FieldError(pointer="/age_min", code="outside_approval", detail="Outside.")
            raise ValidationFailed("1 field(s) are not valid.", errors=[error])
        if place is not None and place.state not in (VacancyState.AVAILABLE,):
            raise InvalidState("The place is committed to a referral: release it first.")
        in_household = isinstance(holder, HouseholdRead)
        read = VacancyRead(
            id=place.id if place else str(uuid.uuid4()),
            agency_id=self.agency_id,
            external_id=external_id,
            household_id=holder.id if in_household else None,
            home_id=None if in_household else holder.id,
            setting=Setting.FOSTERING if in_household else Setting.RESIDENTIAL,
            state=place.state if place else VacancyState.AVAILABLE,
            unavailable_reason=None,
            referral_id=place.referral_id if place else None,
            available_from=body.available_from,
            age_min=body.age_min,
            age_max=body.age_max,
            placement_kinds=body.placement_kinds,
            placement_type=body.placement_type,
            last_confirmed_at=self.now(),
            last_confirmed_by=f"partner:{self.agency_id}",
            stale=False,
            version=place.version + 1 if place else 1,
        )
        self.vacancies[read.id] = read
        event = "vacancy.changed" if place else "vacancy.opened"
        self._emit(event, read, "vacancy", state=read.state.value, version=read.version)
        return self._answer(self._partner_read(read), place, request.url.path)

    def _partner_read(self, vacancy: VacancyRead) -> PartnerVacancyRead:
        household = self.households.get(vacancy.household_id or "")
        home = self.homes.get(vacancy.home_id or "")
        return PartnerVacancyRead(
            **vacancy.model_dump(),
            household_external_id=household.external_id if household else None,
            home_external_id=home.external_id if home else None,
        )

    def partner_get_vacancy(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``GET /v1/partner/vacancies/{external_id}``."""
        place = self._mine(self.vacancies, external_id)
        if place is None:
            raise VacancyNotFound()
        return json_response(self._partner_read(place), headers={"ETag": etag(place)})

    def partner_delete_vacancy(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``DELETE /v1/partner/vacancies/{external_id}``: refused while committed."""
        place = self._mine(self.vacancies, external_id)
        if place is None:
            raise VacancyNotFound()
        _precondition(place, request.headers.get("If-Match"))
        self._remove_places([place])
        return httpx.Response(204)

    def partner_lookup_vacancies(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/partner/vacancies:lookup``."""
        wanted = _body(PartnerLookup, request).external_ids
        found = [v for e in wanted if (v := self._mine(self.vacancies, e)) is not None]
        known = {v.external_id for v in found}
        return json_response(
            VacancyLookupResult(
                items=[self._partner_read(v) for v in found],
                missing=[e for e in wanted if e not in known],
            )
        )
