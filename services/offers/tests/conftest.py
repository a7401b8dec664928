"""Fixtures: offers on SQLite and PostgreSQL, its peers answered by the contract's respx mocks."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx
from hearth_contract.mocks.matching import register_mock_matching
from hearth_contract.mocks.referrals import register_mock_referrals
from hearth_contract.mocks.vacancies import register_mock_vacancies
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.testing import Tokens, database_fixtures, release_app_database, settings_for_tests
from hearth_offers.app import MIGRATIONS, create_app
from hearth_offers.models import Base
from hearth_offers.settings import OffersSettings
from offers_testkit import PEERS, World

postgres_database, sqlite_template, backend, database_url = database_fixtures(
    "offers", MIGRATIONS, [Base.metadata]
)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(TEST_NOW)


@pytest.fixture
def peers(clock):
    """The referrals, vacancies and matching services, as the contract's mocks."""
    with respx.mock(assert_all_called=False) as router:
        yield {
            "referrals": register_mock_referrals(router, PEERS["referrals"], now=clock.now),
            "vacancies": register_mock_vacancies(router, PEERS["vacancies"], now=clock.now),
            "matching": register_mock_matching(router, PEERS["matching"], now=clock.now),
        }


@pytest.fixture
async def app(request, backend, database_url, clock, peers):
    settings = settings_for_tests(
        OffersSettings,
        database_url,
        consumer_enabled=False,
        lapse_sweep_enabled=False,
        mail_delivery_enabled=False,
        la_placement_teams={"E10000016": "placements@kent.example"},
    )
    https = {name: httpx.AsyncClient(base_url=url) for name, url in PEERS.items()}
    application = create_app(
        settings,
        clock=clock,
        referrals_http=https["referrals"],
        vacancies_http=https["vacancies"],
        matching_http=https["matching"],
    )
    yield application
    for http in https.values():
        await http.aclose()
    await release_app_database(request, backend, application)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://offers"
    ) as http:
        yield http


@pytest.fixture
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture
def world(client, app, peers, tokens, clock) -> World:
    return World(client, app, peers, tokens, clock)
