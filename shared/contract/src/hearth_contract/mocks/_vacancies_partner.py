"""The vacancies mock's partner sync (mixed into MockVacancies).

Households, homes and places by external id, one at a time (PUT) or in bulk
(``:bulk``, a result per item: created, updated, unchanged or rejected with the
item's problem, its field pointers prefixed ``/items/<n>/<kind>``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx

from hearth_contract.mocks._http import json_response, parse_body, validate
from hearth_contract.problems import (
    Conflict,
    FieldError,
    HomeNotFound,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    Problem,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import (
    BulkItemResult,
    BulkItemStatus,
    BulkUpsertResult,
    HomeBulkUpsert,
    HomeCreate,
    HomeLookupResult,
    HomeRead,
    HouseholdBulkUpsert,
    HouseholdCreate,
    HouseholdRead,
    Location,
    PartnerLookup,
    PartnerVacancyCreate,
    PartnerVacancyRead,
    VacancyBulkUpsert,
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


Upserted = tuple[Any, BulkItemStatus]


def _same(record: Any, body: Any, exclude: frozenset[str] = frozenset()) -> bool:
    """Whether ``body`` says what ``record`` already holds (a replace would change nothing)."""
    fields = set(type(body).model_fields) - exclude
    return record.model_dump(include=fields) == body.model_dump(exclude=set(exclude))


def _rejected(external_id: str, problem: Problem, prefix: str) -> BulkItemResult:
    if problem.errors:
        problem.errors = [
            FieldError(pointer=prefix + e.pointer, detail=e.detail, code=e.code)
            for e in problem.errors
        ]
    return BulkItemResult(
        external_id=external_id, status=BulkItemStatus.REJECTED, problem=problem.to_details()
    )


class PartnerRecords:
    """``/v1/partner/{households,homes,vacancies}...``, as the service answers."""

    agency_id: str
    now: Callable[[], datetime]
    households: dict[str, HouseholdRead]
    homes: dict[str, HomeRead]
    vacancies: dict[str, VacancyRead]
    _emit: Callable[..., None]
    _remove_holder: Callable[..., None]
    _remove_places: Callable[..., None]
    add_household: Callable[..., HouseholdRead]
    _replace: Callable[[HouseholdRead, HouseholdCreate], HouseholdRead]

    def _mine(self, records: dict[str, Any], external_id: str) -> Any:
        return next(
            (
                r
                for r in records.values()
                if r.agency_id == self.agency_id and r.external_id == external_id
            ),
            None,
        )

    def _all_mine(self, records: dict[str, Any]) -> list[Any]:
        return [r for r in records.values() if r.agency_id == self.agency_id]

    def _bulk(
        self,
        request: httpx.Request,
        bulk_model: type[Any],
        field: str,
        upsert: Callable[[str, str | None, dict[str, Any]], Upserted],
    ) -> httpx.Response:
        """``POST /v1/partner/{kind}:bulk``: each item upserted wholly or refused alone."""
        results, seen = [], set()
        for index, item in enumerate(_body(bulk_model, request).items):
            try:
                if item.external_id in seen:
                    raise ValidationFailed("The external id appears twice in this request.")
                seen.add(item.external_id)
                record, status = upsert(item.external_id, item.if_match, getattr(item, field))
                results.append(
                    BulkItemResult(
                        external_id=item.external_id, id=record.id, status=status, etag=etag(record)
                    )
                )
            except Problem as problem:
                results.append(_rejected(item.external_id, problem, f"/items/{index}/{field}"))
        return json_response(BulkUpsertResult(results=results))

    def partner_bulk_households(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/partner/households:bulk``."""
        return self._bulk(request, HouseholdBulkUpsert, "household", self._upsert_household)

    def partner_bulk_homes(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/partner/homes:bulk``."""
        return self._bulk(request, HomeBulkUpsert, "home", self._upsert_home)

    def partner_bulk_vacancies(self, request: httpx.Request) -> httpx.Response:
        """``POST /v1/partner/vacancies:bulk``."""
        return self._bulk(request, VacancyBulkUpsert, "vacancy", self._upsert_vacancy)

    def _put(
        self,
        request: httpx.Request,
        external_id: str,
        upsert: Callable[[str, str | None, dict[str, Any]], Upserted],
        shown: Callable[[Any], Any] = lambda record: record,
    ) -> httpx.Response:
        """``PUT /v1/partner/{kind}/{external_id}``: a bulk upsert of one item."""
        data = json.loads(request.content or b"{}")
        record, status = upsert(external_id, request.headers.get("If-Match"), data)
        code = 201 if status is BulkItemStatus.CREATED else 200
        headers = {"ETag": etag(record)}
        if code == 201:
            headers["Location"] = request.url.path
        return json_response(shown(record), code, headers)

    def partner_put(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``PUT /v1/partner/households/{external_id}``: create, or replace with If-Match."""
        return self._put(request, external_id, self._upsert_household)

    def partner_put_home(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``PUT /v1/partner/homes/{external_id}``: create, or replace with If-Match."""
        return self._put(request, external_id, self._upsert_home)

    def partner_put_vacancy(self, request: httpx.Request, external_id: str) -> httpx.Response:
        """``PUT /v1/partner/vacancies/{external_id}``: within the holder's approved ages."""
        return self._put(request, external_id, self._upsert_vacancy, self._partner_read)

    def _upsert_household(self, external_id: str, if_match: str | None, data: Any) -> Upserted:
        body = validate(HouseholdCreate, data)
        household = self._mine(self.households, external_id)
        _precondition(household, if_match)
        if household is None:
            return self.add_household(body, external_id=external_id), BulkItemStatus.CREATED
        if _same(household, body):
            return household, BulkItemStatus.UNCHANGED
        self._check_places_fit(household, body.approval, "/approval")
        return self._replace(household, body), BulkItemStatus.UPDATED

    def _check_places_fit(self, holder: Any, terms: Any, prefix: str) -> None:
        """New terms may not leave a place of the holder outside its ages (409)."""
        places = [v for v in self.vacancies.values() if holder.id in (v.household_id, v.home_id)]
        errors = [
            FieldError(pointer=f"{prefix}/{field}", code="places_outside", detail=f"Places {ids}.")
            for field, ids in (
                ("age_min", [v.id for v in places if v.age_min < terms.age_min]),
                ("age_max", [v.id for v in places if v.age_max > terms.age_max]),
            )
            if ids
        ]
        if errors:
            raise Conflict("The change would leave existing places outside it.", errors=errors)

    def _upsert_home(self, external_id: str, if_match: str | None, data: Any) -> Upserted:
        body = validate(HomeCreate, data)
        home = self._mine(self.homes, external_id)
        _precondition(home, if_match)
        if any(h.urn == body.urn and h is not home for h in self._all_mine(self.homes)):
            error = FieldError(pointer="/urn", code="urn_taken", detail=body.urn)
            raise Conflict("Another home of this agency has that Ofsted URN.", errors=[error])
        if home is not None and _same(home, body):
            return home, BulkItemStatus.UNCHANGED
        if home is not None:
            self._check_places_fit(home, body.registration, "/registration")
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
        return read, BulkItemStatus.UPDATED if home else BulkItemStatus.CREATED

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

    def _upsert_vacancy(self, external_id: str, if_match: str | None, data: Any) -> Upserted:
        body = validate(PartnerVacancyCreate, data)
        place = self._mine(self.vacancies, external_id)
        _precondition(place, if_match)
        holder = self._holder(body)
        terms = holder.approval if isinstance(holder, HouseholdRead) else holder.registration
        outside = [
            FieldError(pointer=f"/{field}", code="outside_approval", detail="Outside approval.")
            for field, beyond in (
                ("age_min", body.age_min < terms.age_min),
                ("age_max", body.age_max > terms.age_max),
            )
            if beyond
        ]
        if outside:
            raise ValidationFailed(f"{len(outside)} field(s) are not valid.", errors=outside)
        confirmed = self._source_confirmed_at(body, place)
        if (
            place is not None
            and confirmed is None
            and _same(self._partner_read(place), body, frozenset({"last_confirmed_at"}))
        ):
            return place, BulkItemStatus.UNCHANGED
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
            last_confirmed_at=confirmed or (place.last_confirmed_at if place else self.now()),
            last_confirmed_by=f"partner:{self.agency_id}",
            stale=False,
            version=place.version + 1 if place else 1,
        )
        self.vacancies[read.id] = read
        event = "vacancy.changed" if place else "vacancy.opened"
        self._emit(event, read, "vacancy", state=read.state.value, version=read.version)
        return read, BulkItemStatus.UPDATED if place else BulkItemStatus.CREATED

    def _source_confirmed_at(
        self, body: PartnerVacancyCreate, place: VacancyRead | None
    ) -> datetime | None:
        """The partner's own time, if newer than the place's; refused in the future."""
        confirmed = body.last_confirmed_at
        if confirmed is None:
            return None
        if confirmed > self.now():
            error = FieldError(
                pointer="/last_confirmed_at",
                code="in_the_future",
                detail="A place cannot be confirmed in the future.",
            )
            raise ValidationFailed("1 field(s) are not valid.", errors=[error])
        if place is not None and confirmed <= place.last_confirmed_at:
            return None
        return confirmed

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
