"""The engine every service uses: pooled connections the server has closed are replaced;
connections kept idle for statements run alone go back to a session that needs one."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from hearth_kit import driver
from hearth_kit.db import Database, create_engine
from hearth_kit.testing import postgres_server_url

_BACKEND_PID = sa.text("SELECT pg_backend_pid()")


def _server_url() -> str:
    url = sa.engine.make_url(postgres_server_url()).set(drivername="postgresql+asyncpg")
    return url.render_as_string(hide_password=False)


async def _terminate(pid: int) -> None:
    admin = create_engine(_server_url(), pool_size=1)
    try:
        async with admin.connect() as connection:
            await connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            # Bounded: the backend is gone within milliseconds (seconds on a loaded server).
            for _ in range(3000):
                gone = await connection.scalar(
                    sa.text("SELECT NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = :pid)"),
                    {"pid": pid},
                )
                if gone:
                    return
                # pg_stat_activity is read once per transaction: end it, or every later
                # check sees the first one's snapshot (the backend still there, forever).
                await connection.rollback()
                await asyncio.sleep(0.01)
        raise AssertionError("the backend was not terminated")
    finally:
        await admin.dispose()


class TestPooledConnections:
    async def test_a_connection_the_server_closed_is_replaced_without_an_error(self):
        engine = create_engine(_server_url(), pool_size=1)
        try:
            async with engine.connect() as connection:
                first_pid = await connection.scalar(_BACKEND_PID)
            await _terminate(first_pid)
            # Let the event loop read the closed socket, as it would between two requests.
            for _ in range(50):
                await asyncio.sleep(0.01)
            async with engine.connect() as connection:
                second_pid = await connection.scalar(_BACKEND_PID)
            assert second_pid != first_pid
        finally:
            await engine.dispose()


async def _kept_idle(database, count: int) -> None:
    """Borrow ``count`` connections at once for statements run alone, and give them back
    to be kept idle, as ``count`` referrals in flight together do."""
    sessions = [database.session(None) for _ in range(count)]
    try:
        for session in sessions:
            await driver.fetch(session, "SELECT 1", {}, alone=True, keep=True)
    finally:
        for session in sessions:
            driver.give_back(session)
            await session.close()


class TestConnectionsKeptIdle:
    """The pool lends a connection kept idle (for statements run alone) back to a session
    that finds none free, so every connection not in use may be kept."""

    async def test_every_connection_may_be_kept(self):
        database = Database(create_engine(_server_url(), pool_size=1))
        try:
            pool = database.engine.sync_engine.pool
            await _kept_idle(database, pool.size())
            assert len(database.idle) == pool.size() == 2
            assert pool.checkedout() == 2  # the pool counts them as out
        finally:
            await database.dispose()

    async def test_a_session_takes_one_back_rather_than_wait(self, monkeypatch):
        database = Database(create_engine(_server_url(), pool_size=1))
        try:
            pool = database.engine.sync_engine.pool
            await _kept_idle(database, pool.size())
            # Had the checkout waited for a free connection, it would fail after this.
            monkeypatch.setattr(pool, "_timeout", 0.5)
            async with database.sessionmaker() as session:
                assert await session.scalar(sa.text("SELECT 1")) == 1
                assert len(database.idle) == 1
            # Given back to the pool by the session; the other one still kept.
            assert pool.checkedout() == 1 and len(database.idle) == 1
            await _kept_idle(database, 2)  # the next referrals take both again
            assert len(database.idle) == 2
        finally:
            await database.dispose()

    async def test_a_second_database_on_the_pool_keeps_a_quarter(self):
        engine = create_engine(_server_url(), pool_size=4)
        first, second = Database(engine), Database(engine)
        try:
            assert first.idle.keep == 8
            assert second.idle.keep == 2  # the pool takes back only the first's
        finally:
            second.idle.release()
            await first.dispose()
