"""Decision endpoints: propose, the SSW's view, the carer's or manager's answer, closing."""

from __future__ import annotations

from fastapi import APIRouter, Response, status
from hearth_contract.matching import (
    CarerDecision,
    HolderKind,
    HoldState,
    MatchClose,
    MatchCreate,
    MatchPlaced,
    MatchRead,
    MatchStatus,
    MatchStepRead,
    RuleFinding,
    SswDecision,
)
from hearth_contract.problems import (
    DependencyUnavailable,
    DoubleBooking,
    Forbidden,
    InvalidState,
    MatchNotFound,
    NotYetAvailable,
    ReferralNotFound,
    ReferralNotOpen,
    Unauthorized,
    VacancyGone,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_matching.api import DeciderContext, PlacerContext, ReaderContext
from hearth_matching.decisions.service import DecisionService
from hearth_matching.models import Match

router = APIRouter(route_class=HearthRoute, tags=["decisions"])
_AUTH = (Unauthorized, Forbidden)
_DECIDE = problem_responses(
    *_AUTH, MatchNotFound, InvalidState, ReferralNotOpen, ValidationFailed, DependencyUnavailable
)


def match_read(match: Match) -> MatchRead:
    return MatchRead(
        id=str(match.id),
        agency_id=match.agency_id,
        referral_id=match.referral_id,
        vacancy_id=match.vacancy_id,
        vacancy_ids=match.places,
        holder_id=match.holder_id,
        holder_kind=HolderKind(match.holder_kind),
        status=MatchStatus(match.status),
        score=match.score,
        needs_information=[RuleFinding.model_validate(f) for f in match.needs_information],
        hold=HoldState(match.hold),
        created_at=match.created_at,
        updated_at=match.updated_at,
        version=match.version,
        steps=[
            MatchStepRead(
                step=s.step,
                outcome=s.outcome,
                reason_code=s.reason_code,
                reason=s.reason,
                note=s.note,
                impact_on_residents_confirmed=s.impact_on_residents_confirmed,
                actor=s.actor,
                at=s.at,
            )
            for s in match.steps
        ],
    )


@router.post(
    "/v1/matches",
    response_model=MatchRead,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        *_AUTH,
        ReferralNotFound,
        NotYetAvailable,
        ReferralNotOpen,
        VacancyNotFound,
        VacancyGone,
        InvalidState,
        DoubleBooking,
        DependencyUnavailable,
    ),
)
async def propose(body: MatchCreate, ctx: DeciderContext, response: Response) -> MatchRead:
    """Propose a referral for a place; the place is held in the vacancies service."""
    match = await DecisionService(ctx).propose(body)
    response.headers["Location"] = f"/v1/matches/{match.id}"
    return match_read(match)


@router.get(
    "/v1/matches/{match_id}",
    response_model=MatchRead,
    responses=problem_responses(*_AUTH, MatchNotFound),
)
async def read_match(match_id: str, ctx: ReaderContext) -> MatchRead:
    """One match and every decision on it, with who and when."""
    return match_read(await DecisionService(ctx).get(match_id))


@router.get(
    "/v1/referrals/{referral_id}/proposed-matches",
    response_model=list[MatchRead],
    responses=problem_responses(*_AUTH),
)
async def referral_decisions(referral_id: str, ctx: ReaderContext) -> list[MatchRead]:
    """The agency's proposed matches for a referral."""
    return [match_read(m) for m in await DecisionService(ctx).list_for_referral(referral_id)]


@router.post("/v1/matches/{match_id}/ssw-decision", response_model=MatchRead, responses=_DECIDE)
async def ssw_decision(match_id: str, body: SswDecision, ctx: DeciderContext) -> MatchRead:
    """The supervising social worker agrees or not, with a reason."""
    return match_read(await DecisionService(ctx).ssw_decides(match_id, body))


@router.post("/v1/matches/{match_id}/carer-decision", response_model=MatchRead, responses=_DECIDE)
async def carer_decision(match_id: str, body: CarerDecision, ctx: DeciderContext) -> MatchRead:
    """The carer or registered manager accepts, or declines with a coded reason."""
    return match_read(await DecisionService(ctx).carer_decides(match_id, body))


@router.post(
    "/v1/matches/{match_id}/close",
    response_model=MatchRead,
    responses=problem_responses(*_AUTH, MatchNotFound, InvalidState, ValidationFailed),
)
async def close_match(match_id: str, body: MatchClose, ctx: DeciderContext) -> MatchRead:
    """End an open match with a coded reason; the places it holds are released."""
    return match_read(await DecisionService(ctx).close(match_id, body))


@router.post(
    "/v1/matches/{match_id}/placed",
    response_model=MatchRead,
    responses=problem_responses(*_AUTH, MatchNotFound, InvalidState, ValidationFailed),
)
async def match_placed(match_id: str, body: MatchPlaced, ctx: PlacerContext) -> MatchRead:
    """(The offers service) The LA accepted the offer made from this match: it is closed as
    placed and keeps its places (they are filled); the child's other open matches close as
    placed elsewhere, releasing theirs. A match already closed as placed answers as it is."""
    return match_read(await DecisionService(ctx).placed(match_id, body))
