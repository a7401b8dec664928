"""Intake endpoints: what an LA system calls."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, Response, status
from hearth_contract.amendments import MERGE_PATCH_MEDIA_TYPE
from hearth_contract.problems import (
    Forbidden,
    IdempotencyKeyInFlight,
    IdempotencyKeyMismatch,
    IdempotencyKeyRequired,
    InvalidState,
    PayloadTooLarge,
    PreconditionFailed,
    PreconditionRequired,
    ReferralNotFound,
    Unauthorized,
    UnsupportedMediaType,
    ValidationFailed,
)
from hearth_contract.referrals import ReferralCreate, ReferralRead, ReferralWithdraw
from hearth_kit.errors import problem_responses
from hearth_kit.idempotency import stored_response
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.routing import HearthRoute, parsed_body

from hearth_referrals.api import LaContext, LaSubmission, Submission, bearer, la_submission
from hearth_referrals.context import ReferralContext
from hearth_referrals.intake.service import IntakeService, NewReferral
from hearth_referrals.models import Referral
from hearth_referrals.views import etag, new_referral_json, version_tag
from hearth_referrals.work_queue.service import render

router = APIRouter(route_class=HearthRoute, tags=["intake"])
_AUTH = (Unauthorized, Forbidden)

_MERGE_PATCH = {
    "type": "object",
    "description": "A JSON Merge Patch (RFC 7396) of the referral, applied deep: only the "
    "members sent change, null removes one, arrays are replaced whole. Amendable: "
    "la_reference, social_worker, team_manager, placement, children, parent (as in "
    "ReferralCreate). What a read shows but an amendment cannot change (id, version, "
    "status, referral_date, received_at, screening, completeness, a child's age_today...) "
    "is ignored, so an edited GET body can be sent back whole; other members are refused.",
}
# Both media types take the same merge patch; the kit accepts any application/*+json.
_AMEND_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            MERGE_PATCH_MEDIA_TYPE: {"schema": _MERGE_PATCH},
            "application/json": {"schema": _MERGE_PATCH},
        },
    }
}


@router.post(
    "/v1/referrals",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralRead,
    responses=problem_responses(
        *_AUTH,
        IdempotencyKeyRequired,
        IdempotencyKeyInFlight,
        IdempotencyKeyMismatch,
        ValidationFailed,
        PayloadTooLarge,
        UnsupportedMediaType,
    ),
)
async def send_referral(
    request: Request,
    body: ReferralCreate,
    submission: LaSubmission,
) -> ReferralRead:
    """Send a referral to one or more agencies. Each agency's 15-minute clock starts now."""
    return await _send(request, body, submission)


async def send_referral_directly(request: Request) -> Response:
    """``POST /v1/referrals`` as :class:`hearth_kit.routing.DirectRoutes` serves it: what
    :func:`send_referral`'s parameters declare, solved in the same order (the caller, the
    Idempotency-Key, the body) by the same functions, without FastAPI's solving."""
    submission = await la_submission(
        request, await bearer(request), request.headers.get("idempotency-key")
    )
    return await _send(request, await parsed_body(request, ReferralCreate), submission)


async def _send(request: Request, body: ReferralCreate, submission: Submission) -> Response:
    ctx, claim = submission.ctx, submission.claim
    intake = IntakeService(ctx)
    # On PostgreSQL the key is looked up in the look-up's statement, and the two
    # statements (the read, then the write) each stand alone: no BEGIN, no COMMIT. The
    # key's row in the write settles a duplicate sent at the same time (PendingClaim).
    new = await intake.prepare(body, claim=claim)
    referral = new.referral
    # The answer is rendered before the write, so the Idempotency-Key's stored answer goes
    # in the same statement as the referral: one round trip less on every referral. It is
    # rendered from what is in hand (the document just dumped), not through the view's
    # models (views.new_referral_json).
    answer = new_referral_json(referral, new.recipients, body, await _linked(ctx, new), ctx.now())
    response = Response(
        answer,
        status_code=status.HTTP_201_CREATED,
        headers={
            "Location": f"/v1/referrals/{referral['id']}",
            "ETag": version_tag(referral["version"]),
        },
        media_type="application/json",
    )
    await intake.register(new, *stored_response(request, response), alone=claim is not None)
    return response


async def _linked(ctx: ReferralContext, new: NewReferral) -> list[tuple[str, Referral]]:
    """The earlier referrals a new one links to, each with the link's basis, as a read of
    it shows them (the caller's own, newest first)."""
    if not new.links:
        return []
    basis = {link["earlier_referral_id"]: link["basis"] for link in new.links}
    earlier = await ctx.repository.earlier_referrals(list(basis))
    return [(basis[referral.id], referral) for referral in earlier]


@router.patch(
    "/v1/referrals/{referral_id}",
    response_model=ReferralRead,
    responses=problem_responses(
        *_AUTH,
        ReferralNotFound,
        PreconditionFailed,
        PreconditionRequired,
        InvalidState,
        ValidationFailed,
        UnsupportedMediaType,
    ),
    openapi_extra=_AMEND_BODY,
)
async def amend_referral(
    referral_id: str,
    body: Annotated[dict[str, Any], Body()],
    ctx: LaContext,
    response: Response,
    if_match: IfMatchRequired = None,
) -> ReferralRead:
    """Amend a referral with a JSON Merge Patch (RFC 7396, deep; application/merge-patch+json
    or application/json). Send If-Match with the ETag you read."""
    if if_match is None:
        raise PreconditionRequired("Send If-Match with the referral's ETag.")
    referral = await IntakeService(ctx).amend(referral_id, if_match, body)
    response.headers["ETag"] = etag(referral)
    return await render(ctx, referral)


@router.post(
    "/v1/referrals/{referral_id}/withdraw",
    response_model=ReferralRead,
    responses=problem_responses(*_AUTH, ReferralNotFound, InvalidState, ValidationFailed),
)
async def withdraw_referral(
    referral_id: str, body: ReferralWithdraw, ctx: LaContext, response: Response
) -> ReferralRead:
    """Withdraw a referral: the child no longer needs a home from these agencies."""
    referral = await IntakeService(ctx).withdraw(referral_id, body)
    response.headers["ETag"] = etag(referral)
    return await render(ctx, referral)


@router.post(
    "/v1/referrals/{referral_id}/claim",
    response_model=ReferralRead,
    responses=problem_responses(*_AUTH, ReferralNotFound, InvalidState),
)
async def claim_referral(referral_id: str, ctx: LaContext, response: Response) -> ReferralRead:
    """Take a referral an agency registered in your name from a document into your own list.

    Until then it is the agency's alone; claiming again changes nothing."""
    referral = await IntakeService(ctx).claim(referral_id)
    response.headers["ETag"] = etag(referral)
    return await render(ctx, referral)
