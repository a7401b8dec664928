"""Alembic, one environment per service: helpers for ``env.py`` and for the CLI and tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

__all__ = [
    "alembic_config",
    "check",
    "create_kit_tables",
    "create_webhook_tables",
    "downgrade",
    "drop_kit_tables",
    "drop_webhook_tables",
    "key_idempotency_by_caller",
    "key_idempotency_by_client",
    "make_append_only",
    "run_env",
    "upgrade",
]

FILE_TEMPLATE = "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s"
_APPLIED = "hearth.applied_revisions"  # where ``upgrade`` collects what ``run_env`` applied


def alembic_config(script_location: Path, url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.set_main_option("file_template", FILE_TEMPLATE)
    return config


def _in_thread(fn, *args) -> None:
    """Alembic's env runs its own event loop; never nest it inside a running one."""
    errors: list[BaseException] = []

    def target() -> None:
        try:
            fn(*args)
        except BaseException as exc:  # re-raised in the caller
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


def upgrade(script_location: Path, url: str, revision: str = "head") -> list[str]:
    """Upgrade the database to ``revision``; the revisions applied, oldest first."""
    config = alembic_config(script_location, url)
    applied: list[str] = []
    config.attributes[_APPLIED] = applied
    _in_thread(command.upgrade, config, revision)
    return applied


def downgrade(script_location: Path, url: str, revision: str) -> None:
    """Downgrade the database to ``revision`` (``"base"`` for an empty one)."""
    _in_thread(command.downgrade, alembic_config(script_location, url), revision)


def check(script_location: Path, url: str) -> None:
    """Raise if the models and the migrations have drifted apart."""
    _in_thread(command.check, alembic_config(script_location, url))


def _do_run(connection: Connection, target_metadata: Sequence[MetaData]) -> None:
    applied = context.config.attributes.get(_APPLIED)

    def record_applied(*, step, **_: object) -> None:
        if applied is not None and step.is_upgrade:
            applied.append(step.up_revision_id)

    context.configure(
        connection=connection,
        target_metadata=list(target_metadata),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        on_version_apply=record_applied,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str, target_metadata: Sequence[MetaData]) -> None:
    engine = create_async_engine(url, poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_do_run, target_metadata)
    await engine.dispose()


def run_env(target_metadata: Sequence[MetaData]) -> None:
    """The body of a service's ``migrations/env.py``."""
    url = context.config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=list(target_metadata), literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    asyncio.run(_run_async(url, target_metadata))


def make_append_only(table: str) -> None:
    """In a migration: refuse UPDATE and DELETE on ``table`` (the audit log) at the database."""
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION hearth_refuse_change() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def key_idempotency_by_caller() -> None:
    """In a migration: idempotency keys belong to a caller (kind, tenant, client), not a client.

    Keys were scoped by OAuth client alone, so two tenants behind one client shared them.
    Keys stored before this say nothing of their caller: they are kept under the kind
    "unknown" and replay for nobody (a retry that spans the upgrade creates afresh).
    """
    import sqlalchemy as sa
    from alembic import op

    with op.batch_alter_table("idempotency_keys") as batch:
        batch.add_column(
            sa.Column("caller_kind", sa.String(16), nullable=False, server_default="unknown")
        )
        batch.add_column(sa.Column("tenant", sa.String(64), nullable=False, server_default=""))
        batch.drop_constraint("pk_idempotency_keys", type_="primary")
        batch.create_primary_key(
            "pk_idempotency_keys", ["caller_kind", "tenant", "client_id", "key"]
        )
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.alter_column("caller_kind", server_default=None)
        batch.alter_column("tenant", server_default=None)


def key_idempotency_by_client() -> None:
    """The downgrade of :func:`key_idempotency_by_caller`: the newest row of each key is kept."""
    from alembic import op

    op.execute(
        "DELETE FROM idempotency_keys AS k WHERE EXISTS (SELECT 1 FROM idempotency_keys AS n"
        " WHERE n.client_id = k.client_id AND n.key = k.key AND n.created_at > k.created_at)"
    )
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.drop_constraint("pk_idempotency_keys", type_="primary")
        batch.create_primary_key("pk_idempotency_keys", ["client_id", "key"])
        batch.drop_column("tenant")
        batch.drop_column("caller_kind")


def create_kit_tables() -> None:
    """In a new service's first migration: the kit's tables as they stand on 2026-12-04.

    Outbox, audit log (append-only), idempotency keys (by caller), consumer cursors and
    processed events. The shape is written out here, not read from ``kit_metadata``, so
    that a revision means the same thing forever: a later change to the kit's tables
    comes as another helper that every service calls from a new revision, as
    :func:`key_idempotency_by_caller` did. ``alembic check`` in each service's tests
    proves the result matches ``kit_metadata``.
    """
    import sqlalchemy as sa
    from alembic import op
    from sqlalchemy.dialects import postgresql

    big_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    document = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
    op.create_table(
        "audit_log",
        sa.Column("id", big_id, autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("actor_kind", sa.String(length=16), nullable=False),
        sa.Column("actor_tenant", sa.String(length=64), nullable=True),
        sa.Column("actor_subject", sa.String(length=200), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["record_type", "record_id"])
    make_append_only("audit_log")
    op.create_table(
        "consumer_cursors",
        sa.Column("consumer", sa.String(length=80), nullable=False),
        sa.Column("cursor", sa.String(length=80), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("consumer", name="pk_consumer_cursors"),
    )
    op.create_table(
        "idempotency_keys",
        sa.Column("caller_kind", sa.String(length=16), nullable=False),
        sa.Column("tenant", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=False),
        sa.Column("response_headers", document, nullable=False),
        sa.Column("response_body", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint(
            "caller_kind", "tenant", "client_id", "key", name="pk_idempotency_keys"
        ),
    )
    op.create_table(
        "outbox_events",
        sa.Column("seq", big_id, autoincrement=True, nullable=False),
        sa.Column("txid", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("type", sa.String(length=80), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("subject_type", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=True),
        sa.Column("agency_ids", document, nullable=False),
        sa.Column("data", document, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_outbox_events"),
        sa.UniqueConstraint("event_id", name="uq_outbox_events_event_id"),
    )
    op.create_index("ix_outbox_events_txid_seq", "outbox_events", ["txid", "seq"])
    op.create_table(
        "processed_events",
        sa.Column("consumer", sa.String(length=80), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("consumer", "event_id", name="pk_processed_events"),
    )


def drop_kit_tables() -> None:
    """The downgrade of :func:`create_kit_tables`."""
    from alembic import op

    for table in ("processed_events", "outbox_events", "idempotency_keys", "consumer_cursors"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.drop_table("audit_log")


def create_webhook_tables() -> None:
    """In a migration: the webhook tables as they stand on 2026-12-04 (hearth_kit.webhooks).

    Subscriptions, deliveries and attempts, written out like :func:`create_kit_tables`.
    """
    import sqlalchemy as sa
    from alembic import op
    from sqlalchemy.dialects import postgresql

    big_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    document = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
    at = sa.DateTime(timezone=True)
    op.create_table(
        "webhook_subscriptions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_kind", sa.String(length=16), nullable=False),
        sa.Column("tenant", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("event_types", document, nullable=False),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("secret", sa.String(length=200), nullable=False),
        sa.Column("previous_secret", sa.String(length=200), nullable=True),
        sa.Column("previous_secret_expires_at", at, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("paused_reason", sa.String(length=16), nullable=True),
        sa.Column("failing_since", at, nullable=True),
        sa.Column("created_at", at, nullable=False),
        sa.Column("updated_at", at, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_subscriptions"),
    )
    op.create_index(
        "ix_webhook_subscriptions_tenant", "webhook_subscriptions", ["tenant_kind", "tenant"]
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", big_id, autoincrement=True, nullable=False),
        sa.Column("subscription_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("event_type", sa.String(length=80), nullable=False),
        sa.Column("subject_type", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("occurred_at", at, nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", at, nullable=True),
        sa.Column("give_up_at", at, nullable=False),
        sa.Column("delivered_at", at, nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_duration_ms", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_deliveries"),
        sa.UniqueConstraint("subscription_id", "event_id", name="uq_webhook_deliveries_event"),
    )
    op.create_index(
        "ix_webhook_deliveries_due", "webhook_deliveries", ["status", "next_attempt_at"]
    )
    op.create_index(
        "ix_webhook_deliveries_subject",
        "webhook_deliveries",
        ["subscription_id", "subject_type", "subject_id"],
    )
    op.create_table(
        "webhook_attempts",
        sa.Column("id", big_id, autoincrement=True, nullable=False),
        sa.Column("delivery_id", big_id, nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("at", at, nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_attempts"),
    )
    op.create_index("ix_webhook_attempts_delivery", "webhook_attempts", ["delivery_id"])


def drop_webhook_tables() -> None:
    """The downgrade of :func:`create_webhook_tables`."""
    from alembic import op

    for table in ("webhook_attempts", "webhook_deliveries", "webhook_subscriptions"):
        op.drop_table(table)
