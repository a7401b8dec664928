"""Orphaned holds: places this service holds in vacancies with no live match behind them.

A proposal whose hold call times out after vacancies placed the hold answers 503 and
saves no match, yet the place stays held. Every ``hold_reconcile_seconds`` this loop
lists the places vacancies records as held by this service, and releases each one held
longer than ``hold_reconcile_grace_seconds`` for a referral with no live match (proposed,
awaiting the carer, ready for offer) on that place. The grace covers a proposal still in
flight: its hold is placed before its match is committed. So a place held without a live
match is released within grace + interval.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import sqlalchemy as sa
from hearth_contract.matching import OPEN_MATCH_STATUSES
from hearth_kit.clock import Clock
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from prometheus_client import CollectorRegistry, Counter

from hearth_matching.decisions.holds import Holds
from hearth_matching.models import Match
from hearth_matching.settings import MatchingSettings

__all__ = ["HoldReconciler"]

log = get_logger("hearth.matching.holds")


class HoldReconciler:
    """Finds the places held by this service without a live match, and releases them."""

    def __init__(
        self,
        database: Database,
        holds: Holds,
        settings: MatchingSettings,
        registry: CollectorRegistry,
        clock: Clock | None = None,
    ) -> None:
        self.database = database
        self.holds = holds
        self.clock = clock or database.clock
        self.grace = timedelta(seconds=settings.hold_reconcile_grace_seconds)
        self.interval = settings.hold_reconcile_seconds
        self.released = Counter(
            "hearth_matching_orphan_holds_released",
            "Places held by matching with no live match, released by the reconciler",
            registry=registry,
        )

    async def reconcile(self) -> list[tuple[str, str]]:
        """One pass: the (vacancy id, referral id) of each orphaned hold released."""
        cutoff = self.clock.now() - self.grace
        held = [
            place
            for place in await self.holds.held_by_me()
            if place.referral_id and place.held_at is not None and place.held_at <= cutoff
        ]
        if not held:
            return []
        live = await self._live_holds({place.referral_id for place in held if place.referral_id})
        released = []
        for place in held:
            assert place.referral_id is not None
            if (place.id, place.referral_id) in live:
                continue
            if await self.holds.release(place.id, place.referral_id):
                self.released.inc()
                log.warning(
                    "hold.orphan_released",
                    vacancy_id=place.id,
                    referral_id=place.referral_id,
                    agency_id=place.agency_id,
                )
                released.append((place.id, place.referral_id))
        return released

    async def _live_holds(self, referral_ids: set[str]) -> set[tuple[str, str]]:
        """The (place, referral) pairs a live match of these referrals holds."""
        statuses = [status.value for status in OPEN_MATCH_STATUSES]
        query = sa.select(Match).where(
            Match.referral_id.in_(sorted(referral_ids)), Match.status.in_(statuses)
        )
        async with self.database.system_session("matching-hold-reconciler") as session:
            matches = list(await session.scalars(query))
            return {(place, m.referral_id) for m in matches for place in m.places}

    async def run_forever(self, stop: asyncio.Event) -> None:
        """A pass every interval until ``stop`` is set; a failed pass is logged and retried."""
        while not stop.is_set():
            try:
                await self.reconcile()
            except Exception as exc:  # a failed pass must never stop the loop
                log.error("hold.reconcile_failed", exc_info=exc)
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.interval)
            except TimeoutError:
                pass
