"""referral source and LA claims

Revision ID: 20261204_0001
Revises: 0003
Create Date: 2026-12-04 01:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_0001"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "referrals",
        sa.Column("source", sa.String(length=24), server_default="la_api", nullable=False),
    )
    op.add_column("referrals", sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("referrals", sa.Column("claimed_by", sa.String(length=300), nullable=True))
    # Referrals agencies registered from documents before this revision were shown in the
    # named LA's own list; they are the agency's until the LA claims them.
    op.execute(
        "UPDATE referrals SET source = 'agency_document' WHERE document_id IN "
        "(SELECT id FROM referral_documents WHERE uploader_kind = 'agency')"
    )


def downgrade() -> None:
    op.drop_column("referrals", "claimed_by")
    op.drop_column("referrals", "claimed_at")
    op.drop_column("referrals", "source")
