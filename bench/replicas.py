"""Benchmark: one and two worker processes of referrals and matching, driven by wrk.

    uv run python bench/replicas.py              # 2,000 households, 15 s per figure
    uv run python bench/replicas.py --quick      # 300 households, 5 s per figure

For each worker count (1, then 2) the three services run from their console scripts on
fresh PostgreSQL databases (the cross-service tests' ``Stack``); referrals and matching
are served by ``--workers N`` uvicorn processes (vacancies by one). Matching's
background loops (the two feed consumers, the hold reconciler) run in one worker
(``hearth_kit.leader``); every worker keeps its index in step (``read_model.refresh``).
With N households and one place in each loaded through vacancies' partner bulk, and
one referral ranked, wrk (16 connections, 2 threads) measures:

  (a) ``GET /v1/referrals/{id}/matches``: the agency's homes ranked for one referral;
  (b) ``POST /v1/referrals``: distinct example referrals with unique Idempotency-Keys
      (matching follows the referrals feed meanwhile, as it would in production).

This machine has two cores, shared by wrk, PostgreSQL, the three services and anything
else running: two workers can at best use both cores, so the ratio 2 workers / 1
worker is bounded by 2 and, with wrk and PostgreSQL on the same cores, lower.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from cross_service.stack import Stack
from hearth_contract.examples import example_referral
from hearth_kit.clock import TEST_NOW
from matching_http import AGENCY, LA, OFFICER, OPERATOR, load_households, open_places, send
from wrk import run_wrk, write_bodies

CONNECTIONS = 16


async def prepare(stack: Stack, households: int) -> str:
    """Households with a place each, and one referral matching ranks: its id."""
    async with httpx.AsyncClient(timeout=120) as http:
        referrals, vacancies = stack["referrals"].url, stack["vacancies"].url
        (
            await http.put(
                f"{referrals}/v1/agencies/{AGENCY}", json={"name": "B"}, headers=OPERATOR
            )
        ).raise_for_status()
        await load_households(http, vacancies, households)
        await open_places(http, vacancies, households, 0)
        referral_id = await send(http, referrals, 1)
        deadline = time.monotonic() + 300
        url = f"{stack['matching'].url}/v1/referrals/{referral_id}/matches"
        while time.monotonic() < deadline:  # every place read, and the referral ranked
            response = await http.get(url, headers=OFFICER)
            if response.status_code == 200 and len(response.json()["homes"]) >= 10:
                lag = await http.get(f"{stack['matching'].url}/v1/read-model/lag", headers=OFFICER)
                if all(feed["events_behind"] == 0 for feed in lag.json()["feeds"]):
                    return referral_id
            await asyncio.sleep(0.5)
        raise RuntimeError("matching did not rank the referral")


def referral_bodies(count: int) -> Path:
    today = TEST_NOW.date()
    return write_bodies(
        [
            json.dumps(
                example_referral(10_000 + i, agency_ids=[AGENCY], referral_date=today)
            ).encode()
            for i in range(count)
        ]
    )


def measure(workers: int, households: int, seconds: float, logs: Path) -> dict:
    stack = Stack(f"brep{workers}", logs / str(workers))
    (logs / str(workers)).mkdir(parents=True, exist_ok=True)
    for name in ("referrals", "matching"):
        stack[name].serve_args = ["--workers", str(workers)]
    try:
        for name, database in stack.databases.items():  # Stack.start, with time to start
            database.create()  # N workers on a loaded two-core machine
            stack[name].launch()
            stack[name].wait_until_ready(within=300)
        referral_id = asyncio.run(prepare(stack, households))
        matching, referrals = stack["matching"].url, stack["referrals"].url
        path = f"/v1/referrals/{referral_id}/matches"
        officer = OFFICER["Authorization"]
        run_wrk(matching, path, seconds=3, connections=CONNECTIONS, authorization=officer)  # warm
        ranked = run_wrk(
            matching, path, seconds=seconds, connections=CONNECTIONS, authorization=officer
        )
        posted = run_wrk(
            referrals,
            "/v1/referrals",
            seconds=seconds,
            connections=CONNECTIONS,
            bodies=referral_bodies(20_000),
            authorization=LA["Authorization"],
            key_prefix=f"replicas-{workers}-{time.monotonic_ns()}",
        )
        return {"GET matches": ranked.row(), "POST referrals": posted.row()}
    finally:
        stack.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--households", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=None)
    args = parser.parse_args()
    households = args.households or (300 if args.quick else 2000)
    seconds = args.seconds or (5 if args.quick else 15)
    logs = Path(tempfile.mkdtemp(prefix="bench-replicas-"))
    results = {}
    for n in (1, 2):
        results[f"{n} worker(s)"] = measure(n, households, seconds, logs)
        print(json.dumps({n: results[f"{n} worker(s)"]}), file=sys.stderr, flush=True)
    one, two = results["1 worker(s)"], results["2 worker(s)"]
    ratios = {
        name: round(two[name]["rps"] / one[name]["rps"], 2)
        for name in ("GET matches", "POST referrals")
    }
    print(
        json.dumps(
            {
                "households": households,
                "seconds": seconds,
                "results": results,
                "two_over_one": ratios,
                "logs": str(logs),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
