"""Placements over the API (SQLite and PostgreSQL): opened from offers, the clock, tenancy."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.tables import audit_log
from placements_testkit import AGENCY, LA, OTHER_AGENCY, OTHER_LA, WELSH_LA

FRIDAY = date(2026, 11, 20)  # the Friday before TEST_NOW (Monday 23 November 2026)


async def test_an_accepted_offer_opens_a_placement_with_its_clock(world):
    placement = await world.placement(FRIDAY, placement_type="U4", legal_status="C2")
    assert placement["agency_id"] == AGENCY
    assert placement["la_code"] == LA
    assert placement["start_date"] == "2026-11-20"
    assert placement["placement_type"] == "U4"
    assert placement["legal_status"] == "C2"
    assert placement["nation"] == "ENG"
    assert placement["status"] == "active"
    assert placement["household_id"] and placement["vacancy_ids"]
    tasks = await world.tasks(placement["id"])
    assert {k: t["due_date"] for k, t in tasks.items()} == {
        "placement_plan": "2026-11-27",
        "placement_planning_meeting": "2026-11-27",
        "delegated_authority": "2026-11-27",
        "care_plan": "2026-12-04",
        "risk_assessment": "2026-12-04",
    }
    assert tasks["placement_plan"]["owner_role"] == "childs_social_worker"
    assert tasks["placement_planning_meeting"]["owner_role"] == "supervising_social_worker"
    assert all(t["state"] == "open" and not t["overdue"] for t in tasks.values())


async def test_the_feed_is_consumed_once_and_an_offer_opens_one_placement(world):
    data = world.feed.accept(agency_id=AGENCY, la_code=LA, start_date=FRIDAY)
    world.feed.events.append(world.feed.events[-1])  # the feed serves the event again
    world.feed.accept(agency_id=AGENCY, la_code=LA, start_date=FRIDAY, offer_id=data.offer_id)
    world.feed.emit("offer.sent", "x", {})
    world.feed.accept(agency_id=AGENCY, la_code=LA, start_date=FRIDAY, placement_type="XX")
    await world.consume()
    await world.consume()
    page = (await world.client.get("/v1/placements", headers=world.agency())).json()
    assert [p["offer_id"] for p in page["items"]] == [data.offer_id]


async def test_a_welsh_placement_counts_welsh_working_days(world):
    placement = await world.placement(date(2026, 12, 24), la=WELSH_LA)
    assert placement["nation"] == "WLS"
    tasks = await world.tasks(placement["id"])
    assert tasks["placement_plan"]["due_date"] == "2027-01-05"
    assert tasks["care_plan"]["due_date"] == "2027-01-12"


async def test_tenants_see_only_their_own_placements(world):
    placement = await world.placement(FRIDAY)
    path = f"/v1/placements/{placement['id']}"
    assert (await world.client.get(path, headers=world.la())).status_code == 200
    for headers in (world.agency(OTHER_AGENCY), world.la(OTHER_LA)):
        response = await world.client.get(path, headers=headers)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
        assert (await world.client.get(path + "/tasks", headers=headers)).status_code == 404
    service = world.tokens.headers(CallerKind.SERVICE, None, [Scope.PLACEMENTS_READ])
    assert (await world.client.get(path, headers=service)).status_code == 403
    assert (await world.client.get(path)).status_code == 401
    no_scope = world.agency(scopes=[Scope.MATCHING_READ])
    assert (await world.client.get(path, headers=no_scope)).status_code == 403
    # An LA reads but does not change a placement.
    response = await world.client.put(
        path + "/workers", json={}, headers={**world.la(), "If-Match": "*"}
    )
    assert response.status_code == 403
    assert (
        await world.client.get("/v1/placements/not-a-uuid", headers=world.agency())
    ).status_code == 404


async def test_reading_a_placement_is_audited(world):
    placement = await world.placement(FRIDAY)
    await world.client.get(f"/v1/placements/{placement['id']}", headers=world.la())
    async with world.app.state.database.engine.connect() as connection:
        rows = (
            await connection.execute(
                sa.select(audit_log.c.action, audit_log.c.actor_kind).where(
                    audit_log.c.record_id == placement["id"]
                )
            )
        ).all()
    assert ("read", "la") in rows


async def test_workers_need_the_current_etag_and_take_their_tasks(world):
    placement = await world.placement(FRIDAY)
    path = f"/v1/placements/{placement['id']}/workers"
    body = {"childs_social_worker_id": "csw-7", "supervising_social_worker_id": "ssw-3"}
    assert (await world.client.put(path, json=body, headers=world.agency())).status_code == 428
    stale = {**world.agency(), "If-Match": f'"{placement["id"]}.99"'}
    assert (await world.client.put(path, json=body, headers=stale)).status_code == 412
    tag = await world.etag(f"/v1/placements/{placement['id']}")
    response = await world.client.put(path, json=body, headers={**world.agency(), "If-Match": tag})
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] != tag
    again = await world.client.put(path, json=body, headers={**world.agency(), "If-Match": tag})
    assert again.status_code == 412
    tasks = await world.tasks(placement["id"])
    assert tasks["placement_plan"]["owner_id"] == "csw-7"
    assert tasks["risk_assessment"]["owner_id"] == "ssw-3"
    bad = await world.client.put(
        path, json={"officer_id": "has spaces"}, headers={**world.agency(), "If-Match": tag}
    )
    assert bad.status_code == 422


async def test_the_la_completes_its_social_workers_tasks_only(world):
    placement = await world.placement(FRIDAY)
    tasks = await world.tasks(placement["id"], world.la())
    done = {"completion": {"kind": "upload", "reference": "mosaic-doc-991"}}

    async def complete(task, headers):
        tag = await world.etag(f"/v1/tasks/{task['id']}", headers)
        return await world.client.post(
            f"/v1/tasks/{task['id']}/complete", json=done, headers={**headers, "If-Match": tag}
        )

    assert (await complete(tasks["placement_planning_meeting"], world.la())).status_code == 403
    response = await complete(tasks["placement_plan"], world.la())
    assert response.status_code == 200, response.text
    task = response.json()
    assert task["state"] == "done" and task["completion"]["reference"] == "mosaic-doc-991"
    assert task["completed_by"].startswith("la:")
    assert (await complete(tasks["placement_plan"], world.la())).status_code == 409


async def test_deadlines_move_later_than_the_law_allows_only_with_a_reason(world):
    placement = await world.placement(FRIDAY)
    task = (await world.tasks(placement["id"]))["care_plan"]
    path = f"/v1/tasks/{task['id']}/reschedule"
    tag = await world.etag(f"/v1/tasks/{task['id']}")
    headers = {**world.agency(), "If-Match": tag}
    late = await world.client.post(path, json={"due_date": "2026-12-11"}, headers=headers)
    assert late.status_code == 422
    assert late.json()["errors"][0]["pointer"] == "/reason"
    earlier = await world.client.post(path, json={"due_date": "2026-12-01"}, headers=headers)
    assert earlier.status_code == 200
    headers["If-Match"] = earlier.headers["ETag"]
    reasoned = await world.client.post(
        path, json={"due_date": "2026-12-11", "reason": "Court hearing moved"}, headers=headers
    )
    assert reasoned.status_code == 200
    assert reasoned.json()["due_change_reason"] == "Court hearing moved"
    assert reasoned.json()["statutory_due_date"] == "2026-12-04"


async def test_bad_input_is_a_problem(world):
    placement = await world.placement(FRIDAY)
    path = f"/v1/placements/{placement['id']}/meetings"
    for body in (
        {},
        {"kind": "party", "scheduled_for": "2026-11-25T10:00:00Z", "location": "x"},
        {"kind": "support", "scheduled_for": "2026-11-25T10:00:00", "location": "x"},
        {"kind": "support", "scheduled_for": "2026-11-25T10:00:00Z", "location": "x", "extra": 1},
    ):
        response = await world.client.post(path, json=body, headers=world.agency())
        assert response.status_code == 422, body
        assert response.headers["content-type"].startswith("application/problem+json")
    response = await world.client.post(
        path, content=b"not json", headers={**world.agency(), "content-type": "application/json"}
    )
    assert response.status_code in (400, 422)
