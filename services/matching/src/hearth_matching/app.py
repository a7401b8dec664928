"""The matching service: which of our homes could this child live in, safely, and why."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.matching import ReadModelLag
from hearth_kit.app import create_service_app
from hearth_kit.auth import require
from hearth_kit.clock import Clock
from hearth_kit.consumer import EventConsumer
from hearth_kit.leader import Loop, run_as_leader
from hearth_kit.peers import peer_http_client
from hearth_kit.postcodes import shared_directory
from hearth_kit.routing import HearthRoute
from hearth_kit.webhooks import WebhookConfig

from hearth_matching.decisions.endpoints import router as decisions
from hearth_matching.decisions.holds import Holds
from hearth_matching.decisions.reconcile import HoldReconciler
from hearth_matching.matches.endpoints import router as matches
from hearth_matching.read_model.feeds import ReadModelFeeds
from hearth_matching.read_model.index import MatchIndex
from hearth_matching.read_model.lag import FeedGauges
from hearth_matching.read_model.refresh import IndexFollower
from hearth_matching.referrals_peer import ReferralsPeer
from hearth_matching.settings import MatchingSettings

__all__ = ["MIGRATIONS", "create_app"]

MIGRATIONS = Path(__file__).parent / "migrations"

DESCRIPTION = """
Explainable, safe matches between referrals and the agency's homes, both ways.

* `GET /v1/referrals/{id}/matches`: the agency's homes ranked for a child, every score
  component explained, the exclusions summarised with the one change that would open most.
* `GET /v1/vacancies/{id}/matches`: the open referrals a free place could serve.
* Decisions: propose (the place is held through the vacancies service), the SSW's view,
  the carer's or registered manager's answer. Nothing is decided by the system.
* Agency users only: LAs see no matches. Every error is an RFC 9457 problem.
"""

# Agency users only, as for every matching route: LAs see no matches.
WEBHOOKS = WebhookConfig(
    links={"match": "/v1/matches/{subject_id}"}, tenant_kinds=(CallerKind.AGENCY,)
)

operations = APIRouter(route_class=HearthRoute, tags=["operations"])


@operations.post(
    "/v1/read-model/rebuild",
    dependencies=[Depends(require(Scope.AGENCY_ADMIN, [CallerKind.SERVICE]))],
)
async def rebuild(request: Request) -> dict[str, int]:
    """Forget the read model and read both feeds again from the start (operators only)."""
    return {"events": await request.app.state.feeds.rebuild()}


@operations.get(
    "/v1/read-model/lag",
    response_model=ReadModelLag,
    dependencies=[Depends(require(Scope.MATCHING_READ, [CallerKind.AGENCY, CallerKind.SERVICE]))],
)
async def lag(request: Request) -> ReadModelLag:
    """How far the read model is behind each feed: the last event applied, and how many
    events and seconds behind it is, so a caller knows whether a ranking is current."""
    return await request.app.state.feeds.lag()


def _background_loops(state: Any) -> dict[str, Loop]:
    """The loops one replica runs (each led through its own advisory lock)."""
    settings = state.settings
    loops: dict[str, Loop] = {}
    if settings.consumer_enabled:
        for consumer in state.feeds.consumers:  # "matching:referrals", "matching:vacancies"
            loops[consumer.name] = partial(_follow, consumer, settings.consumer_poll_seconds)
    if settings.hold_reconcile_enabled:
        loops["matching:hold-reconciler"] = state.reconciler.run_forever
    return loops


async def _follow(consumer: EventConsumer, poll_seconds: float, stop: asyncio.Event) -> None:
    await consumer.run_forever(poll_seconds, stop)


async def _start(app: FastAPI) -> None:
    state = app.state
    state.feeds_stop = asyncio.Event()
    state.background = [
        asyncio.create_task(
            run_as_leader(
                state.database,
                name,
                loop,
                state.feeds_stop,
                retry_seconds=state.settings.leader_retry_seconds,
                leadership=state.leadership,
            )
        )
        for name, loop in _background_loops(state).items()
    ]
    # Every replica, leader or not, keeps its index in step with the leader's commits.
    state.background.append(asyncio.create_task(state.follower.run_forever(state.feeds_stop)))


async def _stop(app: FastAPI) -> None:
    state = app.state
    if getattr(state, "feeds_stop", None) is not None:
        state.feeds_stop.set()
    for task in getattr(state, "background", []):
        await task
    for name in ("referrals_http", "vacancies_http"):
        if name not in state.injected:
            await getattr(state, name).aclose()


def create_app(
    settings: MatchingSettings | None = None,
    clock: Clock | None = None,
    *,
    referrals_http: httpx.AsyncClient | None = None,
    vacancies_http: httpx.AsyncClient | None = None,
) -> FastAPI:
    """Build the app; tests inject the HTTP clients the peers are reached over."""
    settings = settings or MatchingSettings()
    app = create_service_app(
        settings=settings,
        title="Hearth matching",
        description=DESCRIPTION,
        routers=[matches, decisions, operations],
        clock=clock,
        on_startup=[_start],
        on_shutdown=[_stop],
        webhooks=WEBHOOKS,
    )
    state = app.state
    state.injected = {
        name
        for name, given in (("referrals_http", referrals_http), ("vacancies_http", vacancies_http))
        if given
    }
    state.referrals_http = referrals_http or peer_http_client(settings.referrals_url, settings)
    state.vacancies_http = vacancies_http or peer_http_client(settings.vacancies_url, settings)
    state.index = MatchIndex()
    state.holds = Holds(state.vacancies_http, settings)
    state.feeds = ReadModelFeeds(
        state.database,
        settings,
        state.index,
        state.referrals_http,
        state.vacancies_http,
        shared_directory().locate,
        holds=state.holds,
    )
    state.follower = IndexFollower(state.database, state.index, state.feeds.sender)
    state.referrals_peer = ReferralsPeer(
        state.referrals_http, settings, state.feeds.retry_after_seconds
    )
    state.holds.feed_lag_seconds = lambda: state.feeds.retry_after_seconds("vacancies")
    state.reconciler = HoldReconciler(state.database, state.holds, settings, state.metrics.registry)
    gauges = FeedGauges(state.metrics.registry)
    for progress in state.feeds.progress.values():
        progress.gauges = gauges
    return app
