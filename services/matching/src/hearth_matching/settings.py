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
    # A proposal's calls to vacancies (hold, release, read): each attempt gives up after
    # hold_connect_timeout_seconds to connect or hold_timeout_seconds in all, and is tried
    # twice (the hold's Idempotency-Key makes the retry safe), so an officer waits at most
    # about 2 x 2.5 s before a 503, never the 15 s of three 5 s attempts.
    hold_timeout_seconds: float = 2.5
    hold_connect_timeout_seconds: float = 1.0
    hold_attempts: int = 2
    # Orphaned holds: every hold_reconcile_seconds, places held by matching for a referral
    # with no live match, held for longer than hold_reconcile_grace_seconds, are released.
    # A place held without a live match is released within grace + interval.
    hold_reconcile_enabled: bool = True
    hold_reconcile_seconds: float = 60.0
    hold_reconcile_grace_seconds: float = 120.0
