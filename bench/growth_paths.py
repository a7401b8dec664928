"""bench/growth.py's in-process paths: matching's ranking columns, referrals' re-referral look-up."""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from datetime import date, timedelta

import sqlalchemy as sa
from growth_curve import Curve
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import PostgresDatabase

AGENCY = "bench-growth-agency"


def _home(n: int):
    from hearth_matching.facts import Home, Place

    age_min = n % 10
    place = Place(
        id=f"place-{n:07}",
        state="available",
        age_min=age_min,
        age_max=age_min + 7,
        placement_kinds=frozenset({"short_term", "long_term"}),
        available_from=TEST_NOW.date(),
        last_confirmed_at=TEST_NOW,
    )
    return Home(
        id=f"home-{n:07}",
        agency_id=AGENCY,
        kind="household",
        name=f"Household {n}",
        age_min=age_min,
        age_max=age_min + 7,
        capacity=3,
        genders=frozenset({"male", "female"}),
        placement_kinds=frozenset({"short_term", "long_term"}),
        languages=frozenset({("english", "polish", "urdu")[n % 3]}),
        location=(570000.0 + n % 1000, 155000.0 + n % 777),
        la_code="E10000016",
        places=(place,),
    )


def _put(index, home) -> None:
    from dataclasses import replace

    index.put_home(replace(home, places=()))
    for place in home.places:
        index.put_place(home.id, place)


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def columns_path(count: int) -> list[tuple[str, Curve]]:
    """The index grows 1,000 homes at a time; at every 5% of ``count``: the columns after
    the growth, then after one home comes, one goes, and one changes."""
    from dataclasses import replace

    from hearth_matching.read_model.index import MatchIndex

    index = MatchIndex()
    index.loaded = True
    grown = Curve("ranking columns after a 5% growth in homes (per home)", "home")
    come = Curve("ranking columns after one home came", "home")
    go = Curve("ranking columns after one home went", "home")
    changed = Curve("ranking columns after one home changed", "home")
    every = max(1000, count // 20)
    index.columns(AGENCY)
    extra = count + 10
    for start in range(0, count, 1000):
        for n in range(start, min(count, start + 1000)):
            _put(index, _home(n))
        if (start + 1000) % every:
            continue
        size = start + 1000
        grown.add(size, _timed(lambda: index.columns(AGENCY)), every)
        for _ in range(5):  # five of each: one sample is at the mercy of a GC pause
            newcomer = _home(extra)
            extra += 1
            _put(index, newcomer)
            come.add(size, _timed(lambda: index.columns(AGENCY)), 1)
            index.drop_home(newcomer.id)
            go.add(size, _timed(lambda: index.columns(AGENCY)), 1)
            home = _home(size // 2)
            index.put_home(replace(home, places=(), capacity=home.capacity + 1 + extra % 2))
            changed.add(size, _timed(lambda: index.columns(AGENCY)), 1)
    return [
        ("columns_grown", grown),
        ("columns_come", come),
        ("columns_go", go),
        ("columns_changed", changed),
    ]


# 150 LAs, children born over 18 years: a (LA, birth date) pair holds a referral or so
# at 1M. Referral ``n`` is of LA n % 150, its child born on day (n // 150) % 6570 of the span.
FILL_REFERRALS = """
INSERT INTO referrals (id, version, la_code, la_reference, referral_date, received_at, status,
  setting, urgency, needed_by, children_count, blocking_gaps, content, created_by, source)
SELECT md5('referral' || n)::uuid, 1, 'LA' || lpad((n % 150)::text, 3, '0'), 'REF-' || n,
  DATE '2026-11-01', TIMESTAMPTZ '2026-11-01 09:00Z', 'closed', 'fostering', 'planned',
  'planned', 1, 0, '{}'::jsonb, 'bench', 'la_api'
FROM generate_series($1::int, $2::int - 1) AS n
"""
FILL_CHILDREN = """
INSERT INTO referral_children (id, referral_id, position, la_code, first_name_key,
  last_name_key, date_of_birth)
SELECT md5('child' || n)::uuid, md5('referral' || n)::uuid, 0,
  'LA' || lpad((n % 150)::text, 3, '0'), 'child ' || (n % 997), 'family ' || (n % 991),
  DATE '2008-11-23' + ((n / 150) % 6570)
FROM generate_series($1::int, $2::int - 1) AS n
"""


def _children_access(plan: dict) -> list[str]:
    """How the plan reads ``referral_children``: node type, index, condition, rows."""
    from hearth_kit.query_plans import plan_nodes

    return [
        f"{n['Node Type']} {n.get('Index Name', '')} {n.get('Index Cond', '')}"
        f" rows={n.get('Actual Rows')} buffers={n.get('Shared Hit Blocks')}"
        for n in plan_nodes(plan)
        if n.get("Relation Name") == "referral_children"
    ]


async def rereferrals_path(sizes: tuple[int, ...]) -> dict:
    """Time referrals' re-referral look-up, and read its plan, at each size."""
    import asyncpg
    from hearth_kit.db import Database, create_engine
    from hearth_kit.query_plans import explain, recorded_statements, scanned_tables
    from hearth_referrals.app import MIGRATIONS
    from hearth_referrals.models import Base
    from hearth_referrals.repository import ReferralRepository

    database = PostgresDatabase(
        f"hearth_bench_growth_ref_{os.getpid()}", MIGRATIONS, [Base.metadata]
    )
    await asyncio.to_thread(database.create)
    dsn = sa.engine.make_url(database.url).set(drivername="postgresql")
    connection = await asyncpg.connect(dsn.render_as_string(hide_password=False))
    db = Database(create_engine(database.url))
    results, filled = [], 0
    try:
        for size in sizes:
            started = time.perf_counter()
            for step in range(filled, size, 100_000):
                end = min(size, step + 100_000)
                await connection.execute(FILL_REFERRALS, step, end)
                await connection.execute(FILL_CHILDREN, step, end)
            await connection.execute("ANALYZE referrals; ANALYZE referral_children")
            fill_seconds, filled = time.perf_counter() - started, size
            timings, plan = [], None
            for probe in range(200):
                n = (probe * 7919) % size
                la = f"LA{n % 150:03}"
                born = date(2008, 11, 23) + timedelta(days=(n // 150) % 6570)
                async with db.system_session("bench") as session:
                    with recorded_statements(db.engine) as sent:
                        began = time.perf_counter()
                        await ReferralRepository(session).intake_lookups(
                            [], la, f"NEW-{probe}", [born]
                        )
                        timings.append(time.perf_counter() - began)
                if plan is None:
                    async with db.engine.connect() as conn:
                        plan = await explain(conn, sent[-1], analyze=True)
            results.append(
                {
                    "referrals": size,
                    "fill_s": round(fill_seconds, 1),
                    "lookup_median_ms": round(statistics.median(timings) * 1000, 3),
                    "lookup_p95_ms": round(statistics.quantiles(timings, n=100)[94] * 1000, 3),
                    "seq_scans": sorted(scanned_tables(plan)),
                    "children_read_by": _children_access(plan),
                    "plan_ms": plan.get("Actual Total Time"),
                }
            )
            print("re-referral look-up:", results[-1])
    finally:
        await connection.close()
        await db.dispose()
        await asyncio.to_thread(database.drop)
    first, last = results[0]["lookup_median_ms"], results[-1]["lookup_median_ms"]
    return {"sizes": results, "ratio_last_to_first": round(last / first, 2)}
