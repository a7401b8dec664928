"""The typed client for the vacancies service: what its peers read and the hold they place."""

from __future__ import annotations

from urllib.parse import quote

from hearth_contract.clients.base import Versioned
from hearth_contract.clients.events import EventsClient
from hearth_contract.vacancies import HomeRead, HouseholdRead, VacancyCommand, VacancyRead

__all__ = ["VacanciesClient"]


def _path(kind: str, record_id: str, suffix: str = "") -> str:
    return f"/v1/{kind}/{quote(record_id, safe='')}{suffix}"


class VacanciesClient(EventsClient):
    """Reads households, homes and places, and holds or releases a place for a referral."""

    async def get_household(self, household_id: str) -> Versioned[HouseholdRead]:
        """One household, with its ETag."""
        return self._versioned(HouseholdRead,
                               await self._request("GET", _path("households", household_id)))

    async def get_home(self, home_id: str) -> Versioned[HomeRead]:
        """One children's home, with its ETag."""
        return self._versioned(HomeRead, await self._request("GET", _path("homes", home_id)))

    async def get_vacancy(self, vacancy_id: str) -> Versioned[VacancyRead]:
        """One place and its state."""
        return self._versioned(VacancyRead,
                               await self._request("GET", _path("vacancies", vacancy_id)))

    async def hold(self, vacancy_id: str, referral_id: str) -> Versioned[VacancyRead]:
        """Hold the place for a referral while a match is considered (409 if taken)."""
        body = VacancyCommand(referral_id=referral_id).model_dump(mode="json")
        response = await self._request("POST", _path("vacancies", vacancy_id, "/hold"), json=body)
        return self._versioned(VacancyRead, response)

    async def release(self, vacancy_id: str) -> Versioned[VacancyRead]:
        """Release a hold: the place is available again."""
        response = await self._request("POST", _path("vacancies", vacancy_id, "/release"))
        return self._versioned(VacancyRead, response)
