"""Every query on offers."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.models import Attachment, Offer, RateCard

__all__ = ["OfferRepository"]

OPEN = ("draft", "sent")


class OfferRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, offer_id: str) -> Offer | None:
        try:
            key = uuid.UUID(offer_id)
        except ValueError:
            return None
        return await self.session.scalar(sa.select(Offer).where(Offer.id == key))

    async def for_match(self, match_id: str) -> Offer | None:
        """The offer made from a match, whoever may see it (one offer per match)."""
        query = sa.select(Offer).where(Offer.match_id == match_id)
        return await self.session.scalar(
            query.execution_options(system_reason="one offer per match")
        )

    async def for_referral(self, referral_id: str) -> list[Offer]:
        query = sa.select(Offer).where(Offer.referral_id == referral_id).order_by(Offer.sent_at)
        return list(await self.session.scalars(query))

    async def list(self, status: str | None, limit: int) -> list[Offer]:
        query = sa.select(Offer).order_by(Offer.created_at.desc(), Offer.id).limit(limit)
        if status is not None:
            query = query.where(Offer.status == status)
        return list(await self.session.scalars(query))

    async def accepted_for_referral(self, referral_id: str) -> Offer | None:
        """The child's offer the LA said yes to (being carried out, or done), if any."""
        query = sa.select(Offer).where(
            Offer.referral_id == referral_id, Offer.status.in_(("accepting", "accepted"))
        )
        return await self.session.scalar(
            query.execution_options(system_reason="one accepted offer per child")
        )

    async def competing(self, offer: Offer) -> list[Offer]:
        """Every other open offer for the same referral, whichever agency made it."""
        query = sa.select(Offer).where(
            Offer.referral_id == offer.referral_id,
            Offer.id != offer.id,
            Offer.status.in_(OPEN),
        )
        return list(
            await self.session.scalars(
                query.execution_options(system_reason="an acceptance closes competing offers")
            )
        )

    async def lock_for_referral(self, referral_id: str) -> list[Offer]:
        """Every offer for a referral, locked in one order (PostgreSQL) and read afresh:
        two answers for one child take their turns instead of deadlocking."""
        query = (
            sa.select(Offer)
            .where(Offer.referral_id == referral_id)
            .order_by(Offer.id)
            .with_for_update()
            .execution_options(
                system_reason="an answer locks the child's offers", populate_existing=True
            )
        )
        return list(await self.session.scalars(query))

    async def awaiting(self) -> list[Offer]:
        query = sa.select(Offer).where(Offer.status == "sent").order_by(Offer.sent_at)
        return list(await self.session.scalars(query))

    async def attachment(self, offer: Offer, attachment_id: str) -> Attachment | None:
        try:
            key = uuid.UUID(attachment_id)
        except ValueError:
            return None
        query = (
            sa.select(Attachment)
            .where(Attachment.id == key, Attachment.offer_id == offer.id)
            .options(sa.orm.undefer(Attachment.content))
        )
        return await self.session.scalar(query)

    async def rate_cards(self, agency_id: str) -> list[RateCard]:
        query = (
            sa.select(RateCard)
            .where(RateCard.agency_id == agency_id)
            .order_by(RateCard.version.desc())
        )
        return list(await self.session.scalars(query))
