"""The referrals service's settings (environment prefix ``REFERRALS_``)."""

from pydantic_settings import SettingsConfigDict

from hearth_kit.settings import ServiceSettings

__all__ = ["ReferralsSettings"]


class ReferralsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REFERRALS_")

    service_name: str = "referrals"
    port: int = 8101
