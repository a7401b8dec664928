"""Alembic, one environment per service: helpers for ``env.py`` and for the CLI and tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

__all__ = ["alembic_config", "check", "make_append_only", "run_env", "upgrade"]

FILE_TEMPLATE = "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s"
_APPLIED = "hearth.applied_revisions"  # where ``upgrade`` collects what ``run_env`` applied


def alembic_config(script_location: Path, url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.set_main_option("file_template", FILE_TEMPLATE)
    return config


def _in_thread(fn, *args) -> None:
    """Alembic's env runs its own event loop; never nest it inside a running one."""
    errors: list[BaseException] = []

    def target() -> None:
        try:
            fn(*args)
        except BaseException as exc:  # re-raised in the caller
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


def upgrade(script_location: Path, url: str, revision: str = "head") -> list[str]:
    """Upgrade the database to ``revision``; the revisions applied, oldest first."""
    config = alembic_config(script_location, url)
    applied: list[str] = []
    config.attributes[_APPLIED] = applied
    _in_thread(command.upgrade, config, revision)
    return applied


def check(script_location: Path, url: str) -> None:
    """Raise if the models and the migrations have drifted apart."""
    _in_thread(command.check, alembic_config(script_location, url))


def _do_run(connection: Connection, target_metadata: Sequence[MetaData]) -> None:
    applied = context.config.attributes.get(_APPLIED)

    def record_applied(*, step, **_: object) -> None:
        if applied is not None and step.is_upgrade:
            applied.append(step.up_revision_id)

    context.configure(
        connection=connection,
        target_metadata=list(target_metadata),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        on_version_apply=record_applied,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str, target_metadata: Sequence[MetaData]) -> None:
    engine = create_async_engine(url, poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_do_run, target_metadata)
    await engine.dispose()


def run_env(target_metadata: Sequence[MetaData]) -> None:
    """The body of a service's ``migrations/env.py``."""
    url = context.config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=list(target_metadata), literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    asyncio.run(_run_async(url, target_metadata))


def make_append_only(table: str) -> None:
    """In a migration: refuse UPDATE and DELETE on ``table`` (the audit log) at the database."""
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION hearth_refuse_change() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION hearth_refuse_change()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
