"""Issue 17 done: webhooks from a real referrals process to a real receiver process.

Referrals runs on PostgreSQL as its own process; the receiver (``webhook_receiver.py``)
is another, verifying every signature with the ``standardwebhooks`` library. Two LAs
subscribe; the receiver is stopped while events keep happening, then started again:
every event arrives, none lost, each tenant gets its own only, in order per referral,
and a duplicate (a replay) carries the same ``webhook-id``. A second referrals process
under production settings refuses endpoints on private addresses and plain http.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import jwt
import pytest
from cross_service.stack import Service, eventually, free_port
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import PostgresDatabase, Tokens
from referrals_testkit import AGENCY_A, KENT, MEDWAY, agency_headers, referral_body

RECEIVER = Path(__file__).with_name("webhook_receiver.py")
tokens = Tokens()
LAS = {
    KENT: tokens.headers(
        CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT, Scope.WEBHOOKS_MANAGE], subject="kent"
    ),
    MEDWAY: tokens.headers(
        CallerKind.LA, MEDWAY, [Scope.REFERRALS_SUBMIT, Scope.WEBHOOKS_MANAGE], subject="medway"
    ),
}
PATHS = {KENT: "/kent", MEDWAY: "/medway"}
OFFICER = agency_headers(tokens, AGENCY_A)
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN, Scope.EVENTS_READ])


def _database(tag: str) -> PostgresDatabase:
    from hearth_referrals.app import MIGRATIONS
    from hearth_referrals.models import Base

    return PostgresDatabase(f"hearth_{tag}_{uuid.uuid4().hex[:6]}", MIGRATIONS, [Base.metadata])


class Receiver:
    """The receiver's process: stopped and started again on the same port and file."""

    def __init__(self, directory: Path, port: int, secrets: dict[str, str]) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        self.secrets = directory / "secrets.json"
        self.secrets.write_text(json.dumps(secrets))
        self.out = directory / "received.jsonl"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [sys.executable, str(RECEIVER), "--port", str(self.port)]
        command += ["--secrets", str(self.secrets), "--out", str(self.out)]
        self.process = subprocess.Popen(command)
        eventually(self._listening, within=15)

    def _listening(self) -> bool:
        try:
            httpx.get(self.url, timeout=0.5)
            return True
        except httpx.TransportError:
            return False

    def stop(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)
        self.process = None

    def received(self) -> list[dict]:
        if not self.out.exists():
            return []
        return [json.loads(line) for line in self.out.read_text().splitlines() if line]


@pytest.fixture(scope="module")
def referrals(tmp_path_factory):
    database = _database("xhooks")
    database.create()
    service = Service(
        "referrals",
        database.url,
        tmp_path_factory.mktemp("xhooks") / "referrals.log",
        WEBHOOKS_ALLOW_PRIVATE_ADDRESSES="true",
        WEBHOOKS_POLL_SECONDS="0.1",
    )
    try:
        service.start()
        httpx.put(
            f"{service.url}/v1/agencies/{AGENCY_A}", json={"name": "Agency A"}, headers=OPERATOR
        ).raise_for_status()
        yield service
    finally:  # also when it never became ready: no process or database is left behind
        if service.process is not None:
            service.stop()
        database.drop()


def _send_and_acknowledge(http: httpx.Client, la: str, seed: int) -> str:
    sent = http.post(
        "/v1/referrals",
        json=referral_body(seed, agency_ids=(AGENCY_A,)),
        headers={**LAS[la], "Idempotency-Key": f"xhooks-{seed}"},
    )
    assert sent.status_code == 201, sent.text
    referral_id = sent.json()["id"]
    acknowledged = http.post(f"/v1/referrals/{referral_id}/acknowledge", headers=OFFICER)
    assert acknowledged.status_code == 200, acknowledged.text
    return referral_id


def _feed(http: httpx.Client) -> list[dict]:
    events, after = [], None
    while True:
        params = {"limit": 1000, **({"after": after} if after else {})}
        page = http.get("/v1/events", params=params, headers=OPERATOR).json()
        events += page["items"]
        if not page["items"]:
            return events
        after = page["next_cursor"]


def _arrived(receiver: Receiver, expected: dict[str, list[dict]]) -> bool:
    ids = {r["webhook_id"] for r in receiver.received()}
    return all(e["event_id"] in ids for events in expected.values() for e in events)


class TestWebhooksOverHttp:
    def test_every_event_arrives_signed_once_the_receiver_is_back_in_order_per_subject(
        self, referrals, tmp_path
    ):
        port = free_port()
        receiver_url = f"http://127.0.0.1:{port}"
        http = httpx.Client(base_url=referrals.url, timeout=10)
        secrets, subscriptions = {}, {}
        for la, path in PATHS.items():
            created = http.post(
                "/v1/webhooks",
                json={"url": f"{receiver_url}{path}", "event_types": ["referral.*"]},
                headers=LAS[la],
            )
            assert created.status_code == 201, created.text
            secrets[path] = created.json()["secret"]
            subscriptions[la] = created.json()["id"]
        receiver = Receiver(tmp_path, port, secrets)
        receiver.start()
        owned: dict[str, set[str]] = {KENT: set(), MEDWAY: set()}
        for seed in range(1, 4):
            owned[KENT].add(_send_and_acknowledge(http, KENT, seed))
            owned[MEDWAY].add(_send_and_acknowledge(http, MEDWAY, 100 + seed))
        first = {la: [e for e in _feed(http) if e["subject_id"] in owned[la]] for la in PATHS}
        eventually(lambda: _arrived(receiver, first), within=30)

        receiver.stop()
        for seed in range(4, 7):
            owned[KENT].add(_send_and_acknowledge(http, KENT, seed))
        owned[MEDWAY].add(_send_and_acknowledge(http, MEDWAY, 200))
        time.sleep(3)  # deliveries fail meanwhile and are retried later
        receiver.start()

        expected = {
            la: [e for e in _feed(http) if e["subject_id"] in owned[la]] for la in (KENT, MEDWAY)
        }
        assert len(expected[KENT]) >= 12 and len(expected[MEDWAY]) >= 8

        eventually(lambda: _arrived(receiver, expected), within=90, every=0.5)
        # A replay is a duplicate its receiver recognises by webhook-id.
        log = http.get(f"/v1/webhooks/{subscriptions[KENT]}/deliveries", headers=LAS[KENT])
        replayed = log.json()["items"][-1]
        again = http.post(
            f"/v1/webhooks/{subscriptions[KENT]}/deliveries/{replayed['id']}/replay",
            headers=LAS[KENT],
        )
        assert again.status_code == 202, again.text
        eventually(
            lambda: sum(r["webhook_id"] == replayed["webhook_id"] for r in receiver.received()) >= 2
        )
        receiver.stop()

        received = receiver.received()
        assert all(r["verified"] for r in received), "a signature did not verify"
        for la, path in PATHS.items():
            got = [r for r in received if r["path"] == path]
            assert {r["body"]["data"]["subject_id"] for r in got} <= owned[la]  # its own only
            first_seen = list(dict.fromkeys(r["webhook_id"] for r in got))
            assert sorted(first_seen) == sorted(e["event_id"] for e in expected[la])
            for subject in owned[la]:  # in feed order, per referral
                order = [e["event_id"] for e in expected[la] if e["subject_id"] == subject]
                assert [i for i in first_seen if i in order] == order
            for r in got:
                assert r["body"]["data"]["link"].endswith(r["body"]["data"]["subject_id"])
        copies = [r for r in received if r["webhook_id"] == replayed["webhook_id"]]
        assert len({json.dumps(c["body"], sort_keys=True) for c in copies}) == 1
        logged = referrals.log_path.read_text()
        assert "whsec_" not in logged


def _rsa_keys(directory: Path) -> tuple[Path, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = directory / "jwt-public.pem"
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return public, private


class TestProductionSettings:
    def test_endpoints_on_private_addresses_and_plain_http_are_refused(self, tmp_path):
        database = _database("xhooksprod")
        database.create()
        public, private = _rsa_keys(tmp_path)
        service = Service(
            "referrals",
            database.url,
            tmp_path / "referrals.log",
            ENVIRONMENT="production",
            JWT_ALGORITHMS='["RS256"]',
            JWT_PUBLIC_KEY_FILE=str(public),
            JWT_ISSUER="https://idp.example",
            RATE_LIMIT_STORAGE="redis://127.0.0.1:6379/0",  # production refuses memory://
        )
        for name in ("REFERRALS_CLOCK_START", "REFERRALS_JWT_SECRET"):
            service.env.pop(name)
        try:
            service.start()
            claims = jwt.decode(
                tokens.mint(CallerKind.LA, KENT, [Scope.WEBHOOKS_MANAGE]),
                options={"verify_signature": False},
            )
            token = jwt.encode(
                {**claims, "iss": "https://idp.example"},
                private,
                algorithm="RS256",
                headers={"typ": "at+jwt"},
            )
            auth = {"Authorization": f"Bearer {token}"}
            for url in (
                "https://127.0.0.1/hooks",
                "https://localhost/hooks",
                "https://10.1.2.3/hooks",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hooks",
                "http://hooks.example/plain-http",
            ):
                refused = httpx.post(
                    f"{service.url}/v1/webhooks",
                    json={"url": url, "event_types": ["*"]},
                    headers=auth,
                    timeout=10,
                )
                assert refused.status_code == 422, (url, refused.text)
                assert refused.json()["type"].endswith("/webhook-url-refused"), url
        finally:
            if service.process is not None:
                service.stop()
            database.drop()
