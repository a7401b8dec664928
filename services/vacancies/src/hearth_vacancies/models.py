"""What the vacancies service stores.

A household's or home's full record is kept as a validated JSON document (the
contract's ``HouseholdCreate``/``HomeCreate``); the columns beside it are what
matching, the vacancy list and the partner sync filter and sort on.
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

__all__ = ["Base", "Home", "Household", "Vacancy"]

Timestamp = UtcDateTime()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _own_agency(column: Any, principal: Principal) -> sa.ColumnElement[bool]:
    """Agency users and their integration partners see their own agency's rows only."""
    if principal.kind in (CallerKind.AGENCY, CallerKind.PARTNER):
        return column == principal.tenant
    return sa.false()


class Household(Base, TenantScoped, Audited):
    """A foster household: its carers, approval, location and the children living there."""

    __tablename__ = "households"
    __audit_type__ = "household"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    external_id: Mapped[str | None] = mapped_column(sa.String(64))
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200))
    postcode: Mapped[str] = mapped_column(sa.String(8))
    easting: Mapped[int] = mapped_column(sa.Integer)
    northing: Mapped[int] = mapped_column(sa.Integer)
    la_code: Mapped[str | None] = mapped_column(sa.String(16))
    age_min: Mapped[int] = mapped_column(sa.Integer)
    age_max: Mapped[int] = mapped_column(sa.Integer)
    approved_children: Mapped[int] = mapped_column(sa.Integer)
    placed_children: Mapped[int] = mapped_column(sa.Integer)
    profile: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.UniqueConstraint("agency_id", "external_id", name="uq_households_agency_external"),
        sa.Index("ix_households_agency_name", "agency_id", "name", "id"),
    )

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class Home(Base, TenantScoped, Audited):
    """A children's home: its Ofsted registration, location and current residents."""

    __tablename__ = "homes"
    __audit_type__ = "home"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    external_id: Mapped[str | None] = mapped_column(sa.String(64))
    urn: Mapped[str] = mapped_column(sa.String(16))
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200))
    postcode: Mapped[str] = mapped_column(sa.String(8))
    easting: Mapped[int] = mapped_column(sa.Integer)
    northing: Mapped[int] = mapped_column(sa.Integer)
    la_code: Mapped[str | None] = mapped_column(sa.String(16))
    age_min: Mapped[int] = mapped_column(sa.Integer)
    age_max: Mapped[int] = mapped_column(sa.Integer)
    capacity: Mapped[int] = mapped_column(sa.Integer)
    residents: Mapped[int] = mapped_column(sa.Integer)
    profile: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.UniqueConstraint("agency_id", "urn", name="uq_homes_agency_urn"),
        sa.UniqueConstraint("agency_id", "external_id", name="uq_homes_agency_external"),
    )

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class Vacancy(Base, TenantScoped):
    """One free place (a bed) in a household or a home, and its state."""

    __tablename__ = "vacancies"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    external_id: Mapped[str | None] = mapped_column(sa.String(64))
    household_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("households.id", ondelete="CASCADE")
    )
    home_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("homes.id", ondelete="CASCADE"))
    setting: Mapped[str] = mapped_column(sa.String(32))
    state: Mapped[str] = mapped_column(sa.String(16))
    unavailable_reason: Mapped[str | None] = mapped_column(sa.String(32))
    referral_id: Mapped[str | None] = mapped_column(sa.String(64))
    # Who placed the hold (a service's client id, or an agency user's actor id) and when:
    # a service may change only the holds it made, and reconciles those it lost track of.
    held_by: Mapped[str | None] = mapped_column(sa.String(300))
    held_at: Mapped[datetime | None] = mapped_column(Timestamp)
    available_from: Mapped[date] = mapped_column(sa.Date)
    age_min: Mapped[int] = mapped_column(sa.Integer)
    age_max: Mapped[int] = mapped_column(sa.Integer)
    placement_kinds: Mapped[list[str]] = mapped_column(JSONDocument)
    placement_type: Mapped[str | None] = mapped_column(sa.String(4))
    last_confirmed_at: Mapped[datetime] = mapped_column(Timestamp)
    last_confirmed_by: Mapped[str] = mapped_column(sa.String(300))
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.CheckConstraint("(household_id IS NULL) <> (home_id IS NULL)", name="one_place_holder"),
        sa.UniqueConstraint("agency_id", "external_id", name="uq_vacancies_agency_external"),
        sa.Index("ix_vacancies_agency_state", "agency_id", "state", "available_from", "id"),
        sa.Index("ix_vacancies_household", "household_id"),
        sa.Index("ix_vacancies_home", "home_id"),
        sa.Index("ix_vacancies_confirmation", "agency_id", "last_confirmed_at"),
        sa.Index("ix_vacancies_held_by", "held_by", "state"),
    )

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)
