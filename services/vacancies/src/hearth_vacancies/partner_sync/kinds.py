"""The three kinds of record a partner syncs, and what differs between them.

The sync itself (external ids, ETags, bulk results, the change feed) is one mechanism
in ``service.py``; a :class:`RecordKind` says how one kind's request becomes stored
columns (checked as a batch, so a thousand items cost a few queries), how it is
shown, and how it is deleted.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from hearth_contract.problems import (
    Conflict,
    FieldError,
    HomeNotFound,
    HouseholdNotFound,
    InvalidState,
    NotFound,
    Problem,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import (
    HomeBulkUpsert,
    HomeCreate,
    HomeLookupResult,
    HomeRead,
    HouseholdBulkUpsert,
    HouseholdCreate,
    HouseholdLookupResult,
    HouseholdRead,
    PartnerVacancyCreate,
    PartnerVacancyRead,
    VacancyBulkUpsert,
    VacancyLookupResult,
    VacancyState,
)
from pydantic import BaseModel

from hearth_vacancies.context import VacancyContext
from hearth_vacancies.homes.service import home_row
from hearth_vacancies.households.service import household_row
from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.records import delete_holder, delete_place, places_refusal
from hearth_vacancies.rules import (
    COMMITTED_STATES,
    HolderTerms,
    free_room,
    home_terms,
    household_terms,
    within_approval_errors,
)
from hearth_vacancies.views import home_read, household_read, vacancy_read

__all__ = ["HOMES", "HOUSEHOLDS", "KINDS", "VACANCIES", "Candidate", "RecordKind"]


@dataclass
class Candidate:
    """One record a partner sent, on its way to being stored or refused."""

    index: int
    external_id: str
    if_match: str | None
    body: Any
    existing: Any = None
    columns: dict[str, Any] | None = None
    problem: Problem | None = None

    def refuse(self, problem: Problem) -> None:
        self.problem = problem


def _field(pointer: str, code: str, detail: str) -> ValidationFailed:
    error = FieldError(pointer=pointer, code=code, detail=detail)
    return ValidationFailed("1 field(s) are not valid.", errors=[error])


class RecordKind:
    """What the partner sync needs to know about one kind of record."""

    name: ClassVar[str]
    collection: ClassVar[str]
    model: ClassVar[type]
    body_model: ClassVar[type[BaseModel]]
    read_model: ClassVar[type[BaseModel]]
    bulk_model: ClassVar[type[BaseModel]]
    lookup_model: ClassVar[type[BaseModel]]
    not_found: ClassVar[type[NotFound]]
    created_event: ClassVar[str]
    changed_event: ClassVar[str]
    event_fields: ClassVar[tuple[str, ...]] = ("external_id", "version")

    @property
    def item_field(self) -> str:
        """The bulk item's field holding the record (``household``, ``home``, ``vacancy``)."""
        return self.name

    async def prepare(self, ctx: VacancyContext, batch: list[Candidate]) -> None:
        """Give each candidate its stored columns, or refuse it with the field at fault."""
        for candidate in batch:
            try:
                candidate.columns = self.columns(ctx, candidate.body)
            except Problem as problem:
                candidate.refuse(problem)

    def columns(self, ctx: VacancyContext, body: Any) -> dict[str, Any]:
        """The stored columns of one valid request (JSON columns may be :class:`Json` text)."""
        raise NotImplementedError

    def new_columns(self, ctx: VacancyContext) -> dict[str, Any]:
        """Columns a new record starts with beyond its request's (a place starts available)."""
        return {}

    async def reads(self, ctx: VacancyContext, records: list[Any]) -> list[Any]:
        raise NotImplementedError

    async def delete(self, ctx: VacancyContext, record: Any) -> None:
        raise NotImplementedError


async def _refuse_places_outside(
    ctx: VacancyContext, batch: list[Candidate], terms_of: Callable[[Any], HolderTerms]
) -> None:
    """Refuse each changed household or home whose new terms leave a place of it outside."""
    changing = [
        c
        for c in batch
        if c.problem is None
        and c.existing is not None
        # A record sent again unchanged stays unchanged, even if older data broke the rule.
        and c.columns is not None
        and c.columns["profile"].load() != c.existing.profile
    ]
    places = await ctx.repository.places_by_holder([c.existing.id for c in changing])
    for candidate in changing:
        refusal = places_refusal(terms_of(candidate.body), places.get(candidate.existing.id, []))
        if refusal is not None:
            candidate.columns = None
            candidate.refuse(refusal)


class _Households(RecordKind):
    name, collection, model = "household", "households", Household
    body_model, read_model = HouseholdCreate, HouseholdRead
    bulk_model, lookup_model = HouseholdBulkUpsert, HouseholdLookupResult
    not_found = HouseholdNotFound
    created_event = changed_event = "household.upserted"

    def columns(self, ctx: VacancyContext, body: HouseholdCreate) -> dict[str, Any]:
        return household_row(ctx, body)

    async def prepare(self, ctx: VacancyContext, batch: list[Candidate]) -> None:
        """As any kind, and the new approval must still hold the household's places."""
        await super().prepare(ctx, batch)
        await _refuse_places_outside(ctx, batch, household_terms)

    async def reads(self, ctx: VacancyContext, records: list[Household]) -> list[HouseholdRead]:
        return [household_read(record) for record in records]

    async def delete(self, ctx: VacancyContext, record: Household) -> None:
        await delete_holder(ctx, record)


class _Homes(RecordKind):
    name, collection, model = "home", "homes", Home
    body_model, read_model = HomeCreate, HomeRead
    bulk_model, lookup_model = HomeBulkUpsert, HomeLookupResult
    not_found = HomeNotFound
    created_event = changed_event = "home.upserted"

    def columns(self, ctx: VacancyContext, body: HomeCreate) -> dict[str, Any]:
        return home_row(ctx, body)

    async def prepare(self, ctx: VacancyContext, batch: list[Candidate]) -> None:
        """As any kind; one Ofsted URN is one home (409 if another holds it); the new
        registration must still hold the home's places."""
        await super().prepare(ctx, batch)
        ready = [c for c in batch if c.problem is None]
        owners = {
            home.urn: home.id
            for home in await ctx.repository.homes_by_urns(
                ctx.agency_id, [c.body.urn for c in ready]
            )
        }
        claimed: set[str] = set()
        for candidate in ready:
            urn = candidate.body.urn
            owner = owners.get(urn)
            mine = candidate.existing.id if candidate.existing is not None else None
            if urn in claimed or (owner is not None and owner != mine):
                candidate.refuse(
                    Conflict(
                        "Another home of this agency has that Ofsted URN.",
                        errors=[FieldError(pointer="/urn", code="urn_taken", detail=urn)],
                    )
                )
                continue
            claimed.add(urn)
        await _refuse_places_outside(ctx, batch, home_terms)

    async def reads(self, ctx: VacancyContext, records: list[Home]) -> list[HomeRead]:
        return [home_read(record) for record in records]

    async def delete(self, ctx: VacancyContext, record: Home) -> None:
        await delete_holder(ctx, record)


class _Vacancies(RecordKind):
    name, collection, model = "vacancy", "vacancies", Vacancy
    body_model, read_model = PartnerVacancyCreate, PartnerVacancyRead
    bulk_model, lookup_model = VacancyBulkUpsert, VacancyLookupResult
    not_found = VacancyNotFound
    created_event, changed_event = "vacancy.opened", "vacancy.changed"
    event_fields = ("external_id", "state", "version")

    async def prepare(self, ctx: VacancyContext, batch: list[Candidate]) -> None:
        """Each place within its holder's approval; new places within its free room."""
        holders = await self._holders(ctx, batch)
        holder_ids = [h.id for h in holders.values()]
        open_places = await ctx.repository.open_places_by_holder(holder_ids)
        for candidate in batch:
            body: PartnerVacancyCreate = candidate.body
            try:
                holder = self._holder_of(body, holders)
                candidate.columns = self._place_columns(body, holder)
                self._check_committed(candidate)
                self._source_confirmation(ctx, candidate)
                if candidate.existing is None or _holder_id(candidate.existing) != holder.id:
                    self._check_room(holder, open_places)
                    open_places[holder.id] = open_places.get(holder.id, 0) + 1
            except Problem as problem:
                candidate.columns = None
                candidate.refuse(problem)

    async def _holders(self, ctx: VacancyContext, batch: list[Candidate]) -> dict[tuple, Any]:
        repository, agency_id = ctx.repository, ctx.agency_id
        household_ids = {c.body.household_external_id for c in batch} - {None}
        home_ids = {c.body.home_external_id for c in batch} - {None}
        found: dict[tuple, Any] = {}
        if household_ids:
            for h in await repository.by_external_ids(Household, agency_id, sorted(household_ids)):
                found["household", h.external_id] = h
        if home_ids:
            for h in await repository.by_external_ids(Home, agency_id, sorted(home_ids)):
                found["home", h.external_id] = h
        return found

    @staticmethod
    def _holder_of(body: PartnerVacancyCreate, holders: dict[tuple, Any]) -> Any:
        if (body.household_external_id is None) == (body.home_external_id is None):
            raise _field(
                "/household_external_id",
                "one_of",
                "Give exactly one of household_external_id and home_external_id.",
            )
        if body.household_external_id is not None:
            holder = holders.get(("household", body.household_external_id))
            if holder is None:
                raise _field(
                    "/household_external_id",
                    "unknown_household",
                    "No household of your agency has this external id.",
                )
            return holder
        holder = holders.get(("home", body.home_external_id))
        if holder is None:
            raise _field(
                "/home_external_id", "unknown_home", "No home of your agency has this external id."
            )
        return holder

    @staticmethod
    def _place_columns(body: PartnerVacancyCreate, holder: Household | Home) -> dict[str, Any]:
        in_household = isinstance(holder, Household)
        errors = within_approval_errors(
            body.age_min,
            body.age_max,
            body.placement_kinds,
            approved_min=holder.age_min,
            approved_max=holder.age_max,
            approved_kinds=holder.profile["approval"]["placement_kinds"] if in_household else None,
        )
        if errors:
            raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)
        return {
            "household_id": holder.id if in_household else None,
            "home_id": None if in_household else holder.id,
            "setting": (Setting.FOSTERING if in_household else Setting.RESIDENTIAL).value,
            "available_from": body.available_from,
            "age_min": body.age_min,
            "age_max": body.age_max,
            "placement_kinds": [kind.value for kind in body.placement_kinds],
            "placement_type": body.placement_type.value if body.placement_type else None,
        }

    @staticmethod
    def _source_confirmation(ctx: VacancyContext, candidate: Candidate) -> None:
        """The partner's own ``last_confirmed_at``: refused if in the future; kept only if
        newer than the place's, so an unchanged item never refreshes it."""
        confirmed = candidate.body.last_confirmed_at
        if confirmed is None:
            return
        if confirmed.tzinfo is None:
            raise _field(
                "/last_confirmed_at", "naive_datetime", "Give the time zone (e.g. Z or +00:00)."
            )
        if confirmed > ctx.now():
            raise _field(
                "/last_confirmed_at",
                "in_the_future",
                "A place cannot be confirmed in the future.",
            )
        place = candidate.existing
        if place is None or confirmed > place.last_confirmed_at:
            assert candidate.columns is not None
            candidate.columns["last_confirmed_at"] = confirmed
            candidate.columns["last_confirmed_by"] = ctx.actor

    @staticmethod
    def _check_committed(candidate: Candidate) -> None:
        place, columns = candidate.existing, candidate.columns or {}
        if place is None or place.state not in COMMITTED_STATES:
            return
        if any(getattr(place, name) != value for name, value in columns.items()):
            state = place.state.replace("_", " ")
            raise InvalidState(
                f"The place is {state} for a referral: release it before changing it."
            )

    @staticmethod
    def _check_room(holder: Household | Home, open_places: dict[uuid.UUID, int]) -> None:
        if isinstance(holder, Household):
            capacity, living = holder.approved_children, holder.placed_children
        else:
            capacity, living = holder.capacity, holder.residents
        opened = open_places.get(holder.id, 0)
        if free_room(capacity, living, opened) < 1:
            raise InvalidState(
                f"No room: {living} children live there and {opened} places "
                f"are open, of {capacity} approved."
            )

    def new_columns(self, ctx: VacancyContext) -> dict[str, Any]:
        return {
            "state": VacancyState.AVAILABLE.value,
            "unavailable_reason": None,
            "referral_id": None,
            "last_confirmed_at": ctx.now(),
            "last_confirmed_by": ctx.actor,
        }

    async def reads(self, ctx: VacancyContext, records: list[Vacancy]) -> list[PartnerVacancyRead]:
        repository = ctx.repository
        households = await repository.external_ids(
            Household, [r.household_id for r in records if r.household_id]
        )
        homes = await repository.external_ids(Home, [r.home_id for r in records if r.home_id])
        now, hours = ctx.now(), ctx.settings.stale_after_hours
        return [
            PartnerVacancyRead(
                **vacancy_read(record, now, hours).model_dump(),
                household_external_id=households.get(record.household_id),
                home_external_id=homes.get(record.home_id),
            )
            for record in records
        ]

    async def delete(self, ctx: VacancyContext, record: Vacancy) -> None:
        await delete_place(ctx, record)


def _holder_id(place: Vacancy) -> uuid.UUID | None:
    return place.household_id or place.home_id


HOUSEHOLDS, HOMES, VACANCIES = _Households(), _Homes(), _Vacancies()
KINDS: tuple[RecordKind, ...] = (HOUSEHOLDS, HOMES, VACANCIES)
