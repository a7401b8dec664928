"""The vacancies service's settings (environment prefix ``VACANCIES_``)."""

from hearth_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict

__all__ = ["VacanciesSettings"]


class VacanciesSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="VACANCIES_")

    service_name: str = "vacancies"
    port: int = 8102
    referrals_url: str = "http://127.0.0.1:8101"
    placements_url: str = "http://127.0.0.1:8105"
    # Follow placements' feed: an ended placement frees its places (tests switch it off).
    placements_feed_enabled: bool = True
    consumer_poll_seconds: float = 0.5
    stale_after_hours: int = 24
