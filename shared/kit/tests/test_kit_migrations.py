"""A new service's first migration gets the kit's tables from one helper, exactly as the kit declares them."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from hearth_kit import migrations
from hearth_kit.testing import PostgresDatabase
from sqlalchemy.ext.asyncio import create_async_engine

ENV = """
from hearth_kit.migrations import run_env
from hearth_kit.tables import kit_metadata

run_env([kit_metadata])
"""

FIRST_REVISION = '''
"""a new service: the kit's tables only (and the webhooks', which are the kit's too)"""
from hearth_kit.migrations import (
    create_kit_tables,
    create_webhook_tables,
    drop_kit_tables,
    drop_webhook_tables,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_kit_tables()
    create_webhook_tables()


def downgrade() -> None:
    drop_webhook_tables()
    drop_kit_tables()
'''


def run_sql(url: str, *statements: str) -> list[str]:
    """Run statements in one transaction on ``url``; the database's table names after it."""

    async def run() -> list[str]:
        engine = create_async_engine(url)
        try:
            async with engine.begin() as connection:
                for statement in statements:
                    await connection.execute(sa.text(statement))
                return await connection.run_sync(lambda c: sa.inspect(c).get_table_names())
        finally:
            await engine.dispose()

    return asyncio.run(run())


@pytest.fixture
def script_location(tmp_path: Path) -> Path:
    location = tmp_path / "migrations"
    (location / "versions").mkdir(parents=True)
    (location / "env.py").write_text(ENV)
    (location / "script.py.mako").write_text("")
    (location / "versions" / "2026_12_04_0001_kit.py").write_text(FIRST_REVISION)
    return location


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path: Path, script_location: Path):
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"
        return
    database = PostgresDatabase(f"hearth_kit_new_{uuid.uuid4().hex[:8]}", script_location, [])
    database.create_empty()
    yield database.url
    database.drop()


class TestCreateKitTables:
    def test_matches_the_kit_metadata(self, script_location: Path, database_url: str):
        applied = migrations.upgrade(script_location, database_url)

        assert applied == ["0001"]
        migrations.check(script_location, database_url)  # raises on any drift

    def test_the_audit_log_is_append_only(self, script_location: Path, database_url: str):
        migrations.upgrade(script_location, database_url)
        run_sql(
            database_url,
            "INSERT INTO audit_log (at, action, record_type, record_id, actor_kind,"
            " actor_subject, client_id) VALUES (CURRENT_TIMESTAMP, 'read', 'referral',"
            " 'r1', 'la', 'u1', 'c1')",
        )

        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            run_sql(database_url, "DELETE FROM audit_log")

    def test_downgrade_removes_every_kit_table(self, script_location: Path, database_url: str):
        migrations.upgrade(script_location, database_url)
        migrations.downgrade(script_location, database_url, "base")

        assert set(run_sql(database_url)) == {"alembic_version"}
