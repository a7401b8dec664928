"""``hearth-referrals``: serve the service, or migrate or check its database."""

from hearth_kit.command import service_command

from hearth_referrals.app import MIGRATIONS
from hearth_referrals.settings import ReferralsSettings

main = service_command(
    "referrals", ReferralsSettings, MIGRATIONS, "hearth_referrals.app:create_app"
)

if __name__ == "__main__":
    main()
