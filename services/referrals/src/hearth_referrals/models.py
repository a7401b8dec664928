"""What the referrals service stores.

A referral's content (what the LA wrote) is kept whole as a validated JSON document;
the columns beside it are what the work queue filters and sorts on. Each agency a
referral is addressed to screens it through its own :class:`Recipient` row, so one
agency never sees another's screening.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_contract.referrals import ReferralSource
from hearth_kit.auth import Principal
from hearth_kit.db import Audited, TenantScoped, new_id
from hearth_kit.tables import NAMING_CONVENTION, BigId, JSONDocument, UtcDateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "Agency",
    "Base",
    "InformationRequest",
    "Recipient",
    "Referral",
    "ReferralChild",
    "ReferralDocument",
    "ReferralLink",
    "StatusHistory",
]

Timestamp = UtcDateTime()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _is_agency(principal: Principal) -> bool:
    return principal.kind is CallerKind.AGENCY


def _addressed_to(referral_id: Any, agency_id: str | None) -> sa.ColumnElement[bool]:
    # An alias, so the subquery never correlates with a recipients table in the outer query.
    addressed = Recipient.__table__.alias("addressed")
    return sa.exists().where(
        addressed.c.referral_id == referral_id, addressed.c.agency_id == agency_id
    )


class Referral(Base, TenantScoped, Audited):
    __tablename__ = "referrals"
    __audit_type__ = "referral"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    la_code: Mapped[str] = mapped_column(sa.String(16))  # led by the indexes below
    la_reference: Mapped[str] = mapped_column(sa.String(64))
    referral_date: Mapped[date] = mapped_column(sa.Date)
    received_at: Mapped[datetime] = mapped_column(Timestamp)
    status: Mapped[str] = mapped_column(sa.String(24))
    setting: Mapped[str] = mapped_column(sa.String(32))
    urgency: Mapped[str] = mapped_column(sa.String(16))
    needed_by: Mapped[str] = mapped_column(sa.String(16))
    start_date: Mapped[date | None] = mapped_column(sa.Date)
    children_count: Mapped[int] = mapped_column(sa.Integer)
    youngest_born_on: Mapped[date | None] = mapped_column(sa.Date)
    eldest_born_on: Mapped[date | None] = mapped_column(sa.Date)
    blocking_gaps: Mapped[int] = mapped_column(sa.Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    document_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)
    created_by: Mapped[str] = mapped_column(sa.String(300))
    source: Mapped[str] = mapped_column(
        sa.String(24), server_default=ReferralSource.LA_API.value, default=ReferralSource.LA_API
    )
    claimed_at: Mapped[datetime | None] = mapped_column(Timestamp)
    claimed_by: Mapped[str | None] = mapped_column(sa.String(300))

    recipients: Mapped[list[Recipient]] = relationship(
        back_populates="referral", lazy="selectin", order_by="Recipient.agency_id"
    )

    # Set by intake on a new referral: how many earlier referrals of the same child it found,
    # and its completeness (assessed once, for the stored count and the response).
    linked_earlier = None
    completeness = None

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.Index("ix_referrals_la_code_received_at", "la_code", "received_at", "id"),
        sa.Index("ix_referrals_la_code_reference", "la_code", sa.func.lower(la_reference)),
    )

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            # A referral an agency registered in the LA's name is the LA's only once claimed.
            # Every LA read of a referral's rows goes through its Referral, so this one
            # condition keeps the LA's list, reads, history and questions to its own.
            return sa.and_(
                cls.la_code == principal.tenant,
                sa.or_(
                    cls.source == ReferralSource.LA_API.value,
                    cls.claimed_at.is_not(None),
                ),
            )
        if _is_agency(principal):
            return _addressed_to(cls.id, principal.tenant)
        return sa.false()


class ReferralChild(Base, TenantScoped, Audited):
    """The identifying part of each child, kept apart for re-referral look-ups."""

    __tablename__ = "referral_children"
    __audit_type__ = "referral_child"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("referrals.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(sa.Integer)
    la_code: Mapped[str] = mapped_column(sa.String(16))
    first_name_key: Mapped[str] = mapped_column(sa.String(200))
    last_name_key: Mapped[str | None] = mapped_column(sa.String(200))
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)

    __table_args__ = (sa.Index("ix_referral_children_la_dob", "la_code", "date_of_birth"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        if _is_agency(principal):
            return _addressed_to(cls.referral_id, principal.tenant)
        return sa.false()


class Recipient(Base, TenantScoped):
    """One agency's copy of the work: its screening status and its 15-minute clock."""

    __tablename__ = "recipients"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("referrals.id", ondelete="CASCADE")
    )
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    status: Mapped[str] = mapped_column(sa.String(32))
    received_at: Mapped[datetime] = mapped_column(Timestamp)
    first_response_due_at: Mapped[datetime] = mapped_column(Timestamp)
    first_responded_at: Mapped[datetime | None] = mapped_column(Timestamp)
    assigned_officer: Mapped[str | None] = mapped_column(sa.String(200))
    assigned_officer_name: Mapped[str | None] = mapped_column(sa.String(200))
    decline_reason: Mapped[str | None] = mapped_column(sa.String(40))
    decline_note: Mapped[str | None] = mapped_column(sa.Text)
    status_before_questions: Mapped[str | None] = mapped_column(sa.String(32))

    referral: Mapped[Referral] = relationship(back_populates="recipients", lazy="raise")

    __table_args__ = (
        sa.UniqueConstraint("referral_id", "agency_id"),
        # Also the agency's figures' index (its first column): none reads by status.
        sa.Index("ix_recipients_queue", "agency_id", "first_response_due_at", "id"),
    )

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        if _is_agency(principal):
            return cls.agency_id == principal.tenant
        return sa.false()


class InformationRequest(Base, TenantScoped, Audited):
    """Questions an agency asks the LA, and the LA's answers."""

    __tablename__ = "information_requests"
    __audit_type__ = "information_request"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("referrals.id", ondelete="CASCADE")
    )
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    status: Mapped[str] = mapped_column(sa.String(16))
    requested_at: Mapped[datetime] = mapped_column(Timestamp)
    requested_by: Mapped[str] = mapped_column(sa.String(300))
    answered_at: Mapped[datetime | None] = mapped_column(Timestamp)
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)

    __table_args__ = (sa.Index("ix_information_requests_referral", "referral_id"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        if _is_agency(principal):
            return cls.agency_id == principal.tenant
        return sa.false()


class StatusHistory(Base, TenantScoped):
    """Every change of a referral or of one agency's screening: who, when, from, to, why."""

    __tablename__ = "status_history"

    # A sequence, not a uuid: several changes can share a timestamp and must keep their order.
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("referrals.id", ondelete="CASCADE")
    )
    agency_id: Mapped[str | None] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    at: Mapped[datetime] = mapped_column(Timestamp)
    actor_kind: Mapped[str] = mapped_column(sa.String(16))
    actor: Mapped[str] = mapped_column(sa.String(300))
    from_status: Mapped[str | None] = mapped_column(sa.String(32))
    to_status: Mapped[str] = mapped_column(sa.String(32))
    reason: Mapped[str | None] = mapped_column(sa.String(200))
    note: Mapped[str | None] = mapped_column(sa.Text)

    __table_args__ = (sa.Index("ix_status_history_referral", "referral_id", "id"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        if _is_agency(principal):
            return sa.or_(
                cls.agency_id == principal.tenant,
                sa.and_(cls.agency_id.is_(None), _addressed_to(cls.referral_id, principal.tenant)),
            )
        return sa.false()


class ReferralLink(Base, TenantScoped):
    """A re-referral: this referral is of a child referred before."""

    __tablename__ = "referral_links"

    referral_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True
    )
    earlier_referral_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True
    )
    la_code: Mapped[str] = mapped_column(sa.String(16))
    basis: Mapped[str] = mapped_column(sa.String(32))

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        if _is_agency(principal):
            return _addressed_to(cls.referral_id, principal.tenant)
        return sa.false()


class ReferralDocument(Base, TenantScoped, Audited):
    """A document an LA sent (email, Word form, PDF...), kept as received, with its draft."""

    __tablename__ = "referral_documents"
    __audit_type__ = "referral_document"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    uploaded_at: Mapped[datetime] = mapped_column(Timestamp)
    uploaded_by: Mapped[str] = mapped_column(sa.String(300))
    uploader_kind: Mapped[str] = mapped_column(sa.String(16))
    agency_id: Mapped[str | None] = mapped_column(sa.String(64))
    la_code: Mapped[str | None] = mapped_column(sa.String(16))
    filename: Mapped[str | None] = mapped_column(sa.String(255))
    media_type: Mapped[str] = mapped_column(sa.String(120))
    size_bytes: Mapped[int] = mapped_column(sa.Integer)
    content_sha256: Mapped[str] = mapped_column(sa.String(64))
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    draft: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    status: Mapped[str] = mapped_column(sa.String(16))
    referral_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)
    corrections: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)

    __table_args__ = (sa.Index("ix_referral_documents_agency", "agency_id", "uploaded_at"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        # A document is its uploader's: the agency that received it, or the LA that sent it.
        if principal.kind is CallerKind.LA:
            return sa.and_(
                cls.uploader_kind == CallerKind.LA.value, cls.la_code == principal.tenant
            )
        if _is_agency(principal):
            return cls.agency_id == principal.tenant
        return sa.false()


class Agency(Base):
    """The directory of agencies referrals can be sent to, with each one's own settings.

    Not tenant data: any caller may see which agencies exist. Only the agency itself
    (or an operator) may change its settings; the service enforces that.
    """

    __tablename__ = "agencies"

    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    first_response_minutes: Mapped[int] = mapped_column(sa.Integer, default=15)
