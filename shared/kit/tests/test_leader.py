"""One replica runs each background loop (hearth_kit.leader): two "processes" (two
engines) on one PostgreSQL database, and SQLite, where the loop just runs."""

from __future__ import annotations

import asyncio
import uuid

import sqlalchemy as sa
from hearth_kit.db import Database, create_engine
from hearth_kit.leader import Leadership, lock_key, run_as_leader
from hearth_kit.testing import postgres_server_url
from prometheus_client import CollectorRegistry, generate_latest

RETRY = 0.2


def _database() -> Database:
    url = sa.engine.make_url(postgres_server_url()).set(drivername="postgresql+asyncpg")
    return Database(create_engine(url.render_as_string(hide_password=False), pool_size=2))


class Replica:
    """One process's view: its database engine, its leadership, the loop's runs."""

    def __init__(self, name: str) -> None:
        self.database = _database()
        self.registry = CollectorRegistry()
        self.leadership = Leadership(self.registry)
        self.running = False
        self.started = 0
        self.stop = asyncio.Event()
        self.task = asyncio.create_task(
            run_as_leader(
                self.database,
                name,
                self.loop,
                self.stop,
                retry_seconds=RETRY,
                leadership=self.leadership,
            )
        )

    async def loop(self, stop: asyncio.Event) -> None:
        self.running, self.started = True, self.started + 1
        try:
            await stop.wait()
        finally:
            self.running = False

    async def close(self) -> None:
        self.stop.set()
        await self.task
        await self.database.dispose()


async def _until(probe, within: float = 5.0) -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not probe():
        assert loop.time() - start < within, "not within the bound"
        await asyncio.sleep(0.01)
    return loop.time() - start


def test_the_key_is_stable_and_differs_per_loop():
    assert lock_key("matching:referrals") == lock_key("matching:referrals")
    assert lock_key("matching:referrals") != lock_key("matching:vacancies")
    assert -(2**63) <= lock_key("x") < 2**63


async def test_one_of_two_replicas_leads_and_a_lost_leader_is_replaced_within_the_bound():
    name = f"test-loop-{uuid.uuid4().hex}"
    first = Replica(name)
    await _until(lambda: first.running)
    second = Replica(name)
    await asyncio.sleep(RETRY * 3)
    assert (first.running, second.running) == (True, False)
    assert b'hearth_leader{loop="%s"} 1.0' % name.encode() in generate_latest(first.registry)
    assert first.leadership.detail() == {f"leader:{name}": "yes"}
    assert second.leadership.detail() == {f"leader:{name}": "no"}

    # The leader's connection is cut (as when its process is killed): PostgreSQL frees the lock.
    async with _database().engine.connect() as admin:
        await admin.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks"
                " WHERE locktype = 'advisory' AND objid = (:key & 4294967295)::oid"
                " AND classid = ((:key >> 32) & 4294967295)::oid"
            ),
            {"key": lock_key(name)},
        )
        await admin.commit()
    handed_over = await _until(lambda: second.running and not first.running)
    assert handed_over < RETRY * 3 + 1
    assert second.leadership.leading[name] and not first.leadership.leading[name]
    await asyncio.sleep(RETRY * 3)
    assert not first.running, "the old leader follows until the lock is free again"

    await second.close()  # a clean stop unlocks at once
    await _until(lambda: first.running, within=RETRY * 3 + 1)
    assert first.started == 2
    await first.close()


async def test_on_sqlite_the_loop_just_runs(tmp_path):
    database = Database(create_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"))
    leadership, stop, ran = Leadership(), asyncio.Event(), []

    async def loop(stopping: asyncio.Event) -> None:
        ran.append(True)
        await stopping.wait()

    task = asyncio.create_task(run_as_leader(database, "local", loop, stop, leadership=leadership))
    await _until(lambda: ran)
    assert leadership.detail() == {"leader:local": "yes"}
    stop.set()
    await task
    await database.dispose()
