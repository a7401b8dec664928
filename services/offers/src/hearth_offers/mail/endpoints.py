"""An offer's emails: send a failed one again (after the address or the relay is fixed)."""

from __future__ import annotations

from fastapi import APIRouter
from hearth_contract.offers import OfferEmailRead
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    OfferEmailNotFound,
    OfferNotFound,
    Unauthorized,
)
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_offers.api import MakerContext
from hearth_offers.mail.service import MailService
from hearth_offers.views import email_read

router = APIRouter(route_class=HearthRoute, tags=["offers"])


@router.post(
    "/v1/offers/{offer_id}/emails/{email_id}/resend",
    response_model=OfferEmailRead,
    responses=problem_responses(
        Unauthorized, Forbidden, OfferNotFound, OfferEmailNotFound, InvalidState
    ),
)
async def resend_email(offer_id: str, email_id: str, ctx: MakerContext) -> OfferEmailRead:
    """Queue a failed email of the agency's offer again (same message, same Message-ID);
    the mail outbox sends it next. Only a ``failed`` email can be sent again (409)."""
    return email_read(await MailService(ctx).resend(offer_id, email_id))
