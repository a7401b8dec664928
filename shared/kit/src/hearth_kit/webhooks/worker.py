"""The delivery worker: a background loop in each service, safe to run on every replica.

**Fan-out** reads the outbox after its cursor (the cursor row is locked, so replicas
take turns) and writes one delivery per event and subscription that wants it.
**Delivery** claims due deliveries with ``FOR UPDATE SKIP LOCKED`` and leases them
(each the first pending one of its subject, so a subject's events arrive in order),
POSTs them concurrently with short timeouts, and records each attempt: a 2xx
delivers; anything else is retried with exponential backoff and jitter until three
days have passed (then the delivery is a dead letter, replayable); an endpoint failing
for a day is paused, with an event on the feed and a notice to the tenant.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_contract.problems import WebhookUrlRefused
from hearth_contract.webhooks import WebhookEventData, WebhookPayload
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit.clock import Clock, SystemClock
from hearth_kit.consumer import _lock_cursor, _wait
from hearth_kit.db import Database
from hearth_kit.events import emit
from hearth_kit.logging import get_logger
from hearth_kit.tables import consumer_cursors
from hearth_kit.webhooks import repository as repo
from hearth_kit.webhooks.addresses import Resolve, check_endpoint, pinned, resolve_host
from hearth_kit.webhooks.metrics import WebhookMetrics
from hearth_kit.webhooks.notify import Notifier
from hearth_kit.webhooks.rules import next_attempt_delay, wants
from hearth_kit.webhooks.signing import signed_headers

__all__ = ["FANOUT_CURSOR", "WebhookConfig", "WebhookWorker"]

log = get_logger("hearth.webhooks")
FANOUT_CURSOR = "webhooks:fan-out"
ALL_TENANT_KINDS = (CallerKind.LA, CallerKind.AGENCY, CallerKind.PARTNER)


@dataclass(frozen=True)
class WebhookConfig:
    """How a service switches webhooks on (``create_service_app(webhooks=...)``).

    ``links`` maps a subject type to the path a receiver reads it at, with
    ``{subject_id}`` (``{"referral": "/v1/referrals/{subject_id}"}``); ``tenant_kinds``
    are the callers who may subscribe here (those who can read what the events name).
    """

    links: Mapping[str, str] = field(default_factory=dict)
    tenant_kinds: tuple[CallerKind, ...] = ALL_TENANT_KINDS


@dataclass
class _Attempt:
    delivery: Mapping[str, Any]
    subscription: Mapping[str, Any]
    status_code: int | None
    duration_ms: int
    error: str | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class WebhookWorker:
    """Fans the outbox out to subscriptions and delivers, at least once, in order per subject."""

    def __init__(
        self,
        database: Database,
        settings: Any,
        config: WebhookConfig,
        metrics: WebhookMetrics,
        notifier: Notifier,
        *,
        http: httpx.AsyncClient | None = None,
        resolve: Resolve = resolve_host,
        wall_clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.database, self.settings, self.config = database, settings, config
        self.metrics, self.notifier, self.resolve = metrics, notifier, resolve
        self.service = settings.service_name
        self.http = http or httpx.AsyncClient(
            timeout=httpx.Timeout(settings.webhooks_timeout_seconds, connect=2.0),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=settings.webhooks_batch_size),
        )
        # Signatures carry real time: receivers compare it with their own clock.
        self.wall_clock = wall_clock or SystemClock()
        self.rng = rng or random.Random()  # noqa: S311 (jitter, not a secret)
        self.public_url = settings.webhooks_public_url or (
            f"http://127.0.0.1:{getattr(settings, 'port', 80)}"
        )

    async def close(self) -> None:
        await self.http.aclose()

    async def run_once(self) -> int:
        """One fan-out batch and one delivery batch; how many deliveries were attempted."""
        await self.fan_out()
        return await self.deliver()

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Fan out and deliver until ``stop`` is set; go straight on only while a batch was full.

        A steady stream of events (a referral every few milliseconds) would otherwise
        run a whole fan-out and claim cycle, several statements, for each one or two
        events: waiting a poll after a part batch lets each cycle carry many.
        """
        poll, failures = self.settings.webhooks_poll_seconds, 0
        batch = self.settings.webhooks_batch_size
        while not stop.is_set():
            try:
                fanned = await self.fan_out()
                attempted = await self.deliver()
            except Exception as exc:
                failures += 1
                log.warning("webhook.worker_failed", attempt=failures, exc_info=exc)
                await _wait(stop, min(60.0, poll * 2**failures))
                continue
            failures = 0
            if fanned < batch and attempted < batch:
                await _wait(stop, poll)

    async def fan_out(self) -> int:
        """Write the deliveries of the next outbox batch; how many events were read."""
        if not await self._outbox_moved():
            return 0
        now = self.database.clock.now()
        async with self.database.system_session(FANOUT_CURSOR) as session:
            async with session.begin():
                cursor = await _lock_cursor(session, FANOUT_CURSOR, self.database)
                subscriptions = await repo.subscriptions(session)
                if not subscriptions:
                    # Nobody to tell: step over every event behind the horizon at once
                    # rather than reading each batch (a busy intake with no subscribers
                    # paid a batch read per poll). A subscription made later starts from
                    # its own creation, as it would have anyway.
                    last = await repo.last_outbox_cursor(session)
                    if last is not None and last != cursor:
                        await self._move_cursor(session, last, now)
                    return 0
                events, next_cursor = await repo.read_outbox(
                    session, cursor, self.settings.webhooks_batch_size
                )
                if not events:
                    return 0
                give_up_at = now + timedelta(hours=self.settings.webhooks_retry_hours)
                rows = [
                    self._delivery(event, subscription, now, give_up_at)
                    for event in events
                    for subscription in subscriptions
                    if wants(subscription, event)
                ]
                await repo.insert_deliveries(session, rows)
                await self._move_cursor(session, next_cursor, now)
        return len(events)

    async def _move_cursor(self, session, cursor: str | None, now) -> None:
        await session.execute(
            consumer_cursors.update()
            .where(consumer_cursors.c.consumer == FANOUT_CURSOR)
            .values(cursor=cursor, updated_at=now)
        )

    async def _outbox_moved(self) -> bool:
        """Whether the outbox has events past the stored cursor (read without locking, so an
        idle service's poll takes no lock and, on SQLite, no write lock)."""
        async with self.database.system_session(FANOUT_CURSOR) as session:
            cursor = await session.scalar(
                sa.select(consumer_cursors.c.cursor).where(
                    consumer_cursors.c.consumer == FANOUT_CURSOR
                )
            )
            events, _ = await repo.read_outbox(session, cursor, 1)
            return bool(events)

    def _delivery(
        self, event: Mapping[str, Any], subscription: Mapping[str, Any], now, give_up_at
    ) -> dict[str, Any]:
        return {
            "subscription_id": subscription["id"],
            "event_id": event["event_id"],
            "event_type": event["type"],
            "subject_type": event["subject_type"],
            "subject_id": event["subject_id"],
            "occurred_at": event["occurred_at"],
            "payload": self.payload(event),
            "status": repo.PENDING,
            "attempts": 0,
            "next_attempt_at": now,
            "give_up_at": give_up_at,
        }

    def payload(self, event: Mapping[str, Any]) -> bytes:
        """The thin body every subscription gets for ``event``: ids, codes and a link."""
        template = self.config.links.get(event["subject_type"])
        link = (
            self.public_url.rstrip("/") + template.format(subject_id=event["subject_id"])
            if template
            else None
        )
        body = WebhookPayload(
            type=event["type"],
            timestamp=event["occurred_at"],
            data=WebhookEventData(
                event_id=str(event["event_id"]),
                service=self.service,
                subject_type=event["subject_type"],
                subject_id=event["subject_id"],
                occurred_at=event["occurred_at"],
                attributes=dict(event["data"] or {}),
                link=link,
            ),
        )
        return json.dumps(body.model_dump(mode="json"), separators=(",", ":")).encode()

    async def deliver(self) -> int:
        """Claim due deliveries, send them concurrently, record every attempt."""
        claimed, subscriptions = await self._claim()
        if not claimed:
            return 0
        outcomes = await asyncio.gather(
            *(self._attempt(d, subscriptions[d["subscription_id"]]) for d in claimed)
        )
        async with self.database.system_session("webhooks:record") as session:
            async with session.begin():
                paused = await self._record(session, outcomes)
        for subscription in paused:
            await self.notifier.subscription_paused(self.service, subscription)
        return len(claimed)

    async def _claim(self) -> tuple[list[Mapping[str, Any]], dict[uuid.UUID, Mapping[str, Any]]]:
        """Due deliveries, leased to this worker: claimed with ``SKIP LOCKED`` and made not
        due for anyone else until the lease ends, all in one short transaction. No
        transaction stays open while the endpoints answer; a worker that dies mid-send
        leaves its deliveries to be retried once the lease has passed."""
        async with self.database.system_session("webhooks:claim") as session:
            async with session.begin():
                now = self.database.clock.now()
                claimed = await repo.claim_due(session, now, self.settings.webhooks_batch_size)
                if not claimed:
                    return [], {}
                lease = timedelta(seconds=4 * self.settings.webhooks_timeout_seconds + 10)
                leased = await repo.lease(session, [d["id"] for d in claimed], now, now + lease)
                claimed = [d for d in claimed if d["id"] in leased]
                if not claimed:
                    return [], {}
                ids = list({d["subscription_id"] for d in claimed})
                subscriptions = {s["id"]: s for s in await repo.subscriptions(session, ids)}
        return claimed, subscriptions

    async def _attempt(
        self, delivery: Mapping[str, Any], subscription: Mapping[str, Any]
    ) -> _Attempt:
        started = time.perf_counter()
        status_code, error = None, None
        try:
            addresses = await check_endpoint(
                subscription["url"],
                production=self.settings.environment == "production",
                allow_private=self.settings.webhooks_allow_private_addresses,
                resolve=self.resolve,
            )
            headers = signed_headers(
                str(delivery["event_id"]),
                self.wall_clock.now(),
                delivery["payload"],
                self._secrets(subscription),
            )
            headers.update({"content-type": "application/json", "user-agent": "Hearth-Webhooks"})
            url, host, extensions = pinned(subscription["url"], addresses)
            async with self.http.stream(
                "POST",
                url,
                content=delivery["payload"],
                headers={**headers, **host},
                extensions=extensions,
            ) as response:
                status_code = response.status_code
        except WebhookUrlRefused:
            error = "address_refused"
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.HTTPError:
            error = "connect_error"
        duration_ms = round((time.perf_counter() - started) * 1000)
        return _Attempt(delivery, subscription, status_code, duration_ms, error)

    def _secrets(self, subscription: Mapping[str, Any]) -> list[str]:
        secrets = [subscription["secret"]]
        expires = subscription["previous_secret_expires_at"]
        if subscription["previous_secret"] and expires and expires > self.database.clock.now():
            secrets.append(subscription["previous_secret"])
        return secrets

    async def _record(
        self, session: AsyncSession, outcomes: Sequence[_Attempt]
    ) -> list[Mapping[str, Any]]:
        """Write each attempt and its delivery's new state; the subscriptions paused now."""
        now = self.database.clock.now()
        changes, attempt_rows = [], []
        succeeded: set[uuid.UUID] = set()
        failed: set[uuid.UUID] = set()
        for outcome in outcomes:
            delivery, count = outcome.delivery, outcome.delivery["attempts"] + 1
            attempt_rows.append(
                {
                    "delivery_id": delivery["id"],
                    "attempt": count,
                    "at": now,
                    "status_code": outcome.status_code,
                    "duration_ms": outcome.duration_ms,
                    "error": outcome.error,
                }
            )
            changes.append(self._next_state(outcome, count, now))
            (succeeded if outcome.ok else failed).add(delivery["subscription_id"])
        await repo.update_deliveries(session, changes)
        await repo.insert_attempts(session, attempt_rows)
        subscriptions = {o.subscription["id"]: o.subscription for o in outcomes}
        for subscription_id in succeeded:
            if subscriptions[subscription_id]["failing_since"] is not None:
                await repo.update_subscription(session, subscription_id, {"failing_since": None})
        return [
            paused
            for subscription_id in failed - succeeded
            if (paused := await self._note_failing(session, subscriptions[subscription_id], now))
        ]

    def _next_state(self, outcome: _Attempt, count: int, now: datetime) -> dict[str, Any]:
        delivery = outcome.delivery
        state = {
            "delivery_id": delivery["id"],
            "attempts": count,
            "last_status_code": outcome.status_code,
            "last_duration_ms": outcome.duration_ms,
            "delivered_at": None,
            "next_attempt_at": None,
        }
        if outcome.ok:
            lag = (now - delivery["occurred_at"]).total_seconds()
            self.metrics.attempted("delivered", max(0.0, lag))
            return {**state, "status": repo.DELIVERED, "delivered_at": now}
        if now >= delivery["give_up_at"]:
            self.metrics.attempted("dead")
            log.warning("webhook.dead_letter", delivery_id=delivery["id"], attempts=count)
            return {**state, "status": repo.DEAD}
        self.metrics.attempted("failed")
        retry_at = min(now + next_attempt_delay(count, self.rng), delivery["give_up_at"])
        return {**state, "status": repo.PENDING, "next_attempt_at": retry_at}

    async def _note_failing(
        self, session: AsyncSession, subscription: Mapping[str, Any], now: datetime
    ) -> Mapping[str, Any] | None:
        """Mark the subscription failing; pause it once it has failed for a day."""
        since = subscription["failing_since"]
        if since is None:
            await repo.update_subscription(session, subscription["id"], {"failing_since": now})
            return None
        if now - since < timedelta(hours=self.settings.webhooks_pause_after_hours):
            return None
        await repo.update_subscription(
            session,
            subscription["id"],
            {"status": "paused", "paused_reason": "failing", "updated_at": now},
        )
        kind, tenant = subscription["tenant_kind"], subscription["tenant"]
        await emit(
            session,
            "webhook.subscription_paused",
            subject_type="webhook_subscription",
            subject_id=str(subscription["id"]),
            la_code=tenant if kind == CallerKind.LA.value else None,
            agency_ids=[] if kind == CallerKind.LA.value else [tenant],
            data={"reason": "failing", "service": self.service},
        )
        self.metrics.paused.labels(self.service).inc()
        log.warning("webhook.paused", subscription_id=str(subscription["id"]), tenant=tenant)
        return subscription
