"""webhooks: subscriptions, deliveries and attempts (hearth_kit.webhooks)

Revision ID: placements_0002
Revises: placements_0001
Create Date: 2026-12-04 07:00:00.000000
"""

from collections.abc import Sequence

from hearth_kit.migrations import create_webhook_tables, drop_webhook_tables

revision: str = "placements_0002"
down_revision: str | None = "placements_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_webhook_tables()


def downgrade() -> None:
    drop_webhook_tables()
