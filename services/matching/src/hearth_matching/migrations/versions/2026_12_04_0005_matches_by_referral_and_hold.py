"""index matches by referral and by hold, for the feeds' look-ups as matches grow

Revision ID: 20261204_growth_1
Revises: 20261204_webhooks
Create Date: 2026-12-04 06:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261204_growth_1"
down_revision: str | None = "20261204_webhooks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("matches") as batch:
        batch.create_index("ix_matches_referral_status", ["referral_id", "status"], unique=False)
        batch.create_index("ix_matches_hold_status", ["hold", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("matches") as batch:
        batch.drop_index("ix_matches_hold_status")
        batch.drop_index("ix_matches_referral_status")
