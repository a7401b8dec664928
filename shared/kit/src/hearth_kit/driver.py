"""A hot path's plain statements run by asyncpg itself, inside the session's transaction.

SQLAlchemy's execution of one statement (session bookkeeping, the compiled cache, the
parameters, the result) cost about 0.2 ms of CPU on the development machine, asyncpg's
own about 0.04 ms; on a request of a few statements (sending a referral) that was a
large share of its CPU. These functions take SQL text with ``:name`` parameters (as
``sa.text``), turn it once into asyncpg's ``$n`` form, and run it on the session's own
connection, in the session's transaction: the session's commit or rollback ends it.

PostgreSQL only (check :func:`hearth_kit.bulk.is_postgres`). The kit's tenant scoping
(an ORM event) does not run here: use it for the kit's own tables (idempotency keys),
inserts of rows the caller built, and reads that name their tenant in the statement.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

import asyncpg
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn

__all__ = [
    "IDLE",
    "IdleConnections",
    "commit",
    "driver_connection",
    "execute",
    "fetch",
    "fetch_positional",
    "give_back",
    "observers",
    "positional",
    "unbegun",
]

_DIALECT = asyncpg_dialect()
# Called with each statement and its parameters before it is sent (hearth_kit.query_plans).
observers: list[Callable[[str, tuple[Any, ...]], None]] = []


@lru_cache(maxsize=256)
def _positional(statement: str | sa.Executable) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """The statement in asyncpg's ``$n`` form, the parameter names in that order, and the
    values the statement carries itself (a ``LIMIT``'s, a literal's)."""
    clause = sa.text(statement) if isinstance(statement, str) else statement
    compiled = clause.compile(dialect=_DIALECT)
    return compiled.string, tuple(compiled.positiontup or ()), dict(compiled.params)


_ADAPTER = "hearth_kit.driver.adapter"


async def _adapter(session: AsyncSession) -> Any:
    """SQLAlchemy's adapter of the asyncpg connection under ``session``'s transaction.

    Kept in the session's ``info`` for the rest of that transaction: asking the session
    for its connection again cost about 0.1 ms of CPU each time, more than a statement.
    """
    transaction = session.sync_session.get_transaction()
    kept = session.info.get(_ADAPTER)
    if kept is not None and transaction is not None and kept[0] is transaction:
        return kept[1]
    connection = await session.connection()
    adapter = (await connection.get_raw_connection()).dbapi_connection
    session.info[_ADAPTER] = (session.sync_session.get_transaction(), adapter)
    return adapter


async def driver_connection(session: AsyncSession) -> asyncpg.Connection:
    """The asyncpg connection under ``session``, with the session's transaction begun."""
    adapter = await _adapter(session)
    # SQLAlchemy's asyncpg adapter sends BEGIN before its first statement; when the first
    # statement is ours, begin the same way (its transaction object, its isolation
    # level), so that the session's commit and rollback end this transaction too.
    if adapter._transaction is None:
        async with adapter._execute_mutex:
            if adapter._transaction is None:
                await adapter._start_transaction()
    return adapter._connection


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


async def _connection_for(session: AsyncSession, alone: bool) -> asyncpg.Connection:
    """The connection to run a statement on: in the session's transaction (begun if need
    be), or, ``alone``, on the bare connection when the session has begun none and holds
    nothing to flush: PostgreSQL then runs the one statement as its own transaction."""
    if alone and not _holds_changes(session):
        adapter = await _adapter(session)
        if adapter._transaction is None:
            return adapter._connection
    return await driver_connection(session)


def _holds_changes(session: Session | AsyncSession) -> bool:
    """Whether ``session`` holds changes to flush: as ``session.new or session.dirty or
    session.deleted``, read from the sets behind them (each of those builds a set of its
    objects, and the intake path asks three times a request)."""
    sync = session.sync_session if isinstance(session, AsyncSession) else session
    return bool(sync._new or sync._deleted or sync.identity_map._modified)


def unbegun(session: AsyncSession) -> bool:
    """Whether ``session`` has begun no transaction and holds nothing to flush."""
    return session.sync_session.get_transaction() is None and not _holds_changes(session)


_BORROWED = "hearth_kit.driver.borrowed"


async def _fetch_alone(
    session: AsyncSession,
    statement: str,
    arguments: tuple[Any, ...],
    params: Mapping[str, Any],
    keep: bool,
) -> list[asyncpg.Record]:
    """``statement`` as its own transaction, on a connection borrowed from the session's
    pool; the session itself stays unbegun.

    Beginning the session for it (its transaction, its connection object) and closing it
    afterwards cost about twice a pool checkout, more than the statement's own CPU. The
    connection goes back to the pool after the statement, unless ``keep``: then the next
    statement run alone uses it too (a look-up, then the write: one checkout, not two).
    """
    pooled = session.info.get(_BORROWED)
    if pooled is None:
        pooled = session.info[_BORROWED] = await _borrow(session)
    try:
        rows = await pooled.driver_connection.fetch(statement, *arguments)
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
        error = _translated(exc, statement, params)
        if getattr(error, "connection_invalidated", False):
            del session.info[_BORROWED]
            await greenlet_spawn(pooled.invalidate)
            await greenlet_spawn(pooled.close)
        elif not keep:
            give_back(session)
        raise error from exc
    if not keep:
        give_back(session)
    return rows


def give_back(session: Session | AsyncSession) -> None:
    """Return the connection kept for statements run alone (``fetch(..., keep=True)``), if
    any. The unit of work calls it when it closes, and a session about to begin a
    transaction of its own (it takes a connection next): a request never holds two.

    Synchronous, as a session event needs it: the connection holds no transaction (its
    statements each stood alone), so it is kept for the next request's (the session's
    :class:`IdleConnections`) or given back to the pool, which sends nothing.
    """
    pooled = session.info.pop(_BORROWED, None)
    if pooled is None:
        return
    idle = session.info.get(IDLE)
    if idle is not None and len(idle) < idle.keep:
        # Its age as the recycling goes (the pool's own age of it is wall-clock time);
        # the connection's info is emptied when the pool recycles it.
        pooled.info.setdefault(_KEPT_SINCE, time.monotonic())
        idle.append(pooled)
    else:
        pooled.close()


IDLE = "hearth_kit.driver.idle"
_KEPT_SINCE = "hearth_kit.driver.kept_since"


class IdleConnections(list):
    """A database's connections kept, between requests, for statements run alone.

    Borrowing one from SQLAlchemy's pool (a greenlet, the pool's checkout and its
    events) and giving it back (its check-in and reset) cost about 100 k instructions of
    a referral's 2.9 M, more than the Python of its two statements. Kept here, a
    connection is taken and given back as a list's item. The pool still counts them as
    checked out, so at most ``keep`` stand idle here (the kit's pool takes one back for a
    session that finds none free: ``hearth_kit.db.KeepingPool``); a session finds them in
    its ``info`` under :data:`IDLE` (``hearth_kit.db.Database.session``), and
    :meth:`release` gives them all back before the pool is disposed.
    """

    def __init__(self, keep: int) -> None:
        super().__init__()
        self.keep = keep

    def release(self) -> None:
        while self:
            self.pop().close()


async def _borrow(session: AsyncSession) -> PoolProxiedConnection:
    """A connection for statements run alone: one kept idle (:func:`give_back`) if it is
    still fit for use (:func:`_fit`), else the pool's."""
    idle = session.info.get(IDLE)
    while idle:
        pooled = idle.pop()
        if pooled.driver_connection.is_closed():
            pooled.invalidate()  # the server closed it: the pool opens another
        elif _fit(pooled):
            return pooled
        pooled.close()  # the pool replaces it on its next checkout
    return await session.bind.raw_connection()


def _fit(pooled: PoolProxiedConnection) -> bool:
    """What the pool checks at a checkout: not invalidated with the rest of the pool (the
    server was lost) since it connected, and not kept past the pool's recycling age."""
    pool = pooled._pool
    if pool._invalidate_time > pooled._connection_record.starttime:
        return False
    return pool._recycle < 0 or time.monotonic() - pooled.info[_KEPT_SINCE] < pool._recycle


async def fetch(
    session: AsyncSession,
    sql: str | sa.Executable,
    params: Mapping[str, Any],
    *,
    alone: bool = False,
    keep: bool = False,
) -> list[asyncpg.Record]:
    """Run ``sql`` (text with ``:name`` parameters, or a statement built once, with no
    expanding ``IN``: use ``= ANY(array)``) in the session's transaction; its rows.

    ``alone``: a statement that is a whole unit of work by itself (a read, or one write
    that must stand or fall whole) runs without BEGIN and COMMIT, two round trips fewer,
    on a pooled connection of its own, unless the session has a transaction open already,
    which it then joins. ``keep`` (with ``alone``): more statements will run alone in this
    unit of work, on the same connection, kept until the last without ``keep`` or until
    :func:`give_back`.
    """
    statement, names, own = _positional(sql)
    values = {**own, **params} if own else params
    arguments = tuple(values[name] for name in names)
    return await fetch_positional(
        session, statement, arguments, names, alone=alone, keep=keep, params=params
    )


async def fetch_positional(
    session: AsyncSession,
    statement: str,
    arguments: tuple[Any, ...],
    names: tuple[str, ...],
    *,
    alone: bool = False,
    keep: bool = False,
    params: Mapping[str, Any] | None = None,
) -> list[asyncpg.Record]:
    """:func:`fetch` of a statement already in asyncpg's ``$n`` form, with its arguments
    in order (``names``: theirs, for an error's message); for a caller that keeps the
    translated statement itself (:func:`positional`)."""
    for observer in observers:
        observer(statement, arguments)
    if params is None:
        # Named for an error's message only, when one comes.
        params = _Named(names, arguments)
    if alone and unbegun(session):
        return await _fetch_alone(session, statement, arguments, params, keep)
    connection = await _connection_for(session, alone)
    try:
        return await connection.fetch(statement, *arguments)
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
        error = _translated(exc, statement, params)
        if getattr(error, "connection_invalidated", False):
            await (await session.connection()).invalidate()
        raise error from exc


class _Named(Mapping[str, Any]):
    """Positional arguments by their names, made into a dict only if asked."""

    def __init__(self, names: tuple[str, ...], arguments: tuple[Any, ...]) -> None:
        self._names, self._arguments = names, arguments

    def _dict(self) -> dict[str, Any]:
        return dict(zip(self._names, self._arguments, strict=True))

    def __getitem__(self, name: str) -> Any:
        return self._dict()[name]

    def __iter__(self) -> Any:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def positional(sql: str) -> tuple[str, tuple[str, ...]]:
    """SQL text with ``:name`` parameters in asyncpg's ``$n`` form, and the names in that
    order (the text must carry no values of its own)."""
    statement, names, own = _positional(sql)
    if any(value is not None for value in own.values()):
        raise ValueError("the statement carries values of its own")
    return statement, names


async def execute(
    session: AsyncSession,
    sql: str | sa.Executable,
    params: Mapping[str, Any],
    *,
    alone: bool = False,
) -> None:
    """Run ``sql`` as :func:`fetch` does, for its effect only."""
    await fetch(session, sql, params, alone=alone)


async def commit(session: AsyncSession) -> bool:
    """Commit the session's transaction with asyncpg's own COMMIT when the session holds
    nothing for the ORM to flush (its writes went through :func:`execute`), or find nothing
    to commit when its statements all ran alone; False, with nothing done, when it does
    hold some, or has no transaction begun.

    The session's own commit cost more than the COMMIT itself (its flush, its transaction
    bookkeeping, the greenlet). Closing the session afterwards finds the transaction ended
    (the adapter's is discarded, as its own commit does) and sends nothing.
    """
    if session.sync_session.get_transaction() is None:
        return False
    if _holds_changes(session):
        return False
    adapter = await _adapter(session)
    if adapter._transaction is None:
        # Every statement since the last commit ran alone (``fetch(..., alone=True)``), each
        # its own transaction, already committed by PostgreSQL: there is nothing to end.
        return True
    for observer in observers:
        observer("COMMIT", ())
    try:
        await adapter._call_and_discard(adapter._transaction.commit)
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
        error = _translated(exc, "COMMIT", {})
        if getattr(error, "connection_invalidated", False):
            await (await session.connection()).invalidate()
        raise error from exc
    return True
