"""Denied attempts are kept as security events: who, what, when; never child data."""

from __future__ import annotations

import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.tables import audit_log
from referrals_testkit import AGENCY_A, AGENCY_B, KENT, agency_headers, referral_body, send


async def _denials(app) -> list[dict]:
    async with app.state.database.system_session("test") as session:
        rows = await session.execute(
            sa.select(audit_log).where(audit_log.c.action == "denied").order_by(audit_log.c.id)
        )
        return [dict(row._mapping) for row in rows]


async def _metric(client, tokens, reason: str) -> float:
    headers = tokens.headers(CallerKind.SERVICE, None, [Scope.METRICS_READ])
    text = (await client.get("/metrics", headers=headers)).text
    total = 0.0
    for line in text.splitlines():
        if line.startswith("hearth_security_denials_total{") and f'reason="{reason}"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


class TestCrossTenantAttempts:
    async def test_another_agencys_read_is_404_and_recorded(
        self, app, client, tokens, la_headers, agencies
    ):
        sent = await send(client, la_headers, referral_body(seed=3, agency_ids=(AGENCY_A,)))
        referral_id = sent.json()["id"]
        intruder = agency_headers(tokens, AGENCY_B, subject="officer-b")
        response = await client.get(f"/v1/referrals/{referral_id}", headers=intruder)
        assert response.status_code == 404
        [denial] = await _denials(app)
        assert (denial["record_type"], denial["record_id"]) == ("referral", referral_id)
        assert (denial["actor_kind"], denial["actor_tenant"], denial["actor_subject"]) == (
            "agency",
            AGENCY_B,
            "officer-b",
        )
        assert denial["at"] is not None
        assert await _metric(client, tokens, "cross_tenant") == 1

    async def test_a_referral_that_does_not_exist_is_not_a_security_event(
        self, app, client, tokens, agencies
    ):
        officer = agency_headers(tokens, AGENCY_B)
        missing = "00000000-0000-4000-8000-000000000000"
        assert (await client.get(f"/v1/referrals/{missing}", headers=officer)).status_code == 404
        assert await _denials(app) == []
        assert await _metric(client, tokens, "cross_tenant") == 0


class TestForbiddenOperations:
    async def test_a_missing_scope_is_403_and_recorded(self, app, client, tokens, agencies):
        reader = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_READ], subject="kent-1")
        body = referral_body(seed=4, agency_ids=(AGENCY_A,))
        response = await client.post("/v1/referrals", json=body, headers=reader)
        assert response.status_code == 403
        [denial] = await _denials(app)
        assert (denial["record_type"], denial["record_id"]) == ("operation", "POST /v1/referrals")
        assert (denial["actor_kind"], denial["actor_tenant"]) == ("la", KENT)
        assert await _metric(client, tokens, "forbidden") == 1
