"""Following matching's feed: each ``match.ready_for_offer`` becomes the agency's draft offer.

The kit's consumer handles each event once, in a batch transaction with its cursor; a
draft that already exists for the match (an officer made it first) is left as it is.
"""

from __future__ import annotations

import asyncio

from hearth_contract.common import EventRead
from hearth_contract.problems import NotFound
from hearth_kit.consumer import EventConsumer
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_offers.drafts.draft import AgreedMatch, draft_from_match
from hearth_offers.peers import Peers

__all__ = ["READY_FOR_OFFER", "MatchingFeed"]

log = get_logger("hearth.offers.feed")
READY_FOR_OFFER = "match.ready_for_offer"


class MatchingFeed:
    """The consumer of matching's feed that drafts offers."""

    def __init__(self, database: Database, peers: Peers) -> None:
        self.database = database
        self.peers = peers
        self.consumer = EventConsumer(
            "matching", database, self._fetch, self.handle, batch_size=100
        )

    async def _fetch(self, after: str | None, limit: int):
        return await self.peers.matching_events.events(after, limit)

    async def handle(self, session: AsyncSession, event: EventRead) -> None:
        """Draft an offer for a match that is ready for one; other events are not ours."""
        if event.type != READY_FOR_OFFER:
            return None
        data = event.data
        vacancy_ids = data.get("vacancy_ids") or [data.get("vacancy_id")]
        match = AgreedMatch(
            match_id=event.subject_id,
            agency_id=str(data["agency_id"]),
            referral_id=str(data["referral_id"]),
            vacancy_ids=[str(v) for v in vacancy_ids if v],
        )
        try:
            offer, made = await draft_from_match(
                session, self.peers, match, "service:-:hearth-offers", self.database.clock.now()
            )
        except NotFound:  # the referral or place is gone: nothing to offer
            log.warning("offer.not_drafted", match_id=match.match_id)
            return None
        if made:
            log.info("offer.drafted", offer_id=str(offer.id), match_id=match.match_id)
        return None

    async def run_forever(self, stop: asyncio.Event, poll_seconds: float) -> None:
        await self.consumer.run_forever(poll_seconds, stop)
