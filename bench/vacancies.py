"""Benchmark of the vacancies service on PostgreSQL, standalone.

Creates its own database, migrates it, and measures, in one run:

* the partner bulk upsert (50,000 households, 1,000 per request, through the API)
  against a raw asyncpg ``INSERT ... ON CONFLICT`` of the same rows;
* a partner's full resync through the change feed (feed pages + lookups);
* the free-places query's p95 over 10,000 vacancies.

Then drops the database. Usage::

    uv run python bench/vacancies.py [--households 50000] [--vacancies 10000]

``HEARTH_TEST_DATABASE_URL`` names the server (default postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import time
import uuid
from datetime import UTC, date, datetime

import asyncpg
import httpx
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.vacancies import HouseholdCreate
from hearth_kit.postcodes import shared_directory
from hearth_kit.testing import TEST_SECRET, PostgresDatabase, Tokens
from hearth_vacancies.app import MIGRATIONS, create_app
from hearth_vacancies.models import Base
from hearth_vacancies.settings import VacanciesSettings
from pydantic import SecretStr

AGENCY = "bench-agency"
POSTCODES = ["M1 1AE", "SW1A 1AA"]


def household(i: int) -> dict:
    age_min = i % 10
    return {
        "name": f"Household {i:06}",
        "carers": [{"name": f"Carer {i}"}],
        "approval": {
            "age_min": age_min,
            "age_max": age_min + 7,
            "children": 3,
            "placement_kinds": ["short_term", "long_term"],
        },
        "bedrooms": 3,
        "postcode": POSTCODES[i % 2],
        "supervising_social_worker": {"name": "SSW"},
        "placed_children": [{"age": age_min + 1, "gender": "male", "risks_to_child": ["missing"]}],
    }


def raw_row(i: int, agency_id: str) -> tuple:
    body = HouseholdCreate.model_validate(household(i))
    grid = shared_directory().resolve(body.postcode)
    assert grid is not None
    now = datetime.now(UTC)
    return (
        uuid.uuid4(),
        agency_id,
        f"EXT-{i:06}",
        1,
        body.name,
        grid.postcode,
        grid.easting,
        grid.northing,
        grid.la_code,
        body.approval.age_min,
        body.approval.age_max,
        body.approval.children,
        len(body.placed_children),
        json.dumps(body.model_dump(mode="json")),
        now,
        now,
    )


RAW_INSERT = """
INSERT INTO households (id, agency_id, external_id, version, name, postcode, easting, northing,
  la_code, age_min, age_max, approved_children, placed_children, profile, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16)
ON CONFLICT (agency_id, external_id) DO UPDATE SET
  version = households.version + 1, name = excluded.name, postcode = excluded.postcode,
  easting = excluded.easting, northing = excluded.northing, la_code = excluded.la_code,
  age_min = excluded.age_min, age_max = excluded.age_max,
  approved_children = excluded.approved_children, placed_children = excluded.placed_children,
  profile = excluded.profile, updated_at = excluded.updated_at
"""


async def bulk_through_api(http, headers, count: int) -> float:
    started = time.perf_counter()
    for start in range(0, count, 1000):
        items = [
            {"external_id": f"EXT-{i:06}", "household": household(i)}
            for i in range(start, min(count, start + 1000))
        ]
        response = await http.post(
            "/v1/partner/households:bulk", json={"items": items}, headers=headers
        )
        response.raise_for_status()
        assert all(r["status"] == "created" for r in response.json()["results"])
    return count / (time.perf_counter() - started)


async def raw_asyncpg(dsn: str, count: int) -> float:
    rows = [raw_row(i, "bench-raw") for i in range(count)]  # prepared outside the timing
    connection = await asyncpg.connect(dsn)
    try:
        started = time.perf_counter()
        for start in range(0, count, 1000):
            async with connection.transaction():
                await connection.executemany(RAW_INSERT, rows[start : start + 1000])
        return count / (time.perf_counter() - started)
    finally:
        await connection.close()


async def full_resync(http, headers) -> tuple[float, int]:
    started = time.perf_counter()
    copy: dict[str, dict] = {}
    cursor = None
    while True:
        params = {"limit": 1000, **({"after": cursor} if cursor else {})}
        page = (await http.get("/v1/partner/changes", params=params, headers=headers)).json()
        if not page["items"]:
            break
        ids = sorted({e["data"]["external_id"] for e in page["items"]})
        found = (
            await http.post(
                "/v1/partner/households:lookup", json={"external_ids": ids}, headers=headers
            )
        ).json()
        copy.update({r["external_id"]: r for r in found["items"]})
        cursor = page["next_cursor"]
    return len(copy) / (time.perf_counter() - started), len(copy)


async def seed_vacancies(dsn: str, count: int) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        ids = [
            r["id"]
            for r in await connection.fetch(
                "SELECT id FROM households WHERE agency_id = $1 ORDER BY id LIMIT $2", AGENCY, count
            )
        ]
        now = datetime.now(UTC)
        rows = []
        for n, household_id in enumerate(ids):
            age_min = n % 12
            rows.append(
                (
                    uuid.uuid4(),
                    AGENCY,
                    household_id,
                    "fostering",
                    random.choice(["available", "available", "on_hold", "filled"]),
                    date(2026, 12, 1 + n % 28),
                    age_min,
                    age_min + 5,
                    json.dumps(["short_term"]),
                    now,
                    "bench",
                    now,
                    now,
                    1,
                )
            )
        await connection.executemany(
            "INSERT INTO vacancies (id, agency_id, household_id, setting, state, available_from,"
            " age_min, age_max, placement_kinds, last_confirmed_at, last_confirmed_by,"
            " created_at, updated_at, version) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::jsonb,$10,"
            "$11,$12,$13,$14)",
            rows,
        )
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


async def free_places_p95(http, headers, runs: int = 300) -> float:
    timings = []
    for n in range(runs):
        started = time.perf_counter()
        response = await http.get(
            "/v1/vacancies",
            headers=headers,
            params={"state": "available", "age": n % 16, "limit": 50},
        )
        response.raise_for_status()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.quantiles(timings, n=100)[94]


async def main(households: int, vacancies: int) -> None:
    database = PostgresDatabase(
        f"hearth_bench_vacancies_{os.getpid()}", MIGRATIONS, [Base.metadata]
    )
    await asyncio.to_thread(database.create)
    dsn = (
        sa.engine.make_url(database.url)
        .set(drivername="postgresql")
        .render_as_string(hide_password=False)
    )
    try:
        settings = VacanciesSettings(
            environment="test",
            database_url=database.url,
            jwt_secret=SecretStr(TEST_SECRET),
            rate_limit="1000000/minute",
        )
        app = create_app(settings)
        tokens = Tokens()
        partner = tokens.headers(CallerKind.PARTNER, AGENCY, [Scope.VACANCIES_SYNC])
        officer = tokens.headers(CallerKind.AGENCY, AGENCY, [Scope.VACANCIES_READ])
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=120
        ) as http:
            api_rate = await bulk_through_api(http, partner, households)
            raw_rate = await raw_asyncpg(dsn, households)
            resync_rate, copied = await full_resync(http, partner)
            await seed_vacancies(dsn, vacancies)
            p95 = await free_places_p95(http, officer)
        await app.state.database.dispose()
        print(
            json.dumps(
                {
                    "households": households,
                    "vacancies": vacancies,
                    "bulk_upsert_api_records_per_s": round(api_rate),
                    "raw_asyncpg_insert_on_conflict_records_per_s": round(raw_rate),
                    "api_vs_raw": round(api_rate / raw_rate, 3),
                    "partner_full_resync_records_per_s": round(resync_rate),
                    "partner_resync_records": copied,
                    "free_places_query_p95_ms": round(p95, 2),
                },
                indent=2,
            )
        )
    finally:
        await asyncio.to_thread(database.drop)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--vacancies", type=int, default=10_000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.households, arguments.vacancies))
