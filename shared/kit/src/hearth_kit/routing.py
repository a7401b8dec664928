"""The route class and middleware every Hearth endpoint runs through.

:class:`HearthRoute` gives each request one unit of work: the handler's changes,
its outbox events, its audit rows and its idempotency record commit together,
before the response is sent, or not at all.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from functools import partial
from typing import Any, TypeVar

from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute, APIRouter
from hearth_contract.problems import (
    FieldError,
    PayloadTooLarge,
    Problem,
    UnsupportedMediaType,
    ValidationFailed,
)
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hearth_kit.context import REQUEST_ID_HEADER, new_request_id, request_id_var, valid_request_id
from hearth_kit.db import UnitOfWork
from hearth_kit.errors import (
    CONCURRENT_CHANGES,
    concurrent_change_problem,
    problem_response,
    unexpected_to_problem,
)
from hearth_kit.idempotency import (
    IdempotentReplay,
    record_response,
    settle_lost_race,
    settle_pending,
)
from hearth_kit.logging import get_logger, new_request_fields, reset_request_fields
from hearth_kit.security import record_denials

__all__ = [
    "BodyLimitMiddleware",
    "DirectRoutes",
    "HearthRoute",
    "RequestContextMiddleware",
    "check_request",
    "declared_route",
    "in_unit_of_work",
    "parsed_body",
]

log = get_logger("hearth.http")
Model = TypeVar("Model", bound=BaseModel)
_BODY_METHODS = {"POST", "PUT", "PATCH"}
_UNLOGGED_ROUTES = frozenset({"/livez", "/readyz", "/metrics"})
# Routine successes are logged at debug (and still counted in the metrics): polls of the
# event feed, which consumers make several times a second, and requests served outside
# the API's operations (the OpenAPI document, the docs page's scripts and styles).
# A failure of either is logged like any request.
_ROUTINE_ROUTES = frozenset({"/v1/events", "unmatched"})


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class HearthRoute(APIRoute):
    """An APIRoute with a per-request unit of work, a JSON content-type check and error mapping."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()
        expects_json = self.body_field is not None
        known_query = _query_names(self.dependant)

        async def handler(request: Request) -> Response:
            check_request(request, expects_json=expects_json, known_query=known_query)
            return await in_unit_of_work(request, partial(original, request))

        return handler


def check_request(request: Request, *, expects_json: bool, known_query: frozenset[str]) -> None:
    """What every operation refuses before it runs: a query parameter it does not take, and
    a body that is not JSON where it expects JSON."""
    _refuse_unknown_query(request, known_query)
    if (
        expects_json
        and request.method in _BODY_METHODS
        and not _is_json(request.headers.get("content-type", ""))
    ):
        raise UnsupportedMediaType("Send the body as application/json.")


async def in_unit_of_work(request: Request, call: Callable[[], Awaitable[Response]]) -> Response:
    """Run an operation (``call``) as one unit of work: its changes, events, audit rows and
    Idempotency-Key record commit together before the answer is sent, or not at all.

    A replay of an Idempotency-Key is the answer; a lost race is rolled back and answered
    409/412; anything unforeseen becomes a problem (503 for the database, else 500).
    Problems, validation errors and HTTP exceptions are raised for the app's handlers.
    """
    uow = UnitOfWork(request.app.state.database)
    request.state.uow = uow
    try:
        response = await call()
        if response.status_code < 400:
            claim = getattr(request.state, "idempotency", None)
            stored = getattr(request.state, "idempotency_stored", False)
            if claim is not None and not stored:
                await record_response(uow, claim, response)
            await uow.commit()
        return response
    except IdempotentReplay as replay:
        return replay.response
    except (Problem, HTTPException, RequestValidationError):
        # A key the handler had yet to claim is checked first: a replay, a reused
        # key or one in flight is the answer, before any fault of the body.
        replay = await settle_pending(request)
        if replay is not None:
            return replay.response
        raise
    except CONCURRENT_CHANGES as exc:
        return await _lost_race(request, uow, exc)
    except Exception as exc:
        raise unexpected_to_problem(exc) from exc
    finally:
        await uow.close()
        if uow.denials:
            await record_denials(
                uow.database, uow.principal, uow.denials, request.app.state.metrics
            )


def _query_names(dependant: Any) -> frozenset[str]:
    """The query parameters an operation takes, its dependencies' included."""
    names: set[str] = set()
    pending = [dependant]
    while pending:
        current = pending.pop()
        names.update(field.alias for field in current.query_params)
        pending.extend(current.dependencies)
    return frozenset(names)


def _refuse_unknown_query(request: Request, known: frozenset[str]) -> None:
    """A query parameter the operation does not take is refused, not silently ignored:
    a misspelt filter (``recieved_from``) would otherwise widen the answer unnoticed."""
    if not request.scope.get("query_string"):
        return  # none sent: nothing to parse
    unknown = sorted({name for name in request.query_params if name not in known})
    if unknown:
        errors = [
            FieldError(
                pointer="/" + name.replace("~", "~0").replace("/", "~1"),
                detail="query parameter: this operation takes no such parameter",
                code="unknown_parameter",
            )
            for name in unknown
        ]
        raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)


async def _lost_race(request: Request, uow: UnitOfWork, exc: Exception) -> Response:
    """Roll the request back, then replay a duplicate's first response or refuse it."""
    try:
        await uow.rollback()
        claim = getattr(request.state, "idempotency", None)
        if claim is not None:
            await settle_lost_race(uow, claim)
    except IdempotentReplay as replay:
        return replay.response
    except Problem:
        raise
    except Exception as failure:
        raise unexpected_to_problem(failure) from failure
    raise concurrent_change_problem(
        exc, path=request.url.path, if_match="if-match" in request.headers
    ) from exc


class RequestContextMiddleware:
    """Binds a request id (the caller's, if sane), logs one line per request, counts metrics."""

    def __init__(self, app: ASGIApp, metrics: Any | None = None) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = valid_request_id(_request_id_header(scope)) or new_request_id()
        token = request_id_var.set(request_id)
        fields = new_request_fields()
        started = time.perf_counter()
        status = {"code": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (REQUEST_ID_HEADER.encode(), request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            duration = time.perf_counter() - started
            if self.metrics is not None:
                self.metrics.observe(scope["method"], template, status["code"], duration)
            if template not in _UNLOGGED_ROUTES:
                routine = template in _ROUTINE_ROUTES and status["code"] < 400
                (log.debug if routine else log.info)(
                    "http.request",
                    method=scope["method"],
                    route=template,
                    status=status["code"],
                    duration_ms=round(duration * 1000, 2),
                )
            request_id_var.reset(token)
            reset_request_fields(fields)


_REQUEST_ID_KEY = REQUEST_ID_HEADER.lower().encode("latin-1")


def _request_id_header(scope: Scope) -> str | None:
    """The caller's request id header, if sent (the first, as a dict of them would keep)."""
    for key, value in scope["headers"]:
        if key.lower() == _REQUEST_ID_KEY:
            return value.decode("latin-1")
    return None


class BodyLimitMiddleware:
    """Refuses bodies over the limit with 413 before the application reads them."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._refuse(scope, receive, send, limit)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        problem = PayloadTooLarge(f"The body must be at most {limit} bytes.")
        await problem_response(problem)(scope, receive, send)


async def parsed_body(request: Request, model: type[Model]) -> Model:
    """The JSON body as ``model``, refused as FastAPI refuses a declared body parameter
    (the same ``RequestValidationError``, so the same problem): for an operation that
    :class:`DirectRoutes` serves."""
    body = await request.body()
    if not body:
        missing = {"type": "missing", "loc": ("body",), "msg": "Field required", "input": None}
        raise RequestValidationError([missing])
    try:
        return model.model_validate_json(body)
    except ValidationError:
        pass
    # Refused: the errors as FastAPI words them (it parses, then validates the value).
    try:
        value = json.loads(body)
    except ValueError:
        invalid = {"type": "json_invalid", "loc": ("body",), "msg": "JSON decode error"}
        raise RequestValidationError([invalid]) from None
    try:
        return model.model_validate(value, from_attributes=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in errors]
        ) from None


DirectHandler = Callable[[Request], Awaitable[Response]]


class DirectRoutes:
    """Serves the busiest operations without FastAPI's router and dependency solving.

    On ``POST /v1/referrals`` those were a third of the CPU of a request (issue 14). Each
    handler is the operation itself, solving what its declared route's dependencies would
    (the caller, the Idempotency-Key, the body: :func:`parsed_body`) with the same
    functions. It runs as a :class:`HearthRoute` would run it: the same checks of the
    request, the same unit of work, and any exception answered by the app's own problem
    handlers. The declared route stays: it is the OpenAPI document's operation, the route
    the logs and metrics name, and what serves the operation when this middleware is not
    installed (the test suite runs both and compares their answers).
    """

    def __init__(self, app: ASGIApp, routes: Sequence[tuple[APIRoute, DirectHandler]]) -> None:
        self.app = app
        self.routes = {
            (method, route.path): (route, handler, _query_names(route.dependant))
            for route, handler in routes
            for method in route.methods
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        served = self.routes.get((scope.get("method"), scope.get("path")))
        if served is None or scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route, handler, known_query = served
        scope["route"] = route
        scope["endpoint"] = route.endpoint
        scope["path_params"] = {}
        request = Request(scope, receive, send)
        try:
            check_request(
                request, expects_json=route.body_field is not None, known_query=known_query
            )
            response = await in_unit_of_work(request, partial(handler, request))
        except Exception as exc:
            response = await _handled(request, exc)
        await response(scope, receive, send)


def declared_route(router: APIRouter, endpoint: Callable[..., Any]) -> APIRoute:
    """The route ``router`` declares for ``endpoint`` (for :class:`DirectRoutes`)."""
    for route in router.routes:
        if isinstance(route, APIRoute) and route.endpoint is endpoint:
            return route
    raise LookupError(f"{endpoint.__name__} is not an operation of this router")


async def _handled(request: Request, exc: Exception) -> Response:
    """``exc`` answered by the app's handler for its class, as Starlette's would be."""
    handlers = request.app.exception_handlers
    for cls in type(exc).__mro__:
        if cls in handlers:
            return await handlers[cls](request, exc)
    raise exc
