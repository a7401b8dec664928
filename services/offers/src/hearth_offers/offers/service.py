"""The agency's side of an offer: draft it from an agreed match, edit it, send it, withdraw it."""

from __future__ import annotations

from hearth_contract.matching import MatchStatus
from hearth_contract.offers import (
    Costings,
    OfferCreate,
    OfferEvent,
    OfferStatus,
    OfferUpdate,
    OfferWithdraw,
)
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    MatchNotAgreed,
    OfferNotFound,
    ValidationFailed,
)
from sqlalchemy.orm.attributes import flag_modified

from hearth_offers.brand.service import BrandService
from hearth_offers.chase.working_time import add_working_days
from hearth_offers.context import OffersContext
from hearth_offers.costings.arithmetic import ROUNDING, price, totals
from hearth_offers.drafts.draft import AgreedMatch, draft_from_match
from hearth_offers.mail.outbox import queue_emails
from hearth_offers.models import Offer, OfferStep
from hearth_offers.offers.repository import OfferRepository
from hearth_offers.pack.compose import compose_pack
from hearth_offers.rate_cards.service import RateCardService, as_card
from hearth_offers.views import check_if_match

__all__ = ["OfferService", "record_step"]


def record_step(
    offer: Offer, step: str, actor: str, now, reason_code: str | None = None, note=None
) -> None:
    """Add a step to the offer's history and touch it (its version goes up)."""
    offer.steps.append(
        OfferStep(
            agency_id=offer.agency_id,
            la_code=offer.la_code,
            seq=len(offer.steps) + 1,
            step=step,
            reason_code=reason_code,
            note=note,
            actor=actor,
            at=now,
        )
    )
    offer.updated_at = now
    flag_modified(offer, "updated_at")  # an UPDATE, so the version (the ETag) moves on


class OfferService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx
        self.repository = OfferRepository(ctx.session)

    async def get(self, offer_id: str) -> Offer:
        """An offer the caller may see (an agency its own, an LA those sent to it); else 404."""
        offer = await self.repository.get(offer_id)
        if offer is None:
            raise OfferNotFound()
        return offer

    async def create(self, body: OfferCreate) -> Offer:
        """A draft offer from a match the carer or registered manager agreed to; 409 if not."""
        ctx = self.ctx
        match = await ctx.peers.match(body.match_id, ctx.authorization)
        if match.status is not MatchStatus.READY_FOR_OFFER:
            raise MatchNotAgreed(f"The match is {match.status.value}, not ready for an offer.")
        agreed = AgreedMatch(match.id, match.agency_id, match.referral_id, list(match.vacancy_ids))
        offer, _ = await draft_from_match(ctx.session, ctx.peers, agreed, ctx.actor, ctx.now())
        return offer

    async def list(self, status: OfferStatus | None, limit: int) -> list[Offer]:
        """The caller's offers, newest first."""
        return await self.repository.list(status.value if status else None, limit)

    async def update(self, offer_id: str, if_match: str | None, body: OfferUpdate) -> Offer:
        """Edit a draft: costings priced from the rate card in force, profile, contacts, date."""
        offer = await self._draft(offer_id, if_match)
        if body.costing is not None:
            await self._price(offer, body)
        if body.match_run_id is not None:
            offer.match_run_id = body.match_run_id
        if body.profile_text is not None:
            offer.profile_text = body.profile_text
        if body.contacts is not None:
            offer.contacts = [c.model_dump(mode="json") for c in body.contacts]
        if body.answer_by is not None:
            if body.answer_by <= self.ctx.now().date():
                raise _invalid("/answer_by", "the answer-by date must be after today")
            offer.answer_by = body.answer_by
        record_step(offer, "edited", self.ctx.actor, self.ctx.now())
        return offer

    async def _price(self, offer: Offer, body: OfferUpdate) -> None:
        assert body.costing is not None
        card = await RateCardService(self.ctx).in_force(offer.agency_id, self.ctx.now().date())
        lines = price(as_card(card), offer.setting, body.costing)
        total = totals(lines)
        offer.costing_request = body.costing.model_dump(mode="json")
        offer.costings = Costings(
            rate_card_id=str(card.id),
            rate_card_version=card.version,
            setting=offer.setting,  # type: ignore[arg-type]
            band=body.costing.band,
            lines=lines,
            weekly_total_pence=total.weekly_pence,
            one_off_total_pence=total.one_off_pence,
            total_weekly_cost=total.total_weekly_cost,
            rounding=ROUNDING,
        ).model_dump(mode="json")

    async def send(self, offer_id: str, if_match: str | None) -> Offer:
        """Freeze the pack and send the offer to the LA; it needs costings and a contact.
        The emails to the child's social worker and the LA's placement team are queued in
        the same transaction; the mail outbox delivers them (SMTP never fails the send)."""
        ctx = self.ctx
        offer = await self._draft(offer_id, if_match)
        if offer.costings is None:
            raise _invalid("/costing", "price the offer from the rate card before sending it")
        if not offer.contacts:
            raise _invalid("/contacts", "name at least one contact before sending the offer")
        if offer.answer_by is None:
            offer.answer_by = add_working_days(
                ctx.now().date(), ctx.settings.answer_within_working_days
            )
        referral = await ctx.peers.referral(offer.referral_id)
        holder = offer.household_id or offer.home_id or ""
        explanation = await ctx.peers.explanation(
            offer.referral_id, holder, ctx.authorization, offer.match_run_id
        )
        brand, logo = await BrandService(ctx).brand()
        agency_name = brand.display_name if brand else None
        pack = compose_pack(offer, referral, explanation, ctx.now(), agency_name, logo)
        offer.pack = pack.model_dump(mode="json")
        offer.status = OfferStatus.SENT.value
        offer.sent_at = ctx.now()
        queue_emails(offer, referral, agency_name or offer.agency_id, ctx.settings, ctx.now())
        record_step(offer, "sent", ctx.actor, ctx.now())
        await ctx.emit(OfferEvent.SENT, offer, answer_by=offer.answer_by.isoformat())
        return offer

    async def withdraw(self, offer_id: str, if_match: str | None, body: OfferWithdraw) -> Offer:
        """The agency withdraws a draft or sent offer, with its reason."""
        offer = await self.get(offer_id)
        check_if_match(offer, if_match)
        if offer.status not in (OfferStatus.DRAFT, OfferStatus.SENT):
            raise InvalidState(f"A {offer.status} offer cannot be withdrawn.")
        offer.status = OfferStatus.WITHDRAWN.value
        record_step(offer, "withdrawn", self.ctx.actor, self.ctx.now(), note=body.reason)
        await self.ctx.emit(OfferEvent.WITHDRAWN, offer)
        return offer

    async def _draft(self, offer_id: str, if_match: str | None) -> Offer:
        offer = await self.get(offer_id)
        check_if_match(offer, if_match)
        if offer.status != OfferStatus.DRAFT:
            raise InvalidState(f"The offer is {offer.status}: only a draft can be changed.")
        return offer


def _invalid(pointer: str, detail: str) -> ValidationFailed:
    return ValidationFailed(detail, errors=[FieldError(pointer=pointer, detail=detail)])
