"""Access: each agency sees only its own records; LA callers see no household data."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from hearth_kit.tables import audit_log
from vacancies_testkit import create_household, household_body, open_vacancy, settle_feed


@pytest.fixture
async def records_of_a(client, officer_a):
    household = await create_household(client, officer_a)
    vacancy = await open_vacancy(client, officer_a, household["id"])
    return household, vacancy


def _requests(household_id: str, vacancy_id: str):
    return [
        ("GET", f"/v1/households/{household_id}", None),
        ("PUT", f"/v1/households/{household_id}", "household"),
        ("GET", f"/v1/vacancies/{vacancy_id}", None),
        ("POST", f"/v1/vacancies/{vacancy_id}/release", None),
        ("POST", f"/v1/vacancies/{vacancy_id}/unavailable", {"reason": "carer_break"}),
        ("POST", f"/v1/vacancies/{vacancy_id}/confirm", {"outcome": "still_available"}),
        (
            "POST",
            "/v1/vacancies",
            {
                "household_id": household_id,
                "available_from": "2026-12-01",
                "age_min": 8,
                "age_max": 9,
                "placement_kinds": ["respite"],
            },
        ),
    ]


class TestTenantIsolation:
    async def test_another_agency_gets_404_for_every_record(self, client, officer_b, records_of_a):
        household, vacancy = records_of_a
        for method, url, body in _requests(household["id"], vacancy["id"]):
            payload = household_body() if body == "household" else body
            headers = {**officer_b, "If-Match": "*"}
            response = await client.request(method, url, json=payload, headers=headers)
            assert response.status_code == 404, (method, url, response.text)

    async def test_every_attempt_on_another_agencys_record_is_a_security_event(
        self, app, client, officer_b, records_of_a
    ):
        household, vacancy = records_of_a
        for method, url, body in _requests(household["id"], vacancy["id"]):
            payload = household_body() if body == "household" else body
            await client.request(method, url, json=payload, headers={**officer_b, "If-Match": "*"})
        async with app.state.database.system_session("test") as session:
            rows = await session.execute(
                sa.select(audit_log.c.record_type, audit_log.c.record_id, audit_log.c.actor_tenant)
                .where(audit_log.c.action == "denied")
                .order_by(audit_log.c.id)
            )
            denied = [tuple(row) for row in rows]
        assert denied == [
            ("household", household["id"], "agency-b"),
            ("household", household["id"], "agency-b"),
            ("vacancy", vacancy["id"], "agency-b"),
            ("vacancy", vacancy["id"], "agency-b"),
            ("vacancy", vacancy["id"], "agency-b"),
            ("vacancy", vacancy["id"], "agency-b"),
            ("household", household["id"], "agency-b"),
        ]

    async def test_another_agency_lists_nothing(self, client, officer_b, records_of_a):
        for url in ("/v1/households", "/v1/vacancies"):
            assert (await client.get(url, headers=officer_b)).json()["items"] == []
        assert (await client.get("/v1/confirmations/due", headers=officer_b)).json() == []
        export = (await client.get("/v1/vacancies/export", headers=officer_b)).text
        assert export.count("\n") == 1  # the header only
        assert (await client.get("/v1/supply", headers=officer_b)).json()["free_places"] == 0

    async def test_another_agencys_partner_cannot_see_or_touch(
        self, app, client, partner_b, partner_a
    ):
        await client.put("/v1/partner/households/SAME", json=household_body(), headers=partner_a)
        assert (
            await client.get("/v1/partner/households/SAME", headers=partner_b)
        ).status_code == 404
        created = await client.put(
            "/v1/partner/households/SAME", json=household_body(name="B's own"), headers=partner_b
        )
        assert created.status_code == 201  # external ids are per agency
        await settle_feed(app)
        feed_b = (await client.get("/v1/partner/changes", headers=partner_b)).json()["items"]
        assert {e["data"]["agency_id"] for e in feed_b} == {"agency-b"}

    async def test_la_callers_are_refused_household_data(self, client, la_headers, records_of_a):
        household, vacancy = records_of_a
        for url in (
            "/v1/households",
            f"/v1/households/{household['id']}",
            "/v1/vacancies",
            f"/v1/vacancies/{vacancy['id']}",
            "/v1/supply",
            "/v1/homes",
            "/v1/partner/changes",
            "/v1/confirmations/due",
        ):
            response = await client.get(url, headers=la_headers)
            assert response.status_code == 403, url

    async def test_partner_cannot_use_officer_endpoints(self, client, partner_a, records_of_a):
        response = await client.get("/v1/households", headers=partner_a)
        assert response.status_code == 403

    async def test_no_token_is_401(self, client):
        assert (await client.get("/v1/vacancies")).status_code == 401
