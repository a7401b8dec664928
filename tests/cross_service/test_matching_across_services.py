"""From a referral to an agreed match with a held place, across three running services;
and how a match ends when the LA withdraws, or a place ranked for it is deleted.

Referrals, vacancies and matching run as their own processes on PostgreSQL and talk
over HTTP only: matching follows the other two services' event feeds, and holds the
place through the vacancies service. Nothing here waits for time except polling
with a deadline.
"""

from __future__ import annotations

import signal

import httpx
import pytest
from cross_service.records import KENT, fitting_household, fitting_referral, vacancy_for
from cross_service.stack import Stack, eventually
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens

AGENCY = "oakfield-fostering"
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
LA = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT])
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
    ],
    subject="placement-officer",
)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = Stack("xmatch", tmp_path_factory.mktemp("xmatch"))
    running.start()
    yield running
    exit_codes = running.stop()
    assert set(exit_codes.values()) == {-signal.SIGTERM}, exit_codes
    for service in running.services.values():
        assert "service.stopped" in [line.get("event") for line in service.log_lines()]


@pytest.fixture(scope="module")
def http():
    with httpx.Client(timeout=10) as client:
        yield client


def _send_referral(http: httpx.Client, stack: Stack, seed: int) -> str:
    sent = http.post(
        f"{stack['referrals'].url}/v1/referrals",
        json=fitting_referral(seed, AGENCY),
        headers={**LA, "Idempotency-Key": f"xmatch-{seed}"},
    )
    assert sent.status_code == 201, sent.text
    referral_id = sent.json()["id"]
    for step in ("acknowledge", "progress"):  # screened: matching may propose for it
        screened = http.post(
            f"{stack['referrals'].url}/v1/referrals/{referral_id}/{step}", headers=OFFICER
        )
        assert screened.status_code == 200, screened.text
    return referral_id


def _open_place(http: httpx.Client, stack: Stack, n: int) -> tuple[str, str]:
    vacancies = stack["vacancies"].url
    body = fitting_household(n)
    household = http.post(f"{vacancies}/v1/households", json=body, headers=OFFICER)
    assert household.status_code == 201, household.text
    household_id = household.json()["id"]
    vacancy = http.post(
        f"{vacancies}/v1/vacancies", json=vacancy_for(household_id, body), headers=OFFICER
    )
    assert vacancy.status_code == 201, vacancy.text
    return household_id, vacancy.json()["id"]


def _ranked_homes(http: httpx.Client, stack: Stack, referral_id: str) -> list[dict] | None:
    response = http.get(
        f"{stack['matching'].url}/v1/referrals/{referral_id}/matches", headers=OFFICER
    )
    if response.status_code == 409:  # matching has not read the referral yet
        assert response.json()["type"].endswith("/not-yet-available"), response.text
        assert int(response.headers["Retry-After"]) >= 1
        return None
    assert response.status_code == 200, response.text
    if response.json()["provisional"]:  # the progress step is not read from the feed yet
        return None
    return response.json()["homes"]


def _referrals_for_place(http: httpx.Client, stack: Stack, vacancy_id: str) -> set[str]:
    response = http.get(
        f"{stack['matching'].url}/v1/vacancies/{vacancy_id}/matches", headers=OFFICER
    )
    if response.status_code == 409:  # matching has not read the place yet
        assert response.json()["type"].endswith("/not-yet-available"), response.text
        return set()
    assert response.status_code == 200, response.text
    return {r["referral_id"] for r in response.json()["referrals"]}


def _decide(http: httpx.Client, stack: Stack, path: str, body: dict) -> dict:
    response = http.post(f"{stack['matching'].url}{path}", json=body, headers=OFFICER)
    assert response.status_code in (200, 201), response.text
    return response.json()


class TestFromReferralToAgreedMatch:
    def test_an_officer_takes_a_referral_to_a_match_ready_for_an_offer(self, stack, http):
        referrals = stack["referrals"].url
        http.put(
            f"{referrals}/v1/agencies/{AGENCY}", json={"name": "Oakfield"}, headers=OPERATOR
        ).raise_for_status()
        referral_id = _send_referral(http, stack, 1)
        household_id, vacancy_id = _open_place(http, stack, 1)

        homes = eventually(
            lambda: [
                h
                for h in _ranked_homes(http, stack, referral_id) or []
                if h["holder_id"] == household_id
            ]
        )
        assert homes[0]["vacancy_ids"] == [vacancy_id]

        proposed = _decide(
            http, stack, "/v1/matches", {"referral_id": referral_id, "vacancy_id": vacancy_id}
        )
        assert (proposed["status"], proposed["hold"]) == ("proposed", "held")
        match = f"/v1/matches/{proposed['id']}"
        agreed = _decide(
            http, stack, f"{match}/ssw-decision", {"agrees": True, "reason": "Knows this age well"}
        )
        assert agreed["status"] == "awaiting_carer"
        accepted = _decide(http, stack, f"{match}/carer-decision", {"accepts": True})
        assert accepted["status"] == "ready_for_offer"
        assert [(s["step"], s["outcome"]) for s in accepted["steps"]] == [
            ("proposed", "proposed"),
            ("ssw_decision", "agreed"),
            ("carer_decision", "accepted"),
            ("ready_for_offer", "ready"),
        ]

        place = http.get(f"{stack['vacancies'].url}/v1/vacancies/{vacancy_id}", headers=OFFICER)
        assert (place.json()["state"], place.json()["referral_id"]) == ("on_hold", referral_id)
        held = [
            line
            for line in stack["vacancies"].log_lines()
            if line.get("event") == "http.request" and line.get("route", "").endswith("/hold")
        ]
        assert [(h["status"], h["caller_kind"], h["client_id"]) for h in held] == [
            (200, "service", "hearth-matching")
        ]

    def test_a_carer_becoming_free_shows_the_referrals_that_fit(self, stack, http):
        waiting = {_send_referral(http, stack, seed) for seed in (2, 3)}
        _, vacancy_id = _open_place(http, stack, 2)
        found = eventually(lambda: waiting <= _referrals_for_place(http, stack, vacancy_id))
        assert found

    def test_matching_catches_up_after_a_restart(self, stack, http):
        _, vacancy_id = _open_place(http, stack, 3)
        eventually(lambda: _referrals_for_place(http, stack, vacancy_id))
        assert stack["matching"].stop() == -signal.SIGTERM
        sent_while_down = {_send_referral(http, stack, seed) for seed in (4, 5, 6)}
        _, opened_while_down = _open_place(http, stack, 4)
        stack["matching"].start()
        eventually(lambda: sent_while_down <= _referrals_for_place(http, stack, vacancy_id))
        eventually(lambda: sent_while_down <= _referrals_for_place(http, stack, opened_while_down))
        for referral_id in sent_while_down:
            assert _ranked_homes(http, stack, referral_id)


def _agency_registered(http: httpx.Client, stack: Stack) -> None:
    http.put(
        f"{stack['referrals'].url}/v1/agencies/{AGENCY}",
        json={"name": "Oakfield"},
        headers=OPERATOR,
    ).raise_for_status()


def _ranked_places(http: httpx.Client, stack: Stack, referral_id: str) -> set[str] | None:
    homes = _ranked_homes(http, stack, referral_id)
    return None if homes is None else {v for h in homes for v in h["vacancy_ids"]}


class TestAMatchEnds:
    def test_a_withdrawal_after_ready_for_offer_closes_the_match_and_frees_the_place(
        self, stack, http
    ):
        _agency_registered(http, stack)
        referral_id = _send_referral(http, stack, 20)
        _, vacancy_id = _open_place(http, stack, 20)
        eventually(lambda: vacancy_id in (_ranked_places(http, stack, referral_id) or set()))
        proposed = _decide(
            http, stack, "/v1/matches", {"referral_id": referral_id, "vacancy_id": vacancy_id}
        )
        match = f"/v1/matches/{proposed['id']}"
        _decide(http, stack, f"{match}/ssw-decision", {"agrees": True, "reason": "Good fit"})
        ready = _decide(http, stack, f"{match}/carer-decision", {"accepts": True})
        assert ready["status"] == "ready_for_offer"

        withdrawn = http.post(
            f"{stack['referrals'].url}/v1/referrals/{referral_id}/withdraw",
            json={"reason": "Placed with family"},
            headers=LA,
        )
        assert withdrawn.status_code == 200, withdrawn.text

        def closed() -> dict | None:
            read = http.get(f"{stack['matching'].url}{match}", headers=OFFICER).json()
            return read if read["status"] == "closed" else None

        ended = eventually(closed)
        assert ended["hold"] == "released"
        assert (ended["steps"][-1]["step"], ended["steps"][-1]["reason_code"]) == (
            "closed",
            "referral_withdrawn",
        )
        place = http.get(f"{stack['vacancies'].url}/v1/vacancies/{vacancy_id}", headers=OFFICER)
        assert (place.json()["state"], place.json()["referral_id"]) == ("available", None)
        late = http.post(
            f"{stack['matching'].url}{match}/carer-decision",
            json={"accepts": True},
            headers=OFFICER,
        )
        assert late.status_code == 409, late.text
        assert late.headers["content-type"] == "application/problem+json"

    def test_a_place_deleted_while_ranked_leaves_the_ranking_and_cannot_be_held(self, stack, http):
        _agency_registered(http, stack)
        referral_id = _send_referral(http, stack, 21)
        _, vacancy_id = _open_place(http, stack, 21)
        eventually(lambda: vacancy_id in (_ranked_places(http, stack, referral_id) or set()))
        vacancies = stack["vacancies"].url
        read = http.get(f"{vacancies}/v1/vacancies/{vacancy_id}", headers=OFFICER)
        deleted = http.delete(
            f"{vacancies}/v1/vacancies/{vacancy_id}",
            headers={**OFFICER, "If-Match": read.headers["ETag"]},
        )
        assert deleted.status_code == 204, deleted.text

        def gone_from_ranking() -> bool:
            ranked = _ranked_places(http, stack, referral_id)
            return ranked is not None and vacancy_id not in ranked

        eventually(gone_from_ranking)
        refused = http.post(
            f"{stack['matching'].url}/v1/matches",
            json={"referral_id": referral_id, "vacancy_id": vacancy_id},
            headers=OFFICER,
        )
        assert refused.status_code in (404, 410), refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        assert "Retry-After" not in refused.headers
