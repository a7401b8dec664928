"""partner external ids on homes and vacancies

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("homes") as batch:
        batch.add_column(sa.Column("external_id", sa.String(length=64), nullable=True))
        batch.create_unique_constraint("uq_homes_agency_external", ["agency_id", "external_id"])
    with op.batch_alter_table("vacancies") as batch:
        batch.add_column(sa.Column("external_id", sa.String(length=64), nullable=True))
        batch.create_unique_constraint("uq_vacancies_agency_external", ["agency_id", "external_id"])


def downgrade() -> None:
    with op.batch_alter_table("vacancies") as batch:
        batch.drop_constraint("uq_vacancies_agency_external", type_="unique")
        batch.drop_column("external_id")
    with op.batch_alter_table("homes") as batch:
        batch.drop_constraint("uq_homes_agency_external", type_="unique")
        batch.drop_column("external_id")
