"""The feeds find the matches a batch may end through an index as matches grow (PostgreSQL).

50,000 matches, not analysed (this server runs without autovacuum); the statements the
feeds send for a batch are explained with their values and as generic plans. A scan of
``matches`` would make every batch of a feed cost more with every match made (issue 14).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.db import Database, create_engine
from hearth_kit.query_plans import explain, recorded_statements, scanned_tables
from hearth_matching.read_model.endings import MatchEndings

pytestmark = pytest.mark.postgres

FILL = """
INSERT INTO matches (id, agency_id, referral_id, vacancy_id, holder_id, holder_kind, status,
  score, needs_information, hold, created_at, updated_at, version)
SELECT md5('match' || n)::uuid, 'agency-' || (n % 7), 'referral-' || (n / 3), 'place-' || n,
  'holder-' || n, 'household', CASE WHEN n % 5 = 0 THEN 'proposed' ELSE 'closed' END, 1.0,
  '[]'::jsonb, CASE WHEN n % 50 = 0 THEN 'held' ELSE 'none' END,
  TIMESTAMPTZ '2026-11-23 09:00Z', TIMESTAMPTZ '2026-11-23 09:00Z', 1
FROM generate_series(1, 50000) AS n
"""


@pytest.fixture
async def filled(postgres_database):
    database = Database(create_engine(postgres_database.url), FrozenClock(TEST_NOW))
    async with database.engine.begin() as connection:
        await connection.execute(sa.text(FILL))
    yield database
    async with database.engine.begin() as connection:
        await connection.execute(sa.text(postgres_database.truncate_statement()))
    await database.dispose()


async def test_the_matches_a_batch_may_end_are_found_through_an_index(filled):
    endings = MatchEndings(holds=None, clock=filled.clock)  # type: ignore[arg-type]
    endings.new_batch("referrals", [f"referral-{n}" for n in range(100, 600)])
    async with filled.system_session("plan-test") as session:
        with recorded_statements(filled.engine) as sent:
            await endings._matches_of(session, "referral-100")
            await endings._matches_holding(session, "place-50")
    assert len(sent) >= 2
    for statement in sent:
        for generic in (False, True):
            async with filled.engine.connect() as connection:
                plan = await explain(connection, statement, generic=generic)
            assert "matches" not in scanned_tables(plan), (generic, statement.sql[:80], plan)
