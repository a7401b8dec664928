"""The services `hearth run` starts, and how to start each."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SERVICES", "ServiceSpec"]


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    port: int
    command: str  # the service's console script: `<command> migrate`, `<command> serve`

    @property
    def env_prefix(self) -> str:
        return self.name.upper() + "_"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


# Each service is
# given every peer's URL (MATCHING_REFERRALS_URL, MATCHING_VACANCIES_URL, ...) by the runner.
SERVICES = [
    ServiceSpec("referrals", 8101, "hearth-referrals"),
    ServiceSpec("vacancies", 8102, "hearth-vacancies"),
    ServiceSpec("matching", 8103, "hearth-matching"),
    ServiceSpec("offers", 8104, "hearth-offers"),
    ServiceSpec("placements", 8105, "hearth-placements"),
]
