"""who placed a hold on a place, and when

Revision ID: 20261204_held_by
Revises: 0003
Create Date: 2026-12-04 02:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_held_by"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vacancies") as batch:
        batch.add_column(sa.Column("held_by", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("held_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_vacancies_held_by", ["held_by", "state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vacancies") as batch:
        batch.drop_index("ix_vacancies_held_by")
        batch.drop_column("held_at")
        batch.drop_column("held_by")
