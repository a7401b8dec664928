"""An orphaned hold (issue 13, item 10): vacancies frozen (SIGSTOP) while matching holds a
place. The proposal answers 503 within the hold's stated timeouts; when vacancies resumes
the place is held with no match, and matching's reconciler releases it within grace +
interval, logging ``hold.orphan_released`` and counting it in /metrics.

Three running services on PostgreSQL, over HTTP; nothing sleeps for time, it polls.
"""

from __future__ import annotations

import signal
import time

import httpx
import pytest
from cross_service.records import KENT, fitting_household, fitting_referral, vacancy_for
from cross_service.stack import Stack, eventually
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens

AGENCY = "oakfield-fostering"
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
SCRAPER = tokens.headers(CallerKind.SERVICE, None, [Scope.METRICS_READ])
LA = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT])
OFFICER = tokens.headers(
    CallerKind.AGENCY,
    AGENCY,
    [
        Scope.VACANCIES_READ,
        Scope.VACANCIES_MANAGE,
        Scope.MATCHING_READ,
        Scope.MATCHING_DECIDE,
        Scope.REFERRALS_READ,
        Scope.REFERRALS_SCREEN,
    ],
    subject="placement-officer",
)
GRACE, INTERVAL = 2.0, 0.5
COUNTER = "hearth_matching_orphan_holds_released_total"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = Stack(
        "xorphan",
        tmp_path_factory.mktemp("xorphan"),
        HOLD_RECONCILE_SECONDS=str(INTERVAL),
        HOLD_RECONCILE_GRACE_SECONDS=str(GRACE),
    )
    running.start()
    yield running
    exit_codes = running.stop()
    assert set(exit_codes.values()) == {-signal.SIGTERM}, exit_codes


@pytest.fixture(scope="module")
def http():
    with httpx.Client(timeout=30) as client:
        yield client


def _ranked_places(http: httpx.Client, stack: Stack, referral_id: str) -> set[str]:
    response = http.get(
        f"{stack['matching'].url}/v1/referrals/{referral_id}/matches", headers=OFFICER
    )
    if response.status_code == 409:  # not read from the feed yet
        return set()
    assert response.status_code == 200, response.text
    if response.json()["provisional"]:  # the progress step is not read from the feed yet
        return set()
    return {v for home in response.json()["homes"] for v in home["vacancy_ids"]}


def _place(http: httpx.Client, stack: Stack, vacancy_id: str) -> dict:
    read = http.get(f"{stack['vacancies'].url}/v1/vacancies/{vacancy_id}", headers=OFFICER)
    assert read.status_code == 200, read.text
    return read.json()


def _released_count(http: httpx.Client, stack: Stack) -> float:
    scraped = http.get(f"{stack['matching'].url}/metrics", headers=SCRAPER)
    assert scraped.status_code == 200, scraped.text
    for line in scraped.text.splitlines():
        if line.startswith(COUNTER + " "):
            return float(line.split()[1])
    return 0.0


def _ready_to_propose(http: httpx.Client, stack: Stack) -> tuple[str, str]:
    http.put(
        f"{stack['referrals'].url}/v1/agencies/{AGENCY}",
        json={"name": "Oakfield"},
        headers=OPERATOR,
    ).raise_for_status()
    sent = http.post(
        f"{stack['referrals'].url}/v1/referrals",
        json=fitting_referral(40, AGENCY),
        headers={**LA, "Idempotency-Key": "xorphan-40"},
    )
    assert sent.status_code == 201, sent.text
    referral_id = sent.json()["id"]
    for step in ("acknowledge", "progress"):  # screened: matching may propose for it
        screened = http.post(
            f"{stack['referrals'].url}/v1/referrals/{referral_id}/{step}", headers=OFFICER
        )
        assert screened.status_code == 200, screened.text
    vacancies = stack["vacancies"].url
    body = fitting_household(40)
    household = http.post(f"{vacancies}/v1/households", json=body, headers=OFFICER)
    assert household.status_code == 201, household.text
    vacancy = http.post(
        f"{vacancies}/v1/vacancies",
        json=vacancy_for(household.json()["id"], body),
        headers=OFFICER,
    )
    assert vacancy.status_code == 201, vacancy.text
    vacancy_id = vacancy.json()["id"]
    eventually(lambda: vacancy_id in _ranked_places(http, stack, referral_id))
    return referral_id, vacancy_id


class TestAnOrphanedHold:
    def test_a_hold_placed_after_matching_gave_up_is_released_by_the_reconciler(self, stack, http):
        referral_id, vacancy_id = _ready_to_propose(http, stack)
        vacancies = stack["vacancies"].process
        assert vacancies is not None
        vacancies.send_signal(signal.SIGSTOP)
        try:
            started = time.monotonic()
            proposed = http.post(
                f"{stack['matching'].url}/v1/matches",
                json={"referral_id": referral_id, "vacancy_id": vacancy_id},
                headers=OFFICER,
            )
            waited = time.monotonic() - started
        finally:
            vacancies.send_signal(signal.SIGCONT)
        assert proposed.status_code == 503, proposed.text
        assert proposed.headers["content-type"] == "application/problem+json"
        # Two attempts of at most 2.5 s each (1 s to connect), not three of 5 s.
        assert waited < 8, waited

        # Vacancies, resumed, handles the hold it was sent while frozen: the orphan.
        def hold_answered() -> list[dict]:
            return [
                line
                for line in stack["vacancies"].log_lines()
                if line.get("event") == "http.request"
                and line.get("route", "").endswith("/hold")
                and line.get("status") == 200
            ]

        assert [h["client_id"] for h in eventually(hold_answered)] == ["hearth-matching"]

        def released() -> dict | None:
            place = _place(http, stack, vacancy_id)
            return place if place["state"] == "available" else None

        # Within grace + interval of the hold (the processes' clocks, each started at the
        # tests' instant, differ by their start-up gap: hence the margin).
        place = eventually(released, within=GRACE + INTERVAL + 20)
        assert (place["referral_id"], place["held_by"]) == (None, None)
        assert _released_count(http, stack) == 1
        orphan_logs = [
            line
            for line in stack["matching"].log_lines()
            if line.get("event") == "hold.orphan_released"
        ]
        assert [(o["vacancy_id"], o["referral_id"]) for o in orphan_logs] == [
            (vacancy_id, referral_id)
        ]
        listed = http.get(
            f"{stack['matching'].url}/v1/referrals/{referral_id}/proposed-matches",
            headers=OFFICER,
        )
        assert listed.status_code == 200 and listed.json() == [], listed.text
