"""placements, their tasks, meetings and structured records; the kit's tables

Revision ID: placements_0001
Revises:
Create Date: 2026-12-04 05:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from hearth_kit.migrations import create_kit_tables, drop_kit_tables
from sqlalchemy.dialects import postgresql

revision: str = "placements_0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "placements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("offer_id", sa.String(length=64), nullable=False),
        sa.Column("match_id", sa.String(length=64), nullable=False),
        sa.Column("referral_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("household_id", sa.String(length=64), nullable=True),
        sa.Column("home_id", sa.String(length=64), nullable=True),
        sa.Column(
            "vacancy_ids",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("placement_type", sa.String(length=8), nullable=False),
        sa.Column("legal_status", sa.String(length=8), nullable=True),
        sa.Column("nation", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "workers",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "ending",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
        sa.UniqueConstraint("offer_id", name=op.f("uq_placements_offer_id")),
    )
    op.create_index(
        "ix_placements_agency_start", "placements", ["agency_id", "start_date"], unique=False
    )
    op.create_index("ix_placements_la_start", "placements", ["la_code", "start_date"], unique=False)
    op.create_table(
        "placement_meetings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("scheduled_for", sa.DateTime(timezone=True), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column(
            "attendees",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "agenda",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("childs_views", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "action_task_ids",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_meetings_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_meetings")),
    )
    op.create_index(
        "ix_placement_meetings_agency_when",
        "placement_meetings",
        ["agency_id", "scheduled_for"],
        unique=False,
    )
    op.create_index(
        op.f("ix_placement_meetings_placement_id"),
        "placement_meetings",
        ["placement_id"],
        unique=False,
    )
    op.create_table(
        "placement_records",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "body",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_records_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_records")),
        sa.UniqueConstraint("placement_id", "kind", "version", name="uq_placement_records_version"),
    )
    op.create_table(
        "placement_tasks",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.Column("la_code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner_role", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.String(length=64), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("statutory_due_date", sa.Date(), nullable=True),
        sa.Column("due_change_reason", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column(
            "completion",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_by", sa.String(length=300), nullable=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_tasks_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_tasks")),
    )
    op.create_index(
        "ix_placement_tasks_agency_open",
        "placement_tasks",
        ["agency_id", "state", "due_date"],
        unique=False,
        postgresql_include=["owner_role", "owner_id"],
    )
    op.create_index(
        "ix_placement_tasks_la_open",
        "placement_tasks",
        ["la_code", "state", "due_date"],
        unique=False,
        postgresql_include=["owner_role", "owner_id"],
    )
    op.create_index(
        "ix_placement_tasks_owner_open",
        "placement_tasks",
        ["owner_id", "state", "due_date"],
        unique=False,
        postgresql_include=["owner_role", "agency_id", "la_code"],
    )
    op.create_index(
        op.f("ix_placement_tasks_placement_id"), "placement_tasks", ["placement_id"], unique=False
    )
    create_kit_tables()


def downgrade() -> None:
    drop_kit_tables()
    op.drop_index(op.f("ix_placement_tasks_placement_id"), table_name="placement_tasks")
    op.drop_index("ix_placement_tasks_owner_open", table_name="placement_tasks")
    op.drop_index("ix_placement_tasks_la_open", table_name="placement_tasks")
    op.drop_index("ix_placement_tasks_agency_open", table_name="placement_tasks")
    op.drop_table("placement_tasks")
    op.drop_table("placement_records")
    op.drop_index(op.f("ix_placement_meetings_placement_id"), table_name="placement_meetings")
    op.drop_index("ix_placement_meetings_agency_when", table_name="placement_meetings")
    op.drop_table("placement_meetings")
    op.drop_index("ix_placements_la_start", table_name="placements")
    op.drop_index("ix_placements_agency_start", table_name="placements")
    op.drop_table("placements")
