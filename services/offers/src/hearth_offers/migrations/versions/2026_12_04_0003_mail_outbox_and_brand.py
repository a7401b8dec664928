"""mail outbox and agency brand: offer emails (queued, retried, sent), agency name and logos

Revision ID: offers_0003
Revises: offers_0002
Create Date: 2026-12-04 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "offers_0003"
down_revision: str | None = "offers_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOW = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offer_emails",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("recipient_role", sa.String(length=32), nullable=False),
        sa.Column("to_address", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", NOW, nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("created_at", NOW, nullable=False),
        sa.Column("sent_at", NOW, nullable=True),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["offers.id"],
            name=op.f("fk_offer_emails_offer_id_offers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_emails")),
        sa.UniqueConstraint("message_id", name=op.f("uq_offer_emails_message_id")),
    )
    op.create_index("ix_offer_emails_due", "offer_emails", ["status", "next_attempt_at"])
    op.create_table(
        "agency_brands",
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("logo_sha256", sa.String(length=64), nullable=True),
        sa.Column("logo_alt_text", sa.String(length=300), nullable=True),
        sa.Column("updated_at", NOW, nullable=False),
        sa.Column("updated_by", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("agency_id", name=op.f("pk_agency_brands")),
    )
    op.create_table(
        "agency_logos",
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", NOW, nullable=False),
        sa.PrimaryKeyConstraint("agency_id", "sha256", name=op.f("pk_agency_logos")),
    )


def downgrade() -> None:
    op.drop_table("agency_logos")
    op.drop_table("agency_brands")
    op.drop_index("ix_offer_emails_due", table_name="offer_emails")
    op.drop_table("offer_emails")
