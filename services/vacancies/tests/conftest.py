"""Fixtures: the vacancies app on SQLite and PostgreSQL, the referrals app as its peer, callers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.clock import FrozenClock
from hearth_kit.testing import (
    SqliteTemplate,
    Tokens,
    database_fixtures,
    release_app_database,
    settings_for_tests,
)
from hearth_referrals.app import MIGRATIONS as REFERRALS_MIGRATIONS
from hearth_referrals.app import create_app as create_referrals_app
from hearth_referrals.settings import ReferralsSettings
from hearth_vacancies.app import MIGRATIONS, create_app
from hearth_vacancies.models import Base
from hearth_vacancies.settings import VacanciesSettings
from referrals_testkit import referral_body
from vacancies_testkit import AGENCY_A, AGENCY_B, KENT, NOW, officer_headers, partner_headers

postgres_database, sqlite_template, backend, database_url = database_fixtures(
    "vacancies", MIGRATIONS, [Base.metadata]
)


@pytest.fixture(scope="session")
def peer_sqlite(tmp_path_factory) -> SqliteTemplate:
    template = SqliteTemplate(tmp_path_factory.mktemp("referrals-peer"), REFERRALS_MIGRATIONS)
    template.create()
    return template


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(NOW)


class PeerRecorder:
    """What the referrals service was sent: each request's headers."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


@pytest.fixture
def peer_recorder() -> PeerRecorder:
    return PeerRecorder()


@pytest.fixture
async def referrals_app(peer_sqlite, tmp_path, clock):
    peer_dir = tmp_path / "peer"
    peer_dir.mkdir()
    application = create_referrals_app(
        settings_for_tests(ReferralsSettings, peer_sqlite.copy_to(peer_dir)), clock=clock
    )
    yield application
    await application.state.database.dispose()


@pytest.fixture
async def peer_http(referrals_app, peer_recorder) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=referrals_app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://referrals", event_hooks={"request": [peer_recorder]}
    ) as http:
        yield http


@pytest.fixture
async def app(request, backend, database_url, clock, peer_http):
    settings = settings_for_tests(
        VacanciesSettings,
        database_url,
        referrals_url="http://referrals",
        placements_feed_enabled=False,
    )
    application = create_app(settings, clock=clock, referrals_http=peer_http)
    yield application
    await release_app_database(request, backend, application)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://vacancies") as http:
        yield http


@pytest.fixture
def tokens() -> Tokens:
    return Tokens()


@pytest.fixture
def officer_a(tokens) -> dict[str, str]:
    return officer_headers(tokens, AGENCY_A)


@pytest.fixture
def officer_b(tokens) -> dict[str, str]:
    return officer_headers(tokens, AGENCY_B)


@pytest.fixture
def partner_a(tokens) -> dict[str, str]:
    return partner_headers(tokens, AGENCY_A)


@pytest.fixture
def partner_b(tokens) -> dict[str, str]:
    return partner_headers(tokens, AGENCY_B)


@pytest.fixture
def la_headers(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.LA,
        KENT,
        [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE, Scope.VACANCIES_SYNC],
        subject="kent-1",
    )


@pytest.fixture
async def send_referral(referrals_app, tokens):
    """Sends a referral to the given agencies through the real referrals app; returns its id."""
    operator = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN], subject="op")
    la = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ])
    transport = httpx.ASGITransport(app=referrals_app)
    count = 0

    async def send(agency_ids=(AGENCY_A,)) -> str:
        nonlocal count
        count += 1
        async with httpx.AsyncClient(transport=transport, base_url="http://referrals") as http:
            for agency_id in (AGENCY_A, AGENCY_B):
                await http.put(
                    f"/v1/agencies/{agency_id}", json={"name": agency_id}, headers=operator
                )
            body = referral_body(seed=count, agency_ids=agency_ids)
            response = await http.post(
                "/v1/referrals", json=body, headers={**la, "Idempotency-Key": f"ref-{count}"}
            )
            assert response.status_code == 201, response.text
            return response.json()["id"]

    return send
