"""Bearer-token authentication (an RFC 9068 subset) and per-operation authorisation.

Every operation declares the scope it needs and the kinds of caller it serves;
anything else is refused (deny by default). Tenant isolation is not done here but
in the data-access layer (:mod:`hearth_kit.db`), from the principal this returns.
"""

import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import Forbidden, RateLimited, Unauthorized
from limits import RateLimitItem
from limits import parse as parse_rate
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from hearth_kit.logging import bind_request_fields
from hearth_kit.settings import ServiceSettings

__all__ = [
    "Authenticator",
    "Principal",
    "RateLimiter",
    "TokenVerifier",
    "bearer_credentials",
    "mint_token",
    "require",
    "require_by_kind",
]

ACCESS_TOKEN_TYPES = {"at+jwt", "application/at+jwt"}
_VERIFIED_CACHE_SIZE = 4096
_bearer = HTTPBearer(auto_error=False, description="An RFC 9068 JWT access token")


@dataclass(frozen=True)
class Principal:
    """Who is calling: what kind of caller, for which tenant, with which scopes."""

    kind: CallerKind
    tenant: str | None
    subject: str
    client_id: str
    scopes: frozenset[str] = field(default_factory=frozenset)

    @property
    def caller(self) -> tuple[str, str, str]:
        """Who owns per-caller state (idempotency keys, rate-limit buckets): kind, tenant, client.

        The client alone is not enough: one OAuth client may act for several tenants.
        """
        return (self.kind.value, self.tenant or "", self.client_id)

    @property
    def actor(self) -> str:
        return f"{self.kind.value}:{self.tenant or '-'}:{self.subject}"

    def has(self, scope: Scope | str) -> bool:
        return str(scope) in self.scopes


def _unauthorized(detail: str, error: str = "invalid_token") -> Unauthorized:
    return Unauthorized(
        detail, headers={"WWW-Authenticate": f'Bearer realm="hearth", error="{error}"'}
    )


class TokenVerifier:
    """Verifies access tokens against the configured issuer, audience and keys."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._algorithms = [a for a in settings.jwt_algorithms if a.lower() != "none"]
        self._issuer = settings.jwt_issuer
        self._audience = settings.jwt_audience
        self._leeway = settings.jwt_leeway_seconds
        self._max_lifetime = settings.jwt_max_lifetime_seconds
        self._keys: dict[str, Any] = {}
        # Signature checks are the costly part; a token seen before is trusted until its expiry.
        self._verified: dict[str, tuple[Principal, float]] = {}
        secret = settings.hs256_secret()
        if secret is not None:
            self._keys["HS256"] = secret.get_secret_value()
        if settings.jwt_public_key_file:
            public_key = Path(settings.jwt_public_key_file).read_text()
            for alg in self._algorithms:
                if alg.startswith(("RS", "ES", "PS")):
                    self._keys[alg] = public_key
        self._jwks = (
            jwt.PyJWKSet.from_json(Path(settings.jwt_jwks_file).read_text())
            if settings.jwt_jwks_file
            else None
        )

    def _key_for(self, header: dict[str, Any]) -> Any:
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in self._algorithms:
            raise _unauthorized("The token's signing algorithm is not accepted.")
        if header.get("typ") not in ACCESS_TOKEN_TYPES:
            raise _unauthorized("The token is not an access token (typ must be at+jwt).")
        if self._jwks is not None and header.get("kid"):
            try:
                return self._jwks[header["kid"]].key
            except KeyError:
                raise _unauthorized("The token's key id is unknown.") from None
        if alg not in self._keys:
            raise _unauthorized("No key is configured for the token's algorithm.")
        return self._keys[alg]

    def verify(self, token: str) -> Principal:
        """The principal of a valid token; verified tokens are remembered until they expire."""
        cached = self._verified.get(token)
        if cached is not None:
            principal, expires_at = cached
            if time.time() <= expires_at + self._leeway:
                return principal
            self._verified.pop(token, None)
        principal, expires_at = self._verify(token)
        if len(self._verified) >= _VERIFIED_CACHE_SIZE:
            self._verified.pop(next(iter(self._verified)))
        self._verified[token] = (principal, expires_at)
        return principal

    def _verify(self, token: str) -> tuple[Principal, float]:
        try:
            header = jwt.get_unverified_header(token)
            key = self._key_for(header)
            claims = jwt.decode(
                token,
                key,
                algorithms=[header["alg"]],
                audience=self._audience,
                issuer=self._issuer,
                leeway=self._leeway,
                options={"require": ["exp", "iss", "aud", "sub", "client_id", "scope", "iat"]},
            )
        except jwt.ExpiredSignatureError:
            raise _unauthorized("The token has expired.") from None
        except jwt.PyJWTError:
            raise _unauthorized("The token is not valid.") from None
        lifetime = claims["exp"] - claims["iat"]
        if not isinstance(lifetime, int | float) or lifetime > self._max_lifetime:
            raise _unauthorized(
                f"The token lives longer than the {self._max_lifetime} s this service accepts."
            )
        try:
            kind = CallerKind(claims.get("hearth_kind"))
        except ValueError:
            raise _unauthorized("The token does not say what kind of caller it is.") from None
        tenant = claims.get("hearth_tenant")
        if kind is not CallerKind.SERVICE and not (isinstance(tenant, str) and tenant):
            raise _unauthorized("The token names no tenant.")
        scope = claims["scope"]
        if not isinstance(scope, str):
            raise _unauthorized("The token's scope must be a space-separated string.")
        principal = Principal(
            kind=kind,
            tenant=tenant if kind is not CallerKind.SERVICE else None,
            subject=str(claims["sub"]),
            client_id=str(claims["client_id"]),
            scopes=frozenset(scope.split()),
        )
        return principal, float(claims["exp"])


class _MovingWindowInMemory:
    """The moving window of one process: each caller's hits in the window, oldest first.

    A hit costs O(1) however many the window holds. The library's memory storage copied
    the caller's whole window and hopped to a worker thread on every hit, a cost that grew
    with the request rate.
    """

    def __init__(self, limit: RateLimitItem) -> None:
        self._amount = limit.amount
        self._window = float(limit.get_expiry())
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str) -> float | None:
        """Count a hit and return None, or, over the limit, the seconds until one is free."""
        now = time.monotonic()
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = deque()
        cutoff = now - self._window
        while hits and hits[0] <= cutoff:
            hits.popleft()
        if len(hits) >= self._amount:
            return hits[0] + self._window - now
        hits.append(now)
        return None


class RateLimiter:
    """A moving-window limit per caller (kind, tenant and client; in memory locally, Redis in
    production), so tenants behind one shared client never spend each other's allowance."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._limit = parse_rate(settings.rate_limit)
        uri = settings.rate_limit_storage
        self._in_memory: _MovingWindowInMemory | None = None
        self._limiter: MovingWindowRateLimiter | None = None
        if uri.removeprefix("async+").startswith("memory://"):
            self._in_memory = _MovingWindowInMemory(self._limit)
            return
        if not uri.startswith("async+"):
            uri = "async+" + uri
        self._limiter = MovingWindowRateLimiter(storage_from_string(uri))

    async def check(self, principal: Principal) -> None:
        kind, tenant, client_id = principal.caller
        key = f"{kind}:{tenant}:{client_id}"
        if self._in_memory is not None:
            wait = self._in_memory.hit(key)
        else:
            wait = await self._shared_hit(key)
        if wait is not None:
            raise RateLimited(
                f"Limit of {self._limit} exceeded.",
                headers={"Retry-After": str(max(1, int(wait)))},
            )

    async def _shared_hit(self, key: str) -> float | None:
        assert self._limiter is not None
        if await self._limiter.hit(self._limit, key):
            return None
        stats = await self._limiter.get_window_stats(self._limit, key)
        return stats.reset_time - time.time()


class Authenticator:
    def __init__(self, verifier: TokenVerifier, limiter: RateLimiter) -> None:
        self.verifier = verifier
        self.limiter = limiter

    async def authenticate(self, credentials: HTTPAuthorizationCredentials | None) -> Principal:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise Unauthorized(
                "Send a bearer access token.", headers={"WWW-Authenticate": 'Bearer realm="hearth"'}
            )
        principal = self.verifier.verify(credentials.credentials)
        await self.limiter.check(principal)
        return principal


def require(scope: Scope, kinds: Iterable[CallerKind]) -> Callable[..., Awaitable[Principal]]:
    """A dependency: authenticate, then allow only the given caller kinds holding ``scope``."""
    return require_by_kind(dict.fromkeys(kinds, scope))


def require_by_kind(
    scopes: Mapping[CallerKind, Scope],
) -> Callable[..., Awaitable[Principal]]:
    """A dependency: authenticate, then allow each caller kind named holding its own scope
    (an agency officer and an agency's integration partner reach one endpoint this way)."""
    allowed = dict(scopes)

    async def dependency(
        request: Request, credentials: HTTPAuthorizationCredentials | None = bearer_credentials()
    ) -> Principal:
        principal = await request.app.state.authenticator.authenticate(credentials)
        if principal.kind not in allowed:
            _note_forbidden(request, principal)
            raise Forbidden(f"This operation is not open to {principal.kind.value} callers.")
        scope = allowed[principal.kind]
        if not principal.has(scope):
            _note_forbidden(request, principal)
            raise Forbidden(
                f"The token lacks the scope {scope.value}.",
                headers={
                    "WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope.value}"'
                },
            )
        request.state.principal = principal
        uow = getattr(request.state, "uow", None)
        if uow is not None:
            uow.bind_principal(principal)
        bind_request_fields(client_id=principal.client_id, caller_kind=principal.kind.value)
        return principal

    return dependency


def _note_forbidden(request: Request, principal: Principal) -> None:
    """Keep a refused operation as a security event (written when the request ends)."""
    uow = getattr(request.state, "uow", None)
    if uow is None:
        return
    route = request.scope.get("route")
    operation = f"{request.method} {getattr(route, 'path', request.url.path)}"
    uow.principal = principal
    uow.denials.append(("forbidden", "operation", operation))


def bearer_credentials() -> Any:
    """The bearer token parameter (``Security``), as every protected route declares it."""
    from fastapi import Security

    return Security(_bearer)


def mint_token(
    *,
    secret: str,
    kind: CallerKind,
    tenant: str | None,
    scopes: Iterable[str],
    subject: str,
    client_id: str | None = None,
    issuer: str = "hearth-local",
    audience: str = "hearth",
    lifetime_seconds: int = 3600,
    now: float | None = None,
) -> str:
    """An HS256 access token for local runs and tests (production tokens come from the IdP)."""
    issued = int(now if now is not None else time.time())
    claims: dict[str, Any] = {
        "iss": issuer,
        "aud": audience,
        "sub": subject,
        "client_id": client_id or f"{kind.value}-{tenant or 'hearth'}",
        "scope": " ".join(scopes),
        "iat": issued,
        "exp": issued + lifetime_seconds,
        "jti": uuid.uuid4().hex,
        "hearth_kind": kind.value,
    }
    if tenant is not None:
        claims["hearth_tenant"] = tenant
    return jwt.encode(claims, secret, algorithm="HS256", headers={"typ": "at+jwt"})
