"""``hearth-matching``: serve the service, migrate or check its database, rebuild its read model."""

from __future__ import annotations

import asyncio

from hearth_kit.command import service_command
from hearth_kit.logging import get_logger

from hearth_matching.app import MIGRATIONS, create_app
from hearth_matching.settings import MatchingSettings


def rebuild(settings: MatchingSettings) -> None:
    """Reset the feed cursors and read both feeds again from the start."""

    async def run() -> int:
        app = create_app(settings.model_copy(update={"consumer_enabled": False}))
        try:
            return await app.state.feeds.rebuild()
        finally:
            for name in ("referrals_http", "vacancies_http"):
                await getattr(app.state, name).aclose()
            await app.state.database.dispose()

    get_logger("hearth.matching").info("read_model.rebuilt", events=asyncio.run(run()))


main = service_command(
    "matching",
    MatchingSettings,
    MIGRATIONS,
    "hearth_matching.app:create_app",
    extra={"rebuild": ("reset the feed cursors and rebuild the read model", rebuild)},
)

if __name__ == "__main__":
    main()
