"""Two writers at once: one wins, the other is told (409/412/428), never a 500 or a lost write."""

from __future__ import annotations

import asyncio
from datetime import date

from test_meetings_and_records import RISK_ASSESSMENT

FRIDAY = date(2026, 11, 20)


async def test_two_updates_with_one_etag_one_wins(world):
    placement = await world.placement(FRIDAY)
    tag = await world.etag(f"/v1/placements/{placement['id']}")
    path = f"/v1/placements/{placement['id']}/workers"
    headers = {**world.agency(), "If-Match": tag}
    responses = await asyncio.gather(
        world.client.put(path, json={"officer_id": "officer-1"}, headers=headers),
        world.client.put(path, json={"officer_id": "officer-2"}, headers=headers),
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses[0] == 200 and statuses[1] in (409, 412), statuses
    winner = next(r for r in responses if r.status_code == 200).json()["workers"]["officer_id"]
    final = await world.client.get(f"/v1/placements/{placement['id']}", headers=world.agency())
    assert final.json()["workers"]["officer_id"] == winner


async def test_two_first_versions_of_a_record_one_wins(world):
    placement = await world.placement(FRIDAY)
    await world.client.post(
        f"/v1/placements/{placement['id']}/meetings",
        json={
            "kind": "placement_planning",
            "scheduled_for": "2026-11-20T16:00:00Z",
            "location": "Home",
            "held": True,
        },
        headers=world.agency(),
    )
    meetings = (
        await world.client.get(f"/v1/placements/{placement['id']}/meetings", headers=world.agency())
    ).json()
    tag = f'"{meetings[0]["id"]}.{meetings[0]["version"]}"'
    held = await world.client.post(
        f"/v1/meetings/{meetings[0]['id']}/held",
        json={},
        headers={**world.agency(), "If-Match": tag},
    )
    assert held.status_code == 200
    path = f"/v1/placements/{placement['id']}/risk-assessment"
    responses = await asyncio.gather(
        *(world.client.put(path, json=RISK_ASSESSMENT, headers=world.agency()) for _ in range(2))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses[0] == 200 and statuses[1] in (409, 412, 428), statuses
    versions = (await world.client.get(path + "/versions", headers=world.agency())).json()
    assert [v["version"] for v in versions] == [1]


async def test_a_retried_meeting_with_its_idempotency_key_is_made_once(world):
    placement = await world.placement(FRIDAY)
    path = f"/v1/placements/{placement['id']}/meetings"
    body = {"kind": "support", "scheduled_for": "2026-11-30T10:00:00Z", "location": "Office"}
    headers = {**world.agency(), "Idempotency-Key": "meeting-once-1"}
    first = await world.client.post(path, json=body, headers=headers)
    again = await world.client.post(path, json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    other = await world.client.post(path, json={**body, "location": "Home"}, headers=headers)
    assert other.status_code in (409, 422)
    listed = (await world.client.get(path, headers=world.agency())).json()
    assert len(listed) == 1
