"""The engine every service uses: pooled connections the server has closed are replaced."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from hearth_kit.db import create_engine
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
