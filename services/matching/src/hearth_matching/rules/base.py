"""What a rule is, and how a table of them is evaluated for one pairing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hearth_contract.matching import Verdict
from hearth_kit.clock import local_date

from hearth_matching.facts import Home, Referral

__all__ = [
    "RISKY",
    "UNKNOWN",
    "Finding",
    "Rule",
    "RuleContext",
    "Verdict",
    "asked_because",
    "evaluate",
    "exclude",
    "needs",
    "passes",
    "worse",
]

# A risk that is present or suspected decides; "historical", "not_stated" (a referral's)
# and "not_recorded" (a resident's) must be asked about when they matter; "none_known" is
# no risk.
RISKY = frozenset({"present", "suspected"})
UNKNOWN = frozenset({"not_stated", "historical", "not_recorded"})
_SEVERITY = {"present": 2, "suspected": 2, "none_known": 0}


def worse(first: str, second: str) -> str:
    """The graver of two risk states: present or suspected, then unknown, then none known."""
    return first if _SEVERITY.get(first, 1) >= _SEVERITY.get(second, 1) else second


def asked_because(state: str, risk: str, whose: str) -> str:
    """Why a risk must be asked about, as the flag says it: the officer asks differently
    for a past risk than for one nobody has stated."""
    label = risk.replace("_", " ")
    if state == "historical":
        return f"historical risk of {label} ({whose}): ask for the current assessment"
    if state == "not_recorded":
        return f"risk of {label} not recorded for {whose}: ask the home"
    return f"the referral does not say whether {whose} has a risk of {label}"


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
        return local_date(self.now)


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
