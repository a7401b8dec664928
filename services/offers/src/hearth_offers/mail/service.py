"""What an agency does with its offers' emails: send a failed one again."""

from __future__ import annotations

import uuid

from hearth_contract.offers import OfferEmailStatus
from hearth_contract.problems import InvalidState, OfferEmailNotFound

from hearth_offers.context import OffersContext
from hearth_offers.models import OfferEmail
from hearth_offers.offers.service import OfferService

__all__ = ["MailService"]


class MailService:
    def __init__(self, ctx: OffersContext) -> None:
        self.ctx = ctx

    async def resend(self, offer_id: str, email_id: str) -> OfferEmail:
        """Queue a failed email again (same message, same Message-ID); 409 unless failed."""
        offer = await OfferService(self.ctx).get(offer_id)
        email = next((e for e in offer.emails if str(e.id) == _canonical(email_id)), None)
        if email is None:
            raise OfferEmailNotFound()
        if email.status != OfferEmailStatus.FAILED:
            raise InvalidState(f"The email is {email.status}: only a failed one is sent again.")
        email.status = OfferEmailStatus.QUEUED.value
        email.attempts = 0
        email.next_attempt_at = self.ctx.now()
        await self.ctx.session.flush()
        return email


def _canonical(raw: str) -> str:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        return ""
