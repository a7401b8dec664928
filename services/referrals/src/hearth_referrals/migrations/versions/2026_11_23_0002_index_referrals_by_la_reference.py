"""index referrals by LA reference

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:28:56.077374
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Re-referral look-ups match the LA's own reference case-insensitively.
    op.create_index(
        "ix_referrals_la_code_reference", "referrals", ["la_code", sa.text("lower(la_reference)")]
    )


def downgrade() -> None:
    op.drop_index("ix_referrals_la_code_reference", table_name="referrals")
