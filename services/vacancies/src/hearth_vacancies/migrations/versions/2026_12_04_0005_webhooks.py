"""webhooks: subscriptions, deliveries and attempts (hearth_kit.webhooks)

Revision ID: 20261204_webhooks
Revises: 20261204_held_by
Create Date: 2026-12-04 06:00:00.000000
"""

from collections.abc import Sequence

from hearth_kit.migrations import create_webhook_tables, drop_webhook_tables

revision: str = "20261204_webhooks"
down_revision: str | None = "20261204_held_by"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_webhook_tables()


def downgrade() -> None:
    drop_webhook_tables()
