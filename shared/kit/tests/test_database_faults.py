"""Readiness tells the truth about writes, and a database fault answers 503, never 500.

On SQLite: the file write-locked by another process, and a corrupt file. On PostgreSQL:
connections cut by the server, a statement that runs past its timeout, and a server
that does not answer.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time

import asyncpg
import httpx
import pytest
import sqlalchemy as sa
from fastapi import APIRouter, Depends
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import create_service_app, get_session
from hearth_kit.auth import Principal, require
from hearth_kit.routing import HearthRoute
from hearth_kit.settings import ServiceSettings
from hearth_kit.tables import kit_metadata
from hearth_kit.testing import TEST_SECRET, Tokens, postgres_server_url
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession

reader = require(Scope.REFERRALS_READ, [CallerKind.LA])
HEADERS = Tokens().headers(CallerKind.LA, "E10000016", [Scope.REFERRALS_READ])


def _router() -> APIRouter:
    router = APIRouter(route_class=HearthRoute)

    @router.get("/v1/count")
    async def count(session: AsyncSession = Depends(get_session), _p: Principal = Depends(reader)):
        return {"events": await session.scalar(sa.text("SELECT count(*) FROM outbox_events"))}

    @router.get("/v1/slow")
    async def slow(session: AsyncSession = Depends(get_session), _p: Principal = Depends(reader)):
        await session.execute(sa.text("SET LOCAL statement_timeout = 100"))
        await session.execute(sa.text("SELECT pg_sleep(2)"))
        return {}

    return router


def _app(database_url: str):
    settings = ServiceSettings(
        environment="test",
        database_url=database_url,
        jwt_secret=SecretStr(TEST_SECRET),
        readiness_timeout_seconds=0.5,
    )
    return create_service_app(
        settings=settings, title="faults", description="", routers=[_router()]
    )


async def _client_for(app) -> httpx.AsyncClient:
    async with app.state.database.engine.begin() as connection:
        await connection.run_sync(kit_metadata.create_all)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://kit")


def _unavailable(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["Retry-After"] == "5"
    assert response.json()["type"].endswith("/dependency-unavailable")


class TestSqlite:
    async def test_a_write_locked_file_is_not_ready_within_the_timeout(self, tmp_path):
        path = tmp_path / "kit.db"
        app = _app(f"sqlite+aiosqlite:///{path}")
        async with await _client_for(app) as http:
            assert (await http.get("/readyz")).status_code == 200
            # Another process holds the write lock (a backup tool, a stuck writer).
            locker = sqlite3.connect(path, isolation_level=None)
            locker.execute("BEGIN EXCLUSIVE")
            try:
                started = time.monotonic()
                _unavailable(await http.get("/readyz"))
                assert time.monotonic() - started < 3
            finally:
                locker.execute("ROLLBACK")
                locker.close()
            assert (await http.get("/readyz")).status_code == 200
        await app.state.database.dispose()

    async def test_a_corrupt_file_answers_503_to_requests_and_readiness(self, tmp_path):
        path = tmp_path / "kit.db"
        path.write_bytes(b"this is not a database file, " * 200)
        app = _app(f"sqlite+aiosqlite:///{path}")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://kit"
        ) as http:
            _unavailable(await http.get("/v1/count", headers=HEADERS))
            _unavailable(await http.get("/readyz"))
        await app.state.database.dispose()


async def _admin(statement: str) -> None:
    server = sa.engine.make_url(postgres_server_url())
    connection = await asyncpg.connect(
        host=server.host or "127.0.0.1",
        port=server.port or 5432,
        user=server.username or "postgres",
        password=server.password,
        database=server.database or "postgres",
    )
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture
async def postgres_app():
    name = f"hearth_test_kit_faults_{os.getpid()}"
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await _admin(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(postgres_server_url()).set(
        drivername="postgresql+asyncpg", database=name
    )
    app = _app(url.render_as_string(hide_password=False))
    http = await _client_for(app)
    yield app, http
    await http.aclose()
    await app.state.database.dispose()
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class TestPostgres:
    async def test_connections_cut_by_the_server_answer_503_then_recover(self, postgres_app):
        app, http = postgres_app
        assert (await http.get("/v1/count", headers=HEADERS)).status_code == 200
        async with app.state.database.engine.connect() as connection:
            # Every other connection to this service's database, as a failover would.
            await connection.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        answers = [await http.get("/v1/count", headers=HEADERS) for _ in range(3)]
        assert {a.status_code for a in answers} <= {200, 503}
        for answer in answers:
            if answer.status_code == 503:
                _unavailable(answer)
        await asyncio.sleep(0.05)
        assert (await http.get("/v1/count", headers=HEADERS)).status_code == 200
        assert (await http.get("/readyz")).status_code == 200

    async def test_a_statement_timeout_answers_503(self, postgres_app):
        _, http = postgres_app
        _unavailable(await http.get("/v1/slow", headers=HEADERS))

    async def test_a_server_that_does_not_answer_is_not_ready(self):
        # A port with nothing listening: the server is stopped.
        app = _app("postgresql+asyncpg://postgres@127.0.0.1:1/nothing")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://kit"
        ) as http:
            _unavailable(await http.get("/v1/count", headers=HEADERS))
            _unavailable(await http.get("/readyz"))
        await app.state.database.dispose()
