"""Calling another Hearth service: the token this service shows, and the client it uses."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import DependencyUnavailable

from hearth_kit.auth import mint_token
from hearth_kit.settings import ServiceSettings

__all__ = ["peer_http_client", "service_token_source"]


def service_token_source(
    settings: ServiceSettings, scopes: list[Scope], subject: str
) -> Callable[[], str]:
    """The bearer token for calls to peers: the configured one, or minted with the local key.

    Production configures ``<PREFIX>_SERVICE_TOKEN`` (issued by the identity provider);
    a local run mints a short-lived one with the key every local service trusts.
    """

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
