"""The one place the vacancies service asks the referrals service something."""

from __future__ import annotations

import uuid

import httpx
from fastapi import Request
from hearth_contract.auth import Scope
from hearth_contract.clients import ReferralsClient
from hearth_contract.problems import DependencyUnavailable, NotFound, Problem
from hearth_kit.context import current_request_id
from hearth_kit.logging import get_logger
from hearth_kit.peers import peer_http_client, service_token_source

from hearth_vacancies.settings import VacanciesSettings

__all__ = ["ReferralsPeer", "referrals_peer"]

log = get_logger("hearth.vacancies.peer")


class ReferralsPeer:
    """Asks the referrals service about a referral, as this service, within one request."""

    def __init__(self, http: httpx.AsyncClient, settings: VacanciesSettings) -> None:
        self.client = ReferralsClient(
            http,
            service_token_source(settings, [Scope.REFERRALS_READ], "hearth-vacancies"),
            request_id_provider=current_request_id,
            max_retries=1,
        )

    async def is_addressed_to(self, referral_id: str, agency_id: str) -> bool:
        """Whether the referral exists and was sent to ``agency_id`` (503 if referrals is down)."""
        try:
            uuid.UUID(referral_id)
        except ValueError:
            return False
        try:
            referral = (await self.client.get_referral(referral_id)).value
        except NotFound:
            return False
        except DependencyUnavailable:
            log.error("referrals.unreachable", peer="referrals")
            raise DependencyUnavailable(
                "The referrals service is not reachable.", headers={"Retry-After": "5"}
            ) from None
        except Problem as problem:
            log.error("referrals.refused", peer="referrals", status=problem.status)
            raise DependencyUnavailable(
                "The referrals service did not answer.", headers={"Retry-After": "5"}
            ) from None
        return any(screening.agency_id == agency_id for screening in referral.screening)


def referrals_peer(request: Request) -> ReferralsPeer:
    """A dependency: the peer over the app's pooled HTTP client (injected in tests)."""
    state = request.app.state
    if getattr(state, "referrals_http", None) is None:
        state.referrals_http = peer_http_client(state.settings.referrals_url, state.settings)
    return ReferralsPeer(state.referrals_http, state.settings)
