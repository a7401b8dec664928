"""referrals: drop the recipients' index on (agency_id, status)

No query reads it by status: the work queue filters statuses while it walks
(agency_id, first_response_due_at, id) in order, and the agency's figures (sla_counts)
read every recipient of the agency, which that index's first column finds as well. With
100,000 referrals over ten agencies both plans read the same 1,447 heap blocks whichever
index leads them (EXPLAIN in bench/README.md, seventeenth session). It cost an index
entry on every referral (one of 22.7; issue 14).

Revision ID: 20261206_recipient_status
Revises: 20261205_la_code_index
Create Date: 2026-12-06 00:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261206_recipient_status"
down_revision: str | None = "20261205_la_code_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("recipients", schema=None) as batch_op:
        batch_op.drop_index("ix_recipients_agency_status")


def downgrade() -> None:
    with op.batch_alter_table("recipients", schema=None) as batch_op:
        batch_op.create_index("ix_recipients_agency_status", ["agency_id", "status"], unique=False)
