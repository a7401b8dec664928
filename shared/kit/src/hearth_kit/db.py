"""Database access: engines, the unit of work, tenant isolation and read/write audit.

Tenant isolation lives here, once: every ORM SELECT/UPDATE/DELETE against a
:class:`TenantScoped` class gets that class's tenant criteria for the session's
principal. A session with no principal sees nothing (deny by default) unless it
was opened as a named system session (event consumers, seeding), or one statement
says why it must see across tenants (``execution_options(system_reason=...)``).
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from sqlalchemy import event, false
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlalchemy.orm.instrumentation import manager_of_class
from sqlalchemy.pool import AsyncAdaptedQueuePool, QueuePool

from hearth_kit import driver
from hearth_kit.bulk import ON_POSTGRES, TableRows, insert_rows
from hearth_kit.clock import Clock, SystemClock
from hearth_kit.context import current_request_id
from hearth_kit.ids import new_id
from hearth_kit.logging import get_logger
from hearth_kit.tables import audit_log

if TYPE_CHECKING:
    from hearth_kit.auth import Principal

Instance = TypeVar("Instance")

__all__ = [
    "Audited",
    "Database",
    "KeepingPool",
    "TenantScoped",
    "UnitOfWork",
    "audit_actor",
    "audit_rows",
    "create_engine",
    "gathered_audit",
    "new_id",
    "record_audit",
    "unsaved",
]


_log = get_logger("hearth.db")
# How long a SQLite writer waits for the file's lock before answering 503.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def unsaved(cls: type[Instance], **values: Any) -> Instance:
    """An instance of the mapped class ``cls`` holding ``values``, as a loaded one would,
    built without the ORM's attribute events: for rows a repository inserts itself
    (:func:`hearth_kit.bulk.insert_together`), that no session ever holds.

    Built by its constructor, each attribute set is an instrumented change for a flush
    that never comes: a referral and its recipients cost about three times as much that
    way. Column defaults do not apply; give every value the insert needs.
    """
    instance = _instance_maker(cls)()
    instance.__dict__.update(values)
    return instance


@cache
def _instance_maker(cls: type[Instance]) -> Callable[[], Instance]:
    """What makes a bare instance of ``cls`` (its mappers configured first, once)."""
    if not sa.inspect(cls).configured:
        sa.orm.configure_mappers()
    return manager_of_class(cls).new_instance


class TenantScoped:
    """Mixin for ORM classes holding tenant data. Subclasses say who may see a row."""

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        raise NotImplementedError


class Audited:
    """Mixin for ORM classes holding a child's record: every load and change is audited."""

    __audit_type__: ClassVar[str]

    def audit_id(self) -> str:
        return str(self.id)  # type: ignore[attr-defined]


def create_engine(url: str, *, pool_size: int = 10, echo: bool = False) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.close()

        return engine
    # As many connections at most as before (``pool_size`` plus as many again), every one
    # kept once opened: an overflow connection was closed when given back to a full pool,
    # and under load the pool opened and closed several a second, each a new PostgreSQL
    # backend (its start, authentication and catalogue caches) and asyncpg's and
    # SQLAlchemy's first-connect queries: 375 sessions in 20 s of referrals under wrk.
    engine = create_async_engine(
        url,
        echo=echo,
        pool_size=2 * pool_size,
        max_overflow=0,
        pool_recycle=1800,
        poolclass=KeepingPool,
    )
    event.listen(engine.sync_engine, "checkout", _refuse_closed_connection)
    return engine


class KeepingPool(AsyncAdaptedQueuePool):
    """SQLAlchemy's pool for an async engine that takes back a connection kept idle for
    statements run alone (``idle``, :class:`hearth_kit.driver.IdleConnections`) when a
    checkout finds none free, rather than wait for one.

    The pool counts a connection kept idle as checked out. Without this, a database kept
    at most a quarter of its pool idle, so that its sessions always found one; under
    wrk's 16 connections (pool of 20) three requests in ten then found none kept and took
    the pool's slower way (a greenlet, the checkout, its events, and the check-in after),
    about 100 k instructions each. With it every connection not in use may stand idle.
    """

    idle: driver.IdleConnections | None = None

    def _do_get(self) -> Any:
        idle = self.idle
        if idle and self._pool.empty() and self._overflow >= self._max_overflow:
            # Every connection is made and none is free: one kept idle goes back to the
            # queue (it holds no transaction: its statements each stood alone) for the
            # checkout below; the checkout replaces it if it is past its age or closed.
            idle.pop().close()
        return super()._do_get()

    def recreate(self) -> KeepingPool:
        pool = super().recreate()
        pool.idle = self.idle
        return pool


def _refuse_closed_connection(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Replace a pooled connection the server has closed (a restart, a killed backend).

    This is what ``pool_pre_ping`` is for, without its three round trips per checkout
    (BEGIN, a ping, ROLLBACK): asyncpg notices a closed socket by itself. A connection
    lost silently is refused by its first statement; that request answers 503 with
    Retry-After, the pool is invalidated, and the retry gets a fresh connection.
    """
    is_closed = getattr(getattr(dbapi_connection, "driver_connection", None), "is_closed", None)
    if is_closed is not None and is_closed():
        raise DisconnectionError("the server closed this pooled connection")


class Database:
    """One service's database: its engine, session factory and clock."""

    def __init__(self, engine: AsyncEngine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock = clock or SystemClock()
        self.sessionmaker = async_sessionmaker(engine, expire_on_commit=False, autoflush=True)
        # Connections kept idle for statements run alone (the driver's): as many as the
        # pool has when it takes them back whenever it has none free (KeepingPool, one
        # database's list per pool), else a quarter of it at most, so that sessions
        # always find one.
        pool = engine.sync_engine.pool
        if isinstance(pool, KeepingPool) and pool.idle is None:
            self.idle = driver.IdleConnections(pool.size())
            pool.idle = self.idle
        else:
            self.idle = driver.IdleConnections(
                pool.size() // 4 if isinstance(pool, QueuePool) else 0
            )
        _install_listeners(self.sessionmaker.class_.sync_session_class)

    @cached_property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"  # asked on every request

    def session(self, principal: Principal | None) -> AsyncSession:
        session = self.sessionmaker()
        session.info["principal"] = principal
        session.info["clock"] = self.clock
        session.info[driver.IDLE] = self.idle
        session.info[ON_POSTGRES] = self.is_postgres
        return session

    @asynccontextmanager
    async def system_session(self, purpose: str) -> AsyncIterator[AsyncSession]:
        """A session that bypasses tenant scoping, for work no caller asked for."""
        session = self.sessionmaker()
        session.info["system"] = purpose
        session.info["clock"] = self.clock
        try:
            yield session
        finally:
            driver.give_back(session)
            await session.close()

    async def can_write(self, timeout_seconds: float) -> bool:
        """Whether a write could start within ``timeout_seconds`` (readiness).

        A ``SELECT 1`` answers while SQLite's file is write-locked or PostgreSQL is a
        read-only standby; this takes SQLite's write lock (``BEGIN IMMEDIATE``) or a
        PostgreSQL transaction id on a primary, then rolls back. Nothing is written.
        """
        try:
            async with asyncio.timeout(timeout_seconds + 1):
                async with self.engine.connect() as connection:
                    if self.is_postgres:
                        return await _postgres_can_write(connection, timeout_seconds)
                    return await _sqlite_can_write(connection, timeout_seconds)
        except Exception:  # any failure to write in time means: not ready
            return False

    async def dispose(self) -> None:
        self.idle.release()  # the pool closes only the connections it holds
        await self.engine.dispose()


async def _postgres_can_write(connection: AsyncConnection, timeout_seconds: float) -> bool:
    await connection.execute(
        sa.text(f"SET LOCAL statement_timeout = {int(timeout_seconds * 1000)}")
    )
    in_recovery = await connection.scalar(sa.text("SELECT pg_is_in_recovery()"))
    if in_recovery:
        return False
    await connection.scalar(sa.text("SELECT txid_current()"))
    await connection.rollback()
    return True


async def _sqlite_can_write(connection: AsyncConnection, timeout_seconds: float) -> bool:
    await connection.exec_driver_sql(f"PRAGMA busy_timeout={int(timeout_seconds * 1000)}")
    try:
        await connection.exec_driver_sql("BEGIN IMMEDIATE")
        await connection.exec_driver_sql("ROLLBACK")
    finally:
        await connection.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    return True


_installed: set[type] = set()


def _install_listeners(session_class: type[Session]) -> None:
    if session_class in _installed:
        return
    _installed.add(session_class)
    event.listen(session_class, "do_orm_execute", _apply_tenant_scope)
    event.listen(session_class, "after_flush", _audit_changes)
    event.listen(session_class, "after_transaction_create", _before_own_connection)
    if not event.contains(Audited, "load", _audit_load):
        event.listen(Audited, "load", _audit_load, propagate=True)


def _before_own_connection(session: Session, transaction: Any) -> None:
    """A session beginning its transaction (it takes a connection next) first gives back
    the connection its statements run alone had borrowed (``hearth_kit.driver``)."""
    if transaction.parent is None:
        driver.give_back(session)


_SCOPED_BY_REGISTRY: dict[Any, list[type]] = {}


def _tenant_scoped_classes(state: ORMExecuteState) -> list[type]:
    """The tenant-scoped classes of the registry the statement's entities belong to.

    A statement with no ORM entities (plain Core) has nothing the criteria could attach
    to: tenant tables are always read through their ORM classes.
    """
    mapper = state.bind_mapper  # cheap; all_mappers walks the whole statement
    if mapper is None:
        mappers = state.all_mappers
        if not mappers:
            return []
        mapper = mappers[0]
    registry = mapper.registry
    classes = _SCOPED_BY_REGISTRY.get(registry)
    if classes is None:
        classes = [m.class_ for m in registry.mappers if issubclass(m.class_, TenantScoped)]
        _SCOPED_BY_REGISTRY[registry] = classes
    return classes


def _apply_tenant_scope(state: ORMExecuteState) -> None:
    if not (state.is_select or state.is_update or state.is_delete):
        return
    if state.session.info.get("system") or state.execution_options.get("system_reason"):
        return
    principal: Principal | None = state.session.info.get("principal")
    if principal is not None and principal.kind is CallerKind.SERVICE:
        return
    classes = _tenant_scoped_classes(state)
    if classes:
        state.statement = _scoped(state.statement, _scope_options(tuple(classes), principal))


# Statements built once (a repository's module constants) keep their scoped copy for each
# caller, so SQLAlchemy computes the copy's cache key once, not on every execution (it
# walks the statement and every criteria option: about half a millisecond for a union).
# Held weakly: a statement built for one request takes its copies with it.
_SCOPED: weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], Any]] = weakref.WeakKeyDictionary()
_SCOPED_PER_STATEMENT = 256


def _scoped(statement: Any, options: tuple[Any, ...]) -> Any:
    copies = _SCOPED.get(statement)
    if copies is None:
        copies = _SCOPED[statement] = {}
    scoped = copies.get(options)
    if scoped is None:
        if len(copies) >= _SCOPED_PER_STATEMENT:
            copies.clear()
        scoped = copies[options] = statement.options(*options)
    return scoped


@lru_cache(maxsize=4096)
def _scope_options(classes: tuple[type, ...], principal: Principal | None) -> tuple[Any, ...]:
    """The loader-criteria options for one caller, built once and reused for every statement."""
    return tuple(
        with_loader_criteria(
            cls,
            cls.tenant_criteria(principal) if principal is not None else false(),
            include_aliases=True,
        )
        for cls in classes
    )


def _audit_entries(session: Session) -> dict[tuple[str, str, str], None]:
    return session.info.setdefault("audit", {})


def record_audit(session: AsyncSession, action: str, record_type: str, record_id: str) -> None:
    """Note an audit row for a change made without the ORM unit of work (a bulk statement)."""
    _audit_entries(session.sync_session)[(action, record_type, record_id)] = None


def _audit_load(target: Audited, context: Any) -> None:
    _audit_entries(context.session)[("read", target.__audit_type__, target.audit_id())] = None


def _audit_changes(session: Session, _flush_context: Any) -> None:
    entries = _audit_entries(session)
    for obj in session.new:
        if isinstance(obj, Audited):
            entries[("create", obj.__audit_type__, obj.audit_id())] = None
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj):
            entries[("update", obj.__audit_type__, obj.audit_id())] = None


def audit_actor(session: AsyncSession) -> dict[str, Any]:
    """Who is acting in this session, and when: the columns every audit row of it shares."""
    principal: Principal | None = session.info.get("principal")
    clock: Clock = session.info["clock"]
    return {
        "at": clock.now(),
        "actor_kind": principal.kind.value if principal else "system",
        "actor_tenant": principal.tenant if principal else None,
        "actor_subject": principal.subject if principal else str(session.info.get("system")),
        "client_id": principal.client_id if principal else "hearth",
        "request_id": current_request_id(),
    }


def audit_rows(session: AsyncSession, entries: Iterable[tuple[str, str, str]]) -> TableRows:
    """Audit rows of (action, record type, record id) by this session's actor, now.

    For changes written with :func:`hearth_kit.bulk.insert_together`, in the same
    statement (``record_audit`` would add one more statement at commit).
    """
    actor = audit_actor(session)
    rows = [
        {"action": action, "record_type": record_type, "record_id": record_id, **actor}
        for action, record_type, record_id in entries
    ]
    return TableRows(audit_log, rows)


def gathered_audit(session: AsyncSession) -> list[tuple[str, str, str]]:
    """Take the audit rows (action, record type, record id) this session has gathered so
    far (its reads, mostly), for a request's last statement to write with its own
    (:func:`audit_rows`): the commit then has none left to add, one statement less."""
    return list(session.info.pop("audit", None) or ())


async def write_audit(session: AsyncSession) -> None:
    """Append the audit rows gathered in this session (called once, at commit)."""
    entries = session.info.pop("audit", None)
    if not entries:
        return
    await insert_rows(session, audit_log, audit_rows(session, entries).rows)


def _nothing_begun(session: AsyncSession) -> bool:
    """Whether ``session`` has begun no transaction and has nothing to write (no change to
    flush, no audit row gathered)."""
    return driver.unbegun(session) and not session.info.get("audit")


class UnitOfWork:
    """One request's transaction: opened on first use, committed once, with its audit rows.

    A change already made in another service, that this transaction only records, can
    register its undo with :meth:`undo_unless_committed`: it runs if the transaction ends
    without committing (the handler failed after the call, or the commit itself failed).
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self._session: AsyncSession | None = None
        self._undo: list[Callable[[], Awaitable[None]]] = []
        self.principal: Principal | None = None
        self.committed = False
        self.denials: list[tuple[str, str, str]] = []

    @property
    def database(self) -> Database:
        return self._database

    @property
    def started(self) -> bool:
        return self._session is not None

    def session(self) -> AsyncSession:
        if self._session is None:
            self._session = self._database.session(self.principal)
        return self._session

    def bind_principal(self, principal: Principal) -> None:
        self.principal = principal
        if self._session is not None:
            self._session.info["principal"] = principal

    async def commit(self) -> None:
        if self._session is None or self.committed:
            return
        session = self._session
        if _nothing_begun(session):
            # Its statements, if any, each stood alone (hearth_kit.driver): already committed.
            self.committed = True
            return
        # A request whose writes all went through the driver, and that gathered no audit rows
        # for the commit to add, commits there: the ORM's commit would find nothing to flush.
        on_driver = self.database.is_postgres and not session.info.get("audit")
        if not (on_driver and await driver.commit(session)):
            await session.flush()
            await write_audit(session)
            await session.commit()
        self.committed = True

    async def rollback(self) -> None:
        """Undo everything this unit of work wrote so far; it can then read afresh."""
        if self._session is not None:
            self._session.info.pop("audit", None)
            await self._session.rollback()

    def undo_unless_committed(self, undo: Callable[[], Awaitable[None]]) -> None:
        """Run ``undo`` when this unit of work closes without having committed."""
        self._undo.append(undo)

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            self.denials.extend(session.info.pop("security_denials", []))
            driver.give_back(session.sync_session)
            sync_session = session.sync_session
            if sync_session.get_transaction() is None:
                # Began no transaction (its statements stood alone): it holds no connection,
                # so closing it awaits nothing, and needs no greenlet; holding no object
                # either (a request whose rows went through the driver), it has nothing to
                # let go of, and is simply dropped.
                if sync_session.identity_map or sync_session._new or sync_session._deleted:
                    sync_session.close()
            else:
                await session.close()
            session.info.clear()
        undo, self._undo = self._undo, []
        if self.committed:
            return
        for action in reversed(undo):
            try:
                await action()
            except Exception as exc:  # the undo is best effort; it says what it left behind
                _log.error("unit_of_work.undo_failed", exc_info=exc)
