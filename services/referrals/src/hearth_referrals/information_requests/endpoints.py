"""Information requests: agencies ask, LAs answer, both through the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from hearth_contract.problems import (
    Forbidden,
    IdempotencyKeyInFlight,
    IdempotencyKeyMismatch,
    InformationRequestNotFound,
    InvalidState,
    ReferralNotFound,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.referrals import (
    InformationAnswersCreate,
    InformationRequestCreate,
    InformationRequestRead,
    QuestionResolve,
)
from hearth_kit.errors import problem_responses
from hearth_kit.idempotency import IdempotencyClaim
from hearth_kit.routing import HearthRoute

from hearth_referrals.api import LaContext, ReaderContext, ScreenerContext, screener_idempotency
from hearth_referrals.information_requests.service import InformationRequestService, request_view

router = APIRouter(route_class=HearthRoute, tags=["information requests"])
_AUTH = (Unauthorized, Forbidden)


@router.post(
    "/v1/referrals/{referral_id}/information-requests",
    status_code=status.HTTP_201_CREATED,
    response_model=InformationRequestRead,
    responses=problem_responses(
        *_AUTH,
        ReferralNotFound,
        InvalidState,
        ValidationFailed,
        IdempotencyKeyInFlight,
        IdempotencyKeyMismatch,
    ),
)
async def ask(
    referral_id: str,
    body: InformationRequestCreate,
    ctx: ScreenerContext,
    response: Response,
    _claim: Annotated[IdempotencyClaim | None, Depends(screener_idempotency)],
) -> InformationRequestRead:
    """Ask the LA for what the referral does not say (counts as a first response)."""
    request = await InformationRequestService(ctx).ask(referral_id, body)
    response.headers["Location"] = f"/v1/referrals/{referral_id}/information-requests/{request.id}"
    return request_view(request)


@router.get(
    "/v1/referrals/{referral_id}/information-requests",
    response_model=list[InformationRequestRead],
    responses=problem_responses(*_AUTH, ReferralNotFound),
)
async def list_requests(referral_id: str, ctx: ReaderContext) -> list[InformationRequestRead]:
    """The questions asked about this referral and their answers."""
    return [request_view(r) for r in await InformationRequestService(ctx).list(referral_id)]


@router.post(
    "/v1/referrals/{referral_id}/information-requests/{request_id}/answers",
    response_model=InformationRequestRead,
    responses=problem_responses(
        *_AUTH, ReferralNotFound, InformationRequestNotFound, InvalidState, ValidationFailed
    ),
)
async def answer(
    referral_id: str, request_id: str, body: InformationAnswersCreate, ctx: LaContext
) -> InformationRequestRead:
    """Answer an agency's questions (some or all; the request closes when all are answered).

    An answer's ``value`` is written into the referral at the question's pointer (or the
    answer's own, within it): the referral is amended, with history and a new version."""
    return request_view(await InformationRequestService(ctx).answer(referral_id, request_id, body))


@router.post(
    "/v1/referrals/{referral_id}/information-requests/{request_id}/questions/{question_id}/resolve",
    response_model=InformationRequestRead,
    responses=problem_responses(
        *_AUTH, ReferralNotFound, InformationRequestNotFound, InvalidState, ValidationFailed
    ),
)
async def resolve(
    referral_id: str, request_id: str, question_id: str, body: QuestionResolve, ctx: ScreenerContext
) -> InformationRequestRead:
    """Accept the LA's answer (in words) as resolving a gap: your progress no longer waits on it."""
    service = InformationRequestService(ctx)
    return request_view(await service.resolve(referral_id, request_id, question_id, body))
