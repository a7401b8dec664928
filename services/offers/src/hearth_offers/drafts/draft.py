"""A draft offer from an agreed match: the one way an offer begins.

Called by the consumer of matching's feed (``match.ready_for_offer``) and by an
officer's ``POST /v1/offers``; whichever comes first makes the draft, the other finds
it (one offer per match).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hearth_contract.offers import OfferEvent, OfferStatus
from hearth_contract.referrals import Setting
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.context import emit_offer_event
from hearth_offers.models import Offer, OfferStep
from hearth_offers.offers.repository import OfferRepository
from hearth_offers.peers import Peers

__all__ = ["AgreedMatch", "draft_from_match"]

# SSDA903 placement type when the place does not name one: foster care, not long term
# (U6), or a children's home (K2).
DEFAULT_PLACEMENT_TYPE = {Setting.RESIDENTIAL: "K2", Setting.SECURE: "K1"}


@dataclass(frozen=True)
class AgreedMatch:
    match_id: str
    agency_id: str
    referral_id: str
    vacancy_ids: list[str]


async def draft_from_match(
    session: AsyncSession, peers: Peers, match: AgreedMatch, actor: str, now: datetime
) -> tuple[Offer, bool]:
    """The match's offer, and whether it was made now (a draft, with its event)."""
    repository = OfferRepository(session)
    existing = await repository.for_match(match.match_id)
    if existing is not None:
        return existing, False
    referral = await peers.referral(match.referral_id)
    place = await peers.vacancy(match.vacancy_ids[0])
    setting = referral.placement.setting
    offer = Offer(
        agency_id=match.agency_id,
        la_code=referral.la_code,
        referral_id=match.referral_id,
        match_id=match.match_id,
        household_id=place.household_id,
        home_id=place.home_id,
        vacancy_ids=list(match.vacancy_ids),
        setting=setting.value,
        placement_type=(
            place.placement_type.value
            if place.placement_type
            else DEFAULT_PLACEMENT_TYPE.get(setting, "U6")
        ),
        status=OfferStatus.DRAFT.value,
        contacts=[],
        chase_count=0,
        created_at=now,
        updated_at=now,
    )
    offer.steps = [_step(offer, 1, "drafted", actor, now)]
    offer.attachments = []
    offer.emails = []
    session.add(offer)
    await session.flush()
    await emit_offer_event(session, OfferEvent.DRAFTED, offer)
    return offer, True


def _step(offer: Offer, seq: int, step: str, actor: str, now: datetime) -> OfferStep:
    return OfferStep(
        agency_id=offer.agency_id,
        la_code=offer.la_code,
        seq=seq,
        step=step,
        actor=actor,
        at=now,
    )
