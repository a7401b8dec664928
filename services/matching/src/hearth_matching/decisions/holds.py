"""Holding a place through the vacancies service while a match is considered."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
from hearth_contract.auth import Scope
from hearth_contract.clients import VacanciesClient
from hearth_contract.problems import (
    Conflict,
    DependencyUnavailable,
    HeldByAnotherCaller,
    InvalidState,
    NotFound,
    NotYetAvailable,
    Problem,
    VacancyGone,
)
from hearth_contract.vacancies import VacancyRead
from hearth_kit.context import current_request_id
from hearth_kit.logging import get_logger
from hearth_kit.peers import service_token_source

from hearth_matching.settings import MatchingSettings

__all__ = ["Holds"]

log = get_logger("hearth.matching.holds")


class Holds:
    """Hold and release places as this service, forwarding the request id."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: MatchingSettings,
        feed_lag_seconds: Callable[[], int] = lambda: 5,
    ) -> None:
        self.feed_lag_seconds = feed_lag_seconds
        self.client = VacanciesClient(
            http,
            service_token_source(
                settings, [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE], "hearth-matching"
            ),
            request_id_provider=current_request_id,
            max_retries=max(0, settings.hold_attempts - 1),
            timeout=httpx.Timeout(
                settings.hold_timeout_seconds, connect=settings.hold_connect_timeout_seconds
            ),
        )

    async def hold(self, vacancy_id: str, referral_id: str, match_id: str) -> int:
        """Hold the place for the match; 409 if it is taken, 410 if it no longer exists,
        503 if vacancies does not answer.

        The Idempotency-Key is the match's: a hold whose answer was lost is retried and
        answers the first result, so the place is never held twice nor held unseen.
        """
        try:
            held = await self.client.hold(
                vacancy_id, referral_id, idempotency_key=f"match-{match_id}"
            )
        except Conflict:
            raise
        except NotFound:
            raise VacancyGone(
                "The place was deleted in the vacancies service: it cannot be held."
            ) from None
        except Problem as problem:
            log.error("vacancies.hold_failed", status=problem.status)
            raise DependencyUnavailable(
                "The vacancies service could not hold the place.", headers={"Retry-After": "5"}
            ) from None
        return held.value.version

    async def hold_all(
        self, vacancy_ids: list[str], referral_id: str, match_id: str
    ) -> dict[str, int]:
        """Hold every place of the match, or none: a refusal releases those already held.
        Each place's version once held.

        The first place's Idempotency-Key is the match's, the others' add their position.
        """
        held: dict[str, int] = {}
        try:
            for position, vacancy_id in enumerate(vacancy_ids):
                key = match_id if position == 0 else f"{match_id}-{position}"
                held[vacancy_id] = await self.hold(vacancy_id, referral_id, key)
        except BaseException:
            await self.release_all(list(held), referral_id)
            raise
        return held

    async def agency_of(self, vacancy_id: str) -> str | None:
        """The agency a place belongs to in vacancies now; None if there is no such place."""
        try:
            uuid.UUID(vacancy_id)
        except ValueError:
            return None
        try:
            return (await self.client.get_vacancy(vacancy_id)).value.agency_id
        except NotFound:
            return None
        except Problem as problem:
            log.error("vacancies.read_failed", status=problem.status)
            raise DependencyUnavailable(
                "The vacancies service did not answer.", headers={"Retry-After": "5"}
            ) from None

    async def release(self, vacancy_id: str, referral_id: str | None = None) -> bool:
        """Release the hold; False if it could not be released (kept on the match to retry).

        With ``referral_id``, only a hold for that referral is released: a place no longer
        held for it (released in vacancies, deleted, or held since by an agency officer)
        has nothing of the match's to free.
        """
        try:
            await self.client.release(vacancy_id, referral_id=referral_id)
            return True
        except (InvalidState, NotFound, HeldByAnotherCaller):
            if referral_id is not None:
                return True
            log.error("vacancies.release_failed", status=409)
            return False
        except Problem as problem:
            log.error("vacancies.release_failed", status=problem.status)
            return False

    async def held_by_me(self) -> list[VacancyRead]:
        """Every place on hold that this service placed, across the agencies it acted for."""
        return [vacancy async for vacancy in self.client.iterate_held_by_me(limit=500)]

    async def release_all(self, vacancy_ids: list[str], referral_id: str) -> bool:
        """Release each place held for the referral; False if any could not be released."""
        results = [await self.release(vacancy_id, referral_id) for vacancy_id in vacancy_ids]
        return all(results)

    async def explain_unread(self, vacancy_id: str, agency_id: str) -> None:
        """For a place the read model does not hold: 409 not yet available (Retry-After, the
        vacancies feed's lag) if vacancies has it for the agency; nothing (the caller
        answers 404) otherwise."""
        if await self.agency_of(vacancy_id) == agency_id:
            raise NotYetAvailable(
                "The place has not been read from the vacancies feed yet.",
                headers={"Retry-After": str(self.feed_lag_seconds())},
            )
