"""Schemathesis against the referrals OpenAPI: no 500s, responses match the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hearth_contract.auth import CallerKind
from hearth_kit.testing import (
    check_allow_matches_schema,
    fuzz_every_operation,
    settings_for_tests,
)
from hearth_referrals.app import create_app
from hearth_referrals.settings import ReferralsSettings
from referrals_testkit import KENT


@pytest.fixture
def api_schema(request, backend, database_url):
    """The service on SQLite and on PostgreSQL (emptied afterwards for the next test)."""
    app = create_app(settings_for_tests(ReferralsSettings, database_url))
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    if backend == "postgres":
        request.getfixturevalue("postgres_database").empty()


CALLERS = [(CallerKind.LA, KENT), (CallerKind.AGENCY, "agency-a"), (CallerKind.SERVICE, None)]


def test_every_operation_conforms_to_its_schema_for_every_caller(api_schema):
    """Generated requests per operation and caller kind: no 5xx, documented status and body."""
    fuzz_every_operation(api_schema, CALLERS, minimum_operations=18)


async def test_a_405_names_exactly_the_methods_the_schema_documents(app):
    """OPTIONS on every documented path: 405 whose Allow is the path's methods (ST205)."""
    await check_allow_matches_schema(app)


class TestTheDocumentIsTruthful:
    async def test_if_match_is_required_where_its_absence_is_428(self, client):
        spec = (await client.get("/openapi.json")).json()
        amend = spec["paths"]["/v1/referrals/{referral_id}"]["patch"]
        if_match = next(p for p in amend["parameters"] if p["name"] == "If-Match")
        assert if_match["required"] is True
        assert {"409", "412", "415", "422", "428"} <= set(amend["responses"])

    async def test_every_operation_lists_its_statuses_and_no_catch_all(self, client):
        spec = (await client.get("/openapi.json")).json()
        for item in spec["paths"].values():
            for operation in item.values():
                responses = operation["responses"]
                assert "default" not in responses
                assert {"500", "503"} <= set(responses)
                for status, response in responses.items():
                    if int(status) >= 400:
                        assert list(response["content"]) == ["application/problem+json"]

    async def test_an_la_create_documents_its_required_idempotency_key(self, client):
        spec = (await client.get("/openapi.json")).json()
        create = spec["paths"]["/v1/referrals"]["post"]
        key = next(p for p in create["parameters"] if p["name"] == "Idempotency-Key")
        assert key["required"] is True
        assert {"400", "409", "413", "415", "422"} <= set(create["responses"])
