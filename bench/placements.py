"""Benchmark: the placements work list over 50,000 placements and 500,000 tasks.

    uv run python bench/placements.py                 # 50,000 placements, 500,000 tasks
    uv run python bench/placements.py --quick         # 5,000 placements, 50,000 tasks

Placements runs as a process (its console script) on a fresh PostgreSQL database, its
clock at the tests' instant (Monday 23 November 2026). The script writes N placements
across 10 agencies (started over the last 120 days), each with its five statutory tasks
and five actions (10 tasks a placement), a fifth of them still open, with COPY; then:

  (a) ``GET /v1/work-list`` for an agency (what is overdue and due this week, the
      first 100 tasks and every worker's counts), one call at a time: p50/p95;
  (b) the same for one worker (``?worker_id=``): p50/p95;
  (c) the agency's list driven by wrk (4 connections, 10 s): p50/p90/p99 and req/s.

Baseline in the same run: the round trip of placements' ``GET /livez`` (what any call
costs). Target: the work list's p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import asyncpg
import httpx
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cross_service.stack import Service
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import PostgresDatabase, Tokens
from hearth_placements.app import MIGRATIONS
from hearth_placements.models import Base
from hearth_placements.statutory import statutory_deadlines
from wrk import run_wrk

AGENCIES = [f"bench-agency-{n}" for n in range(10)]
WORKERS = 150  # per agency
TODAY = TEST_NOW.date()
PLACEMENT_COLUMNS = [
    "id", "offer_id", "match_id", "referral_id", "la_code", "agency_id", "household_id",
    "home_id", "vacancy_ids", "start_date", "placement_type", "legal_status", "nation",
    "status", "workers", "details", "created_at", "updated_at", "version",
]  # fmt: skip
TASK_COLUMNS = [
    "id", "placement_id", "agency_id", "la_code", "kind", "title", "owner_role",
    "owner_id", "due_date", "statutory_due_date", "state", "version",
]  # fmt: skip


def _placement(n: int, rng: random.Random) -> tuple[tuple, list[tuple]]:
    pid = uuid.uuid4()
    agency = AGENCIES[n % len(AGENCIES)]
    start = TODAY - timedelta(days=rng.randrange(0, 120))
    csw, ssw = f"csw-{rng.randrange(WORKERS)}", f"ssw-{rng.randrange(WORKERS)}"
    now = TEST_NOW
    row = (
        pid, f"offer-{n}", f"match-{n}", f"referral-{n}", "E10000016", agency, f"hh-{n}",
        None, json.dumps([f"v-{n}"]), start, "U4", "C2", "ENG", "active",
        json.dumps({"childs_social_worker_id": csw, "supervising_social_worker_id": ssw,
                    "officer_id": None}),
        "{}", now, now, 1,
    )  # fmt: skip
    tasks = []
    for item, due in statutory_deadlines(start):
        owner = csw if item.owner.value == "childs_social_worker" else ssw
        tasks.append((item.kind.value, item.title, item.owner.value, owner, due, due))
    for k in range(5):
        due = start + timedelta(days=rng.randrange(3, 60))
        tasks.append(("action", f"Action {k}", "supervising_social_worker", ssw, due, None))
    rows = [
        (uuid.uuid4(), pid, agency, "E10000016", kind, title, role, owner, due, law,
         "open" if rng.random() < 0.2 else "done", 1)
        for kind, title, role, owner, due, law in tasks
    ]  # fmt: skip
    return row, rows


async def seed(dsn: str, placements: int) -> int:
    rng = random.Random(16)
    connection = await asyncpg.connect(dsn)
    tasks = 0
    try:
        for first in range(0, placements, 5000):
            made = [_placement(n, rng) for n in range(first, min(placements, first + 5000))]
            await connection.copy_records_to_table(
                "placements", records=[p for p, _ in made], columns=PLACEMENT_COLUMNS
            )
            task_rows = [t for _, ts in made for t in ts]
            tasks += len(task_rows)
            await connection.copy_records_to_table(
                "placement_tasks", records=task_rows, columns=TASK_COLUMNS
            )
        await connection.execute("VACUUM ANALYZE")  # index-only scans need the visibility map
    finally:
        await connection.close()
    return tasks


async def p50_p95(http: httpx.AsyncClient, path: str, headers: dict, runs: int) -> tuple:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = await http.get(path, headers=headers)
        response.raise_for_status()
        timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=100)
    return round(cuts[49], 1), round(cuts[94], 1)


async def measure(service: Service, runs: int, wrk_seconds: float) -> dict:
    tokens = Tokens()
    scopes = [Scope.PLACEMENTS_READ]
    token = tokens.mint(CallerKind.AGENCY, AGENCIES[0], scopes, subject="officer")
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=service.url, timeout=30) as http:
        for _ in range(20):  # warm the pool and the statement caches
            await http.get("/v1/work-list", headers=headers)
        sample = (await http.get("/v1/work-list", headers=headers)).json()
        return {
            "overdue_shown": len(sample["overdue"]),
            "workers": len(sample["by_worker"]),
            "open_counted": sum(w["overdue"] + w["due_this_week"] for w in sample["by_worker"]),
            "livez_ms": await p50_p95(http, "/livez", {}, runs),
            "agency_ms": await p50_p95(http, "/v1/work-list", headers, runs),
            "worker_ms": await p50_p95(http, "/v1/work-list?worker_id=ssw-7", headers, runs),
            "wrk_agency": run_wrk(
                service.url, "/v1/work-list", seconds=wrk_seconds, connections=4,
                authorization=f"Bearer {token}", method="GET",
            ).row(),
        }  # fmt: skip


async def main(placements: int, runs: int, wrk_seconds: float) -> None:
    database = PostgresDatabase(
        f"hearth_bench_placements_{os.getpid()}", MIGRATIONS, [Base.metadata]
    )
    await asyncio.to_thread(database.create)
    dsn = sa.engine.make_url(database.url).set(drivername="postgresql")
    logs = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-placements-{os.getpid()}.log"
    service = Service("placements", database.url, logs, CONSUMER_ENABLED="false")
    try:
        started = time.perf_counter()
        tasks = await seed(dsn.render_as_string(hide_password=False), placements)
        seeded = time.perf_counter() - started
        service.start()
        figures = await measure(service, runs, wrk_seconds)
        print(json.dumps({"placements": placements, "tasks": tasks,
                          "seed_seconds": round(seeded, 1), **figures}, indent=2))  # fmt: skip
    finally:
        if service.process is not None:
            service.stop()
        await asyncio.to_thread(database.drop)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--placements", type=int, default=50_000)
    args = parser.parse_args()
    count = 5_000 if args.quick else args.placements
    asyncio.run(main(count, 100 if args.quick else 300, 5 if args.quick else 10))
