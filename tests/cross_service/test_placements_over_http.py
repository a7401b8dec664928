"""Issue 16: an accepted offer becomes a placement on the statutory clock, over real HTTP.

Placements runs as its own process on a fresh PostgreSQL database. The offers service
is not on this branch yet, so its feed is served by ``fake_offers_feed.py``, a process
of its own that serves ``GET /v1/events`` the way every Hearth feed does, with the
``offer.accepted`` data of ``hearth_contract.offers``. Placements' clock starts on
Tuesday 11 May 2027: the placement started on Friday 30 April, before the May Day bank
holiday (Monday 3 May), so its 5-working-day items fell due on Monday 10 May and are
overdue. The places are not freed in vacancies: vacancies has no command to free a
filled place, so ``placement.ended`` on placements' feed names them for it to consume.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from cross_service.stack import Service, _databases, eventually, free_port
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.offers import OfferAcceptedData, OfferEvent
from hearth_kit.testing import PostgresDatabase, Tokens
from icalendar import Calendar

AGENCY = "willow-fostering"
KENT = "E10000016"
tokens = Tokens()
SSW = tokens.headers(
    CallerKind.AGENCY, AGENCY, [Scope.PLACEMENTS_READ, Scope.PLACEMENTS_MANAGE], subject="ssw-3"
)
LA = tokens.headers(CallerKind.LA, KENT, [Scope.PLACEMENTS_READ], subject="csw-7")
FEED_READER = tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
CLOCK_START = "2027-05-11T08:00:00+00:00"  # Tuesday, the day after the deadlines
OFFER = OfferAcceptedData(
    offer_id="offer-1",
    match_id="match-1",
    referral_id="referral-1",
    la_code=KENT,
    agency_id=AGENCY,
    household_id="household-1",
    vacancy_ids=["vacancy-1"],
    start_date="2027-04-30",
    placement_type="U4",
    legal_status="C2",
)


@pytest.fixture(scope="module")
def placements(tmp_path_factory):
    logs = tmp_path_factory.mktemp("xplacements")
    port = free_port()
    feed = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("fake_offers_feed.py")), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    offers_url = f"http://127.0.0.1:{port}"
    migrations, metadata = _databases()["placements"]
    database = PostgresDatabase(f"hearth_xplace_placements_{os.getpid()}", migrations, metadata)
    service = Service(
        "placements",
        database.url,
        logs / "placements.log",
        OFFERS_URL=offers_url,
        CLOCK_START=CLOCK_START,
        CONSUMER_POLL_SECONDS="0.2",
    )
    try:
        eventually(lambda: _ready(offers_url))
        database.create()
        service.start()
        yield service, offers_url
    finally:
        if service.process is not None:
            service.stop()
        feed.terminate()
        feed.wait(timeout=10)
        database.drop()


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def test_an_accepted_offer_runs_the_first_weeks_of_a_placement(placements):
    service, offers_url = placements
    http = httpx.Client(base_url=service.url, timeout=10)
    httpx.post(
        f"{offers_url}/test/events",
        json={
            "type": OfferEvent.ACCEPTED,
            "subject_id": OFFER.offer_id,
            "data": OFFER.model_dump(mode="json"),
        },
    ).raise_for_status()

    def opened():
        items = http.get("/v1/placements", headers=SSW).json()["items"]
        return items[0] if items else None

    placement = eventually(opened)
    pid = placement["id"]
    assert (placement["start_date"], placement["placement_type"]) == ("2027-04-30", "U4")
    assert http.get(f"/v1/placements/{pid}", headers=LA).status_code == 200

    # The deadlines land on the right working day (May Day, Monday 3 May, skipped) ...
    tasks = {t["kind"]: t for t in http.get(f"/v1/placements/{pid}/tasks", headers=SSW).json()}
    assert tasks["placement_plan"]["due_date"] == "2027-05-10"
    assert tasks["placement_planning_meeting"]["due_date"] == "2027-05-10"
    assert tasks["care_plan"]["due_date"] == "2027-05-17"
    # ... and appear in the agency's calendar.
    ics = http.get("/v1/calendars/placements.ics", headers=SSW)
    events = {
        str(e["SUMMARY"]).split(" (")[0]: e.decoded("DTSTART")
        for e in Calendar.from_ical(ics.content).walk("VEVENT")
    }
    assert str(events["Due: Placement plan"]) == "2027-05-10"
    assert str(events["Due: Placement planning meeting"]) == "2027-05-10"

    # The risk assessment only after the placement planning meeting.
    risk = {
        "risk_to_self": {"level": "low", "summary": "None known."},
        "risk_from_others": {"level": "medium", "summary": "Contact supervised."},
        "risk_to_others": {"level": "low", "summary": "None known."},
        "household_impact": {"level": "low", "summary": "Settling with the carers' son."},
        "child_contributed": True,
        "birth_parent_contributed": True,
        "review_date": "2027-08-01",
    }
    path = f"/v1/placements/{pid}/risk-assessment"
    assert http.put(path, json=risk, headers=SSW).status_code == 409
    meeting = http.post(
        f"/v1/placements/{pid}/meetings",
        json={
            "kind": "placement_planning",
            "scheduled_for": "2027-05-05T09:00:00Z",
            "location": "The carers' home",
            "held": True,
            "attendees": [
                {"role": "supervising_social_worker", "person_id": "ssw-3", "chair": True},
                {"role": "childs_social_worker", "person_id": "csw-7"},
                {"role": "carer", "attendance": "in_person"},
            ],
        },
        headers=SSW,
    )
    assert meeting.status_code == 201, meeting.text
    held = http.post(
        f"/v1/meetings/{meeting.json()['id']}/held",
        json={"childs_views": "Would like to keep her bedroom door open at night."},
        headers={**SSW, "If-Match": meeting.headers["ETag"]},
    )
    assert held.status_code == 200, held.text
    assert http.put(path, json=risk, headers=SSW).status_code == 200

    # The placement plan is overdue: it shows in the work list.
    work = http.get("/v1/work-list", headers=SSW).json()
    assert any(t["kind"] == "placement_plan" and t["overdue"] for t in work["overdue"])

    # A support meeting's actions become tasks.
    support = http.post(
        f"/v1/placements/{pid}/meetings",
        json={
            "kind": "support",
            "scheduled_for": "2027-05-11T07:00:00Z",
            "held": True,
            "location": "Video",
        },
        headers=SSW,
    ).json()
    actions = [
        {
            "description": "Book support care",
            "owner_role": "supervising_social_worker",
            "owner_id": "ssw-3",
            "due_date": "2027-05-14",
        },
    ]
    recorded = http.post(
        f"/v1/meetings/{support['id']}/held",
        json={"actions": actions, "notes": "Agreed extra visits."},
        headers={**SSW, "If-Match": f'"{support["id"]}.{support["version"]}"'},
    )
    assert recorded.status_code == 200, recorded.text
    (task_id,) = recorded.json()["action_task_ids"]
    assert http.get(f"/v1/tasks/{task_id}", headers=SSW).json()["owner_id"] == "ssw-3"

    # An unplanned ending with its SSDA903 reasons; the places are named on the feed.
    tag = http.get(f"/v1/placements/{pid}", headers=SSW).headers["ETag"]
    ended = http.post(
        f"/v1/placements/{pid}/end",
        json={
            "end_date": "2027-05-11",
            "planned": False,
            "reason_for_change": "CREQB",
            "episode_end_reason": "X1",
        },
        headers={**SSW, "If-Match": tag},
    )
    assert ended.status_code == 200, ended.text
    assert ended.json()["ending"]["disruption_meeting_id"]

    def ended_event():
        items = http.get("/v1/events", headers=FEED_READER).json()["items"]
        return next((e for e in items if e["type"] == "placement.ended"), None)

    event = eventually(ended_event)
    assert event["data"]["vacancy_ids"] == ["vacancy-1"]
    assert event["data"]["reason_for_change"] == "CREQB"
