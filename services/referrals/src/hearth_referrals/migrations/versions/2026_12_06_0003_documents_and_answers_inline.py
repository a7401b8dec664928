"""referrals: a referral's document and a stored answer kept in their row, compressed

PostgreSQL moves a value out of its row (into the table's TOAST table) when the row is
over ``toast_tuple_target`` (2,032 bytes unless set) after compression. A referral's
document (about 3.4 kB as jsonb) compresses to about 2.3 kB, and so does the
Idempotency-Key's stored answer (3.5 kB of JSON): both went out on every referral, each
a TOAST row or two, their TOAST index entries and an OID for each value, about 6% of the
server's CPU for a referral (perf on its backend). With the target at 3,072 bytes a
value compressed below it stays in its row, still compressed (lz4); a row under it is
not compressed at all; a larger one still goes out as before. Only rows written from
now on are stored the new way; reads are the same either way.

The referral's row grows to about 2.4 kB (three to a page), which costs an update of it
(a status, a claim, an amendment: a few in a referral's life) a copy of the compressed
document; the stored answers are never updated.

Revision ID: 20261206_inline
Revises: 20261206_lz4
Create Date: 2026-12-06 00:00:02.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261206_inline"
down_revision: str | None = "20261206_lz4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("referrals", "idempotency_keys")
TARGET = 3072


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} SET (toast_tuple_target = {TARGET})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} RESET (toast_tuple_target)")
