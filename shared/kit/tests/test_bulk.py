"""Rows for several tables written together: one statement on PostgreSQL, all or nothing."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import pytest
import sqlalchemy as sa
from hearth_kit import driver
from hearth_kit.bulk import TableRows, insert_together, upsert_rows
from hearth_kit.db import Database, create_engine
from hearth_kit.testing import postgres_server_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

_metadata = sa.MetaData()
_suffix = os.getpid()
parents = sa.Table(
    f"bulk_parents_{_suffix}",
    _metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("name", sa.String(40), nullable=False),
    sa.Column("document", sa.JSON, nullable=False),
)
children = sa.Table(
    f"bulk_children_{_suffix}",
    _metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("parent_id", sa.Uuid, sa.ForeignKey(parents.c.id), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("note", sa.String(40)),
)


def _postgres_url() -> str:
    url = sa.engine.make_url(postgres_server_url()).set(drivername="postgresql+asyncpg")
    return url.render_as_string(hide_password=False)


@asynccontextmanager
async def _tables(kind: str, tmp_path) -> AsyncIterator[AsyncEngine]:
    if kind == "postgres":
        engine = create_engine(_postgres_url(), pool_size=1)
    else:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'bulk.db'}")
    async with engine.begin() as connection:
        await connection.run_sync(_metadata.drop_all)
        await connection.run_sync(_metadata.create_all)
    try:
        yield engine
    finally:
        async with engine.begin() as connection:
            await connection.run_sync(_metadata.drop_all)
        await engine.dispose()


@pytest.fixture(params=["postgres", "sqlite"])
async def engine(request, tmp_path):
    async with _tables(request.param, tmp_path) as engine:
        yield engine


@pytest.fixture
async def postgres_engine(tmp_path):
    async with _tables("postgres", tmp_path) as engine:
        yield engine


def _count_statements(engine) -> list[str]:
    statements: list[str] = []

    @sa.event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _count(_conn, _cursor, statement, _params, _context, _executemany):
        statements.append(statement)

    return statements


class TestInsertTogether:
    async def test_rows_of_every_table_are_written_and_read_back_exactly(self, engine):
        parent_id = uuid.uuid4()
        async with AsyncSession(engine) as session, session.begin():
            await insert_together(
                session,
                [
                    TableRows(parents, [{"id": parent_id, "name": "one", "document": {"a": [1]}}]),
                    TableRows(
                        children,
                        [
                            {"parent_id": parent_id, "position": 0, "note": "first"},
                            {"parent_id": parent_id, "position": 1, "note": None},
                        ],
                    ),
                    TableRows(children, []),
                ],
            )
        async with engine.connect() as connection:
            parent = (await connection.execute(sa.select(parents))).one()
            rows = (
                await connection.execute(
                    sa.select(children.c.parent_id, children.c.position, children.c.note).order_by(
                        children.c.position
                    )
                )
            ).all()
        assert tuple(parent) == (parent_id, "one", {"a": [1]})
        assert [tuple(row) for row in rows] == [(parent_id, 0, "first"), (parent_id, 1, None)]

    async def test_postgres_writes_every_table_in_one_statement(self, postgres_engine, monkeypatch):
        engine = postgres_engine
        parent_id = uuid.uuid4()
        statements = _count_statements(engine)
        # The write runs through asyncpg itself (hearth_kit.driver), past SQLAlchemy's events.
        fetch = asyncpg.Connection.fetch

        def noted(self, query, *args, **kwargs):
            statements.append(query)
            return fetch(self, query, *args, **kwargs)

        monkeypatch.setattr(asyncpg.Connection, "fetch", noted)
        async with AsyncSession(engine) as session, session.begin():
            await insert_together(
                session,
                [
                    TableRows(parents, [{"id": parent_id, "name": "one", "document": {}}]),
                    TableRows(children, [{"parent_id": parent_id, "position": 0, "note": "x"}]),
                ],
            )
        inserts = [s for s in statements if "INSERT" in s]
        assert len(inserts) == 1
        assert inserts[0].startswith("WITH ")

    async def test_a_broken_row_writes_nothing_in_any_table(self, engine):
        parent_id = uuid.uuid4()
        with pytest.raises(IntegrityError):
            async with AsyncSession(engine) as session, session.begin():
                if engine.dialect.name == "sqlite":
                    await session.execute(sa.text("PRAGMA foreign_keys=ON"))
                await insert_together(
                    session,
                    [
                        TableRows(parents, [{"id": parent_id, "name": "one", "document": {}}]),
                        TableRows(
                            children, [{"parent_id": uuid.uuid4(), "position": 0, "note": "x"}]
                        ),
                    ],
                )
        async with engine.connect() as connection:
            assert await connection.scalar(sa.select(sa.func.count()).select_from(parents)) == 0
            assert await connection.scalar(sa.select(sa.func.count()).select_from(children)) == 0


class TestUpsertRows:
    async def test_new_rows_are_inserted_and_stored_ones_updated(self, engine):
        kept, changed, new = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        async with AsyncSession(engine) as session, session.begin():
            await upsert_rows(
                session,
                parents,
                [
                    {"id": kept, "name": "kept", "document": {"v": 1}},
                    {"id": changed, "name": "before", "document": {"v": 1}},
                ],
            )
        statements = _count_statements(engine)
        async with AsyncSession(engine) as session, session.begin():
            await upsert_rows(
                session,
                parents,
                [
                    {"id": changed, "name": "after", "document": {"v": 2}},
                    {"id": new, "name": "new", "document": {"v": 1}},
                ],
            )
        async with engine.connect() as connection:
            rows = (await connection.execute(sa.select(parents))).all()
        assert sorted((row.name, row.document["v"]) for row in rows) == [
            ("after", 2),
            ("kept", 1),
            ("new", 1),
        ]
        assert {row.id for row in rows} == {kept, changed, new}
        if engine.dialect.name == "postgresql":
            assert len([s for s in statements if "INSERT" in s]) == 1


class TestStandingAlone:
    """``alone``: one statement that is a whole unit of work runs on a pooled connection
    borrowed for it, as PostgreSQL's own transaction; the session is never begun."""

    async def test_kept_for_the_next_statement_alone_then_given_back_by_the_last(
        self, postgres_engine
    ):
        pool = postgres_engine.sync_engine.pool
        checkouts: list[object] = []

        def checkout(dbapi_connection, _record, _proxy):
            checkouts.append(dbapi_connection)

        sa.event.listen(postgres_engine.sync_engine, "checkout", checkout)
        session = AsyncSession(postgres_engine)
        try:
            sql = "SELECT CAST(:n AS int) AS n"
            kept = [
                await driver.fetch(session, sql, {"n": n}, alone=True, keep=True) for n in (1, 2)
            ]
            assert [rows[0]["n"] for rows in kept] == [1, 2]
            assert pool.checkedout() == 1
            assert (await driver.fetch(session, sql, {"n": 3}, alone=True))[0]["n"] == 3
            assert pool.checkedout() == 0 and len(checkouts) == 1
            assert session.sync_session.get_transaction() is None
        finally:
            sa.event.remove(postgres_engine.sync_engine, "checkout", checkout)

    @pytest.mark.parametrize("ends_by", ["give_back", "session_begins"])
    async def test_a_kept_connection_goes_back_before_the_session_takes_its_own(
        self, postgres_engine, ends_by
    ):
        pool = postgres_engine.sync_engine.pool
        database = Database(postgres_engine)  # installs the kit's session events

        def held() -> int:
            """Connections out of the pool for the session: not the ones kept idle."""
            return pool.checkedout() - len(database.idle)

        session = database.session(None)
        try:
            await driver.fetch(session, "SELECT 1", {}, alone=True, keep=True)
            assert held() == 1
            if ends_by == "give_back":
                driver.give_back(session)
                assert held() == 0 and len(database.idle) == 1  # kept for the next
            else:
                await session.execute(sa.text("SELECT 1"))
                assert held() == 1  # the session's own, the kept one given back
                await session.close()
                assert held() == 0
        finally:
            database.idle.release()
        assert pool.checkedout() == 0

    async def test_each_statement_is_committed_and_its_connection_given_back(self, postgres_engine):
        engine = postgres_engine
        first, second = uuid.uuid4(), uuid.uuid4()
        document = {"name": "Zoë", "items": [1, None, True], "nested": {"é": "ü"}}
        session = AsyncSession(engine)
        for parent_id in (first, second):
            await insert_together(
                session,
                [TableRows(parents, [{"id": parent_id, "name": "p", "document": document}])],
                alone=True,
            )
            assert engine.sync_engine.pool.checkedout() == 0
        assert session.sync_session.get_transaction() is None
        async with engine.connect() as connection:
            rows = (await connection.execute(sa.select(parents.c.id, parents.c.document))).all()
        assert {row.id: row.document for row in rows} == {first: document, second: document}

    async def test_a_broken_statement_writes_nothing_and_gives_its_connection_back(
        self, postgres_engine
    ):
        engine = postgres_engine
        parent_id = uuid.uuid4()
        session = AsyncSession(engine)
        with pytest.raises(IntegrityError):
            await insert_together(
                session,
                [
                    TableRows(parents, [{"id": parent_id, "name": "one", "document": {}}]),
                    TableRows(children, [{"parent_id": uuid.uuid4(), "position": 0}]),
                ],
                alone=True,
            )
        assert engine.sync_engine.pool.checkedout() == 0
        async with engine.connect() as connection:
            assert await connection.scalar(sa.select(sa.func.count()).select_from(parents)) == 0
