"""The work queue and the first-response clock."""

from __future__ import annotations

from datetime import date
from typing import Any

from hearth_contract.auth import CallerKind
from hearth_contract.common import Batch, Page
from hearth_contract.problems import AgencyNotFound
from hearth_contract.referrals import AgencyProgress, ReferralRead, ReferralSummary, SlaSummary
from hearth_kit.responses import batch_ids, in_requested_order

from hearth_referrals.ages import shift_years
from hearth_referrals.context import ReferralContext
from hearth_referrals.repository import QueueFilter, encode_keyset
from hearth_referrals.screening.transitions import TERMINAL
from hearth_referrals.views import summary_view

__all__ = ["WorkQueueService", "age_band"]


def age_band(today: date, age_from: int | None, age_to: int | None) -> dict[str, date | None]:
    """Birth-date bounds for 'a child aged between age_from and age_to today'."""
    return {
        "born_after": shift_years(today, -(age_to + 1)) if age_to is not None else None,
        "born_on_or_before": shift_years(today, -age_from) if age_from is not None else None,
    }


class WorkQueueService:
    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def list(self, flt: QueueFilter, cursor: str | None, limit: int) -> Page[ReferralSummary]:
        """An agency's queue (soonest due first) or an LA's referrals (newest first)."""
        ctx = self.ctx
        now = ctx.now()
        if ctx.principal.kind is CallerKind.AGENCY:
            rows = await ctx.repository.agency_queue(flt, cursor, limit + 1)
            items = [summary_view(referral, recipient, now) for recipient, referral in rows[:limit]]
            more = len(rows) > limit
            last = rows[limit - 1][0] if more else None
            next_cursor = encode_keyset(last.first_response_due_at, last.id) if last else None
        else:
            referrals = await ctx.repository.la_list(flt, cursor, limit + 1)
            progress = await self._progress([r.id for r in referrals[:limit]])
            items = [
                summary_view(referral, None, now, progress.get(referral.id, []))
                for referral in referrals[:limit]
            ]
            more = len(referrals) > limit
            last_referral = referrals[limit - 1] if more else None
            next_cursor = (
                encode_keyset(last_referral.received_at, last_referral.id)
                if last_referral
                else None
            )
        return Page[ReferralSummary](items=items, next_cursor=next_cursor)

    async def _progress(self, referral_ids: list) -> dict[Any, list[AgencyProgress]]:
        """Each addressed agency's progress on each referral of a page: two queries a page."""
        repository = self.ctx.repository
        recipients = await repository.recipients_of(referral_ids)
        open_questions = await repository.open_questions_of(referral_ids)
        progress: dict[Any, list[AgencyProgress]] = {}
        for referral_id, agency_id, status, first_responded_at in recipients:
            progress.setdefault(referral_id, []).append(
                AgencyProgress(
                    agency_id=agency_id,
                    status=status,
                    first_responded_at=first_responded_at,
                    open_questions=open_questions.get((referral_id, agency_id), 0),
                )
            )
        return progress

    async def sla(self) -> SlaSummary:
        """Referrals awaiting a first response, overdue, and answered in time today."""
        ctx = self.ctx
        agency = await ctx.repository.agency(ctx.principal.tenant)
        if agency is None:
            raise AgencyNotFound("This agency is not registered.")
        counts = await ctx.repository.sla_counts(
            ctx.now(), ctx.start_of_today(), [s.value for s in TERMINAL]
        )
        return SlaSummary(
            agency_id=agency.id,
            target_minutes=agency.first_response_minutes,
            awaiting_first_response=counts["awaiting"],
            overdue=counts["overdue"],
            received_today=counts["received_today"],
            answered_today=counts["answered_today"],
            answered_within_target_today=counts["within_target_today"],
        )


class ReadingService:
    """Reading one referral: the whole record, its history, its standard export."""

    def __init__(self, ctx: ReferralContext) -> None:
        self.ctx = ctx

    async def get(self, referral_id: str):
        """The referral as the caller may see it, with completeness and earlier referrals."""
        referral = await self.ctx.load(referral_id)
        return referral, await render(self.ctx, referral)

    async def get_many(self, referral_ids: list[str]) -> Batch[ReferralRead]:
        """Referrals by id as :meth:`get` shows each (every read audited); the rest missing."""
        from hearth_referrals.views import referral_view

        ctx = self.ctx
        found = {r.id: r for r in await ctx.repository.get_many(batch_ids(referral_ids))}
        links = await ctx.repository.links_of(list(found))
        now = ctx.now()
        items, missing = in_requested_order(
            referral_ids, found, lambda r: referral_view(r, links.get(r.id, []), now)
        )
        return Batch[ReferralRead](items=items, missing=missing)

    async def history(self, referral_id: str):
        """Every status change the caller may see, oldest first."""
        referral = await self.ctx.load(referral_id)
        return await self.ctx.repository.history(referral.id)


async def render(ctx: ReferralContext, referral, content=None, linked: bool = True):
    """The ReferralRead of a referral, with the earlier referrals the caller may see.

    ``linked=False`` says the caller knows there are none (a new referral that matched
    no earlier one), saving the query.
    """
    from hearth_referrals.views import referral_view

    links = await ctx.repository.links(referral.id) if linked else []
    return referral_view(referral, links, ctx.now(), content)
