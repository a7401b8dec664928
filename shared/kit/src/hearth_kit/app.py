"""The app factory every service starts from."""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.routing import APIRoute
from hearth_contract.problems import ProblemDetails
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from hearth_kit.auth import Authenticator, RateLimiter, TokenVerifier
from hearth_kit.clock import Clock
from hearth_kit.db import Database, create_engine
from hearth_kit.docs import install_api_docs
from hearth_kit.errors import PROBLEM_JSON, install_problem_handlers
from hearth_kit.events import events_router
from hearth_kit.leader import Leadership
from hearth_kit.logging import configure_logging, get_logger
from hearth_kit.observability import HttpMetrics, observability_router
from hearth_kit.openapi import install_truthful_openapi
from hearth_kit.routing import (
    BodyLimitMiddleware,
    DirectHandler,
    DirectRoutes,
    RequestContextMiddleware,
)
from hearth_kit.settings import ServiceSettings
from hearth_kit.webhooks import WebhookConfig, install_webhooks, start_webhooks, stop_webhooks

__all__ = [
    "FREEZE_AFTER_STARTUP",
    "YOUNG_COLLECTION_THRESHOLD",
    "HearthApp",
    "create_service_app",
    "get_session",
]

# Set to "1" (by ``serve``) to move what start-up made out of the garbage collector's reach.
FREEZE_AFTER_STARTUP = "HEARTH_FREEZE_AFTER_STARTUP"
# The garbage collector's threshold for its youngest generation once start-up is frozen.
YOUNG_COLLECTION_THRESHOLD = 10_000

log = get_logger("hearth.app")
Hook = Callable[[FastAPI], Awaitable[None]]


def get_session(request: Request) -> AsyncSession:
    """The request's session, inside its unit of work (see ``routing.HearthRoute``)."""
    return request.state.uow.session()


class HearthApp(FastAPI):
    """A service's app: FastAPI's, and its direct routes (:class:`DirectRoutes`) served
    first, through the kit's own middleware only.

    FastAPI's stack around a request (its native OpenTelemetry check, Starlette's
    application call, the server-error, exception-telemetry and body-limit middleware, then
    the kit's) cost more layers than the busiest operation needs. A direct route runs
    through the same server-error handling (the app's handler for unexpected errors), the
    kit's request context (request id, log line, metrics), body limit and
    :class:`DirectRoutes`, and nothing else; every other request takes FastAPI's path.
    """

    direct_operations: frozenset[tuple[str, str]] = frozenset()
    _direct_stack: ASGIApp | None = None
    _direct_parts: tuple[Sequence[tuple[APIRoute, DirectHandler]], Callable[[str], int]]

    def serve_directly(
        self, routes: Sequence[tuple[APIRoute, DirectHandler]], limit_for: Callable[[str], int]
    ) -> None:
        self.direct_operations = frozenset(
            (method, route.path) for route, _handler in routes for method in route.methods
        )
        self._direct_parts = (routes, limit_for)

    def _build_direct_stack(self) -> ASGIApp:
        routes, limit_for = self._direct_parts
        # The same handler FastAPI's ServerErrorMiddleware is given (build_middleware_stack).
        handler = self.exception_handlers.get(500) or self.exception_handlers.get(Exception)
        # DirectRoutes passes on only what it does not serve: nothing reaches it here.
        direct = DirectRoutes(super().__call__, routes=routes)
        context = RequestContextMiddleware(
            BodyLimitMiddleware(direct, limit_for=limit_for), metrics=self.state.metrics
        )
        return ServerErrorMiddleware(context, handler=handler, debug=self.debug)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (scope["method"], scope["path"]) in self.direct_operations:
            if self.root_path:
                scope["root_path"] = self.root_path
            scope["app"] = self
            if self._direct_stack is None:
                self._direct_stack = self._build_direct_stack()
            await self._direct_stack(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_service_app(
    *,
    settings: ServiceSettings,
    title: str,
    description: str,
    routers: Sequence[APIRouter],
    version: str = "0.1.0",
    clock: Clock | None = None,
    body_limits: dict[str, int] | None = None,
    on_startup: Sequence[Hook] = (),
    on_shutdown: Sequence[Hook] = (),
    configure_logs: bool = True,
    webhooks: WebhookConfig | None = None,
    direct_routes: Sequence[tuple[APIRoute, DirectHandler]] = (),
) -> FastAPI:
    """Build a service: auth, problem+json errors, limits, request ids, metrics, health, docs.

    ``webhooks``: push this service's events to its tenants' endpoints (hearth_kit.webhooks).
    ``direct_routes``: the busiest operations (a route declared in ``routers``, and the
    handler serving it) served without the router and dependency solving
    (hearth_kit.routing.DirectRoutes).
    """
    if configure_logs:
        configure_logging(environment=settings.environment)
    clock = clock or settings.clock()
    database = Database(
        create_engine(
            settings.resolved_database_url(),
            pool_size=settings.database_pool_size,
            echo=settings.database_echo,
        ),
        clock=clock,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        log.info(
            "service.starting", service=settings.service_name, environment=settings.environment
        )
        for hook in on_startup:
            await hook(app)
        if webhooks is not None:
            await start_webhooks(app)
        if os.environ.get(FREEZE_AFTER_STARTUP) == "1":
            # What start-up made lives as long as the process: keep it out of the collector's
            # full passes, which otherwise stop every request for ~160 ms about once in
            # 12,000 referrals (a paced run's p99); set by the serve command, not in tests
            # (frozen objects are never collected, and a test run starts thousands of apps).
            gc.freeze()
            # The youngest generation collected once 10,000 objects more are alive than
            # were, not 700: under load the requests in flight hold more than 700, so each
            # handful of requests set off a collection that moved their objects on to be
            # scanned again in the older generations (and every ~650 requests a full pass):
            # ~4% of the referrals service's CPU under wrk (perf), for garbage that is
            # almost all freed by reference counting. Cycles are still collected, later.
            gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
        yield
        if webhooks is not None:
            await stop_webhooks(app)
        for hook in on_shutdown:
            await hook(app)
        await database.dispose()
        log.info("service.stopped", service=settings.service_name)

    app = HearthApp(
        # Hearth observes through its Prometheus metrics and JSON logs (observability,
        # logging); FastAPI's native OpenTelemetry, never configured here, is off rather
        # than checked for global providers on every request, and the direct routes
        # (HearthApp) are served outside it either way.
        telemetry={"tracing": False, "metrics": False, "logs": False},
        title=title,
        description=description,
        version=version,
        lifespan=lifespan,
        docs_url=None,  # served by install_api_docs, without a CDN
        redoc_url=None,
        # The catch-all names ProblemDetails once; each operation's real statuses replace it
        # (hearth_kit.openapi).
        responses={
            "default": {
                "model": ProblemDetails,
                "description": "An RFC 9457 problem",
                "content": {PROBLEM_JSON: {}},
            }
        },
    )
    app.state.settings = settings
    app.state.clock = clock
    app.state.database = database
    app.state.authenticator = Authenticator(TokenVerifier(settings), RateLimiter(settings))
    app.state.metrics = HttpMetrics(settings.service_name)
    app.state.leadership = Leadership(app.state.metrics.registry)
    install_problem_handlers(app)
    install_api_docs(app, title=title, persist_authorization=settings.environment == "local")
    install_truthful_openapi(app)

    limits = dict(body_limits or {})

    def limit_for(path: str) -> int:
        for prefix, limit in limits.items():
            if path.startswith(prefix):
                return limit
        return settings.max_body_bytes

    if direct_routes:
        # Inside the body limit, the request id and the log line, as the router is, and
        # outside FastAPI's own stack (HearthApp).
        app.serve_directly(direct_routes, limit_for)
    app.add_middleware(BodyLimitMiddleware, limit_for=limit_for)
    app.add_middleware(RequestContextMiddleware, metrics=app.state.metrics)
    app.include_router(observability_router())
    app.include_router(events_router(get_session))
    for router in routers:
        app.include_router(router)
    if webhooks is not None:
        install_webhooks(app, webhooks, get_session)
    return app


def uvicorn_config(**overrides: Any) -> dict[str, Any]:
    """Uvicorn options for every service: our logging, graceful shutdown on SIGTERM.

    uvloop and httptools are named, not left to "auto": without them a service serves
    far fewer requests per core, and a missing extra should stop it, not slow it.
    """
    return {
        "log_config": None,
        "access_log": False,
        "timeout_graceful_shutdown": 20,
        "loop": "uvloop",
        "http": "httptools",
        **overrides,
    }
