"""The offers service's settings (environment prefix ``OFFERS_``)."""

from hearth_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict

__all__ = ["OffersSettings"]


class OffersSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="OFFERS_")

    service_name: str = "offers"
    port: int = 8104
    referrals_url: str = "http://127.0.0.1:8101"
    vacancies_url: str = "http://127.0.0.1:8102"
    matching_url: str = "http://127.0.0.1:8103"
    consumer_enabled: bool = True  # tests switch it off and run batches themselves
    consumer_poll_seconds: float = 0.2
    # The sweep that lapses offers past their answer-by date, every this many seconds.
    lapse_sweep_enabled: bool = True
    lapse_sweep_seconds: float = 60.0
    # Accepted offers whose steps in other services are not all done are tried again
    # every this many seconds (the first try runs straight after the LA's yes).
    acceptance_enabled: bool = True
    acceptance_retry_seconds: float = 2.0
    # A new draft's answer-by date: this many working days after it is sent, unless set.
    answer_within_working_days: int = 5
    # A sent offer is on the chase list once the LA has been silent this many working hours.
    chase_after_working_hours: int = 16
    # Profile files: JPEG, PNG or PDF, each at most this size.
    attachment_max_bytes: int = 5 * 1024 * 1024
