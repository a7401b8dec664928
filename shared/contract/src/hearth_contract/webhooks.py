"""Webhooks: a tenant's subscriptions, their delivery log, and what a receiver is sent.

Every Hearth service pushes its events to the subscriptions of the tenants they concern
(an LA its own referrals' events, an agency or its partner its own agency's), signed to
the Standard Webhooks specification (``webhook-id``, ``webhook-timestamp``,
``webhook-signature``). A receiver verifies the signature with the secret it was given
(``standardwebhooks.Webhook(secret).verify(body, headers)``), recognises a duplicate by
its ``webhook-id`` and fetches the record from ``data.link`` with its own token: a
webhook body holds ids and codes only, never a child's details.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field

from hearth_contract.common import ContractModel, ReadModel

__all__ = [
    "DeliveryAttemptRead",
    "DeliveryList",
    "DeliveryRead",
    "DeliveryStatus",
    "ReplayResult",
    "SubscriptionStatus",
    "WebhookEventData",
    "WebhookPayload",
    "WebhookReplay",
    "WebhookSecret",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionCreated",
    "WebhookSubscriptionList",
    "WebhookSubscriptionRead",
    "WebhookSubscriptionUpdate",
]

WebhookUrl = Annotated[
    str,
    Field(
        min_length=8,
        max_length=2000,
        pattern=r"^https?://[^\s/?#@]+(/[^\s#]*)?$",
        description="Where events are POSTed. HTTPS in production; never a private address.",
        examples=["https://case-system.example.gov.uk/hearth/webhooks"],
    ),
]
EventType = Annotated[
    str,
    Field(
        min_length=1,
        max_length=80,
        pattern=r"^(\*|[a-z][a-z_]*(\.[a-z][a-z_]*)*(\.\*)?)$",
        description='An event type ("referral.received"), a family ("referral.*") or "*"',
    ),
]
ContactEmail = Annotated[
    str,
    Field(
        max_length=254,
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        description="Who is told when the endpoint is paused after failing for a day",
    ),
]


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"  # by the tenant, or by Hearth after a day of failures


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its first or next attempt
    DELIVERED = "delivered"  # the receiver answered 2xx
    DEAD = "dead"  # failed for three days: kept as a dead letter, replayable


class WebhookSubscriptionCreate(ContractModel):
    """A new subscription: where to send which events."""

    url: WebhookUrl
    event_types: list[EventType] = Field(min_length=1, max_length=50)
    contact_email: ContactEmail | None = None


class WebhookSubscriptionUpdate(ContractModel):
    """A change to a subscription; fields left out stay as they are."""

    url: WebhookUrl | None = None
    event_types: list[EventType] | None = Field(default=None, min_length=1, max_length=50)
    contact_email: ContactEmail | None = None
    status: SubscriptionStatus | None = Field(
        default=None, description="Pause, or resume (deliveries waiting are then sent in order)"
    )


class WebhookSubscriptionRead(ReadModel):
    id: str
    service: str = Field(description="The Hearth service that sends these events")
    url: str
    event_types: list[str]
    contact_email: str | None = None
    status: SubscriptionStatus
    paused_reason: str | None = Field(
        default=None, description="tenant, or failing (Hearth paused it after a day of failures)"
    )
    failing_since: datetime | None = None
    created_at: datetime
    updated_at: datetime
    previous_secret_expires_at: datetime | None = Field(
        default=None, description="Until then every delivery is signed with both secrets"
    )


class WebhookSubscriptionCreated(WebhookSubscriptionRead):
    """The subscription as created, with its signing secret: shown this once."""

    secret: str = Field(description="whsec_..., for standardwebhooks.Webhook(secret)")


class WebhookSubscriptionList(BaseModel):
    items: list[WebhookSubscriptionRead]


class WebhookSecret(BaseModel):
    """A new signing secret; the old one signs too until ``previous_secret_expires_at``."""

    secret: str
    previous_secret_expires_at: datetime


class DeliveryAttemptRead(ReadModel):
    """One attempt to deliver: what the receiver answered, and how long it took."""

    attempt: int
    at: datetime
    status_code: int | None = Field(default=None, description="None: no answer (timeout, refused)")
    duration_ms: int
    error: str | None = Field(default=None, description="timeout, connect_error, address_refused")


class DeliveryRead(ReadModel):
    """One event for one subscription, and where its delivery stands."""

    id: str
    webhook_id: str = Field(description="The webhook-id header: the same on every retry")
    event_id: str
    event_type: str
    subject_type: str
    subject_id: str
    occurred_at: datetime
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = None
    delivered_at: datetime | None = None
    last_status_code: int | None = None
    last_duration_ms: int | None = None
    log: list[DeliveryAttemptRead] | None = Field(
        default=None, description="Every attempt, oldest first (on a single delivery's page)"
    )


class DeliveryList(BaseModel):
    items: list[DeliveryRead]
    next_cursor: str | None = Field(default=None, description="Pass back as ?after=")


class WebhookReplay(ContractModel):
    """Deliver again every event of this subscription that occurred in [since, until)."""

    since: datetime
    until: datetime


class ReplayResult(BaseModel):
    requeued: int = Field(description="How many deliveries will be sent again")


class WebhookEventData(BaseModel):
    """A thin event, like the feed's: ids and codes, and where to read the record."""

    event_id: str
    service: str
    subject_type: str
    subject_id: str
    occurred_at: datetime
    attributes: dict[str, str | int | bool | list[str] | None] = Field(default_factory=dict)
    link: str | None = Field(
        default=None, description="GET it with your own token to read the record"
    )


class WebhookPayload(BaseModel):
    """The body of every webhook (the Standard Webhooks envelope: type, timestamp, data)."""

    type: str = Field(description="e.g. referral.received")
    timestamp: datetime = Field(description="When the event occurred")
    data: WebhookEventData
