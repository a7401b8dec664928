"""Proposing a match and recording each decision, every step kept with who and when.

The order is the agency's: the officer proposes (the place is held), the supervising
social worker agrees or not, then the carer accepts or declines. A children's home
has no SSW: its registered manager decides, and must confirm the impact on the young
people already living there. A match both sides agreed is ready for an offer.

A match ends when a decision says no, when an officer closes it with a coded reason,
or when its referral is withdrawn or closed (the referrals feed closes it, see
``close_open_matches``); its places are released each time. No decision is taken on
a match whose referral is no longer open.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from hearth_contract.matching import (
    OPEN_MATCH_STATUSES,
    CarerDecision,
    HoldState,
    MatchClose,
    MatchCloseReason,
    MatchCreate,
    MatchPlaced,
    MatchStatus,
    SswDecision,
)
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    MatchNotFound,
    ReferralNotFound,
    ReferralNotOpen,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_kit.logging import get_logger

from hearth_matching.context import MatchingContext
from hearth_matching.decisions.ending import add_step, emit_match_event, end_match
from hearth_matching.decisions.holds import Holds
from hearth_matching.matches.service import MatchingService
from hearth_matching.models import Match, ReferralRecipient
from hearth_matching.ranking.engine import assess

__all__ = ["DecisionService"]

log = get_logger("hearth.matching.decisions")


class DecisionService:
    def __init__(self, ctx: MatchingContext) -> None:
        self.ctx = ctx

    @property
    def holds(self) -> Holds:
        return self.ctx.holds  # type: ignore[return-value]

    async def propose(self, body: MatchCreate) -> Match:
        """Propose a referral for places the rules do not exclude, and hold them all."""
        ctx = self.ctx
        matching = MatchingService(ctx)
        await matching._addressed(body.referral_id)
        index = await ctx.ready_index()
        referral = index.referrals.get(body.referral_id)
        if referral is None:
            raise ReferralNotFound()
        if ctx.agency_id not in referral.progressing:
            raise InvalidState(
                "Screening has not progressed this referral yet: its ranking is provisional."
                " Resolve the blocking gaps with the LA and progress it first.",
                extensions={"blocking_gaps": list(referral.blocking_gaps)},
            )
        places = body.places
        home = await self._one_home(index, places)
        if len(places) != referral.sibling_count:
            pointer = "/vacancy_ids" if body.vacancy_ids is not None else "/vacancy_id"
            raise ValidationFailed(
                f"The referral is for {referral.sibling_count} child(ren): propose one place "
                "for each, in the same home, so the siblings are never split.",
                errors=[
                    FieldError(
                        pointer=pointer,
                        detail=f"{len(places)} place(s) for {referral.sibling_count} child(ren)",
                        code="one_place_per_child",
                    )
                ],
            )
        assessment = assess(referral, home, ctx.rule_context(), await matching.weights())
        if assessment.excluded:
            raise InvalidState(
                "The rules exclude this home for this referral.",
                extensions={
                    "exclusions": [
                        {"rule": f.rule, "reason": f.reason} for f in assessment.exclusions
                    ]
                },
            )
        # Saved first, so a failure to save never leaves a place held for nothing; the hold
        # comes last, and is released if the transaction then fails to commit.
        now = ctx.now()
        match = Match(
            id=uuid.uuid4(),
            agency_id=ctx.agency_id,
            referral_id=body.referral_id,
            vacancy_id=places[0],
            vacancy_ids=places,
            holder_id=home.id,
            holder_kind=home.kind,
            status=MatchStatus.PROPOSED.value,
            score=assessment.score,
            needs_information=[
                {"rule": f.rule, "verdict": f.verdict.value, "reason": f.reason}
                for f in assessment.questions
            ],
            hold=HoldState.HELD.value,
            created_at=now,
            updated_at=now,
            steps=[],
        )
        ctx.session.add(match)
        self._step(match, "proposed", "proposed", note=body.note)
        await ctx.session.flush()
        await self._emit(match, "match.proposed")
        versions = await self.holds.hold_all(places, body.referral_id, str(match.id))
        ctx.undo_unless_committed(lambda: self._release_unrecorded(places, body.referral_id))
        match.hold_versions = versions
        await ctx.session.flush()
        return match

    async def _one_home(self, index, places: list[str]):
        """The agency's home all the places are in; 404 for a place not known (409 if not
        yet read from the feed), 422 if they are in different homes."""
        homes = [index.home_of_place(place) for place in places]
        for place, home in zip(places, homes, strict=True):
            if home is None:
                await self.holds.explain_unread(place, self.ctx.agency_id)
            if home is None or home.agency_id != self.ctx.agency_id:
                raise VacancyNotFound()
        if len({h.id for h in homes}) > 1:
            raise ValidationFailed(
                "A match holds places in one home only.",
                errors=[
                    FieldError(
                        pointer="/vacancy_ids",
                        detail="the places are in different homes",
                        code="different_homes",
                    )
                ],
            )
        return homes[0]

    async def close(self, match_id: str, body: MatchClose) -> Match:
        """An officer ends an open match with a coded reason; its places are released."""
        match = await self.get(match_id)
        if MatchStatus(match.status) not in OPEN_MATCH_STATUSES:
            raise InvalidState(f"The match is {match.status} already.")
        await end_match(
            self.ctx.session,
            self.holds,
            match,
            body.reason_code,
            self.ctx.actor,
            self.ctx.now(),
            note=body.note,
        )
        return match

    async def placed(self, match_id: str, body: MatchPlaced) -> Match:
        """The LA accepted the offer made from this match: closed as placed, its places kept
        (vacancies has filled them); the child's other open matches close as placed
        elsewhere and release their places. Idempotent for a match already placed."""
        ctx = self.ctx
        match = await self.get(match_id, for_update=True)
        if match.status == MatchStatus.CLOSED and match.hold == HoldState.FILLED:
            return match
        if match.status != MatchStatus.READY_FOR_OFFER:
            raise InvalidState(f"The match is {match.status}, not ready for an offer.")
        now, reason = ctx.now(), MatchCloseReason.PLACED.value
        add_step(match, "placed", "closed", ctx.actor, now, reason_code=reason, note=body.offer_id)
        match.status = MatchStatus.CLOSED.value
        match.hold = HoldState.FILLED.value
        match.updated_at = now
        await ctx.session.flush()
        await emit_match_event(ctx.session, match, "match.closed", reason_code=reason)
        others = await ctx.session.scalars(
            sa.select(Match).where(
                Match.referral_id == match.referral_id,
                Match.id != match.id,
                Match.status.in_(sorted(s.value for s in OPEN_MATCH_STATUSES)),
            )
        )
        for other in list(others):
            await end_match(
                ctx.session,
                self.holds,
                other,
                MatchCloseReason.PLACED_ELSEWHERE,
                ctx.actor,
                now,
            )
        return match

    async def _referral_still_open(self, match: Match) -> None:
        """Refuse a decision once the referral is withdrawn, or closed by the agency."""
        open_with_us = await self.ctx.session.scalar(
            sa.select(ReferralRecipient.referral_id).where(
                ReferralRecipient.referral_id == match.referral_id
            )
        )
        if open_with_us is None:
            raise ReferralNotOpen(
                "The referral is no longer open with your agency: close the match instead."
            )

    async def _referral_open_now(self, match: Match) -> None:
        """Before a yes, ask referrals too: the feed may be a moment behind a withdrawal."""
        await self.ctx.referrals.check_open(match.referral_id, self.ctx.agency_id)

    async def get(self, match_id: str, *, for_update: bool = False) -> Match:
        try:
            key = uuid.UUID(match_id)
        except ValueError:
            raise MatchNotFound() from None
        query = sa.select(Match).where(Match.id == key)
        if for_update:
            query = query.with_for_update().execution_options(populate_existing=True)
        match = await self.ctx.session.scalar(query)
        if match is None:
            raise MatchNotFound()
        return match

    async def ssw_decides(self, match_id: str, body: SswDecision) -> Match:
        """The supervising social worker's second opinion on a foster match."""
        match = await self.get(match_id)
        if match.holder_kind != "household":
            raise InvalidState(
                "A children's home has no supervising social worker: its "
                "registered manager decides."
            )
        if match.status != MatchStatus.PROPOSED:
            raise InvalidState(f"The match is {match.status}; the SSW decides on a proposal.")
        await self._referral_still_open(match)
        if body.agrees:
            await self._referral_open_now(match)
        outcome = "agreed" if body.agrees else "not_agreed"
        self._step(match, "ssw_decision", outcome, reason=body.reason, note=body.note)
        match.status = (MatchStatus.AWAITING_CARER if body.agrees else MatchStatus.NOT_AGREED).value
        if not body.agrees:
            await self._release(match)
        await self._changed(match, f"match.ssw_{outcome}")
        return match

    async def carer_decides(self, match_id: str, body: CarerDecision) -> Match:
        """The carer's, or the registered manager's, acceptance or coded decline."""
        match = await self.get(match_id)
        is_home = match.holder_kind == "home"
        expected = MatchStatus.PROPOSED if is_home else MatchStatus.AWAITING_CARER
        if match.status != expected:
            raise InvalidState(
                f"The match is {match.status}; "
                + (
                    "the registered manager decides on a proposal."
                    if is_home
                    else "the carer decides after the SSW agrees."
                )
            )
        await self._referral_still_open(match)
        if not body.accepts and body.reason_code is None:
            raise ValidationFailed(
                "Say why, with a coded reason.",
                errors=[
                    FieldError(
                        pointer="/reason_code", detail="required when declining", code="missing"
                    )
                ],
            )
        if body.accepts and is_home and body.impact_on_residents_confirmed is not True:
            raise ValidationFailed(
                "The registered manager must confirm the impact on current residents.",
                errors=[
                    FieldError(
                        pointer="/impact_on_residents_confirmed",
                        detail="must be true to accept",
                        code="missing",
                    )
                ],
            )
        if body.accepts:
            await self._referral_open_now(match)
        outcome = "accepted" if body.accepts else "declined"
        self._step(
            match,
            "carer_decision",
            outcome,
            reason_code=body.reason_code.value if body.reason_code else None,
            note=body.note,
            impact=body.impact_on_residents_confirmed,
        )
        if body.accepts:
            match.status = MatchStatus.READY_FOR_OFFER.value
            self._step(match, "ready_for_offer", "ready")
        else:
            match.status = MatchStatus.DECLINED.value
            await self._release(match)
        await self._changed(
            match,
            f"match.{outcome}",
            reason_code=body.reason_code.value if body.reason_code else None,
        )
        if body.accepts:
            await self._emit(match, "match.ready_for_offer")
        return match

    async def list_for_referral(self, referral_id: str) -> list[Match]:
        query = sa.select(Match).where(Match.referral_id == referral_id).order_by(Match.created_at)
        return list((await self.ctx.session.scalars(query)).all())

    async def _release_unrecorded(self, vacancy_ids: list[str], referral_id: str) -> None:
        if not await self.holds.release_all(vacancy_ids, referral_id):
            log.error("match.hold_left_unrecorded", vacancy_ids=vacancy_ids)

    async def _release(self, match: Match) -> None:
        released = await self.holds.release_all(match.places, match.referral_id)
        match.hold = (HoldState.RELEASED if released else HoldState.RELEASE_FAILED).value

    def _step(
        self,
        match: Match,
        step: str,
        outcome: str,
        *,
        reason: str | None = None,
        reason_code: str | None = None,
        note: str | None = None,
        impact: bool | None = None,
    ) -> None:
        add_step(
            match,
            step,
            outcome,
            self.ctx.actor,
            self.ctx.now(),
            reason=reason,
            reason_code=reason_code,
            note=note,
            impact=impact,
        )

    async def _changed(self, match: Match, event: str, **data) -> None:
        match.updated_at = self.ctx.now()
        await self.ctx.session.flush()
        await self._emit(match, event, **data)

    async def _emit(self, match: Match, event: str, **data) -> None:
        await self.ctx.emit(
            event,
            "match",
            str(match.id),
            referral_id=match.referral_id,
            vacancy_id=match.vacancy_id,
            vacancy_ids=match.places,
            status=match.status,
            **data,
        )
