"""Offer endpoints: the agency drafts, prices, sends, chases and withdraws; the LA reads
the offers sent to it and answers them. Every change needs If-Match."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response, status
from hearth_contract.offers import (
    ChaseRead,
    OfferAccept,
    OfferCreate,
    OfferDecline,
    OfferRead,
    OfferStatus,
    OfferSummary,
    OfferUpdate,
    OfferWithdraw,
)
from hearth_contract.problems import (
    ConcurrentChange,
    DependencyUnavailable,
    Forbidden,
    InvalidState,
    MatchNotAgreed,
    MatchNotFound,
    NotFound,
    OfferAlreadyAccepted,
    OfferNotFound,
    PreconditionFailed,
    PreconditionRequired,
    RateCardNotFound,
    Unauthorized,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.routing import HearthRoute

from hearth_offers.api import AnswerContext, MakerContext, ReaderContext
from hearth_offers.chase.service import ChaseService
from hearth_offers.context import OffersContext
from hearth_offers.models import Offer
from hearth_offers.offers.answers import AnswerService
from hearth_offers.offers.service import OfferService
from hearth_offers.views import etag, offer_read, offer_summary

router = APIRouter(route_class=HearthRoute, tags=["offers"])
_AUTH = (Unauthorized, Forbidden)
_CHANGE = (OfferNotFound, InvalidState, PreconditionFailed, PreconditionRequired, ConcurrentChange)


async def _answer(offer: Offer, response: Response, ctx: OffersContext) -> OfferRead:
    await ctx.session.flush()  # the version (and so the ETag) the change commits with
    response.headers["ETag"] = etag(offer)
    return offer_read(offer)


@router.post(
    "/v1/offers",
    status_code=status.HTTP_201_CREATED,
    response_model=OfferRead,
    responses=problem_responses(
        *_AUTH, ValidationFailed, MatchNotFound, MatchNotAgreed, NotFound, DependencyUnavailable
    ),
)
async def create_offer(body: OfferCreate, ctx: MakerContext, response: Response) -> OfferRead:
    """A draft offer from an agreed match (the same draft the feed makes, if it came first)."""
    offer = await OfferService(ctx).create(body)
    response.headers["Location"] = f"/v1/offers/{offer.id}"
    return await _answer(offer, response, ctx)


@router.get("/v1/offers", response_model=list[OfferRead], responses=problem_responses(*_AUTH))
async def list_offers(
    ctx: ReaderContext,
    status: OfferStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[OfferRead]:
    """The caller's offers, newest first: an agency's own, or those sent to an LA."""
    return [offer_read(o) for o in await OfferService(ctx).list(status, limit)]


@router.get(
    "/v1/offers:chase-list",
    response_model=list[ChaseRead],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def chase_list(
    ctx: MakerContext, after_working_hours: Annotated[int | None, Query(ge=1, le=400)] = None
) -> list[ChaseRead]:
    """Sent offers the LA has not answered for the chase interval, in working hours."""
    return await ChaseService(ctx).due(after_working_hours)


@router.get(
    "/v1/offers/{offer_id}",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, OfferNotFound),
)
async def read_offer(offer_id: str, ctx: ReaderContext, response: Response) -> OfferRead:
    """One offer, its pack (once sent) and its history, with its ETag."""
    return await _answer(await OfferService(ctx).get(offer_id), response, ctx)


@router.get(
    "/v1/referrals/{referral_id}/offers",
    response_model=list[OfferSummary],
    responses=problem_responses(*_AUTH),
)
async def offers_for_referral(referral_id: str, ctx: ReaderContext) -> list[OfferSummary]:
    """Every offer for a child the caller may see, side by side (an LA: every agency's)."""
    return [offer_summary(o) for o in await OfferService(ctx).repository.for_referral(referral_id)]


@router.patch(
    "/v1/offers/{offer_id}",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, *_CHANGE, ValidationFailed, RateCardNotFound),
)
async def update_offer(
    offer_id: str,
    body: OfferUpdate,
    ctx: MakerContext,
    response: Response,
    if_match: IfMatchRequired = None,
) -> OfferRead:
    """Edit a draft: costings from the rate card in force, profile text, contacts, answer-by."""
    return await _answer(await OfferService(ctx).update(offer_id, if_match, body), response, ctx)


@router.post(
    "/v1/offers/{offer_id}/send",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, *_CHANGE, ValidationFailed, DependencyUnavailable),
)
async def send_offer(
    offer_id: str, ctx: MakerContext, response: Response, if_match: IfMatchRequired = None
) -> OfferRead:
    """Freeze the pack and send the offer to the LA."""
    return await _answer(await OfferService(ctx).send(offer_id, if_match), response, ctx)


@router.post(
    "/v1/offers/{offer_id}/withdraw",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, *_CHANGE, ValidationFailed),
)
async def withdraw_offer(
    offer_id: str,
    body: OfferWithdraw,
    ctx: MakerContext,
    response: Response,
    if_match: IfMatchRequired = None,
) -> OfferRead:
    """The agency withdraws its offer, with a reason."""
    return await _answer(await OfferService(ctx).withdraw(offer_id, if_match, body), response, ctx)


@router.post(
    "/v1/offers/{offer_id}/chase",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, *_CHANGE),
)
async def chase_offer(
    offer_id: str, ctx: MakerContext, response: Response, if_match: IfMatchRequired = None
) -> OfferRead:
    """Record a chase of the LA for its answer."""
    return await _answer(await ChaseService(ctx).chase(offer_id, if_match), response, ctx)


@router.post(
    "/v1/offers/{offer_id}/accept",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, *_CHANGE, ValidationFailed, OfferAlreadyAccepted),
)
async def accept_offer(
    offer_id: str,
    body: OfferAccept,
    ctx: AnswerContext,
    request: Request,
    response: Response,
    background: BackgroundTasks,
    if_match: IfMatchRequired = None,
) -> OfferRead:
    """The LA accepts the offer, with the start date; the child's other offers lapse.

    The answer is ``accepting``: the LA's yes is kept, and the place is filled, the match
    closed as placed and the referral placed in their services straight after (the
    offer's ``acceptance`` shows each step); then ``accepted`` and ``offer.accepted``.
    """
    offer = await AnswerService(ctx).accept(offer_id, if_match, body)
    read = await _answer(offer, response, ctx)
    # Runs once this request has committed and answered, from the offer as committed (no
    # second read); the loop resumes what it leaves.
    background.add_task(request.app.state.acceptance.resume, read.id, offer)
    return read


@router.post(
    "/v1/offers/{offer_id}/decline",
    response_model=OfferRead,
    responses=problem_responses(*_AUTH, *_CHANGE, ValidationFailed),
)
async def decline_offer(
    offer_id: str,
    body: OfferDecline,
    ctx: AnswerContext,
    response: Response,
    if_match: IfMatchRequired = None,
) -> OfferRead:
    """The LA declines the offer, with a coded reason."""
    return await _answer(await AnswerService(ctx).decline(offer_id, if_match, body), response, ctx)
