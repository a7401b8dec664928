"""Deny by default: who can see and do what, across every kind of caller and tenant."""

from __future__ import annotations

import time

import jwt
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import TEST_SECRET
from referrals_testkit import AGENCY_A, AGENCY_B, KENT, MEDWAY, agency_headers, referral_body, send

READ = [Scope.REFERRALS_READ]


@pytest.fixture
async def kent_referral(client, la_headers, agencies) -> str:
    """A Kent referral sent to agency A only."""
    return (await send(client, la_headers, referral_body(seed=11, agency_ids=(AGENCY_A,)))).json()[
        "id"
    ]


def caller(tokens, name: str) -> dict[str, str]:
    return {
        "kent": tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT, *READ]),
        "medway": tokens.headers(CallerKind.LA, MEDWAY, [Scope.REFERRALS_SUBMIT, *READ]),
        "agency_a": agency_headers(tokens, AGENCY_A),
        "agency_b": agency_headers(tokens, AGENCY_B),
        "partner_a": tokens.headers(CallerKind.PARTNER, AGENCY_A, [*READ, Scope.REFERRALS_SCREEN]),
        "service": tokens.headers(CallerKind.SERVICE, None, READ),
    }[name]


# (caller, can read the Kent referral sent to agency A)
VISIBILITY = [
    ("kent", True),
    ("medway", False),
    ("agency_a", True),
    ("agency_b", False),
    ("service", True),
]


class TestTenantIsolation:
    @pytest.mark.parametrize(("who", "sees"), VISIBILITY)
    async def test_each_caller_sees_only_its_own(self, client, tokens, kent_referral, who, sees):
        headers = caller(tokens, who)
        response = await client.get(f"/v1/referrals/{kent_referral}", headers=headers)
        assert response.status_code == (200 if sees else 404)
        for sub in ("history", "information-requests", "placements-standard"):
            sub_response = await client.get(f"/v1/referrals/{kent_referral}/{sub}", headers=headers)
            assert sub_response.status_code == (200 if sees else 404), sub
        if who != "service":
            listed = (await client.get("/v1/referrals", headers=headers)).json()["items"]
            assert [r["id"] for r in listed] == ([kent_referral] if sees else [])

    async def test_partner_tokens_cannot_read_referrals(self, client, tokens, kent_referral):
        response = await client.get(
            f"/v1/referrals/{kent_referral}", headers=caller(tokens, "partner_a")
        )
        assert response.status_code == 403

    async def test_other_agency_cannot_screen_or_ask(self, client, tokens, kent_referral):
        headers = caller(tokens, "agency_b")
        for step in ("acknowledge", "progress"):
            response = await client.post(f"/v1/referrals/{kent_referral}/{step}", headers=headers)
            assert response.status_code == 404
        asked = await client.post(
            f"/v1/referrals/{kent_referral}/information-requests",
            json={"questions": [{"topic": "x", "text": "y"}]},
            headers=headers,
        )
        assert asked.status_code == 404

    async def test_other_la_cannot_amend_or_withdraw(self, client, tokens, kent_referral):
        headers = caller(tokens, "medway")
        patched = await client.patch(
            f"/v1/referrals/{kent_referral}",
            json={"la_reference": "x"},
            headers={**headers, "If-Match": '"1"'},
        )
        assert patched.status_code == 404
        withdrawn = await client.post(
            f"/v1/referrals/{kent_referral}/withdraw", json={"reason": "x"}, headers=headers
        )
        assert withdrawn.status_code == 404

    async def test_agency_never_sees_another_agencys_screening(
        self, client, la_headers, tokens, agencies
    ):
        both = (
            await send(client, la_headers, referral_body(agency_ids=(AGENCY_A, AGENCY_B)))
        ).json()
        await client.post(
            f"/v1/referrals/{both['id']}/decline",
            json={"reason": "location", "note": "Too far"},
            headers=caller(tokens, "agency_b"),
        )
        seen = (
            await client.get(f"/v1/referrals/{both['id']}", headers=caller(tokens, "agency_a"))
        ).json()
        assert [s["agency_id"] for s in seen["screening"]] == [AGENCY_A]
        history = (
            await client.get(
                f"/v1/referrals/{both['id']}/history", headers=caller(tokens, "agency_a")
            )
        ).json()
        assert all(h["agency_id"] != AGENCY_B for h in history)
        sla = (await client.get("/v1/referrals/sla", headers=caller(tokens, "agency_a"))).json()
        assert sla["answered_today"] == 0

    async def test_the_la_cannot_see_agency_only_operations(
        self, client, la_headers, kent_referral
    ):
        assert (
            await client.post(f"/v1/referrals/{kent_referral}/acknowledge", headers=la_headers)
        ).status_code == 403
        assert (await client.get("/v1/referrals/sla", headers=la_headers)).status_code == 403
        assert (await client.get("/v1/events", headers=la_headers)).status_code == 403

    async def test_re_referral_links_never_cross_las(self, client, tokens, la_headers, agencies):
        body = referral_body(seed=21)
        await send(client, la_headers, body)
        medway = caller(tokens, "medway")
        again = dict(body, la_reference=body["la_reference"])
        linked = (await send(client, medway, again, key="medway-1")).json()
        assert linked["linked_referrals"] == []


def _token(**overrides) -> str:
    now = int(time.time())
    claims = {
        "iss": "hearth-local",
        "aud": "hearth",
        "sub": "x",
        "client_id": "c",
        "iat": now,
        "exp": now + 600,
        "scope": "referrals:read",
        "hearth_kind": "la",
        "hearth_tenant": KENT,
    }
    header = overrides.pop("header", {"typ": "at+jwt"})
    algorithm = overrides.pop("algorithm", "HS256")
    key = overrides.pop("key", TEST_SECRET)
    claims.update(overrides)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, key, algorithm=algorithm, headers=header)


BAD_TOKENS = [
    ("expired", _token(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200)),
    ("wrong audience", _token(aud="somebody-else")),
    ("wrong issuer", _token(iss="https://evil.example")),
    ("wrong key", _token(key="another-secret-that-is-long-enough-0123456789")),
    ("no expiry", _token(exp=None)),
    ("no client id", _token(client_id=None)),
    ("not an access token", _token(header={"typ": "JWT"})),
    ("unknown caller kind", _token(hearth_kind="admin")),
    ("no tenant", _token(hearth_tenant=None)),
    ("alg none", jwt.encode({"sub": "x"}, None, algorithm="none", headers={"typ": "at+jwt"})),
    ("garbage", "not.a.token"),
]


class TestAuthentication:
    @pytest.mark.parametrize(("case", "token"), BAD_TOKENS, ids=[c for c, _ in BAD_TOKENS])
    async def test_bad_tokens_are_401_with_www_authenticate(self, client, agencies, case, token):
        response = await client.get("/v1/referrals", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, case
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert response.headers["content-type"] == "application/problem+json"

    async def test_no_token_is_401(self, client):
        response = await client.get("/v1/referrals")
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == 'Bearer realm="hearth"'

    async def test_missing_scope_is_403_naming_it(self, client, tokens, agencies):
        headers = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_READ])
        response = await client.post(
            "/v1/referrals", json=referral_body(), headers={**headers, "Idempotency-Key": "k"}
        )
        assert response.status_code == 403
        assert "referrals:submit" in response.json()["detail"]

    async def test_health_needs_no_token(self, client):
        assert (await client.get("/livez")).json() == {"status": "ok"}
        assert (await client.get("/readyz")).json() == {"status": "ok"}


class TestReReferralAnswer:
    async def test_the_answer_shows_the_earlier_referral_as_a_read_does(
        self, client, la_headers, agencies
    ):
        body = referral_body(seed=22)
        first = (await send(client, la_headers, body, key="first-22")).json()
        again = await send(client, la_headers, body, key="again-22")
        assert again.status_code == 201
        shown = again.json()["linked_referrals"]
        assert [linked["referral_id"] for linked in shown] == [first["id"]]
        read = await client.get(f"/v1/referrals/{again.json()['id']}", headers=la_headers)
        assert read.json()["linked_referrals"] == shown
        replayed = await send(client, la_headers, body, key="again-22")
        assert replayed.json() == again.json()
