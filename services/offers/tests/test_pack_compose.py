"""Composing the pack from matching's explanation, as pure functions."""

from __future__ import annotations

from hearth_contract.matching import (
    ExcludedHome,
    ExclusionSummary,
    HolderKind,
    MatchList,
    RuleFinding,
    Verdict,
)
from hearth_kit.clock import TEST_NOW
from hearth_offers.pack.compose import needs_from_explanation


def _excluded(*rules: str) -> MatchList:
    return MatchList(
        referral_id="r-1",
        generated_at=TEST_NOW,
        homes=[],
        exclusions=ExclusionSummary(
            considered=1, excluded=1, by_reason=[], single_change=None, text="One excluded"
        ),
        provisional=False,
        excluded=[
            ExcludedHome(
                holder_id="h-1",
                holder_kind=HolderKind.HOUSEHOLD,
                name="Household",
                reasons=[
                    RuleFinding(rule=rule, verdict=Verdict.EXCLUDE, reason=f"because {rule}")
                    for rule in rules
                ],
            )
        ],
    )


def test_the_place_held_for_this_match_is_not_a_need_unmet():
    explanation = _excluded("vacancy_not_available", "free_places", "religion")
    assert needs_from_explanation(explanation, "h-1") == ([], ["because religion"])


def test_without_an_explanation_the_pack_says_so():
    met, not_met = needs_from_explanation(None, "h-1")
    assert met == [] and not_met == [
        "Matching could not explain this home for the child when the offer was sent."
    ]
