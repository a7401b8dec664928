"""Schemathesis against the placements OpenAPI: no 500s, responses match the documented schema."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hearth_contract.auth import CallerKind
from hearth_contract.mocks.offers_feed import OffersFeedMock
from hearth_kit.testing import (
    check_allow_matches_schema,
    fuzz_every_operation,
    settings_for_tests,
)
from hearth_placements.app import create_app
from hearth_placements.settings import PlacementsSettings

CALLERS = [
    (CallerKind.AGENCY, "hearthside-fostering"),
    (CallerKind.LA, "E10000016"),
    (CallerKind.SERVICE, None),
]


@pytest.fixture
def api_schema(sqlite_template, tmp_path):
    url = sqlite_template.copy_to(tmp_path)
    offers_http = httpx.AsyncClient(
        transport=httpx.MockTransport(OffersFeedMock().handler), base_url="http://offers"
    )
    app = create_app(
        settings_for_tests(PlacementsSettings, url, consumer_enabled=False),
        offers_http=offers_http,
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_conforms_to_its_schema_for_every_caller(api_schema):
    """Generated requests per operation and caller kind: no 5xx, documented status and body."""
    fuzz_every_operation(api_schema, CALLERS, minimum_operations=20)


async def test_a_405_names_exactly_the_methods_the_schema_documents(app):
    """OPTIONS on every documented path: 405 whose Allow is the path's methods (ST205)."""
    await check_allow_matches_schema(app)
