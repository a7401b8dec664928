"""Ranking homes for a referral and referrals for a place, with the exclusions explained."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from hearth_contract.matching import ExclusionCount, ExclusionSummary, SingleChange, Verdict

from hearth_matching.facts import Home, Referral
from hearth_matching.ranking.eligibility import ELIGIBILITY_RULES, Columns
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
    "rank_homes",
    "rank_referrals",
    "summarise",
]

ALL_RULES = HARD_RULES + SAFEGUARDING_RULES
_FULL_RULES = tuple(r for r in ALL_RULES if r.code not in ELIGIBILITY_RULES)
TITLES = {r.code: r.title for r in ALL_RULES} | EXTRA_TITLES


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


def rank_homes(
    referral: Referral,
    columns: Columns,
    context: RuleContext,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
    limit: int = 50,
) -> Ranked:
    """The agency's homes for one referral: eligibility over columns, then the full rules."""
    masks = columns.masks(referral, context.now, context.stale_after)
    stacked = (
        np.vstack([masks[rule] for rule in ELIGIBILITY_RULES])
        if columns.homes
        else np.zeros((len(ELIGIBILITY_RULES), 0), dtype=bool)
    )
    failing = stacked.sum(axis=0)
    primary: Counter[str] = Counter()
    only: Counter[str] = Counter()
    if stacked.shape[1]:
        first = stacked.argmax(axis=0)
        for index, rule in enumerate(ELIGIBILITY_RULES):
            primary[rule] += int(((failing > 0) & (first == index)).sum())
            only[rule] += int(((failing == 1) & stacked[index]).sum())
    standing = []
    for index in np.flatnonzero(failing == 0):
        home = columns.homes[index]
        assessment = _scored(
            referral, home, evaluate(_FULL_RULES, referral, home, context), weights
        )
        if assessment.excluded:
            primary[assessment.exclusions[0].rule] += 1
            if len(assessment.exclusions) == 1:
                only[assessment.exclusions[0].rule] += 1
        else:
            standing.append(assessment)
    primary = Counter({k: v for k, v in primary.items() if v})
    only = Counter({k: v for k, v in only.items() if v})
    standing.sort(key=lambda a: (-a.score, len(a.questions), a.home.id))
    return Ranked(standing[:limit], summarise(len(columns.homes), primary, only))


def rank_referrals(
    home: Home,
    referrals: Iterable[Referral],
    context: RuleContext,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
    limit: int = 50,
) -> Ranked:
    """The open referrals one home's free place could serve, best first."""
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
    standing.sort(key=lambda a: (-a.score, len(a.questions), a.referral.id))
    return Ranked(standing[:limit], summarise(considered, primary, only, noun="referrals"))


def usable_place_ids(home: Home, referral: Referral, context: RuleContext) -> list[str]:
    """The home's open places that fit every child's age."""
    ages = [c.age for c in referral.children if c.age is not None]
    return [
        p.id for p in open_places(home, context) if all(p.age_min <= a <= p.age_max for a in ages)
    ]
