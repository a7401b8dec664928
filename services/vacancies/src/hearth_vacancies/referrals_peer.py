"""The one place the vacancies service calls the referrals service.

A stand-in for the typed ``ReferralsClient`` (contract branch ``client``), which did
not merge cleanly here yet: swap this module's body for the client when it lands.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

import httpx
from fastapi import Request
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import DependencyUnavailable
from hearth_kit.auth import mint_token
from hearth_kit.context import REQUEST_ID_HEADER, current_request_id
from hearth_kit.logging import get_logger

from hearth_vacancies.settings import VacanciesSettings

__all__ = ["ReferralsPeer", "referrals_peer", "service_token"]

log = get_logger("hearth.vacancies.peer")


def service_token(settings: VacanciesSettings) -> str:
    """The token this service shows the referrals service (minted locally when none is set)."""
    if settings.service_token is not None:
        return settings.service_token.get_secret_value()
    secret = settings.hs256_secret()
    if secret is None:
        raise DependencyUnavailable("No service token is configured for the referrals service.")
    return mint_token(secret=secret.get_secret_value(), kind=CallerKind.SERVICE, tenant=None,
                      scopes=[Scope.REFERRALS_READ.value], subject="hearth-vacancies",
                      client_id="hearth-vacancies", issuer=settings.jwt_issuer,
                      audience=settings.jwt_audience, lifetime_seconds=300)


class ReferralsPeer:
    """Asks the referrals service about a referral, as this service, for one request."""

    def __init__(self, http: httpx.AsyncClient, settings: VacanciesSettings) -> None:
        self.http = http
        self.settings = settings

    async def is_addressed_to(self, referral_id: str, agency_id: str) -> bool:
        """Whether the referral exists and was sent to ``agency_id`` (503 if referrals is down)."""
        try:
            uuid.UUID(referral_id)
        except ValueError:
            return False
        headers = {"Authorization": f"Bearer {service_token(self.settings)}"}
        if request_id := current_request_id():
            headers[REQUEST_ID_HEADER] = request_id
        url = self.settings.referrals_url.rstrip("/") + f"/v1/referrals/{quote(referral_id)}"
        try:
            response = await self.http.get(url, headers=headers,
                                           timeout=self.settings.peer_timeout_seconds)
        except httpx.HTTPError as exc:
            log.error("referrals.unreachable", error=type(exc).__name__)
            raise DependencyUnavailable("The referrals service is not reachable.",
                                        headers={"Retry-After": "5"}) from None
        if response.status_code == 404:
            return False
        if response.status_code != 200:
            log.error("referrals.refused", status=response.status_code)
            raise DependencyUnavailable("The referrals service did not answer.",
                                        headers={"Retry-After": "5"})
        screening = response.json().get("screening", [])
        return any(entry.get("agency_id") == agency_id for entry in screening)


def referrals_peer(request: Request) -> ReferralsPeer:
    """A dependency: the peer over the app's shared HTTP client (injected in tests)."""
    state = request.app.state
    if getattr(state, "referrals_http", None) is None:
        state.referrals_http = httpx.AsyncClient()
    return ReferralsPeer(state.referrals_http, state.settings)
