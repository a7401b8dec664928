"""Children's data: every read and change is audited; none of it reaches the logs."""

from __future__ import annotations

import io
import json

import pytest
import sqlalchemy as sa
from hearth_kit.logging import configure_logging
from hearth_kit.tables import audit_log
from referrals_testkit import AGENCY_A, referral_body, send
from sqlalchemy.exc import DBAPIError

CANARY_NAME = "Zebedee"
CANARY_SURNAME = "Quillfeather-Canary"
CANARY_DOB = "2013-07-19"


async def _audit_rows(app) -> list[dict]:
    async with app.state.database.system_session("test") as session:
        rows = await session.execute(sa.select(audit_log).order_by(audit_log.c.id))
        return [dict(r) for r in rows.mappings()]


class TestAudit:
    async def test_reads_and_changes_are_recorded_with_who_and_request_id(
        self, app, client, la_headers, agency_a, agencies
    ):
        created = await send(client, la_headers, referral_body(seed=51))
        referral_id = created.json()["id"]
        await client.get(
            f"/v1/referrals/{referral_id}", headers={**agency_a, "X-Request-ID": "audit-read-0001"}
        )
        rows = await _audit_rows(app)
        created_rows = [
            r for r in rows if r["action"] == "create" and r["record_type"] == "referral"
        ]
        assert [(r["record_id"], r["actor_kind"], r["actor_tenant"]) for r in created_rows] == [
            (referral_id, "la", "E10000016")
        ]
        read = [
            r
            for r in rows
            if r["request_id"] == "audit-read-0001" and r["record_type"] == "referral"
        ]
        assert [
            (r["action"], r["record_id"], r["actor_kind"], r["actor_tenant"], r["actor_subject"])
            for r in read
        ] == [("read", referral_id, "agency", AGENCY_A, "officer-1")]

    async def test_listing_the_queue_audits_each_referral_listed(
        self, app, client, la_headers, agency_a, agencies
    ):
        ids = {
            (await send(client, la_headers, referral_body(seed=s), key=f"a{s}")).json()["id"]
            for s in (52, 53)
        }
        await client.get("/v1/referrals", headers={**agency_a, "X-Request-ID": "audit-list-0001"})
        listed = {
            r["record_id"]
            for r in await _audit_rows(app)
            if r["request_id"] == "audit-list-0001" and r["record_type"] == "referral"
        }
        assert listed == ids

    async def test_the_audit_log_cannot_be_changed(self, app, client, la_headers, agencies):
        await send(client, la_headers, referral_body(seed=54))
        for statement in (
            sa.update(audit_log).values(actor_subject="someone-else"),
            sa.delete(audit_log),
        ):
            with pytest.raises(DBAPIError, match="append-only"):
                async with app.state.database.engine.begin() as connection:
                    await connection.execute(statement)


class TestNoChildDataInLogs:
    @pytest.mark.parametrize("log_format", ["json", "console"])
    async def test_canary_name_and_birth_date_appear_in_no_log_line(
        self, client, la_headers, agency_a, agencies, log_format
    ):
        stream = io.StringIO()
        configure_logging(stream=stream, log_format=log_format)
        try:
            body = referral_body(seed=55)
            body["children"][0].update(
                first_name=CANARY_NAME, last_name=CANARY_SURNAME, date_of_birth=CANARY_DOB
            )
            created = await send(client, la_headers, body)
            assert created.status_code == 201
            referral_id = created.json()["id"]
            await client.get(f"/v1/referrals/{referral_id}", headers=agency_a)
            await client.post(
                f"/v1/referrals/{referral_id}/decline",
                json={"reason": "other", "note": f"{CANARY_NAME} needs more"},
                headers=agency_a,
            )
            bad = dict(body, children=[dict(body["children"][0], date_of_birth="2031-01-01")])
            await send(client, la_headers, bad, key="canary-bad")
            await client.get(f"/v1/referrals?officer={CANARY_NAME}", headers=agency_a)
        finally:
            configure_logging()
        output = stream.getvalue()
        assert "http.request" in output
        for secret in (CANARY_NAME, CANARY_SURNAME, CANARY_DOB, "2031-01-01"):
            assert secret not in output, secret
        if log_format == "json":
            for line in output.splitlines():
                json.loads(line)
