"""Schemathesis against the referrals OpenAPI: no 500s, responses match the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hearth_contract.auth import CallerKind
from hearth_kit.testing import fuzz_every_operation, settings_for_tests
from hearth_referrals.app import create_app
from hearth_referrals.settings import ReferralsSettings
from referrals_testkit import KENT


@pytest.fixture(scope="module")
def api_schema(sqlite_template, tmp_path_factory):
    url = sqlite_template.copy_to(tmp_path_factory.mktemp("fuzz"))
    app = create_app(settings_for_tests(ReferralsSettings, url))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


CALLERS = [(CallerKind.LA, KENT), (CallerKind.AGENCY, "agency-a"), (CallerKind.SERVICE, None)]


def test_every_operation_conforms_to_its_schema_for_every_caller(api_schema):
    """Generated requests per operation and caller kind: no 5xx, documented status and body."""
    fuzz_every_operation(api_schema, CALLERS, minimum_operations=18)
