"""A client for ``/v1/webhooks``, which every Hearth service serves (scope ``webhooks:manage``).

An LA's case system or a partner subscribes with its own token to the service whose
events it wants (referrals, vacancies, matching), keeps the secret it is given, and
verifies each delivery with ``standardwebhooks.Webhook(secret).verify(body, headers)``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from hearth_contract.clients.base import BaseClient, request_json
from hearth_contract.webhooks import (
    DeliveryList,
    DeliveryRead,
    DeliveryStatus,
    ReplayResult,
    WebhookReplay,
    WebhookSecret,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreated,
    WebhookSubscriptionList,
    WebhookSubscriptionRead,
    WebhookSubscriptionUpdate,
)

__all__ = ["WebhooksClient"]


def _path(subscription_id: str, suffix: str = "") -> str:
    return f"/v1/webhooks/{quote(subscription_id, safe='')}{suffix}"


class WebhooksClient(BaseClient):
    """Manages the caller's own webhook subscriptions on one service."""

    async def create(self, body: WebhookSubscriptionCreate) -> WebhookSubscriptionCreated:
        """Subscribe an endpoint; keep the ``secret`` in the answer (it is shown once)."""
        response = await self._request("POST", "/v1/webhooks", json=request_json(body))
        return self._parse(WebhookSubscriptionCreated, response)

    async def list(self) -> list[WebhookSubscriptionRead]:
        """The caller's subscriptions."""
        response = await self._request("GET", "/v1/webhooks")
        return self._parse(WebhookSubscriptionList, response).items

    async def get(self, subscription_id: str) -> WebhookSubscriptionRead:
        response = await self._request("GET", _path(subscription_id))
        return self._parse(WebhookSubscriptionRead, response)

    async def update(
        self, subscription_id: str, body: WebhookSubscriptionUpdate
    ) -> WebhookSubscriptionRead:
        """Change the URL, event types or contact; pause or resume."""
        response = await self._request("PATCH", _path(subscription_id), json=request_json(body))
        return self._parse(WebhookSubscriptionRead, response)

    async def delete(self, subscription_id: str) -> None:
        await self._request("DELETE", _path(subscription_id))

    async def rotate_secret(self, subscription_id: str) -> WebhookSecret:
        """A new secret; the old one also signs until ``previous_secret_expires_at``."""
        response = await self._request("POST", _path(subscription_id, "/rotate-secret"))
        return self._parse(WebhookSecret, response)

    async def deliveries(
        self,
        subscription_id: str,
        *,
        status: DeliveryStatus | None = None,
        after: str | None = None,
        limit: int = 100,
    ) -> DeliveryList:
        """The delivery log, newest first; pass ``next_cursor`` back as ``after``."""
        params: dict[str, Any] = {"limit": limit}
        if status is not None:
            params["status"] = status.value
        if after is not None:
            params["after"] = after
        response = await self._request("GET", _path(subscription_id, "/deliveries"), params=params)
        return self._parse(DeliveryList, response)

    async def delivery(self, subscription_id: str, delivery_id: str) -> DeliveryRead:
        """One delivery, with every attempt."""
        path = _path(subscription_id, f"/deliveries/{quote(delivery_id, safe='')}")
        return self._parse(DeliveryRead, await self._request("GET", path))

    async def replay_delivery(self, subscription_id: str, delivery_id: str) -> DeliveryRead:
        """Send one delivery again, with its webhook-id."""
        path = _path(subscription_id, f"/deliveries/{quote(delivery_id, safe='')}/replay")
        return self._parse(DeliveryRead, await self._request("POST", path))

    async def replay(self, subscription_id: str, since: datetime, until: datetime) -> int:
        """Send again every delivery whose event occurred in [since, until); how many."""
        body = request_json(WebhookReplay(since=since, until=until))
        response = await self._request("POST", _path(subscription_id, "/replay"), json=body)
        return self._parse(ReplayResult, response).requeued
