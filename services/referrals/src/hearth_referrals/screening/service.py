"""Screening: an agency officer answers, assigns, asks, progresses, declines or closes."""

from __future__ import annotations

from hearth_contract.problems import InvalidState, ReferralNotFound
from hearth_contract.referrals import (
    CompletenessItem,
    RecipientStatus,
    ReferralAssign,
    ReferralClose,
    ReferralDecline,
    ReferralPlaced,
    ReferralStatus,
    Severity,
)

from hearth_referrals.completeness import assess, outstanding
from hearth_referrals.context import ReferralContext
from hearth_referrals.models import Recipient, Referral
from hearth_referrals.screening.transitions import (
    TERMINAL,
    Step,
    counts_as_first_response,
    next_status,
)
from hearth_referrals.views import content_of

__all__ = ["ScreeningService", "mark_placed"]


class ScreeningService:
    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def own_screening(self, referral_id: str) -> tuple[Referral, Recipient]:
        referral = await self.ctx.load_for_update(referral_id)
        recipient = await self.ctx.repository.recipient(referral.id, self.ctx.principal.tenant)
        if recipient is None:
            raise ReferralNotFound()
        return referral, recipient

    async def step(
        self,
        referral: Referral,
        recipient: Recipient,
        step: Step,
        *,
        reason: str | None = None,
        note: str | None = None,
    ) -> None:
        """Move this agency's screening on by one step, stopping the clock on a first response."""
        ctx = self.ctx
        current = RecipientStatus(recipient.status)
        target = next_status(current, step)
        if step is Step.PROGRESS:
            gaps = await self._blocking_gaps(referral)
            if gaps:
                raise InvalidState(
                    "Matching needs information the referral does not give; ask the LA first.",
                    extensions={"blocking": [g.pointer for g in gaps]},
                )
        if counts_as_first_response(step) and recipient.first_responded_at is None:
            recipient.first_responded_at = ctx.now()
        if (
            step is Step.REQUEST_INFORMATION
            and current is not RecipientStatus.INFORMATION_REQUESTED
        ):
            recipient.status_before_questions = current.value
        recipient.status = target.value
        ctx.record(
            referral,
            agency_id=recipient.agency_id,
            from_status=current.value,
            to_status=target.value,
            reason=reason or (step.value if target is current else None),
            note=note,
        )
        await ctx.emit(
            f"referral.{_EVENT_NAMES[step]}",
            referral,
            [recipient.agency_id],
            agency_id=recipient.agency_id,
            status=target.value,
            reason_code=reason,
        )
        if target in TERMINAL:
            await self._close_referral_if_done(referral)

    async def _blocking_gaps(self, referral: Referral) -> list[CompletenessItem]:
        """The gaps that block this agency's matching: those its officers have not accepted
        an answer in words for."""
        gaps = [i for i in assess(content_of(referral)) if i.severity is Severity.BLOCKS_MATCHING]
        if not gaps:
            return gaps
        # Tenant scoping gives an agency only its own requests, so only its own resolutions.
        requests = await self.ctx.repository.information_requests(referral.id)
        return outstanding(gaps, [q.get("resolved_pointer") for r in requests for q in r.questions])

    async def _close_referral_if_done(self, referral: Referral) -> None:
        await self.ctx.session.flush()
        statuses = await self.ctx.repository.all_recipient_statuses(referral.id)
        if referral.status == ReferralStatus.OPEN.value and all(
            RecipientStatus(status) in TERMINAL for status in statuses
        ):
            referral.status = ReferralStatus.CLOSED.value
            self.ctx.record(
                referral,
                agency_id=None,
                from_status=ReferralStatus.OPEN.value,
                to_status=referral.status,
                reason="every agency has finished",
            )

    async def acknowledge(self, referral_id: str) -> Referral:
        """First response: the referral has been seen and is being screened."""
        referral, recipient = await self.own_screening(referral_id)
        await self.step(referral, recipient, Step.ACKNOWLEDGE)
        return referral

    async def assign(self, referral_id: str, body: ReferralAssign) -> Referral:
        """Give the referral to an officer of this agency."""
        referral, recipient = await self.own_screening(referral_id)
        recipient.assigned_officer = body.officer_id
        recipient.assigned_officer_name = body.officer_name
        await self.step(referral, recipient, Step.ASSIGN, reason="assigned")
        return referral

    async def progress(self, referral_id: str) -> Referral:
        """The referral goes forward to matching."""
        referral, recipient = await self.own_screening(referral_id)
        await self.step(referral, recipient, Step.PROGRESS)
        return referral

    async def decline(self, referral_id: str, body: ReferralDecline) -> Referral:
        """This agency cannot offer a home; the reason is coded so declines can be counted."""
        referral, recipient = await self.own_screening(referral_id)
        recipient.decline_reason = body.reason.value
        recipient.decline_note = body.note
        await self.step(referral, recipient, Step.DECLINE, reason=body.reason.value, note=body.note)
        return referral

    async def close(self, referral_id: str, body: ReferralClose) -> Referral:
        """This agency stops work on the referral."""
        referral, recipient = await self.own_screening(referral_id)
        await self.step(referral, recipient, Step.CLOSE, note=body.note)
        return referral


async def mark_placed(ctx: ReferralContext, referral_id: str, body: ReferralPlaced) -> Referral:
    """(The offers service) The LA accepted an agency's offer: the referral is placed with
    that agency. Idempotent for the same agency; 409 if placed with another, or no longer
    open (withdrawn or closed)."""
    referral = await ctx.load_for_update(referral_id)
    recipient = await ctx.repository.recipient(referral.id, body.agency_id)
    if recipient is None:
        raise ReferralNotFound()
    if recipient.status == RecipientStatus.PLACED.value:
        return referral
    if referral.status != ReferralStatus.OPEN.value:
        raise InvalidState(
            f"The referral is {referral.status}: it cannot be placed with this agency.",
            extensions={"current_status": referral.status},
        )
    referral.status = ReferralStatus.PLACED.value
    ctx.record(
        referral,
        agency_id=None,
        from_status=ReferralStatus.OPEN.value,
        to_status=referral.status,
        reason="offer_accepted",
    )
    await ScreeningService(ctx).step(
        referral, recipient, Step.PLACE, reason="offer_accepted", note=body.offer_id
    )
    return referral


_EVENT_NAMES = {
    Step.ACKNOWLEDGE: "acknowledged",
    Step.ASSIGN: "assigned",
    Step.REQUEST_INFORMATION: "information_requested",
    Step.INFORMATION_ANSWERED: "information_provided",
    Step.PROGRESS: "progressed",
    Step.DECLINE: "declined",
    Step.CLOSE: "closed",
    Step.WITHDRAW: "withdrawn",
    Step.PLACE: "placed",
}
