"""Meetings moved and called off, with a reason: their tasks follow, the feed and the
.ics calendars show the change (SEQUENCE, STATUS:CANCELLED); calendars carry labels and
ids only, never free text or names (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import PlacementsClient
from hearth_contract.placements import (
    MeetingCancel,
    MeetingChangeReason,
    MeetingCreate,
    MeetingKind,
    MeetingReschedule,
)
from hearth_contract.problems import InvalidState
from hearth_kit.testing import settle_feed
from icalendar import Calendar
from placements_testkit import AGENCY, MANAGE, OTHER_AGENCY

FRIDAY = date(2026, 11, 20)  # the PPM's law date: Friday 27 November
PPM = {
    "kind": "placement_planning",
    "scheduled_for": "2026-11-25T10:00:00Z",
    "location": "The carers' home",
    "attendees": [{"role": "supervising_social_worker", "person_id": "ssw-3"}],
}
SUMMARY = re.compile(
    r"^(Due: (Placement plan|Care plan|Placement planning meeting|Risk assessment"
    r"|Delegated authority|Meeting action)|PPM|Support meeting|Disruption meeting)"
    r" \(P-[0-9a-f]{8}\)$"
)


async def _ppm(world, placement, **changes):
    response = await world.client.post(
        f"/v1/placements/{placement['id']}/meetings",
        json={**PPM, **changes},
        headers=world.agency(),
    )
    assert response.status_code == 201, response.text
    return response


async def _change(world, meeting, action: str, body: dict, headers=None):
    return await world.client.post(
        f"/v1/meetings/{meeting.json()['id']}/{action}",
        json=body,
        headers={**(headers or world.agency()), "If-Match": meeting.headers["ETag"]},
    )


async def _calendar_events(world) -> dict[str, object]:
    response = await world.client.get("/v1/calendars/placements.ics", headers=world.agency())
    assert response.status_code == 200
    return {str(e["UID"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


async def _feed(world) -> list[dict]:
    await settle_feed(world.app.state.database)
    service = world.tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
    return (await world.client.get("/v1/events", headers=service)).json()["items"]


class TestRescheduleAMeeting:
    async def test_the_meeting_moves_and_its_task_follows_with_the_reason(self, world):
        placement = await world.placement(FRIDAY)
        meeting = await _ppm(world, placement)
        assert (await world.tasks(placement["id"]))["placement_planning_meeting"][
            "meeting_id"
        ] == meeting.json()["id"]
        moved = await _change(
            world,
            meeting,
            "reschedule",
            {"scheduled_for": "2026-12-01T14:00:00Z", "reason_code": "attendee_unavailable"},
        )
        assert moved.status_code == 200, moved.text
        assert moved.json()["scheduled_for"].startswith("2026-12-01T14:00")
        assert (moved.json()["sequence"], moved.json()["change_reason_code"]) == (
            1,
            "attendee_unavailable",
        )
        task = (await world.tasks(placement["id"]))["placement_planning_meeting"]
        assert (task["due_date"], task["statutory_due_date"]) == ("2026-12-01", "2026-11-27")
        assert task["due_change_reason"] == "Meeting moved (attendee_unavailable)"
        event = (await _calendar_events(world))[f"meeting-{meeting.json()['id']}@hearth"]
        assert event.decoded("DTSTART").isoformat().startswith("2026-12-01T14:00")
        assert (int(event["SEQUENCE"]), str(event["STATUS"])) == (1, "CONFIRMED")
        [changed] = [e for e in await _feed(world) if e["type"] == "placement.meeting_rescheduled"]
        assert changed["data"]["meeting_id"] == meeting.json()["id"]
        assert (changed["data"]["sequence"], changed["data"]["reason_code"]) == (
            1,
            "attendee_unavailable",
        )

    async def test_moving_it_back_inside_the_law_restores_the_law_date(self, world):
        placement = await world.placement(FRIDAY)
        meeting = await _ppm(world, placement)
        body = {"scheduled_for": "2026-12-01T14:00:00Z", "reason_code": "child_unwell"}
        later = await _change(world, meeting, "reschedule", body)
        body = {"scheduled_for": "2026-11-26T09:00:00Z", "reason_code": "arranged_in_error"}
        sooner = await _change(world, later, "reschedule", body)
        assert sooner.json()["sequence"] == 2
        task = (await world.tasks(placement["id"]))["placement_planning_meeting"]
        assert (task["due_date"], task["due_change_reason"]) == ("2026-11-27", None)

    async def test_bad_moves_are_problems_and_change_nothing(self, world):
        placement = await world.placement(FRIDAY)
        meeting = await _ppm(world, placement)
        past = {"scheduled_for": "2026-11-20T09:00:00Z", "reason_code": "child_unwell"}
        refused = await _change(world, meeting, "reschedule", past)
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["pointer"] == "/scheduled_for"
        other = {"scheduled_for": "2026-12-01T09:00:00Z", "reason_code": "other"}
        assert (await _change(world, meeting, "reschedule", other)).status_code == 422
        no_tag = await world.client.post(
            f"/v1/meetings/{meeting.json()['id']}/reschedule",
            json={"scheduled_for": "2026-12-01T09:00:00Z", "reason_code": "child_unwell"},
            headers=world.agency(),
        )
        assert no_tag.status_code == 428
        theirs = await _change(
            world,
            meeting,
            "cancel",
            {"reason_code": "no_longer_needed"},
            headers=world.agency(OTHER_AGENCY),
        )
        assert theirs.status_code == 404
        again = await world.client.get(
            f"/v1/meetings/{meeting.json()['id']}", headers=world.agency()
        )
        assert (again.json()["sequence"], again.json()["state"]) == (0, "scheduled")
        assert again.headers["ETag"] == meeting.headers["ETag"]


class TestCancelAMeeting:
    async def test_the_calendar_shows_it_cancelled_and_the_task_is_due_again(self, world):
        placement = await world.placement(FRIDAY)
        meeting = await _ppm(world, placement)
        moved = await _change(
            world,
            meeting,
            "reschedule",
            {"scheduled_for": "2026-12-01T14:00:00Z", "reason_code": "carers_unavailable"},
        )
        cancelled = await _change(
            world, moved, "cancel", {"reason_code": "other", "note": "The carers asked"}
        )
        assert cancelled.status_code == 200, cancelled.text
        read = cancelled.json()
        assert (read["state"], read["sequence"], read["change_note"]) == (
            "cancelled",
            2,
            "The carers asked",
        )
        assert read["cancelled_at"] == "2026-11-23T09:00:00Z"
        task = (await world.tasks(placement["id"]))["placement_planning_meeting"]
        assert (task["state"], task["due_date"], task["meeting_id"]) == ("open", "2026-11-27", None)
        event = (await _calendar_events(world))[f"meeting-{read['id']}@hearth"]
        assert (int(event["SEQUENCE"]), str(event["STATUS"])) == (2, "CANCELLED")
        types = [e["type"] for e in await _feed(world)]
        assert types.count("placement.meeting_cancelled") == 1
        assert "The carers asked" not in str(await _feed(world))

    async def test_a_cancelled_meeting_cannot_be_held_moved_or_cancelled_again(self, world):
        placement = await world.placement(FRIDAY)
        cancelled = await _change(
            world, await _ppm(world, placement), "cancel", {"reason_code": "no_longer_needed"}
        )
        body = {"scheduled_for": "2026-12-01T09:00:00Z", "reason_code": "child_unwell"}
        assert (await _change(world, cancelled, "reschedule", body)).status_code == 409
        again = await _change(world, cancelled, "cancel", {"reason_code": "no_longer_needed"})
        assert again.status_code == 409
        world.clock.advance(days=3)
        assert (await _change(world, cancelled, "held", {})).status_code == 409

    async def test_a_held_meeting_cannot_be_cancelled(self, world):
        placement = await world.placement(FRIDAY)
        held = await _ppm(world, placement, scheduled_for="2026-11-23T08:00:00Z", held=True)
        refused = await _change(world, held, "cancel", {"reason_code": "arranged_in_error"})
        assert refused.status_code == 409


class TestCalendarsCarryNoFreeText:
    async def test_summaries_are_labels_and_ids_and_no_typed_text_leaves(self, world):
        placement = await world.placement(FRIDAY)
        secret = "Zanzibar-Ashdown-7731"
        await _ppm(world, placement, location=f"{secret}, 12 Acacia Avenue")
        held = await _ppm(
            world,
            placement,
            kind="support",
            scheduled_for="2026-11-23T08:00:00Z",
            held=True,
            location=secret,
        )
        actions = [{"description": f"Take {secret} to the dentist", "owner_role": "carer",
                    "due_date": "2026-11-30"}]  # fmt: skip
        recorded = await _change(world, held, "held", {"notes": secret, "actions": actions})
        assert recorded.status_code == 200, recorded.text
        for path in ("/v1/calendars/placements.ics", "/v1/calendars/workers/ssw-3.ics"):
            response = await world.client.get(path, headers=world.agency())
            assert secret.encode() not in response.content and b"Acacia" not in response.content
        events = list((await _calendar_events(world)).values())
        summaries = {str(e["SUMMARY"]) for e in events}
        assert all(SUMMARY.match(s) for s in summaries), summaries
        ref = f"P-{placement['id'][:8]}"
        assert {f"PPM ({ref})", f"Support meeting ({ref})", f"Due: Meeting action ({ref})"} <= (
            summaries
        )
        assert all("LOCATION" not in e for e in events)


class TestTheTypedClient:
    async def test_the_client_moves_and_cancels_a_meeting(self, world):
        placement = await world.placement(FRIDAY)
        client = PlacementsClient(
            world.client, world.tokens.mint(CallerKind.AGENCY, AGENCY, MANAGE)
        )
        meeting = await client.schedule_meeting(
            placement["id"],
            MeetingCreate(
                kind=MeetingKind.SUPPORT, scheduled_for="2026-11-26T10:00:00Z", location="Office"
            ),
        )
        moved = await client.reschedule_meeting(
            meeting.value.id,
            MeetingReschedule(
                scheduled_for="2026-11-27T10:00:00Z",
                reason_code=MeetingChangeReason.CHILD_UNWELL,
            ),
            meeting.etag,
        )
        assert moved.value.sequence == 1
        cancelled = await client.cancel_meeting(
            moved.value.id, MeetingCancel(reason_code=MeetingChangeReason.NO_LONGER_NEEDED),
            moved.etag,
        )  # fmt: skip
        assert (cancelled.value.state.value, cancelled.value.sequence) == ("cancelled", 2)
        with pytest.raises(InvalidState):
            await client.cancel_meeting(
                moved.value.id,
                MeetingCancel(reason_code=MeetingChangeReason.NO_LONGER_NEEDED),
                cancelled.etag,
            )
