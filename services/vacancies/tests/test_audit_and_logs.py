"""Households hold children's profiles: every read and change is audited, nothing reaches logs."""

from __future__ import annotations

import io
import json

import pytest
import sqlalchemy as sa
from hearth_kit.logging import configure_logging
from hearth_kit.tables import audit_log
from vacancies_testkit import AGENCY_A, create_household

CANARY_CARER = "Zebedee Quillfeather-Canary"
CANARY_ADDRESS_POSTCODE = "M1 1AE"


async def _audit(app, request_id: str) -> list[tuple]:
    async with app.state.database.system_session("test") as session:
        rows = await session.execute(
            sa.select(audit_log.c.action, audit_log.c.record_type, audit_log.c.actor_tenant).where(
                audit_log.c.request_id == request_id
            )
        )
        return [tuple(row) for row in rows]


class TestAudit:
    async def test_creating_and_reading_a_household_is_audited(self, app, client, officer_a):
        created = await client.post(
            "/v1/households",
            json={
                "name": "Rowan household",
                "carers": [{"name": "Sam Carer"}],
                "approval": {
                    "age_min": 5,
                    "age_max": 15,
                    "children": 2,
                    "placement_kinds": ["short_term"],
                },
                "bedrooms": 3,
                "postcode": "M1 1AE",
                "supervising_social_worker": {"name": "Alex Worker"},
            },
            headers={**officer_a, "X-Request-ID": "hh-create-0001"},
        )
        assert created.status_code == 201, created.text
        assert await _audit(app, "hh-create-0001") == [("create", "household", AGENCY_A)]
        await client.get(
            f"/v1/households/{created.json()['id']}",
            headers={**officer_a, "X-Request-ID": "hh-read-0001"},
        )
        assert await _audit(app, "hh-read-0001") == [("read", "household", AGENCY_A)]


class TestNoChildDataInLogs:
    @pytest.mark.parametrize("log_format", ["json", "console"])
    async def test_carer_names_and_placed_children_never_reach_a_log_line(
        self, client, officer_a, log_format
    ):
        stream = io.StringIO()
        configure_logging(stream=stream, log_format=log_format)
        try:
            household = await create_household(
                client, officer_a, name=CANARY_CARER, carers=[{"name": CANARY_CARER}]
            )
            await client.get(f"/v1/households/{household['id']}", headers=officer_a)
            await client.post(
                "/v1/households", json={"name": CANARY_CARER, "bedrooms": "x"}, headers=officer_a
            )
        finally:
            configure_logging()
        output = stream.getvalue()
        assert "http.request" in output
        assert CANARY_CARER not in output and CANARY_ADDRESS_POSTCODE not in output
        if log_format == "json":
            for line in output.splitlines():
                json.loads(line)
