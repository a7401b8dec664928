"""The transactional outbox and the event feed every service serves.

A state change and its event are written in the same transaction (:func:`emit`).
``GET /v1/events?after=<cursor>`` serves them in a stable order that a consumer
can follow without ever missing one (see ``tables.outbox_events`` for how).
"""

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.common import EventPage, EventRead
from hearth_contract.problems import ValidationFailed
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit.auth import Principal, require
from hearth_kit.bulk import TableRows, insert_rows, is_postgres, loaded, unnest_insert
from hearth_kit.clock import Clock
from hearth_kit.db import audit_actor, record_audit
from hearth_kit.ids import new_id
from hearth_kit.tables import audit_log, outbox_events

__all__ = [
    "RecordEvent",
    "decode_cursor",
    "emit",
    "emit_many",
    "event_rows",
    "events_router",
    "insert_records",
    "read_events",
]

_CURSOR = re.compile(r"^(\d{1,20})-(\d{1,20})$")
_MAX_BIGINT = 2**63 - 1
_TXID = "pg_current_xact_id()::text::bigint"
EventData = dict[str, str | int | bool | list[str] | None]
_INSERT = sa.insert(outbox_events)
# On PostgreSQL each event records its transaction's id (see tables.outbox_events).
_INSERT_POSTGRES = sa.insert(outbox_events).values(txid=sa.text(_TXID))


def _event_values(
    session: AsyncSession,
    type: str,
    subject_type: str,
    subject_id: str,
    la_code: str | None,
    agency_ids: Iterable[str],
    data: EventData | None,
) -> dict[str, object]:
    clock: Clock = session.info["clock"]
    return {
        "event_id": new_id(),
        "type": type,
        "occurred_at": clock.now(),
        "subject_type": subject_type,
        "subject_id": subject_id,
        "la_code": la_code,
        "agency_ids": sorted(agency_ids),
        "data": data or {},
    }


async def emit(
    session: AsyncSession,
    type: str,
    *,
    subject_type: str,
    subject_id: str,
    la_code: str | None = None,
    agency_ids: Iterable[str] = (),
    data: EventData | None = None,
) -> uuid.UUID:
    """Write an event in the caller's transaction. Keep ``data`` thin: ids and codes only."""
    values = _event_values(session, type, subject_type, subject_id, la_code, agency_ids, data)
    postgres = session.bind.dialect.name == "postgresql"
    await session.execute(_INSERT_POSTGRES if postgres else _INSERT, values)
    return values["event_id"]  # type: ignore[return-value]


def event_rows(
    session: AsyncSession,
    type: str,
    *,
    subject_type: str,
    subject_id: str,
    la_code: str | None = None,
    agency_ids: Iterable[str] = (),
    data: EventData | None = None,
) -> TableRows:
    """An event as ``emit`` writes it, to insert with other rows in one statement.

    For :func:`hearth_kit.bulk.insert_together`, in the same transaction as the change.
    """
    values = _event_values(session, type, subject_type, subject_id, la_code, agency_ids, data)
    return TableRows(outbox_events, [values], sql_values={"txid": _TXID})


async def emit_many(session: AsyncSession, events: list[dict[str, object]]) -> None:
    """Write many events in one statement (bulk commands); each dict holds ``emit``'s arguments."""
    if not events:
        return
    clock: Clock = session.info["clock"]
    now = clock.now()
    rows = [
        {
            "event_id": new_id(),
            "type": event["type"],
            "occurred_at": now,
            "subject_type": event["subject_type"],
            "subject_id": event["subject_id"],
            "la_code": event.get("la_code"),
            "agency_ids": sorted(event.get("agency_ids", ())),  # type: ignore[call-overload]
            "data": event.get("data") or {},
        }
        for event in events
    ]
    await insert_rows(session, outbox_events, rows, sql_values={"txid": _TXID})


@dataclass(frozen=True)
class RecordEvent:
    """The outbox event every record of a bulk insert gets: ``data`` plus some of its columns."""

    type: str
    subject_type: str
    agency_ids: tuple[str, ...]
    data: Mapping[str, object] = field(default_factory=dict)
    columns: tuple[str, ...] = ()


async def insert_records(
    session: AsyncSession,
    table: sa.Table,
    rows: Sequence[Mapping[str, object]],
    event: RecordEvent,
    *,
    audit_type: str | None = None,
) -> list[object]:
    """Insert new records with, for each, its outbox event and (``audit_type``) audit row.

    On PostgreSQL the records, events and audit rows are written by one statement. A
    record that would break a unique key (another transaction has just created it) is
    skipped, with no event. Returns the ids of the records inserted (each row holds
    an ``id``).
    """
    if not rows:
        return []
    if not is_postgres(session):
        await session.execute(sa.insert(table), loaded(rows))
        events = [
            {
                "type": event.type,
                "subject_type": event.subject_type,
                "subject_id": str(row["id"]),
                "agency_ids": event.agency_ids,
                "data": {**event.data, **{name: row[name] for name in event.columns}},
            }
            for row in rows
        ]
        await emit_many(session, events)  # type: ignore[arg-type]
        if audit_type is not None:
            for row in rows:
                record_audit(session, "create", audit_type, str(row["id"]))
        return [row["id"] for row in rows]
    insert, params = unnest_insert(table, rows, skip_conflicts=True)
    returned = ", ".join(["id", *event.columns])
    pairs = ", ".join(f"'{name}', inserted.{name}" for name in event.columns)
    data = (
        f"CAST(:e_data AS jsonb) || jsonb_build_object({pairs})"
        if pairs
        else "CAST(:e_data AS jsonb)"
    )
    clock: Clock = session.info["clock"]
    params.update(
        e_type=event.type,
        e_at=clock.now(),
        e_subject_type=event.subject_type,
        e_agency_ids=json.dumps(sorted(event.agency_ids)),
        e_data=json.dumps(dict(event.data)),
    )
    sql = f"""WITH inserted AS ({insert} RETURNING {returned}),
    events AS (
      INSERT INTO {outbox_events.name} (txid, event_id, type, occurred_at, subject_type,
        subject_id, agency_ids, data)
      SELECT {_TXID}, gen_random_uuid(), :e_type, CAST(:e_at AS timestamptz), :e_subject_type,
        CAST(inserted.id AS text), CAST(:e_agency_ids AS jsonb), {data}
      FROM inserted)"""  # noqa: S608 (names from Table definitions and code, never a request)
    if audit_type is not None:
        actor = audit_actor(session)
        params.update({f"a_{name}": value for name, value in actor.items()}, a_type=audit_type)
        sql += f""",
    audited AS (
      INSERT INTO {audit_log.name} (action, record_type, record_id, at, actor_kind,
        actor_tenant, actor_subject, client_id, request_id)
      SELECT 'create', :a_type, CAST(inserted.id AS text), CAST(:a_at AS timestamptz),
        :a_actor_kind, :a_actor_tenant, :a_actor_subject, :a_client_id, :a_request_id
      FROM inserted)"""  # noqa: S608 (as above)
    sql += "\n    SELECT id FROM inserted"
    return list((await session.execute(sa.text(sql), params)).scalars())


def decode_cursor(cursor: str | None) -> tuple[int, int]:
    if not cursor:
        return (-1, -1)
    match = _CURSOR.match(cursor)
    if not match or max(int(match.group(1)), int(match.group(2))) > _MAX_BIGINT:
        raise ValidationFailed("The cursor is not one this feed gave out.")
    return int(match.group(1)), int(match.group(2))


def _encode(txid: int, seq: int) -> str:
    return f"{txid}-{seq}"


def _concerns_agency(session: AsyncSession, agency_id: str) -> sa.ColumnElement[bool]:
    if session.bind.dialect.name == "postgresql":
        wanted = sa.cast(sa.literal(json.dumps([agency_id])), JSONB)
        return outbox_events.c.agency_ids.op("@>")(wanted)
    return sa.text(
        "EXISTS (SELECT 1 FROM json_each(outbox_events.agency_ids) AS agency"
        " WHERE agency.value = :feed_agency_id)"
    ).bindparams(feed_agency_id=agency_id)


async def read_events(
    session: AsyncSession, after: str | None, limit: int, *, agency_id: str | None = None
) -> EventPage:
    """Events after ``after`` in feed order, from transactions no longer running.

    With ``agency_id``, only the events concerning that agency (a partner's own feed).
    """
    txid, seq = decode_cursor(after)
    query = (
        sa.select(outbox_events)
        .where(sa.tuple_(outbox_events.c.txid, outbox_events.c.seq) > sa.tuple_(txid, seq))
        .order_by(outbox_events.c.txid, outbox_events.c.seq)
        .limit(limit)
    )
    if agency_id is not None:
        query = query.where(_concerns_agency(session, agency_id))
    if session.bind.dialect.name == "postgresql":
        horizon = sa.text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        query = query.where(outbox_events.c.txid < horizon)
    rows = (await session.execute(query)).mappings().all()
    items = [
        EventRead(
            event_id=str(row["event_id"]),
            type=row["type"],
            occurred_at=row["occurred_at"],
            subject_type=row["subject_type"],
            subject_id=row["subject_id"],
            data=row["data"],
            cursor=_encode(row["txid"], row["seq"]),
        )
        for row in rows
    ]
    next_cursor = items[-1].cursor if items else after
    return EventPage(items=items, next_cursor=next_cursor)


def events_router(get_session) -> APIRouter:
    """``GET /v1/events`` for this service, readable by other Hearth services."""
    from hearth_kit.routing import HearthRoute

    router = APIRouter(route_class=HearthRoute, tags=["events"])

    @router.get("/v1/events", response_model=EventPage)
    async def list_events(
        _principal: Annotated[Principal, Depends(require(Scope.EVENTS_READ, [CallerKind.SERVICE]))],
        session: Annotated[AsyncSession, Depends(get_session)],
        after: Annotated[
            str | None,
            Query(pattern=r"^\d{1,20}-\d{1,20}$", description="A cursor from the feed"),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> EventPage:
        """Read this service's events after a cursor, in a stable order."""
        return await read_events(session, after, limit)

    return router
