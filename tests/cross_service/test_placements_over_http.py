"""Issues 15 and 16, done when: from two agencies' offers to a placement and its ending,
over real HTTP, every service its own process on its own PostgreSQL database.

An LA's referral goes to two agencies; both match, agree and send offers; the LA lists
them side by side and accepts one. The place is filled (vacancies), the referral placed
(referrals), the match closed as placed (matching), the other agency's offer lapsed and
its match closed, its place freed. The accepted offer becomes a placement (placements
follows the real offers feed): it started on Friday 30 April 2027, before the May Day
bank holiday (Monday 3 May); placements' clock stands on Tuesday 11 May, so its
5-working-day items fell due on Monday 10 May and are overdue. An unplanned ending with
its SSDA903 reasons frees the place in vacancies (which follows placements' feed), the
household's approval unchanged.
"""

from __future__ import annotations

import signal

import httpx
import pytest
from cross_service.records import fitting_household, fitting_referral, vacancy_for
from cross_service.stack import Stack, eventually
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens
from icalendar import Calendar

AGENCIES = ("willow-fostering", "oakfield-fostering")
KENT = "E10000016"
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
FEED_READER = tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
LA = tokens.headers(
    CallerKind.LA,
    KENT,
    [
        Scope.REFERRALS_SUBMIT,
        Scope.REFERRALS_READ,
        Scope.OFFERS_READ,
        Scope.OFFERS_ANSWER,
        Scope.PLACEMENTS_READ,
    ],
    subject="csw-7",
)
PLACEMENTS_CLOCK = "2027-05-11T08:00:00+00:00"  # Tuesday, the day after the deadlines
START = "2027-04-30"  # the Friday before the May Day bank holiday


def officer(agency_id: str) -> dict[str, str]:
    scopes = [
        Scope.REFERRALS_READ,
        Scope.REFERRALS_SCREEN,
        Scope.VACANCIES_READ,
        Scope.VACANCIES_MANAGE,
        Scope.MATCHING_READ,
        Scope.MATCHING_DECIDE,
        Scope.OFFERS_READ,
        Scope.OFFERS_MAKE,
    ]
    return tokens.headers(CallerKind.AGENCY, agency_id, scopes, subject="ssw-3")


def ssw(agency_id: str) -> dict[str, str]:
    scopes = [Scope.PLACEMENTS_READ, Scope.PLACEMENTS_MANAGE]
    return tokens.headers(CallerKind.AGENCY, agency_id, scopes, subject="ssw-3")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = Stack(
        "xaccept",
        tmp_path_factory.mktemp("xaccept"),
        ("referrals", "vacancies", "matching", "offers", "placements"),
        service_env={
            "placements": {"CLOCK_START": PLACEMENTS_CLOCK, "CONSUMER_POLL_SECONDS": "0.2"},
            "vacancies": {"CONSUMER_POLL_SECONDS": "0.2"},
        },
    )
    running.start()
    yield running
    exit_codes = running.stop()
    assert set(exit_codes.values()) == {-signal.SIGTERM}, exit_codes


@pytest.fixture(scope="module")
def http():
    with httpx.Client(timeout=10) as client:
        yield client


def _ok(response: httpx.Response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


def _agreed_match(http, stack, referral_id: str, agency_id: str, seed: int) -> dict[str, str]:
    """The agency screens the referral, opens a place, and its match is agreed."""
    referrals, vacancies, matching = (stack[n].url for n in ("referrals", "vacancies", "matching"))
    headers = officer(agency_id)
    for step in ("acknowledge", "progress"):
        _ok(http.post(f"{referrals}/v1/referrals/{referral_id}/{step}", headers=headers))
    body = fitting_household(seed)
    household_id = _ok(http.post(f"{vacancies}/v1/households", json=body, headers=headers), 201)[
        "id"
    ]
    vacancy = http.post(
        f"{vacancies}/v1/vacancies", json=vacancy_for(household_id, body), headers=headers
    )
    vacancy_id = _ok(vacancy, 201)["id"]

    def ranked() -> bool:
        response = http.get(f"{matching}/v1/referrals/{referral_id}/matches", headers=headers)
        if response.status_code != 200 or response.json()["provisional"]:
            return False
        return any(h["holder_id"] == household_id for h in response.json()["homes"])

    eventually(ranked)
    run_id = _ok(
        http.post(f"{matching}/v1/referrals/{referral_id}/match-runs", headers=headers), 201
    )["id"]
    proposed = http.post(
        f"{matching}/v1/matches",
        json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        headers=headers,
    )
    match_id = _ok(proposed, 201)["id"]
    _ok(
        http.post(
            f"{matching}/v1/matches/{match_id}/ssw-decision",
            json={"agrees": True, "reason": "Knows this age well"},
            headers=headers,
        )
    )
    ready = http.post(
        f"{matching}/v1/matches/{match_id}/carer-decision", json={"accepts": True}, headers=headers
    )
    assert _ok(ready)["status"] == "ready_for_offer"
    return {
        "household_id": household_id,
        "vacancy_id": vacancy_id,
        "match_id": match_id,
        "run_id": run_id,
    }


def _send_offer(http, stack, agency_id: str, agreed: dict[str, str]) -> dict:
    """The offer drafted from matching's feed, priced from the rate card and sent."""
    offers, headers = stack["offers"].url, officer(agency_id)

    def drafted() -> dict | None:
        listed = _ok(http.get(f"{offers}/v1/offers", headers=headers))
        return next((o for o in listed if o["match_id"] == agreed["match_id"]), None)

    draft = eventually(drafted)
    rate_card = {
        "effective_from": "2026-04-01",
        "core_fees": [{"setting": "fostering", "band": "standard", "weekly_pence": 95_050}],
    }
    _ok(http.post(f"{offers}/v1/rate-cards", json=rate_card, headers=headers), 201)
    path = f"{offers}/v1/offers/{draft['id']}"
    edited = http.patch(
        path,
        json={
            "costing": {"band": "standard"},
            "match_run_id": agreed["run_id"],
            "profile_text": "A calm home near the child's school.",
            "contacts": [{"name": "Sam Supervisor", "email": "sam@example.org"}],
        },
        headers={**headers, "If-Match": http.get(path, headers=headers).headers["ETag"]},
    )
    _ok(edited)
    sent = http.post(f"{path}/send", headers={**headers, "If-Match": edited.headers["ETag"]})
    return {**_ok(sent), "etag": sent.headers["ETag"]}


@pytest.fixture(scope="module")
def accepted(stack, http) -> dict:
    """Two agencies' offers for one child; the LA accepts the first agency's."""
    referrals = stack["referrals"].url
    for agency_id in AGENCIES:
        http.put(
            f"{referrals}/v1/agencies/{agency_id}", json={"name": agency_id}, headers=OPERATOR
        ).raise_for_status()
    body = {**fitting_referral(1, AGENCIES[0]), "agency_ids": list(AGENCIES)}
    referral_id = _ok(
        http.post(
            f"{referrals}/v1/referrals",
            json=body,
            headers={**LA, "Idempotency-Key": "xaccept-1"},
        ),
        201,
    )["id"]
    agreed = {a: _agreed_match(http, stack, referral_id, a, n + 1) for n, a in enumerate(AGENCIES)}
    sent = {a: _send_offer(http, stack, a, agreed[a]) for a in AGENCIES}

    offers = stack["offers"].url
    side_by_side = _ok(http.get(f"{offers}/v1/referrals/{referral_id}/offers", headers=LA))
    assert {o["agency_id"]: o["weekly_total_pence"] for o in side_by_side} == {
        AGENCIES[0]: 95_050,
        AGENCIES[1]: 95_050,
    }
    winner = sent[AGENCIES[0]]
    answer = http.post(
        f"{offers}/v1/offers/{winner['id']}/accept",
        json={"start_date": START},
        headers={**LA, "If-Match": winner["etag"]},
    )
    assert _ok(answer)["status"] == "accepting"  # the LA's yes is kept at once
    return {"referral_id": referral_id, "agreed": agreed, "sent": sent}


class TestTheLaAcceptsOneOfTwoOffers:
    def test_the_place_is_filled_the_referral_placed_the_match_closed_the_other_offer_closed(
        self, stack, http, accepted
    ):
        offers, vacancies, matching = (stack[n].url for n in ("offers", "vacancies", "matching"))
        winner, loser = AGENCIES
        offer_id = accepted["sent"][winner]["id"]

        def done() -> dict | None:
            offer = _ok(http.get(f"{offers}/v1/offers/{offer_id}", headers=LA))
            return offer if offer["status"] == "accepted" else None

        offer = eventually(done, within=20)
        assert offer["acceptance"] == {
            "done": ["place_filled", "match_placed", "referral_placed"],
            "waiting_on": None,
            "last_problem": None,
            "waits": 0,
            "failed": False,
            "failed_status": None,
        }
        won = accepted["agreed"][winner]
        place = _ok(
            http.get(f"{vacancies}/v1/vacancies/{won['vacancy_id']}", headers=officer(winner))
        )
        assert (place["state"], place["referral_id"]) == ("filled", accepted["referral_id"])
        referral = _ok(
            http.get(f"{stack['referrals'].url}/v1/referrals/{accepted['referral_id']}", headers=LA)
        )
        assert referral["status"] == "placed"
        assert {s["agency_id"]: s["status"] for s in referral["screening"]}[winner] == "placed"
        match = _ok(http.get(f"{matching}/v1/matches/{won['match_id']}", headers=officer(winner)))
        assert (match["status"], match["hold"]) == ("closed", "filled")

        # The other agency: its offer closed (not told who won), its match and place freed.
        other = _ok(
            http.get(f"{offers}/v1/offers/{accepted['sent'][loser]['id']}", headers=officer(loser))
        )
        assert (other["status"], other["reason_code"]) == ("lapsed", "placed_elsewhere")
        assert winner not in str(other)
        lost = accepted["agreed"][loser]

        def freed() -> bool:
            read = http.get(
                f"{vacancies}/v1/vacancies/{lost['vacancy_id']}", headers=officer(loser)
            )
            return read.json()["state"] == "available"

        eventually(freed)
        theirs = _ok(http.get(f"{matching}/v1/matches/{lost['match_id']}", headers=officer(loser)))
        assert (theirs["status"], theirs["steps"][-1]["reason_code"]) == (
            "closed",
            "placed_elsewhere",
        )


class TestTheAcceptedOfferBecomesAPlacement:
    def test_its_first_weeks_run_on_the_clock_and_an_unplanned_ending_frees_the_place(
        self, stack, http, accepted
    ):
        agency = AGENCIES[0]
        won = accepted["agreed"][agency]
        placements, vacancies = stack["placements"].url, stack["vacancies"].url
        client = httpx.Client(base_url=placements, timeout=10)
        SSW = ssw(agency)

        def opened():
            answer = client.get("/v1/placements", headers=SSW)
            if answer.status_code == 503:
                return None  # a service busy for a moment says so; ask again
            assert answer.status_code == 200, answer.text
            items = answer.json()["items"]
            return items[0] if items else None

        placement = eventually(opened)
        pid = placement["id"]
        assert placement["start_date"] == START
        assert placement["offer_id"] == accepted["sent"][agency]["id"]
        assert client.get(f"/v1/placements/{pid}", headers=LA).status_code == 200

        # The deadlines land on the right working day (May Day, Monday 3 May, skipped) ...
        tasks = {
            t["kind"]: t for t in client.get(f"/v1/placements/{pid}/tasks", headers=SSW).json()
        }
        assert tasks["placement_plan"]["due_date"] == "2027-05-10"
        assert tasks["placement_planning_meeting"]["due_date"] == "2027-05-10"
        assert tasks["care_plan"]["due_date"] == "2027-05-17"
        # ... and appear in the agency's calendar.
        ics = client.get("/v1/calendars/placements.ics", headers=SSW)
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
        assert client.put(path, json=risk, headers=SSW).status_code == 409
        meeting = client.post(
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
        held = client.post(
            f"/v1/meetings/{meeting.json()['id']}/held",
            json={"childs_views": "Would like to keep her bedroom door open at night."},
            headers={**SSW, "If-Match": meeting.headers["ETag"]},
        )
        assert held.status_code == 200, held.text
        assert client.put(path, json=risk, headers=SSW).status_code == 200

        # The placement plan is overdue: it shows in the work list.
        work = client.get("/v1/work-list", headers=SSW).json()
        assert any(t["kind"] == "placement_plan" and t["overdue"] for t in work["overdue"])

        # A support meeting's actions become tasks.
        support = client.post(
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
        recorded = client.post(
            f"/v1/meetings/{support['id']}/held",
            json={"actions": actions, "notes": "Agreed extra visits."},
            headers={**SSW, "If-Match": f'"{support["id"]}.{support["version"]}"'},
        )
        assert recorded.status_code == 200, recorded.text
        (task_id,) = recorded.json()["action_task_ids"]
        assert client.get(f"/v1/tasks/{task_id}", headers=SSW).json()["owner_id"] == "ssw-3"

        # An unplanned ending with its SSDA903 reasons frees the place in vacancies.
        household_path = f"{vacancies}/v1/households/{won['household_id']}"
        approval = _ok(http.get(household_path, headers=officer(agency)))["approval"]
        tag = client.get(f"/v1/placements/{pid}", headers=SSW).headers["ETag"]
        ended = client.post(
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

        def freed() -> dict | None:
            read = _ok(
                http.get(f"{vacancies}/v1/vacancies/{won['vacancy_id']}", headers=officer(agency))
            )
            return read if read["state"] == "available" else None

        place = eventually(freed, within=20)
        assert (place["referral_id"], place["held_by"]) == (None, None)
        assert _ok(http.get(household_path, headers=officer(agency)))["approval"] == approval
        client.close()
