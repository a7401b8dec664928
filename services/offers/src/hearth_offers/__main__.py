"""``hearth-offers``: serve the service, or migrate or check its database."""

from hearth_kit.command import service_command

from hearth_offers.app import MIGRATIONS
from hearth_offers.settings import OffersSettings

main = service_command("offers", OffersSettings, MIGRATIONS, "hearth_offers.app:create_app")

if __name__ == "__main__":
    main()
