"""How the offers service shows its records: contract models from ORM rows, and ETags."""

from __future__ import annotations

from hearth_contract.offers import (
    AcceptanceRead,
    AttachmentRead,
    Costings,
    OfferEmailRead,
    OfferEmailStatus,
    OfferPack,
    OfferRead,
    OfferStatus,
    OfferStepRead,
    OfferSummary,
    RateCardRead,
)
from hearth_contract.referrals import PersonContact, Setting
from hearth_kit.etags import check_if_match as check_record_if_match
from hearth_kit.etags import etag

from hearth_offers.acceptance.progress import progress_of
from hearth_offers.models import Attachment, Offer, OfferEmail, RateCard

__all__ = [
    "acceptance_read",
    "attachment_read",
    "check_if_match",
    "email_read",
    "etag",
    "offer_read",
    "offer_summary",
    "rate_card_read",
]


def check_if_match(offer: Offer, if_match: str | None) -> None:
    """A change needs the ETag the offer was read with (428 absent, 412 stale)."""
    check_record_if_match(offer, if_match, what="offer")


def attachment_read(attachment: Attachment) -> AttachmentRead:
    return AttachmentRead(
        id=str(attachment.id),
        filename=attachment.filename,
        media_type=attachment.media_type,  # type: ignore[arg-type]
        size_bytes=attachment.size_bytes,
        sha256=attachment.sha256,
        description=attachment.description,
    )


def offer_read(offer: Offer) -> OfferRead:
    return OfferRead(
        id=str(offer.id),
        agency_id=offer.agency_id,
        la_code=offer.la_code,
        referral_id=offer.referral_id,
        match_id=offer.match_id,
        household_id=offer.household_id,
        home_id=offer.home_id,
        vacancy_ids=list(offer.vacancy_ids),
        setting=Setting(offer.setting),
        placement_type=offer.placement_type,
        match_run_id=offer.match_run_id,
        status=OfferStatus(offer.status),
        answer_by=offer.answer_by,
        profile_text=offer.profile_text,
        contacts=[PersonContact.model_validate(c) for c in offer.contacts],
        costings=Costings.model_validate(offer.costings) if offer.costings else None,
        attachments=[attachment_read(a) for a in offer.attachments],
        pack=OfferPack.model_validate(offer.pack) if offer.pack else None,
        sent_at=offer.sent_at,
        answered_at=offer.answered_at,
        start_date=offer.start_date,
        reason_code=offer.reason_code,
        last_chased_at=offer.last_chased_at,
        chase_count=offer.chase_count,
        created_at=offer.created_at,
        updated_at=offer.updated_at,
        version=offer.version,
        history=[
            OfferStepRead(
                step=s.step, reason_code=s.reason_code, note=s.note, actor=s.actor, at=s.at
            )
            for s in offer.steps
        ],
        emails=[email_read(e) for e in offer.emails],
        acceptance=_acceptance(offer),
    )


def email_read(email: OfferEmail) -> OfferEmailRead:
    status = OfferEmailStatus(email.status)
    return OfferEmailRead(
        id=str(email.id),
        recipient_role=email.recipient_role,  # type: ignore[arg-type]
        to_address=email.to_address,
        status=status,
        attempts=email.attempts,
        last_error=email.last_error,
        next_attempt_at=email.next_attempt_at if status is OfferEmailStatus.QUEUED else None,
        sent_at=email.sent_at,
        message_id=email.message_id,
    )


def _acceptance(offer: Offer):
    """The acceptance's steps, once the LA has said yes (from the history)."""
    if offer.status not in (OfferStatus.ACCEPTING, OfferStatus.ACCEPTED):
        return None
    return progress_of((s.step, s.reason_code, s.note) for s in offer.steps).read()


def acceptance_read(offer: Offer) -> AcceptanceRead:
    """An acceptance for an operator: ids and progress only."""
    progress = _acceptance(offer)
    assert progress is not None, "only an offer the LA said yes to"
    return AcceptanceRead(
        offer_id=str(offer.id),
        agency_id=offer.agency_id,
        la_code=offer.la_code,
        referral_id=offer.referral_id,
        match_id=offer.match_id,
        status=OfferStatus(offer.status),
        answered_at=offer.answered_at,
        acceptance=progress,
    )


def offer_summary(offer: Offer) -> OfferSummary:
    pack = offer.pack or {}
    costings = offer.costings or {}
    return OfferSummary(
        id=str(offer.id),
        agency_id=offer.agency_id,
        status=OfferStatus(offer.status),
        weekly_total_pence=costings.get("weekly_total_pence"),
        total_weekly_cost=costings.get("total_weekly_cost"),
        needs_met=len(pack.get("needs_met", [])),
        needs_not_met=len(pack.get("needs_not_met", [])),
        answer_by=offer.answer_by,
        sent_at=offer.sent_at,
    )


def rate_card_read(card: RateCard) -> RateCardRead:
    return RateCardRead(
        id=str(card.id),
        agency_id=card.agency_id,
        version=card.version,
        effective_from=card.effective_from,
        effective_to=card.effective_to,
        created_at=card.created_at,
        created_by=card.created_by,
        **card.prices,
    )
