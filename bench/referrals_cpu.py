"""CPU per referral: the service's and the baseline's, each with its PostgreSQL backends.

    uv run python bench/referrals_cpu.py [--rounds 3] [--seconds 10]

Starts both servers as ``bench/referrals.py`` does (fresh databases, single uvicorn
processes), warms them, then drives ``POST /v1/referrals`` on each in turn with wrk
(16 connections), ``--rounds`` times. Around every wrk run it reads the server process's
CPU time (user + system, ``/proc/<pid>/stat``) and that of every PostgreSQL backend
connected to the server's database, and divides by the requests wrk counted. CPU time is
what a request costs whatever else the machine is doing; throughput is not, so this is
the figure to compare before and after a change on a shared machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

import asyncpg
import httpx
from hearth_contract.auth import CallerKind
from referrals import (
    AGENCY,
    BASELINE_PORT,
    LA,
    SERVICE_PORT,
    bodies,
    database_name,
    drop,
    dsn,
    recreate,
    start_baseline,
    start_service,
    token,
    wait_up,
)
from wrk import run_wrk, write_bodies

_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, every thread included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


async def backends(database: str) -> list[int]:
    connection = await asyncpg.connect(dsn("postgres"))
    try:
        rows = await connection.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1", database
        )
        return [row["pid"] for row in rows]
    finally:
        await connection.close()


async def sessions_opened(database: str) -> int:
    """How many sessions the database has had (``pg_stat_database.sessions``)."""
    connection = await asyncpg.connect(dsn("postgres"))
    try:
        return await connection.fetchval(
            "SELECT sessions FROM pg_stat_database WHERE datname = $1", database
        )
    finally:
        await connection.close()


def _backend_cpu(pids: list[int]) -> dict[int, float]:
    found = {}
    for pid in pids:
        try:
            found[pid] = cpu_seconds(pid)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


async def measured_round(
    name: str, url: str, pid: int, database: str, authorization: str | None, **wrk
) -> dict:
    before_pids = await backends(database)
    sessions_before = await sessions_opened(database)
    server_before, pg_before = cpu_seconds(pid), _backend_cpu(before_pids)
    result = await asyncio.to_thread(
        run_wrk, url, "/v1/referrals", authorization=authorization, **wrk
    )
    server_after = cpu_seconds(pid)
    # A backend the pool opened during the round counts from zero.
    pg_after = _backend_cpu(sorted({*before_pids, *await backends(database)}))
    pg_used = sum(after - pg_before.get(backend, 0.0) for backend, after in pg_after.items())
    # A backend that started and ended within the round is in neither snapshot: its CPU is
    # missing from the figure. Counted, so that a pool opening and closing connections
    # shows (the service's did, until the seventeenth session).
    opened = await sessions_opened(database) - sessions_before
    answered = max(1, result.requests - result.errors)
    return {
        "server": name,
        "rps": result.rps,
        "requests": result.requests,
        "errors": result.errors,
        "cpu_ms": (server_after - server_before) * 1000 / answered,
        "postgres_cpu_ms": pg_used * 1000 / answered,
        "sessions_opened": opened,
    }


async def main(rounds: int, seconds: float, connections: int) -> list[dict]:
    ours_db = database_name("hearth_bench_cpu_referrals")
    base_db = database_name("hearth_bench_cpu_baseline")
    await recreate(base_db)
    service = await start_service(ours_db)
    baseline = start_baseline(base_db)
    ours, base = f"http://127.0.0.1:{SERVICE_PORT}", f"http://127.0.0.1:{BASELINE_PORT}"
    payloads = write_bodies(bodies(20_000, 0))
    try:
        await wait_up(ours, "/readyz")
        await wait_up(base, "/livez")
        operator = {"Authorization": f"Bearer {token(CallerKind.SERVICE, None, ['agency:admin'])}"}
        la = f"Bearer {token(CallerKind.LA, LA, ['referrals:submit'])}"
        async with httpx.AsyncClient(base_url=ours) as http:
            (
                await http.put(f"/v1/agencies/{AGENCY}", json={"name": "Bench"}, headers=operator)
            ).raise_for_status()
        servers = (
            ("service", ours, service.pid, ours_db, la),
            ("baseline", base, baseline.pid, base_db, None),
        )
        for _name, url, _pid, _db, authorization in servers:
            run_wrk(
                url,
                "/v1/referrals",
                seconds=3,
                connections=connections,
                bodies=payloads,
                authorization=authorization,
                key_prefix="warm",
            )
        rows = []
        for number in range(rounds):
            for name, url, pid, database, authorization in servers:
                row = await measured_round(
                    name,
                    url,
                    pid,
                    database,
                    authorization,
                    seconds=seconds,
                    connections=connections,
                    bodies=payloads,
                    key_prefix=f"cpu-{name}-{number}",
                )
                rows.append(row)
                print(
                    f"  {name:<9} {row['rps']:7.1f} req/s  {row['requests']:6} requests "
                    f"{row['errors']:3} errors  CPU/request {row['cpu_ms']:.2f} ms, "
                    f"its PostgreSQL {row['postgres_cpu_ms']:.2f} ms, "
                    f"{row['sessions_opened']} sessions opened",
                    flush=True,
                )
        return rows
    finally:
        payloads.unlink(missing_ok=True)
        for process in (service, baseline):
            process.terminate()
            process.wait(timeout=30)
        await drop(ours_db)
        await drop(base_db)


def summary(rows: list[dict]) -> None:
    print()
    figures = {}
    for name in ("service", "baseline"):
        mine = [r for r in rows if r["server"] == name]
        requests = sum(r["requests"] for r in mine)
        figures[name] = {
            "rps": sum(r["rps"] for r in mine) / len(mine),
            "cpu_ms": sum(r["cpu_ms"] * r["requests"] for r in mine) / requests,
            "postgres_cpu_ms": sum(r["postgres_cpu_ms"] * r["requests"] for r in mine) / requests,
            "errors": sum(r["errors"] for r in mine),
        }
        f = figures[name]
        print(
            f"{name:<9} {f['rps']:7.1f} req/s  CPU/request {f['cpu_ms']:.2f} ms, "
            f"its PostgreSQL {f['postgres_cpu_ms']:.2f} ms, errors {f['errors']}"
        )
    print(f"throughput ratio {figures['service']['rps'] / figures['baseline']['rps']:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    summary(asyncio.run(main(args.rounds, args.seconds, args.connections)))
