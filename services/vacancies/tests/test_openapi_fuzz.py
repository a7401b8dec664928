"""Schemathesis against the vacancies OpenAPI: no 500s, responses match the documented schema."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hearth_contract.auth import CallerKind
from hearth_kit.postcodes import GridReference, PostcodeDirectory, normalise_postcode
from hearth_kit.testing import (
    check_allow_matches_schema,
    fuzz_every_operation,
    settings_for_tests,
)
from hearth_referrals.app import create_app as create_referrals_app
from hearth_referrals.settings import ReferralsSettings
from hearth_vacancies.app import create_app
from hearth_vacancies.settings import VacanciesSettings
from vacancies_testkit import AGENCY_A, KENT


class EveryPostcode(PostcodeDirectory):
    """Knows every well-formed postcode, so generated households and homes get created."""

    def resolve(self, postcode: str) -> GridReference:
        return GridReference(normalise_postcode(postcode), 383_000, 398_000, "E08000003")


@pytest.fixture
def api_schema(request, backend, database_url, peer_sqlite, tmp_path_factory):
    """The service on SQLite and on PostgreSQL (emptied afterwards for the next test)."""
    referrals = create_referrals_app(
        settings_for_tests(
            ReferralsSettings, peer_sqlite.copy_to(tmp_path_factory.mktemp("fuzz-referrals"))
        )
    )
    # Hold, reserve and fill ask the referrals service about the referral: it answers
    # in-process, so the fuzzing reaches the vacancies rules behind that question.
    peer = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=referrals), base_url="http://referrals"
    )
    app = create_app(
        settings_for_tests(
            VacanciesSettings,
            database_url,
            referrals_url="http://referrals",
            placements_feed_enabled=False,
        ),
        referrals_http=peer,
        postcodes=EveryPostcode(),
    )
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    if backend == "postgres":
        request.getfixturevalue("postgres_database").empty()


CALLERS = [
    (CallerKind.AGENCY, AGENCY_A),
    (CallerKind.PARTNER, AGENCY_A),
    (CallerKind.LA, KENT),
    (CallerKind.SERVICE, None),
]


def test_every_operation_conforms_to_its_schema_for_every_caller(api_schema):
    """Generated requests per operation and caller kind: no 5xx, documented status and body."""
    fuzz_every_operation(api_schema, CALLERS, minimum_operations=24)


async def test_a_405_names_exactly_the_methods_the_schema_documents(app):
    """OPTIONS on every documented path: 405 whose Allow is the path's methods (ST205)."""
    await check_allow_matches_schema(app)
