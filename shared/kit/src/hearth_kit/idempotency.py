"""Idempotency-Key handling for creating POSTs.

A key belongs to one caller: its kind, tenant and OAuth client together.

Same key + same body replays the first response (``Idempotent-Replayed: true``);
same key + another body is 422; a repeat while the first is still in its
transaction is 409. The key row is written in the same transaction as the record
it created, so a crash can never leave a record without its key or the reverse.
On PostgreSQL a transaction-scoped advisory lock on the key tells "in flight"
apart without waiting; concurrent duplicates create exactly one record.

A hot route may save two round trips: claim the key inside its own first statement
(``idempotency_key(deferred=True)`` and :data:`CLAIM`; the route checks the key itself
if the handler fails before), and write the stored answer with its record
(:func:`stored_response`).
"""

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, Header, Request
from fastapi.responses import Response
from hearth_contract.problems import (
    IdempotencyKeyInFlight,
    IdempotencyKeyMismatch,
    IdempotencyKeyRequired,
    ValidationFailed,
)

from hearth_kit import driver
from hearth_kit.auth import Principal
from hearth_kit.bulk import TableRows
from hearth_kit.db import UnitOfWork
from hearth_kit.openapi import required_header_mark
from hearth_kit.tables import JSONDocument, idempotency_keys

__all__ = [
    "CLAIM",
    "IdempotencyClaim",
    "IdempotentReplay",
    "PendingClaim",
    "claim_key",
    "idempotency_header",
    "idempotency_key",
    "record_response",
    "settle_lost_race",
    "settle_pending",
    "stored_response",
]

_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")
_REPLAYED_HEADERS = ("location", "etag", "content-type")


@dataclass(frozen=True)
class IdempotencyClaim:
    """One caller's claim on a key: the caller is its kind, tenant and client together."""

    caller_kind: str
    tenant: str
    client_id: str
    key: str
    request_hash: str

    @classmethod
    def for_caller(cls, principal: Principal, key: str, request_hash: str) -> "IdempotencyClaim":
        kind, tenant, client_id = principal.caller
        return cls(kind, tenant, client_id, key, request_hash)

    @property
    def owner(self) -> dict[str, str]:
        """The key's columns, as bound parameters."""
        return {
            "caller_kind": self.caller_kind,
            "tenant": self.tenant,
            "client_id": self.client_id,
            "key": self.key,
        }

    @property
    def lock_id(self) -> int:
        parts = (self.caller_kind, self.tenant, self.client_id, self.key)
        digest = hashlib.sha256("\x00".join(parts).encode()).digest()
        return int.from_bytes(digest[:8], "big", signed=True)


class IdempotentReplay(Exception):
    """Raised to answer with the stored first response."""

    def __init__(self, response: Response) -> None:
        self.response = response


# Constant SQL (no input is interpolated); values travel as bound parameters.
_COLUMNS = "k.request_hash, k.response_status, k.response_headers, k.response_body"
# One round trip on PostgreSQL: take the key's lock and read any stored response. The lock
# is taken whether or not a row exists (a one-row FROM joined to the key).
_OWNED = (
    "k.caller_kind = :caller_kind AND k.tenant = :tenant "
    "AND k.client_id = :client_id AND k.key = :key"
)
# Both PostgreSQL statements run through asyncpg itself (hearth_kit.driver): they are on
# every create's path, and SQLAlchemy's execution cost more than the statements.
_CLAIM_POSTGRES = (
    f"SELECT pg_try_advisory_xact_lock(:lock_id) AS locked, {_COLUMNS} "  # noqa: S608
    f"FROM (SELECT 1) AS one LEFT JOIN idempotency_keys AS k ON {_OWNED}"
)
_KEY_COLUMNS = [column.name for column in idempotency_keys.columns]
_INSERT_KEY_POSTGRES = (
    f"INSERT INTO idempotency_keys ({', '.join(_KEY_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join(':' + name for name in _KEY_COLUMNS)})"
)
_INSERT_KEY = sa.insert(idempotency_keys)
_LOOK_UP = sa.text(
    f"SELECT 1 AS locked, {_COLUMNS} FROM idempotency_keys AS k WHERE {_OWNED}"  # noqa: S608
).columns(response_headers=JSONDocument)


async def _claim(uow: UnitOfWork, claim: IdempotencyClaim):
    """Look the key up; on PostgreSQL also take its lock, in the same round trip."""
    params = claim.owner
    if uow.database.is_postgres:
        (row,) = await driver.fetch(
            uow.session(), _CLAIM_POSTGRES, {**params, "lock_id": claim.lock_id}
        )
        if not row["locked"]:
            raise IdempotencyKeyInFlight("The first request with this key is still running.")
    else:
        row = (await uow.session().execute(_LOOK_UP, params)).mappings().first()
    return row if row is not None and row["request_hash"] is not None else None


def _replay_or_refuse(row, claim: IdempotencyClaim) -> IdempotentReplay:
    if row["request_hash"] != claim.request_hash:
        raise IdempotencyKeyMismatch(
            "This Idempotency-Key was first used with a different request."
        )
    headers = dict(row["response_headers"])
    headers["Idempotent-Replayed"] = "true"
    return IdempotentReplay(
        Response(row["response_body"], status_code=row["response_status"], headers=headers)
    )


async def settle_lost_race(uow: UnitOfWork, claim: IdempotencyClaim) -> None:
    """After a unique-key race (the unit of work rolled back): answer as a retry would.

    On SQLite the claim's look-up cannot lock, so duplicates sent together all run; the
    first to commit wins and the others fail on the key's row. Each then replays the
    winner's response (raised as :class:`IdempotentReplay`), or hears 409 "in flight".
    """
    row = (await uow.session().execute(_LOOK_UP, claim.owner)).mappings().first()
    if row is None:
        raise IdempotencyKeyInFlight("The first request with this key is still running.")
    raise _replay_or_refuse(row, claim)


@dataclass(frozen=True)
class PendingClaim:
    """A claim a handler settles in its own statements (PostgreSQL), with no lock and no
    transaction of its own: one statement each way, each PostgreSQL's own transaction.

    Compose :data:`CLAIM` (a one-row select: any stored answer) with the handler's first
    statement, bind :attr:`params`, then :meth:`settle` with the claim's columns of its
    first row: a stored answer is replayed (or the key's reuse refused). Otherwise the
    handler writes the key's row (:func:`stored_response`) in the same statement as what
    it creates. Two requests with one key both get that far only when sent together; the
    key's primary key lets one statement in and fails the other whole, after the first
    has committed, so the second replays the first's answer (:func:`settle_lost_race`).
    Until the handler settles, the route checks the key itself before answering any
    error, so a replay or a reused key is answered first, as always.
    """

    claim: IdempotencyClaim
    request: Request

    @property
    def params(self) -> dict[str, object]:
        return dict(self.claim.owner)

    def settle(self, row: Mapping[str, Any]) -> None:
        """Refuse or replay as the claim's row says; else the key is this request's."""
        self.request.state.idempotency_pending = None
        if row["request_hash"] is not None:
            raise _replay_or_refuse(row, self.claim)
        self.request.state.idempotency = self.claim


_k = idempotency_keys.alias("k")
_one = sa.select(sa.literal_column("1").label("one")).subquery("one")
# A deferred claim's look-up as a statement to compose (a CTE): one row, whether or not
# the key is stored. No lock: the key's row, written in the same statement as what the
# request creates, settles a concurrent duplicate (see PendingClaim).
CLAIM = (
    sa.select(
        _k.c.request_hash,
        _k.c.response_status,
        _k.c.response_headers,
        _k.c.response_body,
    )
    .select_from(
        _one.outerjoin(
            _k,
            sa.and_(
                *(
                    _k.c[name] == sa.bindparam(name)
                    for name in ("caller_kind", "tenant", "client_id", "key")
                )
            ),
        )
    )
    .cte("claim")
)


async def settle_pending(request: Request) -> IdempotentReplay | None:
    """Check a claim a handler has not run yet (it failed before its first statement): the
    replay to answer with, or None; a reused key or one in flight raises its problem."""
    pending: PendingClaim | None = getattr(request.state, "idempotency_pending", None)
    if pending is None:
        return None
    request.state.idempotency_pending = None
    row = await _claim(request.state.uow, pending.claim)
    if row is not None:
        return _replay_or_refuse(row, pending.claim)
    return None


def idempotency_header(required: bool) -> Any:
    """The Idempotency-Key header parameter as the OpenAPI document describes it."""
    return Header(
        alias="Idempotency-Key",
        description="Unique per intended create; retries reuse it"
        + (" (required: 400 without it)" if required else ""),
        json_schema_extra=required_header_mark(400) if required else None,
    )


async def claim_key(
    request: Request,
    principal: Principal,
    key: str | None,
    *,
    required: bool,
    deferred: bool = False,
) -> IdempotencyClaim | PendingClaim | None:
    """Claim the request's Idempotency-Key ``key`` for ``principal``: what the dependency
    :func:`idempotency_key` returns, for a route that solves its dependencies as one."""
    if key is None:
        if required:
            raise IdempotencyKeyRequired("Send an Idempotency-Key header with this request.")
        return None
    if not _KEY.match(key):
        raise ValidationFailed("The Idempotency-Key must be 1 to 200 visible ASCII characters.")
    body = await request.body()
    digest = hashlib.sha256(request.method.encode() + _url_path(request.scope).encode() + body)
    claim = IdempotencyClaim.for_caller(principal, key, digest.hexdigest())
    uow: UnitOfWork = request.state.uow
    if deferred and uow.database.is_postgres:
        pending = PendingClaim(claim, request)
        request.state.idempotency_pending = pending
        return pending
    row = await _claim(uow, claim)
    if row is not None:
        raise _replay_or_refuse(row, claim)
    request.state.idempotency = claim
    return None if deferred else claim


def _url_path(scope: Mapping[str, Any]) -> str:
    """``request.url.path``, without building the request's URL (its host, its query):
    the path as Starlette's URL escapes it, so a key's hash is what it always was."""
    return scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")


def idempotency_key(required: bool, principal_dependency, *, deferred: bool = False):
    """A dependency claiming the request's Idempotency-Key (``required`` for LA-facing creates).

    ``deferred``: on PostgreSQL it returns a :class:`PendingClaim` for the handler to run in
    its first statement (one round trip fewer); elsewhere it claims at once and returns None.
    """

    async def dependency(
        request: Request,
        principal: Annotated[Principal, Depends(principal_dependency)],
        key: Annotated[str | None, idempotency_header(required)] = None,
    ) -> IdempotencyClaim | PendingClaim | None:
        return await claim_key(request, principal, key, required=required, deferred=deferred)

    return dependency


def _stored(claim: IdempotencyClaim, response: Response, now: datetime) -> dict[str, Any]:
    """The key's row, holding the first response."""
    headers = {k: v for k, v in response.headers.items() if k.lower() in _REPLAYED_HEADERS}
    return {
        **claim.owner,
        "request_hash": claim.request_hash,
        "created_at": now,
        "response_status": response.status_code,
        "response_headers": headers,
        "response_body": bytes(response.body),
    }


def stored_response(request: Request, response: Response) -> tuple[TableRows, ...]:
    """The row storing ``response`` as the answer to the request's Idempotency-Key (none
    without a key), for a handler to write in the same statement as what it creates
    (:func:`hearth_kit.bulk.insert_together`): one round trip less. The route then stores
    nothing more; the row is in the request's transaction either way."""
    claim: IdempotencyClaim | None = getattr(request.state, "idempotency", None)
    if claim is None:
        return ()
    uow: UnitOfWork = request.state.uow
    request.state.idempotency_stored = True
    return (TableRows(idempotency_keys, [_stored(claim, response, uow.database.clock.now())]),)


async def record_response(uow: UnitOfWork, claim: IdempotencyClaim, response: Response) -> None:
    """Store the first response with the key, in the request's own transaction."""
    # No savepoint needed: on PostgreSQL the advisory lock taken in the claim means no other
    # transaction can be inserting this key; on SQLite writers are serial.
    values = _stored(claim, response, uow.database.clock.now())
    headers = values["response_headers"]
    if uow.database.is_postgres:
        values["response_headers"] = json.dumps(headers)
        await driver.execute(uow.session(), _INSERT_KEY_POSTGRES, values)
    else:
        await uow.session().execute(_INSERT_KEY, values)
