"""Batch reads: another Hearth service reads many records of one kind in one call."""

from __future__ import annotations

import uuid

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import VacanciesClient
from hearth_kit.tables import audit_log
from vacancies_testkit import create_household, home_body, open_vacancy


@pytest.fixture
def service(tokens) -> dict[str, str]:
    return tokens.headers(
        CallerKind.SERVICE, None, [Scope.VACANCIES_READ], subject="hearth-matching"
    )


async def _batch(client, headers, collection: str, ids: list[str]) -> httpx.Response:
    return await client.post(f"/v1/{collection}:batch-get", json={"ids": ids}, headers=headers)


async def _read_audit(app, request_id: str) -> list[tuple]:
    async with app.state.database.system_session("test") as session:
        rows = await session.execute(
            sa.select(audit_log.c.action, audit_log.c.record_type, audit_log.c.record_id).where(
                audit_log.c.request_id == request_id
            )
        )
        return sorted(tuple(row) for row in rows)


class TestBatchGet:
    async def test_a_service_reads_households_as_their_single_gets_show_them(
        self, app, client, officer_a, officer_b, service
    ):
        first = await create_household(client, officer_a)
        second = await create_household(client, officer_b, name="Birch household")
        gone = str(uuid.uuid4())
        response = await client.post(
            "/v1/households:batch-get",
            json={"ids": [second["id"], gone, first["id"], first["id"]]},
            headers={**service, "X-Request-ID": "batch-read-0001"},
        )
        assert response.status_code == 200, response.text
        single = await client.get(f"/v1/households/{first['id']}", headers=service)
        items = response.json()["items"]
        assert [item["id"] for item in items] == [second["id"], first["id"]]
        assert items[1] == single.json()
        assert single.headers["ETag"] == f'"{items[1]["id"]}.{items[1]["version"]}"'
        assert response.json()["missing"] == [gone]
        assert await _read_audit(app, "batch-read-0001") == sorted(
            [("read", "household", first["id"]), ("read", "household", second["id"])]
        )

    async def test_an_agency_sees_only_its_own_records(self, client, officer_a, officer_b):
        mine = await create_household(client, officer_a)
        theirs = await create_household(client, officer_b)
        response = await _batch(client, officer_a, "households", [mine["id"], theirs["id"]])
        assert [item["id"] for item in response.json()["items"]] == [mine["id"]]
        assert response.json()["missing"] == [theirs["id"]]

    async def test_places_and_homes_come_back_with_their_versions(self, client, officer_a, service):
        household = await create_household(client, officer_a)
        place = await open_vacancy(client, officer_a, household["id"])
        home = await client.post("/v1/homes", json=home_body(), headers=officer_a)
        assert home.status_code == 201, home.text
        places = await _batch(client, service, "vacancies", [place["id"].upper()])
        homes = await _batch(client, service, "homes", [home.json()["id"], household["id"]])
        assert [(p["id"], p["state"], p["version"]) for p in places.json()["items"]] == [
            (place["id"], "available", place["version"])
        ]
        assert places.json()["missing"] == []
        assert [h["id"] for h in homes.json()["items"]] == [home.json()["id"]]
        assert homes.json()["missing"] == [household["id"]]

    async def test_the_typed_client_reads_a_batch(self, app, client, officer_a, tokens):
        household = await create_household(client, officer_a)
        token = tokens.mint(CallerKind.SERVICE, None, [Scope.VACANCIES_READ])
        vacancies = VacanciesClient(client, lambda: token)
        batch = await vacancies.batch_get_households([household["id"], str(uuid.uuid4())])
        assert [h.id for h in batch.items] == [household["id"]]
        assert len(batch.missing) == 1


class TestBatchGetRefusals:
    @pytest.mark.parametrize(
        "body",
        [
            {"ids": []},
            {"ids": ["not-a-uuid"]},
            {"ids": [str(uuid.uuid4()) for _ in range(1001)]},
            {"ids": "0e4c0b1e-0000-0000-0000-000000000000"},
            {"ids": [1]},
            {},
            {"ids": [str(uuid.uuid4())], "extra": True},
        ],
    )
    async def test_bad_input_is_a_problem(self, app, client, service, body):
        response = await client.post(
            "/v1/vacancies:batch-get",
            json=body,
            headers={**service, "X-Request-ID": "batch-bad-0001"},
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert await _read_audit(app, "batch-bad-0001") == []

    async def test_an_la_and_a_caller_without_a_token_are_refused(self, client, la_headers):
        ids = {"ids": [str(uuid.uuid4())]}
        assert (await client.post("/v1/households:batch-get", json=ids)).status_code == 401
        refused = await client.post("/v1/households:batch-get", json=ids, headers=la_headers)
        assert refused.status_code == 403
        assert refused.headers["content-type"] == "application/problem+json"
