"""The placements service: a placement's first weeks, on the statutory clock."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from fastapi import FastAPI
from hearth_contract.auth import CallerKind
from hearth_kit.app import create_service_app
from hearth_kit.clock import Clock
from hearth_kit.leader import run_as_leader
from hearth_kit.peers import peer_http_client
from hearth_kit.webhooks import WebhookConfig

from hearth_placements.exports.endpoints import router as exports
from hearth_placements.meetings.endpoints import router as meetings
from hearth_placements.offers_feed import OffersFeed
from hearth_placements.placements.endpoints import router as placements
from hearth_placements.records.endpoints import router as records
from hearth_placements.settings import PlacementsSettings
from hearth_placements.tasks.endpoints import router as tasks
from hearth_placements.worklist.endpoints import router as worklist

__all__ = ["MIGRATIONS", "create_app"]

MIGRATIONS = Path(__file__).parent / "migrations"

DESCRIPTION = """
A placement's first weeks, on the statutory clock (Care Planning, Placement and Case
Review (England) Regulations 2010).

* A placement opens when an LA accepts an offer (`offer.accepted` on the offers feed).
* Its clock: placement plan and placement planning meeting within 5 working days, care
  plan within 10, the risk assessment after the meeting, the delegated authority record;
  working days skip weekends and the bank holidays of England or Wales.
* Meetings with attendees, agenda, the child's views and actions that become tasks.
* Work lists, `.ics` calendars, endings with SSDA903 reasons, exports.
* Agencies see their placements; LAs their children's. Every error is an RFC 9457 problem.
"""


async def _start(app: FastAPI) -> None:
    state = app.state
    state.feed_stop = asyncio.Event()
    if state.settings.consumer_enabled:
        poll = state.settings.consumer_poll_seconds
        # With several replicas, one of them follows the feed (a PostgreSQL advisory lock).
        state.feed_task = asyncio.create_task(
            run_as_leader(
                state.database,
                "placements:offers",
                lambda stop: state.offers_feed.run_forever(stop, poll),
                state.feed_stop,
                retry_seconds=state.settings.leader_retry_seconds,
                leadership=state.leadership,
            )
        )


async def _stop(app: FastAPI) -> None:
    state = app.state
    state.feed_stop.set()
    if getattr(state, "feed_task", None) is not None:
        await state.feed_task
    if not state.offers_injected:
        await state.offers_http.aclose()


# An agency hears of its own placements, an LA of its children's (the feed's rules).
WEBHOOKS = WebhookConfig(
    links={"placement": "/v1/placements/{subject_id}"},
    tenant_kinds=(CallerKind.LA, CallerKind.AGENCY),
)


def create_app(
    settings: PlacementsSettings | None = None,
    clock: Clock | None = None,
    *,
    offers_http: httpx.AsyncClient | None = None,
) -> FastAPI:
    """Build the app; tests inject the HTTP client the offers feed is read over."""
    settings = settings or PlacementsSettings()
    app = create_service_app(
        settings=settings,
        title="Hearth placements",
        description=DESCRIPTION,
        routers=[placements, tasks, meetings, records, worklist, exports],
        clock=clock,
        on_startup=[_start],
        on_shutdown=[_stop],
        webhooks=WEBHOOKS,
    )
    state = app.state
    state.offers_injected = offers_http is not None
    state.offers_http = offers_http or peer_http_client(settings.offers_url, settings)
    state.offers_feed = OffersFeed(state.database, settings, state.offers_http)
    return app
