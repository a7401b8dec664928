"""The vacancies service: every home that could take a child, and which places are free now."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from fastapi import FastAPI
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import PlacementsClient
from hearth_kit.app import create_service_app
from hearth_kit.clock import Clock
from hearth_kit.leader import run_as_leader
from hearth_kit.peers import peer_http_client, service_token_source
from hearth_kit.postcodes import PostcodeDirectory
from hearth_kit.webhooks import WebhookConfig

from hearth_vacancies.batch_reads.endpoints import router as batch_reads
from hearth_vacancies.confirmation.endpoints import router as confirmation
from hearth_vacancies.endings.feed import PlacementsFeed
from hearth_vacancies.homes.endpoints import router as homes
from hearth_vacancies.households.endpoints import router as households
from hearth_vacancies.partner_sync.endpoints import router as partner_sync
from hearth_vacancies.settings import VacanciesSettings
from hearth_vacancies.spreadsheets.endpoints import router as spreadsheets
from hearth_vacancies.supply.endpoints import router as supply
from hearth_vacancies.vacancies.endpoints import router as vacancies

__all__ = ["MIGRATIONS", "create_app"]

MIGRATIONS = Path(__file__).parent / "migrations"

DESCRIPTION = """
The agency's supply: foster households, children's homes and their free places.

* **Agency officers** keep households, homes and the vacancy list true, hold, reserve
  and fill places for referrals (never double-booked), run the daily confirmation
  round and import or export the list as CSV.
* **Integration partners** keep their copy in step: `PUT` by external id with strong
  ETags and `If-Match`, bulk upserts of up to 1,000 records, and a change feed
  with tombstones to resume from after a crash.
* LA callers see no household data. Every error is an RFC 9457 problem.
"""


# An agency, or its integration partner, hears of its own agency's records; LAs see none.
WEBHOOKS = WebhookConfig(
    links={
        "household": "/v1/households/{subject_id}",
        "home": "/v1/homes/{subject_id}",
        "vacancy": "/v1/vacancies/{subject_id}",
    },
    tenant_kinds=(CallerKind.AGENCY, CallerKind.PARTNER),
)


async def _start(app: FastAPI) -> None:
    state = app.state
    state.stop = asyncio.Event()
    state.tasks = []
    if state.settings.placements_feed_enabled:
        poll = state.settings.consumer_poll_seconds
        # With several replicas, one of them follows the feed (a PostgreSQL advisory lock).
        state.tasks.append(
            asyncio.create_task(
                run_as_leader(
                    state.database,
                    "vacancies:placements",
                    lambda stop: state.placements_feed.run_forever(stop, poll),
                    state.stop,
                    retry_seconds=state.settings.leader_retry_seconds,
                    leadership=state.leadership,
                )
            )
        )


async def _close_peer_client(app: FastAPI) -> None:
    state = app.state
    state.stop.set()
    for task in state.tasks:
        await task
    http = getattr(state, "referrals_http", None)
    if http is not None and not getattr(state, "referrals_http_injected", False):
        await http.aclose()
    if not state.placements_http_injected:
        await state.placements_http.aclose()


def create_app(
    settings: VacanciesSettings | None = None,
    clock: Clock | None = None,
    *,
    referrals_http: httpx.AsyncClient | None = None,
    placements_http: httpx.AsyncClient | None = None,
    postcodes: PostcodeDirectory | None = None,
) -> FastAPI:
    """Build the app; tests inject the HTTP clients referrals and placements are reached over."""
    settings = settings or VacanciesSettings()
    app = create_service_app(
        settings=settings,
        title="Hearth vacancies",
        description=DESCRIPTION,
        routers=[
            batch_reads,
            households,
            homes,
            spreadsheets,
            vacancies,
            confirmation,
            supply,
            partner_sync,
        ],
        clock=clock,
        body_limits={
            "/v1/partner/households:bulk": 16 * 1_048_576,
            "/v1/vacancies/import": 4 * 1_048_576,
        },
        on_startup=[_start],
        on_shutdown=[_close_peer_client],
        webhooks=WEBHOOKS,
    )
    app.state.referrals_http = referrals_http
    app.state.referrals_http_injected = referrals_http is not None
    app.state.postcodes = postcodes
    app.state.placements_http_injected = placements_http is not None
    app.state.placements_http = placements_http or peer_http_client(
        settings.placements_url, settings
    )
    token = service_token_source(settings, [Scope.EVENTS_READ], "hearth-vacancies")
    placements = PlacementsClient(app.state.placements_http, token, max_retries=1)
    app.state.placements_feed = PlacementsFeed(app.state.database, placements.events)
    return app
