"""What the placements service stores: placements, their tasks, meetings and records.

Every table carries the placement's agency and LA, so tenant isolation needs no join:
an agency sees its own placements, an LA its own children's, a service none (it reads
the event feed). Placements, meetings and records are a child's record: every read
is audited. Tasks hold no child data (kinds, owners, dates) and are not.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_kit.auth import Principal
from hearth_kit.db import Audited, TenantScoped, new_id
from hearth_kit.tables import NAMING_CONVENTION, JSONDocument, UtcDateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["Base", "Meeting", "Placement", "PlacementRecord", "Task"]

Timestamp = UtcDateTime()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class _Tenanted(TenantScoped):
    """Agency users see their agency's rows; LA users their children's; others none."""

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.AGENCY:
            return cls.agency_id == principal.tenant  # type: ignore[attr-defined]
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant  # type: ignore[attr-defined]
        return sa.false()


class Placement(Base, _Tenanted, Audited):
    __tablename__ = "placements"
    __audit_type__ = "placement"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    offer_id: Mapped[str] = mapped_column(sa.String(64), unique=True)
    match_id: Mapped[str] = mapped_column(sa.String(64))
    referral_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    household_id: Mapped[str | None] = mapped_column(sa.String(64))
    home_id: Mapped[str | None] = mapped_column(sa.String(64))
    vacancy_ids: Mapped[list[str]] = mapped_column(JSONDocument)
    start_date: Mapped[date] = mapped_column(sa.Date)
    placement_type: Mapped[str] = mapped_column(sa.String(8))
    legal_status: Mapped[str | None] = mapped_column(sa.String(8))
    nation: Mapped[str] = mapped_column(sa.String(8))
    status: Mapped[str] = mapped_column(sa.String(16))
    workers: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    details: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    ending: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument, nullable=True)
    end_date: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.Index("ix_placements_agency_start", "agency_id", "start_date"),
        sa.Index("ix_placements_la_start", "la_code", "start_date"),
    )


class Task(Base, _Tenanted):
    __tablename__ = "placement_tasks"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    placement_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    kind: Mapped[str] = mapped_column(sa.String(40))
    title: Mapped[str] = mapped_column(sa.String(200))
    owner_role: Mapped[str] = mapped_column(sa.String(40))
    owner_id: Mapped[str | None] = mapped_column(sa.String(64))
    due_date: Mapped[date] = mapped_column(sa.Date)
    statutory_due_date: Mapped[date | None] = mapped_column(sa.Date)
    due_change_reason: Mapped[str | None] = mapped_column(sa.Text)
    state: Mapped[str] = mapped_column(sa.String(16))
    completion: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument, nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)
    completed_by: Mapped[str | None] = mapped_column(sa.String(300))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid, nullable=True)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The work lists and their counts per worker read these alone (index-only scans).
        sa.Index(
            "ix_placement_tasks_agency_open",
            "agency_id",
            "state",
            "due_date",
            postgresql_include=["owner_role", "owner_id"],
        ),
        sa.Index(
            "ix_placement_tasks_la_open",
            "la_code",
            "state",
            "due_date",
            postgresql_include=["owner_role", "owner_id"],
        ),
        sa.Index(
            "ix_placement_tasks_owner_open",
            "owner_id",
            "state",
            "due_date",
            postgresql_include=["owner_role", "agency_id", "la_code"],
        ),
    )


class Meeting(Base, _Tenanted, Audited):
    __tablename__ = "placement_meetings"
    __audit_type__ = "placement_meeting"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    placement_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("placements.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    kind: Mapped[str] = mapped_column(sa.String(32))
    state: Mapped[str] = mapped_column(sa.String(16))
    scheduled_for: Mapped[datetime] = mapped_column(Timestamp)
    location: Mapped[str] = mapped_column(sa.String(200))
    attendees: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    agenda: Mapped[list[str]] = mapped_column(JSONDocument)
    childs_views: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    action_task_ids: Mapped[list[str]] = mapped_column(JSONDocument)
    held_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)
    # iCalendar's SEQUENCE: up by one each time the meeting is moved or called off.
    sequence: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    change_reason_code: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    change_note: Mapped[str | None] = mapped_column(sa.Text, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (sa.Index("ix_placement_meetings_agency_when", "agency_id", "scheduled_for"),)


class PlacementRecord(Base, _Tenanted, Audited):
    """One version of a structured record (risk assessment, delegated authority)."""

    __tablename__ = "placement_records"
    __audit_type__ = "placement_record"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    placement_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("placements.id", ondelete="CASCADE")
    )
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    kind: Mapped[str] = mapped_column(sa.String(32))
    version: Mapped[int] = mapped_column(sa.Integer)
    body: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    recorded_at: Mapped[datetime] = mapped_column(Timestamp)
    recorded_by: Mapped[str] = mapped_column(sa.String(300))

    __table_args__ = (
        sa.UniqueConstraint("placement_id", "kind", "version", name="uq_placement_records_version"),
    )
