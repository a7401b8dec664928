"""Operators' view of acceptances a service refused for good, and the retry once resolved.

A refusal (the place filled for another child, the match or the referral gone) is not
retried by the loop: the other service said no, and asking again the same way would
only say no again. The operator resolves it in that service, then asks again here.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from fastapi import APIRouter, BackgroundTasks, Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.offers import AcceptanceRead
from hearth_contract.problems import Forbidden, InvalidState, OfferNotFound, Unauthorized
from hearth_kit.auth import require
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_offers.models import Offer
from hearth_offers.views import acceptance_read

__all__ = ["router"]

router = APIRouter(
    route_class=HearthRoute,
    tags=["operations"],
    dependencies=[Depends(require(Scope.AGENCY_ADMIN, [CallerKind.SERVICE]))],
)
_AUTH = (Unauthorized, Forbidden)


@router.get(
    "/v1/offers:acceptances-failed",
    response_model=list[AcceptanceRead],
    responses=problem_responses(*_AUTH),
)
async def failed_acceptances(request: Request) -> list[AcceptanceRead]:
    """The acceptances a service refused for good, oldest yes first (operators)."""
    acceptance = request.app.state.acceptance
    ids = [uuid.UUID(offer_id) for offer_id in await acceptance.failed()]
    async with request.app.state.database.system_session("acceptance") as session:
        offers = {o.id: o for o in await session.scalars(sa.select(Offer).where(Offer.id.in_(ids)))}
        return [acceptance_read(offers[offer_id]) for offer_id in ids if offer_id in offers]


@router.post(
    "/v1/offers/{offer_id}/acceptance:retry",
    response_model=AcceptanceRead,
    responses=problem_responses(*_AUTH, OfferNotFound, InvalidState),
)
async def retry_acceptance(
    offer_id: uuid.UUID, request: Request, background: BackgroundTasks
) -> AcceptanceRead:
    """Ask again, once the refusal is resolved in the other service (operators); 409
    unless the offer's acceptance was refused. The steps run straight after."""
    state = request.app.state
    async with state.database.system_session("acceptance") as session:
        async with session.begin():
            offer = await session.scalar(
                sa.select(Offer).where(Offer.id == offer_id).with_for_update()
            )
            if offer is None:
                raise OfferNotFound()
            await state.acceptance.retry(session, offer, "service:-:operator")
            await session.flush()
            read = acceptance_read(offer)
    background.add_task(state.acceptance.resume, str(offer_id))
    return read
