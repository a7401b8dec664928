"""What a rule is, and how a table of them is evaluated for one pairing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hearth_contract.matching import Verdict

from hearth_matching.facts import Home, Referral

__all__ = [
    "RISKY",
    "UNKNOWN",
    "Finding",
    "Rule",
    "RuleContext",
    "Verdict",
    "evaluate",
    "exclude",
    "needs",
    "passes",
]

# A risk that is present or suspected counts; "historical" and "not_stated" must be asked
# about when they matter; "none_known" is no risk.
RISKY = frozenset({"present", "suspected"})
UNKNOWN = frozenset({"not_stated", "historical"})


@dataclass(frozen=True)
class Finding:
    rule: str
    verdict: Verdict
    reason: str = ""


@dataclass(frozen=True)
class RuleContext:
    """What a rule needs beyond the two records: today and how fresh a place must be."""

    now: datetime
    stale_after: timedelta = timedelta(hours=24)

    @property
    def today(self) -> date:
        return self.now.date()


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    rationale: str
    check: Callable[[Referral, Home, RuleContext], Finding | None]


def passes(rule: str) -> Finding:
    return Finding(rule, Verdict.PASS)


def exclude(rule: str, reason: str) -> Finding:
    return Finding(rule, Verdict.EXCLUDE, reason)


def needs(rule: str, reason: str) -> Finding:
    return Finding(rule, Verdict.NEEDS_INFORMATION, reason)


def evaluate(
    rules: Sequence[Rule], referral: Referral, home: Home, context: RuleContext
) -> list[Finding]:
    """Every rule's finding that is not a pass, in table order."""
    findings = []
    for rule in rules:
        finding = rule.check(referral, home, context)
        if finding is not None and finding.verdict is not Verdict.PASS:
            findings.append(finding)
    return findings
