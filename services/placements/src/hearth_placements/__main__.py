"""``hearth-placements``: serve the service, migrate or check its database."""

from __future__ import annotations

import argparse

import uvicorn
from hearth_kit import migrations
from hearth_kit.app import uvicorn_config
from hearth_kit.command import migrate
from hearth_kit.logging import configure_logging

from hearth_placements.app import MIGRATIONS
from hearth_placements.settings import PlacementsSettings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="hearth-placements", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=None)
    commands.add_parser("migrate", help="upgrade the database to the latest migration")
    commands.add_parser("check", help="fail if models and migrations have drifted")
    args = parser.parse_args(argv)
    settings = PlacementsSettings()
    configure_logging(environment=settings.environment)
    if args.command == "serve":
        uvicorn.run(
            "hearth_placements.app:create_app",
            factory=True,
            host=args.host,
            port=args.port or settings.port,
            **uvicorn_config(),
        )
    elif args.command == "migrate":
        migrate("placements", MIGRATIONS, settings)
    else:
        migrations.check(MIGRATIONS, settings.resolved_database_url())


if __name__ == "__main__":
    main()
