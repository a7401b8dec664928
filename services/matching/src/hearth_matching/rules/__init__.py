"""Matching rules as tables: each rule has a code, a title, its rationale and a check.

``hard`` excludes homes for what they are approved or equipped for, ``safeguarding``
compares the child with every child already there, both ways, and ``scoring`` ranks
what is left. A check returns a :class:`Finding`; a rule that cannot be decided
because the referral does not say returns ``needs_information``, never a pass.
"""

from hearth_matching.rules.base import Finding, Rule, RuleContext, Verdict, evaluate

__all__ = ["Finding", "Rule", "RuleContext", "Verdict", "evaluate"]
