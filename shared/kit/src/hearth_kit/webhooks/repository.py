"""Every query webhooks make: subscriptions, the outbox read for fan-out, deliveries."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit.events import decode_cursor
from hearth_kit.tables import (
    outbox_events,
    webhook_attempts,
    webhook_deliveries,
    webhook_subscriptions,
)

__all__ = [
    "Row",
    "attempts_of",
    "claim_due",
    "delete_subscription",
    "deliveries_of",
    "delivery_of",
    "insert_attempts",
    "insert_deliveries",
    "insert_subscription",
    "lease",
    "read_outbox",
    "requeue",
    "subscription_of",
    "subscriptions",
    "subscriptions_of",
    "update_deliveries",
    "update_subscription",
]

Row = Mapping[str, Any]
subs, deliveries, attempts = webhook_subscriptions, webhook_deliveries, webhook_attempts
PENDING, DELIVERED, DEAD = "pending", "delivered", "dead"
_CHANGED = (
    "status",
    "attempts",
    "next_attempt_at",
    "delivered_at",
    "last_status_code",
    "last_duration_ms",
)


async def insert_subscription(session: AsyncSession, values: dict[str, Any]) -> None:
    await session.execute(sa.insert(subs).values(**values))


async def subscriptions_of(session: AsyncSession, kind: str, tenant: str) -> list[Row]:
    query = (
        sa.select(subs)
        .where(subs.c.tenant_kind == kind, subs.c.tenant == tenant)
        .order_by(subs.c.created_at, subs.c.id)
    )
    return list((await session.execute(query)).mappings().all())


async def subscription_of(
    session: AsyncSession, kind: str, tenant: str, subscription_id: uuid.UUID, *, lock=False
) -> Row | None:
    """One of the tenant's subscriptions (None if it is not theirs: deny by default)."""
    query = sa.select(subs).where(
        subs.c.id == subscription_id, subs.c.tenant_kind == kind, subs.c.tenant == tenant
    )
    if lock:
        query = query.with_for_update()
    return (await session.execute(query)).mappings().first()


async def subscriptions(session: AsyncSession, ids: Sequence[uuid.UUID] | None = None) -> list[Row]:
    """Every subscription (fan-out), or those with the ids given."""
    query = sa.select(subs)
    if ids is not None:
        query = query.where(subs.c.id.in_(ids))
    return list((await session.execute(query)).mappings().all())


async def update_subscription(
    session: AsyncSession, subscription_id: uuid.UUID, values: dict[str, Any]
) -> None:
    await session.execute(sa.update(subs).where(subs.c.id == subscription_id).values(**values))


async def delete_subscription(session: AsyncSession, subscription_id: uuid.UUID) -> None:
    """The subscription, its deliveries and their attempts."""
    of_subscription = sa.select(deliveries.c.id).where(
        deliveries.c.subscription_id == subscription_id
    )
    await session.execute(sa.delete(attempts).where(attempts.c.delivery_id.in_(of_subscription)))
    await session.execute(
        sa.delete(deliveries).where(deliveries.c.subscription_id == subscription_id)
    )
    await session.execute(sa.delete(subs).where(subs.c.id == subscription_id))


async def read_outbox(
    session: AsyncSession, after: str | None, limit: int
) -> tuple[list[Row], str | None]:
    """Outbox rows after a cursor, in the feed's order and behind its horizon (see events)."""
    txid, seq = decode_cursor(after)
    query = (
        sa.select(outbox_events)
        .where(sa.tuple_(outbox_events.c.txid, outbox_events.c.seq) > sa.tuple_(txid, seq))
        .order_by(outbox_events.c.txid, outbox_events.c.seq)
        .limit(limit)
    )
    if session.bind.dialect.name == "postgresql":
        horizon = sa.text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        query = query.where(outbox_events.c.txid < horizon)
    rows = list((await session.execute(query)).mappings().all())
    if not rows:
        return rows, after
    return rows, f"{rows[-1]['txid']}-{rows[-1]['seq']}"


async def last_outbox_cursor(session: AsyncSession) -> str | None:
    """The cursor just past the last outbox row behind the feed's horizon (None: no rows)."""
    query = (
        sa.select(outbox_events.c.txid, outbox_events.c.seq)
        .order_by(outbox_events.c.txid.desc(), outbox_events.c.seq.desc())
        .limit(1)
    )
    if session.bind.dialect.name == "postgresql":
        horizon = sa.text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        query = query.where(outbox_events.c.txid < horizon)
    row = (await session.execute(query)).first()
    return None if row is None else f"{row.txid}-{row.seq}"


async def insert_deliveries(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(sa.insert(deliveries), rows)


def _earlier_pending() -> sa.Exists:
    """A pending delivery of the same subject, to the same subscription, before this one."""
    earlier = deliveries.alias("earlier")
    return sa.exists().where(
        earlier.c.subscription_id == deliveries.c.subscription_id,
        earlier.c.subject_type == deliveries.c.subject_type,
        earlier.c.subject_id == deliveries.c.subject_id,
        earlier.c.status == PENDING,
        earlier.c.id < deliveries.c.id,
    )


async def claim_due(session: AsyncSession, now: datetime, limit: int) -> list[Row]:
    """Due deliveries to active subscriptions, each the first pending of its subject, locked.

    ``FOR UPDATE SKIP LOCKED``: replicas claim different rows; the claimer then leases
    them (:func:`lease`). A subject's next delivery is never due while an earlier one is
    pending (claimed or waiting to retry), so a subject's events arrive in order.
    """
    query = (
        sa.select(deliveries)
        .join(subs, subs.c.id == deliveries.c.subscription_id)
        .where(
            deliveries.c.status == PENDING,
            deliveries.c.next_attempt_at <= now,
            subs.c.status == "active",
            ~_earlier_pending(),
        )
        .order_by(deliveries.c.id)
        .limit(limit)
        .with_for_update(of=deliveries, skip_locked=True)
    )
    return list((await session.execute(query)).mappings().all())


async def lease(
    session: AsyncSession, delivery_ids: list[int], now: datetime, until: datetime
) -> set[int]:
    """Make claimed deliveries not due for anyone else until ``until``; the ids leased.

    They stay pending, so a subject's later deliveries keep waiting behind them. Only
    rows still due are leased (compare and set): on SQLite, where the claim's read takes
    no row lock, a second worker that read the same rows leases none of them.
    """
    statement = (
        sa.update(deliveries)
        .where(
            deliveries.c.id.in_(delivery_ids),
            deliveries.c.status == PENDING,
            deliveries.c.next_attempt_at <= now,
        )
        .values(next_attempt_at=until)
        .returning(deliveries.c.id)
    )
    return set((await session.execute(statement)).scalars())


async def update_deliveries(session: AsyncSession, changes: list[dict[str, Any]]) -> None:
    """Each change names its delivery as ``delivery_id``."""
    if not changes:
        return
    statement = (
        sa.update(deliveries)
        .where(deliveries.c.id == sa.bindparam("delivery_id"))
        .values({name: sa.bindparam(f"new_{name}") for name in _CHANGED})
    )
    rows = [
        {"delivery_id": c["delivery_id"], **{f"new_{n}": c[n] for n in _CHANGED}} for c in changes
    ]
    await session.execute(statement, rows)


async def insert_attempts(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(sa.insert(attempts), rows)


async def deliveries_of(
    session: AsyncSession,
    subscription_id: uuid.UUID,
    status: str | None,
    after: int | None,
    limit: int,
) -> list[Row]:
    """A subscription's deliveries, newest first, after the id ``after``."""
    query = (
        sa.select(deliveries)
        .where(deliveries.c.subscription_id == subscription_id)
        .order_by(deliveries.c.id.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(deliveries.c.status == status)
    if after is not None:
        query = query.where(deliveries.c.id < after)
    return list((await session.execute(query)).mappings().all())


async def delivery_of(
    session: AsyncSession, subscription_id: uuid.UUID, delivery_id: int
) -> Row | None:
    query = sa.select(deliveries).where(
        deliveries.c.id == delivery_id, deliveries.c.subscription_id == subscription_id
    )
    return (await session.execute(query)).mappings().first()


async def attempts_of(session: AsyncSession, delivery_id: int) -> list[Row]:
    query = sa.select(attempts).where(attempts.c.delivery_id == delivery_id).order_by(attempts.c.id)
    return list((await session.execute(query)).mappings().all())


async def requeue(
    session: AsyncSession,
    subscription_id: uuid.UUID,
    now: datetime,
    give_up_at: datetime,
    *,
    delivery_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> int:
    """Send deliveries again (one, or those whose event occurred in [since, until))."""
    statement = (
        sa.update(deliveries)
        .where(deliveries.c.subscription_id == subscription_id)
        .values(status=PENDING, next_attempt_at=now, give_up_at=give_up_at, delivered_at=None)
    )
    if delivery_id is not None:
        statement = statement.where(deliveries.c.id == delivery_id)
    if since is not None and until is not None:
        statement = statement.where(
            deliveries.c.occurred_at >= since, deliveries.c.occurred_at < until
        )
    return (await session.execute(statement)).rowcount
