"""Benchmark: rank one referral against 50,000 households and their vacancies.

In-process: the ranking engine (column eligibility, then the full rule table and the
score on the eligible homes, explanations included) against a brute-force NumPy lower
bound over the same data (the eligibility rules and a distance score, vectorised, no
explanations). Run: ``uv run python bench/matching.py``.
Not yet measured here: ranking over HTTP, and POST /v1/referrals to shortlist latency.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services/matching/tests"))

from hearth_matching.ranking.eligibility import ELIGIBILITY_RULES, Columns
from hearth_matching.ranking.engine import rank_homes
from hearth_matching.rules.base import RuleContext
from matching_testkit import child, home, place, referral, resident

HOUSEHOLDS = 50_000
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def build(rng: random.Random):
    homes = []
    for i in range(HOUSEHOLDS):
        age_min = rng.randint(0, 12)
        places = tuple(
            place(
                f"p{i}-{j}",
                last_confirmed_at=NOW - timedelta(hours=rng.choice([2, 2, 2, 30])),
                available_from=date(2026, 11, 23),
            )
            for j in range(rng.randint(1, 2))
        )
        homes.append(
            replace(
                home(f"h{i}"),
                age_min=age_min,
                age_max=rng.randint(age_min, 17),
                places=places,
                location=(rng.uniform(200e3, 650e3), rng.uniform(50e3, 600e3)),
                pets=("dog",) if rng.random() < 0.3 else (),
                residents=tuple(resident(rng.randint(0, 17)) for _ in range(rng.randint(0, 2))),
            )
        )
    return homes


def percentile(values, q):
    return statistics.quantiles(values, n=100)[q - 1] * 1000


def main() -> None:
    rng = random.Random(1)
    homes = build(rng)
    columns = Columns.build(homes)
    context = RuleContext(now=NOW)
    location = np.array([h.location for h in homes])
    engine_times, bound_times = [], []
    for trial in range(60):
        the_referral = referral(
            child(
                rng.randint(0, 17),
                to_others={"physical_harm": "present"} if trial % 3 == 0 else None,
            ),
            school=(rng.uniform(200e3, 650e3), rng.uniform(50e3, 600e3)),
        )
        started = time.perf_counter()
        ranked = rank_homes(the_referral, columns, context, limit=50)
        engine_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        masks = columns.masks(the_referral, context.now, context.stale_after)
        eligible = ~np.any(np.vstack([masks[r] for r in ELIGIBILITY_RULES]), axis=0)
        distance = np.hypot(*(location - np.array(the_referral.school)).T) / 1000
        score = np.where(eligible, np.maximum(0, 1 - distance / 30), -1)
        np.argpartition(-score, 50)[:50]
        bound_times.append(time.perf_counter() - started)
    print(
        f"households: {HOUSEHOLDS}, eligible in last run: {len(ranked.ranked)} ranked, "
        f"{ranked.summary.excluded} excluded"
    )
    for name, times in (("engine (in-process)", engine_times), ("numpy lower bound", bound_times)):
        print(f"{name}: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms")
    print(f"ratio p95: {percentile(engine_times, 95) / percentile(bound_times, 95):.1f}x")


if __name__ == "__main__":
    main()
