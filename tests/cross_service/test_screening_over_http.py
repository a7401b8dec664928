"""Issue 3 done: the screening story against the running referrals process on PostgreSQL.

The same story as services/referrals/tests/test_screening_story.py (one function drives
both), here over a real socket to ``hearth-referrals serve`` on the system clock, so only
what holds under any clock is asserted.
"""

from __future__ import annotations

import asyncio
import signal
import time

import httpx
import pytest
from cross_service.stack import Stack
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens
from referrals_testkit import AGENCY_A, AGENCY_B, KENT, agency_headers
from screening_story import EXPECTED_EVENTS, Callers, run_screening_story

tokens = Tokens()
CALLERS = Callers(
    la=tokens.headers(
        CallerKind.LA,
        KENT,
        [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ],
        subject="kent-placements-1",
    ),
    agency_a=agency_headers(tokens, AGENCY_A),
    agency_b=agency_headers(tokens, AGENCY_B),
    stranger=tokens.headers(
        CallerKind.AGENCY, "agency-c", [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN]
    ),
    operator=tokens.headers(
        CallerKind.SERVICE,
        None,
        [Scope.AGENCY_ADMIN, Scope.REFERRALS_READ, Scope.EVENTS_READ],
        subject="operator",
    ),
)


@pytest.fixture(scope="module")
def referrals(tmp_path_factory):
    running = Stack("xscreen", tmp_path_factory.mktemp("xscreen"), names=("referrals",))
    running.start()
    yield running["referrals"]
    assert running.stop() == {"referrals": -signal.SIGTERM}


async def _feed_when_settled(client: httpx.AsyncClient) -> list[dict]:
    """The feed once all the story's events are visible (the relay runs in the background)."""
    deadline = time.monotonic() + 30
    while True:
        response = await client.get("/v1/events?limit=1000", headers=CALLERS.operator)
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        if len(items) >= len(EXPECTED_EVENTS) or time.monotonic() > deadline:
            return items
        await asyncio.sleep(0.05)


class TestScreeningOverHttp:
    async def test_la_two_agencies_and_a_stranger_through_the_whole_story(self, referrals):
        async with httpx.AsyncClient(base_url=referrals.url, timeout=10) as client:
            for agency_id, name in ((AGENCY_A, "Agency A Fostering"), (AGENCY_B, "Agency B")):
                registered = await client.put(
                    f"/v1/agencies/{agency_id}", json={"name": name}, headers=CALLERS.operator
                )
                assert registered.status_code in (200, 201), registered.text
            story = await run_screening_story(client, CALLERS, lambda: _feed_when_settled(client))
        # On the system clock both agencies answer within their 15 minutes.
        assert story.sla_b["answered_within_target_today"] == 1
        assert all(not s["first_response_overdue"] for s in story.final["screening"])
        logged = referrals.log_path.read_text()
        child = story.final["children"][0]
        assert child["first_name"] not in logged  # no child data in the service's logs
