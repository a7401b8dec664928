"""What the matching service stores: its read model of open referrals and of homes and
places (fed from the referrals and vacancies event feeds), saved match runs, and the
decisions taken on each proposed match.

Read-model rows keep the matching facts as a JSON document (``hearth_matching.facts``
in plain form): ages, genders, risks, needs, places. Never a name or free text.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_kit.auth import Principal
from hearth_kit.db import Audited, TenantScoped, new_id
from hearth_kit.tables import NAMING_CONVENTION, JSONDocument, UtcDateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "AgencyWeights",
    "Base",
    "HomeFact",
    "Match",
    "MatchRun",
    "MatchStep",
    "PlaceFact",
    "ReferralFact",
    "ReferralRecipient",
]

Timestamp = UtcDateTime()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _own_agency(column: Any, principal: Principal) -> sa.ColumnElement[bool]:
    """Agency users see their own agency's rows; every other caller sees none."""
    if principal.kind is CallerKind.AGENCY:
        return column == principal.tenant
    return sa.false()


class ReferralFact(Base, TenantScoped, Audited):
    """An open referral's matching facts: visible to the agencies it is addressed to."""

    __tablename__ = "referral_facts"
    __audit_type__ = "referral_facts"

    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    la_code: Mapped[str] = mapped_column(sa.String(16))
    source_version: Mapped[int] = mapped_column(sa.Integer)
    facts: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        if principal.kind is not CallerKind.AGENCY:
            return sa.false()
        # An alias, so the subquery never correlates with recipients in the outer query.
        addressed = ReferralRecipient.__table__.alias("addressed")
        return sa.exists().where(
            addressed.c.referral_id == cls.id, addressed.c.agency_id == principal.tenant
        )


class ReferralRecipient(Base, TenantScoped):
    """An agency an open referral is addressed to (and that has not declined or closed it)."""

    __tablename__ = "referral_recipients"

    referral_id: Mapped[str] = mapped_column(
        sa.ForeignKey("referral_facts.id", ondelete="CASCADE"), primary_key=True
    )
    agency_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class HomeFact(Base, TenantScoped):
    """A foster household or children's home, as matching needs it."""

    __tablename__ = "home_facts"

    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    agency_id: Mapped[str] = mapped_column(sa.String(64), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    source_version: Mapped[int] = mapped_column(sa.Integer)
    facts: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class PlaceFact(Base, TenantScoped):
    """A vacancy: one place in a home, its state and when it was last confirmed."""

    __tablename__ = "place_facts"

    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    home_id: Mapped[str] = mapped_column(sa.String(64), index=True)
    source_version: Mapped[int] = mapped_column(sa.Integer)
    facts: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class MatchRun(Base, TenantScoped, Audited):
    """A saved ranked list: the record of what the officer considered."""

    __tablename__ = "match_runs"
    __audit_type__ = "match_run"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    direction: Mapped[str] = mapped_column(sa.String(16))
    subject_id: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    created_by: Mapped[str] = mapped_column(sa.String(300))
    result: Mapped[dict[str, Any]] = mapped_column(JSONDocument)

    __table_args__ = (sa.Index("ix_match_runs_subject", "agency_id", "subject_id"),)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class Match(Base, TenantScoped, Audited):
    """A proposed match of a referral with a place, and where the decisions stand."""

    __tablename__ = "matches"
    __audit_type__ = "match"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    referral_id: Mapped[str] = mapped_column(sa.String(64))
    vacancy_id: Mapped[str] = mapped_column(sa.String(64))
    # Every place the match holds (a sibling group's); None on matches from before
    # sibling groups, which hold ``vacancy_id`` alone.
    vacancy_ids: Mapped[list[str] | None] = mapped_column(JSONDocument, nullable=True)
    # Each place's version in vacancies once held for this match: a later version of the
    # place that is no longer held for the referral means the hold was lost (see feeds).
    hold_versions: Mapped[dict[str, int] | None] = mapped_column(JSONDocument, nullable=True)
    holder_id: Mapped[str] = mapped_column(sa.String(64))
    holder_kind: Mapped[str] = mapped_column(sa.String(16))
    status: Mapped[str] = mapped_column(sa.String(32))
    score: Mapped[float] = mapped_column(sa.Float)
    needs_information: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    hold: Mapped[str] = mapped_column(sa.String(16))
    created_at: Mapped[datetime] = mapped_column(Timestamp)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False)

    steps: Mapped[list[MatchStep]] = relationship(
        order_by="MatchStep.seq", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.Index("ix_matches_agency_referral", "agency_id", "referral_id"),
        # The feeds' look-ups, whatever the number of matches (issue 14): the open matches
        # of a batch's referrals, and the open matches holding places.
        sa.Index("ix_matches_referral_status", "referral_id", "status"),
        sa.Index("ix_matches_hold_status", "hold", "status"),
    )

    @property
    def places(self) -> list[str]:
        """The places this match holds, the first being ``vacancy_id``."""
        return list(self.vacancy_ids) if self.vacancy_ids else [self.vacancy_id]

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class MatchStep(Base, TenantScoped):
    """One decision on a match: who, when, what and why. Never changed after it is written."""

    __tablename__ = "match_steps"

    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=new_id)
    match_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("matches.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    seq: Mapped[int] = mapped_column(sa.Integer)
    step: Mapped[str] = mapped_column(sa.String(32))
    outcome: Mapped[str] = mapped_column(sa.String(32))
    reason_code: Mapped[str | None] = mapped_column(sa.String(64))
    reason: Mapped[str | None] = mapped_column(sa.String(200))
    note: Mapped[str | None] = mapped_column(sa.Text)
    impact_on_residents_confirmed: Mapped[bool | None] = mapped_column(sa.Boolean)
    actor: Mapped[str] = mapped_column(sa.String(300))
    at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)


class AgencyWeights(Base, TenantScoped):
    """An agency's weights for the score components."""

    __tablename__ = "agency_weights"

    agency_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    weights: Mapped[dict[str, float]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(Timestamp)

    @classmethod
    def tenant_criteria(cls, principal: Principal) -> sa.ColumnElement[bool]:
        return _own_agency(cls.agency_id, principal)
