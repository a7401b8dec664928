"""initial offers schema: rate cards, offers, their history and files; the kit's tables

Revision ID: offers_0001
Revises:
Create Date: 2026-12-04 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from hearth_kit.migrations import create_kit_tables, drop_kit_tables
from sqlalchemy.dialects import postgresql

revision: str = "offers_0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
NOW = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "rate_cards",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("prices", JSON, nullable=False),
        sa.Column("created_at", NOW, nullable=False),
        sa.Column("created_by", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_cards")),
        sa.UniqueConstraint("agency_id", "version", name=op.f("uq_rate_cards_agency_id")),
    )
    op.create_table(
        "offers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("referral_id", sa.String(length=64), nullable=False),
        sa.Column("match_id", sa.String(length=64), nullable=False),
        sa.Column("household_id", sa.String(length=64), nullable=True),
        sa.Column("home_id", sa.String(length=64), nullable=True),
        sa.Column("vacancy_ids", JSON, nullable=False),
        sa.Column("setting", sa.String(length=32), nullable=False),
        sa.Column("placement_type", sa.String(length=8), nullable=False),
        sa.Column("match_run_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answer_by", sa.Date(), nullable=True),
        sa.Column("profile_text", sa.Text(), nullable=True),
        sa.Column("contacts", JSON, nullable=False),
        sa.Column("costing_request", JSON, nullable=True),
        sa.Column("costings", JSON, nullable=True),
        sa.Column("pack", JSON, nullable=True),
        sa.Column("sent_at", NOW, nullable=True),
        sa.Column("answered_at", NOW, nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("reason_code", sa.String(length=64), nullable=True),
        sa.Column("last_chased_at", NOW, nullable=True),
        sa.Column("chase_count", sa.Integer(), nullable=False),
        sa.Column("created_at", NOW, nullable=False),
        sa.Column("updated_at", NOW, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offers")),
        sa.UniqueConstraint("match_id", name=op.f("uq_offers_match_id")),
    )
    op.create_index(op.f("ix_offers_referral_id"), "offers", ["referral_id"])
    op.create_index(
        "uq_offers_accepted_referral",
        "offers",
        ["referral_id"],
        unique=True,
        sqlite_where=sa.text("status = 'accepted'"),
        postgresql_where=sa.text("status = 'accepted'"),
    )
    op.create_table(
        "offer_steps",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("reason_code", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(length=300), nullable=False),
        sa.Column("at", NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["offers.id"],
            name=op.f("fk_offer_steps_offer_id_offers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_steps")),
    )
    op.create_table(
        "offer_attachments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["offers.id"],
            name=op.f("fk_offer_attachments_offer_id_offers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_attachments")),
    )
    create_kit_tables()


def downgrade() -> None:
    drop_kit_tables()
    op.drop_table("offer_attachments")
    op.drop_table("offer_steps")
    op.drop_index("uq_offers_accepted_referral", table_name="offers")
    op.drop_index(op.f("ix_offers_referral_id"), table_name="offers")
    op.drop_table("offers")
    op.drop_table("rate_cards")
