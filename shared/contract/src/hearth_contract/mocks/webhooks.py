"""A respx mock of ``/v1/webhooks`` (any service), so consumers' tests never hand-write URLs.

    async def test_my_integration(respx_mock):
        hooks = register_mock_webhooks(respx_mock, "http://referrals", now=clock.now)
        ...  # code under test calls WebhooksClient(httpx.AsyncClient(base_url=...), token)
        created = next(iter(hooks.subscriptions.values()))
        headers, body = hooks.signed_delivery(created.id, payload, timestamp=clock.now())
        ...  # feed them to your receiver: it verifies them as it would Hearth's

The mock keeps subscriptions in memory, refuses the URLs a production service refuses
by their look (plain http, ``localhost``, private and loopback literal addresses; it does
not resolve names), answers 404 for what it does not know and 422 for a bad body.
Tokens are not checked. Needs the ``mock`` extra.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import secrets
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
import respx

from hearth_contract.mocks._http import json_response, parse_body, problem_response
from hearth_contract.problems import (
    Problem,
    ValidationFailed,
    WebhookDeliveryNotFound,
    WebhookSubscriptionNotFound,
    WebhookUrlRefused,
)
from hearth_contract.webhooks import (
    DeliveryList,
    DeliveryRead,
    ReplayResult,
    SubscriptionStatus,
    WebhookPayload,
    WebhookReplay,
    WebhookSecret,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreated,
    WebhookSubscriptionList,
    WebhookSubscriptionRead,
    WebhookSubscriptionUpdate,
)

__all__ = ["MockWebhooks", "register_mock_webhooks"]

_ID = r"(?P<id>[^/?]+)"
_DELIVERY = r"(?P<delivery>[^/?]+)"


def _refusal(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return "The URL must use https."
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return "The URL's host is a loopback name."
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    return None if address.is_global else "The URL's host is a private address."


class MockWebhooks:
    """The mock's state: subscriptions (with their secrets) and deliveries the test adds."""

    def __init__(self, *, now: Callable[[], datetime], service: str = "referrals") -> None:
        self.now = now
        self.service = service
        self.subscriptions: dict[str, WebhookSubscriptionRead] = {}
        self.secrets: dict[str, list[str]] = {}
        self.deliveries: dict[str, dict[str, DeliveryRead]] = {}

    def add_delivery(self, subscription_id: str, delivery: DeliveryRead) -> None:
        """A delivery the log shows (the mock delivers nothing itself)."""
        self.deliveries.setdefault(subscription_id, {})[delivery.id] = delivery

    def signed_delivery(
        self, subscription_id: str, payload: WebhookPayload, *, timestamp: datetime
    ) -> tuple[dict[str, str], bytes]:
        """Headers and body as Hearth would send ``payload``, signed to Standard Webhooks."""
        body = json.dumps(payload.model_dump(mode="json"), separators=(",", ":")).encode()
        message_id = payload.data.event_id
        stamp = str(int(timestamp.timestamp()))
        signatures = []
        for secret in self.secrets[subscription_id]:
            key = base64.b64decode(secret.removeprefix("whsec_"))
            digest = hmac.new(key, f"{message_id}.{stamp}.".encode() + body, hashlib.sha256)
            signatures.append("v1," + base64.b64encode(digest.digest()).decode())
        headers = {
            "webhook-id": message_id,
            "webhook-timestamp": stamp,
            "webhook-signature": " ".join(signatures),
            "content-type": "application/json",
        }
        return headers, body

    def _own(self, subscription_id: str) -> WebhookSubscriptionRead:
        if subscription_id not in self.subscriptions:
            raise WebhookSubscriptionNotFound()
        return self.subscriptions[subscription_id]

    def create(self, request: httpx.Request) -> WebhookSubscriptionCreated:
        body: WebhookSubscriptionCreate = parse_body(WebhookSubscriptionCreate, request)
        if (refusal := _refusal(body.url)) is not None:
            raise WebhookUrlRefused(refusal)
        now = self.now()
        read = WebhookSubscriptionRead(
            id=str(uuid.uuid4()),
            service=self.service,
            url=body.url,
            event_types=sorted(set(body.event_types)),
            contact_email=body.contact_email,
            status=SubscriptionStatus.ACTIVE,
            created_at=now,
            updated_at=now,
        )
        secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
        self.subscriptions[read.id] = read
        self.secrets[read.id] = [secret]
        return WebhookSubscriptionCreated(**read.model_dump(), secret=secret)

    def update(self, subscription_id: str, request: httpx.Request) -> WebhookSubscriptionRead:
        current = self._own(subscription_id)
        body: WebhookSubscriptionUpdate = parse_body(WebhookSubscriptionUpdate, request)
        if body.url is not None and (refusal := _refusal(body.url)) is not None:
            raise WebhookUrlRefused(refusal)
        changes = body.model_dump(exclude_none=True)
        if body.status is not None:
            paused = body.status is SubscriptionStatus.PAUSED
            changes["paused_reason"] = "tenant" if paused else None
        updated = current.model_copy(update={**changes, "updated_at": self.now()})
        self.subscriptions[subscription_id] = updated
        return updated

    def rotate(self, subscription_id: str) -> WebhookSecret:
        self._own(subscription_id)
        secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
        self.secrets[subscription_id] = [secret, self.secrets[subscription_id][0]]
        expires = self.now() + timedelta(hours=24)
        current = self.subscriptions[subscription_id]
        self.subscriptions[subscription_id] = current.model_copy(
            update={"previous_secret_expires_at": expires}
        )
        return WebhookSecret(secret=secret, previous_secret_expires_at=expires)

    def delivery(self, subscription_id: str, delivery_id: str) -> DeliveryRead:
        self._own(subscription_id)
        found = self.deliveries.get(subscription_id, {}).get(delivery_id)
        if found is None:
            raise WebhookDeliveryNotFound()
        return found

    def replay(self, subscription_id: str, request: httpx.Request) -> ReplayResult:
        self._own(subscription_id)
        body: WebhookReplay = parse_body(WebhookReplay, request)
        if body.until <= body.since:
            raise ValidationFailed("until must be after since.")
        log = self.deliveries.get(subscription_id, {}).values()
        return ReplayResult(requeued=sum(body.since <= d.occurred_at < body.until for d in log))


def register_mock_webhooks(
    respx_mock: respx.MockRouter,
    base_url: str,
    *,
    now: Callable[[], datetime],
    service: str = "referrals",
) -> MockWebhooks:
    """Route ``/v1/webhooks`` at ``base_url`` to an in-memory mock; ``now`` is the test's clock."""
    mock = MockWebhooks(now=now, service=service)
    base = re.escape(base_url.rstrip("/"))

    def route(method: str, path: str, answer: Callable[..., object], status: int = 200) -> None:
        def handler(request: httpx.Request, **ids: str) -> httpx.Response:
            try:
                result = answer(request, **ids)
            except Problem as problem:
                return problem_response(problem, request.url.path)
            if result is None:
                return httpx.Response(204)
            return json_response(result, status)  # type: ignore[arg-type]

        respx_mock.route(method=method, url__regex=f"^{base}{path}(\\?.*)?$").mock(
            side_effect=handler
        )

    route("POST", "/v1/webhooks", lambda r: mock.create(r), 201)
    route(
        "GET",
        "/v1/webhooks",
        lambda r: WebhookSubscriptionList(items=list(mock.subscriptions.values())),
    )
    route("GET", f"/v1/webhooks/{_ID}", lambda r, id: mock._own(id))
    route("PATCH", f"/v1/webhooks/{_ID}", lambda r, id: mock.update(id, r))
    route("DELETE", f"/v1/webhooks/{_ID}", lambda r, id: _delete(mock, id))
    route("POST", f"/v1/webhooks/{_ID}/rotate-secret", lambda r, id: mock.rotate(id))
    route(
        "GET",
        f"/v1/webhooks/{_ID}/deliveries",
        lambda r, id: _log(mock, id),
    )
    route(
        "GET",
        f"/v1/webhooks/{_ID}/deliveries/{_DELIVERY}",
        lambda r, id, delivery: mock.delivery(id, delivery),
    )
    route(
        "POST",
        f"/v1/webhooks/{_ID}/deliveries/{_DELIVERY}/replay",
        lambda r, id, delivery: mock.delivery(id, delivery),
        202,
    )
    route("POST", f"/v1/webhooks/{_ID}/replay", lambda r, id: mock.replay(id, r), 202)
    return mock


def _delete(mock: MockWebhooks, subscription_id: str) -> None:
    mock._own(subscription_id)
    del mock.subscriptions[subscription_id]
    mock.deliveries.pop(subscription_id, None)


def _log(mock: MockWebhooks, subscription_id: str) -> DeliveryList:
    mock._own(subscription_id)
    items = sorted(
        mock.deliveries.get(subscription_id, {}).values(), key=lambda d: d.id, reverse=True
    )
    return DeliveryList(items=items)
