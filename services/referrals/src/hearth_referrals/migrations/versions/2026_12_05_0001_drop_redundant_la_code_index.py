"""referrals: drop the index on la_code alone

Both (la_code, received_at, id) and (la_code, lower(la_reference)) begin with la_code, so
the index on la_code alone answers nothing they do not. It cost a write on every referral,
and a generic plan with stale statistics chose it for the look-up by reference, reading
every referral of the LA and filtering the reference (a cost growing with the LA's
referrals; issue 14).

Revision ID: 20261205_la_code_index
Revises: 20261204_webhooks
Create Date: 2026-12-05 00:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261205_la_code_index"
down_revision: str | None = "20261204_webhooks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_la_code")


def downgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_la_code", ["la_code"], unique=False)
