"""What the offers service stores: the agencies' rate cards, offers with their frozen
costings and pack, each offer's history, and the profile files attached to offers.

An agency sees its own rows. An LA sees the offers sent to it (never a draft) and the
files of those offers; it never sees a rate card.
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "AgencyBrand",
    "AgencyLogo",
    "Attachment",
    "Base",
    "Offer",
    "OfferEmail",
    "OfferStep",
    "RateCard",
]

Timestamp = UtcDateTime()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _own_agency(column: Any, principal: Principal) -> sa.ColumnElement[bool]:
    if principal.kind is CallerKind.AGENCY:
        return column == principal.tenant
    return sa.false()


class RateCard(Base, TenantScoped):
    """One version of an agency's prices, in force between two dates."""

    __tablename__ = "rate_cards"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    version: Mapped[int] = mapped_column(sa.Integer)
    effective_from: Mapped[date] = mapped_column(sa.Date)
    effective_to: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    prices: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    created_by: Mapped[str] = mapped_column(sa.String(300))

    __table_args__ = (sa.UniqueConstraint("agency_id", "version"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class Offer(Base, TenantScoped, Audited):
    """An agency's offer of a home to an LA for a child, from an agreed match."""

    __tablename__ = "offers"
    __audit_type__ = "offer"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    referral_id: Mapped[str] = mapped_column(sa.String(64), index=True)
    match_id: Mapped[str] = mapped_column(sa.String(64), unique=True)
    household_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    home_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    vacancy_ids: Mapped[list[str]] = mapped_column(JSONDocument)
    setting: Mapped[str] = mapped_column(sa.String(32))
    placement_type: Mapped[str] = mapped_column(sa.String(8))
    match_run_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    status: Mapped[str] = mapped_column(sa.String(16))
    answer_by: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    profile_text: Mapped[str | None] = mapped_column(sa.Text, nullable=True)
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    costing_request: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument, nullable=True)
    costings: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument, nullable=True)
    pack: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)
    start_date: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    reason_code: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    last_chased_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)
    chase_count: Mapped[int] = mapped_column(sa.Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)

    steps: Mapped[list[OfferStep]] = relationship(
        order_by="OfferStep.seq", cascade="all, delete-orphan", lazy="selectin"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.created_at", cascade="all, delete-orphan", lazy="selectin"
    )
    emails: Mapped[list[OfferEmail]] = relationship(
        order_by="OfferEmail.created_at", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # One accepted offer per child's referral: a second acceptance loses the race (409).
        sa.Index(
            "uq_offers_accepted_referral",
            "referral_id",
            unique=True,
            sqlite_where=sa.text("status = 'accepted'"),
            postgresql_where=sa.text("status = 'accepted'"),
        ),
    )

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return sa.and_(cls.la_code == principal.tenant, cls.status != "draft")
        return _own_agency(cls.agency_id, principal)


class OfferStep(Base, TenantScoped):
    """One change of an offer: who, when, what and why. Never changed once written."""

    __tablename__ = "offer_steps"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    offer_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("offers.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    seq: Mapped[int] = mapped_column(sa.Integer)
    step: Mapped[str] = mapped_column(sa.String(32))
    reason_code: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    note: Mapped[str | None] = mapped_column(sa.Text, nullable=True)
    actor: Mapped[str] = mapped_column(sa.String(300))
    at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        return _own_agency(cls.agency_id, principal)


class Attachment(Base, TenantScoped, Audited):
    """A file of an offer's family or home profile, stored with its SHA-256."""

    __tablename__ = "offer_attachments"
    __audit_type__ = "offer_attachment"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    offer_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("offers.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    filename: Mapped[str] = mapped_column(sa.String(200))
    media_type: Mapped[str] = mapped_column(sa.String(64))
    size_bytes: Mapped[int] = mapped_column(sa.Integer)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    description: Mapped[str | None] = mapped_column(sa.String(300), nullable=True)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        # An LA reaches a file only through an offer sent to it (checked by the service).
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        return _own_agency(cls.agency_id, principal)


class OfferEmail(Base, TenantScoped):
    """One email of a sent offer, queued in the send's transaction and delivered by the
    mail outbox: retried while SMTP is away, never lost, sent once per Message-ID."""

    __tablename__ = "offer_emails"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    offer_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("offers.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    la_code: Mapped[str] = mapped_column(sa.String(16))
    recipient_role: Mapped[str] = mapped_column(sa.String(32))
    to_address: Mapped[str] = mapped_column(sa.String(320))
    subject: Mapped[str] = mapped_column(sa.String(300))
    body_text: Mapped[str] = mapped_column(sa.Text)
    message_id: Mapped[str] = mapped_column(sa.String(250), unique=True)
    status: Mapped[str] = mapped_column(sa.String(16))
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(Timestamp)
    last_error: Mapped[str | None] = mapped_column(sa.String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp, nullable=True)

    __table_args__ = (sa.Index("ix_offer_emails_due", "status", "next_attempt_at"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is CallerKind.LA:
            return cls.la_code == principal.tenant
        return _own_agency(cls.agency_id, principal)


class AgencyBrand(Base, TenantScoped):
    """An agency's name and current logo, as its packs show them."""

    __tablename__ = "agency_brands"

    agency_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(sa.String(200), nullable=True)
    logo_sha256: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    logo_alt_text: Mapped[str | None] = mapped_column(sa.String(300), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_by: Mapped[str] = mapped_column(sa.String(300))

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class AgencyLogo(Base, TenantScoped):
    """Every logo an agency uploaded, by its SHA-256: a sent pack names the one it showed,
    so a later logo never rewrites it. Only the agency reads its own logos."""

    __tablename__ = "agency_logos"

    agency_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(sa.String(32))
    size_bytes: Mapped[int] = mapped_column(sa.Integer)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)
