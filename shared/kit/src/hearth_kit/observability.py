"""Health probes and Prometheus metrics."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.problems import DependencyUnavailable
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

from hearth_kit.auth import Principal, require
from hearth_kit.errors import problem_response

__all__ = ["HttpMetrics", "observability_router"]


class HttpMetrics:
    """Request counts and latencies by route template (never by raw path: ids are not labels)."""

    def __init__(self, service: str) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "hearth_http_requests_total",
            "HTTP requests answered",
            ["service", "method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "hearth_http_request_duration_seconds",
            "HTTP request latency",
            ["service", "method", "route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        )
        self.denials = Counter(
            "hearth_security_denials_total",
            "Requests denied: another tenant's record (cross_tenant) or an operation the"
            " caller may not use (forbidden)",
            ["service", "reason", "record_type"],
            registry=self.registry,
        )
        self.service = service
        self._series: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def denied(self, reason: str, record_type: str) -> None:
        self.denials.labels(self.service, reason, record_type).inc()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        # Each answer's two series, found by their labels once (the metrics keep every
        # series they are asked for anyway): labels() takes a lock and checks its values.
        series = self._series.get((method, route, status))
        if series is None:
            series = self._series[(method, route, status)] = (
                self.requests.labels(self.service, method, route, str(status)),
                self.latency.labels(self.service, method, route),
            )
        series[0].inc()
        series[1].observe(seconds)


def observability_router() -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/livez", response_model=dict[str, str])
    async def livez() -> dict[str, str]:
        """Liveness: the process answers. Checks no dependency."""
        return {"status": "ok"}

    @router.get("/readyz", response_model=dict[str, str])
    async def readyz(request: Request) -> Response:
        """Readiness: a write to the database could start within the readiness timeout (and
        which background loops this replica leads, for information)."""
        timeout = request.app.state.settings.readiness_timeout_seconds
        if not await request.app.state.database.can_write(timeout):
            return problem_response(
                DependencyUnavailable(
                    f"The database cannot take a write within {timeout:g} s.",
                    headers={"Retry-After": "5"},
                ),
                request,
            )
        # Which background loops this replica leads (hearth_kit.leader); none is needed to serve.
        return JSONResponse({"status": "ok", **request.app.state.leadership.detail()})

    @router.get("/metrics", response_class=Response)
    async def metrics(
        request: Request,
        _principal: Annotated[
            Principal, Depends(require(Scope.METRICS_READ, [CallerKind.SERVICE]))
        ],
    ) -> Response:
        """Prometheus metrics (scraped with a service token holding metrics:read)."""
        registry = request.app.state.metrics.registry
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return router
