"""Ranking homes for a referral and referrals for a place, with the exclusions explained."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from hearth_contract.matching import ExclusionCount, ExclusionSummary, SingleChange, Verdict
from hearth_kit.logging import get_logger

from hearth_matching.facts import Home, Referral
from hearth_matching.ranking.column_rules import Judgement, judge
from hearth_matching.ranking.column_score import column_score
from hearth_matching.ranking.columns import Columns
from hearth_matching.rules.base import Finding, RuleContext, evaluate
from hearth_matching.rules.hard import EXTRA_TITLES, HARD_RULES, open_places
from hearth_matching.rules.safeguarding import SAFEGUARDING_RULES
from hearth_matching.rules.scoring import DEFAULT_WEIGHTS, Component, score

__all__ = [
    "ALL_RULES",
    "TITLES",
    "Assessment",
    "Ranked",
    "assess",
    "excluded_page",
    "rank_homes",
    "rank_referrals",
    "summarise",
]

ALL_RULES = HARD_RULES + SAFEGUARDING_RULES
TITLES = {r.code: r.title for r in ALL_RULES} | EXTRA_TITLES
log = get_logger("hearth.matching.ranking")


@dataclass
class Assessment:
    """One pairing: what excludes it, what must be asked, and its score if it stands."""

    referral: Referral
    home: Home
    exclusions: list[Finding]
    questions: list[Finding]
    score: float = 0.0
    components: list[Component] = field(default_factory=list)

    @property
    def excluded(self) -> bool:
        return bool(self.exclusions)


def assess(
    referral: Referral,
    home: Home,
    context: RuleContext,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
) -> Assessment:
    """Every rule on one pairing, then the score if nothing excludes it."""
    findings = evaluate(ALL_RULES, referral, home, context)
    return _scored(referral, home, findings, weights)


def _scored(
    referral: Referral, home: Home, findings: list[Finding], weights: Mapping[str, float]
) -> Assessment:
    exclusions = [f for f in findings if f.verdict is Verdict.EXCLUDE]
    questions = [f for f in findings if f.verdict is Verdict.NEEDS_INFORMATION]
    assessment = Assessment(referral, home, exclusions, questions)
    if not exclusions:
        assessment.score, assessment.components = score(referral, home, weights)
    return assessment


@dataclass
class Ranked:
    """The ranked pairings that stand, and the summary of the rest."""

    ranked: list[Assessment]
    summary: ExclusionSummary
    explained: dict[str, Assessment] = field(default_factory=dict)  # asked for by id
    judgement: Judgement | None = None  # the column verdicts (homes for a referral)


def summarise(
    considered: int, primary: Counter[str], only: Counter[str], noun: str = "homes"
) -> ExclusionSummary:
    """Counts per first failing rule, and the rule whose removal alone opens the most."""
    excluded = sum(primary.values())
    by_reason = [
        ExclusionCount(rule=rule, title=TITLES.get(rule, rule), count=count)
        for rule, count in primary.most_common()
    ]
    single = None
    if only:
        rule, count = only.most_common(1)[0]
        single = SingleChange(
            rule=rule,
            title=TITLES.get(rule, rule),
            would_open=count,
            explanation=f"{count} {noun} fail only on {TITLES.get(rule, rule)}: a change there "
            "would bring them into consideration.",
        )
    parts = ", ".join(f"{c.count} {c.title}" for c in by_reason)
    text = f"{excluded} of {considered} {noun} excluded" + (f": {parts}." if parts else ".")
    return ExclusionSummary(
        considered=considered,
        excluded=excluded,
        by_reason=by_reason,
        single_change=single,
        text=text,
    )


def _order(assessment: Assessment) -> tuple[bool, float, int, str]:
    """Clean homes above every home that needs information; then score, questions, id."""
    questions = assessment.questions
    return (bool(questions), -assessment.score, len(questions), assessment.home.id)


# Sorting on score less this for a home with questions puts every clean home first.
_ASKED = 1000.0


# A score this close (in hundredths) to a rounding step is re-scored by the pure function.
_ROUNDING_MARGIN = 1e-6


def _rounded_scores(
    referral: Referral, columns: Columns, rows: np.ndarray, weights: Mapping[str, float]
) -> np.ndarray:
    """The scores of the given homes as ``rules.scoring.score`` rounds them."""
    raw = column_score(referral, columns, weights, rows)
    scores = np.round(raw, 2)
    hundredths = raw * 100
    near_step = np.abs(hundredths - np.floor(hundredths) - 0.5) < _ROUNDING_MARGIN
    for j in np.flatnonzero(near_step):
        scores[j] = score(referral, columns.homes[rows[j]], weights)[0]
    return scores


def _best(
    referral: Referral,
    columns: Columns,
    judgement: Judgement,
    weights: Mapping[str, float],
    limit: int,
) -> np.ndarray:
    """The standing homes to show, best first: score, then fewer questions, then id."""
    standing = np.flatnonzero(~judgement.excluded)
    if limit <= 0 or not len(standing):
        return standing[:0]
    scores = _rounded_scores(referral, columns, standing, weights)
    scores = scores - _ASKED * (judgement.questions[standing] > 0)
    if len(standing) > limit:
        cut = -np.partition(-scores, limit - 1)[limit - 1]
        keep = scores >= cut
        standing, scores = standing[keep], scores[keep]
    order = np.lexsort((columns.id_rank[standing], judgement.questions[standing], -scores))
    return standing[order[:limit]]


def rank_homes(
    referral: Referral,
    columns: Columns,
    context: RuleContext,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
    limit: int = 50,
    explain: Collection[str] = (),
) -> Ranked:
    """The agency's homes for one referral, best first, with the exclusions summarised.

    Every rule and the score run over whole columns; only the homes shown (the best
    ``limit`` that stand, and any in ``explain``) are assessed by the pure rule table,
    for the findings and score explanations the officer reads.
    """
    judgement = judge(referral, columns, context)
    first, only = judgement.exclusion_counts()
    ranked = []
    for row in _best(referral, columns, judgement, weights, limit):
        assessment = assess(referral, columns.homes[row], context, weights)
        if assessment.excluded:  # the column rules disagree with the table: trust the table
            log.error(
                "matching.column_rules_disagree", rules=[f.rule for f in assessment.exclusions]
            )
            continue
        ranked.append(assessment)
    ranked.sort(key=_order)
    explained = {
        home_id: assess(referral, columns.homes[columns.row_of[home_id]], context, weights)
        for home_id in explain
        if home_id in columns.row_of
    }
    return Ranked(ranked, summarise(columns.size, first, only), explained, judgement)


def excluded_page(
    referral: Referral,
    columns: Columns,
    judgement: Judgement,
    context: RuleContext,
    offset: int = 0,
    limit: int = 50,
    holder_id: str | None = None,
) -> tuple[list[Assessment], int]:
    """One page of the homes the rules exclude, in holder id order, each assessed by the
    pure table for every reason; and how many are excluded in all (with ``holder_id``:
    that one home if it is excluded)."""
    excluded = judgement.excluded
    if holder_id is not None:
        row = columns.row_of.get(holder_id)
        rows = np.array([row] if row is not None and excluded[row] else [], dtype=np.int64)
    else:
        rows = np.flatnonzero(excluded)
        rows = rows[np.argsort(columns.id_rank[rows], kind="stable")]
    page = rows[offset : offset + limit]
    return [assess(referral, columns.homes[row], context) for row in page], len(rows)


def rank_referrals(
    home: Home,
    referrals: Iterable[Referral],
    context: RuleContext,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
    limit: int = 50,
) -> Ranked:
    """The open referrals one home's free place could serve, best first.

    Pure Python, one pass: each open referral is assessed once against the one home
    (the rules are linear in its children and the home's residents), then the standing
    ones are sorted, so the cost grows as R log R in the open referrals R (hundreds for
    an agency), never R squared. Vectorising it would pay only at many thousands.
    """
    primary: Counter[str] = Counter()
    only: Counter[str] = Counter()
    standing, considered = [], 0
    for referral in referrals:
        considered += 1
        assessment = assess(referral, home, context, weights)
        if assessment.excluded:
            primary[assessment.exclusions[0].rule] += 1
            if len(assessment.exclusions) == 1:
                only[assessment.exclusions[0].rule] += 1
        else:
            standing.append(assessment)
    standing.sort(  # n log n; clean referrals first, as for homes
        key=lambda a: (bool(a.questions), -a.score, len(a.questions), a.referral.id)
    )
    return Ranked(standing[:limit], summarise(considered, primary, only, noun="referrals"))


def usable_place_ids(home: Home, referral: Referral, context: RuleContext) -> list[str]:
    """The home's open places that fit every child's age."""
    ages = [c.age for c in referral.children if c.age is not None]
    return [
        p.id for p in open_places(home, context) if all(p.age_min <= a <= p.age_max for a in ages)
    ]
