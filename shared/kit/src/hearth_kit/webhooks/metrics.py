"""Webhook metrics, in the service's registry: deliveries, failures and lag."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

__all__ = ["WebhookMetrics"]

_LAG_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 6 * 3600, 86400, 259200)


class WebhookMetrics:
    """``outcome`` is delivered, failed (will retry) or dead; lag is from the event's
    ``occurred_at`` to the receiver's 2xx."""

    def __init__(self, service: str, registry: CollectorRegistry) -> None:
        self.service = service
        self.attempts = Counter(
            "hearth_webhook_attempts_total",
            "Webhook delivery attempts, by outcome",
            ["service", "outcome"],
            registry=registry,
        )
        self.lag = Histogram(
            "hearth_webhook_lag_seconds",
            "From an event occurring to its webhook being delivered",
            ["service"],
            registry=registry,
            buckets=_LAG_BUCKETS,
        )
        self.paused = Counter(
            "hearth_webhook_subscriptions_paused_total",
            "Subscriptions paused after failing for a day",
            ["service"],
            registry=registry,
        )

    def attempted(self, outcome: str, lag_seconds: float | None = None) -> None:
        self.attempts.labels(self.service, outcome).inc()
        if lag_seconds is not None:
            self.lag.labels(self.service).observe(lag_seconds)
