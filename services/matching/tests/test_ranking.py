"""The ranking engine: its column rules agree with the pure rules, and the summary adds up."""

from __future__ import annotations

from collections import Counter

from hearth_matching.ranking.columns import Columns
from hearth_matching.ranking.engine import assess, rank_homes, rank_referrals
from matching_testkit import CONTEXT, child, home, referral, resident


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
