"""``hearth-matching``: serve the service, migrate or check its database, rebuild its read model."""

from __future__ import annotations

import argparse

import uvicorn
from hearth_kit import migrations
from hearth_kit.app import uvicorn_config
from hearth_kit.command import migrate
from hearth_kit.logging import configure_logging, get_logger

from hearth_matching.app import MIGRATIONS
from hearth_matching.settings import MatchingSettings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="hearth-matching", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument(
        "--workers", type=int, default=1, help="worker processes (background loops run on one)"
    )
    commands.add_parser("migrate", help="upgrade the database to the latest migration")
    commands.add_parser("check", help="fail if models and migrations have drifted")
    commands.add_parser("rebuild", help="reset the feed cursors and rebuild the read model")
    args = parser.parse_args(argv)
    settings = MatchingSettings()
    configure_logging(environment=settings.environment)
    log = get_logger("hearth.matching")
    if args.command == "serve":
        uvicorn.run(
            "hearth_matching.app:create_app",
            factory=True,
            host=args.host,
            port=args.port or settings.port,
            workers=args.workers,
            # A worker starting on a busy machine answers the supervisor's ping late: not dead.
            timeout_worker_healthcheck=30,
            **uvicorn_config(),
        )
    elif args.command == "migrate":
        migrate("matching", MIGRATIONS, settings)
    elif args.command == "check":
        migrations.check(MIGRATIONS, settings.resolved_database_url())
    else:
        import asyncio

        from hearth_matching.app import create_app

        async def rebuild() -> int:
            app = create_app(settings.model_copy(update={"consumer_enabled": False}))
            try:
                return await app.state.feeds.rebuild()
            finally:
                for name in ("referrals_http", "vacancies_http"):
                    await getattr(app.state, name).aclose()
                await app.state.database.dispose()

        log.info("read_model.rebuilt", events=asyncio.run(rebuild()))


if __name__ == "__main__":
    main()
