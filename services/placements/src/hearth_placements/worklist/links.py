"""Calendar links: a signed URL a calendar client subscribes to without a bearer token.

The link is a JWT (HS256, audience ``hearth-calendar``) naming the caller's kind and
tenant and, for a worker's calendar, the worker; it expires after
``calendar_link_days`` by the service's clock. Whoever holds it reads what its maker
could read of that calendar (tenant-scoped like any read, and audited as the link).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import jwt
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import DependencyUnavailable, NotFound
from hearth_kit.auth import Principal

from hearth_placements.settings import PlacementsSettings

__all__ = ["mint_link", "principal_from_link"]

AUDIENCE = "hearth-calendar"


def _key(settings: PlacementsSettings) -> str:
    secret = settings.calendar_link_secret or settings.hs256_secret()
    if secret is None:
        raise DependencyUnavailable("No key is configured for calendar links.")
    return secret.get_secret_value()


def mint_link(
    settings: PlacementsSettings, principal: Principal, worker_id: str | None, now: datetime
) -> tuple[str, datetime]:
    """A signed calendar token for ``principal``'s tenant (one worker's, if named)."""
    expires = now + timedelta(days=settings.calendar_link_days)
    claims = {
        "aud": AUDIENCE,
        "kind": principal.kind.value,
        "tenant": principal.tenant,
        "worker": worker_id,
        "sub": principal.subject,
        "exp": int(expires.timestamp()),
    }
    return jwt.encode(claims, _key(settings), algorithm="HS256"), expires


def principal_from_link(
    settings: PlacementsSettings, token: str, now: datetime
) -> tuple[Principal, str | None]:
    """Who a valid link reads as, and its worker; 404 for anything else (no oracle)."""
    try:
        claims = jwt.decode(
            token,
            _key(settings),
            algorithms=["HS256"],
            audience=AUDIENCE,
            options={"verify_exp": False, "require": ["exp", "aud", "kind", "tenant"]},
        )
        kind = CallerKind(claims["kind"])
    except (jwt.PyJWTError, ValueError):
        raise NotFound("No such calendar.") from None
    if claims["exp"] < now.timestamp() or kind not in (CallerKind.AGENCY, CallerKind.LA):
        raise NotFound("No such calendar (the link may have expired).")
    principal = Principal(
        kind=kind,
        tenant=str(claims["tenant"]),
        subject=f"calendar-link:{claims.get('sub', '')}"[:200],
        client_id="calendar-link",
        scopes=frozenset({Scope.PLACEMENTS_READ.value}),
    )
    return principal, claims.get("worker")
