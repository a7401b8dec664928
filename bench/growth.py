"""Benchmark: costs as the data grows (issue 14), each path's cost per batch against records so far.

    uv run python bench/growth.py            # to 200,000 records (re-referrals to 1,000,000)
    uv run python bench/growth.py --quick    # to 20,000 (re-referrals to 100,000), < 2 min
    uv run python bench/growth.py --only places,catchup --json bench/charts/growth.json

Each path runs on PostgreSQL databases the script creates and drops:

* ``places``: vacancies' partner bulk through its own API (the app in process, httpx's
  ASGI transport): 1,000 households then their 1,000 places a request pair, until the
  tables hold N of each; the cost of each places request against places so far (and of
  each households request).
* ``catchup``: matching's vacancies consumer (its ``ReadModelFeeds``, batch reads over
  the same in-process vacancies API) reading that feed from the start, batch by batch
  (500 events), up to N events; the cost of each batch against events so far.
* ``columns``: matching's in-memory index gaining homes 1,000 at a time, then asked for
  the agency's ranking columns (what the first ranking after a change pays); plus one
  changed home at each size.
* ``rereferrals``: referrals' re-referral look-up (the repository's own statement) at
  10k, 100k and 1M referrals, filled by ``INSERT ... SELECT generate_series``; the
  median look-up and whether the plan reads ``referral_children`` through an index.

Charts are written to bench/charts/growth_<path>.png; the summary as JSON with --json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from growth_curve import Curve
from growth_paths import columns_path, rereferrals_path
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.testing import PostgresDatabase, Tokens, settings_for_tests

AGENCY = "bench-growth-agency"
BATCH = 1000
tokens = Tokens()
PARTNER = tokens.headers(CallerKind.PARTNER, AGENCY, [Scope.VACANCIES_SYNC])


def household(n: int) -> dict:
    age_min = n % 10
    return {
        "name": f"Household {n:06}",
        "carers": [{"name": f"Carer {n}"}],
        "approval": {
            "age_min": age_min,
            "age_max": age_min + 7,
            "children": 3,
            "placement_kinds": ["short_term", "long_term"],
        },
        "bedrooms": 3,
        "postcode": ("ME14 1XX", "M1 1AE", "SW1A 1AA")[n % 3],
        "supervising_social_worker": {"name": "SSW"},
    }


def place(n: int) -> dict:
    approval = household(n)["approval"]
    return {
        "household_external_id": f"EXT-{n:06}",
        "available_from": TEST_NOW.date().isoformat(),
        "age_min": approval["age_min"],
        "age_max": approval["age_max"],
        "placement_kinds": approval["placement_kinds"],
    }


async def bulk(http: httpx.AsyncClient, kind: str, field: str, items: list[tuple[str, dict]]):
    body = {"items": [{"external_id": e, field: item} for e, item in items]}
    started = time.perf_counter()
    response = await http.post(f"/v1/partner/{kind}:bulk", json=body, headers=PARTNER)
    elapsed = time.perf_counter() - started
    response.raise_for_status()
    statuses = {r["status"] for r in response.json()["results"]}
    assert statuses == {"created"}, response.json()["results"][:2]
    return elapsed


async def places_path(http: httpx.AsyncClient, count: int) -> tuple[Curve, Curve]:
    """Grow households and places together through the partner bulk, timing each request."""
    households = Curve("vacancies partner bulk of households", "household")
    places = Curve("vacancies partner bulk of places", "place")
    for start in range(0, count, BATCH):
        numbers = range(start, min(count, start + BATCH))
        items = [(f"EXT-{n:06}", household(n)) for n in numbers]
        households.add(start, await bulk(http, "households", "household", items), len(items))
        items = [(f"PLACE-{n:06}", place(n)) for n in numbers]
        places.add(start, await bulk(http, "vacancies", "vacancy", items), len(items))
    return households, places


async def catchup_path(vacancies_http: httpx.AsyncClient, count: int, url: str) -> Curve:
    """Matching's vacancies consumer from the start of the feed, timed batch by batch."""
    from hearth_kit.db import Database, create_engine
    from hearth_kit.postcodes import shared_directory
    from hearth_matching.read_model.feeds import ReadModelFeeds
    from hearth_matching.read_model.index import MatchIndex
    from hearth_matching.settings import MatchingSettings

    settings = settings_for_tests(MatchingSettings, url)
    database = Database(create_engine(url), FrozenClock(TEST_NOW))
    index = MatchIndex()
    index.loaded = True
    unused = httpx.AsyncClient(base_url="http://referrals.invalid")
    feeds = ReadModelFeeds(
        database, settings, index, unused, vacancies_http, shared_directory().locate
    )
    consumer = next(c for c in feeds.consumers if c.name == "matching:vacancies")
    curve = Curve("matching catch-up (vacancies feed, 500-event batches)", "event")
    done = 0
    try:
        while done < count:
            started = time.perf_counter()
            result = await consumer.run_batch()
            if result.read == 0:
                break
            curve.add(done, time.perf_counter() - started, result.read)
            done += result.read
    finally:
        await unused.aclose()
        await database.dispose()
    return curve


async def vacancies_paths(count: int, events: int, wanted: set[str]) -> list[Curve]:
    from hearth_matching.app import MIGRATIONS as MATCHING
    from hearth_matching.models import Base as MatchingBase
    from hearth_vacancies.app import MIGRATIONS, create_app
    from hearth_vacancies.models import Base
    from hearth_vacancies.settings import VacanciesSettings

    pid = os.getpid()
    vacancies_db = PostgresDatabase(f"hearth_bench_growth_vac_{pid}", MIGRATIONS, [Base.metadata])
    matching_db = PostgresDatabase(
        f"hearth_bench_growth_match_{pid}", MATCHING, [MatchingBase.metadata]
    )
    await asyncio.to_thread(vacancies_db.create)
    curves: list[Curve] = []
    try:
        settings = settings_for_tests(VacanciesSettings, vacancies_db.url)
        app = create_app(settings, clock=FrozenClock(TEST_NOW))
        logging.getLogger().setLevel(logging.WARNING)  # no line per request
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://vacancies", timeout=600
        ) as http:
            curves += await places_path(http, count)
            if "catchup" in wanted:
                await asyncio.to_thread(matching_db.create)
                curves.append(await catchup_path(http, events, matching_db.url))
        await app.state.database.dispose()
    finally:
        await asyncio.to_thread(vacancies_db.drop)
        await asyncio.to_thread(matching_db.drop)
    return curves


async def main(arguments: argparse.Namespace) -> dict:
    count = 20_000 if arguments.quick else arguments.records
    events = 20_000 if arguments.quick else arguments.events or count
    wanted = set(arguments.only.split(","))
    result: dict = {"records": count, "curves": []}

    async def report(curves: list[tuple[str, Curve]]) -> None:
        """Print and draw each path as soon as it is measured (a later path may fail)."""
        for slug, curve in curves:
            curve.print()
            chart = curve.chart(f"growth_{slug}" + ("_quick" if arguments.quick else ""))
            summary = {**curve.summary(), "chart": str(chart.relative_to(Path.cwd()))}
            result["curves"].append(summary)
        if arguments.json:
            text = json.dumps(result, indent=2)
            await asyncio.to_thread(Path(arguments.json).write_text, text)

    if wanted & {"places", "catchup"}:
        found = await vacancies_paths(count, events, wanted)
        await report(list(zip(["households", "places", "catchup"], found, strict=False)))
    if "columns" in wanted:
        await report(columns_path(count))
    if "rereferrals" in wanted:
        sizes = (10_000, 100_000) if arguments.quick else (10_000, 100_000, 1_000_000)
        result["rereferrals"] = await rereferrals_path(sizes)
        await report([])
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="to 20,000 records, < 2 minutes")
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--events", type=int, help="events the catch-up reads (--records)")
    parser.add_argument("--only", default="places,catchup,columns,rereferrals")
    parser.add_argument("--json", help="write the summary here")
    arguments = parser.parse_args()
    asyncio.run(main(arguments))
