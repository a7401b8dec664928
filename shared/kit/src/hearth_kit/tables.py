"""Tables every service has: outbox, audit log, idempotency keys, consumer cursors, webhooks.

They live in their own MetaData; each service's Alembic environment migrates them
alongside its own models (``target_metadata=[Base.metadata, kit_metadata]``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

__all__ = [
    "NAMING_CONVENTION",
    "BigId",
    "JSONDocument",
    "UtcDateTime",
    "audit_log",
    "consumer_cursors",
    "idempotency_keys",
    "kit_metadata",
    "outbox_events",
    "processed_events",
    "webhook_attempts",
    "webhook_deliveries",
    "webhook_subscriptions",
]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONDocument = sa.JSON().with_variant(JSONB(), "postgresql")


class UtcDateTime(sa.types.TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python, on SQLite as on PostgreSQL.

    SQLite has no time zones: values are stored there as naive UTC and read back as
    aware UTC, so comparisons and ordering agree on both databases.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

kit_metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

outbox_events = sa.Table(
    "outbox_events",
    kit_metadata,
    sa.Column("seq", BigId, primary_key=True, autoincrement=True),
    # The writing transaction's id (PostgreSQL xid8; 0 on SQLite, where writers are serial).
    # The feed orders by (txid, seq) and serves only transactions older than every running
    # one, so a long transaction that commits late can never be skipped by a reader.
    sa.Column("txid", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("event_id", sa.Uuid, nullable=False, unique=True),
    sa.Column("type", sa.String(80), nullable=False),
    sa.Column("occurred_at", UtcDateTime(), nullable=False),
    sa.Column("subject_type", sa.String(40), nullable=False),
    sa.Column("subject_id", sa.String(64), nullable=False),
    sa.Column("la_code", sa.String(16), nullable=True),
    sa.Column("agency_ids", JSONDocument, nullable=False),
    sa.Column("data", JSONDocument, nullable=False),
    sa.Index("ix_outbox_events_txid_seq", "txid", "seq"),
)

audit_log = sa.Table(
    "audit_log",
    kit_metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("at", UtcDateTime(), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("record_type", sa.String(40), nullable=False),
    sa.Column("record_id", sa.String(64), nullable=False),
    sa.Column("actor_kind", sa.String(16), nullable=False),
    sa.Column("actor_tenant", sa.String(64), nullable=True),
    sa.Column("actor_subject", sa.String(200), nullable=False),
    sa.Column("client_id", sa.String(200), nullable=False),
    sa.Column("request_id", sa.String(128), nullable=True),
    sa.Index("ix_audit_log_record", "record_type", "record_id"),
)

idempotency_keys = sa.Table(
    "idempotency_keys",
    kit_metadata,
    # A key belongs to one caller: its kind, its tenant ("" for a service) and its OAuth
    # client. One client may serve several tenants (a regional portal for many LAs).
    sa.Column("caller_kind", sa.String(16), primary_key=True),
    sa.Column("tenant", sa.String(64), primary_key=True),
    sa.Column("client_id", sa.String(200), primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("request_hash", sa.String(64), nullable=False),
    sa.Column("created_at", UtcDateTime(), nullable=False),
    sa.Column("response_status", sa.Integer, nullable=False),
    sa.Column("response_headers", JSONDocument, nullable=False),
    sa.Column("response_body", sa.LargeBinary, nullable=False),
)

consumer_cursors = sa.Table(
    "consumer_cursors",
    kit_metadata,
    sa.Column("consumer", sa.String(80), primary_key=True),
    sa.Column("cursor", sa.String(80), nullable=True),
    sa.Column("updated_at", UtcDateTime(), nullable=False),
)

processed_events = sa.Table(
    "processed_events",
    kit_metadata,
    sa.Column("consumer", sa.String(80), primary_key=True),
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("processed_at", UtcDateTime(), nullable=False),
)

# Webhooks (hearth_kit.webhooks): a tenant's subscriptions, one delivery per event and
# subscription (in outbox order: its id orders a subject's deliveries), and each attempt.
webhook_subscriptions = sa.Table(
    "webhook_subscriptions",
    kit_metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("tenant_kind", sa.String(16), nullable=False),
    sa.Column("tenant", sa.String(64), nullable=False),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("event_types", JSONDocument, nullable=False),
    sa.Column("contact_email", sa.String(254), nullable=True),
    sa.Column("secret", sa.String(200), nullable=False),
    sa.Column("previous_secret", sa.String(200), nullable=True),
    sa.Column("previous_secret_expires_at", UtcDateTime(), nullable=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("paused_reason", sa.String(16), nullable=True),
    sa.Column("failing_since", UtcDateTime(), nullable=True),
    sa.Column("created_at", UtcDateTime(), nullable=False),
    sa.Column("updated_at", UtcDateTime(), nullable=False),
    sa.Index("ix_webhook_subscriptions_tenant", "tenant_kind", "tenant"),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries",
    kit_metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("subscription_id", sa.Uuid, nullable=False),
    sa.Column("event_id", sa.Uuid, nullable=False),
    sa.Column("event_type", sa.String(80), nullable=False),
    sa.Column("subject_type", sa.String(40), nullable=False),
    sa.Column("subject_id", sa.String(64), nullable=False),
    sa.Column("occurred_at", UtcDateTime(), nullable=False),
    sa.Column("payload", sa.LargeBinary, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", UtcDateTime(), nullable=True),
    sa.Column("give_up_at", UtcDateTime(), nullable=False),
    sa.Column("delivered_at", UtcDateTime(), nullable=True),
    sa.Column("last_status_code", sa.Integer, nullable=True),
    sa.Column("last_duration_ms", sa.Integer, nullable=True),
    sa.UniqueConstraint("subscription_id", "event_id", name="uq_webhook_deliveries_event"),
    sa.Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    sa.Index("ix_webhook_deliveries_subject", "subscription_id", "subject_type", "subject_id"),
)

webhook_attempts = sa.Table(
    "webhook_attempts",
    kit_metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("delivery_id", BigId, nullable=False),
    sa.Column("attempt", sa.Integer, nullable=False),
    sa.Column("at", UtcDateTime(), nullable=False),
    sa.Column("status_code", sa.Integer, nullable=True),
    sa.Column("duration_ms", sa.Integer, nullable=False),
    sa.Column("error", sa.String(40), nullable=True),
    sa.Index("ix_webhook_attempts_delivery", "delivery_id"),
)
