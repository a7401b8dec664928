"""The event feed: stable order, thin events, and no event ever skipped by a reader."""

from __future__ import annotations

import json

import pytest
from hearth_kit.events import emit
from hearth_kit.testing import settle_feed
from referrals_testkit import referral_body, send


async def _settled_feed(app, client, headers, after: str | None = None) -> dict:
    await settle_feed(app.state.database)
    return await _feed(client, headers, after)


async def _feed(client, headers, after: str | None = None) -> dict:
    params = {"limit": 100, **({"after": after} if after else {})}
    response = await client.get("/v1/events", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


class TestFeed:
    async def test_events_are_thin_and_carry_no_child_details(
        self, app, client, la_headers, operator_headers, agencies
    ):
        body = referral_body(seed=61)
        await send(client, la_headers, body)
        event = (await _settled_feed(app, client, operator_headers))["items"][0]
        assert event["type"] == "referral.received"
        assert set(event["data"]) == {
            "la_code",
            "setting",
            "urgency",
            "needed_by",
            "children_count",
            "source",
        }
        assert event["data"]["source"] == "la_api"
        text = json.dumps(event)
        child = body["children"][0]
        assert child["first_name"] not in text and child["date_of_birth"] not in text

    async def test_reading_from_a_cursor_is_stable(
        self, app, client, la_headers, operator_headers, agencies
    ):
        for seed in (62, 63, 64):
            await send(client, la_headers, referral_body(seed=seed), key=f"e{seed}")
        first = await _settled_feed(app, client, operator_headers)
        assert len(first["items"]) == 3
        after_first = await _settled_feed(
            app, client, operator_headers, first["items"][0]["cursor"]
        )
        assert [e["event_id"] for e in after_first["items"]] == [
            e["event_id"] for e in first["items"][1:]
        ]
        assert (await _settled_feed(app, client, operator_headers, first["next_cursor"]))[
            "items"
        ] == []

    async def test_a_malformed_cursor_is_422(self, app, client, operator_headers):
        response = await client.get("/v1/events?after=abc", headers=operator_headers)
        assert response.status_code == 422


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestOutOfOrderCommits:
    async def test_a_long_transaction_that_commits_last_is_never_skipped(
        self, app, client, operator_headers, backend
    ):
        database = app.state.database
        async with database.system_session("long") as long_tx:
            await emit(long_tx, "test.long", subject_type="test", subject_id="long")
            async with database.system_session("short") as short_tx:
                await emit(short_tx, "test.short", subject_type="test", subject_id="short")
                await short_tx.commit()
            # The short one committed, but a reader must not move past the long one's place.
            while_open = await _feed(client, operator_headers)
            assert while_open["items"] == []
            await long_tx.commit()
        # Other work on a shared test server can hold the horizon back for a moment.
        after = await _settled_feed(app, client, operator_headers, while_open["next_cursor"])
        assert [e["type"] for e in after["items"]] == ["test.long", "test.short"]

    async def test_a_reader_that_polls_throughout_sees_every_event_once(
        self, app, client, operator_headers, backend
    ):
        database = app.state.database
        seen: list[str] = []
        cursor = None

        async def poll() -> None:
            nonlocal cursor
            page = await _feed(client, operator_headers, cursor)
            seen.extend(e["subject_id"] for e in page["items"])
            cursor = page["next_cursor"]

        async with database.system_session("long") as long_tx:
            await emit(long_tx, "test.event", subject_type="test", subject_id="long")
            for index in range(3):
                async with database.system_session("short") as short_tx:
                    await emit(
                        short_tx, "test.event", subject_type="test", subject_id=f"short-{index}"
                    )
                    await short_tx.commit()
                await poll()
            await long_tx.commit()
        # Other work on a shared test server can hold the horizon back for a moment.
        await settle_feed(database)
        await poll()
        assert sorted(seen) == ["long", "short-0", "short-1", "short-2"]
        assert len(seen) == len(set(seen))
