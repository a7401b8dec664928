"""The placements service's settings (environment prefix ``PLACEMENTS_``)."""

from hearth_kit.settings import ServiceSettings
from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

__all__ = ["PlacementsSettings"]


class PlacementsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PLACEMENTS_")

    service_name: str = "placements"
    port: int = 8105
    offers_url: str = "http://127.0.0.1:8104"
    consumer_enabled: bool = True  # tests switch it off and run batches themselves
    consumer_poll_seconds: float = 0.5
    # Signs calendar links (an .ics URL a calendar client subscribes to without a bearer
    # token). Production sets its own; locally the HS256 key signs them. Rotating it
    # revokes every link.
    calendar_link_secret: SecretStr | None = None
    calendar_link_days: int = 365
