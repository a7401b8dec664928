"""idempotency keys belong to a caller: kind, tenant and client

Revision ID: 0004
Revises: 20261204_0001
Create Date: 2026-12-04 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "20261204_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Keys were scoped by OAuth client alone, so two tenants behind one client shared them.
    # Keys stored before this say nothing of their caller: they are kept under the kind
    # "unknown" and replay for nobody (a retry that spans the upgrade creates afresh).
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.add_column(
            sa.Column("caller_kind", sa.String(16), nullable=False, server_default="unknown")
        )
        batch.add_column(sa.Column("tenant", sa.String(64), nullable=False, server_default=""))
        batch.drop_constraint("pk_idempotency_keys", type_="primary")
        batch.create_primary_key(
            "pk_idempotency_keys", ["caller_kind", "tenant", "client_id", "key"]
        )
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.alter_column("caller_kind", server_default=None)
        batch.alter_column("tenant", server_default=None)


def downgrade() -> None:
    # Going back to one key per client: keep the newest row of each (client, key).
    op.execute(
        "DELETE FROM idempotency_keys AS k WHERE EXISTS (SELECT 1 FROM idempotency_keys AS n"
        " WHERE n.client_id = k.client_id AND n.key = k.key AND n.created_at > k.created_at)"
    )
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.drop_constraint("pk_idempotency_keys", type_="primary")
        batch.create_primary_key("pk_idempotency_keys", ["client_id", "key"])
        batch.drop_column("tenant")
        batch.drop_column("caller_kind")
