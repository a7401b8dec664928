"""Vacancies: opening a place, and the hold, reserve, fill and release commands.

A command locks the place's row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite
serialises writers) before reading its state, so two officers racing for the
last bed get one success and one 409, never a double booking.
"""

from __future__ import annotations

from hearth_contract.auth import CallerKind
from hearth_contract.problems import (
    FieldError,
    HeldByAnotherCaller,
    HomeNotFound,
    HouseholdNotFound,
    InvalidState,
    VacancyNotFound,
)
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import VacancyCreate, VacancyMarkUnavailable, VacancyState
from hearth_kit.security import note_if_another_tenants

from hearth_vacancies.context import VacancyContext, parse_id, reject
from hearth_vacancies.households.service import check_if_match
from hearth_vacancies.models import Home, Household, Vacancy
from hearth_vacancies.records import delete_place
from hearth_vacancies.referrals_peer import ReferralsPeer
from hearth_vacancies.repository import VacancyFilter
from hearth_vacancies.rules import Command, free_room, next_state, within_approval_errors

__all__ = ["VacancyService"]


class VacancyService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx

    async def open(self, body: VacancyCreate) -> Vacancy:
        """Open a free place in a household or home, within its approval and capacity."""
        ctx = self.ctx
        if (body.household_id is None) == (body.home_id is None):
            reject(
                [
                    FieldError(
                        pointer="/household_id",
                        code="one_of",
                        detail="Give exactly one of household_id and home_id.",
                    )
                ]
            )
        holder = await self._holder(body)
        approved_kinds = (
            holder.profile["approval"]["placement_kinds"] if body.household_id else None
        )
        reject(
            within_approval_errors(
                body.age_min,
                body.age_max,
                body.placement_kinds,
                approved_min=holder.age_min,
                approved_max=holder.age_max,
                approved_kinds=approved_kinds,
            )
        )
        open_places = await ctx.repository.open_places(
            household_id=holder.id if body.household_id else None,
            home_id=holder.id if body.home_id else None,
        )
        capacity, living = (
            (holder.approved_children, holder.placed_children)
            if body.household_id
            else (holder.capacity, holder.residents)
        )
        if free_room(capacity, living, open_places) < 1:
            raise InvalidState(
                f"No room: {living} children live there and {open_places} places "
                f"are open, of {capacity} approved."
            )
        now = ctx.now()
        vacancy = Vacancy(
            agency_id=ctx.agency_id,
            household_id=holder.id if body.household_id else None,
            home_id=holder.id if body.home_id else None,
            setting=(Setting.FOSTERING if body.household_id else Setting.RESIDENTIAL).value,
            state=VacancyState.AVAILABLE.value,
            available_from=body.available_from,
            age_min=body.age_min,
            age_max=body.age_max,
            placement_kinds=[k.value for k in body.placement_kinds],
            placement_type=body.placement_type.value if body.placement_type else None,
            last_confirmed_at=now,
            last_confirmed_by=ctx.actor,
            created_at=now,
            updated_at=now,
        )
        ctx.session.add(vacancy)
        await ctx.session.flush()
        await self._changed(vacancy, "vacancy.opened")
        return vacancy

    async def _holder(self, body: VacancyCreate):
        repository = self.ctx.repository
        if body.household_id is not None:
            household_id = parse_id(body.household_id, HouseholdNotFound)
            household = await repository.household(household_id, for_update=True)
            if household is None:
                session = self.ctx.session
                await note_if_another_tenants(session, Household, household_id, "household")
                raise HouseholdNotFound()
            return household
        home_id = parse_id(body.home_id or "", HomeNotFound)
        home = await repository.home(home_id, for_update=True)
        if home is None:
            await note_if_another_tenants(self.ctx.session, Home, home_id, "home")
            raise HomeNotFound()
        return home

    async def get(self, vacancy_id: str, *, for_update: bool = False) -> Vacancy:
        """One place of the caller's agency."""
        parsed = parse_id(vacancy_id, VacancyNotFound)
        vacancy = await self.ctx.repository.vacancy(parsed, for_update=for_update)
        if vacancy is None:
            await note_if_another_tenants(self.ctx.session, Vacancy, parsed, "vacancy")
            raise VacancyNotFound()
        return vacancy

    async def command(
        self,
        vacancy_id: str,
        command: Command,
        referral_id: str | None,
        peer: ReferralsPeer | None = None,
    ) -> Vacancy:
        """Hold, reserve, fill or release a place, refusing anything that would double-book."""
        if self.ctx.principal.tenant is None:  # a peer service acts for the place's agency
            self.ctx.acting_agency_id = (await self.get(vacancy_id)).agency_id
        if (
            referral_id is not None
            and peer is not None
            and not await self._held_for(vacancy_id, command, referral_id)
        ):
            # Asked before any row is locked: never hold a lock across a network call.
            if not await peer.is_addressed_to(referral_id, self.ctx.agency_id):
                reject(
                    [
                        FieldError(
                            pointer="/referral_id",
                            code="unknown_referral",
                            detail="No referral with this id was sent to your agency.",
                        )
                    ]
                )
        vacancy = await self.get(vacancy_id, for_update=True)
        if self._is_service_fill(command):
            if vacancy.state == VacancyState.FILLED and vacancy.referral_id == referral_id:
                return vacancy  # the offers service's retry: filled already, nothing to do
        elif command is not Command.HOLD:  # a hold on a held place is refused as double-booking
            self._check_own_hold(vacancy)
        target = next_state(VacancyState(vacancy.state), vacancy.referral_id, command, referral_id)
        now = self.ctx.now()
        vacancy.state = target.value
        vacancy.referral_id = None if target is VacancyState.AVAILABLE else referral_id
        if target is VacancyState.AVAILABLE:
            vacancy.held_by, vacancy.held_at = None, None
        elif command is Command.HOLD or vacancy.held_by is None:
            vacancy.held_by, vacancy.held_at = self.ctx.holder, now
        vacancy.unavailable_reason = None
        vacancy.updated_at = now
        await self.ctx.session.flush()
        event = {
            Command.HOLD: "held",
            Command.RESERVE: "reserved",
            Command.FILL: "filled",
            Command.RELEASE: "released",
        }[command]
        await self._changed(vacancy, f"vacancy.{event}", referral_id=referral_id)
        return vacancy

    async def _held_for(self, vacancy_id: str, command: Command, referral_id: str) -> bool:
        """The offers service filling a place already held, reserved or filled for this
        referral: referrals was asked when it was held, so it is not asked again."""
        if not self._is_service_fill(command):
            return False
        vacancy = await self.get(vacancy_id)
        return vacancy.referral_id == referral_id

    def _is_service_fill(self, command: Command) -> bool:
        """The offers service filling the place held for an accepted offer: it may fill a
        hold matching placed, for the same referral only (``next_state`` checks that)."""
        return command is Command.FILL and self.ctx.principal.kind is CallerKind.SERVICE

    def _check_own_hold(self, vacancy: Vacancy) -> None:
        """A service changes only a hold it placed itself; an agency's officers may change
        any of their agency's (tenant scoping has already kept other agencies' places out).

        A hold recorded before holders were (``held_by`` empty) stays releasable.
        """
        ctx = self.ctx
        if ctx.principal.kind is not CallerKind.SERVICE or vacancy.held_by is None:
            return
        if vacancy.state in (VacancyState.ON_HOLD, VacancyState.RESERVED, VacancyState.FILLED):
            if vacancy.held_by != ctx.holder:
                raise HeldByAnotherCaller(
                    f"The place {vacancy.id} is held by another caller: "
                    "a service may change only a hold it placed."
                )

    async def held_by_caller(self, after, limit: int) -> list[Vacancy]:
        """The places on hold that the caller placed, soonest available first."""
        flt = VacancyFilter(states=[VacancyState.ON_HOLD.value], held_by=self.ctx.holder)
        return await self.ctx.repository.vacancies(flt, after, limit)

    async def mark_unavailable(self, vacancy_id: str, body: VacancyMarkUnavailable) -> Vacancy:
        """Take a place off the list for a reason (the carer's break, illness, a review)."""
        vacancy = await self.get(vacancy_id, for_update=True)
        if vacancy.state in (VacancyState.FILLED, VacancyState.ON_HOLD, VacancyState.RESERVED):
            raise InvalidState(f"A place that is {vacancy.state} cannot be marked unavailable.")
        vacancy.state = VacancyState.UNAVAILABLE.value
        vacancy.unavailable_reason = body.reason.value
        vacancy.updated_at = self.ctx.now()
        await self.ctx.session.flush()
        await self._changed(vacancy, "vacancy.unavailable", reason=body.reason.value)
        return vacancy

    async def delete(self, vacancy_id: str, if_match: str | None) -> None:
        """Delete a place; refused while it is held, reserved or filled."""
        vacancy = await self.get(vacancy_id, for_update=True)
        check_if_match(vacancy, if_match)
        await delete_place(self.ctx, vacancy)

    async def _changed(self, vacancy: Vacancy, event: str, **data) -> None:
        await self.ctx.emit(
            event,
            "vacancy",
            str(vacancy.id),
            external_id=vacancy.external_id,
            state=vacancy.state,
            version=vacancy.version,
            **data,
        )
