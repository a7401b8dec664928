"""Benchmark of the referrals service on PostgreSQL, over HTTP, against a baseline in the same run.

    uv run python bench/referrals.py            # full run (a few minutes)
    uv run python bench/referrals.py --quick    # smaller numbers, for a smoke check

Reports, side by side:
  1. POST /v1/referrals throughput and p50/p99 latency at a fixed concurrency, for the
     service and for bench/referrals_baseline.py (validate the same JSON, insert it and
     an outbox row with raw asyncpg), the two alternating in rounds (``--rounds``) so
     that both meet the same background load;
  2. the service's latency at a steady 200 requests/s (target: p99 under 100 ms), and the
     baseline's, each paced two ways: fixed pauses (connections fall into step and send
     in bursts) and random ones (independent arrivals, as from many LA systems);
  3. the agency work queue (GET /v1/referrals) with 100,000 referrals in the database
     (target: p95 under 50 ms).
Both servers run as single uvicorn processes on this machine; the load generator is
wrk (Debian package ``wrk``, see ``bench/wrk.py``), never a Python client: one on the
same two cores capped the baseline and hid most of the gap. Databases are created and
dropped by the script.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import asyncpg
import httpx
from hearth_contract.auth import CallerKind
from hearth_contract.examples import example_referral
from hearth_kit.auth import mint_token
from hearth_kit.clock import TEST_NOW
from hearth_kit.testing import postgres_server_url
from wrk import WrkResult, paced, run_wrk, write_bodies

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-secret-0123456789abcdef0123456789abcdef"
SERVICE_PORT, BASELINE_PORT = 8191, 8192
AGENCY = "bench-agency"
LA = "E10000016"
# The service runs on a clock started at TEST_NOW; referrals are dated that day.
TODAY = TEST_NOW.date()


def database_name(name: str) -> str:
    """A bench database's name, after ``HEARTH_BENCH_DATABASE_PREFIX`` (unset: none), so
    two people benching on one PostgreSQL server do not drop each other's databases."""
    return os.environ.get("HEARTH_BENCH_DATABASE_PREFIX", "") + name


def dsn(database: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_server_url()).set(database=database, drivername="postgresql")
    return url.render_as_string(hide_password=False)


async def recreate(database: str) -> None:
    connection = await asyncpg.connect(dsn("postgres"))
    await connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    await connection.execute(f'CREATE DATABASE "{database}"')
    await connection.close()


async def drop(database: str) -> None:
    connection = await asyncpg.connect(dsn("postgres"))
    await connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    await connection.close()


def token(kind: CallerKind, tenant: str | None, scopes: list[str]) -> str:
    return mint_token(
        secret=SECRET,
        kind=kind,
        tenant=tenant,
        scopes=scopes,
        subject="bench",
        lifetime_seconds=7200,
    )


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def wait_up(url: str, path: str) -> None:
    # Up to a minute: on the shared machine under load, importing the service takes ~30 s.
    async with httpx.AsyncClient() as http:
        for _ in range(600):
            try:
                response = await http.get(url + path)
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not start")


def bodies(count: int, offset: int) -> list[bytes]:
    return [
        json.dumps(example_referral(offset + i, agency_ids=[AGENCY], referral_date=TODAY)).encode()
        for i in range(count)
    ]


def side_by_side(
    servers: dict[str, tuple[str, str | None]],
    payloads: Path,
    rounds: int,
    seconds: float,
    connections: int,
) -> dict[str, dict]:
    """Each server in turn for ``seconds``, ``rounds`` times; requests and time summed.

    Alternating in short rounds exposes both servers to the same background load, so
    their ratio holds on a machine that other work shares.
    """
    runs: dict[str, list[WrkResult]] = {name: [] for name in servers}
    for round_number in range(rounds):
        for name, (url, authorization) in servers.items():
            runs[name].append(
                run_wrk(
                    url,
                    "/v1/referrals",
                    seconds=seconds,
                    connections=connections,
                    bodies=payloads,
                    authorization=authorization,
                    key_prefix=f"{name}-{round_number}",
                )
            )
    return {
        name: {
            "requests": sum(r.requests for r in results),
            "errors": sum(r.errors for r in results),
            "throughput_rps": sum(r.requests for r in results) / sum(r.seconds for r in results),
            "p50_ms": [round(r.p50_ms, 1) for r in results],
            "p99_ms": [round(r.p99_ms, 1) for r in results],
        }
        for name, results in runs.items()
    }


async def fill_to(database: str, target: int) -> int:
    """Copy existing referrals (with their agency screening rows) until there are ``target``."""
    connection = await asyncpg.connect(dsn(database))
    try:
        count = await connection.fetchval("SELECT count(*) FROM referrals")
        while count < target:
            batch = min(count, target - count)
            async with connection.transaction():
                await connection.execute(f"""
                    CREATE TEMP TABLE pick ON COMMIT DROP AS
                      SELECT id AS old_id, gen_random_uuid() AS new_id,
                             (random() * interval '30 days') AS shift
                      FROM referrals LIMIT {batch}""")
                await connection.execute("""
                    INSERT INTO referrals (id, version, la_code, la_reference, referral_date,
                        received_at, status, setting, urgency, needed_by, start_date, children_count,
                        youngest_born_on, eldest_born_on, blocking_gaps, content, document_id, created_by)
                    SELECT p.new_id, r.version, r.la_code, r.la_reference, r.referral_date,
                        r.received_at - p.shift, r.status, r.setting, r.urgency, r.needed_by,
                        r.start_date, r.children_count, r.youngest_born_on, r.eldest_born_on,
                        r.blocking_gaps, r.content, r.document_id, r.created_by
                    FROM pick p JOIN referrals r ON r.id = p.old_id""")
                await connection.execute("""
                    INSERT INTO recipients (id, referral_id, agency_id, la_code, status, received_at,
                        first_response_due_at, first_responded_at, assigned_officer,
                        assigned_officer_name, decline_reason, decline_note, status_before_questions)
                    SELECT gen_random_uuid(), p.new_id, c.agency_id, c.la_code, c.status,
                        c.received_at - p.shift, c.first_response_due_at - p.shift,
                        c.first_responded_at, c.assigned_officer, c.assigned_officer_name,
                        c.decline_reason, c.decline_note, c.status_before_questions
                    FROM pick p JOIN recipients c ON c.referral_id = p.old_id""")
            count += batch
        await connection.execute("ANALYZE")
        return count
    finally:
        await connection.close()


async def count_rows(database: str) -> int:
    connection = await asyncpg.connect(dsn(database))
    try:
        return await connection.fetchval("SELECT count(*) FROM referrals")
    finally:
        await connection.close()


async def index_reads(database: str) -> list[dict]:
    """How many index entries each scan of the intake's indexes read (PostgreSQL's own
    counters): a look-up whose entries per scan grow with the rows is a cost that grows
    with the data, whatever the throughput says."""
    connection = await asyncpg.connect(dsn(database))
    try:
        rows = await connection.fetch(
            "SELECT relname, indexrelname, idx_scan, idx_tup_read FROM pg_stat_user_indexes"
            " WHERE idx_scan > 0 AND relname IN ('referrals', 'referral_children',"
            " 'idempotency_keys', 'outbox_events') ORDER BY idx_tup_read DESC"
        )
    finally:
        await connection.close()
    return [
        {
            "index": row["indexrelname"],
            "scans": row["idx_scan"],
            "entries_per_scan": round(row["idx_tup_read"] / row["idx_scan"], 2),
        }
        for row in rows
    ]


def queue_latency(url: str, authorization: str, query: str, seconds: float) -> dict:
    result = run_wrk(
        url, f"/v1/referrals?{query}", seconds=seconds, connections=4, authorization=authorization
    )
    return {"query": query, **result.row()}


async def start_service(database: str) -> subprocess.Popen:
    """A fresh database, migrated, and the referrals service on it (clock at TEST_NOW)."""
    await recreate(database)
    bin_dir = Path(sys.executable).parent
    env = {
        "REFERRALS_DATABASE_URL": dsn(database).replace("postgresql://", "postgresql+asyncpg://"),
        "REFERRALS_JWT_SECRET": SECRET,
        "REFERRALS_RATE_LIMIT": "100000000/minute",
        "REFERRALS_DATABASE_POOL_SIZE": "10",
        "REFERRALS_CLOCK_START": TEST_NOW.isoformat(),
    }
    subprocess.run(
        [bin_dir / "hearth-referrals", "migrate"],
        env={**os.environ, **env},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return start([str(bin_dir / "hearth-referrals"), "serve", "--port", str(SERVICE_PORT)], env)


def start_baseline(database: str):
    """The baseline as one uvicorn process (uvloop and httptools, as the service)."""
    command = [sys.executable, "-m", "uvicorn", "--app-dir", "bench", "referrals_baseline:app"]
    command += ["--port", str(BASELINE_PORT), "--log-level", "warning", "--no-access-log"]
    command += ["--loop", "uvloop", "--http", "httptools"]
    return start(command, {"BASELINE_DSN": dsn(database)})


async def main(quick: bool, rounds: int) -> dict:
    seconds, connections = (5, 16) if quick else (15, 16)
    queue_size = 10_000 if quick else 100_000
    ours_db = database_name("hearth_bench_referrals")
    base_db = database_name("hearth_bench_baseline")
    await recreate(base_db)
    service = await start_service(ours_db)
    baseline = start_baseline(base_db)
    ours, base = f"http://127.0.0.1:{SERVICE_PORT}", f"http://127.0.0.1:{BASELINE_PORT}"
    # more than either server sends in a run: a repeated body is a re-referral, not intake
    payloads = write_bodies(bodies(60_000, 0))
    try:
        await wait_up(ours, "/readyz")
        await wait_up(base, "/livez")
        operator = {"Authorization": f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"}
        la = f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"
        agency = f"Bearer {token(CallerKind.AGENCY, AGENCY, ['referrals:read'])}"
        async with httpx.AsyncClient(base_url=ours) as http:
            (
                await http.put(f"/v1/agencies/{AGENCY}", json={"name": "Bench"}, headers=operator)
            ).raise_for_status()
        for url, authorization in ((ours, la), (base, None)):  # warm both
            run_wrk(
                url,
                "/v1/referrals",
                seconds=2,
                connections=4,
                bodies=payloads,
                authorization=authorization,
                key_prefix="warm",
            )
        rows_before = await count_rows(ours_db)
        closed = side_by_side(
            {"service": (ours, la), "baseline": (base, None)},
            payloads,
            rounds,
            seconds,
            connections,
        )
        steady = {}
        for arrivals in ("fixed", "poisson"):
            for name, url, authorization in (("service", ours, la), ("baseline", base, None)):
                steady[(name, arrivals)] = paced(
                    url,
                    "/v1/referrals",
                    rate=200,
                    seconds=max(10, seconds),
                    bodies=payloads,
                    authorization=authorization,
                    key_prefix=f"steady-{arrivals}",
                    arrivals=arrivals,
                )
        created = await count_rows(ours_db) - rows_before
        answered = (
            closed["service"]["requests"]
            - closed["service"]["errors"]
            + sum(
                run.requests - run.errors + run.probe_answers
                for (name, _), run in steady.items()
                if name == "service"
            )
        )
        results = {
            "service_closed_loop": closed["service"],
            "baseline_closed_loop": closed["baseline"],
            "rounds": rounds,
            "seconds_per_round": seconds,
            "at_200_rps": [
                {"server": name, "arrivals": arrivals, "offered_rps": 200, **run.row()}
                for (name, arrivals), run in steady.items()
            ],
            "created_rows": created,
            "created_answers": answered,
        }
        results["index_reads"] = await index_reads(ours_db)  # before the queue's fill
        results["throughput_ratio"] = (
            results["service_closed_loop"]["throughput_rps"]
            / results["baseline_closed_loop"]["throughput_rps"]
        )
        results["referrals_in_database"] = await fill_to(ours_db, queue_size)
        results["work_queue"] = [
            queue_latency(ours, agency, query, 5)
            for query in (
                "limit=50",
                "limit=50&setting=fostering&urgency=emergency",
                "limit=50&overdue=true&age_from=12&age_to=17",
            )
        ]
        results["concurrency"] = connections
        return results
    finally:
        payloads.unlink(missing_ok=True)
        for process in (service, baseline):
            process.terminate()
            process.wait(timeout=30)
        await drop(ours_db)
        await drop(base_db)


def report(results: dict) -> None:
    s, b = results["service_closed_loop"], results["baseline_closed_loop"]
    print(
        f"\nPOST /v1/referrals with wrk, {results['concurrency']} connections, "
        f"{results['rounds']} alternating rounds of {results['seconds_per_round']} s:"
    )
    print(f"  {'':<10}{'req/s':>10}{'requests':>10}{'errors':>8}  p50 ms / p99 ms per round")
    for name, row in (("service", s), ("baseline", b)):
        rounds = ", ".join(
            f"{p50}/{p99}" for p50, p99 in zip(row["p50_ms"], row["p99_ms"], strict=True)
        )
        print(
            f"  {name:<10}{row['throughput_rps']:>10.1f}{row['requests']:>10}{row['errors']:>8}  {rounds}"
        )
    print(
        f"  throughput ratio service/baseline: {results['throughput_ratio']:.2f} (target >= 0.50)"
    )
    print("\nPaced at 200 req/s offered (target for the service: p99 < 100 ms, no errors):")
    for o in results["at_200_rps"]:
        print(
            f"  {o['server']:<9} {o['arrivals']:<8} pauses: {o['rps']:6.1f} achieved, "
            f"p50 {o['p50_ms']:6.1f} ms, p99 {o['p99_ms']:6.1f} ms, errors {o['errors']}"
        )
    print(
        f"Every 201 a row: {results['created_answers']} successful answers counted by wrk, "
        f"{results['created_rows']} new rows (wrk stops without counting the requests still"
        " in flight: at most one per connection per run more rows than answers)"
    )
    created_rows = results["created_rows"]
    print(f"\nIndex entries read per scan during the intake runs ({created_rows} new rows):")
    for row in results["index_reads"]:
        print(
            f"  {row['index']:<40} {row['scans']:>8} scans  {row['entries_per_scan']:>8} per scan"
        )
    print(
        f"\nWork queue with {results['referrals_in_database']:,} referrals in the database (wrk, 4 connections):"
    )
    for row in results["work_queue"]:
        print(
            f"  GET /v1/referrals?{row['query']:<48} {row['rps']:>7.1f} req/s  p50 {row['p50_ms']:6.1f} ms  p99 {row['p99_ms']:6.1f} ms"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller numbers, for a smoke check")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="alternate service and baseline this many times in the throughput test",
    )
    args = parser.parse_args()
    figures = asyncio.run(main(args.quick, args.rounds))
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
