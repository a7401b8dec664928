"""A risk flag's coded verdict: "Y - hist.", "Y (past)", "? - suspected", "?".

Forms that answer each risk with a letter and a qualifier say how sure or how long ago
in the qualifier: a "Y" qualified as past is a historical risk, not a present one, and a
question mark is a suspicion, not a "yes"."""

from __future__ import annotations

import re

from hearth_contract.codes import RiskState

__all__ = ["coded_verdict"]

_YES = r"^\W*(?:y|yes)\s*(?:\(\s*|[-\u2013:,/]\s*)"
_HISTORICAL = re.compile(
    _YES + r"(?:hist|historic(?:al)?|past|prev|previous(?:ly)?|in the past)\b\.?"
    # the qualifier alone, then the detail: not "Yes, past week" or "previous carers saw"
    r"(?=\s*(?:$|[)\].,;:|\u2013-]))",
    re.I,
)
# "?", "? - suspected", "(?)": a question mark as the whole verdict, before any detail
_QUERIED = re.compile(r"^\W{0,2}\?\s*(?:$|[-\u2013:|(]|suspected\b|query\b)", re.I)


def coded_verdict(answer: str) -> RiskState | None:
    """The state a coded verdict at the start of an answer gives; None if it has none."""
    if _HISTORICAL.match(answer):
        return RiskState.HISTORICAL
    if _QUERIED.match(answer):
        return RiskState.SUSPECTED
    return None
