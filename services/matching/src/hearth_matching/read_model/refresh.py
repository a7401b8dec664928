"""Every replica's in-memory index kept in step with the read model the feed leader writes.

Only one replica (the feed leader, ``hearth_kit.leader``) applies the feeds to the read
model; every replica ranks from its own in-memory index. The leader names the records
each batch changed in a PostgreSQL ``NOTIFY`` issued inside the batch's transaction, so
it is delivered exactly when (and only if) the batch commits. Every replica ``LISTEN``s
on a connection of its own and, for each notification from another process, reads
those records' facts from the read model and puts them in its index (or drops them):
a replica's rankings reflect a change committed by the leader within milliseconds.

A replica whose listening connection fails cannot know what it missed: it forgets its
index (the next ranking reloads it from the tables) and listens again. The connection
is checked every ``CHECK_SECONDS``. On SQLite there is one process and nothing to do.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterable

import asyncpg
import sqlalchemy as sa
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_matching.models import HomeFact, PlaceFact, ReferralFact
from hearth_matching.read_model.codec import home_from_json, place_from_json, referral_from_json
from hearth_matching.read_model.index import MatchIndex

__all__ = ["CHANNEL", "IndexFollower", "announce", "index_key", "new_sender"]

log = get_logger("hearth.matching.refresh")
CHANNEL = "hearth_matching_index"
CHECK_SECONDS = 0.5
# A NOTIFY payload must stay under 8,000 bytes: keys are sent in chunks.
# PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; keep well under it.
MAX_NOTIFY_BYTES = 7_000
EVERYTHING = ("*", "")
# Records noted while the index is not loaded are kept for a load in progress, up to this.
MAX_PENDING = 50_000
# The index key of each kind of feed record: household and home are both homes.
KIND = {"referral": "referral", "household": "home", "home": "home", "vacancy": "place"}
Key = tuple[str, str]


def index_key(subject_type: str, subject_id: str) -> Key | None:
    kind = KIND.get(subject_type)
    return (kind, subject_id) if kind else None


def new_sender() -> str:
    """An id for one app's feeds and follower: its own notifications are already applied."""
    return uuid.uuid4().hex


async def announce(
    database: Database, session: AsyncSession, keys: Iterable[Key], sender: str
) -> None:
    """Name changed records to the other replicas when ``session``'s transaction commits."""
    if not database.is_postgres:
        return
    for payload in notify_payloads(sorted(set(keys)), sender):
        await session.execute(
            sa.text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": payload},
        )


def notify_payloads(keys: list[Key], sender: str) -> list[str]:
    """The notifications naming ``keys``, each under PostgreSQL's 8,000-byte payload limit."""
    payloads: list[str] = []
    chunk: list[Key] = []
    size = len(json.dumps({"from": sender, "keys": []}))
    for key in keys:
        key_size = len(json.dumps(list(key))) + 2  # and its ", " separator
        if chunk and size + key_size > MAX_NOTIFY_BYTES:
            payloads.append(json.dumps({"from": sender, "keys": chunk}))
            chunk, size = [], len(json.dumps({"from": sender, "keys": []}))
        chunk.append(key)
        size += key_size
    if chunk:
        payloads.append(json.dumps({"from": sender, "keys": chunk}))
    return payloads


class IndexFollower:
    """Listens for the leader's notifications and refreshes this replica's index."""

    def __init__(self, database: Database, index: MatchIndex, sender: str) -> None:
        self.database = database
        self.sender = sender
        self.index = index
        self.pending: set[Key] = set()
        self.refreshed = 0  # records refreshed from notifications (for tests and logs)
        self._one_at_a_time = asyncio.Lock()  # a later read of a record is applied later
        self._tasks: set[asyncio.Task[None]] = set()

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Listen until ``stop`` is set; on a lost connection forget the index and listen again."""
        if not self.database.is_postgres:
            return
        while not stop.is_set():
            try:
                await self._listen(stop)
            except Exception as exc:
                log.warning("index.listen_lost", exc_type=type(exc).__name__)
                self.index.loaded = False  # what was missed is unknown: reload on next use
            await _wait(stop, CHECK_SECONDS)

    async def _listen(self, stop: asyncio.Event) -> None:
        url = self.database.engine.url.set(drivername="postgresql")
        connection = await asyncpg.connect(url.render_as_string(hide_password=False))
        try:
            await connection.add_listener(CHANNEL, self._notified)
            self.index.loaded = False  # changes made before we listened: reload on next use
            while not stop.is_set():
                await self.refresh()
                await _wait(stop, CHECK_SECONDS)
                await connection.execute("SELECT 1")
        finally:
            await connection.close()

    def _notified(self, _connection: object, _pid: int, _channel: str, payload: str) -> None:
        message = json.loads(payload)
        if message["from"] == self.sender:
            return
        self.pending.update(tuple(key) for key in message["keys"])
        if len(self.pending) > MAX_PENDING and not self.index.loaded:
            self.pending.clear()  # an index not loaded reads every record when it is
        task = asyncio.get_running_loop().create_task(self._refresh_now())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _refresh_now(self) -> None:
        try:
            await self.refresh()
        except Exception as exc:  # kept pending: the next check tries again
            log.warning("index.refresh_failed", exc_type=type(exc).__name__)

    async def refresh(self) -> None:
        """Put the pending records' stored facts in the index (kept until it is loaded)."""
        if not self.pending or not self.index.loaded:
            return  # an index not loaded yet will read every record when it is
        async with self._one_at_a_time:
            keys, self.pending = self.pending, set()
            if EVERYTHING in keys:
                self.index.loaded = False
                return
            try:
                await self._apply(keys)
            except Exception:
                self.pending |= keys  # tried again on the next check
                raise

    async def _apply(self, keys: set[Key]) -> None:
        ids: dict[str, list[str]] = {"referral": [], "home": [], "place": []}
        for kind, record_id in keys:
            ids[kind].append(record_id)
        async with self.database.system_session("matching-index-refresh") as session:
            referrals = await _rows(session, ReferralFact, ids["referral"])
            homes = await _rows(session, HomeFact, ids["home"])
            places = await _rows(session, PlaceFact, ids["place"])
        # No await from here on: a ranking sees all of these changes or none.
        for record_id in ids["referral"]:
            row = referrals.get(record_id)
            if row is None:
                self.index.drop_referral(record_id)
            else:
                self.index.put_referral(referral_from_json(row.facts))
        for record_id in ids["home"]:
            row = homes.get(record_id)
            if row is None:
                self.index.drop_home(record_id)
            else:
                self.index.put_home(home_from_json(row.facts))
        for record_id in ids["place"]:
            row = places.get(record_id)
            if row is None:
                self.index.drop_place(record_id)
            else:
                self.index.put_place(row.home_id, place_from_json(row.facts))
        self.refreshed += len(keys)


async def _rows(session: AsyncSession, cls: type, ids: list[str]) -> dict[str, object]:
    if not ids:
        return {}
    query = sa.select(cls).where(cls.id.in_(sorted(ids)))  # type: ignore[attr-defined]
    return {row.id: row for row in await session.scalars(query)}


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
