"""Daily confirmation endpoints: today's call list, and one call to record each answer."""

from __future__ import annotations

from fastapi import APIRouter, Response
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    Unauthorized,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.vacancies import VacancyConfirm, VacancyRead
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import ConfirmerContext, ConfirmerReaderContext
from hearth_vacancies.confirmation.service import ConfirmationService
from hearth_vacancies.views import etag, vacancy_read

router = APIRouter(route_class=HearthRoute, tags=["daily confirmation"])
_AUTH = (Unauthorized, Forbidden)


@router.get(
    "/v1/confirmations/due", response_model=list[VacancyRead], responses=problem_responses(*_AUTH)
)
async def confirmations_due(ctx: ConfirmerReaderContext) -> list[VacancyRead]:
    """Places to confirm with their carer or home today, longest unconfirmed first (the
    agency's officers, or its integration partner)."""
    now, hours = ctx.now(), ctx.settings.stale_after_hours
    return [vacancy_read(v, now, hours) for v in await ConfirmationService(ctx).due_today()]


@router.post(
    "/v1/vacancies/{vacancy_id}/confirm",
    response_model=VacancyRead,
    responses=problem_responses(*_AUTH, VacancyNotFound, InvalidState, ValidationFailed),
)
async def confirm_vacancy(
    vacancy_id: str, body: VacancyConfirm, ctx: ConfirmerContext, response: Response
) -> VacancyRead:
    """Record today's call about a place: still available, changed, or no longer available
    (an officer, or the agency's integration partner, who confirms as itself)."""
    vacancy = await ConfirmationService(ctx).confirm(vacancy_id, body)
    response.headers["ETag"] = etag(vacancy)
    return vacancy_read(vacancy, ctx.now(), ctx.settings.stale_after_hours)
