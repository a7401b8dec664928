"""Benchmark of webhook delivery on PostgreSQL: 10,000 events to a local receiver.

The referrals service's database (migrated by Alembic) and its app in-process, with its
delivery worker running as in the service; the receiver is ``webhook_receiver.py`` (the
cross-service test's), a separate process verifying every signature with the
``standardwebhooks`` library. Events are written to the outbox at a steady offered rate
(``--rate`` per second, in 20 ms batches) while the worker fans them out and delivers;
each event belongs to one of ``--subjects`` referrals (deliveries of a subject go in
order, one at a time). Measured:

* throughput: events delivered per second, from the first event written to the last
  delivered (the receiver's count and the deliveries table agree, or the run fails);
* lag p50/p95/p99: from each event's ``occurred_at`` to its 2xx (``delivered_at``);

and, as the same-run baseline, the receiver's own capacity: the same number of signed
POSTs sent straight from one httpx client at the worker's concurrency, no database.

    uv run python bench/webhooks.py [--events 10000] [--rate 1000] [--subjects 1000]

``HEARTH_TEST_DATABASE_URL`` names the server (default postgres@127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.clock import SystemClock
from hearth_kit.events import emit_many
from hearth_kit.tables import webhook_deliveries
from hearth_kit.testing import TEST_SECRET, PostgresDatabase, Tokens, settle_feed
from hearth_kit.webhooks import signed_headers
from hearth_referrals.app import MIGRATIONS, create_app
from hearth_referrals.models import Base
from hearth_referrals.settings import ReferralsSettings
from pydantic import SecretStr

ROOT = Path(__file__).resolve().parents[1]
RECEIVER = ROOT / "tests" / "cross_service" / "webhook_receiver.py"
KENT = "E10000016"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_receiver(directory: Path, secret: str, port: int) -> subprocess.Popen:
    secrets = directory / "secrets.json"
    secrets.write_text(json.dumps({"/hooks": secret}))
    command = [sys.executable, str(RECEIVER), "--port", str(port)]
    command += ["--secrets", str(secrets), "--out", str(directory / "received.jsonl")]
    process = subprocess.Popen(command)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=0.5)
            return process
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the receiver did not start")


def received(directory: Path) -> list[dict]:
    path = directory / "received.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line]


async def produce(database, events: int, rate: float, subjects: list[str]) -> float:
    """Write ``events`` to the outbox at ``rate`` per second; when the first was written."""
    started = time.monotonic()
    batch = max(1, int(rate * 0.02))
    written = 0
    while written < events:
        count = min(batch, events - written)
        rows = [
            {
                "type": "referral.amended",
                "subject_type": "referral",
                "subject_id": subjects[(written + i) % len(subjects)],
                "la_code": KENT,
                "agency_ids": ["bench-agency"],
                "data": {"n": written + i},
            }
            for i in range(count)
        ]
        async with database.system_session("bench") as session:
            async with session.begin():
                await emit_many(session, rows)
        written += count
        pause = started + written / rate - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
    return started


async def delivered_count(database) -> int:
    async with database.engine.connect() as connection:
        query = sa.select(sa.func.count()).where(webhook_deliveries.c.status == "delivered")
        return await connection.scalar(query)


async def lags(database) -> list[float]:
    async with database.engine.connect() as connection:
        rows = await connection.execute(
            sa.select(webhook_deliveries.c.occurred_at, webhook_deliveries.c.delivered_at)
        )
        return sorted((d - o).total_seconds() for o, d in rows)


def percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))]


async def baseline(url: str, secret: str, events: int, concurrency: int) -> float:
    """The receiver's capacity: signed POSTs from one client, ``concurrency`` at a time."""
    body = json.dumps({"type": "referral.amended", "data": {"n": 0}}).encode()
    clock = SystemClock()
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency)) as http:
        started = time.monotonic()
        for offset in range(0, events, concurrency):
            sends = []
            for _ in range(min(concurrency, events - offset)):
                headers = signed_headers(str(uuid.uuid4()), clock.now(), body, [secret])
                sends.append(http.post(url, content=body, headers=headers))
            for response in await asyncio.gather(*sends):
                response.raise_for_status()
        return events / (time.monotonic() - started)


async def run(args: argparse.Namespace, url: str) -> dict:
    directory = Path(tempfile.mkdtemp(prefix="hearth-webhooks-bench-"))
    settings = ReferralsSettings(
        environment="test",
        database_url=url,
        jwt_secret=SecretStr(TEST_SECRET),
        rate_limit="1000000/minute",
        webhooks_allow_private_addresses=True,
        webhooks_batch_size=args.batch,
        webhooks_poll_seconds=0.02,
    )
    app = create_app(settings, clock=SystemClock())
    port = free_port()
    auth = Tokens().headers(CallerKind.LA, KENT, [Scope.WEBHOOKS_MANAGE])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://referrals") as api:
        created = await api.post(
            "/v1/webhooks",
            json={"url": f"http://127.0.0.1:{port}/hooks", "event_types": ["referral.*"]},
            headers=auth,
        )
        created.raise_for_status()
    secret = created.json()["secret"]
    receiver = start_receiver(directory, secret, port)
    try:
        base_rate = await baseline(
            f"http://127.0.0.1:{port}/hooks", secret, args.events, args.batch
        )
        before = len(received(directory))  # the baseline's, left out below
        subjects = [str(uuid.uuid4()) for _ in range(args.subjects)]
        stop = asyncio.Event()
        worker = asyncio.create_task(app.state.webhooks.run_forever(stop))
        first = await produce(app.state.database, args.events, args.rate, subjects)
        await settle_feed(app.state.database)
        while await delivered_count(app.state.database) < args.events:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        elapsed = time.monotonic() - first
        stop.set()
        await worker
        await app.state.webhooks.close()
        lag = await lags(app.state.database)
        got = received(directory)[before:]
        if (
            not all(r["verified"] for r in got)
            or len({r["webhook_id"] for r in got}) != args.events
        ):
            raise SystemExit("the receiver did not verify every event exactly")
        await app.state.database.dispose()
    finally:
        receiver.terminate()
        receiver.wait()
    return {
        "events": args.events,
        "offered_rate": args.rate,
        "subjects": args.subjects,
        "delivered_per_second": round(args.events / elapsed, 1),
        "baseline_receiver_per_second": round(base_rate, 1),
        "ratio": round(args.events / elapsed / base_rate, 3),
        "lag_p50_ms": round(statistics.median(lag) * 1000, 1),
        "lag_p95_ms": round(percentile(lag, 0.95) * 1000, 1),
        "lag_p99_ms": round(percentile(lag, 0.99) * 1000, 1),
        "duplicates": len(got) - args.events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=1000.0, help="events offered per second")
    parser.add_argument("--subjects", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=100, help="the worker's batch size")
    args = parser.parse_args()
    database = PostgresDatabase(f"hearth_bench_webhooks_{os.getpid()}", MIGRATIONS, [Base.metadata])
    url = database.create()
    try:
        print(json.dumps(asyncio.run(run(args, url)), indent=2))
    finally:
        database.drop()


if __name__ == "__main__":
    main()
