"""Ranked matches for a referral and for a place; saved runs; the agency's weights."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from hearth_contract.matching import (
    MatchDirection,
    MatchingSettingsRead,
    MatchingSettingsUpdate,
    MatchList,
    MatchRunRead,
    VacancyMatchList,
)
from hearth_contract.problems import (
    Forbidden,
    MatchRunNotFound,
    NotYetAvailable,
    ReferralNotFound,
    ReferralNotOpen,
    Unauthorized,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_matching.api import AdminContext, DeciderContext, ReaderContext
from hearth_matching.matches.service import MatchingService, run_read

router = APIRouter(route_class=HearthRoute, tags=["matches"])
_AUTH = (Unauthorized, Forbidden)
Limit = Annotated[int, Query(ge=1, le=200)]


@router.get(
    "/v1/referrals/{referral_id}/matches",
    response_model=MatchList,
    responses=problem_responses(*_AUTH, ReferralNotFound, NotYetAvailable, ReferralNotOpen),
)
async def referral_matches(
    referral_id: str,
    ctx: ReaderContext,
    limit: Limit = 50,
    excluded_offset: Annotated[int, Query(ge=0)] = 0,
    excluded_limit: Annotated[int, Query(ge=0, le=200)] = 50,
    holder_id: Annotated[str | None, Query(max_length=64)] = None,
):
    """The agency's homes ranked for a referral, each score explained, exclusions summarised,
    and the excluded homes with their reasons, a page at a time ("why not the Smiths?":
    ``holder_id``)."""
    service = MatchingService(ctx)
    return model_response(
        await service.for_referral(referral_id, limit, excluded_offset, excluded_limit, holder_id)
    )


@router.get(
    "/v1/vacancies/{vacancy_id}/matches",
    response_model=VacancyMatchList,
    responses=problem_responses(*_AUTH, VacancyNotFound, NotYetAvailable),
)
async def vacancy_matches(vacancy_id: str, ctx: ReaderContext, limit: Limit = 50):
    """The open referrals sent to the agency, ranked for one of its free places."""
    return model_response(await MatchingService(ctx).for_vacancy(vacancy_id, limit))


@router.post(
    "/v1/referrals/{referral_id}/match-runs",
    response_model=MatchRunRead,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*_AUTH, ReferralNotFound, NotYetAvailable, ReferralNotOpen),
)
async def save_referral_run(referral_id: str, ctx: DeciderContext):
    """Rank the homes for a referral now and keep the list as the record of what was considered."""
    run = await MatchingService(ctx).save_run(MatchDirection.REFERRAL, referral_id)
    return model_response(run_read(run), status_code=201)


@router.post(
    "/v1/vacancies/{vacancy_id}/match-runs",
    response_model=MatchRunRead,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*_AUTH, VacancyNotFound, NotYetAvailable),
)
async def save_vacancy_run(vacancy_id: str, ctx: DeciderContext):
    """Rank the open referrals for a place now and keep the list."""
    run = await MatchingService(ctx).save_run(MatchDirection.VACANCY, vacancy_id)
    return model_response(run_read(run), status_code=201)


@router.get(
    "/v1/match-runs/{run_id}",
    response_model=MatchRunRead,
    responses=problem_responses(*_AUTH, MatchRunNotFound),
)
async def read_run(run_id: str, ctx: ReaderContext):
    """A saved match run, as it was."""
    return model_response(run_read(await MatchingService(ctx).get_run(run_id)))


@router.get(
    "/v1/matching-settings",
    response_model=MatchingSettingsRead,
    responses=problem_responses(*_AUTH),
)
async def read_settings(ctx: AdminContext) -> MatchingSettingsRead:
    """The agency's weights for each score component."""
    return await MatchingService(ctx).settings()


@router.put(
    "/v1/matching-settings",
    response_model=MatchingSettingsRead,
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def update_settings(body: MatchingSettingsUpdate, ctx: AdminContext) -> MatchingSettingsRead:
    """Set how much each score component counts (0 switches one off)."""
    return await MatchingService(ctx).update_weights(body)
