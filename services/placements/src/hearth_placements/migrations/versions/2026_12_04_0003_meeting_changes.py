"""meeting changes: rescheduled and cancelled meetings (sequence, reason, cancelled_at)

Revision ID: placements_0003
Revises: placements_0002
Create Date: 2026-12-04 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "placements_0003"
down_revision: str | None = "placements_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("placement_meetings") as batch:
        batch.add_column(sa.Column("sequence", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("change_reason_code", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("change_note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("placement_meetings") as batch:
        batch.drop_column("cancelled_at")
        batch.drop_column("change_note")
        batch.drop_column("change_reason_code")
        batch.drop_column("sequence")
