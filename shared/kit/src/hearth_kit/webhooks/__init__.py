"""Webhooks, built once: every service pushes its outbox events to its tenants' endpoints.

A service switches them on with one argument to its app factory and one call in a
migration::

    links = {"referral": "/v1/referrals/{subject_id}"}
    create_service_app(..., webhooks=WebhookConfig(links=links))
    # a revision: upgrade() calls create_webhook_tables(), downgrade() drop_webhook_tables()

That adds ``/v1/webhooks`` (subscriptions, delivery log, replays; scope
``webhooks:manage``) and the delivery worker, a background loop safe on every replica
(see :mod:`hearth_kit.webhooks.worker`).
"""

from __future__ import annotations

import asyncio

from fastapi import FastAPI

from hearth_kit.webhooks.addresses import Resolve, check_endpoint, is_public, resolve_host
from hearth_kit.webhooks.endpoints import webhooks_router
from hearth_kit.webhooks.metrics import WebhookMetrics
from hearth_kit.webhooks.notify import LoggingNotifier, Notifier, SmtpNotifier, notifier_for
from hearth_kit.webhooks.signing import new_secret, signed_headers
from hearth_kit.webhooks.worker import WebhookConfig, WebhookWorker

__all__ = [
    "LoggingNotifier",
    "Notifier",
    "Resolve",
    "SmtpNotifier",
    "WebhookConfig",
    "WebhookMetrics",
    "WebhookWorker",
    "check_endpoint",
    "install_webhooks",
    "is_public",
    "new_secret",
    "resolve_host",
    "signed_headers",
    "webhooks_router",
]


def install_webhooks(app: FastAPI, config: WebhookConfig, get_session) -> None:
    """Routes, worker and metrics on ``app`` (called by ``create_service_app``).

    ``app.state.webhooks`` is the worker: tests replace its ``resolve`` or ``http``, or
    call ``run_once`` themselves with the background loop switched off.
    """
    state = app.state
    settings = state.settings
    metrics = WebhookMetrics(settings.service_name, state.metrics.registry)
    state.webhooks = WebhookWorker(
        state.database, settings, config, metrics, notifier_for(settings)
    )
    app.include_router(webhooks_router(get_session, config.tenant_kinds))


async def start_webhooks(app: FastAPI) -> None:
    state = app.state
    state.webhooks_stop = asyncio.Event()
    if state.settings.webhooks_worker_enabled:
        state.webhooks_task = asyncio.create_task(state.webhooks.run_forever(state.webhooks_stop))


async def stop_webhooks(app: FastAPI) -> None:
    state = app.state
    state.webhooks_stop.set()
    task = getattr(state, "webhooks_task", None)
    if task is not None:
        await task
    await state.webhooks.close()
