"""idempotency keys belong to a caller: kind, tenant and client

Revision ID: 0002
Revises: 20261204_safety_facts
Create Date: 2026-12-04 01:00:00.000000
"""

from collections.abc import Sequence

from hearth_kit.migrations import key_idempotency_by_caller, key_idempotency_by_client

revision: str = "0002"
down_revision: str | None = "20261204_safety_facts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    key_idempotency_by_caller()


def downgrade() -> None:
    key_idempotency_by_client()
