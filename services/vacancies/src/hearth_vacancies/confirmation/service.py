"""The daily confirmation round: every open place is checked with its carer or home each day."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from hearth_contract.problems import FieldError, InvalidState
from hearth_contract.vacancies import ConfirmationOutcome, VacancyConfirm, VacancyState

from hearth_vacancies.context import VacancyContext, reject
from hearth_vacancies.models import Vacancy
from hearth_vacancies.rules import within_approval_errors
from hearth_vacancies.vacancies.service import VacancyService

__all__ = ["ConfirmationService", "start_of_day"]

LONDON = ZoneInfo("Europe/London")


def start_of_day(now: datetime) -> datetime:
    """Midnight, London time, of the day ``now`` falls on (in UTC)."""
    local_day = now.astimezone(LONDON).date()
    return datetime.combine(local_day, time.min, tzinfo=LONDON).astimezone(UTC)


class ConfirmationService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx

    async def due_today(self) -> list[Vacancy]:
        """Open places not yet confirmed today, longest unconfirmed first."""
        return await self.ctx.repository.due_for_confirmation(start_of_day(self.ctx.now()))

    async def confirm(
        self, vacancy_id: str, body: VacancyConfirm, confirmed_at: datetime | None = None
    ) -> Vacancy:
        """Record today's call: still available, changed, or no longer available.

        ``confirmed_at``: when the source (a spreadsheet row) says it confirmed the place;
        by default now."""
        ctx = self.ctx
        vacancy = await VacancyService(ctx).get(vacancy_id, for_update=True)
        if vacancy.state not in (
            VacancyState.AVAILABLE,
            VacancyState.ON_HOLD,
            VacancyState.RESERVED,
        ):
            raise InvalidState(f"A place that is {vacancy.state} is not confirmed.")
        if body.outcome is ConfirmationOutcome.NO_LONGER_AVAILABLE:
            if body.reason is None:
                reject(
                    [
                        FieldError(
                            pointer="/reason",
                            code="missing",
                            detail="Say why the place is no longer available.",
                        )
                    ]
                )
            if vacancy.state != VacancyState.AVAILABLE:
                raise InvalidState("Release the hold or reservation first.")
            vacancy.state = VacancyState.UNAVAILABLE.value
            vacancy.unavailable_reason = body.reason.value if body.reason else None
        elif body.outcome is ConfirmationOutcome.CHANGED:
            await self._apply_changes(vacancy, body)
        vacancy.last_confirmed_at = confirmed_at or ctx.now()
        vacancy.last_confirmed_by = ctx.actor
        vacancy.updated_at = ctx.now()
        await ctx.session.flush()
        await ctx.emit(
            "vacancy.confirmed",
            "vacancy",
            str(vacancy.id),
            external_id=vacancy.external_id,
            state=vacancy.state,
            outcome=body.outcome.value,
            version=vacancy.version,
        )
        return vacancy

    async def _apply_changes(self, vacancy: Vacancy, body: VacancyConfirm) -> None:
        repository = self.ctx.repository
        holder = (
            await repository.household(vacancy.household_id)
            if vacancy.household_id
            else await repository.home(vacancy.home_id)
        )  # type: ignore[arg-type]
        assert holder is not None
        age_min = body.age_min if body.age_min is not None else vacancy.age_min
        age_max = body.age_max if body.age_max is not None else vacancy.age_max
        kinds = [k.value for k in body.placement_kinds] if body.placement_kinds else None
        approved_kinds = (
            holder.profile["approval"]["placement_kinds"] if vacancy.household_id else None
        )
        reject(
            within_approval_errors(
                age_min,
                age_max,
                kinds or vacancy.placement_kinds,
                approved_min=holder.age_min,
                approved_max=holder.age_max,
                approved_kinds=approved_kinds,
            )
        )
        vacancy.age_min, vacancy.age_max = age_min, age_max
        if kinds:
            vacancy.placement_kinds = kinds
        if body.available_from is not None:
            vacancy.available_from = body.available_from
