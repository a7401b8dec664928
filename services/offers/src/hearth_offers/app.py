"""The offers service: from an agreed match to the LA's answer, with the pack and the costings."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import create_service_app
from hearth_kit.auth import require
from hearth_kit.clock import Clock
from hearth_kit.db import Database
from hearth_kit.leader import Loop, run_as_leader
from hearth_kit.logging import get_logger
from hearth_kit.peers import peer_http_client
from hearth_kit.routing import HearthRoute
from hearth_kit.webhooks import WebhookConfig

from hearth_offers.acceptance.endpoints import router as acceptances
from hearth_offers.acceptance.service import Acceptance
from hearth_offers.brand.endpoints import router as brand
from hearth_offers.drafts.feed import MatchingFeed
from hearth_offers.files.endpoints import router as files
from hearth_offers.mail.endpoints import router as emails
from hearth_offers.mail.outbox import EmailTransport, SmtpTransport, deliver_forever
from hearth_offers.offers.answers import lapse_due
from hearth_offers.offers.endpoints import router as offers
from hearth_offers.pack.endpoints import router as pack
from hearth_offers.peers import Peers
from hearth_offers.rate_cards.endpoints import router as rate_cards
from hearth_offers.settings import OffersSettings

__all__ = ["MIGRATIONS", "create_app", "sweep_lapsed"]

MIGRATIONS = Path(__file__).parent / "migrations"
log = get_logger("hearth.offers")
PEERS = ("referrals", "vacancies", "matching")

# An agency hears of its own offers, an LA of those sent to it (the feed's rules).
WEBHOOKS = WebhookConfig(
    links={"offer": "/v1/offers/{subject_id}"},
    tenant_kinds=(CallerKind.LA, CallerKind.AGENCY),
)

DESCRIPTION = """
The agency's formal offer of a home to the LA, made from an agreed match.

* A draft is made for every match the carer or registered manager agreed to
  (matching's `match.ready_for_offer`), or by `POST /v1/offers`; a match not agreed is 409.
* Costings are priced from the agency's versioned rate card (integer pence, GBP); the
  offer freezes its lines and the version. The pack is frozen when the offer is sent.
* The LA reads the offers sent to it (`GET /v1/referrals/{id}/offers` side by side),
  accepts one (`offer.accepted`; the child's other offers lapse) or declines with a reason.
* Every change needs `If-Match`; every error is an RFC 9457 problem.
"""

operations = APIRouter(route_class=HearthRoute, tags=["operations"])


@operations.post(
    "/v1/offers:lapse-due",
    dependencies=[Depends(require(Scope.AGENCY_ADMIN, [CallerKind.SERVICE]))],
)
async def lapse_now(request: Request) -> dict[str, int]:
    """Lapse every sent offer past its answer-by date now (operators; the sweep does it too)."""
    return {"lapsed": await sweep_lapsed(request.app.state.database)}


async def sweep_lapsed(database: Database) -> int:
    """Lapse the offers past their answer-by date, by the service's one clock."""
    async with database.system_session("lapse-sweep") as session:
        async with session.begin():
            return await lapse_due(session, database.clock.now())


async def _sweep_forever(app: FastAPI, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            lapsed = await sweep_lapsed(app.state.database)
            if lapsed:
                log.info("offers.lapsed", count=lapsed)
        except Exception as exc:  # the sweep runs again next time
            log.warning("offers.lapse_sweep_failed", exc_info=exc)
        try:
            await asyncio.wait_for(stop.wait(), app.state.settings.lapse_sweep_seconds)
        except TimeoutError:
            pass


async def _accept_forever(app: FastAPI, stop: asyncio.Event) -> None:
    """Resume every acceptance whose steps in other services are not all done."""
    while not stop.is_set():
        try:
            retry = app.state.settings.acceptance_retry_seconds
            accepted = await app.state.acceptance.run_pending(quiet_seconds=retry)
            if accepted:
                log.info("offers.acceptances_resumed", count=accepted)
        except Exception as exc:  # the database is away: try again next time
            log.warning("offers.acceptance_loop_failed", exc_info=exc)
        try:
            await asyncio.wait_for(stop.wait(), app.state.settings.acceptance_retry_seconds)
        except TimeoutError:
            pass


async def _start(app: FastAPI) -> None:
    state = app.state
    state.stop = asyncio.Event()
    loops: dict[str, Loop] = {}
    if state.settings.consumer_enabled:
        poll = state.settings.consumer_poll_seconds
        loops["offers:matching"] = lambda stop: state.feed.run_forever(stop, poll)
    if state.settings.lapse_sweep_enabled:
        loops["offers:lapse-sweep"] = partial(_sweep_forever, app)
    if state.settings.mail_delivery_enabled:
        loops["offers:mail-outbox"] = partial(
            deliver_forever, state.database, state.mail, state.settings
        )
    if state.settings.acceptance_enabled:
        loops["offers:acceptance"] = partial(_accept_forever, app)
    # With several replicas, each loop runs on one of them (a PostgreSQL advisory lock).
    state.tasks = [
        asyncio.create_task(
            run_as_leader(
                state.database,
                name,
                loop,
                state.stop,
                retry_seconds=state.settings.leader_retry_seconds,
                leadership=state.leadership,
            )
        )
        for name, loop in loops.items()
    ]


async def _stop(app: FastAPI) -> None:
    state = app.state
    state.stop.set()
    for task in state.tasks:
        await task
    for name in PEERS:
        if name not in state.injected:
            await state.http[name].aclose()


def create_app(
    settings: OffersSettings | None = None,
    clock: Clock | None = None,
    *,
    referrals_http: httpx.AsyncClient | None = None,
    vacancies_http: httpx.AsyncClient | None = None,
    matching_http: httpx.AsyncClient | None = None,
    mail: EmailTransport | None = None,
) -> FastAPI:
    """Build the app; tests inject the HTTP clients the peers are reached over, and may
    inject the mail transport."""
    settings = settings or OffersSettings()
    app = create_service_app(
        settings=settings,
        title="Hearth offers",
        description=DESCRIPTION,
        routers=[offers, files, pack, rate_cards, brand, emails, operations, acceptances],
        clock=clock,
        body_limits={
            "/v1/offer-files/": settings.attachment_max_bytes + 1,
            "/v1/agency-brand/logo": settings.logo_max_bytes + 1,
        },
        on_startup=[_start],
        on_shutdown=[_stop],
        webhooks=WEBHOOKS,
    )
    state = app.state
    given = {"referrals": referrals_http, "vacancies": vacancies_http, "matching": matching_http}
    state.injected = {name for name, http in given.items() if http is not None}
    state.http = {
        name: given[name] or peer_http_client(getattr(settings, f"{name}_url"), settings)
        for name in PEERS
    }
    state.peers = Peers(
        settings, state.http["referrals"], state.http["vacancies"], state.http["matching"]
    )
    state.feed = MatchingFeed(state.database, state.peers)
    state.mail = mail or SmtpTransport(settings)
    state.acceptance = Acceptance(state.database, state.peers, state.metrics.registry)
    return app
