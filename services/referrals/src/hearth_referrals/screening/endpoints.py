"""Screening endpoints: what an agency's placement officer does with a referral."""

from __future__ import annotations

from fastapi import APIRouter, Response
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    ReferralNotFound,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.referrals import (
    ReferralAssign,
    ReferralClose,
    ReferralDecline,
    ReferralPlaced,
    ReferralRead,
)
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_referrals.api import PlacerContext, ScreenerContext
from hearth_referrals.screening.service import ScreeningService, mark_placed
from hearth_referrals.views import etag
from hearth_referrals.work_queue.service import render

router = APIRouter(route_class=HearthRoute, tags=["screening"])
_PROBLEMS = problem_responses(Unauthorized, Forbidden, ReferralNotFound, InvalidState)
_WITH_BODY = problem_responses(
    Unauthorized, Forbidden, ReferralNotFound, InvalidState, ValidationFailed
)


async def _answer(ctx, referral, response: Response) -> ReferralRead:
    response.headers["ETag"] = etag(referral)
    return await render(ctx, referral)


@router.post(
    "/v1/referrals/{referral_id}/acknowledge", response_model=ReferralRead, responses=_PROBLEMS
)
async def acknowledge(referral_id: str, ctx: ScreenerContext, response: Response) -> ReferralRead:
    """First response to the LA: the referral is being screened (stops the 15-minute clock)."""
    return await _answer(ctx, await ScreeningService(ctx).acknowledge(referral_id), response)


@router.post(
    "/v1/referrals/{referral_id}/assign", response_model=ReferralRead, responses=_WITH_BODY
)
async def assign(
    referral_id: str, body: ReferralAssign, ctx: ScreenerContext, response: Response
) -> ReferralRead:
    """Assign the referral to an officer of this agency."""
    return await _answer(ctx, await ScreeningService(ctx).assign(referral_id, body), response)


@router.post(
    "/v1/referrals/{referral_id}/progress", response_model=ReferralRead, responses=_PROBLEMS
)
async def progress(referral_id: str, ctx: ScreenerContext, response: Response) -> ReferralRead:
    """Take the referral forward to matching (refused while gaps block matching)."""
    return await _answer(ctx, await ScreeningService(ctx).progress(referral_id), response)


@router.post(
    "/v1/referrals/{referral_id}/decline", response_model=ReferralRead, responses=_WITH_BODY
)
async def decline(
    referral_id: str, body: ReferralDecline, ctx: ScreenerContext, response: Response
) -> ReferralRead:
    """Decline with a coded reason and a note for the LA."""
    return await _answer(ctx, await ScreeningService(ctx).decline(referral_id, body), response)


@router.post("/v1/referrals/{referral_id}/close", response_model=ReferralRead, responses=_WITH_BODY)
async def close(
    referral_id: str, body: ReferralClose, ctx: ScreenerContext, response: Response
) -> ReferralRead:
    """Stop this agency's work on the referral."""
    return await _answer(ctx, await ScreeningService(ctx).close(referral_id, body), response)


@router.post(
    "/v1/referrals/{referral_id}/placed", response_model=ReferralRead, responses=_WITH_BODY
)
async def placed(
    referral_id: str, body: ReferralPlaced, ctx: PlacerContext, response: Response
) -> ReferralRead:
    """(The offers service) The LA accepted the agency's offer: the referral is placed with
    it. Idempotent for the same agency; 409 if placed with another or no longer open."""
    return await _answer(ctx, await mark_placed(ctx, referral_id, body), response)
