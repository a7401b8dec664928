"""What every typed Hearth client shares: auth, request ids, retries and problem mapping.

A client wraps an ``httpx.AsyncClient`` the caller owns (base URL, transport, timeouts,
connection pool); it never creates one. Calls that are safe to repeat are retried on
transport failures and on 429/502/503/504 with exponential backoff and jitter; every
other failure comes back as the same :class:`~hearth_contract.problems.Problem` subclass
the server raised.
"""

from __future__ import annotations

import asyncio
import inspect
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Generic, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from hearth_contract.problems import (
    DependencyUnavailable,
    Problem,
    ProblemDetails,
    problem_class_for,
)

__all__ = [
    "BaseClient",
    "InvalidResponse",
    "Sleep",
    "TokenSource",
    "Versioned",
    "problem_from_response",
    "request_json",
]

T = TypeVar("T")
TokenSource = str | Callable[[], Awaitable[str] | str]
Sleep = Callable[[float], Awaitable[None]]

REQUEST_ID_HEADER = "X-Request-ID"
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_GATEWAY_STATUSES = frozenset({502, 504})
# The headers a problem carries on to whoever re-raises it: what they mean to a caller.
# Never the upstream's framing (Content-Length, Content-Type, encodings): a relayed
# problem is a new response with a body of its own.
PROBLEM_HEADERS = frozenset({"retry-after", "www-authenticate", "allow", "etag", "location"})


@dataclass(frozen=True, slots=True)
class Versioned(Generic[T]):
    """A record and the ETag to send back as ``If-Match`` when changing it."""

    value: T
    etag: str | None
    replayed: bool = False


class InvalidResponse(Exception):
    """A 2xx answer whose body is not what the contract promises (a version mismatch)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@lru_cache(maxsize=128)
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


def problem_from_response(response: httpx.Response) -> Problem:
    """The typed exception for a non-2xx answer: by problem ``type``, else by status."""
    details = _problem_details(response)
    cls = problem_class_for(details.type, response.status_code)
    if cls is Problem and response.status_code in _GATEWAY_STATUSES:
        cls = DependencyUnavailable
    headers = {k: v for k, v in response.headers.items() if k.lower() in PROBLEM_HEADERS}
    problem = cls.from_details(details, headers=headers)
    if cls is Problem:
        problem.status = response.status_code  # type: ignore[misc]
    return problem


def _problem_details(response: httpx.Response) -> ProblemDetails:
    try:
        return ProblemDetails.model_validate_json(response.content)
    except ValidationError:
        # Not a problem body (a proxy's HTML page, an empty 502): the status is all we have.
        return ProblemDetails(title=response.reason_phrase or "Error", status=response.status_code)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class BaseClient:
    """One typed client's plumbing over an injected ``httpx.AsyncClient``."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        token: TokenSource,
        *,
        max_retries: int = 3,
        backoff: float = 0.2,
        max_backoff: float = 5.0,
        max_retry_after: float = 30.0,
        request_id_provider: Callable[[], str | None] | None = None,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self._http = http
        # Each attempt's own timeout, when the call must answer sooner than the client's.
        self._timeout = timeout
        self._token = token
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self._request_id_provider = request_id_provider
        self._sleep = sleep
        self._jitter = jitter

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        read_only: bool = False,
    ) -> httpx.Response:
        """Send one call, retrying when safe; a 2xx response, or the server's problem raised.

        ``content`` is a raw body (a CSV file, say) sent instead of ``json``;
        ``read_only`` marks a POST that changes nothing (a batch read), safe to retry.
        """
        method = method.upper()
        sent_headers = dict(headers or {})
        retryable = (
            read_only or method in IDEMPOTENT_METHODS or IDEMPOTENCY_KEY_HEADER in sent_headers
        )
        attempt = 0
        while True:
            try:
                response = await self._send(method, path, json, params, sent_headers, content)
            except (httpx.ConnectError, httpx.TimeoutException) as exc:
                if not retryable or attempt >= self.max_retries:
                    raise DependencyUnavailable(
                        f"{method} {path} failed after {attempt + 1} attempt(s): "
                        f"{type(exc).__name__}."
                    ) from exc
                await self._sleep(self._backoff_delay(attempt))
            else:
                if response.is_success:
                    return response
                if (
                    not retryable
                    or response.status_code not in RETRYABLE_STATUSES
                    or attempt >= self.max_retries
                ):
                    raise problem_from_response(response)
                await self._sleep(self._delay_for(response, attempt))
            attempt += 1

    async def _send(
        self,
        method: str,
        path: str,
        json: Any,
        params: Mapping[str, Any] | None,
        headers: dict[str, str],
        content: bytes | None = None,
    ) -> httpx.Response:
        all_headers = {
            "Accept": "application/json, application/problem+json",
            "Authorization": f"Bearer {await self._current_token()}",
            **headers,
        }
        request_id = self._request_id_provider() if self._request_id_provider else None
        if request_id and REQUEST_ID_HEADER not in all_headers:
            all_headers[REQUEST_ID_HEADER] = request_id
        return await self._http.request(
            method,
            path,
            json=json,
            params=params,
            headers=all_headers,
            content=content,
            timeout=self._timeout if self._timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )

    async def _current_token(self) -> str:
        if isinstance(self._token, str):
            return self._token
        token = self._token()
        if inspect.isawaitable(token):
            token = await token
        return token

    def _backoff_delay(self, attempt: int) -> float:
        ceiling = min(self.max_backoff, self.backoff * 2**attempt)
        # "Equal jitter": at least half the ceiling, so replicas spread out but still wait.
        return ceiling / 2 + ceiling / 2 * self._jitter()

    def _delay_for(self, response: httpx.Response, attempt: int) -> float:
        retry_after = _retry_after(response)
        if retry_after is None:
            return self._backoff_delay(attempt)
        return min(retry_after, self.max_retry_after)

    @staticmethod
    def _parse(model: type[T] | Any, response: httpx.Response) -> T:
        """The response body validated into ``model`` (a model class or a type like list[X])."""
        try:
            return _adapter(model).validate_json(response.content)
        except ValidationError as exc:
            raise InvalidResponse(
                response.status_code,
                f"{response.request.method} {response.request.url.path}: the response does not "
                f"match {getattr(model, '__name__', model)} ({exc.error_count()} error(s)).",
            ) from exc

    @classmethod
    def _versioned(cls, model: type[T], response: httpx.Response) -> Versioned[T]:
        return Versioned(
            value=cls._parse(model, response),
            etag=response.headers.get("ETag"),
            replayed=response.headers.get("Idempotent-Replayed") == "true",
        )


def request_json(body: BaseModel) -> dict[str, Any]:
    """A request model as JSON, only the fields the caller set (merge-patch friendly)."""
    return body.model_dump(mode="json", by_alias=True, exclude_unset=True)
