"""A consumer's batch finds its already-processed events by primary key (PostgreSQL plans).

The processed ids grow with every event a consumer handles; the batch's look-up must
probe ``processed_events``' key per event of the batch, in the prepared statement's
generic plan too, or catching up costs more with every batch (issue 14). The table holds
50,000 processed ids, not analysed (this server runs without autovacuum).
"""

from __future__ import annotations

import asyncio
import os

import pytest
import sqlalchemy as sa
from hearth_contract.common import EventRead
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.consumer import EventConsumer
from hearth_kit.db import Database, create_engine
from hearth_kit.query_plans import explain, plan_nodes, recorded_statements, scanned_tables
from hearth_kit.tables import kit_metadata, processed_events
from hearth_kit.testing import postgres_server_url

pytestmark = pytest.mark.postgres

NAME = f"hearth_test_consumer_plans_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"


def _admin(*statements: str) -> None:
    async def run() -> None:
        import asyncpg

        admin = sa.engine.make_url(postgres_server_url())
        connection = await asyncpg.connect(
            host=admin.host or "127.0.0.1",
            port=admin.port or 5432,
            user=admin.username or "postgres",
            database=admin.database or "postgres",
        )
        try:
            for statement in statements:
                await connection.execute(statement)
        finally:
            await connection.close()

    asyncio.run(run())


def _recreate() -> str:
    _admin(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)', f'CREATE DATABASE "{NAME}"')
    url = sa.engine.make_url(postgres_server_url()).set(
        drivername="postgresql+asyncpg", database=NAME
    )
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def url():
    yield _recreate()
    _admin(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')


@pytest.fixture
async def database(url):
    db = Database(create_engine(url), clock=FrozenClock(TEST_NOW))
    async with db.engine.begin() as connection:
        await connection.run_sync(
            lambda sync: kit_metadata.drop_all(sync, tables=[processed_events])
        )
        await connection.run_sync(
            lambda sync: kit_metadata.create_all(sync, tables=[processed_events])
        )
        await connection.execute(
            sa.text(
                "INSERT INTO processed_events (consumer, event_id, processed_at)"
                " SELECT 'plans', 'event-' || n, now() FROM generate_series(1, 50000) AS n"
            )
        )
    yield db
    await db.dispose()


def _event(n: int) -> EventRead:
    return EventRead(
        event_id=f"event-{n}",
        type="referral.created",
        occurred_at=TEST_NOW,
        subject_type="referral",
        subject_id=str(n),
        data={},
        cursor=f"1-{n}",
    )


async def test_already_processed_events_are_found_by_key_per_event(database):
    consumer = EventConsumer("plans", database, fetch=None, handle=None)  # type: ignore[arg-type]
    events = [_event(n) for n in range(49_800, 50_300)]  # 201 of the 500 processed
    async with database.system_session("plans") as session:
        with recorded_statements(database.engine) as sent:
            seen = await consumer._already_processed(session, events)
    assert len(seen) == 201
    (statement,) = sent
    for generic in (False, True):
        async with database.engine.connect() as connection:
            plan = await explain(connection, statement, generic=generic)
        assert "processed_events" not in scanned_tables(plan), (generic, plan)
        probes = [n for n in plan_nodes(plan) if n.get("Index Name") == "pk_processed_events"]
        assert probes and all("event_id" in n["Index Cond"] for n in probes), (generic, plan)
