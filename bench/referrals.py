"""Benchmark of the referrals service on PostgreSQL, over HTTP, against a baseline in the same run.

    uv run python bench/referrals.py            # full run (a few minutes)
    uv run python bench/referrals.py --quick    # smaller numbers, for a smoke check

Reports, side by side:
  1. POST /v1/referrals throughput and p50/p99 latency at a fixed concurrency, for the
     service and for bench/referrals_baseline.py (validate the same JSON, insert it and
     an outbox row with raw asyncpg), the two alternating in rounds (``--rounds``) so
     that both meet the same background load;
  2. the service's latency at a steady 200 requests/s (target: p99 under 100 ms);
  3. the agency work queue (GET /v1/referrals) with 100,000 referrals in the database
     (target: p95 under 50 ms).
Both servers run as single uvicorn processes on this machine; the load generator is
this process. Databases are created and dropped by the script.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import asyncpg
import httpx
from hearth_contract.auth import CallerKind
from hearth_contract.examples import example_referral
from hearth_kit.auth import mint_token
from hearth_kit.testing import postgres_server_url

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-secret-0123456789abcdef0123456789abcdef"
SERVICE_PORT, BASELINE_PORT = 8191, 8192
AGENCY = "bench-agency"
LA = "E10000016"


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


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bodies(count: int, offset: int) -> list[bytes]:
    return [
        json.dumps(
            example_referral(offset + i, agency_ids=[AGENCY], referral_date=date.today())
        ).encode()
        for i in range(count)
    ]


async def closed_loop(url: str, payloads: list[bytes], concurrency: int, headers: dict) -> dict:
    """Send every payload with ``concurrency`` requests in flight; return throughput and latency."""
    latencies: list[float] = []
    queue = list(enumerate(payloads))
    errors = 0
    tag = f"{url[-4:]}-{time.monotonic_ns()}"

    async def worker(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while queue:
            index, payload = queue.pop()
            started = time.perf_counter()
            response = await http.post(
                "/v1/referrals",
                content=payload,
                headers={
                    **headers,
                    "Content-Type": "application/json",
                    "Idempotency-Key": f"b-{tag}-{index}",
                },
            )
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != 201

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as http:
        started = time.perf_counter()
        await asyncio.gather(*(worker(http) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"requests": len(payloads), "errors": errors, "elapsed": elapsed, "latencies": latencies}


def summary(runs: list[dict]) -> dict:
    latencies = [latency for run in runs for latency in run["latencies"]]
    requests = sum(run["requests"] for run in runs)
    return {
        "requests": requests,
        "errors": sum(run["errors"] for run in runs),
        "throughput_rps": requests / sum(run["elapsed"] for run in runs),
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
    }


async def side_by_side(
    servers: dict[str, tuple[str, dict]], payloads: list[bytes], concurrency: int, rounds: int
) -> dict[str, dict]:
    """Each server in turn, ``rounds`` times over slices of the payloads, then summed.

    Alternating in short rounds exposes both servers to the same background load, so
    their ratio holds on a machine that other work shares.
    """
    runs: dict[str, list[dict]] = {name: [] for name in servers}
    size = -(-len(payloads) // rounds)
    for start in range(0, len(payloads), size):
        for name, (url, headers) in servers.items():
            runs[name].append(
                await closed_loop(url, payloads[start : start + size], concurrency, headers)
            )
    return {name: summary(server_runs) for name, server_runs in runs.items()}


async def open_loop(url: str, payloads: list[bytes], rate: float, headers: dict) -> dict:
    """Start requests at a steady ``rate`` per second, whatever the latency; report latency."""
    latencies: list[float] = []
    statuses: list[int] = []
    async with httpx.AsyncClient(
        base_url=url, limits=httpx.Limits(max_connections=200), timeout=30
    ) as http:

        async def one(index: int, payload: bytes) -> None:
            started = time.perf_counter()
            try:
                response = await http.post(
                    "/v1/referrals",
                    content=payload,
                    headers={
                        **headers,
                        "Content-Type": "application/json",
                        "Idempotency-Key": f"o-{index}",
                    },
                )
                statuses.append(response.status_code)
            except httpx.TransportError:
                statuses.append(0)  # dropped under overload: counted as an error
            latencies.append(time.perf_counter() - started)

        tasks = []
        begin = time.perf_counter()
        for index, payload in enumerate(payloads):
            delay = begin + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(index, payload)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - begin
    return {
        "offered_rps": rate,
        "achieved_rps": len(payloads) / elapsed,
        "errors": sum(s != 201 for s in statuses),
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
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


async def queue_latency(url: str, headers: dict, query: str, samples: int) -> dict:
    latencies = []
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        for _ in range(samples):
            started = time.perf_counter()
            response = await http.get(f"/v1/referrals?{query}", headers=headers)
            latencies.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text
    return {
        "query": query,
        "samples": samples,
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
    }


async def main(quick: bool, rounds: int) -> dict:
    n_closed, concurrency = (300, 16) if quick else (2000, 16)
    n_open = 400 if quick else 2000
    queue_size = 10_000 if quick else 100_000
    ours_db, base_db = "hearth_bench_referrals", "hearth_bench_baseline"
    await recreate(ours_db)
    await recreate(base_db)
    bin_dir = Path(sys.executable).parent
    env = {
        "REFERRALS_DATABASE_URL": dsn(ours_db).replace("postgresql://", "postgresql+asyncpg://"),
        "REFERRALS_JWT_SECRET": SECRET,
        "REFERRALS_RATE_LIMIT": "1000000/minute",
        "REFERRALS_DATABASE_POOL_SIZE": "10",
    }
    subprocess.run(
        [bin_dir / "hearth-referrals", "migrate"],
        env={**os.environ, **env},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    service = start([str(bin_dir / "hearth-referrals"), "serve", "--port", str(SERVICE_PORT)], env)
    baseline = start(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            "bench",
            "referrals_baseline:app",
            "--port",
            str(BASELINE_PORT),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        {"BASELINE_DSN": dsn(base_db)},
    )
    ours, base = f"http://127.0.0.1:{SERVICE_PORT}", f"http://127.0.0.1:{BASELINE_PORT}"
    try:
        await wait_up(ours, "/readyz")
        await wait_up(base, "/livez")
        operator = {"Authorization": f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"}
        la = {"Authorization": f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"}
        agency = {"Authorization": f"Bearer {token(CallerKind.AGENCY, AGENCY, ['referrals:read'])}"}
        async with httpx.AsyncClient(base_url=ours) as http:
            (
                await http.put(f"/v1/agencies/{AGENCY}", json={"name": "Bench"}, headers=operator)
            ).raise_for_status()
        warm = bodies(100, 900_000)
        await closed_loop(ours, warm, 4, la)
        await closed_loop(base, warm, 4, {})
        closed = await side_by_side(
            {"service": (ours, la), "baseline": (base, {})},
            bodies(n_closed, 0),
            concurrency,
            rounds,
        )
        results = {
            "service_closed_loop": closed["service"],
            "baseline_closed_loop": closed["baseline"],
            "rounds": rounds,
            "service_at_200_rps": await open_loop(ours, bodies(n_open, 500_000), 200, la),
        }
        results["throughput_ratio"] = (
            results["service_closed_loop"]["throughput_rps"]
            / results["baseline_closed_loop"]["throughput_rps"]
        )
        results["referrals_in_database"] = await fill_to(ours_db, queue_size)
        results["work_queue"] = [
            await queue_latency(ours, agency, "limit=50", 200),
            await queue_latency(ours, agency, "limit=50&setting=fostering&urgency=emergency", 200),
            await queue_latency(ours, agency, "limit=50&overdue=true&age_from=12&age_to=17", 200),
        ]
        results["concurrency"] = concurrency
        return results
    finally:
        for process in (service, baseline):
            process.terminate()
            process.wait(timeout=30)
        await drop(ours_db)
        await drop(base_db)


def report(results: dict) -> None:
    s, b = results["service_closed_loop"], results["baseline_closed_loop"]
    print(
        f"\nPOST /v1/referrals, {s['requests']} requests each, concurrency {results['concurrency']}, "
        f"in {results['rounds']} alternating rounds:"
    )
    print(f"  {'':<10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
    for name, row in (("service", s), ("baseline", b)):
        print(
            f"  {name:<10}{row['throughput_rps']:>10.1f}{row['p50_ms']:>10.1f}{row['p99_ms']:>10.1f}{row['errors']:>8}"
        )
    print(
        f"  throughput ratio service/baseline: {results['throughput_ratio']:.2f} (target >= 0.50)"
    )
    o = results["service_at_200_rps"]
    print(
        f"\nService at a steady {o['offered_rps']:.0f} req/s offered ({o['achieved_rps']:.1f} achieved): "
        f"p50 {o['p50_ms']:.1f} ms, p99 {o['p99_ms']:.1f} ms (target < 100), errors {o['errors']}"
    )
    print(f"\nWork queue with {results['referrals_in_database']:,} referrals in the database:")
    for row in results["work_queue"]:
        print(
            f"  GET /v1/referrals?{row['query']:<48} p50 {row['p50_ms']:6.1f} ms  p95 {row['p95_ms']:6.1f} ms (target < 50)"
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
