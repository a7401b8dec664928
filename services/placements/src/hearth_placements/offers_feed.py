"""Following the offers feed: each ``offer.accepted`` opens a placement, once.

The kit's consumer handles each event once (processed ids, a locked cursor); the offer
id is unique on placements as well, so a replayed feed opens nothing twice.
"""

from __future__ import annotations

import asyncio

import httpx
from hearth_contract.auth import Scope
from hearth_contract.clients.events import EventsClient
from hearth_contract.common import EventPage, EventRead
from hearth_contract.offers import OfferAcceptedData, OfferEvent
from hearth_kit.consumer import EventConsumer
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from hearth_kit.peers import service_token_source
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_placements.placements.service import open_placement
from hearth_placements.settings import PlacementsSettings

__all__ = ["CONSUMER", "OffersFeed"]

CONSUMER = "placements:offers"
log = get_logger("hearth.placements.feed")


class OffersFeed:
    def __init__(
        self, database: Database, settings: PlacementsSettings, http: httpx.AsyncClient
    ) -> None:
        token = service_token_source(settings, [Scope.EVENTS_READ], "placements")
        self.client = EventsClient(http, token)
        self.database = database
        self.consumer = EventConsumer(CONSUMER, database, self._fetch, self._handle)

    async def _fetch(self, cursor: str | None, limit: int) -> EventPage:
        return await self.client.events(cursor, limit)

    async def _handle(self, session: AsyncSession, event: EventRead) -> None:
        if event.type != OfferEvent.ACCEPTED:
            return None
        try:
            data = OfferAcceptedData.from_event(event)
        except (ValidationError, ValueError):
            log.warning("placement.unreadable_offer_event", event_id=event.event_id)
            return None
        placement = await open_placement(session, data, self.database.clock.now())
        if placement is not None:
            log.info("placement.opened", placement_id=str(placement.id), offer_id=data.offer_id)
        return None

    async def run_once(self) -> int:
        return await self.consumer.run_once()

    async def run_forever(self, stop: asyncio.Event, poll_seconds: float) -> None:
        await self.consumer.run_forever(poll_seconds, stop)
