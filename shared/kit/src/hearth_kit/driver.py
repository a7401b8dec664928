"""A hot path's plain statements run by asyncpg itself, inside the session's transaction.

SQLAlchemy's execution of one statement (session bookkeeping, the compiled cache, the
parameters, the result) cost about 0.2 ms of CPU on the development machine, asyncpg's
own about 0.04 ms; on a request of a few statements (sending a referral) that was a
large share of its CPU. These functions take SQL text with ``:name`` parameters (as
``sa.text``), turn it once into asyncpg's ``$n`` form, and run it on the session's own
connection, in the session's transaction: the session's commit or rollback ends it.

PostgreSQL only (check :func:`hearth_kit.bulk.is_postgres`). No ORM entities here, so
no tenant scoping either: use it for the kit's own tables (idempotency keys, inserts
of rows the caller built) and never to read tenant data.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import asyncpg
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession

__all__ = ["driver_connection", "execute", "fetch"]

_DIALECT = asyncpg_dialect()


@lru_cache(maxsize=256)
def _positional(sql: str) -> tuple[str, tuple[str, ...]]:
    """The statement in asyncpg's ``$n`` form and the parameter names in that order."""
    compiled = sa.text(sql).compile(dialect=_DIALECT)
    return compiled.string, tuple(compiled.positiontup or ())


async def driver_connection(session: AsyncSession) -> asyncpg.Connection:
    """The asyncpg connection under ``session``, with the session's transaction begun."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    adapter = raw.dbapi_connection
    # SQLAlchemy's asyncpg adapter sends BEGIN before its first statement; when the first
    # statement is ours, begin the same way (its transaction object, its isolation
    # level), so that the session's commit and rollback end this transaction too.
    if adapter._transaction is None:
        async with adapter._execute_mutex:
            if adapter._transaction is None:
                await adapter._start_transaction()
    return raw.driver_connection


def _translated(exc: Exception, statement: str, params: Mapping[str, Any]) -> Exception:
    """asyncpg's error as the SQLAlchemy error the rest of the kit handles (409, 503, 500)."""
    if isinstance(exc, asyncpg.IntegrityConstraintViolationError):
        return sa.exc.IntegrityError(statement, dict(params), exc)
    if isinstance(exc, asyncpg.DataError):
        return sa.exc.DataError(statement, dict(params), exc)
    if isinstance(exc, asyncpg.PostgresSyntaxError | asyncpg.UndefinedTableError):
        return sa.exc.ProgrammingError(statement, dict(params), exc)
    if isinstance(exc, asyncpg.PostgresError):
        return sa.exc.OperationalError(statement, dict(params), exc)
    # The connection itself failed (closed, reset): the pool must not hand it out again.
    return sa.exc.DBAPIError(statement, dict(params), exc, connection_invalidated=True)


async def fetch(session: AsyncSession, sql: str, params: Mapping[str, Any]) -> list[asyncpg.Record]:
    """Run ``sql`` (``:name`` parameters) in the session's transaction; its rows."""
    statement, names = _positional(sql)
    connection = await driver_connection(session)
    try:
        return await connection.fetch(statement, *(params[name] for name in names))
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
        error = _translated(exc, statement, params)
        if getattr(error, "connection_invalidated", False):
            await (await session.connection()).invalidate()
        raise error from exc


async def execute(session: AsyncSession, sql: str, params: Mapping[str, Any]) -> None:
    """Run ``sql`` as :func:`fetch` does, for its effect only."""
    await fetch(session, sql, params)
