"""Two running services over real HTTP: vacancies asks referrals before holding a bed.

Both services run as their own processes (their console scripts, as in production),
each with its own PostgreSQL database. The test follows one request id from the
officer's call into vacancies, through vacancies' call to referrals with a service
token, into referrals' log line and its audit log.
"""

from __future__ import annotations

import asyncio
import signal
import uuid
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa
from cross_service.records import TODAY
from cross_service.stack import Stack
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.examples import example_referral
from hearth_kit.tables import audit_log
from hearth_kit.testing import Tokens
from sqlalchemy.ext.asyncio import create_async_engine

AGENCY = "hearthside-fostering"
KENT = "E10000016"


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    stack = Stack("xsvc", tmp_path_factory.mktemp("xsvc"), ("referrals", "vacancies"))
    stack.start()
    yield {
        "referrals": stack["referrals"],
        "vacancies": stack["vacancies"],
        "referrals_db": stack.databases["referrals"],
    }
    exit_codes = stack.stop()
    # Uvicorn finishes in-flight work on SIGTERM, runs the shutdown hooks, then re-raises
    # the signal so the parent sees why it stopped (-15); the log shows it was clean.
    assert exit_codes == {"vacancies": -signal.SIGTERM, "referrals": -signal.SIGTERM}
    for service in stack.services.values():
        assert "service.stopped" in [line.get("event") for line in service.log_lines()]


def test_a_hold_is_checked_with_referrals_over_http_with_the_request_id_and_a_service_token(
    running,
):
    referrals, vacancies = running["referrals"], running["vacancies"]
    tokens = Tokens()
    operator = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
    la = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT])
    officer = tokens.headers(
        CallerKind.AGENCY, AGENCY, [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE]
    )
    with httpx.Client(timeout=10) as http:
        http.put(
            f"{referrals.url}/v1/agencies/{AGENCY}", json={"name": "Hearthside"}, headers=operator
        ).raise_for_status()
        sent = http.post(
            f"{referrals.url}/v1/referrals",
            json=example_referral(71, agency_ids=[AGENCY], referral_date=TODAY),
            headers={**la, "Idempotency-Key": "xsvc-71"},
        )
        assert sent.status_code == 201, sent.text
        referral_id = sent.json()["id"]
        household = http.post(
            f"{vacancies.url}/v1/households",
            headers=officer,
            json={
                "name": "Rowan household",
                "carers": [{"name": "Sam Carer"}],
                "approval": {
                    "age_min": 0,
                    "age_max": 17,
                    "children": 3,
                    "placement_kinds": ["emergency", "short_term", "long_term"],
                },
                "bedrooms": 3,
                "postcode": "M1 1AE",
                "supervising_social_worker": {"name": "Alex Worker"},
            },
        )
        assert household.status_code == 201, household.text
        vacancy = http.post(
            f"{vacancies.url}/v1/vacancies",
            headers=officer,
            json={
                "household_id": household.json()["id"],
                "available_from": (TODAY + timedelta(days=1)).isoformat(),
                "age_min": 0,
                "age_max": 17,
                "placement_kinds": ["short_term"],
            },
        )
        assert vacancy.status_code == 201, vacancy.text
        request_id = f"xsvc-{uuid.uuid4().hex}"
        held = http.post(
            f"{vacancies.url}/v1/vacancies/{vacancy.json()['id']}/hold",
            json={"referral_id": referral_id},
            headers={**officer, "X-Request-ID": request_id},
        )
        assert held.status_code == 200, held.text
        assert held.headers["X-Request-ID"] == request_id
        assert held.json()["state"] == "on_hold"

    # The referrals service saw vacancies' call: same request id, as a service caller.
    seen = [
        line
        for line in referrals.log_lines()
        if line.get("event") == "http.request" and line.get("request_id") == request_id
    ]
    assert [
        (line["route"], line["status"], line["caller_kind"], line["client_id"]) for line in seen
    ] == [("/v1/referrals/{referral_id}", 200, "service", "hearth-vacancies")]

    # ...and its audit log records who read the child's record, under that request id.
    async def audited() -> list[tuple]:
        engine = create_async_engine(running["referrals_db"].url)
        async with engine.connect() as connection:
            rows = await connection.execute(
                sa.select(
                    audit_log.c.action,
                    audit_log.c.record_id,
                    audit_log.c.actor_kind,
                    audit_log.c.actor_subject,
                ).where(audit_log.c.request_id == request_id, audit_log.c.record_type == "referral")
            )
            result = [tuple(row) for row in rows]
        await engine.dispose()
        return result

    assert asyncio.run(audited()) == [("read", referral_id, "service", "hearth-vacancies")]


def test_a_hold_for_a_referral_that_does_not_exist_is_refused(running):
    vacancies = running["vacancies"]
    officer = Tokens().headers(
        CallerKind.AGENCY, AGENCY, [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE]
    )
    with httpx.Client(base_url=vacancies.url, timeout=10) as http:
        vacancy = http.get("/v1/vacancies", headers=officer).json()["items"][0]
        refused = http.post(
            f"/v1/vacancies/{vacancy['id']}/reserve",
            headers=officer,
            json={"referral_id": str(uuid.uuid4())},
        )
    assert refused.status_code in (409, 422), refused.text
