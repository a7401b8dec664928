"""How the feeds end matches: a referral no longer open with an agency closes that
agency's open matches for it; a place lost since a match held it closes the match.

Each batch loads the matches it may touch once (the open matches of the referrals it
names; the open matches holding places), and closes them in the batch's transaction.
A release repeated after a rolled-back batch finds nothing held for the referral.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from hearth_contract.matching import (
    OPEN_MATCH_STATUSES,
    HoldState,
    MatchCloseReason,
    MatchStatus,
)
from hearth_contract.referrals import RecipientStatus, ReferralStatus
from hearth_contract.vacancies import VacancyState
from hearth_kit.clock import Clock
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_matching.decisions.ending import close_open_matches, end_match
from hearth_matching.decisions.holds import Holds
from hearth_matching.models import Match

__all__ = ["MatchEndings"]

log = get_logger("hearth.matching.feeds")
VACANCIES_FEED_ACTOR = "service:hearth-matching:vacancies-feed"


class MatchEndings:
    """The feeds' part in ending matches, batch by batch."""

    def __init__(self, holds: Holds, clock: Clock) -> None:
        self.holds = holds
        self.clock = clock
        self._referral_ids: list[str] = []
        # The open matches of the referrals the current batch names (loaded on first use).
        self._open: dict[str, list[Match]] | None = None
        # The open matches holding places, by place (loaded on first use in a batch).
        self._holding: dict[str, list[Match]] | None = None

    def new_batch(self, feed: str, referral_ids: list[str]) -> None:
        """Forget the last batch's matches (they belong to its session)."""
        if feed == "referrals":
            self._referral_ids, self._open = referral_ids, None
        else:
            self._holding = None

    async def _matches_of(self, session: AsyncSession, referral_id: str) -> list[Match]:
        """The open matches of a referral, loaded for the whole batch in one query."""
        if self._open is None:
            query = sa.select(Match).where(
                Match.referral_id.in_(self._referral_ids),
                Match.status.in_(sorted(s.value for s in OPEN_MATCH_STATUSES)),
            )
            self._open = {}
            for match in await session.scalars(query):
                self._open.setdefault(match.referral_id, []).append(match)
        if referral_id not in self._open:  # not prefetched: asked alone
            query = sa.select(Match).where(
                Match.referral_id == referral_id,
                Match.status.in_(sorted(s.value for s in OPEN_MATCH_STATUSES)),
            )
            self._open[referral_id] = list(await session.scalars(query))
        return self._open[referral_id]

    async def _matches_holding(self, session: AsyncSession, vacancy_id: str) -> list[Match]:
        """The open matches holding a place; every such match loaded once per batch (there
        are no more of them than held places)."""
        if self._holding is None:
            query = sa.select(Match).where(
                Match.status.in_(sorted(s.value for s in OPEN_MATCH_STATUSES)),
                Match.hold == HoldState.HELD.value,
            )
            self._holding = {}
            for match in await session.scalars(query):
                for place in match.places:
                    self._holding.setdefault(place, []).append(match)
        return [
            m
            for m in self._holding.get(vacancy_id, [])
            if MatchStatus(m.status) in OPEN_MATCH_STATUSES and m.hold == HoldState.HELD
        ]

    async def place_changed(self, session: AsyncSession, vacancy_id: str, vacancy: Any) -> None:
        """Close the open matches whose hold on this place is gone (released or deleted in
        vacancies since they held it); their other places are released."""
        for match in await self._matches_holding(session, vacancy_id):
            held_at = (match.hold_versions or {}).get(vacancy_id)
            if held_at is None:  # held before versions were kept: cannot tell
                continue
            if vacancy is not None and (
                vacancy.version <= held_at
                or (
                    # still the child's: held, reserved, or filled for the LA's acceptance
                    vacancy.state
                    in (VacancyState.ON_HOLD, VacancyState.RESERVED, VacancyState.FILLED)
                    and vacancy.referral_id == match.referral_id
                )
            ):
                continue
            await end_match(
                session,
                self.holds,
                match,
                MatchCloseReason.PLACE_NO_LONGER_AVAILABLE,
                VACANCIES_FEED_ACTOR,
                self.clock.now(),
            )
            log.info("match.hold_lost", match_id=str(match.id), vacancy_id=vacancy_id)

    async def referral_changed(
        self, session: AsyncSession, referral_id: str, read: Any, facts: Any
    ) -> None:
        """Close the open matches of agencies the referral is no longer open with. A
        referral placed with an agency leaves that agency's matches to the offers
        service's ``placed`` call (it may come just before or just after the referral is
        placed: the offers service asks both at once)."""
        is_open = read is not None and read.status is ReferralStatus.OPEN
        live = facts.agency_ids if is_open and facts is not None else frozenset()
        if read is not None and read.status is ReferralStatus.PLACED:
            live = frozenset(
                s.agency_id for s in read.screening if s.status is RecipientStatus.PLACED
            )
        reason = {
            ReferralStatus.WITHDRAWN: MatchCloseReason.REFERRAL_WITHDRAWN,
            ReferralStatus.PLACED: MatchCloseReason.PLACED_ELSEWHERE,
        }.get(read.status if read is not None else None, MatchCloseReason.REFERRAL_CLOSED)
        matches = await self._matches_of(session, referral_id)
        await close_open_matches(session, self.holds, matches, live, reason, self.clock.now())
