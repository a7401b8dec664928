"""Another replica's index follows the leader's commits (read_model.refresh, PostgreSQL).

``app`` is the replica that applies the feeds (the leader); ``other`` is a second app on
the same database that only listens. A home the leader reads from the feed, changes
and deletes are ranked (or no longer ranked) by the other within a second.
"""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
import pytest
from hearth_kit.testing import settings_for_tests
from hearth_matching.app import create_app
from hearth_matching.settings import MatchingSettings

BOUND = 1.0


@pytest.fixture
def backend() -> str:
    """PostgreSQL only: on SQLite one process runs alone and there is nothing to follow."""
    return "postgres"


@pytest.fixture
async def other(database_url, clock, referrals_http, vacancies_http, app):
    settings = settings_for_tests(MatchingSettings, database_url, consumer_enabled=False)
    replica = create_app(
        settings, clock=clock, referrals_http=referrals_http, vacancies_http=vacancies_http
    )
    stop = asyncio.Event()
    listening = asyncio.create_task(replica.state.follower.run_forever(stop))
    try:
        yield replica
    finally:
        stop.set()
        await listening
        await replica.state.database.dispose()


async def _homes(replica, referral_id: str, headers: dict[str, str]) -> set[str] | None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=replica), base_url="http://matching"
    ) as http:
        response = await http.get(f"/v1/referrals/{referral_id}/matches", headers=headers)
    if response.status_code != 200:
        return None
    return {home["holder_id"] for home in response.json()["homes"]}


async def _within(probe, seconds: float = BOUND) -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not await probe():
        assert loop.time() - start < seconds, "not within the bound"
        await asyncio.sleep(0.02)
    return loop.time() - start


async def test_the_other_replica_ranks_what_the_leader_applied_within_a_second(
    app, other, world, vacancies_http
):
    referral_id = await world.send_referral()
    first, _place = await world.open_household(name="First")
    await world.catch_up()
    officer = world.officer()
    await asyncio.sleep(0.3)  # the other replica is listening
    assert await _homes(other, referral_id, officer) == {first}  # loaded from the tables

    second, _place = await world.open_household(name="Second")
    await world.catch_up()  # the leader commits: the other is told
    await _within(lambda: _is(other, referral_id, officer, {first, second}))

    deleted = await vacancies_http.delete(
        f"/v1/households/{second}", headers={**officer, "If-Match": "*"}
    )
    assert deleted.status_code == 204, deleted.text
    await world.catch_up()
    await _within(lambda: _is(other, referral_id, officer, {first}))
    assert other.state.follower.refreshed >= 2


async def _is(replica, referral_id: str, headers: dict[str, str], expected: set[str]) -> bool:
    return await _homes(replica, referral_id, headers) == expected


def test_a_big_batch_is_named_in_notifications_under_postgresqls_payload_limit():
    from hearth_matching.read_model.refresh import notify_payloads

    keys = sorted(("referral", str(uuid.UUID(int=n))) for n in range(1_000))
    payloads = notify_payloads(keys, "sender-1")

    assert all(len(payload.encode()) < 8_000 for payload in payloads)
    named = [tuple(key) for payload in payloads for key in json.loads(payload)["keys"]]
    assert named == keys
