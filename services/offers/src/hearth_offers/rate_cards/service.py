"""Rate cards: versions of an agency's prices with effective dates that never overlap."""

from __future__ import annotations

from datetime import date

from hearth_contract.offers import RateCardCreate
from hearth_contract.problems import FieldError, RateCardNotFound, RateCardOverlap

from hearth_offers.context import OffersContext
from hearth_offers.costings.arithmetic import overlapping
from hearth_offers.models import RateCard
from hearth_offers.offers.repository import OfferRepository

__all__ = ["RateCardService", "as_card"]


def as_card(card: RateCard) -> RateCardCreate:
    """A stored version as the contract model the arithmetic prices from."""
    return RateCardCreate(
        effective_from=card.effective_from, effective_to=card.effective_to, **card.prices
    )


class RateCardService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx
        self.repository = OfferRepository(ctx.session)

    async def create(self, body: RateCardCreate) -> RateCard:
        """Add a version of the agency's rate card; 409 naming the dates if it overlaps one."""
        existing = await self.repository.rate_cards(self.ctx.tenant)
        clash = overlapping(
            body.effective_from,
            body.effective_to,
            [
                {"effective_from": c.effective_from, "effective_to": c.effective_to}
                for c in existing
            ],
        )
        if clash is not None:
            raise RateCardOverlap(
                "The dates overlap a version already in force; end that version first.",
                errors=[
                    FieldError(
                        pointer="/effective_from",
                        detail=f"overlaps the version from {clash['effective_from']}",
                        code="overlap",
                    )
                ],
            )
        card = RateCard(
            agency_id=self.ctx.tenant,
            version=(existing[0].version + 1) if existing else 1,
            effective_from=body.effective_from,
            effective_to=body.effective_to,
            prices=body.model_dump(mode="json", include={"core_fees", "add_ons", "one_offs"}),
            created_at=self.ctx.now(),
            created_by=self.ctx.actor,
        )
        self.ctx.session.add(card)
        await self.ctx.session.flush()
        return card

    async def list(self) -> list[RateCard]:
        """Every version of the agency's rate card, newest first."""
        return await self.repository.rate_cards(self.ctx.tenant)

    async def in_force(self, agency_id: str, day: date) -> RateCard:
        """The version in force on ``day``; 404 if none is."""
        for card in await self.repository.rate_cards(agency_id):
            if card.effective_from <= day and (
                card.effective_to is None or day <= card.effective_to
            ):
                return card
        raise RateCardNotFound(f"No rate card of the agency is in force on {day}.")
