"""Meetings, the risk assessment and delegated authority (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from hearth_kit.testing import rendered_logs
from placements_testkit import OTHER_AGENCY

FRIDAY = date(2026, 11, 20)
RISK = {"level": "low", "summary": "Settled at school; no known risks."}
RISK_ASSESSMENT = {
    "risk_to_self": RISK,
    "risk_from_others": {**RISK, "level": "medium", "safety_plan": "Supervised family time"},
    "risk_to_others": RISK,
    "household_impact": {**RISK, "summary": "Shares a landing with the carers' son."},
    "child_contributed": True,
    "birth_parent_contributed": False,
    "review_date": "2027-02-01",
}
DELEGATED = {
    "decisions": [
        {"area": "health_appointments", "delegated_to": "both_carers"},
        {"area": "overnight_stays", "delegated_to": "first_carer", "notes": "With friends"},
        {"area": "holidays_abroad", "delegated_to": "not_delegated"},
    ],
    "birth_parent_understands": True,
    "review_date": "2027-02-01",
}
ATTENDEES = [
    {"role": "supervising_social_worker", "person_id": "ssw-3", "chair": True},
    {"role": "childs_social_worker", "person_id": "csw-7"},
    {"role": "carer"},
    {"role": "child", "attendance": "in_person"},
    {"role": "birth_parent", "attendance": "video"},
]


async def _meeting(world, placement, **body):
    response = await world.client.post(
        f"/v1/placements/{placement['id']}/meetings",
        json={"location": "The carers' home", "attendees": ATTENDEES, **body},
        headers=world.agency(),
    )
    assert response.status_code == 201, response.text
    return response


async def _held(world, meeting, body, headers=None):
    return await world.client.post(
        f"/v1/meetings/{meeting.json()['id']}/held",
        json=body,
        headers={**(headers or world.agency()), "If-Match": meeting.headers["ETag"]},
    )


async def test_the_placement_planning_meeting_then_the_risk_assessment(world):
    placement = await world.placement(FRIDAY)
    path = f"/v1/placements/{placement['id']}/risk-assessment"
    early = await world.client.put(path, json=RISK_ASSESSMENT, headers=world.agency())
    assert early.status_code == 409  # not before the placement planning meeting
    past = {"kind": "placement_planning", "scheduled_for": "2026-11-20T16:00:00Z"}
    refused = await world.client.post(
        f"/v1/placements/{placement['id']}/meetings",
        json={**past, "location": "x"},
        headers=world.agency(),
    )
    assert refused.status_code == 422  # a meeting in the past can be recorded only as held
    meeting = await _meeting(world, placement, **past, held=True)
    assert meeting.json()["agenda"][0].startswith("Introductions")
    assert meeting.json()["minimum_attendance_met"] is True  # all invited
    held = await _held(world, meeting, {"childs_views": "Wants to keep her dance class."})
    assert held.status_code == 200, held.text
    assert held.json()["state"] == "held"
    assert held.json()["minimum_attendance_met"] is False  # the carers' attendance not recorded
    tasks = await world.tasks(placement["id"])
    assert tasks["placement_planning_meeting"]["state"] == "done"
    assert tasks["placement_planning_meeting"]["completion"]["kind"] == "record"
    assert tasks["risk_assessment"]["due_date"] == "2026-11-27"  # 5 working days after Fri 20
    written = await world.client.put(path, json=RISK_ASSESSMENT, headers=world.agency())
    assert written.status_code == 200, written.text
    assert written.json()["version"] == 1
    assert (await world.tasks(placement["id"]))["risk_assessment"]["state"] == "done"
    again = await world.client.put(path, json=RISK_ASSESSMENT, headers=world.agency())
    assert again.status_code == 428
    stale = {**world.agency(), "If-Match": '"x"'}
    assert (await world.client.put(path, json=RISK_ASSESSMENT, headers=stale)).status_code == 412
    update = {**RISK_ASSESSMENT, "review_date": "2027-03-01"}
    second = await world.client.put(
        path, json=update, headers={**world.agency(), "If-Match": written.headers["ETag"]}
    )
    assert second.status_code == 200 and second.json()["version"] == 2
    versions = (await world.client.get(path + "/versions", headers=world.la())).json()
    assert [v["version"] for v in versions] == [1, 2]
    latest = (await world.client.get(path, headers=world.agency())).json()
    assert latest["review_date"] == "2027-03-01"
    assert (await world.client.get(path, headers=world.agency(OTHER_AGENCY))).status_code == 404
    assert (await _held(world, meeting, {})).status_code in (409, 412)


async def test_a_meeting_cannot_be_recorded_as_held_before_it_happens(world):
    placement = await world.placement(FRIDAY)
    meeting = await _meeting(
        world, placement, kind="placement_planning", scheduled_for="2026-11-25T10:00:00Z"
    )
    assert meeting.json()["state"] == "scheduled"
    assert (await _held(world, meeting, {})).status_code == 409


async def test_a_support_meeting_follows_the_seed_agenda_and_its_actions_become_tasks(world):
    placement = await world.placement(FRIDAY)
    meeting = await _meeting(
        world, placement, kind="support", scheduled_for="2026-11-23T08:00:00Z", held=True
    )
    agenda = meeting.json()["agenda"]
    assert agenda[0] == "Introduction and explanation of the purpose of the meeting"
    assert "Events or factors which may undermine stability" in agenda
    assert len(agenda) == 8
    actions = [
        {
            "description": "Arrange support care one weekend a month",
            "owner_role": "supervising_social_worker",
            "owner_id": "ssw-3",
            "due_date": "2026-12-04",
        },
        {
            "description": "Referral to CAMHS",
            "owner_role": "childs_social_worker",
            "owner_id": "csw-7",
            "due_date": "2026-11-27",
        },
    ]
    held = await _held(
        world, meeting, {"childs_views": "Feels left out.", "notes": "Notes.", "actions": actions}
    )
    assert held.status_code == 200, held.text
    assert len(held.json()["action_task_ids"]) == 2
    tasks = (
        await world.client.get(f"/v1/placements/{placement['id']}/tasks", headers=world.agency())
    ).json()
    made = [t for t in tasks if t["kind"] == "action"]
    assert {t["owner_id"] for t in made} == {"ssw-3", "csw-7"}
    assert all(t["meeting_id"] == meeting.json()["id"] for t in made)
    read = await world.client.get(f"/v1/meetings/{meeting.json()['id']}", headers=world.la())
    assert read.json()["childs_views"] == "Feels left out."


async def test_delegated_authority_is_versioned_and_completes_its_task(world):
    placement = await world.placement(FRIDAY)
    path = f"/v1/placements/{placement['id']}/delegated-authority"
    assert (await world.client.get(path, headers=world.agency())).status_code == 404
    written = await world.client.put(path, json=DELEGATED, headers=world.agency())
    assert written.status_code == 200, written.text
    assert written.json()["decisions"][1]["delegated_to"] == "first_carer"
    tasks = await world.tasks(placement["id"])
    assert tasks["delegated_authority"]["state"] == "done"
    bad = await world.client.put(
        path,
        json={**DELEGATED, "decisions": []},
        headers={**world.agency(), "If-Match": written.headers["ETag"]},
    )
    assert bad.status_code == 422


async def test_no_child_data_reaches_the_logs(world):
    with rendered_logs() as lines:
        placement = await world.placement(FRIDAY)
        meeting = await _meeting(
            world, placement, kind="support", scheduled_for="2026-11-23T08:00:00Z", held=True
        )
        secret = "Zanzibar-views-7731"
        held = await _held(
            world,
            meeting,
            {
                "childs_views": secret,
                "notes": secret,
                "actions": [
                    {"description": secret, "owner_role": "carer", "due_date": "2026-11-30"}
                ],
            },
        )
        assert held.status_code == 200
        bad = await world.client.post(
            f"/v1/placements/{placement['id']}/meetings",
            json={"kind": "support", "scheduled_for": "2026-11-01T08:00:00Z", "location": secret},
            headers=world.agency(),
        )
        assert bad.status_code == 422
    logged = lines.getvalue()
    assert "http.request" in logged and '"status":422' in logged
    assert secret not in logged
