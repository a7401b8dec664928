"""The whole screening story over HTTP: an LA, the agency it sent to, and one it did not."""

from __future__ import annotations

from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import settle_feed
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send


async def _events(app, client, operator_headers) -> list[dict]:
    await settle_feed(app.state.database)
    response = await client.get("/v1/events?limit=1000", headers=operator_headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


class TestScreeningStory:
    async def test_la_to_agency_through_information_request_to_matching(
        self, app, client, clock, la_headers, agency_a, agency_b, tokens, agencies, operator_headers
    ):
        body = referral_body(seed=3, agency_ids=(AGENCY_A, AGENCY_B))
        body["children"][0]["legal_status"] = None  # a classic gap: blocks matching
        sent = await send(client, la_headers, body)
        assert sent.status_code == 201, sent.text
        referral = sent.json()
        referral_id = referral["id"]
        assert sent.headers["Location"] == f"/v1/referrals/{referral_id}"
        assert referral["la_name"] == "Kent"
        gaps = {(g["pointer"], g["severity"]) for g in referral["completeness"]}
        assert ("/children/0/legal_status", "blocks_matching") in gaps

        # An agency it was not sent to cannot tell it exists.
        stranger = tokens.headers(
            CallerKind.AGENCY, "agency-c", [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN]
        )
        assert (
            await client.get(f"/v1/referrals/{referral_id}", headers=stranger)
        ).status_code == 404
        assert (
            await client.post(f"/v1/referrals/{referral_id}/acknowledge", headers=stranger)
        ).status_code == 404

        # Agency A sees its own clock only: due 15 minutes after receipt.
        clock.advance(minutes=9)
        seen = (await client.get(f"/v1/referrals/{referral_id}", headers=agency_a)).json()
        assert [s["agency_id"] for s in seen["screening"]] == [AGENCY_A]
        assert seen["screening"][0]["first_response_due_at"] == "2026-11-23T09:15:00Z"
        assert seen["screening"][0]["first_response_overdue"] is False

        acknowledged = await client.post(
            f"/v1/referrals/{referral_id}/acknowledge", headers=agency_a
        )
        assert acknowledged.status_code == 200, acknowledged.text
        screening = acknowledged.json()["screening"][0]
        assert screening["status"] == "acknowledged"
        assert screening["first_responded_at"] == "2026-11-23T09:09:00Z"

        assigned = await client.post(
            f"/v1/referrals/{referral_id}/assign",
            json={"officer_id": "officer-7", "officer_name": "Jo Placement"},
            headers=agency_a,
        )
        assert assigned.json()["screening"][0]["assigned_officer"] == "officer-7"

        # Matching is refused while a gap blocks it.
        refused = await client.post(f"/v1/referrals/{referral_id}/progress", headers=agency_a)
        assert refused.status_code == 409
        assert refused.json()["blocking"] == ["/children/0/legal_status"]

        asked = await client.post(
            f"/v1/referrals/{referral_id}/information-requests",
            json={
                "questions": [
                    {
                        "topic": "legal_status",
                        "text": "What is the legal status?",
                        "pointer": "/children/0/legal_status",
                    }
                ]
            },
            headers=agency_a,
        )
        assert asked.status_code == 201, asked.text
        request = asked.json()
        assert request["status"] == "open"

        # The LA sees the question and answers it, then amends the referral.
        listed = (
            await client.get(
                f"/v1/referrals/{referral_id}/information-requests", headers=la_headers
            )
        ).json()
        assert [q["text"] for q in listed[0]["questions"]] == ["What is the legal status?"]
        answered = await client.post(
            f"/v1/referrals/{referral_id}/information-requests/{request['id']}/answers",
            json={
                "answers": [
                    {
                        "question_id": request["questions"][0]["id"],
                        "answer": "Section 20, accommodated with consent.",
                    }
                ]
            },
            headers=la_headers,
        )
        assert answered.status_code == 200, answered.text
        assert answered.json()["status"] == "answered"

        current = await client.get(f"/v1/referrals/{referral_id}", headers=la_headers)
        children = current.json()["children"]
        children[0]["legal_status"] = "V2"
        for child in children:
            child.pop("age_today")
        amended = await client.patch(
            f"/v1/referrals/{referral_id}",
            json={"children": children},
            headers={**la_headers, "If-Match": current.headers["ETag"]},
        )
        assert amended.status_code == 200, amended.text
        assert amended.headers["ETag"] != current.headers["ETag"]

        progressed = await client.post(f"/v1/referrals/{referral_id}/progress", headers=agency_a)
        assert progressed.status_code == 200, progressed.text
        assert progressed.json()["screening"][0]["status"] == "progressing"

        # Agency B declines with a coded reason, answering after its 15 minutes.
        clock.advance(minutes=20)
        declined = await client.post(
            f"/v1/referrals/{referral_id}/decline",
            json={"reason": "no_vacancy", "note": "No carers approved for this age today."},
            headers=agency_b,
        )
        assert declined.status_code == 200, declined.text

        # The LA sees both agencies' screening.
        final = (await client.get(f"/v1/referrals/{referral_id}", headers=la_headers)).json()
        by_agency = {s["agency_id"]: s for s in final["screening"]}
        assert by_agency[AGENCY_A]["status"] == "progressing"
        assert by_agency[AGENCY_B]["status"] == "declined"
        assert by_agency[AGENCY_B]["decline_reason"] == "no_vacancy"
        assert final["status"] == "open"

        history = (
            await client.get(f"/v1/referrals/{referral_id}/history", headers=agency_a)
        ).json()
        assert [h["to_status"] for h in history if h["agency_id"] == AGENCY_A] == [
            "acknowledged",
            "acknowledged",
            "information_requested",
            "acknowledged",
            "progressing",
        ]
        assert all(h["agency_id"] in (None, AGENCY_A) for h in history)

        sla = (await client.get("/v1/referrals/sla", headers=agency_b)).json()
        assert sla == {
            "agency_id": AGENCY_B,
            "target_minutes": 15,
            "awaiting_first_response": 0,
            "overdue": 0,
            "received_today": 1,
            "answered_today": 1,
            "answered_within_target_today": 0,
        }

        types = [e["type"] for e in await _events(app, client, operator_headers)]
        assert types == [
            "referral.received",
            "referral.acknowledged",
            "referral.assigned",
            "referral.information_requested",
            "referral.information_provided",
            "referral.amended",
            "referral.progressed",
            "referral.declined",
        ]

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
