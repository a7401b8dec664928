"""Fixtures: placements on SQLite and PostgreSQL, fed by a fake offers feed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from hearth_contract.mocks.offers_feed import OffersFeedMock
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.testing import Tokens, database_fixtures, release_app_database, settings_for_tests
from hearth_placements.app import MIGRATIONS, create_app
from hearth_placements.models import Base
from hearth_placements.settings import PlacementsSettings
from placements_testkit import World

postgres_database, sqlite_template, backend, database_url = database_fixtures(
    "placements", MIGRATIONS, [Base.metadata]
)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(TEST_NOW)


@pytest.fixture
def feed(clock) -> OffersFeedMock:
    return OffersFeedMock(now=clock.now)


@pytest.fixture
async def app(request, backend, database_url, clock, feed):
    settings = settings_for_tests(PlacementsSettings, database_url, consumer_enabled=False)
    offers_http = httpx.AsyncClient(
        transport=httpx.MockTransport(feed.handler), base_url="http://offers"
    )
    application = create_app(settings, clock=clock, offers_http=offers_http)
    yield application
    await offers_http.aclose()
    await release_app_database(request, backend, application)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://placements"
    ) as http:
        yield http


@pytest.fixture
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture
def world(app, client, feed, tokens, clock) -> World:
    return World(app, client, feed, tokens, clock)
