"""A client for the event feed every Hearth service serves at ``GET /v1/events``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from hearth_contract.clients.base import BaseClient
from hearth_contract.common import EventPage, EventRead

__all__ = ["EventsClient"]


class EventsClient(BaseClient):
    """Reads one service's outbox feed (needs a service token with ``events:read``)."""

    async def events(self, after: str | None = None, limit: int = 100) -> EventPage:
        """The events after cursor ``after``, in feed order; pass ``next_cursor`` back next time."""
        params: dict[str, Any] = {"limit": limit}
        if after is not None:
            params["after"] = after
        return self._parse(EventPage, await self._request("GET", "/v1/events", params=params))

    async def iterate_events(
        self, after: str | None = None, limit: int = 100
    ) -> AsyncIterator[EventRead]:
        """Every event after ``after`` until the feed is caught up."""
        while True:
            page = await self.events(after, limit)
            for event in page.items:
                yield event
            if not page.items or page.next_cursor is None:
                return
            after = page.next_cursor
