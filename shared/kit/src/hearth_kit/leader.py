"""One replica runs each background loop: a PostgreSQL advisory-lock leader per loop.

A loop that must run once across replicas (a feed consumer, a reconciler) runs inside
:func:`run_as_leader`. On PostgreSQL each replica tries ``pg_try_advisory_lock(key)``
on a connection of its own, the key derived stably from the loop's name
(:func:`lock_key`). The replica that gets the lock runs the loop and checks its
connection every ``retry_seconds``; the others try again every ``retry_seconds``. The
lock is a session lock: it lives as long as the leader's connection, so a leader that
is killed (SIGKILL included: the kernel closes its socket, PostgreSQL ends the backend
and frees its locks) is replaced within ``retry_seconds`` plus one connection. A
leader whose connection fails stops its loop and becomes a follower.

Leadership guards against wasted and duplicated work, not correctness: the kit's
consumer still locks its cursor row and skips events already processed, so a loop
that briefly runs twice (a leader that has not yet noticed its lost connection) does
every event once.

On SQLite (one local process) there is nothing to elect: the loop just runs.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable

import sqlalchemy as sa
from prometheus_client import CollectorRegistry, Gauge
from sqlalchemy.ext.asyncio import AsyncConnection

from hearth_kit.db import Database
from hearth_kit.logging import get_logger

__all__ = ["Leadership", "Loop", "lock_key", "run_as_leader"]

log = get_logger("hearth.leader")
Loop = Callable[[asyncio.Event], Awaitable[None]]


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for a loop's name (the same in every process)."""
    digest = hashlib.blake2b(name.encode(), digest_size=8, person=b"hearth-leader").digest()
    return int.from_bytes(digest, "big", signed=True)


class Leadership:
    """Which loops this process leads, for /metrics and /readyz."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.leading: dict[str, bool] = {}
        self._gauge = (
            Gauge(
                "hearth_leader",
                "1 while this process leads the named background loop, else 0",
                ["loop"],
                registry=registry,
            )
            if registry is not None
            else None
        )

    def set(self, name: str, leading: bool) -> None:
        if self.leading.get(name) != leading:
            log.info("leader.changed", loop=name, leading=leading)
        self.leading[name] = leading
        if self._gauge is not None:
            self._gauge.labels(name).set(1 if leading else 0)

    def detail(self) -> dict[str, str]:
        """``{"leader:<loop>": "yes"|"no"}`` for the readiness answer."""
        return {f"leader:{n}": "yes" if on else "no" for n, on in sorted(self.leading.items())}


async def run_as_leader(
    database: Database,
    name: str,
    loop: Loop,
    stop: asyncio.Event,
    *,
    retry_seconds: float = 2.0,
    leadership: Leadership | None = None,
) -> None:
    """Run ``loop(stop_loop)`` while this process holds the loop's lock, until ``stop`` is set."""
    leadership = leadership or Leadership()
    if not database.is_postgres:
        leadership.set(name, True)
        await loop(stop)
        return
    key = lock_key(name)
    leadership.set(name, False)
    while not stop.is_set():
        try:
            await _lead_once(database, name, key, loop, stop, retry_seconds, leadership)
        except Exception as exc:  # a lost connection: follow, and try again
            # No traceback: a lost connection is expected, and rendering one takes time.
            log.warning("leader.lost", loop=name, exc_type=type(exc).__name__)
        leadership.set(name, False)
        await _wait(stop, retry_seconds)


async def _lead_once(
    database: Database,
    name: str,
    key: int,
    loop: Loop,
    stop: asyncio.Event,
    retry_seconds: float,
    leadership: Leadership,
) -> None:
    """Take the lock if free, then run the loop until stopped or the connection fails."""
    async with database.engine.connect() as raw:
        connection = await raw.execution_options(isolation_level="AUTOCOMMIT")
        if not await _try_lock(connection, key):
            return
        leadership.set(name, True)
        stop_loop = asyncio.Event()
        task = asyncio.create_task(loop(stop_loop))
        try:
            while not stop.is_set() and not task.done():
                await _wait(stop, retry_seconds)
                if not stop.is_set():
                    await connection.execute(sa.text("SELECT 1"))  # still ours?
        finally:
            stop_loop.set()
            await _finish(task, name)
        await connection.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": key})


async def _try_lock(connection: AsyncConnection, key: int) -> bool:
    query = sa.text("SELECT pg_try_advisory_lock(:key)")
    return bool((await connection.execute(query, {"key": key})).scalar_one())


async def _finish(task: asyncio.Task[None], name: str) -> None:
    """Let the loop end its current step (it watches its stop event); log how it ended."""
    try:
        await task
    except Exception as exc:
        log.error("leader.loop_failed", loop=name, exc_info=exc)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
