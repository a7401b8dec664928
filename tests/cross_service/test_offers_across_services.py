"""From an agreed match to the LA's yes, across four running services.

Referrals, vacancies, matching and offers run as their own processes on PostgreSQL and
talk over HTTP only: offers follows matching's feed and drafts an offer for the agreed
match, the officer prices and sends it, the LA accepts it with its own token, and
``offer.accepted`` is on the offers feed with the data the placements service reads.
"""

from __future__ import annotations

import signal

import httpx
import pytest
from cross_service.records import fitting_household, fitting_referral, vacancy_for
from cross_service.stack import Stack, eventually
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.common import EventRead
from hearth_contract.offers import OfferAcceptedData
from hearth_kit.testing import Tokens

AGENCY = "oakfield-fostering"
KENT = "E10000016"
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
FEED_READER = tokens.headers(CallerKind.SERVICE, None, [Scope.EVENTS_READ])
LA = tokens.headers(
    CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT, Scope.OFFERS_READ, Scope.OFFERS_ANSWER]
)
OFFICER = tokens.headers(
    CallerKind.AGENCY,
    AGENCY,
    [
        Scope.REFERRALS_READ,
        Scope.REFERRALS_SCREEN,
        Scope.VACANCIES_READ,
        Scope.VACANCIES_MANAGE,
        Scope.MATCHING_READ,
        Scope.MATCHING_DECIDE,
        Scope.OFFERS_READ,
        Scope.OFFERS_MAKE,
    ],
    subject="placement-officer",
)
RATE_CARD = {
    "effective_from": "2026-04-01",
    "core_fees": [{"setting": "fostering", "band": "standard", "weekly_pence": 95_050}],
    "add_ons": [{"kind": "extra_support_hours", "rate_pence": 2_500}],
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = Stack(
        "xoffers",
        tmp_path_factory.mktemp("xoffers"),
        ("referrals", "vacancies", "matching", "offers"),
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


def _agreed_match(http: httpx.Client, stack: Stack) -> tuple[str, str, str, str, str]:
    """A referral from Kent, a place, the ranking the officer saved, and the officer's
    match agreed by SSW and carer."""
    referrals, vacancies, matching = (stack[n].url for n in ("referrals", "vacancies", "matching"))
    http.put(
        f"{referrals}/v1/agencies/{AGENCY}", json={"name": "Oakfield"}, headers=OPERATOR
    ).raise_for_status()
    sent = http.post(
        f"{referrals}/v1/referrals",
        json=fitting_referral(1, AGENCY),
        headers={**LA, "Idempotency-Key": "xoffers-1"},
    )
    referral_id = _ok(sent, 201)["id"]
    for step in ("acknowledge", "progress"):
        _ok(http.post(f"{referrals}/v1/referrals/{referral_id}/{step}", headers=OFFICER))
    body = fitting_household(1)
    household_id = _ok(http.post(f"{vacancies}/v1/households", json=body, headers=OFFICER), 201)[
        "id"
    ]
    vacancy = http.post(
        f"{vacancies}/v1/vacancies", json=vacancy_for(household_id, body), headers=OFFICER
    )
    vacancy_id = _ok(vacancy, 201)["id"]

    def ranked() -> bool:
        response = http.get(f"{matching}/v1/referrals/{referral_id}/matches", headers=OFFICER)
        if response.status_code != 200 or response.json()["provisional"]:
            return False
        return any(h["holder_id"] == household_id for h in response.json()["homes"])

    eventually(ranked)
    saved = http.post(f"{matching}/v1/referrals/{referral_id}/match-runs", headers=OFFICER)
    run_id = _ok(saved, 201)["id"]
    proposed = http.post(
        f"{matching}/v1/matches",
        json={"referral_id": referral_id, "vacancy_id": vacancy_id},
        headers=OFFICER,
    )
    match_id = _ok(proposed, 201)["id"]
    _ok(
        http.post(
            f"{matching}/v1/matches/{match_id}/ssw-decision",
            json={"agrees": True, "reason": "Knows this age well"},
            headers=OFFICER,
        )
    )
    ready = http.post(
        f"{matching}/v1/matches/{match_id}/carer-decision", json={"accepts": True}, headers=OFFICER
    )
    assert _ok(ready)["status"] == "ready_for_offer"
    return referral_id, household_id, vacancy_id, match_id, run_id


class TestFromAgreedMatchToTheLasYes:
    def test_an_agreed_match_becomes_an_offer_the_la_accepts(self, stack, http):
        offers = stack["offers"].url
        referral_id, household_id, vacancy_id, match_id, run_id = _agreed_match(http, stack)

        def drafted() -> dict | None:
            listed = _ok(http.get(f"{offers}/v1/offers", headers=OFFICER))
            return next((o for o in listed if o["match_id"] == match_id), None)

        draft = eventually(drafted)  # read from matching's feed, not asked for
        assert (draft["status"], draft["household_id"]) == ("draft", household_id)
        assert draft["la_code"] == KENT

        _ok(http.post(f"{offers}/v1/rate-cards", json=RATE_CARD, headers=OFFICER), 201)
        path = f"{offers}/v1/offers/{draft['id']}"
        etag = http.get(path, headers=OFFICER).headers["ETag"]
        edited = http.patch(
            path,
            json={
                "costing": {
                    "band": "standard",
                    "add_ons": [{"kind": "extra_support_hours", "quantity": 4}],
                },
                "match_run_id": run_id,
                "profile_text": "A calm home near the child's school.",
                "contacts": [{"name": "Sam Supervisor", "email": "sam@oakfield.example"}],
            },
            headers={**OFFICER, "If-Match": etag},
        )
        costings = _ok(edited)["costings"]
        assert (costings["weekly_total_pence"], costings["total_weekly_cost"]) == (105_050, 1051)

        sent = http.post(f"{path}/send", headers={**OFFICER, "If-Match": edited.headers["ETag"]})
        pack = _ok(sent)["pack"]
        # How the home meets each need: matching's explanation in the run the officer
        # saved before proposing, read with the officer's own token.
        assert pack["needs_met"], pack
        assert all(need["how"] for need in pack["needs_met"])
        assert pack["children"][0]["first_name"]
        assert pack["costings"]["rate_card_version"] == 1

        side_by_side = _ok(http.get(f"{offers}/v1/referrals/{referral_id}/offers", headers=LA))
        assert [(o["id"], o["weekly_total_pence"]) for o in side_by_side] == [
            (draft["id"], 105_050)
        ]
        accepted = http.post(
            f"{path}/accept",
            json={"start_date": "2026-11-30"},
            headers={**LA, "If-Match": sent.headers["ETag"]},
        )
        assert _ok(accepted)["status"] == "accepting"  # the LA's yes, kept at once

        def done() -> dict | None:
            offer = _ok(http.get(path, headers=LA))
            return offer if offer["status"] == "accepted" else None

        acceptance = eventually(done)["acceptance"]
        assert acceptance["done"] == ["place_filled", "match_placed", "referral_placed"]

        def accepted_event() -> EventRead | None:
            page = _ok(http.get(f"{offers}/v1/events", headers=FEED_READER))
            events = [EventRead.model_validate(e) for e in page["items"]]
            return next((e for e in events if e.type == "offer.accepted"), None)

        data = OfferAcceptedData.from_event(eventually(accepted_event))
        assert (data.offer_id, data.match_id, data.referral_id) == (
            draft["id"],
            match_id,
            referral_id,
        )
        assert (data.household_id, data.vacancy_ids, str(data.start_date)) == (
            household_id,
            [vacancy_id],
            "2026-11-30",
        )
