"""The services an offer is composed from, reached over HTTP through their typed clients.

Referrals (the child in brief) and vacancies (the home behind a place) are read as this
service, with a service token. An LA's acceptance is carried out with three more service
tokens, each carrying one narrow scope: fill the place (``vacancies:fill``), close the
match as placed (``matching:place``), mark the referral placed (``referrals:place``).
Matching serves a match and its explanation to the agency that owns it only, so those
are read with the officer's own bearer token, forwarded: the offers service never sees more
of a match than the officer could.
"""

from __future__ import annotations

import httpx
from hearth_contract.auth import Scope
from hearth_contract.clients import MatchingClient, ReferralsClient, VacanciesClient
from hearth_contract.matching import MatchList, MatchRead
from hearth_contract.problems import DependencyUnavailable, MatchNotFound, NotFound, Problem
from hearth_contract.referrals import ReferralRead
from hearth_contract.vacancies import VacancyRead
from hearth_kit.context import current_request_id
from hearth_kit.logging import get_logger
from hearth_kit.peers import service_token_source

from hearth_offers.settings import OffersSettings

__all__ = ["SCOPES", "Peers"]

log = get_logger("hearth.offers.peers")
SCOPES = [Scope.EVENTS_READ, Scope.REFERRALS_READ, Scope.VACANCIES_READ]


def _unavailable(peer: str, problem: Problem) -> DependencyUnavailable:
    log.error("peer.unanswered", peer=peer, status=problem.status)
    return DependencyUnavailable(
        f"The {peer} service did not answer.", headers={"Retry-After": "5"}
    )


class Peers:
    """Typed clients for referrals, vacancies and matching."""

    def __init__(
        self,
        settings: OffersSettings,
        referrals_http: httpx.AsyncClient,
        vacancies_http: httpx.AsyncClient,
        matching_http: httpx.AsyncClient,
    ) -> None:
        token = service_token_source(settings, SCOPES, "hearth-offers")
        options = {"request_id_provider": current_request_id, "max_retries": 1}
        self.referrals = ReferralsClient(referrals_http, token, **options)
        self.vacancies = VacanciesClient(vacancies_http, token, **options)
        self.matching_events = MatchingClient(matching_http, token, max_retries=1)
        self.matching_http = matching_http
        # The acceptance's steps: each client's token carries that step's scope only.
        self.filler = VacanciesClient(
            vacancies_http,
            service_token_source(settings, [Scope.VACANCIES_FILL], "hearth-offers"),
            **options,
        )
        self.match_placer = MatchingClient(
            matching_http,
            service_token_source(settings, [Scope.MATCHING_PLACE], "hearth-offers"),
            **options,
        )
        self.referral_placer = ReferralsClient(
            referrals_http,
            service_token_source(settings, [Scope.REFERRALS_PLACE], "hearth-offers"),
            **options,
        )

    async def fill_place(self, vacancy_id: str, referral_id: str) -> None:
        """Fill the place held for the accepted offer's child (again: answered as filled)."""
        await self.filler.fill(vacancy_id, referral_id)

    async def close_match_as_placed(self, match_id: str, offer_id: str) -> None:
        """Close the offer's match as placed (again: answered as it is)."""
        await self.match_placer.close_as_placed(match_id, offer_id)

    async def mark_referral_placed(self, referral_id: str, agency_id: str, offer_id: str) -> None:
        """Mark the referral placed with the offer's agency (again: answered as it is)."""
        await self.referral_placer.mark_placed(referral_id, agency_id, offer_id)

    async def referral(self, referral_id: str) -> ReferralRead:
        try:
            return (await self.referrals.get_referral(referral_id)).value
        except NotFound:
            raise
        except Problem as problem:
            raise _unavailable("referrals", problem) from None

    async def vacancy(self, vacancy_id: str) -> VacancyRead:
        try:
            return (await self.vacancies.get_vacancy(vacancy_id)).value
        except NotFound:
            raise
        except Problem as problem:
            raise _unavailable("vacancies", problem) from None

    def _matching_as(self, authorization: str | None) -> MatchingClient:
        bearer = (authorization or "").removeprefix("Bearer ").removeprefix("bearer ")
        return MatchingClient(
            self.matching_http, bearer, request_id_provider=current_request_id, max_retries=1
        )

    async def match(self, match_id: str, authorization: str | None) -> MatchRead:
        """The match as the officer sees it in matching; 404 if it is not the officer's."""
        try:
            return await self._matching_as(authorization).get_match(match_id)
        except NotFound:
            raise MatchNotFound() from None
        except Problem as problem:
            raise _unavailable("matching", problem) from None

    async def explanation(
        self,
        referral_id: str,
        holder_id: str,
        authorization: str | None,
        run_id: str | None = None,
    ) -> MatchList | None:
        """Matching's explanation of this home for the child: from the officer's saved
        match run if there is one, else its ranking now (None if matching cannot say)."""
        matching = self._matching_as(authorization)
        try:
            if run_id is not None:
                run = await matching.get_run(run_id)
                if isinstance(run.result, MatchList) and run.result.referral_id == referral_id:
                    return run.result
                return None
            return await matching.referral_matches(
                referral_id, limit=50, excluded_limit=1, holder_id=holder_id
            )
        except Problem as problem:
            log.warning("peer.no_explanation", peer="matching", status=problem.status)
            return None
