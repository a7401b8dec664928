"""How far the read model is behind each feed: an answer for callers, and gauges.

The endpoint reads each consumer's stored cursor and asks its feed for the events after
it (up to ``PROBE``): their number, and the age of the oldest, are how far behind the
read model is. The gauges in ``/metrics`` are set by each probe and, as the consumers
run, from every page they fetch (a page shorter than a batch means caught up).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from hearth_contract.common import EventPage, EventRead
from hearth_contract.matching import FeedLag, ReadModelLag
from hearth_kit.consumer import AfterCommit, Fetch, Handle
from hearth_kit.tables import consumer_cursors
from prometheus_client import CollectorRegistry, Gauge
from sqlalchemy.ext.asyncio import AsyncSession

__all__ = ["PROBE", "FeedGauges", "FeedProgress", "read_model_lag"]

PROBE = 1000  # events counted exactly; beyond, a lower bound


class FeedGauges:
    """The Prometheus gauges of the feeds' lag (labelled by feed)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.events_behind = Gauge(
            "hearth_matching_feed_events_behind",
            "Events in the feed not yet applied to the read model (a lower bound past 1000)",
            ["feed"],
            registry=registry,
        )
        self.seconds_behind = Gauge(
            "hearth_matching_feed_seconds_behind",
            "Age of the oldest event not yet applied (0 when caught up)",
            ["feed"],
            registry=registry,
        )
        self.last_applied = Gauge(
            "hearth_matching_feed_last_applied_timestamp_seconds",
            "When the last event applied by this process occurred",
            ["feed"],
            registry=registry,
        )


class FeedProgress:
    """One feed's progress as this process sees it, wrapped around its consumer."""

    def __init__(self, feed: str, clock) -> None:
        self.feed, self.clock = feed, clock
        self.last_event: EventRead | None = None
        self.gauges: FeedGauges | None = None

    def fetching(self, fetch: Fetch) -> Fetch:
        """The feed's fetch, noting from each page whether the consumer is caught up."""

        async def fetched(cursor: str | None, limit: int) -> EventPage:
            page = await fetch(cursor, limit)
            if self.gauges is not None:
                behind = 0 if len(page.items) < limit else limit
                self.gauges.events_behind.labels(self.feed).set(behind)
                age = self._age(page.items[-1]) if behind and page.items else 0.0
                self.gauges.seconds_behind.labels(self.feed).set(age)
            return page

        return fetched

    def handling(self, handle: Handle) -> Handle:
        """The feed's handler, remembering the last event once its batch has committed."""

        async def handled(session: AsyncSession, event: EventRead) -> AfterCommit:
            then = await handle(session, event)

            def applied() -> None:
                if then is not None:
                    then()
                self.last_event = event
                if self.gauges is not None:
                    self.gauges.last_applied.labels(self.feed).set(event.occurred_at.timestamp())

            return applied

        return handled

    def _age(self, event: EventRead) -> float:
        return max(0.0, (self.clock.now() - event.occurred_at).total_seconds())

    async def lag(self, session: AsyncSession, name: str, fetch: Fetch) -> FeedLag:
        """Probe the feed after the stored cursor: how many events, and how old."""
        cursor = await session.scalar(
            sa.select(consumer_cursors.c.cursor).where(consumer_cursors.c.consumer == name)
        )
        page = await fetch(cursor, PROBE)
        behind = len(page.items)
        seconds = self._age(page.items[0]) if page.items else 0.0
        if self.gauges is not None:
            self.gauges.events_behind.labels(self.feed).set(behind)
            self.gauges.seconds_behind.labels(self.feed).set(seconds)
        last = self.last_event
        return FeedLag(
            feed=self.feed,
            cursor=cursor,
            last_event_id=last.event_id if last else None,
            last_event_at=last.occurred_at if last else None,
            events_behind=behind,
            events_behind_at_least=behind >= PROBE,
            seconds_behind=seconds,
        )


async def read_model_lag(
    session: AsyncSession, probes: list[tuple[FeedProgress, str, Fetch]], now: datetime
) -> ReadModelLag:
    """Each feed's lag, probed now."""
    feeds = [await progress.lag(session, name, fetch) for progress, name, fetch in probes]
    return ReadModelLag(checked_at=now, feeds=feeds)
