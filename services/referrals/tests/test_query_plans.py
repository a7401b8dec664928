"""Re-referral linking stays a range of an index as the referrals grow (PostgreSQL plans).

The tables are filled with 40,000 referrals of 150 LAs, one child each, and analysed;
then the repository's own look-up is explained. It must read ``referral_children``
through ``ix_referral_children_la_dob`` on both LA and date of birth (a walk of the
whole index on the date alone, or a sequential scan, grows with every referral: issue
14), and ``referrals`` by key. bench/growth.py times it to 1,000,000 referrals.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from hearth_kit.db import Database, create_engine
from hearth_kit.idempotency import IdempotencyClaim, PendingClaim
from hearth_kit.query_plans import explain, plan_nodes, recorded_statements, scanned_tables
from hearth_referrals.repository import ReferralRepository
from starlette.requests import Request

pytestmark = pytest.mark.postgres

FILL = [
    """
INSERT INTO referrals (id, version, la_code, la_reference, referral_date, received_at, status,
  setting, urgency, needed_by, children_count, blocking_gaps, content, created_by, source)
SELECT md5('referral' || n)::uuid, 1, 'LA' || lpad((n % 150)::text, 3, '0'), 'REF-' || n,
  DATE '2026-11-01', TIMESTAMPTZ '2026-11-01 09:00Z', 'closed', 'fostering', 'planned',
  'planned', 1, 0, '{}'::jsonb, 'test', 'la_api'
FROM generate_series(1, 40000) AS n""",
    """
INSERT INTO referral_children (id, referral_id, position, la_code, first_name_key,
  last_name_key, date_of_birth)
SELECT md5('child' || n)::uuid, md5('referral' || n)::uuid, 0,
  'LA' || lpad((n % 150)::text, 3, '0'), 'child ' || (n % 997), 'family ' || (n % 991),
  DATE '2008-11-23' + ((n / 150) % 6570)
FROM generate_series(1, 40000) AS n""",
]


@pytest.fixture
async def filled(postgres_database):
    database = Database(create_engine(postgres_database.url))
    async with database.engine.begin() as connection:
        for statement in FILL:
            await connection.execute(sa.text(statement))
    async with database.engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(sa.text("ANALYZE referrals"))
        await connection.execute(sa.text("ANALYZE referral_children"))
    yield database
    async with database.engine.begin() as connection:
        await connection.execute(sa.text(postgres_database.truncate_statement()))
    await database.dispose()


@pytest.mark.parametrize("generic", [False, True], ids=["custom-plan", "generic-plan"])
@pytest.mark.parametrize("claimed", [False, True], ids=["alone", "with-the-key-claim"])
async def test_rereferral_lookup_reads_children_by_la_and_date_of_birth(filled, claimed, generic):
    # The driver prepares every statement and PostgreSQL plans it without its values after
    # five executions: that generic plan must use the date of birth in the index too (it
    # once read every child of the LA and filtered the dates, a cost growing with the LA's
    # referrals that slowed every later referral after a busy minute).
    # Sending a referral runs the look-up after its Idempotency-Key's claim, in one statement.
    claim = None
    if claimed:
        request = Request({"type": "http", "headers": [], "state": {}})
        claim = PendingClaim(IdempotencyClaim("la", "LA007", "c", "k", "h"), request)
    async with filled.system_session("plan-test") as session:
        with recorded_statements(filled.engine) as sent:
            await ReferralRepository(session).intake_lookups(
                ["agency-a"], "LA007", "REF-NEW", [date(2010, 1, 5), date(2012, 3, 1)], claim
            )
        (statement,) = sent
    async with filled.engine.connect() as connection:
        plan = await explain(connection, statement, generic=generic)
    assert not scanned_tables(plan) & {"referrals", "referral_children"}, plan
    by_index = [n for n in plan_nodes(plan) if n.get("Index Name") == "ix_referral_children_la_dob"]
    assert by_index, plan
    for node in by_index:
        assert "la_code" in node["Index Cond"] and "date_of_birth" in node["Index Cond"], plan
        assert "date_of_birth" not in node.get("Filter", ""), plan
    if claimed:
        assert request.state.idempotency == claim.claim
