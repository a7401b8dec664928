"""Work lists, calendars, endings and exports (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
from datetime import date

from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import settle_feed
from icalendar import Calendar
from placements_testkit import AGENCY, LA, OTHER_AGENCY

FRIDAY = date(2026, 11, 20)
EARLIER = date(2026, 11, 13)  # its 5-working-day items were due on Fri 20: overdue


async def _name_workers(world, placement, csw="csw-7", ssw="ssw-3"):
    tag = await world.etag(f"/v1/placements/{placement['id']}")
    response = await world.client.put(
        f"/v1/placements/{placement['id']}/workers",
        json={"childs_social_worker_id": csw, "supervising_social_worker_id": ssw},
        headers={**world.agency(), "If-Match": tag},
    )
    assert response.status_code == 200
    return response


async def test_the_work_list_shows_overdue_and_this_weeks_tasks(world):
    late = await world.placement(EARLIER)
    due = await world.placement(FRIDAY)
    await _name_workers(world, late)
    await _name_workers(world, due, csw="csw-8")
    work = (await world.client.get("/v1/work-list", headers=world.agency())).json()
    assert work["today"] == "2026-11-23"
    assert (work["week_start"], work["week_end"]) == ("2026-11-23", "2026-11-29")
    overdue = {(t["placement_id"], t["kind"]) for t in work["overdue"]}
    assert (late["id"], "placement_plan") in overdue
    assert (late["id"], "placement_planning_meeting") in overdue
    assert all(t["overdue"] for t in work["overdue"])
    this_week = {(t["placement_id"], t["kind"]) for t in work["due_this_week"]}
    assert (due["id"], "placement_plan") in this_week
    assert (due["id"], "care_plan") not in this_week  # due 4 December
    assert (late["id"], "care_plan") in this_week  # due 27 November
    loads = {(w["owner_role"], w["owner_id"]): w for w in work["by_worker"]}
    assert loads[("childs_social_worker", "csw-7")]["overdue"] == 2
    mine = (await world.client.get("/v1/work-list?worker_id=csw-8", headers=world.agency())).json()
    assert {t["owner_id"] for t in mine["overdue"] + mine["due_this_week"]} == {"csw-8"}
    theirs = (await world.client.get("/v1/work-list", headers=world.agency(OTHER_AGENCY))).json()
    assert theirs["overdue"] == [] and theirs["due_this_week"] == []
    la = (await world.client.get("/v1/work-list", headers=world.la())).json()
    assert len(la["overdue"]) == len(work["overdue"])
    bad = await world.client.get("/v1/work-list?worker_id=a%20b", headers=world.agency())
    assert bad.status_code == 422


async def test_calendars_carry_meetings_and_deadlines(world):
    placement = await world.placement(FRIDAY)
    await _name_workers(world, placement)
    await world.client.post(
        f"/v1/placements/{placement['id']}/meetings",
        json={
            "kind": "placement_planning",
            "scheduled_for": "2026-11-25T10:00:00Z",
            "location": "The carers' home",
            "attendees": [{"role": "supervising_social_worker", "person_id": "ssw-3"}],
        },
        headers=world.agency(),
    )
    response = await world.client.get("/v1/calendars/placements.ics", headers=world.agency())
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = [c for c in calendar.walk("VEVENT")]
    summaries = {str(e["SUMMARY"]) for e in events}
    ref = f"P-{placement['id'][:8]}"
    assert f"Due: Placement plan ({ref})" in summaries
    assert f"PPM ({ref})" in summaries
    plan = next(e for e in events if str(e["SUMMARY"]) == f"Due: Placement plan ({ref})")
    assert plan.decoded("DTSTART") == date(2026, 11, 27)
    mine = Calendar.from_ical(
        (await world.client.get("/v1/calendars/workers/ssw-3.ics", headers=world.agency())).content
    )
    theirs = {str(e["SUMMARY"]) for e in mine.walk("VEVENT")}
    assert f"PPM ({ref})" in theirs
    assert f"Due: Placement plan ({ref})" not in theirs  # the CSW's, not the SSW's
    other = Calendar.from_ical(
        (
            await world.client.get(
                "/v1/calendars/placements.ics", headers=world.agency(OTHER_AGENCY)
            )
        ).content
    )
    assert list(other.walk("VEVENT")) == []


async def test_an_unplanned_ending_schedules_a_disruption_meeting_and_names_the_places_to_free(
    world,
):
    placement = await world.placement(FRIDAY, vacancy_ids=["v-1"])
    path = f"/v1/placements/{placement['id']}/end"
    tag = await world.etag(f"/v1/placements/{placement['id']}")
    headers = {**world.agency(), "If-Match": tag}
    body = {
        "end_date": "2026-11-23",
        "planned": False,
        "reason_for_change": "CREQB",
        "episode_end_reason": "X1",
    }
    before = await world.client.post(path, json={**body, "end_date": "2026-11-19"}, headers=headers)
    assert before.status_code == 422
    uncoded = await world.client.post(
        path, json={**body, "reason_for_change": None}, headers=headers
    )
    assert uncoded.status_code == 422
    unknown = await world.client.post(
        path, json={**body, "reason_for_change": "NOPE"}, headers=headers
    )
    assert unknown.status_code == 422
    ended = await world.client.post(path, json=body, headers=headers)
    assert ended.status_code == 200, ended.text
    ending = ended.json()["ending"]
    assert ended.json()["status"] == "ended"
    assert ending["reason_for_change"] == "CREQB" and ending["disruption_meeting_id"]
    meetings = (
        await world.client.get(f"/v1/placements/{placement['id']}/meetings", headers=world.agency())
    ).json()
    assert [m["kind"] for m in meetings] == ["disruption"]
    assert meetings[0]["scheduled_for"].startswith("2026-12-07")  # 10 working days on
    tasks = await world.tasks(placement["id"])
    assert {t["state"] for t in tasks.values()} == {"cancelled"}
    again = await world.client.post(
        path, json=body, headers={**world.agency(), "If-Match": ended.headers["ETag"]}
    )
    assert again.status_code == 409
    service = world.tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
    await settle_feed(world.app.state.database)  # PostgreSQL: past the feed's horizon
    feed = (await world.client.get("/v1/events", headers=service)).json()["items"]
    ended_event = next(e for e in feed if e["type"] == "placement.ended")
    assert ended_event["data"]["vacancy_ids"] == ["v-1"]
    assert ended_event["data"]["planned"] is False
    assert feed[0]["type"] == "placement.started"


async def test_exports_actual_placement_episodes_and_stability(world):
    placement = await world.placement(FRIDAY, placement_type="U4", legal_status="C2")
    other = await world.placement(date(2026, 11, 2), placement_type="K2", home_id="home-1")
    record = (
        await world.client.get(
            f"/v1/placements/{placement['id']}/actual-placement", headers=world.la()
        )
    ).json()
    assert record["placementType"] == "Foster"
    assert "totalWeeklyCost" in record["missing"]
    tag = await world.etag(f"/v1/placements/{placement['id']}")
    details = {
        "total_weekly_cost": 950,
        "placement_location": "E10000016",
        "location_preferred": True,
        "education_continuity": True,
        "provider_urn": "SC123456",
        "siblings_placed_together": 0,
    }
    response = await world.client.put(
        f"/v1/placements/{placement['id']}/details",
        json=details,
        headers={**world.agency(), "If-Match": tag},
    )
    assert response.status_code == 200
    record = (
        await world.client.get(
            f"/v1/placements/{placement['id']}/actual-placement", headers=world.agency()
        )
    ).json()
    assert record["missing"] == [] and record["providerURN"] == "SC123456"
    assert record["totalWeeklyCost"] == 950
    tag = await world.etag(f"/v1/placements/{other['id']}")
    await world.client.post(
        f"/v1/placements/{other['id']}/end",
        json={
            "end_date": "2026-11-22",
            "planned": False,
            "reason_for_change": "CHILD",
            "episode_end_reason": "E4B",
        },
        headers={**world.agency(), "If-Match": tag},
    )
    csv_response = await world.client.get("/v1/exports/ssda903-episodes.csv", headers=world.la())
    assert csv_response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert {r["CHILD"] for r in rows} == {placement["referral_id"], other["referral_id"]}
    ended = next(r for r in rows if r["CHILD"] == other["referral_id"])
    assert (ended["DECOM"], ended["DEC"], ended["REC"], ended["REASON_PLACE_CHANGE"]) == (
        "02/11/2026",
        "22/11/2026",
        "E4B",
        "CHILD",
    )
    assert ended["PLACE"] == "K2"
    open_row = next(r for r in rows if r["CHILD"] == placement["referral_id"])
    assert (open_row["LS"], open_row["DEC"], open_row["URN"]) == ("C2", "", "SC123456")
    figures = (await world.client.get("/v1/stability", headers=world.agency())).json()
    assert figures == [
        {
            "agency_id": AGENCY,
            "placements": 2,
            "active": 1,
            "ended": 1,
            "unplanned_endings": 1,
            "mean_days_in_placement": 11.5,  # (3 + 20) / 2
            "support_meetings_held": 0,
        }
    ]
    assert (
        await world.client.get("/v1/stability", headers=world.agency(OTHER_AGENCY))
    ).json() == []
    assert LA  # the LA's own export saw both


async def test_a_calendar_link_opens_the_calendar_without_a_token(world):
    placement = await world.placement(FRIDAY)
    await _name_workers(world, placement)
    made = await world.client.post(
        "/v1/calendars/links", json={"worker_id": "csw-7"}, headers=world.agency()
    )
    assert made.status_code == 201, made.text
    link = made.json()
    assert link["expires_at"].startswith("2027-11-23")
    feed = await world.client.get(link["path"])
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(feed.content).walk("VEVENT")}
    assert any(s.startswith("Due: Placement plan") for s in summaries)
    tampered = link["path"].replace(".ics", "x.ics")
    assert (await world.client.get(tampered)).status_code == 404
    world.clock.advance(days=366)
    assert (await world.client.get(link["path"])).status_code == 404
    other = await world.client.post(
        "/v1/calendars/links", json={}, headers=world.agency(OTHER_AGENCY)
    )
    theirs = await world.client.get(other.json()["path"])
    assert list(Calendar.from_ical(theirs.content).walk("VEVENT")) == []


async def test_an_ending_calls_off_the_meetings_after_it_and_the_calendar_says_so(world):
    placement = await world.placement(FRIDAY)
    meetings_path = f"/v1/placements/{placement['id']}/meetings"
    ids = {}
    for when in ("2026-11-24T10:00:00Z", "2026-12-01T10:00:00Z"):
        made = await world.client.post(
            meetings_path,
            json={"kind": "support", "scheduled_for": when, "location": "Office"},
            headers=world.agency(),
        )
        assert made.status_code == 201, made.text
        ids[when[:10]] = made.json()["id"]
    tag = await world.etag(f"/v1/placements/{placement['id']}")
    ended = await world.client.post(
        f"/v1/placements/{placement['id']}/end",
        json={
            "end_date": "2026-11-24",
            "planned": True,
            "reason_for_change": "CARPL",
            "episode_end_reason": "E11",
        },
        headers={**world.agency(), "If-Match": tag},
    )
    assert ended.status_code == 200, ended.text
    states = {
        m["id"]: (m["state"], m.get("change_reason_code"))
        for m in (await world.client.get(meetings_path, headers=world.agency())).json()
    }
    assert states[ids["2026-11-24"]][0] == "scheduled"  # its day is the last: left to record
    assert states[ids["2026-12-01"]] == ("cancelled", "placement_ended")
    calendar = Calendar.from_ical(
        (await world.client.get("/v1/calendars/placements.ics", headers=world.agency())).content
    )
    support = f"Support meeting (P-{placement['id'][:8]})"
    events = calendar.walk("VEVENT")
    by_day = {e.decoded("DTSTART").date(): e for e in events if str(e["SUMMARY"]) == support}
    assert str(by_day[date(2026, 12, 1)]["STATUS"]) == "CANCELLED"
    assert int(by_day[date(2026, 12, 1)]["SEQUENCE"]) == 1
    assert str(by_day[date(2026, 11, 24)]["STATUS"]) == "CONFIRMED"
    service = world.tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
    await settle_feed(world.app.state.database)
    feed = (await world.client.get("/v1/events", headers=service)).json()["items"]
    cancelled = [e for e in feed if e["type"] == "placement.meeting_cancelled"]
    assert [e["data"]["meeting_id"] for e in cancelled] == [ids["2026-12-01"]]
