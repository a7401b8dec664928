"""Every query of the referrals service. Tenant scoping is applied by the kit to each."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

import sqlalchemy as sa
from hearth_contract.documents import DocumentStatus
from hearth_contract.problems import ValidationFailed
from hearth_contract.referrals import InformationRequestStatus
from hearth_kit import driver
from hearth_kit.bulk import TableRows, insert_together, is_postgres
from hearth_kit.db import audit_rows, gathered_audit
from hearth_kit.idempotency import CLAIM, PendingClaim
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer, joinedload, raiseload

from hearth_referrals.models import (
    Agency,
    InformationRequest,
    Recipient,
    Referral,
    ReferralChild,
    ReferralDocument,
    ReferralLink,
    StatusHistory,
)

__all__ = ["QueueFilter", "ReferralRepository", "decode_keyset", "encode_keyset"]


# A list of documents shows what each file is, not its draft or its bytes.
_DOCUMENT_SUMMARY_ONLY = (defer(ReferralDocument.draft), defer(ReferralDocument.corrections))

# A work-queue row needs neither the referral's whole document nor every agency's screening.
_SUMMARY_ONLY = (defer(Referral.content), raiseload(Referral.recipients))

# An earlier referral as a link shows it: its summary and its agencies' outcomes.
_LINKED_ONLY = defer(Referral.content, raiseload=True)

# The intake path's statements are built once: a request only binds its values.
_agencies = Agency.__table__
# The look-up names the LA itself (``la_code``): the kit's tenant scoping never applied to
# it (a select of a union carries no ORM entity on top), and on PostgreSQL it runs through
# asyncpg, where no ORM event runs.
_CANDIDATE_COLUMNS = (Referral.id.label("referral_id"), Referral.la_reference)
# The union's columns take this first select's types: the child's date of birth typed as a
# date, or SQLite (no types of its own) returned it as text, which never equals a date, and
# no re-referral there was found by a child.
_BY_REFERENCE = sa.select(
    *_CANDIDATE_COLUMNS,
    sa.null().label("first_name_key"),
    sa.null().label("last_name_key"),
    sa.cast(sa.null(), sa.Date).label("date_of_birth"),
).where(
    Referral.la_code == sa.bindparam("la_code"),
    sa.func.lower(Referral.la_reference) == sa.bindparam("la_reference"),
)


# Driven by the children's (la_code, date_of_birth) index alone: a join let the planner walk
# every referral of the LA and scan the children for each (a child's la_code is its
# referral's), which grew with the square of the referrals. A child's row carries no
# reference (null): a referral of the same reference is a candidate of its own (the
# reference's rows come first), which links by the reference whatever its children; the
# reference read for each child was a look-up of its referral's row (at random, one a child
# of the same birth date) to learn what that row already says.
_NO_REFERENCE = sa.cast(sa.null(), sa.String).label("la_reference")


def _by_birth(born: sa.ColumnElement[bool]) -> sa.Select:
    return sa.select(
        ReferralChild.referral_id.label("referral_id"),
        _NO_REFERENCE,
        ReferralChild.first_name_key,
        ReferralChild.last_name_key,
        ReferralChild.date_of_birth,
    ).where(ReferralChild.la_code == sa.bindparam("la_code"), born)


# The agencies' targets ride in the same statement as the candidates (one round trip less
# on every referral): their rows carry the agency id and its minutes, and no referral.
def _target_rows(named: sa.ColumnElement[bool]) -> sa.Select:
    return sa.select(
        sa.null().label("referral_id"),
        _agencies.c.id.label("la_reference"),
        sa.null().label("first_name_key"),
        sa.null().label("last_name_key"),
        sa.null().label("date_of_birth"),
        _agencies.c.first_response_minutes,
    ).where(named)


# On PostgreSQL each date of birth is looked up on its own (a lateral join over the array):
# ``date_of_birth = ANY($2)`` left the planner free to read every child of the LA through
# the index's first column and filter the dates, which it chose in the generic plan a
# prepared statement falls back to whenever the table's statistics were stale (a new or
# bulk-loaded table): a cost growing with the LA's referrals on every referral.
def _by_each_birth() -> sa.Select:
    born = (
        sa.func.unnest(sa.bindparam("dates_of_birth", type_=postgresql.ARRAY(sa.Date)))
        .table_valued("day")
        .render_derived(name="born")
    )
    child = (
        sa.select(
            ReferralChild.referral_id,
            ReferralChild.first_name_key,
            ReferralChild.last_name_key,
            ReferralChild.date_of_birth,
        )
        .where(
            ReferralChild.la_code == sa.bindparam("la_code"),
            ReferralChild.date_of_birth == born.c.day,
        )
        .limit(200)
        .lateral("child")
    )
    return sa.select(
        child.c.referral_id.label("referral_id"),
        _NO_REFERENCE,
        child.c.first_name_key,
        child.c.last_name_key,
        child.c.date_of_birth,
    ).select_from(born.join(child, sa.true()))


def _intake_lookups(*, by_birth: bool, arrays: bool) -> sa.CompoundSelect:
    """The look-up, with the children's dates if there are any. ``arrays``: the agencies
    and dates as PostgreSQL arrays, for asyncpg; an expanding ``IN`` is rendered again by
    SQLAlchemy on every execution."""
    if arrays:
        children = _by_each_birth()
        named = _agencies.c.id == sa.any_(
            sa.bindparam("agency_ids", type_=postgresql.ARRAY(sa.String))
        )
    else:
        born = ReferralChild.date_of_birth.in_(sa.bindparam("dates_of_birth", expanding=True))
        children = _by_birth(born)
        named = _agencies.c.id.in_(sa.bindparam("agency_ids", expanding=True))
    candidates = sa.union_all(_BY_REFERENCE, children) if by_birth else _BY_REFERENCE
    found = sa.select(candidates.subquery()).limit(200).subquery()
    no_minutes = sa.cast(sa.null(), sa.Integer).label("first_response_minutes")
    return sa.union_all(sa.select(*found.c, no_minutes), _target_rows(named))


def _claimed(lookups: sa.CompoundSelect) -> sa.Select:
    """The look-up with the Idempotency-Key's claim, in one statement: the claim's one row
    (any stored answer) and, joined to it, the look-up's rows, read only when the key is
    this request's to use."""
    found = lookups.subquery("found")
    return sa.select(CLAIM, found).select_from(
        CLAIM.outerjoin(found, CLAIM.c.request_hash.is_(None))
    )


# (children have dates of birth, PostgreSQL) -> the statement, each built once; and on
# PostgreSQL the same after the key's claim.
_INTAKE_LOOKUPS = {
    (by_birth, arrays): _intake_lookups(by_birth=by_birth, arrays=arrays)
    for by_birth in (True, False)
    for arrays in (True, False)
}
_CLAIM_COLUMNS = len(CLAIM.c)
_CLAIMED_LOOKUPS = {
    by_birth: _claimed(_INTAKE_LOOKUPS[(by_birth, True)]) for by_birth in (True, False)
}
_referrals = Referral.__table__
_children = ReferralChild.__table__
_recipients = Recipient.__table__
_history = StatusHistory.__table__
_links = ReferralLink.__table__


@cache
def _columns(table: sa.Table) -> frozenset[str]:
    return frozenset(column.key for column in table.columns)


def _row(values: dict[str, object], table: sa.Table) -> dict[str, object]:
    """The values of ``table``'s columns among ``values`` (a referral's also carry its
    completeness, which is no column)."""
    columns = _columns(table)
    return {name: value for name, value in values.items() if name in columns}


def encode_keyset(at: datetime, row_id: uuid.UUID) -> str:
    raw = json.dumps([at.isoformat(), str(row_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_keyset(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        at, row_id = json.loads(base64.urlsafe_b64decode(padded))
        return datetime.fromisoformat(at), uuid.UUID(row_id)
    except (ValueError, TypeError, json.JSONDecodeError):
        raise ValidationFailed("The cursor is not one this list gave out.") from None


class CandidateRow(NamedTuple):
    """An earlier referral that may be of the same child: by reference (no child) or by a
    child of the same date of birth (no reference)."""

    referral_id: uuid.UUID
    la_reference: str | None
    first_name_key: str | None
    last_name_key: str | None
    date_of_birth: date | None


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    la_code: str | None = None
    setting: str | None = None
    urgency: str | None = None
    needed_by: str | None = None
    born_after: date | None = None  # youngest child born after this (age band upper bound)
    born_on_or_before: date | None = None  # eldest child born on or before (lower bound)
    officer: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    overdue_at: datetime | None = None  # only those whose first response is overdue at this time
    waiting_on_la: bool = False  # only those with an information request the LA has not answered


class ReferralRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, referral_id: uuid.UUID) -> Referral | None:
        return await self.session.get(Referral, referral_id)

    async def get_many(self, referral_ids: list[uuid.UUID]) -> list[Referral]:
        """Referrals by id in one query (and one for their screenings): the visible ones."""
        if not referral_ids:
            return []
        query = sa.select(Referral).where(Referral.id.in_(referral_ids))
        return list(await self.session.scalars(query))

    async def get_for_update(self, referral_id: uuid.UUID) -> Referral | None:
        query = sa.select(Referral).where(Referral.id == referral_id)
        if self.session.bind.dialect.name == "postgresql":
            query = query.with_for_update(of=Referral)
        return (await self.session.scalars(query)).first()

    async def referral_to_claim(self, referral_id: uuid.UUID, la_code: str) -> Referral | None:
        """A referral naming ``la_code`` as its LA, whether or not it is the LA's own yet.

        Across the LA's scope on purpose: an LA claims what an agency registered in its
        name, which it cannot read until it has. Locked on PostgreSQL.
        """
        query = (
            sa.select(Referral)
            .where(Referral.id == referral_id, Referral.la_code == la_code)
            .execution_options(system_reason="an LA claims a referral registered in its name")
        )
        if self.session.bind.dialect.name == "postgresql":
            query = query.with_for_update(of=Referral)
        return (await self.session.scalars(query)).first()

    async def confirm_draft(self, document_id: uuid.UUID, referral_id: uuid.UUID) -> bool:
        """Mark a draft as becoming ``referral_id``, unless it already became one.

        One conditional UPDATE on both backends: a concurrent confirm waits on the row
        (PostgreSQL) or the write lock (SQLite), then finds it taken. False if it was.
        """
        result = await self.session.execute(
            sa.update(ReferralDocument)
            .where(ReferralDocument.id == document_id, ReferralDocument.referral_id.is_(None))
            .values(status=DocumentStatus.CONFIRMED.value, referral_id=referral_id)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    async def documents(
        self, status: str | None, after: str | None, limit: int
    ) -> list[ReferralDocument]:
        """The caller's uploaded documents, newest first."""
        query = sa.select(ReferralDocument).options(*_DOCUMENT_SUMMARY_ONLY)
        if status:
            query = query.where(ReferralDocument.status == status)
        if after:
            at, row_id = decode_keyset(after)
            query = query.where(
                sa.tuple_(ReferralDocument.uploaded_at, ReferralDocument.id) < sa.tuple_(at, row_id)
            )
        query = query.order_by(
            ReferralDocument.uploaded_at.desc(), ReferralDocument.id.desc()
        ).limit(limit)
        return list(await self.session.scalars(query))

    async def children(self, referral_id: uuid.UUID) -> list[ReferralChild]:
        query = (
            sa.select(ReferralChild)
            .where(ReferralChild.referral_id == referral_id)
            .order_by(ReferralChild.position)
        )
        return list(await self.session.scalars(query))

    async def recipient(self, referral_id: uuid.UUID, agency_id: str) -> Recipient | None:
        query = sa.select(Recipient).where(
            Recipient.referral_id == referral_id, Recipient.agency_id == agency_id
        )
        if self.session.bind.dialect.name == "postgresql":
            query = query.with_for_update()
        return (await self.session.scalars(query)).first()

    async def all_recipient_statuses(self, referral_id: uuid.UUID) -> list[str]:
        """Every agency's screening status: across tenants, to know whether all have finished.

        Only statuses leave this method, never another agency's row.
        """
        query = (
            sa.select(Recipient.status)
            .where(Recipient.referral_id == referral_id)
            .execution_options(system_reason="referral closes when every agency has finished")
        )
        return list(await self.session.scalars(query))

    async def intake_lookups(
        self,
        agency_ids: list[str],
        la_code: str,
        la_reference: str,
        dates_of_birth: list[date],
        claim: PendingClaim | None = None,
    ) -> tuple[dict[str, int], list]:
        """What a new referral needs read, in one round trip: each known agency's
        first-response target by id (unknown ids are absent), and the referrals of the
        caller's LA with the same reference or a child of the same birth date.

        Candidates are rows of (referral_id, la_reference, first_name_key, last_name_key,
        date_of_birth): a match on the reference has no child columns, a match by a child's
        date of birth no reference (a referral matching on both is both rows).
        With a ``claim`` (PostgreSQL), the Idempotency-Key is claimed in the same statement
        and settled (a replay, a reused key or one in flight raises) before anything else.
        """
        params: dict[str, object] = {
            "agency_ids": agency_ids,
            "la_code": la_code,
            "la_reference": la_reference.strip().lower(),
        }
        if dates_of_birth:
            params["dates_of_birth"] = dates_of_birth
        on_postgres = is_postgres(self.session)
        query = _INTAKE_LOOKUPS[(bool(dates_of_birth), on_postgres)]
        if on_postgres and claim is not None:
            query = _CLAIMED_LOOKUPS[bool(dates_of_birth)]
            params.update(claim.params)
        if on_postgres:
            # Through asyncpg: the statement names the LA (``la_code``) itself; the kit's
            # scoping never applied to it (a select of a union has no ORM entity on top).
            # With a claim (intake) the read is a statement on its own, no transaction
            # begun: the write that follows stands alone too (add_new), on the same
            # connection, kept for it.
            alone = claim is not None
            rows = await driver.fetch(self.session, query, params, alone=alone, keep=alone)
        else:
            rows = list(await self.session.execute(query, params))
        if on_postgres and claim is not None:
            claim.settle(rows[0])
            # The look-up's rows each name a referral or an agency; none is the key's row
            # alone (a replay, or a key in flight, raised above).
            rows = [
                tuple(row)[_CLAIM_COLUMNS:]
                for row in rows
                if row["referral_id"] is not None or row["la_reference"] is not None
            ]
        targets: dict[str, int] = {}
        candidates = []
        for row in rows:
            referral_id, reference, first_name_key, last_name_key, born, minutes = row
            if referral_id is None:
                targets[reference] = minutes
            else:
                candidates.append(
                    CandidateRow(referral_id, reference, first_name_key, last_name_key, born)
                )
        return targets, candidates

    async def add_new(
        self,
        referral: dict[str, object],
        recipients: list[dict[str, object]],
        children: list[dict[str, object]],
        history: dict[str, object],
        links: list[dict[str, object]],
        event: TableRows,
        *also: TableRows,
        alone: bool = False,
    ) -> None:
        """Insert a new referral (its rows' values) with its recipients, children, first
        history row, links, its outbox ``event``, the audit rows of its creation and
        ``also``, in one statement.

        Core inserts of rows the session never holds: the referral is complete when it
        arrives, and the ORM unit of work cost more than the rest of intake together.
        ``alone``: the statement is the request's whole write, PostgreSQL's own
        transaction (no BEGIN, no COMMIT), unless the session has one open; the audit rows
        the request gathered before it (a re-referral's reads of the earlier referrals its
        answer shows) go in it too, not in a statement of their own at the commit.
        """
        created = [("create", Referral.__audit_type__, str(referral["id"]))]
        created += [
            ("create", ReferralChild.__audit_type__, str(child["id"])) for child in children
        ]
        if alone:
            created += gathered_audit(self.session)
        await insert_together(
            self.session,
            [
                TableRows(_referrals, [_row(referral, _referrals)]),
                TableRows(_children, children),
                TableRows(_recipients, recipients),
                TableRows(_history, [history]),
                TableRows(_links, links),
                event,
                audit_rows(self.session, created),
                *also,
            ],
            alone=alone,
        )

    async def earlier_referrals(self, referral_ids: list[uuid.UUID]) -> list[Referral]:
        """The earlier referrals a new one will link to that the caller may see, newest
        first (as :meth:`links` shows them once the links are written), with their
        agencies' screenings in the same statement (a re-referral's intake reads them
        between its look-up and its write: one statement, not a second for the screenings)."""
        query = (
            sa.select(Referral)
            .where(Referral.id.in_(referral_ids))
            .order_by(Referral.received_at.desc())
            # A link shows the summary and outcomes, never the content.
            .options(_LINKED_ONLY, joinedload(Referral.recipients))
        )
        return list((await self.session.scalars(query)).unique())

    async def links(self, referral_id: uuid.UUID) -> list[tuple[ReferralLink, Referral]]:
        query = (
            sa.select(ReferralLink, Referral)
            .options(_LINKED_ONLY)
            .join(Referral, Referral.id == ReferralLink.earlier_referral_id)
            .where(ReferralLink.referral_id == referral_id)
            .order_by(Referral.received_at.desc())
        )
        return [(row[0], row[1]) for row in await self.session.execute(query)]

    async def links_of(
        self, referral_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, list[tuple[ReferralLink, Referral]]]:
        """:meth:`links` of many referrals in one query."""
        found: dict[uuid.UUID, list[tuple[ReferralLink, Referral]]] = {}
        if not referral_ids:
            return found
        query = (
            sa.select(ReferralLink, Referral)
            .options(_LINKED_ONLY)
            .join(Referral, Referral.id == ReferralLink.earlier_referral_id)
            .where(ReferralLink.referral_id.in_(referral_ids))
            .order_by(Referral.received_at.desc())
        )
        for link, earlier in await self.session.execute(query):
            found.setdefault(link.referral_id, []).append((link, earlier))
        return found

    async def history(self, referral_id: uuid.UUID) -> list[StatusHistory]:
        query = (
            sa.select(StatusHistory)
            .where(StatusHistory.referral_id == referral_id)
            .order_by(StatusHistory.id)
        )
        return list(await self.session.scalars(query))

    async def information_requests(self, referral_id: uuid.UUID) -> list[InformationRequest]:
        query = (
            sa.select(InformationRequest)
            .where(InformationRequest.referral_id == referral_id)
            .order_by(InformationRequest.requested_at)
        )
        return list(await self.session.scalars(query))

    async def information_request(
        self, referral_id: uuid.UUID, request_id: uuid.UUID
    ) -> InformationRequest | None:
        query = sa.select(InformationRequest).where(
            InformationRequest.referral_id == referral_id, InformationRequest.id == request_id
        )
        return (await self.session.scalars(query)).first()

    async def agency(self, agency_id: str) -> Agency | None:
        return await self.session.get(Agency, agency_id)

    async def agencies(self, agency_ids: list[str] | None = None) -> list[Agency]:
        query = sa.select(Agency).order_by(Agency.id)
        if agency_ids is not None:
            query = query.where(Agency.id.in_(agency_ids))
        return list(await self.session.scalars(query))

    def _filtered(self, query: sa.Select, flt: QueueFilter) -> sa.Select:
        conditions = []
        if flt.la_code:
            conditions.append(Referral.la_code == flt.la_code)
        if flt.setting:
            conditions.append(Referral.setting == flt.setting)
        if flt.urgency:
            conditions.append(Referral.urgency == flt.urgency)
        if flt.needed_by:
            conditions.append(Referral.needed_by == flt.needed_by)
        if flt.born_after:
            conditions.append(Referral.youngest_born_on > flt.born_after)
        if flt.born_on_or_before:
            conditions.append(Referral.eldest_born_on <= flt.born_on_or_before)
        if flt.received_from:
            conditions.append(Referral.received_at >= flt.received_from)
        if flt.received_to:
            conditions.append(Referral.received_at < flt.received_to)
        if flt.waiting_on_la:
            # Tenant scoping reaches into the subquery: an agency counts only its own requests.
            conditions.append(
                sa.exists().where(
                    InformationRequest.referral_id == Referral.id,
                    InformationRequest.status == InformationRequestStatus.OPEN.value,
                )
            )
        return query.where(*conditions)

    async def agency_queue(
        self, flt: QueueFilter, after: str | None, limit: int
    ) -> list[tuple[Recipient, Referral]]:
        """The calling agency's work queue, soonest first-response due first."""
        query = (
            sa.select(Recipient, Referral)
            .join(Referral, Referral.id == Recipient.referral_id)
            .options(*_SUMMARY_ONLY)
        )
        query = self._filtered(query, flt)
        if flt.statuses:
            query = query.where(Recipient.status.in_(flt.statuses))
        if flt.officer:
            query = query.where(Recipient.assigned_officer == flt.officer)
        if flt.overdue_at:
            query = query.where(
                Recipient.first_responded_at.is_(None),
                Recipient.first_response_due_at < flt.overdue_at,
            )
        if after:
            at, row_id = decode_keyset(after)
            query = query.where(
                sa.tuple_(Recipient.first_response_due_at, Recipient.id) > sa.tuple_(at, row_id)
            )
        query = query.order_by(Recipient.first_response_due_at, Recipient.id).limit(limit)
        return [(row[0], row[1]) for row in await self.session.execute(query)]

    async def la_list(self, flt: QueueFilter, after: str | None, limit: int) -> list[Referral]:
        """The calling LA's referrals, newest first."""
        query = self._filtered(sa.select(Referral).options(*_SUMMARY_ONLY), flt)
        if flt.statuses:
            query = query.where(Referral.status.in_(flt.statuses))
        if after:
            at, row_id = decode_keyset(after)
            query = query.where(
                sa.tuple_(Referral.received_at, Referral.id) < sa.tuple_(at, row_id)
            )
        query = query.order_by(Referral.received_at.desc(), Referral.id.desc()).limit(limit)
        return list(await self.session.scalars(query))

    async def recipients_of(self, referral_ids: list[uuid.UUID]) -> list:
        """Every addressed agency's screening of these referrals, in one query: rows of
        (referral_id, agency_id, status, first_responded_at), by agency."""
        if not referral_ids:
            return []
        query = (
            sa.select(
                Recipient.referral_id,
                Recipient.agency_id,
                Recipient.status,
                Recipient.first_responded_at,
            )
            .where(Recipient.referral_id.in_(referral_ids))
            .order_by(Recipient.referral_id, Recipient.agency_id)
        )
        return list(await self.session.execute(query))

    async def open_questions_of(
        self, referral_ids: list[uuid.UUID]
    ) -> dict[tuple[uuid.UUID, str], int]:
        """Unanswered questions of the open requests on these referrals, by (referral, agency),
        in one query."""
        counts: dict[tuple[uuid.UUID, str], int] = {}
        if not referral_ids:
            return counts
        request = InformationRequest
        query = sa.select(request.referral_id, request.agency_id, request.questions).where(
            InformationRequest.referral_id.in_(referral_ids),
            InformationRequest.status == InformationRequestStatus.OPEN.value,
        )
        for referral_id, agency_id, questions in await self.session.execute(query):
            unanswered = sum(1 for q in questions if not q.get("answered_at"))
            counts[referral_id, agency_id] = counts.get((referral_id, agency_id), 0) + unanswered
        return counts

    async def sla_counts(self, now: datetime, day_start: datetime, terminal: list[str]) -> dict:
        awaiting = sa.and_(
            Recipient.first_responded_at.is_(None), Recipient.status.not_in(terminal)
        )
        # Today's referrals, counted by the day they arrived (London midnight): one received
        # before midnight and answered after it is yesterday's, so answered never exceeds
        # received.
        received_today = Recipient.received_at >= day_start
        answered_today = sa.and_(received_today, Recipient.first_responded_at.is_not(None))
        query = sa.select(
            sa.func.count().filter(awaiting),
            sa.func.count().filter(sa.and_(awaiting, Recipient.first_response_due_at < now)),
            sa.func.count().filter(received_today),
            sa.func.count().filter(answered_today),
            sa.func.count().filter(
                sa.and_(
                    answered_today, Recipient.first_responded_at <= Recipient.first_response_due_at
                )
            ),
        ).select_from(Recipient)
        row = (await self.session.execute(query)).one()
        keys = ("awaiting", "overdue", "received_today", "answered_today", "within_target_today")
        return dict(zip(keys, row, strict=True))
