"""Schemathesis against the offers OpenAPI: no 500s, responses match the documented schema."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hearth_contract.auth import CallerKind
from hearth_kit.testing import (
    check_allow_matches_schema,
    fuzz_every_operation,
    settings_for_tests,
)
from hearth_offers.app import create_app
from hearth_offers.settings import OffersSettings
from offers_testkit import PEERS

CALLERS = [
    (CallerKind.AGENCY, "agency-a"),
    (CallerKind.LA, "E10000016"),
    (CallerKind.SERVICE, None),
]


@pytest.fixture
def api_schema(sqlite_template, peers, tmp_path):
    # The peers answer from the contract's mocks (see conftest), so drafting and sending
    # reach the offers' rules behind them.
    url = sqlite_template.copy_to(tmp_path)
    https = {name: httpx.AsyncClient(base_url=base) for name, base in PEERS.items()}
    app = create_app(
        settings_for_tests(OffersSettings, url, consumer_enabled=False, lapse_sweep_enabled=False),
        referrals_http=https["referrals"],
        vacancies_http=https["vacancies"],
        matching_http=https["matching"],
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_conforms_to_its_schema_for_every_caller(api_schema):
    """Generated requests per operation and caller kind: no 5xx, documented status and body."""
    fuzz_every_operation(api_schema, CALLERS, minimum_operations=12)


async def test_a_405_names_exactly_the_methods_the_schema_documents(app):
    """OPTIONS on every documented path: 405 whose Allow is the path's methods (ST205)."""
    await check_allow_matches_schema(app)
