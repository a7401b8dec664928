"""Webhooks, on a minimal service, on SQLite and PostgreSQL: subscriptions per tenant,
signed deliveries from the outbox in order per subject, retries, dead letters, pausing,
secret rotation and replays."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_kit import migrations
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.tables import outbox_events, webhook_deliveries
from hearth_kit.testing import PostgresDatabase, settle_feed
from webhook_fixtures import (
    AGENCY,
    KENT,
    MEDWAY,
    Receiver,
    emit_event,
    headers,
    make_app,
    write_migrations,
)

LA_KENT = headers(CallerKind.LA, KENT)
LA_MEDWAY = headers(CallerKind.LA, MEDWAY)
AGENCY_A = headers(CallerKind.AGENCY, AGENCY)


@pytest.fixture(scope="module")
def script_location(tmp_path_factory) -> Path:
    return write_migrations(tmp_path_factory.mktemp("webhooks") / "migrations")


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path: Path, script_location: Path):
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'kit.db'}"
        migrations.upgrade(script_location, url)
        yield url
        return
    database = PostgresDatabase(f"hearth_kit_hooks_{uuid.uuid4().hex[:8]}", script_location, [])
    database.create()
    yield database.url
    database.drop()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(TEST_NOW)


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def app_settings() -> dict:
    return {}


@pytest.fixture
async def app(database_url, clock, receiver, app_settings):
    application = make_app(database_url, clock, receiver, **app_settings)
    yield application
    await application.state.webhooks.close()
    await application.state.database.dispose()


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://kit") as http:
        yield http


async def subscribe(client, receiver, auth, host="receiver.example", types=("*",)) -> dict:
    response = await client.post(
        "/v1/webhooks",
        json={"url": f"https://{host}/hooks", "event_types": list(types)},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    receiver.secrets.setdefault(host, []).append(body["secret"])
    return body


async def deliver_all(app) -> None:
    """Run the worker until nothing is due (the feed's horizon passed first on PostgreSQL)."""
    await settle_feed(app.state.database)
    for _ in range(50):
        if not await app.state.webhooks.run_once():
            return


class TestMigration:
    def test_the_helper_matches_the_kit_metadata_and_downgrades(
        self, script_location, database_url
    ):
        migrations.check(script_location, database_url)
        migrations.downgrade(script_location, database_url, "0001")
        migrations.upgrade(script_location, database_url)
        migrations.check(script_location, database_url)


class TestSubscriptions:
    async def test_created_with_a_secret_shown_once(self, client, receiver):
        created = await subscribe(client, receiver, LA_KENT, types=["referral.*"])

        assert created["secret"].startswith("whsec_")
        assert created["status"] == "active" and created["service"] == "kit-test"
        read = await client.get(f"/v1/webhooks/{created['id']}", headers=LA_KENT)
        assert read.status_code == 200 and "secret" not in read.json()

    async def test_another_tenant_sees_none_of_them(self, client, receiver):
        created = await subscribe(client, receiver, LA_KENT)

        listed = await client.get("/v1/webhooks", headers=LA_MEDWAY)
        assert listed.json() == {"items": []}
        for method in ("GET", "DELETE"):
            other = await client.request(method, f"/v1/webhooks/{created['id']}", headers=AGENCY_A)
            assert other.status_code == 404
            assert other.json()["type"].endswith("/webhook-subscription-not-found")

    async def test_needs_the_webhooks_manage_scope(self, client):
        from hearth_contract.auth import Scope
        from webhook_fixtures import tokens

        auth = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_READ])
        response = await client.get("/v1/webhooks", headers=auth)
        assert response.status_code == 403

    @pytest.mark.parametrize(
        "url",
        [
            "https://internal.example/hooks",
            "https://mixed.example/hooks",
            "https://metadata.example/latest",
            "https://127.0.0.1/hooks",
            "https://[::ffff:10.0.0.1]/hooks",
            "https://nowhere.example/hooks",
        ],
    )
    async def test_private_and_unresolvable_endpoints_are_refused(self, client, url):
        response = await client.post(
            "/v1/webhooks", json={"url": url, "event_types": ["*"]}, headers=LA_KENT
        )
        assert response.status_code == 422
        assert response.json()["type"].endswith("/webhook-url-refused")

    async def test_a_bad_body_is_a_problem(self, client):
        response = await client.post(
            "/v1/webhooks", json={"url": "ftp://x", "event_types": []}, headers=LA_KENT
        )
        assert response.status_code == 422

    async def test_pause_and_resume(self, client, receiver):
        created = await subscribe(client, receiver, LA_KENT)
        path = f"/v1/webhooks/{created['id']}"

        paused = await client.patch(path, json={"status": "paused"}, headers=LA_KENT)
        assert paused.json()["status"] == "paused"
        assert paused.json()["paused_reason"] == "tenant"
        resumed = await client.patch(path, json={"status": "active"}, headers=LA_KENT)
        assert resumed.json()["status"] == "active" and resumed.json()["paused_reason"] is None


class TestDelivery:
    async def test_each_tenant_gets_its_own_events_signed_thin_and_in_order(
        self, app, client, receiver
    ):
        await subscribe(client, receiver, LA_KENT, host="receiver.example")
        await subscribe(client, receiver, LA_MEDWAY, host="other.example")
        database = app.state.database
        referral = str(uuid.uuid4())
        for step in ("referral.received", "referral.acknowledged", "referral.declined"):
            await emit_event(database, step, referral, la_code=KENT, agency_ids=[AGENCY])
        await emit_event(database, "referral.received", "elsewhere", la_code=MEDWAY)

        await deliver_all(app)

        kent = receiver.received["receiver.example"]
        assert [m["type"] for m in kent] == [
            "referral.received",
            "referral.acknowledged",
            "referral.declined",
        ]
        assert kent[0]["data"]["link"] == f"https://hearth.example/v1/referrals/{referral}"
        assert kent[0]["id"] == kent[0]["data"]["event_id"]
        assert set(kent[0]["data"]) == {
            "event_id",
            "service",
            "subject_type",
            "subject_id",
            "occurred_at",
            "attributes",
            "link",
        }
        medway = receiver.received["other.example"]
        assert [m["data"]["subject_id"] for m in medway] == ["elsewhere"]

    async def test_events_before_any_subscription_are_stepped_over_at_once(
        self, app, client, receiver
    ):
        database = app.state.database
        for number in range(5):
            await emit_event(database, "referral.received", f"before-{number}", la_code=KENT)
        await settle_feed(database)
        # Nobody subscribes: one fan-out moves the cursor past all five without reading them.
        assert await app.state.webhooks.fan_out() == 0
        assert not await app.state.webhooks._outbox_moved()

        await subscribe(client, receiver, LA_KENT)
        await emit_event(database, "referral.received", "after", la_code=KENT)
        await deliver_all(app)

        got = receiver.received["receiver.example"]
        assert [m["data"]["subject_id"] for m in got] == ["after"]

    async def test_event_types_filter(self, app, client, receiver):
        await subscribe(client, receiver, AGENCY_A, types=["referral.declined"])
        database = app.state.database
        await emit_event(database, "referral.received", "r1", agency_ids=[AGENCY])
        await emit_event(database, "referral.declined", "r1", agency_ids=[AGENCY])
        await emit_event(database, "referral.declined", "r2", agency_ids=["agency-b"])

        await deliver_all(app)

        got = receiver.received["receiver.example"]
        assert [(m["type"], m["data"]["subject_id"]) for m in got] == [("referral.declined", "r1")]

    async def test_a_failing_endpoint_is_retried_later_and_keeps_its_order(
        self, app, client, receiver, clock
    ):
        created = await subscribe(client, receiver, LA_KENT)
        database = app.state.database
        await emit_event(database, "referral.received", "r1", la_code=KENT)
        await emit_event(database, "referral.amended", "r1", la_code=KENT)
        receiver.status["receiver.example"] = 503

        await deliver_all(app)
        log = await client.get(f"/v1/webhooks/{created['id']}/deliveries", headers=LA_KENT)
        first, second = sorted(log.json()["items"], key=lambda d: int(d["id"]))
        assert (first["attempts"], first["last_status_code"]) == (1, 503)
        assert second["attempts"] == 0  # waits behind the first of its subject

        receiver.status["receiver.example"] = 200
        clock.advance(seconds=10)
        await deliver_all(app)

        got = receiver.received["receiver.example"]
        assert [m["type"] for m in got] == ["referral.received", "referral.amended"]
        one = await client.get(
            f"/v1/webhooks/{created['id']}/deliveries/{first['id']}", headers=LA_KENT
        )
        assert [(a["attempt"], a["status_code"]) for a in one.json()["log"]] == [
            (1, 503),
            (2, 200),
        ]

    @pytest.mark.parametrize("app_settings", [{"webhooks_pause_after_hours": 1000}])
    async def test_after_three_days_a_delivery_is_a_dead_letter_and_can_be_replayed(
        self, app, client, receiver, clock
    ):
        created = await subscribe(client, receiver, LA_KENT)
        await emit_event(app.state.database, "referral.received", "r1", la_code=KENT)
        receiver.status["receiver.example"] = 0  # connection refused

        await deliver_all(app)
        for _ in range(40):
            clock.advance(hours=3)
            await app.state.webhooks.run_once()
        path = f"/v1/webhooks/{created['id']}"
        [dead] = (await client.get(f"{path}/deliveries?status=dead", headers=LA_KENT)).json()[
            "items"
        ]
        assert dead["status"] == "dead" and dead["attempts"] > 5

        receiver.status["receiver.example"] = 200
        replay = await client.post(f"{path}/deliveries/{dead['id']}/replay", headers=LA_KENT)
        assert replay.status_code == 202
        await deliver_all(app)
        assert [m["id"] for m in receiver.received["receiver.example"]] == [dead["webhook_id"]]

    async def test_failing_for_a_day_pauses_the_endpoint_and_says_so_on_the_feed(
        self, app, client, receiver, clock
    ):
        created = await subscribe(client, receiver, LA_KENT)
        await emit_event(app.state.database, "referral.received", "r1", la_code=KENT)
        receiver.status["receiver.example"] = 500

        await deliver_all(app)
        for _ in range(12):
            clock.advance(hours=3)
            await app.state.webhooks.run_once()

        read = (await client.get(f"/v1/webhooks/{created['id']}", headers=LA_KENT)).json()
        assert read["status"] == "paused" and read["paused_reason"] == "failing"
        async with app.state.database.engine.connect() as connection:
            paused = (
                await connection.execute(
                    sa.select(outbox_events.c.la_code).where(
                        outbox_events.c.type == "webhook.subscription_paused"
                    )
                )
            ).all()
        assert paused == [(KENT,)]

    async def test_a_rotated_secret_overlaps_with_the_old_one(self, app, client, receiver):
        created = await subscribe(client, receiver, LA_KENT)
        old_secret = created["secret"]
        rotated = await client.post(f"/v1/webhooks/{created['id']}/rotate-secret", headers=LA_KENT)
        assert rotated.status_code == 200
        receiver.secrets["receiver.example"] = [old_secret]  # a receiver not yet updated

        await emit_event(app.state.database, "referral.received", "r1", la_code=KENT)
        await deliver_all(app)

        assert len(receiver.received["receiver.example"]) == 1
        assert len(receiver.signatures[-1].split(" ")) == 2

    async def test_a_time_range_is_replayed(self, app, client, receiver, clock):
        created = await subscribe(client, receiver, LA_KENT)
        await emit_event(app.state.database, "referral.received", "r1", la_code=KENT)
        clock.advance(hours=2)
        await emit_event(app.state.database, "referral.received", "r2", la_code=KENT)
        await deliver_all(app)

        since = TEST_NOW - timedelta(minutes=1)
        replay = await client.post(
            f"/v1/webhooks/{created['id']}/replay",
            json={"since": since.isoformat(), "until": (since + timedelta(hours=1)).isoformat()},
            headers=LA_KENT,
        )
        assert replay.json() == {"requeued": 1}
        await deliver_all(app)

        ids = [m["data"]["subject_id"] for m in receiver.received["receiver.example"]]
        assert ids == ["r1", "r2", "r1"]

    async def test_a_delivery_connects_to_the_address_checked_not_to_a_second_lookup(
        self, app, client, receiver
    ):
        await subscribe(client, receiver, LA_KENT)
        await emit_event(app.state.database, "referral.received", "r1", la_code=KENT)
        lookups: list[str] = []

        async def rebinding(host: str, port: int) -> list[str]:
            """Public to the first question, private afterwards: a rebinding name server."""
            lookups.append(host)
            return ["93.184.216.34"] if len(lookups) == 1 else ["127.0.0.1"]

        app.state.webhooks.resolve = rebinding
        await deliver_all(app)

        assert lookups == ["receiver.example"]
        assert receiver.connections == [("93.184.216.34", "receiver.example", "receiver.example")]
        assert [m["data"]["subject_id"] for m in receiver.received["receiver.example"]] == ["r1"]

    async def test_an_endpoint_that_now_resolves_privately_is_not_called(
        self, app, client, receiver
    ):
        created = await subscribe(client, receiver, LA_KENT)
        await emit_event(app.state.database, "referral.received", "r1", la_code=KENT)

        async def rebound(host: str, port: int) -> list[str]:
            return ["10.1.2.3"]

        app.state.webhooks.resolve = rebound
        await deliver_all(app)

        assert "receiver.example" not in receiver.received
        async with app.state.database.engine.connect() as connection:
            attempts = await connection.scalar(sa.select(webhook_deliveries.c.attempts))
        assert attempts == 1
        del created


class TestReplicas:
    async def test_two_workers_on_one_database_deliver_each_event_once_in_order(
        self, app, client, receiver, clock, database_url
    ):
        await subscribe(client, receiver, LA_KENT)
        for n in range(30):
            await emit_event(app.state.database, "referral.amended", f"r{n % 5}", la_code=KENT, n=n)
        replica = make_app(database_url, clock, receiver)
        try:
            await settle_feed(app.state.database)
            for _ in range(40):
                done = await asyncio.gather(
                    app.state.webhooks.run_once(), replica.state.webhooks.run_once()
                )
                if not any(done):
                    break
        finally:
            await replica.state.webhooks.close()
            await replica.state.database.dispose()

        got = receiver.received["receiver.example"]
        assert len(got) == 30 and len({m["id"] for m in got}) == 30
        for subject in {m["data"]["subject_id"] for m in got}:
            ns = [m["data"]["attributes"]["n"] for m in got if m["data"]["subject_id"] == subject]
            assert ns == sorted(ns)
