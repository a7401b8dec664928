"""Proposing a match and recording each decision, every step kept with who and when.

The order is the agency's: the officer proposes (the place is held), the supervising
social worker agrees or not, then the carer accepts or declines. A children's home
has no SSW: its registered manager decides, and must confirm the impact on the young
people already living there. A match both sides agreed is ready for an offer.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from hearth_contract.matching import (
    CarerDecision,
    HoldState,
    MatchCreate,
    MatchStatus,
    SswDecision,
)
from hearth_contract.problems import (
    FieldError,
    InvalidState,
    MatchNotFound,
    ReferralNotFound,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_kit.logging import get_logger

from hearth_matching.context import MatchingContext
from hearth_matching.decisions.holds import Holds
from hearth_matching.matches.service import MatchingService
from hearth_matching.models import Match, MatchStep
from hearth_matching.ranking.engine import assess

__all__ = ["DecisionService"]

log = get_logger("hearth.matching.decisions")
_OPEN = {MatchStatus.PROPOSED, MatchStatus.AWAITING_CARER}


class DecisionService:
    def __init__(self, ctx: MatchingContext) -> None:
        self.ctx = ctx

    @property
    def holds(self) -> Holds:
        return self.ctx.holds  # type: ignore[return-value]

    async def propose(self, body: MatchCreate) -> Match:
        """Propose a referral for a place the rules do not exclude, and hold the place."""
        ctx = self.ctx
        matching = MatchingService(ctx)
        await matching._addressed(body.referral_id)
        index = await ctx.ready_index()
        referral = index.referrals.get(body.referral_id)
        home = index.home_of_place(body.vacancy_id)
        if referral is None:
            raise ReferralNotFound()
        if home is None or home.agency_id != ctx.agency_id:
            raise VacancyNotFound()
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
            vacancy_id=body.vacancy_id,
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
        await self.holds.hold(body.vacancy_id, body.referral_id, str(match.id))
        ctx.undo_unless_committed(lambda: self._release_unrecorded(match.vacancy_id))
        return match

    async def get(self, match_id: str) -> Match:
        try:
            key = uuid.UUID(match_id)
        except ValueError:
            raise MatchNotFound() from None
        match = await self.ctx.session.scalar(sa.select(Match).where(Match.id == key))
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

    async def _release_unrecorded(self, vacancy_id: str) -> None:
        if not await self.holds.release(vacancy_id):
            log.error("match.hold_left_unrecorded", vacancy_id=vacancy_id)

    async def _release(self, match: Match) -> None:
        released = await self.holds.release(match.vacancy_id)
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
        match.steps.append(
            MatchStep(
                agency_id=match.agency_id,
                seq=len(match.steps) + 1,
                step=step,
                outcome=outcome,
                reason_code=reason_code,
                reason=reason,
                note=note,
                impact_on_residents_confirmed=impact,
                actor=self.ctx.actor,
                at=self.ctx.now(),
            )
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
            status=match.status,
            **data,
        )
