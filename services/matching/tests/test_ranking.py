"""The ranking engine: its column rules agree with the pure rules, and the summary adds up."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from hearth_matching.ranking.eligibility import ELIGIBILITY_RULES, Columns
from hearth_matching.ranking.engine import assess, rank_homes, rank_referrals
from hearth_matching.rules.base import evaluate
from hearth_matching.rules.hard import HARD_RULES
from matching_testkit import CONTEXT, NOW, child, home, place, referral, resident


def _random_home(rng: random.Random, index: int):
    age_min = rng.randint(0, 12)
    places = tuple(
        place(
            f"h{index}-p{i}",
            state=rng.choice(["available", "available", "on_hold"]),
            last_confirmed_at=NOW - rng.choice([timedelta(hours=2), timedelta(hours=30)]),
            available_from=NOW.date() + timedelta(days=rng.choice([0, 7])),
        )
        for i in range(rng.randint(0, 3))
    )
    return replace(
        home(f"h{index}"),
        places=places,
        kind=rng.choice(["household", "home"]),
        age_min=age_min,
        age_max=rng.randint(age_min, 17),
        capacity=rng.randint(1, 4),
        genders=frozenset(rng.sample(["male", "female"], rng.randint(0, 1))),
        residents=tuple(resident(rng.randint(0, 17)) for _ in range(rng.randint(0, 2))),
    )


class TestColumnsAgreeWithTheRules:
    def test_on_random_homes_and_referrals(self):
        rng = random.Random(7)
        homes = [_random_home(rng, i) for i in range(400)]
        columns = Columns.build(homes)
        eligibility = tuple(r for r in HARD_RULES if r.code in ELIGIBILITY_RULES)
        for trial in range(40):
            the_referral = referral(
                *[
                    child(rng.randint(0, 17), rng.choice(["male", "female", "not_stated"]))
                    for _ in range(rng.randint(1, 3))
                ],
                setting=rng.choice(["fostering", "residential", "secure"]),
                needed_by=rng.choice(["today", "later"]),
            )
            masks = columns.masks(the_referral, CONTEXT.now, CONTEXT.stale_after)
            for index, the_home in enumerate(homes):
                pure = {
                    f.rule.replace("vacancy_stale", "vacancy_not_available")
                    for f in evaluate(eligibility, the_referral, the_home, CONTEXT)
                    if f.verdict == "exclude"
                }
                vector = {rule for rule in ELIGIBILITY_RULES if masks[rule][index]}
                assert pure == vector, (trial, the_home.id, pure, vector)


class TestRankHomes:
    def test_ranks_the_standing_and_summarises_the_excluded(self):
        homes = [
            home("near"),
            home("young", age_max=5),
            home("young2", age_max=6),
            home("pets", pets=("dog",)),
            home("far", location=(0.0, 0.0)),
        ]
        ranked = rank_homes(referral(child(10), pets="no"), Columns.build(homes), CONTEXT)
        assert [a.home.id for a in ranked.ranked] == ["near", "far"]
        summary = ranked.summary
        assert (summary.considered, summary.excluded) == (5, 3)
        assert Counter({c.rule: c.count for c in summary.by_reason}) == Counter(
            {"age_range": 2, "pets": 1}
        )
        assert summary.single_change.rule == "age_range"
        assert summary.single_change.would_open == 2
        assert summary.text.startswith("3 of 5 homes excluded: 2 age range, 1 pets")

    def test_agrees_with_assessing_each_home(self):
        homes = [home("a", residents=(resident(4),)), home("b"), home("c", age_max=11)]
        the_referral = referral(child(13, to_others={"physical_harm": "present"}))
        ranked = rank_homes(the_referral, Columns.build(homes), CONTEXT)
        one_by_one = [h.id for h in homes if not assess(the_referral, h, CONTEXT).excluded]
        assert [a.home.id for a in ranked.ranked] == one_by_one == ["b"]


class TestRankReferrals:
    def test_a_free_carer_sees_the_referrals_that_fit(self):
        referrals = [
            referral(child(8), id="fits"),
            referral(child(16), id="too-old"),
            referral(child(9), id="fits-too", school=None),
        ]
        ranked = rank_referrals(home(age_max=12), referrals, CONTEXT)
        assert [a.referral.id for a in ranked.ranked] == ["fits", "fits-too"]
        assert ranked.summary.text == "1 of 3 referrals excluded: 1 age range."
