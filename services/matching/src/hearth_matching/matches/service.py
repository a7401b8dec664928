"""Ranking for a referral or a place, saving a run, and the agency's weights."""

from __future__ import annotations

import sqlalchemy as sa
from hearth_contract.matching import (
    ExcludedHome,
    HolderKind,
    HomeMatch,
    MatchDirection,
    MatchingSettingsRead,
    MatchingSettingsUpdate,
    MatchList,
    MatchRunRead,
    ReferralMatch,
    RuleFinding,
    ScoreComponent,
    VacancyMatchList,
)
from hearth_contract.problems import (
    FieldError,
    MatchRunNotFound,
    ReferralNotFound,
    VacancyNotFound,
    ValidationFailed,
)

from hearth_matching.context import MatchingContext
from hearth_matching.models import AgencyWeights, MatchRun, PlaceFact, ReferralRecipient
from hearth_matching.ranking.engine import (
    Assessment,
    excluded_page,
    rank_homes,
    rank_referrals,
    usable_place_ids,
)
from hearth_matching.rules.scoring import DEFAULT_WEIGHTS

__all__ = ["MatchingService"]


def _findings(assessment: Assessment) -> list[RuleFinding]:
    return [
        RuleFinding(rule=f.rule, verdict=f.verdict, reason=f.reason) for f in assessment.questions
    ]


def _components(assessment: Assessment, weights: dict[str, float]) -> list[ScoreComponent]:
    return [
        ScoreComponent(
            component=c.name,
            weight=weights.get(c.name, 0.0),
            points=round(c.points, 4),
            explanation=c.explanation,
        )
        for c in assessment.components
    ]


class MatchingService:
    def __init__(self, ctx: MatchingContext) -> None:
        self.ctx = ctx

    async def weights(self) -> dict[str, float]:
        row = await self.ctx.session.get(AgencyWeights, self.ctx.agency_id)
        return {**DEFAULT_WEIGHTS, **(row.weights if row else {})}

    async def _addressed(self, referral_id: str) -> None:
        """Refuse a referral not sent to (or no longer open with) the caller's agency.

        The read model not holding it is not enough to say 404: one sent to the agency
        that the feed has not brought yet is "not yet available" (409, Retry-After).
        """
        found = await self.ctx.session.scalar(
            sa.select(ReferralRecipient.referral_id).where(
                ReferralRecipient.referral_id == referral_id
            )
        )
        if found is None:
            if self.ctx.referrals is not None:
                await self.ctx.referrals.explain_unread(referral_id, self.ctx.agency_id)
            raise ReferralNotFound()

    async def for_referral(
        self,
        referral_id: str,
        limit: int = 50,
        excluded_offset: int = 0,
        excluded_limit: int = 50,
        holder_id: str | None = None,
    ) -> MatchList:
        """The agency's homes ranked for a referral, the exclusions summarised, and one
        page of the excluded homes with every reason (``holder_id``: that home only)."""
        ctx = self.ctx
        await self._addressed(referral_id)
        index = await ctx.ready_index()
        referral = index.referrals.get(referral_id)
        if referral is None:
            raise ReferralNotFound()
        weights = await self.weights()
        rule_context = ctx.rule_context()
        columns = index.columns(ctx.agency_id)
        ranked = rank_homes(referral, columns, rule_context, weights, limit)
        homes = [
            HomeMatch(
                rank=i + 1,
                holder_id=a.home.id,
                holder_kind=HolderKind(a.home.kind),
                name=a.home.name,
                vacancy_ids=usable_place_ids(a.home, referral, rule_context),
                score=a.score,
                components=_components(a, weights),
                needs_information=_findings(a),
            )
            for i, a in enumerate(ranked.ranked)
        ]
        assert ranked.judgement is not None
        page, total = excluded_page(
            referral,
            columns,
            ranked.judgement,
            rule_context,
            excluded_offset,
            excluded_limit,
            holder_id,
        )
        following = excluded_offset + len(page)
        return MatchList(
            referral_id=referral_id,
            generated_at=ctx.now(),
            homes=homes,
            exclusions=ranked.summary,
            provisional=ctx.agency_id not in referral.progressing,
            blocking_gaps=list(referral.blocking_gaps),
            excluded=[
                ExcludedHome(
                    holder_id=a.home.id,
                    holder_kind=HolderKind(a.home.kind),
                    name=a.home.name,
                    reasons=[
                        RuleFinding(rule=f.rule, verdict=f.verdict, reason=f.reason)
                        for f in a.exclusions
                    ],
                )
                for a in page
            ],
            excluded_total=total,
            excluded_next_offset=following if following < total and page else None,
        )

    async def for_vacancy(self, vacancy_id: str, limit: int = 50) -> VacancyMatchList:
        """The open referrals sent to the agency, ranked for one of its places."""
        ctx = self.ctx
        place = await ctx.session.get(PlaceFact, vacancy_id)
        if place is None or place.agency_id != ctx.agency_id:
            if place is None:  # perhaps not read from the feed yet: 409, not 404
                await ctx.holds.explain_unread(vacancy_id, ctx.agency_id)  # type: ignore[attr-defined]
            raise VacancyNotFound()
        index = await ctx.ready_index()
        home = index.home(place.home_id)
        if home is None:
            raise VacancyNotFound()
        weights = await self.weights()
        ranked = rank_referrals(
            home, index.referrals_for(ctx.agency_id), ctx.rule_context(), weights, limit
        )
        referrals = [
            ReferralMatch(
                rank=i + 1,
                referral_id=a.referral.id,
                la_code=a.referral.la_code,
                setting=a.referral.setting,
                children_count=a.referral.sibling_count,
                youngest_age=min(
                    (c.age for c in a.referral.children if c.age is not None), default=None
                ),
                eldest_age=max(
                    (c.age for c in a.referral.children if c.age is not None), default=None
                ),
                score=a.score,
                components=_components(a, weights),
                needs_information=_findings(a),
            )
            for i, a in enumerate(ranked.ranked)
        ]
        return VacancyMatchList(
            vacancy_id=vacancy_id,
            holder_id=home.id,
            generated_at=ctx.now(),
            referrals=referrals,
            exclusions=ranked.summary,
        )

    async def save_run(self, direction: MatchDirection, subject_id: str) -> MatchRun:
        """Rank now and keep the result as the record of what was considered."""
        ctx = self.ctx
        result = (
            await self.for_referral(subject_id)
            if direction is MatchDirection.REFERRAL
            else await self.for_vacancy(subject_id)
        )
        run = MatchRun(
            agency_id=ctx.agency_id,
            direction=direction.value,
            subject_id=subject_id,
            created_at=ctx.now(),
            created_by=ctx.actor,
            result=result.model_dump(mode="json"),
        )
        ctx.session.add(run)
        await ctx.session.flush()
        await ctx.emit(
            "match_run.saved",
            "match_run",
            str(run.id),
            direction=direction.value,
            run_subject_id=subject_id,
        )
        return run

    async def get_run(self, run_id: str) -> MatchRun:
        import uuid

        try:
            key = uuid.UUID(run_id)
        except ValueError:
            raise MatchRunNotFound() from None
        run = await self.ctx.session.scalar(sa.select(MatchRun).where(MatchRun.id == key))
        if run is None:
            raise MatchRunNotFound()
        return run

    async def update_weights(self, body: MatchingSettingsUpdate) -> MatchingSettingsRead:
        """Set how much each score component counts for the agency."""
        unknown = sorted(set(body.weights) - set(DEFAULT_WEIGHTS))
        if unknown:
            raise ValidationFailed(
                "Unknown score components.",
                errors=[
                    FieldError(
                        pointer=f"/weights/{name}",
                        detail="not a score component",
                        code="unknown_component",
                    )
                    for name in unknown
                ],
            )
        row = await self.ctx.session.get(AgencyWeights, self.ctx.agency_id)
        if row is None:
            row = AgencyWeights(agency_id=self.ctx.agency_id, weights={}, updated_at=self.ctx.now())
            self.ctx.session.add(row)
        row.weights = {**row.weights, **body.weights}
        row.updated_at = self.ctx.now()
        await self.ctx.session.flush()
        return await self.settings()

    async def settings(self) -> MatchingSettingsRead:
        return MatchingSettingsRead(
            agency_id=self.ctx.agency_id,
            weights=await self.weights(),
            stale_after_hours=self.ctx.settings.stale_after_hours,
        )


def run_read(run: MatchRun) -> MatchRunRead:
    result_type = MatchList if run.direction == MatchDirection.REFERRAL else VacancyMatchList
    return MatchRunRead(
        id=str(run.id),
        direction=MatchDirection(run.direction),
        subject_id=run.subject_id,
        created_at=run.created_at,
        created_by=run.created_by,
        result=result_type.model_validate(run.result),
    )
