"""The typed client (hearth_contract.clients.PlacementsClient) against the real app."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_contract.auth import CallerKind
from hearth_contract.clients import PlacementsClient
from hearth_contract.placements import (
    CompletionRecord,
    MeetingCreate,
    MeetingHeld,
    MeetingKind,
    PlacementEnd,
    PlacementWorkers,
    TaskComplete,
    TaskReschedule,
)
from hearth_contract.problems import PlacementNotFound, PreconditionFailed, ValidationFailed
from placements_testkit import AGENCY, MANAGE


async def test_the_client_runs_a_placement(world):
    placement = await world.placement(date(2026, 11, 20))
    token = world.tokens.mint(CallerKind.AGENCY, AGENCY, MANAGE)
    client = PlacementsClient(world.client, token)
    read = await client.get_placement(placement["id"])
    assert read.value.start_date == date(2026, 11, 20) and read.etag
    named = await client.set_workers(
        placement["id"], PlacementWorkers(childs_social_worker_id="csw-1"), read.etag
    )
    with pytest.raises(PreconditionFailed):
        await client.set_workers(placement["id"], PlacementWorkers(), read.etag)
    tasks = {t.kind.value: t for t in await client.tasks(placement["id"])}
    plan = await client.get_task(tasks["placement_plan"].id)
    done = await client.complete_task(
        plan.value.id,
        TaskComplete(completion=CompletionRecord(kind="upload", reference="doc-1")),
        plan.etag,
    )
    assert done.state.value == "done"
    care = await client.get_task(tasks["care_plan"].id)
    with pytest.raises(ValidationFailed):
        await client.reschedule_task(
            care.value.id, TaskReschedule(due_date=date(2026, 12, 31)), care.etag
        )
    meeting = await client.schedule_meeting(
        placement["id"],
        MeetingCreate(
            kind=MeetingKind.SUPPORT,
            scheduled_for="2026-11-23T08:00:00Z",
            location="Office",
            held=True,
        ),
        idempotency_key="client-1",
    )
    held = await client.record_meeting(meeting.value.id, MeetingHeld(notes="ok"), meeting.etag)
    assert held.value.state.value == "held"
    work = await client.work_list()
    assert work.today == date(2026, 11, 23)
    assert b"BEGIN:VCALENDAR" in await client.calendar()
    assert (await client.calendar_link("csw-1")).path.startswith("/v1/calendars/feeds/")
    assert "CHILD,DECOM" in await client.ssda903_episodes()
    ended = await client.end(
        placement["id"],
        PlacementEnd(
            end_date=date(2026, 11, 23),
            planned=True,
            reason_for_change="CARPL",
            episode_end_reason="X1",
        ),
        named.etag,
    )
    assert ended.status.value == "ended"
    assert (await client.stability())[0].ended == 1
    assert (await client.actual_placement(placement["id"])).placement_type == "Foster"
    with pytest.raises(PlacementNotFound):
        await client.get_placement("00000000-0000-0000-0000-000000000000")
