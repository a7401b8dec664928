"""Benchmark: matching over HTTP, with referrals, vacancies and matching as running processes.

    uv run python bench/matching_http.py                  # 50,000 households (several minutes)
    uv run python bench/matching_http.py --quick          # 2,000 households, fewer samples
    uv run python bench/matching_http.py --households 10000 --poll-seconds 0.1

The three services run from their console scripts, each on a fresh PostgreSQL database
(the cross-service tests' ``Stack``). With matching stopped, the script loads N
households, N/50 children's homes and one place in each through vacancies' partner bulk
upsert (1,000 per request); then it starts matching and times its catch-up: until its
read model holds every household, home and place (records/s: holders and places over
that time, matching's start included). Then it measures:

  (a) ``GET /v1/referrals/{id}/matches`` over HTTP, one call at a time, for referrals
      matching already holds: p50/p95;
  (b) from ``POST /v1/referrals`` answering 201 to ``GET /v1/referrals/{id}/matches``
      answering 200 with a non-empty ranked shortlist, polled every 10 ms: p50/p95; and
      of that, the time until the call that found the referral was sent (the feed and
      the consumer's share; the rest is one ranking).
      Matching ranks any open referral sent to the agency: no acknowledgement is needed
      first, so none is made. Target: under 1 s p95.

Baselines in the same run: the HTTP round trip of matching's ``GET /livez`` (what any
call costs), and the consumer's poll interval (how long an idle consumer may sleep).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import asyncpg
import httpx
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from cross_service.records import KENT, fitting_household, fitting_referral
from cross_service.stack import Stack
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens

AGENCY = "bench-matching-agency"
POSTCODES = ["ME14 1XX", "ME14 1XX", "M1 1AE", "SW1A 1AA"]
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
PARTNER = tokens.headers(CallerKind.PARTNER, AGENCY, [Scope.VACANCIES_SYNC])
LA = tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT])
OFFICER = tokens.headers(
    CallerKind.AGENCY,
    AGENCY,
    [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE, Scope.MATCHING_READ],
)


def household(n: int) -> dict:
    age_min = n % 10
    body = fitting_household(n, age_min=age_min, age_max=age_min + 7)
    body["postcode"] = POSTCODES[n % len(POSTCODES)]
    return body


def ms(values: list[float], q: int) -> float:
    if len(values) == 1:
        return round(values[0] * 1000, 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000, 1)


async def load_households(http: httpx.AsyncClient, vacancies: str, count: int) -> list[dict]:
    """Bulk upsert ``count`` households; each one's id and body."""
    loaded: list[dict] = []
    for start in range(0, count, 1000):
        numbers = range(start, min(count, start + 1000))
        items = [{"external_id": f"EXT-{n:06}", "household": household(n)} for n in numbers]
        response = await http.post(
            f"{vacancies}/v1/partner/households:bulk", json={"items": items}, headers=PARTNER
        )
        response.raise_for_status()
        results = response.json()["results"]
        assert all(r["status"] == "created" for r in results), results[:3]
        loaded.extend({"id": r["id"], "n": n} for r, n in zip(results, numbers, strict=True))
    return loaded


def home(n: int) -> dict:
    """A children's home for 11- to 17-year-olds (registered URN ``SC`` + ``n``)."""
    return {
        "urn": f"SC{n:06}",
        "name": f"Home {n:06}",
        "registration": {
            "age_min": 11,
            "age_max": 17,
            "capacity": 4,
            "categories": ["emotional_and_behavioural_difficulties"],
        },
        "postcode": POSTCODES[n % len(POSTCODES)],
        "registered_manager": {"name": "Robin Manager"},
    }


async def bulk_upsert(http: httpx.AsyncClient, vacancies: str, kind: str, items: list) -> None:
    """Send ``items`` to ``/v1/partner/{kind}:bulk``, 1,000 a request; every one created."""
    for start in range(0, len(items), 1000):
        response = await http.post(
            f"{vacancies}/v1/partner/{kind}:bulk",
            json={"items": items[start : start + 1000]},
            headers=PARTNER,
        )
        response.raise_for_status()
        results = response.json()["results"]
        assert all(r["status"] == "created" for r in results), results[:3]


async def load_homes(http: httpx.AsyncClient, vacancies: str, count: int) -> None:
    items = [{"external_id": f"HOME-{n:06}", "home": home(n)} for n in range(count)]
    await bulk_upsert(http, vacancies, "homes", items)


async def open_places(http: httpx.AsyncClient, vacancies: str, households: int, homes: int) -> None:
    """One place free from today in every household and home, through the partner bulk."""
    today = time.strftime("%Y-%m-%d")
    items = []
    for n in range(households):
        approval = household(n)["approval"]
        terms = {key: approval[key] for key in ("age_min", "age_max", "placement_kinds")}
        place = {"household_external_id": f"EXT-{n:06}", "available_from": today, **terms}
        items.append({"external_id": f"PLACE-{n:06}", "vacancy": place})
    for n in range(homes):
        place = {
            "home_external_id": f"HOME-{n:06}",
            "available_from": today,
            "age_min": 11,
            "age_max": 17,
            "placement_kinds": ["long_term"],
        }
        items.append({"external_id": f"HOME-PLACE-{n:06}", "vacancy": place})
    await bulk_upsert(http, vacancies, "vacancies", items)


async def caught_up(matching_dsn: str, holders: int, within: float) -> float:
    """Seconds until matching's read model holds every household, home and place."""
    started = time.perf_counter()
    connection = await asyncpg.connect(matching_dsn)
    try:
        while True:
            homes = await connection.fetchval("SELECT count(*) FROM home_facts")
            places = await connection.fetchval("SELECT count(*) FROM place_facts")
            if homes >= holders and places >= holders:
                return time.perf_counter() - started
            if time.perf_counter() - started > within:
                raise RuntimeError(f"matching holds {homes} homes, {places} places")
            await asyncio.sleep(0.5)
    finally:
        await connection.close()


async def send(http: httpx.AsyncClient, referrals: str, seed: int) -> str:
    response = await http.post(
        f"{referrals}/v1/referrals",
        json=fitting_referral(seed, AGENCY),
        headers={**LA, "Idempotency-Key": f"bench-{seed}"},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def shortlist(http: httpx.AsyncClient, matching: str, referral_id: str) -> list | None:
    response = await http.get(f"{matching}/v1/referrals/{referral_id}/matches", headers=OFFICER)
    if response.status_code == 404:
        return None
    response.raise_for_status()
    return response.json()["homes"] or None


async def until_shortlisted(
    http: httpx.AsyncClient, matching: str, referral_id: str, within: float = 120
) -> float:
    """Poll every 10 ms until matching answers with a ranked shortlist.

    Returns when the answering call was sent: matching held the referral by then.
    """
    deadline = time.perf_counter() + within
    while True:
        asked = time.perf_counter()
        if await shortlist(http, matching, referral_id) is not None:
            return asked
        if time.perf_counter() > deadline:
            raise RuntimeError(f"no shortlist for {referral_id} after {within} s")
        await asyncio.sleep(0.01)


async def time_to_shortlist(
    http: httpx.AsyncClient, referrals: str, matching: str, seed: int
) -> tuple[float, float]:
    """Seconds from the 201 to the shortlist, and to the call that found the referral."""
    referral_id = await send(http, referrals, seed)
    acknowledged = time.perf_counter()
    known = await until_shortlisted(http, matching, referral_id)
    return time.perf_counter() - acknowledged, known - acknowledged


async def measure(stack: Stack, args: argparse.Namespace) -> dict:
    referrals, vacancies = stack["referrals"].url, stack["vacancies"].url
    matching = stack["matching"].url
    matching_dsn = (
        sa.engine.make_url(stack.databases["matching"].url)
        .set(drivername="postgresql")
        .render_as_string(hide_password=False)
    )
    async with httpx.AsyncClient(timeout=300) as http:
        response = await http.put(
            f"{referrals}/v1/agencies/{AGENCY}", json={"name": "Bench"}, headers=OPERATOR
        )
        response.raise_for_status()
        # Matching is down while the records are loaded: then it catches up on them all.
        await asyncio.to_thread(stack["matching"].stop)
        started = time.perf_counter()
        await load_households(http, vacancies, args.households)
        households_s = time.perf_counter() - started
        started = time.perf_counter()
        await load_homes(http, vacancies, args.homes)
        homes_s = time.perf_counter() - started
        started = time.perf_counter()
        await open_places(http, vacancies, args.households, args.homes)
        places_s = time.perf_counter() - started
        started = time.perf_counter()
        await asyncio.to_thread(stack["matching"].start)
        ready_s = time.perf_counter() - started
        holders = args.households + args.homes
        await caught_up(matching_dsn, holders, within=3600)
        catch_up_s = time.perf_counter() - started

        # (a) ranking over HTTP, for referrals matching already holds.
        ranked_ids = [await send(http, referrals, seed) for seed in range(1, args.ranked + 1)]
        for referral_id in ranked_ids:  # read by matching, and the index loaded once
            await until_shortlisted(http, matching, referral_id)
        rank_times, shortlist_sizes = [], []
        for referral_id in ranked_ids:
            started = time.perf_counter()
            homes = await shortlist(http, matching, referral_id)
            rank_times.append(time.perf_counter() - started)
            shortlist_sizes.append(len(homes or []))
        livez = []
        for _ in range(args.ranked):
            started = time.perf_counter()
            (await http.get(f"{matching}/livez")).raise_for_status()
            livez.append(time.perf_counter() - started)

        # (b) POST /v1/referrals answered -> ranked shortlist available from matching.
        timed = [
            await time_to_shortlist(http, referrals, matching, 10_000 + seed)
            for seed in range(args.latency)
        ]
        to_shortlist = [total for total, _ in timed]
        to_known = [known for _, known in timed]
    records = 2 * (args.households + args.homes)  # each holder and its one place
    return {
        "households": args.households,
        "homes": args.homes,
        "places": args.households + args.homes,
        "consumer_poll_seconds": args.poll_seconds,
        "load_households_s": round(households_s, 1),
        "load_homes_s": round(homes_s, 1),
        "load_places_s": round(places_s, 1),
        "load_records_per_s": round(records / (households_s + homes_s + places_s)),
        "matching_catch_up_s_from_its_start": round(catch_up_s, 1),
        "matching_catch_up_records_per_s": round(records / catch_up_s),
        "matching_start_until_ready_s": round(ready_s, 1),
        "matching_catch_up_records_per_s_once_ready": round(records / (catch_up_s - ready_s)),
        "a_rank_over_http_ms": {
            "referrals": args.ranked,
            "p50": ms(rank_times, 50),
            "p95": ms(rank_times, 95),
            "shortlist_size_p50": statistics.median(shortlist_sizes),
        },
        "a_baseline_livez_round_trip_ms": {"p50": ms(livez, 50), "p95": ms(livez, 95)},
        "b_post_to_shortlist_ms": {
            "referrals": args.latency,
            "p50": ms(to_shortlist, 50),
            "p95": ms(to_shortlist, 95),
            "target_p95": 1000,
            "met": ms(to_shortlist, 95) < 1000,
        },
        "b_of_which_until_matching_held_it_ms": {
            "p50": ms(to_known, 50),
            "p95": ms(to_known, 95),
        },
        "b_baseline_consumer_poll_interval_ms": round(args.poll_seconds * 1000),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--homes", type=int, help="children's homes (default households / 50)")
    parser.add_argument("--ranked", type=int, default=50, help="referrals timed for (a)")
    parser.add_argument("--latency", type=int, default=30, help="referrals timed for (b)")
    parser.add_argument("--poll-seconds", type=float, default=0.2, help="matching's feed poll")
    parser.add_argument("--quick", action="store_true", help="2,000 households, 20 + 10 samples")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--logs", type=Path, help="keep the services' logs in this folder")
    args = parser.parse_args()
    if args.quick:
        args.households, args.ranked, args.latency = 2_000, 20, 10
    if args.homes is None:
        args.homes = args.households // 50
    with tempfile.TemporaryDirectory(prefix="bench-matching-http-") as temporary:
        logs = args.logs or Path(temporary)
        logs.mkdir(parents=True, exist_ok=True)
        stack = Stack("bench_mhttp", logs, CONSUMER_POLL_SECONDS=str(args.poll_seconds))
        try:
            stack.start()
            figures = asyncio.run(measure(stack, args))
        finally:
            stack.stop()
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
