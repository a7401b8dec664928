"""Fixtures: the referrals app on SQLite and on PostgreSQL, callers of every kind, a clock."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.clock import FrozenClock
from hearth_kit.testing import Tokens, database_fixtures, release_app_database, settings_for_tests
from hearth_referrals.app import MIGRATIONS, create_app
from hearth_referrals.models import Base
from hearth_referrals.settings import ReferralsSettings
from referrals_testkit import AGENCY_A, AGENCY_B, KENT, MEDWAY, NOW, agency_headers

postgres_database, sqlite_template, backend, database_url = database_fixtures(
    "referrals", MIGRATIONS, [Base.metadata]
)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(NOW)


@pytest.fixture
async def app(request, backend, database_url, clock):
    application = create_app(settings_for_tests(ReferralsSettings, database_url), clock=clock)
    yield application
    await release_app_database(request, backend, application)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://referrals") as http:
        yield http


@pytest.fixture
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture
def la_headers(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.LA,
        KENT,
        [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ],
        subject="kent-placements-1",
    )


@pytest.fixture
def other_la_headers(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.LA,
        MEDWAY,
        [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ],
        subject="medway-placements-1",
    )


@pytest.fixture
def agency_a(tokens) -> dict[str, str]:
    return agency_headers(tokens, AGENCY_A)


@pytest.fixture
def agency_b(tokens) -> dict[str, str]:
    return agency_headers(tokens, AGENCY_B)


@pytest.fixture
def operator_headers(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.SERVICE,
        None,
        [Scope.AGENCY_ADMIN, Scope.REFERRALS_READ, Scope.EVENTS_READ, Scope.METRICS_READ],
        subject="operator",
    )


@pytest.fixture
async def agencies(client, operator_headers) -> list[str]:
    for agency_id, name in ((AGENCY_A, "Agency A Fostering"), (AGENCY_B, "Agency B Homes")):
        response = await client.put(
            f"/v1/agencies/{agency_id}", json={"name": name}, headers=operator_headers
        )
        assert response.status_code in (200, 201), response.text
    return [AGENCY_A, AGENCY_B]
