"""Calling another Hearth service: the token this service shows, and the client it uses.

In production a service gets its token from the identity provider with the OAuth 2.0
client-credentials grant (RFC 6749, section 4.4): a short-lived token carrying only the
scopes this call needs, fetched again before it expires. Rotating the client secret
at the identity provider and in the service's Secret is the whole rotation. A local
run mints a five-minute token with the local key; a static ``<P>_SERVICE_TOKEN`` is
accepted only outside production (production refuses to start with one).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import DependencyUnavailable

from hearth_kit.auth import mint_token
from hearth_kit.logging import get_logger
from hearth_kit.settings import ServiceSettings

__all__ = ["ClientCredentials", "peer_http_client", "service_token_source"]

log = get_logger("hearth.peers")
# Fetch a new token when less than this share of the old one's life is left.
_REFRESH_AT_REMAINING = 0.25


class ClientCredentials:
    """An access token from the identity provider's token endpoint, cached until near expiry."""

    def __init__(
        self,
        settings: ServiceSettings,
        scopes: list[Scope],
        http: httpx.AsyncClient | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not (
            settings.client_credentials_url
            and settings.service_client_id
            and settings.service_client_secret
        ):
            raise ValueError("client credentials need a token URL, a client id and a secret")
        self._url = settings.client_credentials_url
        self._client_id = settings.service_client_id
        self._secret = settings.service_client_secret
        self._scope = " ".join(s.value for s in scopes)
        self._http = http or httpx.AsyncClient(timeout=settings.peer_timeout_seconds)
        self._monotonic = monotonic
        self._token: str | None = None
        self._refresh_at = 0.0
        self._lock = asyncio.Lock()

    async def __call__(self) -> str:
        if self._token is not None and self._monotonic() < self._refresh_at:
            return self._token
        async with self._lock:
            if self._token is None or self._monotonic() >= self._refresh_at:
                await self._fetch()
        assert self._token is not None
        return self._token

    async def _fetch(self) -> None:
        try:
            response = await self._http.post(
                self._url,
                data={"grant_type": "client_credentials", "scope": self._scope},
                auth=(self._client_id, self._secret.get_secret_value()),
            )
            response.raise_for_status()
            body = response.json()
            token, lifetime = body["access_token"], float(body.get("expires_in", 300))
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            log.error("service_token.failed", peer="identity-provider", exc_info=exc)
            raise DependencyUnavailable(
                "The identity provider did not issue a service token.",
                headers={"Retry-After": "5"},
            ) from None
        self._token = str(token)
        self._refresh_at = self._monotonic() + lifetime * (1 - _REFRESH_AT_REMAINING)


def service_token_source(
    settings: ServiceSettings, scopes: list[Scope], subject: str
) -> Callable[[], str | Awaitable[str]]:
    """The bearer token for calls to peers, carrying only ``scopes``.

    Client credentials from the identity provider when configured (production); else a
    static token (tests, local) or a short-lived one minted with the local key.
    """
    if settings.client_credentials_url:
        return ClientCredentials(settings, scopes)

    def token() -> str:
        if settings.service_token is not None:
            return settings.service_token.get_secret_value()
        secret = settings.hs256_secret()
        if secret is None:
            raise DependencyUnavailable("No service token is configured for calls to peers.")
        return mint_token(
            secret=secret.get_secret_value(),
            kind=CallerKind.SERVICE,
            tenant=None,
            scopes=[s.value for s in scopes],
            subject=subject,
            client_id=subject,
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
            lifetime_seconds=300,
        )

    return token


def peer_http_client(base_url: str, settings: ServiceSettings) -> httpx.AsyncClient:
    """One pooled HTTP client per peer, with the service's timeout."""
    return httpx.AsyncClient(base_url=base_url, timeout=settings.peer_timeout_seconds)
