"""Schemathesis against the matching OpenAPI: no 500s, responses match the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hearth_contract.auth import CallerKind
from hearth_kit.testing import (
    check_allow_matches_schema,
    fuzz_every_operation,
    settings_for_tests,
)
from hearth_matching.app import create_app
from hearth_matching.settings import MatchingSettings

CALLERS = [
    (CallerKind.AGENCY, "agency-a"),
    (CallerKind.LA, "E10000016"),
    (CallerKind.SERVICE, None),
]


@pytest.fixture
def api_schema(request, backend, database_url, referrals_http, vacancies_http):
    # The peers answer in-process (the referrals and vacancies apps), so proposals and
    # holds reach the matching rules behind them. SQLite and PostgreSQL (emptied after).
    app = create_app(
        settings_for_tests(MatchingSettings, database_url, consumer_enabled=False),
        referrals_http=referrals_http,
        vacancies_http=vacancies_http,
    )
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    if backend == "postgres":
        request.getfixturevalue("postgres_database").empty()


def test_every_operation_conforms_to_its_schema_for_every_caller(api_schema):
    """Generated requests per operation and caller kind: no 5xx, documented status and body."""
    fuzz_every_operation(api_schema, CALLERS, minimum_operations=8)


async def test_a_405_names_exactly_the_methods_the_schema_documents(app):
    """OPTIONS on every documented path: 405 whose Allow is the path's methods (ST205)."""
    await check_allow_matches_schema(app)
