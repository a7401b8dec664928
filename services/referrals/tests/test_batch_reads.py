"""Batch reads: matching reads the referrals a batch of the feed names in one call."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import ReferralsClient
from hearth_kit.tables import audit_log
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send


@pytest.fixture
def service(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.SERVICE, None, [Scope.REFERRALS_READ], subject="hearth-matching"
    )


@pytest.fixture
async def two_referrals(client, la_headers, agencies) -> list[str]:
    """One referral sent to agency A, one to agency B."""
    ids = []
    for seed, agency_id in ((61, AGENCY_A), (62, AGENCY_B)):
        created = await send(client, la_headers, referral_body(seed=seed, agency_ids=(agency_id,)))
        ids.append(created.json()["id"])
    return ids


async def _reads(app, request_id: str) -> list[str]:
    async with app.state.database.system_session("test") as session:
        rows = await session.execute(
            sa.select(audit_log.c.record_id).where(
                audit_log.c.request_id == request_id,
                audit_log.c.action == "read",
                audit_log.c.record_type == "referral",
            )
        )
        return sorted(rows.scalars())


class TestBatchGetReferrals:
    async def test_a_service_reads_each_as_its_single_get_shows_it(
        self, app, client, service, two_referrals
    ):
        gone = str(uuid.uuid4())
        audit_inserts = []

        def count(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
                audit_inserts.append(statement)

        engine = app.state.database.engine.sync_engine
        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            response = await client.post(
                "/v1/referrals:batch-get",
                json={"ids": [two_referrals[1], gone, two_referrals[0]]},
                headers={**service, "X-Request-ID": "ref-batch-0001"},
            )
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        assert [item["id"] for item in items] == [two_referrals[1], two_referrals[0]]
        assert response.json()["missing"] == [gone]
        single = await client.get(f"/v1/referrals/{two_referrals[0]}", headers=service)
        assert items[1] == single.json()
        assert single.headers["ETag"] == f'"{items[1]["version"]}"'
        assert await _reads(app, "ref-batch-0001") == sorted(two_referrals)
        assert len(audit_inserts) == 1

    async def test_an_agency_sees_only_the_referrals_sent_to_it(
        self, client, agency_a, two_referrals
    ):
        response = await client.post(
            "/v1/referrals:batch-get", json={"ids": two_referrals}, headers=agency_a
        )
        assert [item["id"] for item in response.json()["items"]] == [two_referrals[0]]
        assert [s["agency_id"] for s in response.json()["items"][0]["screening"]] == [AGENCY_A]
        assert response.json()["missing"] == [two_referrals[1]]

    async def test_the_typed_client_reads_a_batch(self, client, tokens, two_referrals):
        token = tokens.mint(CallerKind.SERVICE, None, [Scope.REFERRALS_READ])
        batch = await ReferralsClient(client, lambda: token).batch_get_referrals(two_referrals)
        assert sorted(r.id for r in batch.items) == sorted(two_referrals)
        assert batch.missing == []


class TestBatchGetReferralsRefusals:
    @pytest.mark.parametrize(
        "body",
        [
            {"ids": []},
            {"ids": ["../etc/passwd"]},
            {"ids": [str(uuid.uuid4()) for _ in range(1001)]},
            {"referral_ids": [str(uuid.uuid4())]},
        ],
    )
    async def test_bad_input_is_a_problem_and_reads_nothing(self, app, client, service, body):
        response = await client.post(
            "/v1/referrals:batch-get",
            json=body,
            headers={**service, "X-Request-ID": "ref-batch-bad1"},
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert await _reads(app, "ref-batch-bad1") == []

    async def test_a_partner_is_refused(self, client, tokens):
        partner = tokens.headers(CallerKind.PARTNER, AGENCY_A, [Scope.REFERRALS_READ])
        response = await client.post(
            "/v1/referrals:batch-get", json={"ids": [str(uuid.uuid4())]}, headers=partner
        )
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
