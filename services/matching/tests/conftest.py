"""Fixtures: matching on SQLite and PostgreSQL, fed by real referrals and vacancies apps."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from hearth_kit.clock import FrozenClock
from hearth_kit.testing import (
    SqliteTemplate,
    Tokens,
    database_fixtures,
    release_app_database,
    settings_for_tests,
)
from hearth_matching.app import MIGRATIONS, create_app
from hearth_matching.models import Base
from hearth_matching.settings import MatchingSettings
from hearth_referrals.app import MIGRATIONS as REFERRALS_MIGRATIONS
from hearth_referrals.app import create_app as create_referrals_app
from hearth_referrals.settings import ReferralsSettings
from hearth_vacancies.app import MIGRATIONS as VACANCIES_MIGRATIONS
from hearth_vacancies.app import create_app as create_vacancies_app
from hearth_vacancies.settings import VacanciesSettings
from matching_testkit import NOW

postgres_database, sqlite_template, backend, database_url = database_fixtures(
    "matching", MIGRATIONS, [Base.metadata]
)


def _template(tmp_path_factory, name, migrations) -> SqliteTemplate:
    template = SqliteTemplate(tmp_path_factory.mktemp(name), migrations)
    template.create()
    return template


@pytest.fixture(scope="session")
def referrals_sqlite(tmp_path_factory):
    return _template(tmp_path_factory, "matching-referrals", REFERRALS_MIGRATIONS)


@pytest.fixture(scope="session")
def vacancies_sqlite(tmp_path_factory):
    return _template(tmp_path_factory, "matching-vacancies", VACANCIES_MIGRATIONS)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(NOW)


def _dir(tmp_path, name):
    path = tmp_path / name
    path.mkdir()
    return path


@pytest.fixture
async def referrals_app(referrals_sqlite, tmp_path, clock):
    app = create_referrals_app(
        settings_for_tests(
            ReferralsSettings, referrals_sqlite.copy_to(_dir(tmp_path, "referrals"))
        ),
        clock=clock,
    )
    yield app
    await app.state.database.dispose()


@pytest.fixture
async def referrals_http(referrals_app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=referrals_app), base_url="http://referrals"
    ) as http:
        yield http


@pytest.fixture
async def vacancies_app(vacancies_sqlite, tmp_path, clock, referrals_http):
    app = create_vacancies_app(
        settings_for_tests(
            VacanciesSettings,
            vacancies_sqlite.copy_to(_dir(tmp_path, "vacancies")),
            placements_feed_enabled=False,
        ),
        clock=clock,
        referrals_http=referrals_http,
    )
    yield app
    await app.state.database.dispose()


@pytest.fixture
async def vacancies_http(vacancies_app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=vacancies_app), base_url="http://vacancies"
    ) as http:
        yield http


@pytest.fixture
async def app(request, backend, database_url, clock, referrals_http, vacancies_http):
    url = database_url
    settings = settings_for_tests(MatchingSettings, url, consumer_enabled=False)
    application = create_app(
        settings, clock=clock, referrals_http=referrals_http, vacancies_http=vacancies_http
    )
    yield application
    await release_app_database(request, backend, application)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://matching"
    ) as http:
        yield http


@pytest.fixture
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture
def world(referrals_http, vacancies_http, tokens, app):
    from matching_testkit import World

    return World(referrals_http, vacancies_http, tokens, app)
