"""Idempotency-Key on creates: replay, reuse with another body, and real concurrency."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.tables import idempotency_keys
from hearth_referrals.models import Referral
from referrals_testkit import KENT, MEDWAY, referral_body, send


class TestIdempotentCreate:
    async def test_same_key_same_body_replays_the_first_response(
        self, client, la_headers, agencies
    ):
        body = referral_body(seed=31)
        first = await send(client, la_headers, body, key="create-31")
        again = await send(client, la_headers, body, key="create-31")
        assert first.status_code == again.status_code == 201
        assert again.headers["Idempotent-Replayed"] == "true"
        assert "Idempotent-Replayed" not in first.headers
        assert again.json() == first.json()
        assert again.headers["Location"] == first.headers["Location"]
        listed = (await client.get("/v1/referrals", headers=la_headers)).json()["items"]
        assert len(listed) == 1

    async def test_same_key_other_body_is_422(self, client, la_headers, agencies):
        await send(client, la_headers, referral_body(seed=31), key="create-31")
        other = await send(client, la_headers, referral_body(seed=32), key="create-31")
        assert other.status_code == 422
        assert other.json()["type"].endswith("/idempotency-key-reused")

    async def test_a_reused_key_is_named_before_the_other_body_faults(
        self, client, la_headers, agencies
    ):
        await send(client, la_headers, referral_body(seed=35), key="create-35")
        invalid = dict(referral_body(seed=36), children=[])
        other = await send(client, la_headers, invalid, key="create-35")
        assert other.status_code == 422
        assert other.json()["type"].endswith("/idempotency-key-reused")
        replayed = await send(client, la_headers, referral_body(seed=35), key="create-35")
        assert replayed.headers["Idempotent-Replayed"] == "true"

    async def test_keys_are_scoped_by_client(self, client, la_headers, other_la_headers, agencies):
        body = referral_body(seed=33)
        assert (await send(client, la_headers, body, key="shared")).status_code == 201
        medway = await send(client, other_la_headers, body, key="shared")
        assert medway.status_code == 201
        assert "Idempotent-Replayed" not in medway.headers

    async def test_two_las_behind_one_client_each_get_their_own_referral(
        self, client, tokens, agencies
    ):
        scopes = [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ]
        # A regional portal: one OAuth client acting for several LAs.
        kent, medway = (
            tokens.headers(CallerKind.LA, la_code, scopes, client_id="regional-portal")
            for la_code in (KENT, MEDWAY)
        )
        body = referral_body(seed=34)
        first = await send(client, kent, body, key="portal-1")
        second = await send(client, medway, body, key="portal-1")
        assert (first.status_code, second.status_code) == (201, 201)
        assert "Idempotent-Replayed" not in second.headers
        assert second.json()["id"] != first.json()["id"]
        assert second.json()["la_code"] == MEDWAY
        medway_list = (await client.get("/v1/referrals", headers=medway)).json()["items"]
        assert [r["id"] for r in medway_list] == [second.json()["id"]]


class TestConcurrentDuplicates:
    async def test_twenty_concurrent_duplicates_create_exactly_one_referral(
        self, app, la_headers, agencies
    ):
        body = referral_body(seed=41)

        async def attempt() -> httpx.Response:
            # A client of its own per attempt: truly parallel requests on separate connections.
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://referrals") as http:
                return await send(http, la_headers, body, key="race-41")

        responses = await asyncio.gather(*(attempt() for _ in range(20)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses.count(201) >= 1
        assert set(statuses) <= {201, 409}, [r.text for r in responses]
        first_answers = [
            r for r in responses if r.status_code == 201 and "Idempotent-Replayed" not in r.headers
        ]
        assert len(first_answers) == 1
        created = {r.json()["id"] for r in responses if r.status_code == 201}
        assert len(created) == 1
        assert all(
            r.json()["type"].endswith("/idempotency-key-in-flight")
            for r in responses
            if r.status_code == 409
        )
        async with app.state.database.system_session("test") as session:
            count = await session.scalar(sa.select(sa.func.count()).select_from(Referral))
            keys = await session.scalar(sa.select(sa.func.count()).select_from(idempotency_keys))
        assert (count, keys) == (1, 1)


async def _backends_waiting_on_locks(database, count: int) -> None:
    """Wait (at most 10 s) until ``count`` backends of the test database wait on a lock."""
    query = sa.text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    for _ in range(400):
        async with database.engine.connect() as connection:
            if await connection.scalar(query) >= count:
                return
        await asyncio.sleep(0.025)
    raise AssertionError(f"fewer than {count} requests ever waited on a lock")


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestInFlight:
    async def test_a_repeat_while_the_first_is_in_flight_waits_and_replays_it(
        self, app, la_headers, agencies
    ):
        """Two requests with one key are held up at their writes (another transaction
        locks the outbox against writers), each having found no stored answer; let go,
        one writes, the other fails on the key's row as a whole, after the first commits,
        and replays its answer."""
        database = app.state.database
        body = referral_body(seed=42)

        async def attempt() -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://r") as http:
                return await send(http, la_headers, body, key="held")

        async with database.engine.connect() as holder:
            async with holder.begin():
                await holder.execute(sa.text("LOCK TABLE outbox_events IN SHARE MODE"))
                first = asyncio.create_task(attempt())
                await _backends_waiting_on_locks(database, 1)
                second = asyncio.create_task(attempt())
                await _backends_waiting_on_locks(database, 2)
            responses = await asyncio.gather(first, second)
        assert [r.status_code for r in responses] == [201, 201], [r.text for r in responses]
        replayed = sorted(str(r.headers.get("Idempotent-Replayed")) for r in responses)
        assert replayed == ["None", "true"]
        assert responses[0].json() == responses[1].json()
        async with database.system_session("test") as session:
            count = await session.scalar(sa.select(sa.func.count()).select_from(Referral))
            keys = await session.scalar(sa.select(sa.func.count()).select_from(idempotency_keys))
        assert (count, keys) == (1, 1)

    async def test_a_repeat_with_another_body_while_the_first_is_in_flight_is_422(
        self, app, la_headers, agencies
    ):
        database = app.state.database

        async def attempt(body) -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://r") as http:
                return await send(http, la_headers, body, key="held-2")

        first_body, other_body = referral_body(seed=43), referral_body(seed=44)
        async with database.engine.connect() as holder:
            async with holder.begin():
                await holder.execute(sa.text("LOCK TABLE outbox_events IN SHARE MODE"))
                first = asyncio.create_task(attempt(first_body))
                await _backends_waiting_on_locks(database, 1)
                second = asyncio.create_task(attempt(other_body))
                await _backends_waiting_on_locks(database, 2)
            responses = await asyncio.gather(first, second)
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [201, 422], [r.text for r in responses]
        refused = next(r for r in responses if r.status_code == 422)
        assert refused.json()["type"].endswith("/idempotency-key-reused")
        async with database.system_session("test") as session:
            count = await session.scalar(sa.select(sa.func.count()).select_from(Referral))
        assert count == 1
