"""Every service's console script: ``serve``, ``migrate``, ``check``, and its own commands."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from pathlib import Path

import uvicorn
from alembic.script import ScriptDirectory

from hearth_kit import migrations
from hearth_kit.app import FREEZE_AFTER_STARTUP, uvicorn_config
from hearth_kit.logging import configure_logging, get_logger
from hearth_kit.settings import ServiceSettings

__all__ = ["migrate", "service_command"]


def migrate(name: str, migrations_path: Path, settings: ServiceSettings) -> None:
    """Upgrade the service's database; say what was applied, to the log and on stdout."""
    applied = migrations.upgrade(migrations_path, settings.resolved_database_url())
    head = ScriptDirectory.from_config(
        migrations.alembic_config(migrations_path, "")
    ).get_current_head()
    get_logger("hearth.migrations").info(
        "migrations.applied", service=name, count=len(applied), version=head
    )
    done = f"{len(applied)} applied" if applied else "up to date"
    print(f"{name}: database at migration {head} ({done})", flush=True)


ExtraCommand = tuple[str, Callable[[ServiceSettings], None]]
"""A service's own command: its help line, and what it runs with the service's settings."""


def service_command(
    name: str,
    settings_class: type[ServiceSettings],
    migrations_path: Path,
    app_factory: str,
    extra: Mapping[str, ExtraCommand] | None = None,
) -> Callable[[list[str] | None], None]:
    """The ``hearth-<name>`` command: serve the service, migrate or check its database, or run
    one of the service's ``extra`` commands."""

    def main(argv: list[str] | None = None) -> None:
        parser = argparse.ArgumentParser(
            prog=f"hearth-{name}", description=f"The Hearth {name} service."
        )
        commands = parser.add_subparsers(dest="command", required=True)
        serve = commands.add_parser("serve", help="run the HTTP service")
        serve.add_argument("--host", default="127.0.0.1")
        serve.add_argument("--port", type=int, default=None)
        serve.add_argument(
            "--workers", type=int, default=1, help="worker processes (background loops run on one)"
        )
        commands.add_parser("migrate", help="upgrade the database to the latest migration")
        commands.add_parser("check", help="fail if models and migrations have drifted")
        for command, (help_line, _) in (extra or {}).items():
            commands.add_parser(command, help=help_line)
        args = parser.parse_args(argv)
        settings = settings_class()
        configure_logging(environment=settings.environment)
        if args.command == "serve":
            os.environ[FREEZE_AFTER_STARTUP] = "1"  # each worker, after its start-up
            uvicorn.run(
                app_factory,
                factory=True,
                host=args.host,
                port=args.port or getattr(settings, "port", 8000),
                workers=args.workers,
                # A worker starting on a busy machine answers the supervisor's ping late: not dead.
                timeout_worker_healthcheck=30,
                **uvicorn_config(),
            )
        elif args.command == "migrate":
            migrate(name, migrations_path, settings)
        elif args.command == "check":
            migrations.check(migrations_path, settings.resolved_database_url())
        else:
            _, run = (extra or {})[args.command]
            run(settings)

    return main
