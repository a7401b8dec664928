"""Where an acceptance stands, read from the offer's history (plain data, no I/O).

Each step done in another service is one ``OfferStep`` row named after the step; a step
that had to wait adds one ``acceptance_waited`` row per new reason; a step the service
refused for good adds ``acceptance_failed`` (its problem type, the HTTP status in the
note), and an operator's ``acceptance_retried`` clears it. The history is the state:
nothing else is stored, so the progress cannot disagree with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hearth_contract.offers import AcceptanceProgress, AcceptanceStep

__all__ = ["FAILED", "ORDER", "RETRIED", "WAITED", "Progress", "progress_of"]

# The steps as shown: fill first (the place is the scarce thing and never double-filled);
# then the match closed as placed and the referral placed, asked together (matching
# leaves the placed agency's match to its ``placed`` call, whichever comes first).
ORDER = (AcceptanceStep.PLACE_FILLED, AcceptanceStep.MATCH_PLACED, AcceptanceStep.REFERRAL_PLACED)
WAITED = "acceptance_waited"
FAILED = "acceptance_failed"
RETRIED = "acceptance_retried"


@dataclass(frozen=True)
class Progress:
    done: tuple[AcceptanceStep, ...]
    last_problem: str | None
    waits: int
    failed_status: int | None = None  # set while refused for good, until retried

    @property
    def failed(self) -> bool:
        return self.failed_status is not None

    @property
    def remaining(self) -> tuple[AcceptanceStep, ...]:
        return tuple(step for step in ORDER if step not in self.done)

    def read(self) -> AcceptanceProgress:
        remaining = self.remaining
        return AcceptanceProgress(
            done=list(self.done),
            waiting_on=remaining[0] if remaining else None,
            last_problem=self.last_problem if remaining else None,
            waits=self.waits,
            failed=self.failed and bool(remaining),
            failed_status=self.failed_status if remaining else None,
        )


def progress_of(steps: Iterable[tuple[str, str | None, str | None]]) -> Progress:
    """The progress from the history's (step, reason_code, note) triples, oldest first."""
    done: list[AcceptanceStep] = []
    last_problem, waits, failed_status = None, 0, None
    names = {step.value: step for step in ORDER}
    for step, reason_code, note in steps:
        if step in names and names[step] not in done:
            done.append(names[step])
        elif step == WAITED:
            last_problem, waits = reason_code, waits + 1
        elif step == FAILED:
            last_problem, waits = reason_code, waits + 1
            failed_status = int(note) if note and note.isdigit() else 400
        elif step == RETRIED:
            failed_status = None
    in_order = tuple(step for step in ORDER if step in done)  # steps may finish together
    return Progress(in_order, last_problem, waits, failed_status)
