"""The matching service's settings (environment prefix ``MATCHING_``)."""

from hearth_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict

__all__ = ["MatchingSettings"]


class MatchingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHING_")

    service_name: str = "matching"
    port: int = 8103
    referrals_url: str = "http://127.0.0.1:8101"
    vacancies_url: str = "http://127.0.0.1:8102"
    consumer_enabled: bool = True  # tests switch it off and run batches themselves
    consumer_poll_seconds: float = 0.2
    stale_after_hours: int = 24
