"""``/v1/webhooks``: a tenant manages its own subscriptions with its own token."""

# No `from __future__ import annotations`: FastAPI must see the local aliases as objects.

import uuid
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import (
    Forbidden,
    Unauthorized,
    ValidationFailed,
    WebhookDeliveryNotFound,
    WebhookSubscriptionNotFound,
    WebhookUrlRefused,
)
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

from hearth_kit.auth import Principal, require
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute
from hearth_kit.webhooks.service import WebhookService

__all__ = ["webhooks_router"]

_AUTH = (Unauthorized, Forbidden)
SubscriptionId = Annotated[uuid.UUID, Path(description="The subscription's id")]
DeliveryId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The delivery's id")]


def webhooks_router(get_session, tenant_kinds: Sequence[CallerKind]) -> APIRouter:
    """The subscription routes, open to ``tenant_kinds`` holding ``webhooks:manage``."""
    router = APIRouter(route_class=HearthRoute, tags=["webhooks"])
    caller = require(Scope.WEBHOOKS_MANAGE, tenant_kinds)

    def service(
        request: Request,
        principal: Annotated[Principal, Depends(caller)],
        session=Depends(get_session),
    ) -> WebhookService:
        state = request.app.state
        return WebhookService(session, principal, state.settings, state.webhooks.resolve)

    Service = Annotated[WebhookService, Depends(service)]
    missing = problem_responses(*_AUTH, WebhookSubscriptionNotFound, ValidationFailed)

    @router.post(
        "/v1/webhooks",
        status_code=status.HTTP_201_CREATED,
        response_model=WebhookSubscriptionCreated,
        responses=problem_responses(*_AUTH, ValidationFailed, WebhookUrlRefused),
    )
    async def create_webhook(body: WebhookSubscriptionCreate, webhooks: Service):
        """Subscribe an endpoint to this service's events about your own records."""
        return await webhooks.create(body)

    @router.get(
        "/v1/webhooks",
        response_model=WebhookSubscriptionList,
        responses=problem_responses(*_AUTH),
    )
    async def list_webhooks(webhooks: Service):
        """Your subscriptions to this service's events."""
        return WebhookSubscriptionList(items=await webhooks.list())

    @router.get(
        "/v1/webhooks/{subscription_id}", response_model=WebhookSubscriptionRead, responses=missing
    )
    async def read_webhook(subscription_id: SubscriptionId, webhooks: Service):
        """One of your subscriptions."""
        return await webhooks.get(subscription_id)

    @router.patch(
        "/v1/webhooks/{subscription_id}",
        response_model=WebhookSubscriptionRead,
        responses=problem_responses(
            *_AUTH, WebhookSubscriptionNotFound, ValidationFailed, WebhookUrlRefused
        ),
    )
    async def update_webhook(
        subscription_id: SubscriptionId, body: WebhookSubscriptionUpdate, webhooks: Service
    ):
        """Change a subscription: URL, event types, contact, or pause and resume it."""
        return await webhooks.update(subscription_id, body)

    @router.delete(
        "/v1/webhooks/{subscription_id}",
        status_code=status.HTTP_204_NO_CONTENT,
        response_class=Response,
        responses=missing,
    )
    async def delete_webhook(subscription_id: SubscriptionId, webhooks: Service):
        """Unsubscribe; the delivery log goes with it."""
        await webhooks.delete(subscription_id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    @router.post(
        "/v1/webhooks/{subscription_id}/rotate-secret",
        response_model=WebhookSecret,
        responses=missing,
    )
    async def rotate_webhook_secret(subscription_id: SubscriptionId, webhooks: Service):
        """A new signing secret; both sign every delivery until the old one expires."""
        return await webhooks.rotate_secret(subscription_id)

    @router.get(
        "/v1/webhooks/{subscription_id}/deliveries", response_model=DeliveryList, responses=missing
    )
    async def list_webhook_deliveries(
        subscription_id: SubscriptionId,
        webhooks: Service,
        delivery_status: Annotated[DeliveryStatus | None, Query(alias="status")] = None,
        after: Annotated[int | None, Query(ge=1, le=2**63 - 1, description="next_cursor")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ):
        """The delivery log: each event's status, attempts, last status code and duration."""
        wanted = delivery_status.value if delivery_status else None
        return await webhooks.deliveries(subscription_id, wanted, after, limit)

    delivery_missing = problem_responses(
        *_AUTH, WebhookSubscriptionNotFound, WebhookDeliveryNotFound, ValidationFailed
    )

    @router.get(
        "/v1/webhooks/{subscription_id}/deliveries/{delivery_id}",
        response_model=DeliveryRead,
        responses=delivery_missing,
    )
    async def read_webhook_delivery(
        subscription_id: SubscriptionId, delivery_id: DeliveryId, webhooks: Service
    ):
        """One delivery, with every attempt."""
        return await webhooks.delivery(subscription_id, delivery_id)

    @router.post(
        "/v1/webhooks/{subscription_id}/deliveries/{delivery_id}/replay",
        status_code=status.HTTP_202_ACCEPTED,
        response_model=DeliveryRead,
        responses=delivery_missing,
    )
    async def replay_webhook_delivery(
        subscription_id: SubscriptionId, delivery_id: DeliveryId, webhooks: Service
    ):
        """Send one delivery again, with the same webhook-id."""
        return await webhooks.replay_delivery(subscription_id, delivery_id)

    @router.post(
        "/v1/webhooks/{subscription_id}/replay",
        status_code=status.HTTP_202_ACCEPTED,
        response_model=ReplayResult,
        responses=missing,
    )
    async def replay_webhooks(
        subscription_id: SubscriptionId, body: WebhookReplay, webhooks: Service
    ):
        """Send again every delivery whose event occurred in [since, until)."""
        return await webhooks.replay_range(subscription_id, body)

    return router
