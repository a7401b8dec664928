"""read every record again for the facts the safety rules need

The read model's facts are JSON documents; those written before issue 11 lack the facts
the new rules read (species kept, supervision, registration for deprivation of liberty,
residents' risk states and vulnerabilities, children's allergies and legal status, a
parent's risks). Read as "not recorded" they would flag most homes "needs information"
until each record changed. Forgetting the facts and both feed cursors makes the consumer
read both feeds from the start on its next run, as ``POST /v1/read-model/rebuild`` does.
No schema change.

Revision ID: 20261204_safety_facts
Revises: 2026_12_04_match_places
Create Date: 2026-12-04 01:15:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261204_safety_facts"
down_revision: str | None = "2026_12_04_match_places"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_READ_MODEL = ("referral_recipients", "referral_facts", "place_facts", "home_facts")


def upgrade() -> None:
    for table in _READ_MODEL:
        op.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    op.execute("DELETE FROM processed_events")
    op.execute("DELETE FROM consumer_cursors")


def downgrade() -> None:
    # The facts come back as the consumer reads the feeds again: nothing to undo.
    pass
