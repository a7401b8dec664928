"""EventConsumer against the real referrals feed, with its own database on both backends."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import EventsClient
from hearth_contract.common import EventPage, EventRead
from hearth_kit.clock import FrozenClock
from hearth_kit.consumer import EventConsumer, reset
from hearth_kit.db import Database, create_engine
from hearth_kit.tables import consumer_cursors, kit_metadata, processed_events
from hearth_kit.testing import SqliteTemplate, Tokens, postgres_server_url
from hearth_kit.testing import settings_for_tests as service_settings
from hearth_referrals.app import MIGRATIONS, create_app
from hearth_referrals.settings import ReferralsSettings
from referrals_testkit import AGENCY_A, NOW, referral_body, send

CONSUMER = "matching.referrals"
projection_metadata = sa.MetaData()
seen_events = sa.Table(
    "seen_events",
    projection_metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),  # a second insert would fail
    sa.Column("type", sa.String(80), nullable=False),
    sa.Column("subject_id", sa.String(64), nullable=False),
)
CONSUMER_TABLES = [consumer_cursors, processed_events, seen_events]


def _create_postgres_database(name: str) -> str:
    async def recreate() -> str:
        import asyncpg

        admin = sa.engine.make_url(postgres_server_url())
        connection = await asyncpg.connect(
            host=admin.host or "127.0.0.1",
            port=admin.port or 5432,
            user=admin.username or "postgres",
            password=admin.password,
            database=admin.database or "postgres",
        )
        try:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()
        url = admin.set(drivername="postgresql+asyncpg", database=name)
        return url.render_as_string(hide_password=False)

    return asyncio.run(recreate())


async def _create_tables(engine) -> None:
    async with engine.begin() as connection:
        await connection.run_sync(
            lambda sync: kit_metadata.create_all(sync, tables=CONSUMER_TABLES[:2])
        )
        await connection.run_sync(projection_metadata.create_all)


@pytest.fixture(scope="session")
def consumer_postgres_url() -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return _create_postgres_database(f"hearth_test_consumer_{worker}")


@pytest.fixture(scope="session")
def referrals_template(tmp_path_factory) -> SqliteTemplate:
    template = SqliteTemplate(tmp_path_factory.mktemp("feed-template"), MIGRATIONS)
    template.create()
    return template


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'consumer.db'}"
    return request.getfixturevalue("consumer_postgres_url")


@pytest.fixture
async def database(database_url) -> AsyncIterator[Database]:
    """The consumer's own database: the kit's consumer tables and its projection."""
    db = Database(create_engine(database_url), clock=FrozenClock(NOW))
    await _create_tables(db.engine)
    yield db
    if db.is_postgres:
        async with db.engine.begin() as connection:
            for table in CONSUMER_TABLES:
                await connection.execute(sa.delete(table))
    await db.dispose()


@pytest.fixture
async def referrals_http(referrals_template, tmp_path) -> AsyncIterator[httpx.AsyncClient]:
    feed_dir = tmp_path / "feed"
    feed_dir.mkdir()
    app = create_app(
        service_settings(ReferralsSettings, referrals_template.copy_to(feed_dir)),
        clock=FrozenClock(NOW),
    )
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://referrals"
    ) as http:
        yield http
    await app.state.database.dispose()


@pytest.fixture
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture
async def referral_ids(referrals_http, tokens) -> list[str]:
    """Three referrals sent to the feed: three ``referral.received`` events."""
    operator = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN], subject="operator")
    response = await referrals_http.put(
        f"/v1/agencies/{AGENCY_A}", json={"name": "Agency A"}, headers=operator
    )
    assert response.status_code == 201, response.text
    la = tokens.headers(CallerKind.LA, "E10000016", [Scope.REFERRALS_SUBMIT])
    ids = []
    for seed in (1, 2, 3):
        response = await send(referrals_http, la, referral_body(seed))
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return ids


@pytest.fixture
def feed(referrals_http, tokens) -> EventsClient:
    token = tokens.mint(CallerKind.SERVICE, None, [Scope.EVENTS_READ], subject="matching")
    return EventsClient(referrals_http, token)


class Projection:
    """A handler that records each event in the consumer's database, and every call."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.calls: list[str] = []
        self.fail_on = fail_on

    async def __call__(self, session, event: EventRead) -> None:
        self.calls.append(event.event_id)
        await session.execute(
            sa.insert(seen_events).values(
                event_id=event.event_id, type=event.type, subject_id=event.subject_id
            )
        )
        if event.subject_id == self.fail_on:
            raise RuntimeError("the handler broke")


async def seen(database: Database) -> list[str]:
    async with database.engine.connect() as connection:
        rows = await connection.execute(sa.select(seen_events.c.subject_id))
        return sorted(row[0] for row in rows)


async def stored_cursor(database: Database) -> str | None:
    async with database.engine.connect() as connection:
        query = sa.select(consumer_cursors.c.cursor).where(consumer_cursors.c.consumer == CONSUMER)
        return (await connection.execute(query)).scalar_one_or_none()


class TestRunOnce:
    async def test_every_event_is_handled_once_in_feed_order(self, database, feed, referral_ids):
        handler = Projection()
        consumer = EventConsumer(CONSUMER, database, feed.events, handler, batch_size=2)
        assert [await consumer.run_once() for _ in range(3)] == [2, 1, 0]
        assert await seen(database) == sorted(referral_ids)
        page = await feed.events(None, 10)
        assert handler.calls == [e.event_id for e in page.items]
        assert await stored_cursor(database) == page.next_cursor

    async def test_a_replayed_event_is_skipped(self, database, feed, referral_ids):
        handler = Projection()
        consumer = EventConsumer(CONSUMER, database, feed.events, handler)
        assert await consumer.run_once() == 3
        async with database.engine.begin() as connection:  # the feed delivers it all again
            await connection.execute(sa.update(consumer_cursors).values(cursor=None))
        assert await consumer.run_once() == 0
        assert len(handler.calls) == 3

    async def test_a_duplicate_within_one_page_is_handled_once(self, database, feed, referral_ids):
        async def stuttering_fetch(after: str | None, limit: int) -> EventPage:
            page = await feed.events(after, limit)
            return EventPage(items=page.items + page.items[:1], next_cursor=page.next_cursor)

        handler = Projection()
        consumer = EventConsumer(CONSUMER, database, stuttering_fetch, handler)
        assert await consumer.run_once() == 3
        assert await seen(database) == sorted(referral_ids)

    async def test_handler_failure_rolls_back_the_batch_then_it_is_retried(
        self, database, feed, referral_ids
    ):
        handler = Projection(fail_on=referral_ids[1])
        consumer = EventConsumer(CONSUMER, database, feed.events, handler)
        with pytest.raises(RuntimeError):
            await consumer.run_once()
        assert await seen(database) == []
        assert await stored_cursor(database) is None

        handler.fail_on = None
        assert await consumer.run_once() == 3
        assert await seen(database) == sorted(referral_ids)

    async def test_reset_replays_the_feed_from_the_start(self, database, feed, referral_ids):
        handler = Projection()
        consumer = EventConsumer(CONSUMER, database, feed.events, handler)
        await consumer.run_once()
        async with database.engine.begin() as connection:  # the caller clears its projection
            await connection.execute(sa.delete(seen_events))
        await reset(database, CONSUMER)
        assert await stored_cursor(database) is None
        assert await consumer.run_once() == 3
        assert await seen(database) == sorted(referral_ids)


class TestAfterCommit:
    async def test_what_a_handler_leaves_runs_once_its_batch_is_committed(
        self, database, feed, referral_ids
    ):
        projection = Projection()
        index: list[tuple[str, bool]] = []

        async def handle(session, event: EventRead):
            await projection(session, event)
            # Remembers whether the batch's transaction was still open when it ran.
            return lambda: index.append((event.subject_id, session.in_transaction()))

        consumer = EventConsumer(CONSUMER, database, feed.events, handle, batch_size=2)
        assert await consumer.run_once() == 2
        assert index == [(referral_ids[0], False), (referral_ids[1], False)]
        assert await consumer.run_once() == 1
        assert index[2:] == [(referral_ids[2], False)]
        async with database.engine.begin() as connection:  # the feed delivers it all again
            await connection.execute(sa.update(consumer_cursors).values(cursor=None))
        assert await consumer.run_once() == 0  # replays are skipped: nothing left to run
        assert len(index) == 3

    async def test_a_rolled_back_batch_runs_nothing_it_left(self, database, feed, referral_ids):
        projection = Projection(fail_on=referral_ids[1])
        index: list[str] = []

        async def handle(session, event: EventRead):
            await projection(session, event)
            return lambda: index.append(event.subject_id)

        consumer = EventConsumer(CONSUMER, database, feed.events, handle)
        with pytest.raises(RuntimeError):
            await consumer.run_once()
        assert index == []
        projection.fail_on = None
        assert await consumer.run_once() == 3
        assert index == referral_ids


class TestPrefetch:
    async def test_a_batch_is_shown_to_prefetch_before_any_event_is_handled(
        self, database, feed, referral_ids
    ):
        calls: list[tuple[str, list[str]]] = []
        projection = Projection()

        async def prefetch(events: list[EventRead]) -> None:
            calls.append(("prefetch", [e.subject_id for e in events]))

        async def handle(session, event: EventRead) -> None:
            calls.append(("handle", [event.subject_id]))
            await projection(session, event)

        consumer = EventConsumer(
            CONSUMER, database, feed.events, handle, batch_size=2, prefetch=prefetch
        )
        assert await consumer.run_once() == 2
        assert calls == [
            ("prefetch", referral_ids[:2]),
            ("handle", referral_ids[:1]),
            ("handle", referral_ids[1:2]),
        ]
        async with database.engine.begin() as connection:  # the feed delivers it all again
            await connection.execute(sa.update(consumer_cursors).values(cursor=None))
        calls.clear()
        assert await consumer.run_once() == 0
        assert calls == [("prefetch", [])]  # events already handled are not fetched again


class TestReplicas:
    @pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)
    async def test_two_replicas_handle_each_event_exactly_once(self, database, feed, referral_ids):
        handler = Projection()
        for _ in range(2):  # three events, one per batch: the second round drains the feed
            # The first replica to fetch waits for the other to fetch too, and gives up
            # after a moment: with the cursor lock the other cannot get there meanwhile;
            # without it both would read the same batch and collide.
            both_fetching = asyncio.Event()
            arrivals = []

            async def rendezvous_fetch(after: str | None, limit: int) -> EventPage:
                arrivals.append(after)
                if len(arrivals) == 2:
                    both_fetching.set()
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(both_fetching.wait(), timeout=0.2)
                return await feed.events(after, limit)

            replicas = [
                EventConsumer(CONSUMER, database, rendezvous_fetch, handler, batch_size=1)
                for _ in range(2)
            ]
            await asyncio.gather(*(replica.run_once() for replica in replicas))
            assert len(set(arrivals)) == 2  # each fetched after the other's cursor
        assert len(handler.calls) == 3
        assert await seen(database) == sorted(referral_ids)


class TestRunForever:
    async def test_follows_the_feed_until_stopped(self, database, feed, referral_ids):
        stop = asyncio.Event()
        handler = Projection()

        async def handle(session, event: EventRead) -> None:
            await handler(session, event)
            if len(handler.calls) == len(referral_ids):
                stop.set()

        consumer = EventConsumer(CONSUMER, database, feed.events, handle, batch_size=2)
        await asyncio.wait_for(consumer.run_forever(0.001, stop), timeout=10)
        assert await seen(database) == sorted(referral_ids)

    async def test_keeps_going_after_a_failing_batch(self, database, feed, referral_ids):
        stop = asyncio.Event()
        failures = iter([True])

        async def flaky_fetch(after: str | None, limit: int) -> EventPage:
            if next(failures, False):
                raise httpx.ConnectError("feed is down")
            page = await feed.events(after, limit)
            if not page.items:
                stop.set()
            return page

        consumer = EventConsumer(CONSUMER, database, flaky_fetch, Projection())
        await asyncio.wait_for(consumer.run_forever(0.001, stop), timeout=10)
        assert await seen(database) == sorted(referral_ids)


async def processed_ids(database: Database) -> int:
    async with database.engine.connect() as connection:
        query = sa.select(sa.func.count()).select_from(processed_events)
        return (await connection.execute(query)).scalar_one()


class TestPruneProcessed:
    async def test_ids_older_than_the_retention_are_forgotten_and_recent_ones_kept(
        self, database, feed, referral_ids
    ):
        consumer = EventConsumer(CONSUMER, database, feed.events, Projection())
        assert await consumer.run_once() == 3
        database.clock.advance(days=6)
        assert await consumer.prune_processed() == 0
        assert await processed_ids(database) == 3
        database.clock.advance(days=2)
        assert await consumer.prune_processed() == 3
        assert await processed_ids(database) == 0

    async def test_a_consumer_that_has_caught_up_prunes_at_most_once_per_interval(
        self, database, feed, referral_ids
    ):
        consumer = EventConsumer(
            CONSUMER, database, feed.events, Projection(), keep_processed=timedelta(0)
        )
        assert await consumer.run_once() == 3
        database.clock.advance(seconds=1)
        await consumer._prune_when_due()
        assert await processed_ids(database) == 0
        async with database.engine.begin() as connection:  # a later event, handled just now
            await connection.execute(
                sa.insert(processed_events).values(
                    consumer=CONSUMER, event_id="later", processed_at=NOW
                )
            )
        database.clock.advance(minutes=30)
        await consumer._prune_when_due()
        assert await processed_ids(database) == 1
        database.clock.advance(minutes=31)
        await consumer._prune_when_due()
        assert await processed_ids(database) == 0

    async def test_pruning_never_lets_a_replayed_event_through_within_the_retention(
        self, database, feed, referral_ids
    ):
        handler = Projection()
        consumer = EventConsumer(CONSUMER, database, feed.events, handler)
        assert await consumer.run_once() == 3
        database.clock.advance(days=1)
        await consumer.prune_processed()
        async with database.engine.begin() as connection:  # the feed delivers it all again
            await connection.execute(sa.update(consumer_cursors).values(cursor=None))
        assert await consumer.run_once() == 0
        assert len(handler.calls) == 3
