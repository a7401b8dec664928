"""How a match ends, and the record every decision leaves.

Shared by the decisions an officer takes over HTTP and by the feeds, which close a
match when its referral is no longer open with the agency or a place it held is gone.
Each end releases the places the match holds, for its referral only.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from hearth_contract.matching import OPEN_MATCH_STATUSES, HoldState, MatchCloseReason, MatchStatus
from hearth_kit.events import emit
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_matching.decisions.holds import Holds
from hearth_matching.models import Match, MatchStep

__all__ = [
    "REFERRALS_FEED_ACTOR",
    "add_step",
    "close_open_matches",
    "emit_match_event",
    "end_match",
]

log = get_logger("hearth.matching.decisions")
REFERRALS_FEED_ACTOR = "service:hearth-matching:referrals-feed"


def add_step(
    match: Match,
    step: str,
    outcome: str,
    actor: str,
    at: datetime,
    *,
    reason: str | None = None,
    reason_code: str | None = None,
    note: str | None = None,
    impact: bool | None = None,
) -> None:
    """Append one decision to the match's record (steps are never changed)."""
    match.steps.append(
        MatchStep(
            agency_id=match.agency_id,
            seq=len(match.steps) + 1,
            step=step,
            outcome=outcome,
            reason_code=reason_code,
            reason=reason,
            note=note,
            impact_on_residents_confirmed=impact,
            actor=actor,
            at=at,
        )
    )


async def emit_match_event(session: AsyncSession, match: Match, event: str, **data) -> None:
    """The match's event, for its agency, in the caller's transaction."""
    await emit(
        session,
        event,
        subject_type="match",
        subject_id=str(match.id),
        agency_ids=[match.agency_id],
        data={
            "agency_id": match.agency_id,
            "referral_id": match.referral_id,
            "vacancy_id": match.vacancy_id,
            "vacancy_ids": match.places,
            "status": match.status,
            **data,
        },
    )


async def end_match(
    session: AsyncSession,
    holds: Holds,
    match: Match,
    reason_code: MatchCloseReason,
    actor: str,
    at: datetime,
    note: str | None = None,
) -> None:
    """Close an open match with a coded reason and release the places it holds."""
    add_step(match, "closed", "closed", actor, at, reason_code=reason_code.value, note=note)
    match.status = MatchStatus.CLOSED.value
    if match.hold == HoldState.HELD:
        released = await holds.release_all(match.places, match.referral_id)
        match.hold = (HoldState.RELEASED if released else HoldState.RELEASE_FAILED).value
    match.updated_at = at
    await session.flush()
    await emit_match_event(session, match, "match.closed", reason_code=reason_code.value)


async def close_open_matches(
    session: AsyncSession,
    holds: Holds,
    matches: list[Match],
    live_agencies: Collection[str],
    reason_code: MatchCloseReason,
    at: datetime,
) -> list[Match]:
    """The feed's part: close the open matches of agencies the referral is no longer open
    with (withdrawn by the LA, or closed or declined by the agency); the closed ones."""
    closed = [
        m
        for m in matches
        if MatchStatus(m.status) in OPEN_MATCH_STATUSES and m.agency_id not in live_agencies
    ]
    for match in closed:
        await end_match(session, holds, match, reason_code, REFERRALS_FEED_ACTOR, at)
        log.info(
            "match.closed_by_feed",
            match_id=str(match.id),
            referral_id=match.referral_id,
            reason_code=reason_code.value,
        )
    return closed
