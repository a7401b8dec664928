"""The LA's side of an offer: accept (with a start date) or decline (with a reason); and the
clock's: an offer not answered by its date lapses.

Accepting is one decision: the LA's yes is kept at once (the offer is ``accepting``,
with its start date) and every other open offer for the same child lapses (the other
agencies are told only that the child was placed elsewhere); the place, the match and
the referral are then updated in their services (``hearth_offers.acceptance``), and
``offer.accepted`` carries what the placements service needs once they are. A second
acceptance for the same child is 409, whether it comes later or at the same moment:
the child's offers are locked in one order and read afresh (PostgreSQL), so the second
sees the first as accepting; a unique index on accepted offers per referral backs it.
"""

from __future__ import annotations

from datetime import datetime

from hearth_contract.offers import (
    OfferAccept,
    OfferAcceptedData,
    OfferDecline,
    OfferDeclineReason,
    OfferEvent,
    OfferStatus,
)
from hearth_contract.problems import InvalidState, OfferAlreadyAccepted
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.context import OffersContext, emit_offer_event
from hearth_offers.models import Offer
from hearth_offers.offers.repository import OfferRepository
from hearth_offers.offers.service import OfferService, record_step
from hearth_offers.views import check_if_match

__all__ = ["AnswerService", "accepted_data", "lapse_due"]


def accepted_data(offer: Offer) -> OfferAcceptedData:
    """The ``offer.accepted`` event's data, as the contract (and placements) reads it."""
    assert offer.start_date is not None
    return OfferAcceptedData(
        offer_id=str(offer.id),
        match_id=offer.match_id,
        referral_id=offer.referral_id,
        la_code=offer.la_code,
        agency_id=offer.agency_id,
        household_id=offer.household_id,
        home_id=offer.home_id,
        vacancy_ids=list(offer.vacancy_ids),
        start_date=offer.start_date,
        placement_type=offer.placement_type,
        legal_status=(offer.pack or {}).get("children", [{}])[0].get("legal_status"),
    )


class AnswerService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx
        self.offers = OfferService(ctx)
        self.repository = OfferRepository(ctx.session)

    async def _sent(self, offer_id: str, if_match: str | None) -> Offer:
        offer = await self.offers.get(offer_id)
        await self.repository.lock_for_referral(offer.referral_id)
        check_if_match(offer, if_match)
        if offer.status != OfferStatus.SENT:
            raise InvalidState(f"The offer is {offer.status}: only a sent offer can be answered.")
        return offer

    async def accept(self, offer_id: str, if_match: str | None, body: OfferAccept) -> Offer:
        """The LA accepts: its yes is kept (``accepting``) and the child's other offers lapse;
        the place, match and referral follow (``hearth_offers.acceptance``)."""
        ctx = self.ctx
        offer = await self._sent(offer_id, if_match)
        if await self.repository.accepted_for_referral(offer.referral_id) is not None:
            raise OfferAlreadyAccepted("Another offer for this child has been accepted.")
        offer.status = OfferStatus.ACCEPTING.value
        offer.answered_at = ctx.now()
        offer.start_date = body.start_date
        record_step(offer, "accepting", ctx.actor, ctx.now(), note=body.note)
        await ctx.session.flush()
        await ctx.emit(OfferEvent.ACCEPTING, offer, start_date=body.start_date.isoformat())
        for other in await self.repository.competing(offer):
            await close(
                ctx.session, other, OfferDeclineReason.PLACED_ELSEWHERE, ctx.actor, ctx.now()
            )
        return offer

    async def decline(self, offer_id: str, if_match: str | None, body: OfferDecline) -> Offer:
        """The LA declines, with a coded reason (and a note for ``other``)."""
        ctx = self.ctx
        offer = await self._sent(offer_id, if_match)
        offer.status = OfferStatus.DECLINED.value
        offer.answered_at = ctx.now()
        offer.reason_code = body.reason_code.value
        record_step(offer, "declined", ctx.actor, ctx.now(), body.reason_code.value, body.note)
        await ctx.emit(OfferEvent.DECLINED, offer, reason_code=body.reason_code.value)
        return offer


async def close(
    session: AsyncSession, offer: Offer, reason: str, actor: str, now: datetime
) -> None:
    """Lapse an open offer with a reason, and say so on the feed."""
    offer.status = OfferStatus.LAPSED.value
    offer.reason_code = str(reason)
    record_step(offer, "lapsed", actor, now, reason_code=str(reason))
    await emit_offer_event(session, OfferEvent.LAPSED, offer, reason_code=str(reason))


async def lapse_due(session: AsyncSession, now: datetime) -> int:
    """Lapse every sent offer whose answer-by date has passed; how many lapsed."""
    count = 0
    for offer in await OfferRepository(session).awaiting():
        if offer.answer_by is not None and offer.answer_by < now.date():
            await close(session, offer, "answer_by_passed", "service:-:hearth-offers", now)
            count += 1
    return count
