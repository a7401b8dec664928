"""The partner bulk's look-ups probe an index per record as the places grow (PostgreSQL).

The table is filled with 50,000 places of 25,000 holders, then the repository's own
statements are explained as sent, both with their values (a custom plan) and as the
generic plan a prepared statement falls back to, with and without the table analysed
(this server runs without autovacuum, as a freshly loaded table would be). A sequential
scan, or an index read on ``agency_id`` alone, would make each bulk request of 1,000 cost
more the more places the agency has (issue 14).
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind
from hearth_kit.auth import Principal
from hearth_kit.db import Database, create_engine
from hearth_kit.query_plans import explain, plan_nodes, recorded_statements, scanned_tables
from hearth_vacancies.models import Vacancy
from hearth_vacancies.repository import VacancyRepository

pytestmark = pytest.mark.postgres

FILL = """
INSERT INTO vacancies (id, agency_id, external_id, household_id, home_id, setting, state,
  available_from, age_min, age_max, placement_kinds, last_confirmed_at, last_confirmed_by,
  created_at, updated_at, version)
SELECT gen_random_uuid(), 'plan-agency', 'EXT-' || n,
  CASE WHEN n % 2 = 0 THEN md5('holder' || (n / 2))::uuid END,
  CASE WHEN n % 2 = 1 THEN md5('holder' || (n / 2))::uuid END,
  'fostering', 'available', DATE '2026-12-01', 0, 17, '["short_term"]'::jsonb,
  TIMESTAMPTZ '2026-11-23 09:00Z', 'test', TIMESTAMPTZ '2026-11-23 09:00Z',
  TIMESTAMPTZ '2026-11-23 09:00Z', 1
FROM generate_series(1, 50000) AS n
"""


@pytest.fixture
async def filled(postgres_database):
    database = Database(create_engine(postgres_database.url))
    async with database.engine.begin() as connection:
        # The holders are not there: this test is about the places table's plans.
        await connection.execute(sa.text("SET LOCAL session_replication_role = replica"))
        await connection.execute(sa.text(FILL))
    yield database
    async with database.engine.begin() as connection:
        await connection.execute(sa.text(postgres_database.truncate_statement()))
    await database.dispose()


PARTNER = Principal(CallerKind.PARTNER, "plan-agency", "partner", "partner-client")
PROBES = ("household_id", "home_id", "external_id", "(id = ")


async def analyse(database: Database) -> None:
    async with database.engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(sa.text("ANALYZE vacancies"))


async def assert_probes(database: Database, statements) -> None:
    """Every plan reads ``vacancies`` only through index look-ups of the records asked for."""
    for statement in statements:
        for generic in (False, True):
            async with database.engine.connect() as connection:
                plan = await explain(connection, statement, generic=generic)
            nodes = [
                (n["Node Type"], n.get("Plan Rows"), n.get("Total Cost"), n.get("Filter", "")[:60])
                for n in plan_nodes(plan)
            ]
            assert "vacancies" not in scanned_tables(plan), (generic, statement.sql[:80], nodes)
            for node in plan_nodes(plan):
                if "Index Name" in node:
                    assert any(p in node.get("Index Cond", "") for p in PROBES), (generic, node)


async def bulk_lookups(database: Database) -> list:
    """The statements of a places bulk's two look-ups, as the partner's session sends them."""
    # 200 records: a thousand of 50,000 is where a read of the whole table with the ids
    # hashed costs about as much as the probes (the bench shows the curve to 200,000).
    holders = [uuid.uuid4() for _ in range(200)]
    external_ids = [f"EXT-{n}" for n in range(20000, 20200)]
    session = database.session(PARTNER)
    try:
        with recorded_statements(database.engine) as sent:
            repository = VacancyRepository(session)
            await repository.by_external_ids(Vacancy, "plan-agency", external_ids)
            await repository.open_places_by_holder(holders)
    finally:
        await session.close()
    return sent


@pytest.mark.parametrize("analysed", [False, True])
async def test_a_places_bulk_probes_the_indexes_whatever_the_statistics(filled, analysed):
    if analysed:
        await analyse(filled)
    sent = await bulk_lookups(filled)
    # the ids by external id, the places by id (a hundred at a time), the open places
    assert len(sent) == 4
    await assert_probes(filled, sent)
