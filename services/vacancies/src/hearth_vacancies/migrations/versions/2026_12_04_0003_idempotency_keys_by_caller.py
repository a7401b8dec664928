"""idempotency keys belong to a caller: kind, tenant and client

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 01:00:00.000000
"""

from collections.abc import Sequence

from hearth_kit.migrations import key_idempotency_by_caller, key_idempotency_by_client

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    key_idempotency_by_caller()


def downgrade() -> None:
    key_idempotency_by_client()
