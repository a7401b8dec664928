"""Two running services over real HTTP: vacancies asks referrals before holding a bed.

Both services run as their own processes (their console scripts, as in production),
each with its own PostgreSQL database. The test follows one request id from the
officer's call into vacancies, through vacancies' call to referrals with a service
token, into referrals' log line and its audit log.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.examples import example_referral
from hearth_kit.tables import audit_log
from hearth_kit.testing import TEST_SECRET, PostgresDatabase, Tokens
from hearth_referrals.app import MIGRATIONS as REFERRALS_MIGRATIONS
from hearth_referrals.models import Base as ReferralsBase
from hearth_vacancies.app import MIGRATIONS as VACANCIES_MIGRATIONS
from hearth_vacancies.models import Base as VacanciesBase
from sqlalchemy.ext.asyncio import create_async_engine

AGENCY = "hearthside-fostering"
KENT = "E10000016"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Service:
    def __init__(self, name: str, database_url: str, log_path: Path, **env: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        prefix = name.upper() + "_"
        self.env = {
            **os.environ,
            f"{prefix}DATABASE_URL": database_url,
            f"{prefix}JWT_SECRET": TEST_SECRET,
            f"{prefix}RATE_LIMIT": "100000/minute",
            **{prefix + key: value for key, value in env.items()},
        }
        self.script = str(Path(sys.executable).with_name(f"hearth-{name}"))
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [self.script, "serve", "--port", str(self.port)],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_path.read_text()
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"{self.script} did not become ready")

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=30)
        self.log.close()
        return code

    def log_lines(self) -> list[dict]:
        return [
            json.loads(line)
            for line in self.log_path.read_text().splitlines()
            if line.startswith("{")
        ]


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    pid = os.getpid()
    referrals_db = PostgresDatabase(
        f"hearth_xsvc_referrals_{pid}", REFERRALS_MIGRATIONS, [ReferralsBase.metadata]
    )
    vacancies_db = PostgresDatabase(
        f"hearth_xsvc_vacancies_{pid}", VACANCIES_MIGRATIONS, [VacanciesBase.metadata]
    )
    referrals_db.create()
    vacancies_db.create()
    logs = tmp_path_factory.mktemp("xsvc")
    referrals = Service("referrals", referrals_db.url, logs / "referrals.log")
    referrals.start()
    vacancies = Service(
        "vacancies", vacancies_db.url, logs / "vacancies.log", REFERRALS_URL=referrals.url
    )
    vacancies.start()
    yield {"referrals": referrals, "vacancies": vacancies, "referrals_db": referrals_db}
    exit_codes = (vacancies.stop(), referrals.stop())
    referrals_db.drop()
    vacancies_db.drop()
    # Uvicorn finishes in-flight work on SIGTERM, runs the shutdown hooks, then re-raises
    # the signal so the parent sees why it stopped (-15); the log shows it was clean.
    assert exit_codes == (-signal.SIGTERM, -signal.SIGTERM)
    for service in (referrals, vacancies):
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
            json=example_referral(71, agency_ids=[AGENCY]),
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
                "available_from": (date.today() + timedelta(days=1)).isoformat(),
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

    import asyncio

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
