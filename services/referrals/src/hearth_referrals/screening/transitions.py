"""Which screening steps are allowed from which status: the state machine, as data."""

from __future__ import annotations

from enum import StrEnum

from hearth_contract.problems import InvalidState
from hearth_contract.referrals import RecipientStatus as S

__all__ = ["TERMINAL", "Step", "counts_as_first_response", "next_status"]

TERMINAL = frozenset({S.DECLINED, S.CLOSED, S.WITHDRAWN, S.PLACED})
_OPEN = frozenset(S) - TERMINAL


class Step(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ASSIGN = "assign"
    REQUEST_INFORMATION = "request_information"
    INFORMATION_ANSWERED = "information_answered"
    PROGRESS = "progress"
    DECLINE = "decline"
    CLOSE = "close"
    WITHDRAW = "withdraw"
    PLACE = "place"  # the LA accepted this agency's offer (the offers service says so)


# step -> (statuses it may be taken from, status it leads to; None keeps the status)
_RULES: dict[Step, tuple[frozenset[S], S | None]] = {
    Step.ACKNOWLEDGE: (frozenset({S.NEW}), S.ACKNOWLEDGED),
    Step.ASSIGN: (_OPEN, None),
    Step.REQUEST_INFORMATION: (_OPEN, S.INFORMATION_REQUESTED),
    Step.INFORMATION_ANSWERED: (frozenset({S.INFORMATION_REQUESTED}), None),
    Step.PROGRESS: (frozenset({S.NEW, S.ACKNOWLEDGED, S.INFORMATION_REQUESTED}), S.PROGRESSING),
    Step.DECLINE: (_OPEN, S.DECLINED),
    Step.CLOSE: (_OPEN, S.CLOSED),
    Step.WITHDRAW: (_OPEN, S.WITHDRAWN),
    Step.PLACE: (_OPEN, S.PLACED),
}

_FIRST_RESPONSES = frozenset(
    {Step.ACKNOWLEDGE, Step.REQUEST_INFORMATION, Step.PROGRESS, Step.DECLINE, Step.CLOSE}
)


def next_status(current: S, step: Step) -> S:
    """The status after ``step``, or InvalidState if the step is not allowed now."""
    allowed_from, leads_to = _RULES[step]
    if current not in allowed_from:
        raise InvalidState(
            f"Cannot {step.value.replace('_', ' ')} a referral that is {current.value}.",
            extensions={"current_status": current.value, "step": step.value},
        )
    return leads_to or current


def counts_as_first_response(step: Step) -> bool:
    """Whether the step answers the LA (stops the 15-minute clock)."""
    return step in _FIRST_RESPONSES
