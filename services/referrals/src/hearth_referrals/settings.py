"""The referrals service's settings (environment prefix ``REFERRALS_``)."""

from hearth_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict

__all__ = ["ReferralsSettings"]


class ReferralsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REFERRALS_")

    service_name: str = "referrals"
    port: int = 8101
