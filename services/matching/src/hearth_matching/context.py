"""What every service method works with: the session, the caller, the clock, the index."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from hearth_kit.auth import Principal
from hearth_kit.clock import Clock
from hearth_kit.db import Database, UnitOfWork
from hearth_kit.events import emit
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_matching.read_model.index import MatchIndex
from hearth_matching.rules.base import RuleContext
from hearth_matching.settings import MatchingSettings

__all__ = ["MatchingContext"]


@dataclass
class MatchingContext:
    session: AsyncSession
    principal: Principal
    clock: Clock
    settings: MatchingSettings
    index: MatchIndex
    database: Database
    holds: object  # decisions.holds.Holds
    uow: UnitOfWork
    referrals: Any = None  # referrals_peer.ReferralsPeer

    def undo_unless_committed(self, undo: Callable[[], Awaitable[None]]) -> None:
        """Undo a change made in another service if this request's transaction fails."""
        self.uow.undo_unless_committed(undo)

    @property
    def agency_id(self) -> str:
        assert self.principal.tenant is not None
        return self.principal.tenant

    @property
    def actor(self) -> str:
        return self.principal.actor

    def now(self) -> datetime:
        return self.clock.now()

    def rule_context(self) -> RuleContext:
        return RuleContext(
            now=self.now(), stale_after=timedelta(hours=self.settings.stale_after_hours)
        )

    async def ready_index(self) -> MatchIndex:
        if not self.index.loaded:
            await self.index.load(self.database)
        return self.index

    async def emit(self, type: str, subject_type: str, subject_id: str, **data) -> None:
        await emit(
            self.session,
            type,
            subject_type=subject_type,
            subject_id=subject_id,
            agency_ids=[self.agency_id],
            data={"agency_id": self.agency_id, **data},
        )
