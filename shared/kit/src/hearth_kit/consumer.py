"""Following another service's event feed: at-least-once delivery, handled once.

Each batch runs in one transaction of the consumer's own database: the cursor row is
locked (so replicas take turns), events already in ``processed_events`` are skipped,
the handler's writes, the processed rows and the advanced cursor commit together.
A handler failure rolls the whole batch back and the next run retries it.

A handler may return a callable to run once its batch has committed: how a consumer
keeps in-memory state (a cache, an index) in step with what its database holds. The
callables of a batch that rolls back are dropped, never run.

A consumer that fetches each event's record from its source can be given ``prefetch``:
it sees a batch's new events before any is handled, to fetch their records together
(concurrently, once per record) instead of one round trip per event. ``before_commit``
runs in a batch's transaction after its events are handled (a notification to send on
commit, say).

Processed ids guard against a feed serving an event again near the cursor (a retried
page, a replica's race); once the cursor is days past them they guard nothing, so a
consumer that has caught up forgets those older than ``keep_processed`` (7 days), at
most once an hour.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from hearth_contract.common import EventPage, EventRead
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit.bulk import insert_rows
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from hearth_kit.tables import consumer_cursors, processed_events

__all__ = [
    "AfterCommit",
    "BatchResult",
    "BeforeCommit",
    "EventConsumer",
    "Fetch",
    "Handle",
    "Prefetch",
    "reset",
]

Fetch = Callable[[str | None, int], Awaitable[EventPage]]
AfterCommit = Callable[[], None]
Handle = Callable[[AsyncSession, EventRead], Awaitable[AfterCommit | None]]
Prefetch = Callable[[list[EventRead]], Awaitable[None]]
BeforeCommit = Callable[[AsyncSession], Awaitable[None]]

log = get_logger("hearth.consumer")


@dataclass(frozen=True)
class BatchResult:
    """What one batch did: events read from the feed, handled, and the cursor after it."""

    read: int
    handled: int
    cursor: str | None


class EventConsumer:
    """Applies one service's events to this service's database, each event once."""

    def __init__(
        self,
        name: str,
        database: Database,
        fetch: Fetch,
        handle: Handle,
        batch_size: int = 100,
        *,
        prefetch: Prefetch | None = None,
        before_commit: BeforeCommit | None = None,
        keep_processed: timedelta = timedelta(days=7),
        prune_every: timedelta = timedelta(hours=1),
    ) -> None:
        self.name = name
        self.database = database
        self.fetch = fetch
        self.handle = handle
        self.batch_size = batch_size
        self.prefetch = prefetch
        self.before_commit = before_commit
        self.keep_processed = keep_processed
        self.prune_every = prune_every
        self._pruned_at: datetime | None = None

    async def run_once(self) -> int:
        """Process one batch; the number of events handled (duplicates are not counted)."""
        return (await self.run_batch()).handled

    async def run_batch(self) -> BatchResult:
        """Process one batch in one transaction, then run what its handlers left for after it."""
        after_commit: list[AfterCommit] = []
        async with self.database.system_session(f"consumer:{self.name}") as session:
            async with session.begin():
                cursor = await _lock_cursor(session, self.name, self.database)
                page = await self.fetch(cursor, self.batch_size)
                seen = await self._already_processed(session, page.items)
                if self.prefetch is not None:
                    await self.prefetch([e for e in page.items if e.event_id not in seen])
                handled: list[EventRead] = []
                for event in page.items:
                    if event.event_id in seen:
                        continue
                    then = await self.handle(session, event)
                    if then is not None:
                        after_commit.append(then)
                    seen.add(event.event_id)
                    handled.append(event)
                await self._mark_processed(session, handled)
                if self.before_commit is not None and handled:
                    await self.before_commit(session)
                next_cursor = page.next_cursor or cursor
                if next_cursor != cursor:
                    await self._store_cursor(session, next_cursor)
        for then in after_commit:
            then()
        if page.items:
            log.info(
                "consumer.batch",
                consumer=self.name,
                count=len(page.items),
                handled=len(handled),
                cursor=next_cursor,
            )
        return BatchResult(read=len(page.items), handled=len(handled), cursor=next_cursor)

    async def run_forever(
        self,
        poll_interval: float = 1.0,
        stop_event: asyncio.Event | None = None,
        *,
        max_backoff: float = 60.0,
    ) -> None:
        """Follow the feed until ``stop_event`` is set, backing off while batches fail."""
        stop = stop_event or asyncio.Event()
        failures = 0
        while not stop.is_set():
            try:
                result = await self.run_batch()
            except Exception as exc:
                failures += 1
                delay = min(max_backoff, poll_interval * 2**failures)
                log.warning(
                    "consumer.batch_failed", consumer=self.name, attempt=failures, exc_info=exc
                )
                await _wait(stop, delay)
                continue
            failures = 0
            if result.read < self.batch_size:  # caught up: tidy, then wait for more
                await self._prune_when_due()
                await _wait(stop, poll_interval)

    async def prune_processed(self) -> int:
        """Forget the processed ids older than ``keep_processed``; how many were forgotten."""
        cutoff = self.database.clock.now() - self.keep_processed
        async with self.database.system_session(f"consumer-prune:{self.name}") as session:
            async with session.begin():
                result = await session.execute(
                    sa.delete(processed_events).where(
                        processed_events.c.consumer == self.name,
                        processed_events.c.processed_at < cutoff,
                    )
                )
        self._pruned_at = self.database.clock.now()
        if result.rowcount:
            log.info("consumer.pruned", consumer=self.name, count=result.rowcount)
        return result.rowcount

    async def _prune_when_due(self) -> None:
        now = self.database.clock.now()
        if self._pruned_at is not None and now - self._pruned_at < self.prune_every:
            return
        try:
            await self.prune_processed()
        except Exception as exc:  # tidying must never stop the consumer
            self._pruned_at = now
            log.warning("consumer.prune_failed", consumer=self.name, exc_info=exc)

    async def reset(self) -> None:
        """Forget the cursor and processed ids so the feed is replayed from the start."""
        await reset(self.database, self.name)

    async def _already_processed(self, session: AsyncSession, events: list[EventRead]) -> set[str]:
        if not events:
            return set()
        ids = [e.event_id for e in events]
        if not self.database.is_postgres:
            query = sa.select(processed_events.c.event_id).where(
                processed_events.c.consumer == self.name, processed_events.c.event_id.in_(ids)
            )
            return set((await session.scalars(query)).all())
        # One primary-key probe per event of the batch, whatever the number processed so
        # far: a correlated look-up over the ids as rows (an ``IN`` of 500 parameters read
        # every processed id of the consumer in the prepared statement's generic plan).
        array = sa.literal(ids, type_=postgresql.ARRAY(sa.String))
        wanted = sa.func.unnest(array).table_valued("event_id").render_derived()
        found = (
            sa.select(processed_events.c.event_id)
            .where(
                processed_events.c.consumer == self.name,
                processed_events.c.event_id == wanted.c.event_id,
            )
            .scalar_subquery()
        )
        rows = await session.scalars(sa.select(found).select_from(wanted))
        return {event_id for event_id in rows if event_id is not None}

    async def _mark_processed(self, session: AsyncSession, events: list[EventRead]) -> None:
        """Note a batch's handled events in one statement (in the batch's transaction): on
        PostgreSQL one ``INSERT ... unnest`` (an ``executemany`` is a statement per event)."""
        if not events:
            return
        now = self.database.clock.now()
        await insert_rows(
            session,
            processed_events,
            [{"event_id": e.event_id, "consumer": self.name, "processed_at": now} for e in events],
        )

    async def _store_cursor(self, session: AsyncSession, cursor: str) -> None:
        await session.execute(
            sa.update(consumer_cursors)
            .where(consumer_cursors.c.consumer == self.name)
            .values(cursor=cursor, updated_at=self.database.clock.now())
        )


async def _lock_cursor(session: AsyncSession, name: str, database: Database) -> str | None:
    """The stored cursor, with its row locked until this transaction ends (created if new)."""
    insert = postgresql.insert if database.is_postgres else sqlite.insert
    await session.execute(
        insert(consumer_cursors)
        .values(consumer=name, cursor=None, updated_at=database.clock.now())
        .on_conflict_do_nothing(index_elements=[consumer_cursors.c.consumer])
    )
    # PostgreSQL: a second replica waits here, then reads the cursor the first committed.
    # SQLite: the INSERT above already took the database's write lock for the transaction.
    query = (
        sa.select(consumer_cursors.c.cursor)
        .where(consumer_cursors.c.consumer == name)
        .with_for_update()
    )
    return (await session.execute(query)).scalar_one()


async def reset(database: Database, name: str) -> None:
    """Make consumer ``name`` start again from the beginning of its feed.

    Clear whatever the handler built before the consumer runs again: events are
    delivered afresh and handled as new.
    """
    async with database.system_session(f"consumer-reset:{name}") as session:
        async with session.begin():
            await _lock_cursor(session, name, database)
            await session.execute(
                sa.delete(processed_events).where(processed_events.c.consumer == name)
            )
            await session.execute(
                sa.update(consumer_cursors)
                .where(consumer_cursors.c.consumer == name)
                .values(cursor=None, updated_at=database.clock.now())
            )
    log.info("consumer.reset", consumer=name)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
