"""Security events: denied attempts on another tenant's records, and denied operations.

Tenant isolation answers another tenant's record with 404, exactly as for a record
that does not exist, so a caller learns nothing. The attempt itself is kept: a
``denied`` row in the audit log (who, what, when; ids and codes only, never child
data), a ``security.denied`` log line, and ``hearth_security_denials_total`` for an
operator to alert on. The row is written in its own transaction, since the request's
own transaction is rolled back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_kit.bulk import insert_rows
from hearth_kit.context import current_request_id
from hearth_kit.logging import get_logger
from hearth_kit.tables import audit_log

if TYPE_CHECKING:
    from hearth_kit.auth import Principal
    from hearth_kit.db import Database

__all__ = ["Denial", "note_if_another_tenants", "record_denials"]

log = get_logger("hearth.security")
DENIALS_KEY = "security_denials"

# (reason, record type, record id): "cross_tenant" or "forbidden".
Denial = tuple[str, str, str]


async def note_if_another_tenants(
    session: AsyncSession, model: Any, record_id: Any, record_type: str
) -> bool:
    """After a tenant-scoped lookup found nothing: is the record another tenant's?

    If it is, the attempt is noted on the session and recorded when the request ends.
    The caller still answers 404, as for a record that does not exist.
    """
    principal: Principal | None = session.info.get("principal")
    if principal is None or principal.kind is CallerKind.SERVICE:
        return False
    query = (
        sa.select(model.id)
        .where(model.id == record_id)
        .execution_options(system_reason="cross-tenant check")
    )
    if (await session.execute(query)).first() is None:
        return False
    session.info.setdefault(DENIALS_KEY, []).append(("cross_tenant", record_type, str(record_id)))
    return True


async def record_denials(
    database: Database, principal: Principal | None, denials: list[Denial], metrics: Any
) -> None:
    """Write each denial as a security event: audit row, log line, metric."""
    if not denials or principal is None:
        return
    now = database.clock.now()
    rows = [
        {
            "at": now,
            "action": "denied",
            "record_type": record_type[:40],
            "record_id": record_id[:64],
            "actor_kind": principal.kind.value,
            "actor_tenant": principal.tenant,
            "actor_subject": principal.subject[:200],
            "client_id": principal.client_id[:200],
            "request_id": current_request_id(),
        }
        for _reason, record_type, record_id in denials
    ]
    for reason, record_type, record_id in denials:
        log.warning(
            "security.denied",
            reason_code=reason,
            record_type=record_type,
            record_id=record_id,
            caller_kind=principal.kind.value,
            tenant=principal.tenant,
            client_id=principal.client_id,
        )
        if metrics is not None:
            metrics.denied(reason, record_type)
    try:
        async with database.system_session("security event") as session:
            await insert_rows(session, audit_log, rows)
            await session.commit()
    except Exception as exc:  # the denial stands; failing to record it must not change it
        log.error("security.record_failed", exc_info=exc)
