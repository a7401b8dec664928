"""The whole screening story over HTTP: an LA, the agency it sent to, and one it did not."""

from __future__ import annotations

from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import settle_feed
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send
from screening_story import Callers, run_screening_story


async def _events(app, client, operator_headers) -> list[dict]:
    await settle_feed(app.state.database)
    response = await client.get("/v1/events?limit=1000", headers=operator_headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


class TestScreeningStory:
    async def test_la_to_agency_through_information_request_to_matching(
        self, app, client, clock, la_headers, agency_a, agency_b, tokens, agencies, operator_headers
    ):
        stranger = tokens.headers(
            CallerKind.AGENCY, "agency-c", [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN]
        )
        callers = Callers(la_headers, agency_a, agency_b, stranger, operator_headers)
        story = await run_screening_story(
            client,
            callers,
            lambda: _events(app, client, operator_headers),
            pause=lambda step: clock.advance(minutes=step.total_seconds() / 60),
        )
        # On the frozen clock: A answers 9 minutes in, B 29 minutes in (late).
        assert story.seen_by_a["first_response_due_at"] == "2026-11-23T09:15:00Z"
        assert story.acknowledged_by_a["first_responded_at"] == "2026-11-23T09:09:00Z"
        assert story.sla_b["answered_within_target_today"] == 0
        by_agency = {s["agency_id"]: s for s in story.final["screening"]}
        assert by_agency[AGENCY_B]["first_responded_at"] == "2026-11-23T09:29:00Z"

    async def test_withdrawal_stops_every_agency(self, client, la_headers, agency_a, agencies):
        referral = (
            await send(client, la_headers, referral_body(agency_ids=(AGENCY_A, AGENCY_B)))
        ).json()
        withdrawn = await client.post(
            f"/v1/referrals/{referral['id']}/withdraw",
            json={"reason": "Placed with family"},
            headers=la_headers,
        )
        assert withdrawn.status_code == 200, withdrawn.text
        assert withdrawn.json()["status"] == "withdrawn"
        assert {s["status"] for s in withdrawn.json()["screening"]} == {"withdrawn"}
        late = await client.post(f"/v1/referrals/{referral['id']}/acknowledge", headers=agency_a)
        assert late.status_code == 409
        assert late.json()["type"].endswith("/invalid-state")

    async def test_referral_closes_when_every_agency_has_finished(
        self, client, la_headers, agency_a, agency_b, agencies
    ):
        referral = (
            await send(client, la_headers, referral_body(agency_ids=(AGENCY_A, AGENCY_B)))
        ).json()
        path = f"/v1/referrals/{referral['id']}"
        await client.post(f"{path}/decline", json={"reason": "location"}, headers=agency_a)
        assert (await client.get(path, headers=la_headers)).json()["status"] == "open"
        await client.post(f"{path}/close", json={}, headers=agency_b)
        assert (await client.get(path, headers=la_headers)).json()["status"] == "closed"

    async def test_overdue_first_response_is_visible(
        self, client, clock, la_headers, agency_a, agencies
    ):
        await send(client, la_headers)
        clock.advance(minutes=16)
        queue = (await client.get("/v1/referrals?overdue=true", headers=agency_a)).json()
        assert len(queue["items"]) == 1
        assert queue["items"][0]["screening"]["first_response_overdue"] is True
        sla = (await client.get("/v1/referrals/sla", headers=agency_a)).json()
        assert (sla["awaiting_first_response"], sla["overdue"]) == (1, 1)

    async def test_agency_sets_its_own_first_response_target(
        self, client, clock, la_headers, agency_a, agencies
    ):
        updated = await client.put(
            "/v1/agency-settings", json={"first_response_minutes": 30}, headers=agency_a
        )
        assert updated.json()["first_response_minutes"] == 30
        referral = (await send(client, la_headers)).json()
        assert referral["screening"][0]["first_response_due_at"] == "2026-11-23T09:30:00Z"
