"""Chasing the LA: the list of sent offers awaiting an answer for too long, and each chase."""

from __future__ import annotations

from hearth_contract.offers import ChaseRead, OfferEvent, OfferStatus
from hearth_contract.problems import InvalidState

from hearth_offers.chase.working_time import working_hours_between
from hearth_offers.context import OffersContext
from hearth_offers.models import Offer
from hearth_offers.offers.repository import OfferRepository
from hearth_offers.offers.service import OfferService, record_step
from hearth_offers.views import check_if_match

__all__ = ["ChaseService"]


class ChaseService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx

    async def due(self, after_working_hours: int | None) -> list[ChaseRead]:
        """The agency's sent offers the LA has not answered for the chase interval (working
        hours since it was sent, or last chased), longest waiting first."""
        threshold = after_working_hours or self.ctx.settings.chase_after_working_hours
        now = self.ctx.now()
        due = []
        for offer in await OfferRepository(self.ctx.session).awaiting():
            assert offer.sent_at is not None
            since = offer.last_chased_at or offer.sent_at
            waiting = working_hours_between(since, now)
            if waiting >= threshold:
                due.append(
                    ChaseRead(
                        offer_id=str(offer.id),
                        referral_id=offer.referral_id,
                        la_code=offer.la_code,
                        sent_at=offer.sent_at,
                        last_chased_at=offer.last_chased_at,
                        working_hours_waiting=waiting,
                        answer_by=offer.answer_by,
                    )
                )
        return sorted(due, key=lambda c: -c.working_hours_waiting)

    async def chase(self, offer_id: str, if_match: str | None) -> Offer:
        """Record that the LA was chased for an answer (``offer.chased``)."""
        offer = await OfferService(self.ctx).get(offer_id)
        check_if_match(offer, if_match)
        if offer.status != OfferStatus.SENT:
            raise InvalidState("Only a sent offer awaiting an answer can be chased.")
        offer.last_chased_at = self.ctx.now()
        offer.chase_count += 1
        record_step(offer, "chased", self.ctx.actor, self.ctx.now())
        await self.ctx.emit(OfferEvent.CHASED, offer, chase_count=offer.chase_count)
        return offer
