"""The column forms agree with the rule table: every rule, the questions and the score.

Random homes and referrals from the testkit (seeded) are judged both ways: by the
column rules over all homes at once, and by each pure rule's check on each pairing.
"""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest
from hearth_contract.matching import Verdict
from hearth_matching.ranking.column_rules import COLUMN_RULES, judge
from hearth_matching.ranking.column_score import COLUMN_COMPONENTS, column_points
from hearth_matching.ranking.columns import Columns
from hearth_matching.ranking.engine import ALL_RULES, _rounded_scores, assess, rank_homes
from hearth_matching.rules.scoring import COMPONENTS, DEFAULT_WEIGHTS, score
from matching_testkit import CONTEXT, random_home, random_referral

HOMES = 300
REFERRALS = 60


@pytest.fixture(scope="module")
def world():
    rng = random.Random(20261123)
    homes = [random_home(rng, i) for i in range(HOMES)]
    referrals = [random_referral(rng, i) for i in range(REFERRALS)]
    return homes, Columns.build(homes), referrals


def _random_weights(rng: random.Random) -> dict[str, float]:
    weights = {name: rng.choice([0, 0.5, 1, 2.5, 3]) for name in DEFAULT_WEIGHTS}
    return weights if any(weights.values()) else DEFAULT_WEIGHTS


def _column_finding(judgement, code: str, row: int) -> tuple[str, Verdict] | None:
    outcome = judgement.outcomes[code]
    for finding_code, mask in outcome.excludes.items():
        if mask[row]:
            return finding_code, Verdict.EXCLUDE
    if outcome.needs is not None and outcome.needs[row]:
        return code, Verdict.NEEDS_INFORMATION
    return None


class TestTheTablesMatch:
    def test_every_rule_has_a_column_form_in_table_order(self):
        assert list(COLUMN_RULES) == [rule.code for rule in ALL_RULES]

    def test_every_component_has_a_column_form_in_score_order(self):
        pure = [
            c.name
            for c in score(random_referral(random.Random(1), 0), random_home(random.Random(1), 0))[
                1
            ]
        ]
        assert list(COLUMN_COMPONENTS) == pure
        assert len(COMPONENTS) == len(pure)


class TestColumnRulesAgreeWithThePureRules:
    def test_every_rule_on_every_random_pairing(self, world):
        homes, columns, referrals = world
        disagreements, seen = [], Counter()
        for the_referral in referrals:
            judgement = judge(the_referral, columns, CONTEXT)
            for row, the_home in enumerate(homes):
                for rule in ALL_RULES:
                    finding = rule.check(the_referral, the_home, CONTEXT)
                    pure = None
                    if finding is not None and finding.verdict is not Verdict.PASS:
                        pure = (finding.rule, finding.verdict)
                        seen[pure] += 1
                    column = _column_finding(judgement, rule.code, row)
                    if pure != column:
                        disagreements.append((the_referral.id, the_home.id, pure, column))
        assert disagreements == []
        # The random pairings exercise every rule's exclusion, and every question a rule
        # can ask, so a column form that never fires cannot pass.
        assert {code for code, verdict in seen if verdict is Verdict.EXCLUDE} == {
            rule.code for rule in ALL_RULES
        } | {"vacancy_stale"}
        assert {code for code, verdict in seen if verdict is Verdict.NEEDS_INFORMATION} == {
            "age_range",
            "gender",
            "remand_approval",
            "living_companions",
            "pets",
            "animal_allergy",
            "deprivation_of_liberty",
            "carers_exclusions",
            "missing_supervision",
            "sexual_harm_to_younger",
            "exploitation",
            "fire_setting",
            "physical_harm",
            "going_missing",
        }

    def test_the_questions_counted_per_home(self, world):
        homes, columns, referrals = world
        for the_referral in referrals:
            judgement = judge(the_referral, columns, CONTEXT)
            for row, the_home in enumerate(homes):
                assessment = assess(the_referral, the_home, CONTEXT)
                assert bool(judgement.excluded[row]) == assessment.excluded
                assert judgement.questions[row] == len(assessment.questions)


class TestColumnScoreAgreesWithThePureScore:
    def test_every_component_on_every_random_pairing(self, world):
        homes, columns, referrals = world
        for the_referral in referrals:
            points = column_points(the_referral, columns)
            for row, the_home in enumerate(homes):
                _, components = score(the_referral, the_home)
                for component in components:
                    assert np.isclose(
                        points[component.name][row], component.points, rtol=1e-12, atol=1e-12
                    ), (the_referral.id, the_home.id, component)

    def test_the_rounded_score_with_the_agencys_weights(self, world):
        homes, columns, referrals = world
        rng = random.Random(5)
        rows = np.arange(len(homes))
        for the_referral in referrals:
            weights = _random_weights(rng)
            scores = _rounded_scores(the_referral, columns, rows, weights)
            pure = [score(the_referral, the_home, weights)[0] for the_home in homes]
            assert scores.tolist() == pure


def _brute_force(the_referral, homes, weights, limit):
    """Every home assessed by the pure table, sorted and summarised one by one."""
    assessments = [assess(the_referral, h, CONTEXT, weights) for h in homes]
    standing = sorted(
        (a for a in assessments if not a.excluded),
        # Every clean home above every home that needs information (RULES.md, section 5).
        key=lambda a: (bool(a.questions), -a.score, len(a.questions), a.home.id),
    )
    first = Counter(a.exclusions[0].rule for a in assessments if a.excluded)
    only = Counter(a.exclusions[0].rule for a in assessments if len(a.exclusions) == 1)
    return standing[:limit], first, only


class TestRankHomesIsTheBruteForceRanking:
    def test_same_homes_order_findings_scores_and_summary(self, world):
        homes, columns, referrals = world
        rng = random.Random(11)
        for the_referral in referrals:
            weights = _random_weights(rng)
            limit = rng.choice([1, 5, 50, 1000])
            ranked = rank_homes(the_referral, columns, CONTEXT, weights, limit=limit)
            expected, first, only = _brute_force(the_referral, homes, weights, limit)
            assert [(a.home.id, a.score, a.questions) for a in ranked.ranked] == [
                (a.home.id, a.score, a.questions) for a in expected
            ]
            summary = ranked.summary
            assert summary.excluded == sum(first.values())
            assert {c.rule: c.count for c in summary.by_reason} == dict(first)
            if only:
                assert summary.single_change.would_open == max(only.values())
                assert only[summary.single_change.rule] == max(only.values())
            else:
                assert summary.single_change is None

    def test_explains_the_homes_asked_for_even_if_excluded(self, world):
        homes, columns, referrals = world
        the_referral = referrals[0]
        asked = [h.id for h in homes[:3]]
        ranked = rank_homes(the_referral, columns, CONTEXT, limit=1, explain=asked)
        assert sorted(ranked.explained) == sorted(asked)
        for home_id, assessment in ranked.explained.items():
            the_home = next(h for h in homes if h.id == home_id)
            assert assessment.exclusions == assess(the_referral, the_home, CONTEXT).exclusions


class TestScoresOnARoundingStep:
    def test_a_score_half_way_between_hundredths_is_taken_from_the_pure_function(self, monkeypatch):
        from hearth_matching.ranking import engine
        from matching_testkit import home, referral

        # Only "own area" and the school (too far to count) score: 100 * 0.12345 /
        # (0.12345 + 0.87655), half way between two hundredths (as near as floats get).
        weights = dict.fromkeys(DEFAULT_WEIGHTS, 0.0) | {
            "own_area": 0.12345,
            "school_distance": 0.87655,
        }
        far = (0.0, 0.0)
        homes = [home("h1", location=far), home("h2", location=far, la_code="E08000003")]
        the_referral = referral()
        rescored = []
        pure_score = engine.score
        monkeypatch.setattr(
            engine, "score", lambda r, h, w: rescored.append(h.id) or pure_score(r, h, w)
        )
        scores = _rounded_scores(the_referral, Columns.build(homes), np.arange(2), weights)
        assert rescored == ["h1"]
        assert scores.tolist() == [pure_score(the_referral, h, weights)[0] for h in homes]
