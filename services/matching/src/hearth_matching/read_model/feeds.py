"""Following the referrals and vacancies event feeds into the read model.

Each event names a record; the handler stores the record's matching facts as its
service holds it now, read through the typed client (as this service, with a service
token). Before a batch is handled, the records it names are read with one batch read
per kind (``:batch-get``, up to 1,000 ids a call): catching up on a feed of many
thousand events costs a few calls per batch, not one GET per event. A record the
batch read could not cover is fetched alone. Each handler hands the kit's consumer the
index update to make once the batch has committed, and the kit's loop follows the
feeds (one task per feed).

A referral that is withdrawn, or that an agency closes or declines, closes that
agency's open matches for it and releases the places they hold, in the batch's
transaction (a release repeated after a rolled-back batch finds nothing held for the
referral, and is done). A place that the vacancies feed shows, at a version later than
the one a match held it at, no longer held for the match's referral (released or
deleted in vacancies) closes that match and releases its other places: a match never
claims a place it has lost.
"""

from __future__ import annotations

import asyncio
import math
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import sqlalchemy as sa
from hearth_contract.auth import Scope
from hearth_contract.clients import ReferralsClient, VacanciesClient
from hearth_contract.common import MAX_BATCH_IDS, Batch, EventPage, EventRead
from hearth_contract.problems import NotFound
from hearth_contract.referrals import ReferralStatus
from hearth_kit.bulk import insert_rows, upsert_rows
from hearth_kit.consumer import AfterCommit, EventConsumer
from hearth_kit.db import Database
from hearth_kit.logging import get_logger
from hearth_kit.peers import service_token_source
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_matching.decisions.holds import Holds
from hearth_matching.models import HomeFact, PlaceFact, ReferralFact, ReferralRecipient
from hearth_matching.read_model.codec import home_to_json, place_to_json, referral_to_json
from hearth_matching.read_model.endings import MatchEndings
from hearth_matching.read_model.index import MatchIndex
from hearth_matching.read_model.lag import FeedProgress, read_model_lag
from hearth_matching.read_model.refresh import EVERYTHING, Key, announce, index_key, new_sender
from hearth_matching.read_model.translate import (
    home_from_home,
    home_from_household,
    place_from_vacancy,
    referral_from_read,
)
from hearth_matching.settings import MatchingSettings

__all__ = ["ReadModelFeeds"]

log = get_logger("hearth.matching.feeds")
SCOPES = [Scope.EVENTS_READ, Scope.REFERRALS_READ, Scope.VACANCIES_READ]
# Events per batch: one transaction, and one batch read per kind of record it names.
FEED_BATCH = 500


def _is_uuid(raw: str) -> bool:
    try:
        uuid.UUID(raw)
    except ValueError:
        return False
    return True


class ReadModelFeeds:
    """The two consumers that keep the read model, and the index they keep in step."""

    def __init__(
        self,
        database: Database,
        settings: MatchingSettings,
        index: MatchIndex,
        referrals_http: httpx.AsyncClient,
        vacancies_http: httpx.AsyncClient,
        locate: Callable[[str], tuple[float, float] | None],
        *,
        holds: Holds | None = None,
    ) -> None:
        self.database = database
        self.index = index
        self.locate = locate
        self.poll_seconds = settings.consumer_poll_seconds
        # When each feed was last read to its end: how far behind it may be.
        self.read_to_end_at: dict[str, Any] = {"referrals": None, "vacancies": None}
        self.endings = MatchEndings(holds or Holds(vacancies_http, settings), database.clock)
        token = service_token_source(settings, SCOPES, "hearth-matching")
        self.referrals = ReferralsClient(referrals_http, token)
        self.vacancies = VacanciesClient(vacancies_http, token)
        self._fetchers: dict[str, Callable[[str], Awaitable[Any]]] = {
            "referral": self.referrals.get_referral,
            "household": self.vacancies.get_household,
            "home": self.vacancies.get_home,
            "vacancy": self.vacancies.get_vacancy,
        }
        self._batch_readers: dict[str, Callable[[list[str]], Awaitable[Batch[Any]]]] = {
            "referral": self.referrals.batch_get_referrals,
            "household": self.vacancies.batch_get_households,
            "home": self.vacancies.batch_get_homes,
            "vacancy": self.vacancies.batch_get_vacancies,
        }
        self._prefetched: dict[str, dict[Key, Any]] = {"referrals": {}, "vacancies": {}}
        # The facts each feed's current batch writes (by table, then id), written together
        # before it commits, and the agencies each of its referrals is addressed to.
        self._pending: dict[str, dict[type, dict[str, dict[str, Any]]]] = {
            "referrals": {},
            "vacancies": {},
        }
        self._recipients: dict[str, list[str]] = {}
        self.progress = {
            feed: FeedProgress(feed, database.clock) for feed in ("referrals", "vacancies")
        }
        referrals, vacancies = self.progress["referrals"], self.progress["vacancies"]
        # The index keys each feed's batch changed: named to the other replicas on commit.
        self._changed: dict[str, set[Key]] = {"referrals": set(), "vacancies": set()}
        self.sender = new_sender()  # this app's follower skips what these consumers applied
        self.consumers = [
            EventConsumer(
                "matching:referrals",
                database,
                referrals.fetching(self._referral_events),
                referrals.handling(self._noting("referrals", self._on_referral_event)),
                FEED_BATCH,
                prefetch=lambda events: self._prefetch("referrals", events),
                before_commit=lambda session: self._before_commit("referrals", session),
            ),
            EventConsumer(
                "matching:vacancies",
                database,
                vacancies.fetching(self._vacancy_events),
                vacancies.handling(self._noting("vacancies", self._on_vacancies_event)),
                FEED_BATCH,
                prefetch=lambda events: self._prefetch("vacancies", events),
                before_commit=lambda session: self._before_commit("vacancies", session),
            ),
        ]

    def _noting(self, feed: str, handle: Any) -> Any:
        """The handler, noting the index key of each event's record for the other replicas."""

        async def handled(session: AsyncSession, event: EventRead) -> AfterCommit | None:
            then = await handle(session, event)
            if (key := index_key(event.subject_type, event.subject_id)) is not None:
                self._changed[feed].add(key)
            return then

        return handled

    async def _before_commit(self, feed: str, session: AsyncSession) -> None:
        """Write the batch's facts, then name its changed records in a NOTIFY sent when
        the batch commits."""
        await self._write_pending(session, feed)
        keys, self._changed[feed] = self._changed[feed], set()
        await announce(self.database, session, keys, self.sender)

    async def _prefetch(self, feed: str, events: list[EventRead]) -> None:
        """Read the records a batch names with one batch read per kind, once each."""
        ids_by_kind: dict[str, dict[str, None]] = {}
        for event in events:
            if event.subject_type in self._batch_readers and _is_uuid(event.subject_id):
                ids_by_kind.setdefault(event.subject_type, {})[event.subject_id] = None
        prefetched: dict[Key, Any] = {}

        async def read(kind: str, ids: list[str]) -> None:
            for start in range(0, len(ids), MAX_BATCH_IDS):
                batch = await self._batch_readers[kind](ids[start : start + MAX_BATCH_IDS])
                prefetched.update({(kind, record.id): record for record in batch.items})
                prefetched.update({(kind, record_id): None for record_id in batch.missing})

        await asyncio.gather(*(read(kind, list(ids)) for kind, ids in ids_by_kind.items()))
        self._prefetched[feed] = prefetched
        self._pending[feed] = {}  # a batch rolled back leaves nothing to write
        if feed == "referrals":
            self._recipients = {}
        self.endings.new_batch(feed, sorted({i for kind, i in prefetched if kind == "referral"}))

    async def _referral_events(self, cursor: str | None, limit: int) -> EventPage:
        return self._note_end("referrals", await self.referrals.events(cursor, limit), limit)

    async def _vacancy_events(self, cursor: str | None, limit: int) -> EventPage:
        return self._note_end("vacancies", await self.vacancies.events(cursor, limit), limit)

    def _note_end(self, feed: str, page: EventPage, limit: int) -> EventPage:
        if len(page.items) < limit:
            self.read_to_end_at[feed] = self.database.clock.now()
        return page

    def retry_after_seconds(self, feed: str = "referrals") -> int:
        """A fair wait for a record not yet read: the feed's lag, at least a poll or a second."""
        read_to_end_at = self.read_to_end_at[feed]
        now = self.database.clock.now()
        behind = (now - read_to_end_at).total_seconds() if read_to_end_at is not None else 5.0
        return max(1, min(60, math.ceil(max(behind, self.poll_seconds))))

    async def _upsert(
        self, session: AsyncSession, feed: str, cls: Any, key: str, **values: Any
    ) -> None:
        """Insert or update one fact: kept until the batch's facts are written together."""
        self._pending[feed].setdefault(cls, {})[key] = {"id": key, **values}

    async def _write_pending(self, session: AsyncSession, feed: str) -> None:
        """Write the batch's facts so far: one upsert per table, then the referrals'
        recipients (one delete of the old, one insert of the new)."""
        pending, self._pending[feed] = self._pending[feed], {}
        recipients: dict[str, list[str]] = {}
        if feed == "referrals":  # the vacancies feed's batch may run meanwhile
            recipients, self._recipients = self._recipients, {}
        for cls, by_id in pending.items():
            await upsert_rows(session, cls.__table__, list(by_id.values()))
        if recipients:
            await session.execute(
                sa.delete(ReferralRecipient).where(
                    ReferralRecipient.referral_id.in_(list(recipients))
                )
            )
            rows = [
                {"referral_id": referral_id, "agency_id": agency_id}
                for referral_id, agency_ids in recipients.items()
                for agency_id in agency_ids
            ]
            await insert_rows(session, ReferralRecipient.__table__, rows)

    async def _forget(
        self, session: AsyncSession, feed: str, cls: Any, where: sa.ColumnElement[bool]
    ) -> None:
        """Delete facts, after writing those the batch changed before (in event order)."""
        await self._write_pending(session, feed)
        await session.execute(sa.delete(cls).where(where))

    async def _fetch(self, key: Key) -> Any:
        """The record as its service holds it now; None if it is gone."""
        try:
            return (await self._fetchers[key[0]](key[1])).value
        except NotFound:
            return None

    async def _record(self, feed: str, kind: str, record_id: str) -> Any:
        prefetched = self._prefetched[feed]
        if (kind, record_id) in prefetched:
            return prefetched[(kind, record_id)]
        return await self._fetch((kind, record_id))

    async def run_once(self) -> int:
        """One batch from each feed; the index is updated after each batch commits."""
        return sum([await consumer.run_once() for consumer in self.consumers])

    async def catch_up(self) -> int:
        """Batches until both feeds are read to the end."""
        total = 0
        while (handled := await self.run_once()) > 0:
            total += handled
        return total

    async def run_forever(self, stop: asyncio.Event, poll_seconds: float) -> None:
        """Follow both feeds with the kit's loop until ``stop`` is set."""
        await asyncio.gather(
            *(consumer.run_forever(poll_seconds, stop) for consumer in self.consumers)
        )

    async def lag(self):
        """How far the read model is behind each feed, probed now."""
        probes = [
            (self.progress["referrals"], "matching:referrals", self.referrals.events),
            (self.progress["vacancies"], "matching:vacancies", self.vacancies.events),
        ]
        async with self.database.system_session("matching-lag") as session:
            return await read_model_lag(session, probes, self.database.clock.now())

    async def rebuild(self) -> int:
        """Forget the read model and both cursors, then read both feeds from the start."""
        async with self.database.system_session("matching-rebuild") as session:
            async with session.begin():
                for cls in (ReferralRecipient, ReferralFact, PlaceFact, HomeFact):
                    await session.execute(sa.delete(cls))
                # Every other replica reloads (the index here is rebuilt below).
                await announce(self.database, session, [EVERYTHING], self.sender)
        for consumer in self.consumers:
            await consumer.reset()
        self.index.__init__()  # type: ignore[misc]
        self.index.loaded = True
        return await self.catch_up()

    async def _on_referral_event(
        self, session: AsyncSession, event: EventRead
    ) -> AfterCommit | None:
        if event.subject_type != "referral":
            return None
        referral_id = event.subject_id
        read = await self._record("referrals", "referral", referral_id)
        facts = referral_from_read(read, self.locate) if read is not None else None
        await self.endings.referral_changed(session, referral_id, read, facts)
        if read is None or read.status is not ReferralStatus.OPEN or not facts.agency_ids:
            self._recipients[referral_id] = []
            await self._forget(session, "referrals", ReferralFact, ReferralFact.id == referral_id)
            return lambda: self.index.drop_referral(referral_id)
        await self._upsert(
            session,
            "referrals",
            ReferralFact,
            referral_id,
            la_code=facts.la_code,
            source_version=read.version,
            facts=referral_to_json(facts),
            updated_at=self.database.clock.now(),
        )
        self._recipients[referral_id] = sorted(facts.agency_ids)
        return lambda: self.index.put_referral(facts)

    async def _on_vacancies_event(
        self, session: AsyncSession, event: EventRead
    ) -> AfterCommit | None:
        kind, record_id = event.subject_type, event.subject_id
        now = self.database.clock.now()
        if kind in ("household", "home"):
            read = await self._record("vacancies", kind, record_id)
            if read is None:
                await self._forget(session, "vacancies", PlaceFact, PlaceFact.home_id == record_id)
                await self._forget(session, "vacancies", HomeFact, HomeFact.id == record_id)
                return lambda: self.index.drop_home(record_id)
            home = home_from_household(read) if kind == "household" else home_from_home(read)
            await self._upsert(
                session,
                "vacancies",
                HomeFact,
                record_id,
                agency_id=home.agency_id,
                kind=home.kind,
                source_version=int(event.data.get("version") or 0),
                facts=home_to_json(home),
                updated_at=now,
            )
            return lambda: self.index.put_home(home)
        elif kind == "vacancy":
            vacancy = await self._record("vacancies", kind, record_id)
            await self.endings.place_changed(session, record_id, vacancy)
            if vacancy is None:
                await self._forget(session, "vacancies", PlaceFact, PlaceFact.id == record_id)
                return lambda: self.index.drop_place(record_id)
            place = place_from_vacancy(vacancy)
            home_id = vacancy.household_id or vacancy.home_id or ""
            await self._upsert(
                session,
                "vacancies",
                PlaceFact,
                record_id,
                agency_id=vacancy.agency_id,
                home_id=home_id,
                source_version=vacancy.version,
                facts=place_to_json(place),
                updated_at=now,
            )
            return lambda: self.index.put_place(home_id, place)
        return None
