"""Benchmark: rank one referral against 50,000 households and their vacancies, in-process.

The data come from the matching testkit's generators (seeded): homes and households
with places in every state, residents with risks, pets, adaptations, carers'
exclusions, skills, languages, faiths and interests; referrals of one to three
children with risks present, unsaid or none, and every placement fact the rules read.

Measured in the same run, alternating, on the same referrals:

- engine: ``rank_homes`` end to end: every hard and safeguarding rule and the score
  over the columns, the exclusion summary (first failing rule, single change), and the
  pure rule table and score run for the 50 homes shown, with their explanations;
- lower bound: the same rules and score vectorised with NumPy over the same columns
  (every exclusion mask and the needs-information count over all homes, the weighted
  score with all its components for the homes that stand, and the top 50 by score),
  with no summary, no explanations and no Python per home.

Target: engine p95 within 3x of the bound's p95, and under 50 ms. Also printed: the
time to build the columns (what the read model pays when an agency's homes come or
go) and to put one changed home in its column in place (after a place changes). Run: ``uv run python bench/matching.py [--households N] [--trials N]``.
Ranking over HTTP is ``bench/matching_http.py``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services/matching/tests"))

from hearth_matching.ranking.column_rules import judge
from hearth_matching.ranking.column_score import column_score
from hearth_matching.ranking.columns import Columns
from hearth_matching.ranking.engine import rank_homes
from hearth_matching.rules.scoring import DEFAULT_WEIGHTS
from matching_testkit import CONTEXT, random_home, random_referral

LIMIT = 50


def lower_bound(referral, columns: Columns) -> np.ndarray:
    """Every mask and the questions over all homes, the full score of those that stand,
    and the best 50 by score (then fewer questions)."""
    judgement = judge(referral, columns, CONTEXT)
    standing = np.flatnonzero(~judgement.excluded)
    scores = np.round(column_score(referral, columns, DEFAULT_WEIGHTS, standing), 2)
    key = (
        scores - 1000.0 * (judgement.questions[standing] > 0) - judgement.questions[standing] * 1e-4
    )
    if len(key) > LIMIT:
        best = np.argpartition(-key, LIMIT)[:LIMIT]
        return standing[best[np.argsort(-key[best])]]
    return standing[np.argsort(-key)]


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--trials", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(1)
    homes = [random_home(rng, i) for i in range(args.households)]
    referrals = [random_referral(rng, i) for i in range(args.trials)]
    started = time.perf_counter()
    columns = Columns.build(homes)
    build_seconds = time.perf_counter() - started
    # An officer's daily round: places confirmed again, changed in place.
    changes = [
        replace(h, places=tuple(replace(p, last_confirmed_at=CONTEXT.now) for p in h.places))
        for h in homes[:: args.households // 100]
    ]
    started = time.perf_counter()
    replaced = sum(columns.replace(changed) for changed in changes)
    replace_seconds = (time.perf_counter() - started) / len(changes)
    for referral in referrals[:5]:  # warm up
        rank_homes(referral, columns, CONTEXT, limit=LIMIT)
        lower_bound(referral, columns)
    engine_times, bound_times, shown, standing = [], [], [], []
    for referral in referrals:
        started = time.perf_counter()
        ranked = rank_homes(referral, columns, CONTEXT, limit=LIMIT)
        engine_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        lower_bound(referral, columns)
        bound_times.append(time.perf_counter() - started)
        shown.append(len(ranked.ranked))
        standing.append(ranked.summary.considered - ranked.summary.excluded)
    print(
        f"homes: {args.households}, places: {int(columns.place_count.sum())}, "
        f"residents: {int(columns.resident_count.sum())}, referrals: {args.trials}; "
        f"standing per referral: median {statistics.median(standing):.0f}, "
        f"max {max(standing)}; shown with explanations: median {statistics.median(shown):.0f}"
    )
    print(
        f"columns built in {build_seconds * 1000:.0f} ms; one home changed in place in "
        f"{replace_seconds * 1000:.2f} ms ({replaced} of {len(changes)} in place)"
    )
    for name, times in (("engine (in-process)", engine_times), ("numpy lower bound", bound_times)):
        print(f"{name}: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms")
    ratio = percentile(engine_times, 95) / percentile(bound_times, 95)
    print(f"ratio p95: {ratio:.2f}x (target <= 3x; engine p95 target < 50 ms)")


if __name__ == "__main__":
    main()
