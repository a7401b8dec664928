"""Managing a tenant's subscriptions, reading their delivery log, replaying deliveries."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from hearth_contract.problems import (
    ValidationFailed,
    WebhookDeliveryNotFound,
    WebhookSubscriptionNotFound,
)
from hearth_contract.webhooks import (
    DeliveryAttemptRead,
    DeliveryList,
    DeliveryRead,
    ReplayResult,
    SubscriptionStatus,
    WebhookReplay,
    WebhookSecret,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreated,
    WebhookSubscriptionRead,
    WebhookSubscriptionUpdate,
)
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit.auth import Principal
from hearth_kit.logging import get_logger
from hearth_kit.webhooks import repository as repo
from hearth_kit.webhooks.addresses import Resolve, check_endpoint
from hearth_kit.webhooks.signing import new_secret

__all__ = ["WebhookService"]

log = get_logger("hearth.webhooks")


class WebhookService:
    """One caller's subscriptions in one service; another tenant's are never found."""

    def __init__(
        self, session: AsyncSession, principal: Principal, settings: Any, resolve: Resolve
    ) -> None:
        self.session, self.settings, self.resolve = session, settings, resolve
        self.kind, self.tenant = principal.kind.value, principal.tenant or ""
        self.now = session.info["clock"].now()

    async def create(self, body: WebhookSubscriptionCreate) -> WebhookSubscriptionCreated:
        """Subscribe an endpoint; the secret is in this answer only."""
        await self._check(body.url)
        values = {
            "id": uuid.uuid4(),
            "tenant_kind": self.kind,
            "tenant": self.tenant,
            "url": body.url,
            "event_types": sorted(set(body.event_types)),
            "contact_email": body.contact_email,
            "secret": new_secret(),
            "status": SubscriptionStatus.ACTIVE.value,
            "created_at": self.now,
            "updated_at": self.now,
        }
        await repo.insert_subscription(self.session, values)
        log.info("webhook.subscribed", subscription_id=str(values["id"]), tenant=self.tenant)
        row = {**values, "previous_secret_expires_at": None, "paused_reason": None}
        return WebhookSubscriptionCreated(**self._read(row).model_dump(), secret=values["secret"])

    async def list(self) -> list[WebhookSubscriptionRead]:
        """The caller's subscriptions, oldest first."""
        rows = await repo.subscriptions_of(self.session, self.kind, self.tenant)
        return [self._read(row) for row in rows]

    async def get(self, subscription_id: uuid.UUID) -> WebhookSubscriptionRead:
        return self._read(await self._own(subscription_id))

    async def update(
        self, subscription_id: uuid.UUID, body: WebhookSubscriptionUpdate
    ) -> WebhookSubscriptionRead:
        """Change the URL, types, contact or status; resuming clears the failing mark."""
        row = await self._own(subscription_id, lock=True)
        values: dict[str, Any] = {"updated_at": self.now}
        if body.url is not None:
            await self._check(body.url)
            values["url"] = body.url
        if body.event_types is not None:
            values["event_types"] = sorted(set(body.event_types))
        if body.contact_email is not None:
            values["contact_email"] = body.contact_email
        if body.status is not None and body.status.value != row["status"]:
            values["status"] = body.status.value
            paused = body.status is SubscriptionStatus.PAUSED
            values["paused_reason"] = "tenant" if paused else None
            values["failing_since"] = None
        await repo.update_subscription(self.session, subscription_id, values)
        return self._read({**row, **values})

    async def delete(self, subscription_id: uuid.UUID) -> None:
        """Unsubscribe: the subscription and its delivery log go."""
        await self._own(subscription_id, lock=True)
        await repo.delete_subscription(self.session, subscription_id)

    async def rotate_secret(self, subscription_id: uuid.UUID) -> WebhookSecret:
        """A new secret; the old one keeps signing too for the overlap."""
        row = await self._own(subscription_id, lock=True)
        expires = self.now + timedelta(hours=self.settings.webhooks_secret_overlap_hours)
        secret = new_secret()
        await repo.update_subscription(
            self.session,
            subscription_id,
            {
                "secret": secret,
                "previous_secret": row["secret"],
                "previous_secret_expires_at": expires,
                "updated_at": self.now,
            },
        )
        return WebhookSecret(secret=secret, previous_secret_expires_at=expires)

    async def deliveries(
        self, subscription_id: uuid.UUID, status: str | None, after: int | None, limit: int
    ) -> DeliveryList:
        """The delivery log, newest first."""
        await self._own(subscription_id)
        rows = await repo.deliveries_of(self.session, subscription_id, status, after, limit)
        items = [_delivery(row) for row in rows]
        return DeliveryList(items=items, next_cursor=items[-1].id if len(items) == limit else None)

    async def delivery(self, subscription_id: uuid.UUID, delivery_id: int) -> DeliveryRead:
        """One delivery with every attempt."""
        await self._own(subscription_id)
        row = await repo.delivery_of(self.session, subscription_id, delivery_id)
        if row is None:
            raise WebhookDeliveryNotFound()
        log_rows = await repo.attempts_of(self.session, delivery_id)
        return _delivery(row, [DeliveryAttemptRead.model_validate(a) for a in log_rows])

    async def replay_delivery(self, subscription_id: uuid.UUID, delivery_id: int) -> DeliveryRead:
        """Send one delivery again (the same webhook-id), however it ended."""
        await self._own(subscription_id)
        requeued = await repo.requeue(
            self.session, subscription_id, self.now, self._give_up_at(), delivery_id=delivery_id
        )
        if not requeued:
            raise WebhookDeliveryNotFound()
        return await self.delivery(subscription_id, delivery_id)

    async def replay_range(self, subscription_id: uuid.UUID, body: WebhookReplay) -> ReplayResult:
        """Send again every delivery whose event occurred in [since, until)."""
        if body.until <= body.since:
            raise ValidationFailed("until must be after since.")
        await self._own(subscription_id)
        count = await repo.requeue(
            self.session,
            subscription_id,
            self.now,
            self._give_up_at(),
            since=body.since,
            until=body.until,
        )
        return ReplayResult(requeued=count)

    def _give_up_at(self):
        return self.now + timedelta(hours=self.settings.webhooks_retry_hours)

    async def _check(self, url: str) -> None:
        await check_endpoint(
            url,
            production=self.settings.environment == "production",
            allow_private=self.settings.webhooks_allow_private_addresses,
            resolve=self.resolve,
        )

    async def _own(self, subscription_id: uuid.UUID, *, lock: bool = False) -> Mapping[str, Any]:
        row = await repo.subscription_of(
            self.session, self.kind, self.tenant, subscription_id, lock=lock
        )
        if row is None:
            raise WebhookSubscriptionNotFound()
        return row

    def _read(self, row: Mapping[str, Any]) -> WebhookSubscriptionRead:
        return WebhookSubscriptionRead(
            id=str(row["id"]),
            service=self.settings.service_name,
            url=row["url"],
            event_types=list(row["event_types"]),
            contact_email=row["contact_email"],
            status=row["status"],
            paused_reason=row["paused_reason"],
            failing_since=row.get("failing_since"),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            previous_secret_expires_at=row["previous_secret_expires_at"],
        )


def _delivery(row: Mapping[str, Any], log_rows: list[DeliveryAttemptRead] | None = None):
    return DeliveryRead(
        id=str(row["id"]),
        webhook_id=str(row["event_id"]),
        event_id=str(row["event_id"]),
        event_type=row["event_type"],
        subject_type=row["subject_type"],
        subject_id=row["subject_id"],
        occurred_at=row["occurred_at"],
        status=row["status"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        delivered_at=row["delivered_at"],
        last_status_code=row["last_status_code"],
        last_duration_ms=row["last_duration_ms"],
        log=log_rows,
    )
