"""The screening story of issue 3, as a function of an HTTP client, so it runs both in-process
(ASGI, frozen clock) and against the running referrals process (real socket, PostgreSQL).

An LA sends a referral to agencies A and B with a gap; an agency it was not sent to cannot
see or act on it; A acknowledges, assigns, asks for information, the LA answers and amends,
A progresses to matching; B declines with a coded reason; the LA sees both; the history
names who did what and when; the feed carries the thin events.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send

__all__ = ["EXPECTED_EVENTS", "Callers", "ScreeningStory", "run_screening_story"]

EXPECTED_EVENTS = [
    "referral.received",
    "referral.acknowledged",
    "referral.assigned",
    "referral.information_requested",
    "referral.information_provided",
    "referral.amended",
    "referral.progressed",
    "referral.declined",
]


@dataclass(frozen=True)
class Callers:
    """Headers for each party: the LA, agencies A and B, one it was not sent to, an operator."""

    la: dict[str, str]
    agency_a: dict[str, str]
    agency_b: dict[str, str]
    stranger: dict[str, str]
    operator: dict[str, str]


@dataclass
class ScreeningStory:
    """What the story saw, for assertions that depend on the clock it ran under."""

    referral_id: str = ""
    seen_by_a: dict = field(default_factory=dict)
    acknowledged_by_a: dict = field(default_factory=dict)
    final: dict = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)
    sla_b: dict = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _no_pause(_: timedelta) -> None:
    """On the system clock time passes by itself; nothing to advance."""


async def run_screening_story(
    client: httpx.AsyncClient,
    callers: Callers,
    events: Callable[[], Awaitable[list[dict]]],
    *,
    pause: Callable[[timedelta], None] = _no_pause,
    seed: int = 3,
) -> ScreeningStory:
    """Drive the whole story through ``client``; assert what holds under any clock."""
    story = ScreeningStory()
    body = referral_body(seed=seed, agency_ids=(AGENCY_A, AGENCY_B))
    body["children"][0]["legal_status"] = None  # a classic gap: blocks matching
    sent = await send(client, callers.la, body)
    assert sent.status_code == 201, sent.text
    referral = sent.json()
    referral_id = story.referral_id = referral["id"]
    path = f"/v1/referrals/{referral_id}"
    assert sent.headers["Location"] == path
    assert referral["la_name"] == "Kent"
    gaps = {(g["pointer"], g["severity"]) for g in referral["completeness"]}
    assert ("/children/0/legal_status", "blocks_matching") in gaps

    await _stranger_cannot_tell_it_exists(client, path, callers.stranger)

    # Agency A sees its own clock only: due 15 minutes after receipt.
    pause(timedelta(minutes=9))
    seen = await client.get(path, headers=callers.agency_a)
    assert seen.status_code == 200, seen.text
    story.seen_by_a = screening = seen.json()["screening"][0]
    assert [s["agency_id"] for s in seen.json()["screening"]] == [AGENCY_A]
    received_at = _at(screening["received_at"])
    assert _at(screening["first_response_due_at"]) - received_at == timedelta(minutes=15)
    assert screening["first_response_overdue"] is False

    acknowledged = await client.post(f"{path}/acknowledge", headers=callers.agency_a)
    assert acknowledged.status_code == 200, acknowledged.text
    story.acknowledged_by_a = screening = acknowledged.json()["screening"][0]
    assert screening["status"] == "acknowledged"
    assert received_at <= _at(screening["first_responded_at"])

    assigned = await client.post(
        f"{path}/assign",
        json={"officer_id": "officer-7", "officer_name": "Jo Placement"},
        headers=callers.agency_a,
    )
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["screening"][0]["assigned_officer"] == "officer-7"

    # Matching is refused while a gap blocks it.
    refused = await client.post(f"{path}/progress", headers=callers.agency_a)
    assert refused.status_code == 409
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["blocking"] == ["/children/0/legal_status"]

    await _information_asked_answered_and_amended(client, path, callers)

    progressed = await client.post(f"{path}/progress", headers=callers.agency_a)
    assert progressed.status_code == 200, progressed.text
    assert progressed.json()["screening"][0]["status"] == "progressing"

    # Agency B declines with a coded reason (after its 15 minutes on a frozen clock).
    pause(timedelta(minutes=20))
    declined = await client.post(
        f"{path}/decline",
        json={"reason": "no_vacancy", "note": "No carers approved for this age today."},
        headers=callers.agency_b,
    )
    assert declined.status_code == 200, declined.text

    await _la_sees_both_and_history_names_who_and_when(client, path, callers, story)
    await _sla_and_feed(client, callers, events, story)
    return story


async def _stranger_cannot_tell_it_exists(client, path: str, stranger: dict) -> None:
    for method, suffix in (("GET", ""), ("POST", "/acknowledge"), ("POST", "/progress")):
        response = await client.request(method, f"{path}{suffix}", headers=stranger)
        assert response.status_code == 404, (method, suffix, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    declined = await client.post(f"{path}/decline", json={"reason": "location"}, headers=stranger)
    assert declined.status_code == 404, declined.text


async def _information_asked_answered_and_amended(client, path: str, callers: Callers) -> None:
    asked = await client.post(
        f"{path}/information-requests",
        json={
            "questions": [
                {
                    "topic": "legal_status",
                    "text": "What is the legal status?",
                    "pointer": "/children/0/legal_status",
                }
            ]
        },
        headers=callers.agency_a,
    )
    assert asked.status_code == 201, asked.text
    request = asked.json()
    assert request["status"] == "open"

    # The LA sees the question and answers it, then amends the referral.
    listed = (await client.get(f"{path}/information-requests", headers=callers.la)).json()
    assert [q["text"] for q in listed[0]["questions"]] == ["What is the legal status?"]
    answered = await client.post(
        f"{path}/information-requests/{request['id']}/answers",
        json={
            "answers": [
                {
                    "question_id": request["questions"][0]["id"],
                    "answer": "Section 20, accommodated with consent.",
                }
            ]
        },
        headers=callers.la,
    )
    assert answered.status_code == 200, answered.text
    assert answered.json()["status"] == "answered"

    current = await client.get(path, headers=callers.la)
    children = current.json()["children"]
    children[0]["legal_status"] = "V2"
    for child in children:
        child.pop("age_today")
    amended = await client.patch(
        path,
        json={"children": children},
        headers={**callers.la, "If-Match": current.headers["ETag"]},
    )
    assert amended.status_code == 200, amended.text
    assert amended.headers["ETag"] != current.headers["ETag"]


async def _la_sees_both_and_history_names_who_and_when(
    client, path: str, callers: Callers, story: ScreeningStory
) -> None:
    story.final = final = (await client.get(path, headers=callers.la)).json()
    by_agency = {s["agency_id"]: s for s in final["screening"]}
    assert by_agency[AGENCY_A]["status"] == "progressing"
    assert by_agency[AGENCY_B]["status"] == "declined"
    assert by_agency[AGENCY_B]["decline_reason"] == "no_vacancy"
    assert final["status"] == "open"

    story.history = history = (await client.get(f"{path}/history", headers=callers.agency_a)).json()
    mine = [h for h in history if h["agency_id"] == AGENCY_A]
    assert [h["to_status"] for h in mine] == [
        "acknowledged",
        "acknowledged",
        "information_requested",
        "acknowledged",
        "progressing",
    ]
    assert all(h["agency_id"] in (None, AGENCY_A) for h in history)
    # Who: the agency's officer, or the LA whose answer reopened screening; when: in order,
    # no earlier than receipt.
    assert {(h["actor_kind"], h["actor"]) for h in mine} <= {
        ("agency", "officer-1"),
        ("la", "kent-placements-1"),
    }
    times = [_at(h["at"]) for h in mine]
    assert times == sorted(times)
    assert times[0] >= _at(final["received_at"])


async def _sla_and_feed(client, callers: Callers, events, story: ScreeningStory) -> None:
    b = next(s for s in story.final["screening"] if s["agency_id"] == AGENCY_B)
    within = _at(b["first_responded_at"]) <= _at(b["first_response_due_at"])
    story.sla_b = sla = (await client.get("/v1/referrals/sla", headers=callers.agency_b)).json()
    assert sla == {
        "agency_id": AGENCY_B,
        "target_minutes": 15,
        "awaiting_first_response": 0,
        "overdue": 0,
        "received_today": 1,
        "answered_today": 1,
        "answered_within_target_today": int(within),
    }
    story.events = await events()
    assert [e["type"] for e in story.events] == EXPECTED_EVENTS
    assert {e["subject_id"] for e in story.events} == {story.referral_id}
    child = story.final["children"][0]
    private = [
        value
        for value in (child["first_name"], child["last_name"], child["date_of_birth"])
        if value
    ] + ["Section 20"]
    for event in story.events:  # thin: ids and codes, never the child's details
        assert not [value for value in private if value in json.dumps(event)], event
