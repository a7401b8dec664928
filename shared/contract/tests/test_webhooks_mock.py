"""The webhooks client and mock, used the way an integrator's tests would use them."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from hearth_contract.clients import WebhooksClient
from hearth_contract.mocks.webhooks import register_mock_webhooks
from hearth_contract.problems import (
    ValidationFailed,
    WebhookDeliveryNotFound,
    WebhookSubscriptionNotFound,
    WebhookUrlRefused,
)
from hearth_contract.webhooks import (
    SubscriptionStatus,
    WebhookEventData,
    WebhookPayload,
    WebhookSubscriptionCreate,
    WebhookSubscriptionUpdate,
)
from hearth_kit.clock import TEST_NOW, SystemClock
from standardwebhooks import Webhook

BASE = "http://referrals"


@pytest.fixture
def client() -> WebhooksClient:
    return WebhooksClient(httpx.AsyncClient(base_url=BASE), "token")


def _payload() -> WebhookPayload:
    return WebhookPayload(
        type="referral.received",
        timestamp=TEST_NOW,
        data=WebhookEventData(
            event_id="7f0c1a52-0d5e-4c1e-9a57-3f1b2c0d9e11",
            service="referrals",
            subject_type="referral",
            subject_id="r1",
            occurred_at=TEST_NOW,
            link="https://hearth.example/v1/referrals/r1",
        ),
    )


class TestWebhooksMock:
    async def test_subscribe_pause_rotate_and_unsubscribe(self, client, respx_mock):
        register_mock_webhooks(respx_mock, BASE, now=lambda: TEST_NOW)
        body = WebhookSubscriptionCreate(
            url="https://case-system.example/hooks", event_types=["referral.*"]
        )

        created = await client.create(body)
        assert created.secret.startswith("whsec_")
        assert [s.id for s in await client.list()] == [created.id]
        paused = await client.update(
            created.id, WebhookSubscriptionUpdate(status=SubscriptionStatus.PAUSED)
        )
        assert paused.status is SubscriptionStatus.PAUSED
        rotated = await client.rotate_secret(created.id)
        assert rotated.previous_secret_expires_at == TEST_NOW + timedelta(hours=24)
        await client.delete(created.id)
        with pytest.raises(WebhookSubscriptionNotFound):
            await client.get(created.id)

    @pytest.mark.parametrize(
        "url", ["http://case-system.example/hooks", "https://127.0.0.1/x", "https://localhost/x"]
    )
    async def test_refuses_what_production_refuses(self, client, respx_mock, url):
        register_mock_webhooks(respx_mock, BASE, now=lambda: TEST_NOW)
        with pytest.raises(WebhookUrlRefused):
            await client.create(WebhookSubscriptionCreate(url=url, event_types=["*"]))

    async def test_a_bad_body_and_an_unknown_delivery_are_problems(self, client, respx_mock):
        register_mock_webhooks(respx_mock, BASE, now=lambda: TEST_NOW)
        created = await client.create(
            WebhookSubscriptionCreate(url="https://case-system.example/h", event_types=["*"])
        )
        with pytest.raises(WebhookDeliveryNotFound):
            await client.delivery(created.id, "12")
        with pytest.raises(ValidationFailed):
            await client.replay(created.id, TEST_NOW, TEST_NOW - timedelta(days=1))

    async def test_signed_deliveries_verify_with_standardwebhooks(self, client, respx_mock):
        hooks = register_mock_webhooks(respx_mock, BASE, now=lambda: TEST_NOW)
        created = await client.create(
            WebhookSubscriptionCreate(url="https://case-system.example/h", event_types=["*"])
        )
        await client.rotate_secret(created.id)
        # The receiver checks the timestamp against the real time, as it would in production.
        headers, body = hooks.signed_delivery(created.id, _payload(), timestamp=SystemClock().now())

        assert len(headers["webhook-signature"].split(" ")) == 2
        verified = Webhook(created.secret).verify(body, headers)
        assert verified["data"]["subject_id"] == "r1"
