"""``hearth-placements``: serve the service, or migrate or check its database."""

from hearth_kit.command import service_command

from hearth_placements.app import MIGRATIONS
from hearth_placements.settings import PlacementsSettings

main = service_command(
    "placements", PlacementsSettings, MIGRATIONS, "hearth_placements.app:create_app"
)

if __name__ == "__main__":
    main()
