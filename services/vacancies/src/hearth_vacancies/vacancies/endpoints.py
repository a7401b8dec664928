"""Vacancy endpoints: the list of free places, and the commands that book them."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status
from hearth_contract.common import Page, SaneDate
from hearth_contract.problems import (
    DependencyUnavailable,
    DoubleBooking,
    Forbidden,
    HeldByAnotherCaller,
    HomeNotFound,
    HouseholdNotFound,
    IdempotencyKeyInFlight,
    IdempotencyKeyMismatch,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    VacancyNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import Setting
from hearth_contract.vacancies import (
    PlacementKind,
    VacancyCommand,
    VacancyCreate,
    VacancyMarkUnavailable,
    VacancyRead,
    VacancyState,
)
from hearth_kit.errors import problem_responses
from hearth_kit.idempotency import IdempotencyClaim
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import (
    FillerContext,
    ManagerContext,
    PeerManagerContext,
    PeerReaderContext,
    ReaderContext,
    peer_manager_idempotency,
)
from hearth_vacancies.paging import decode_cursor, encode_cursor
from hearth_vacancies.referrals_peer import ReferralsPeer, referrals_peer
from hearth_vacancies.repository import VacancyFilter
from hearth_vacancies.rules import Command
from hearth_vacancies.vacancies.service import VacancyService
from hearth_vacancies.views import etag, vacancy_read

router = APIRouter(route_class=HearthRoute, tags=["vacancies"])
_AUTH = (Unauthorized, Forbidden)
_COMMAND = problem_responses(
    *_AUTH,
    VacancyNotFound,
    DoubleBooking,
    HeldByAnotherCaller,
    InvalidState,
    ValidationFailed,
    DependencyUnavailable,
)
Peer = Annotated[ReferralsPeer, Depends(referrals_peer)]
IfMatch = IfMatchRequired


def _answer(ctx, vacancy, response: Response) -> VacancyRead:
    response.headers["ETag"] = etag(vacancy)
    return vacancy_read(vacancy, ctx.now(), ctx.settings.stale_after_hours)


@router.post(
    "/v1/vacancies",
    status_code=status.HTTP_201_CREATED,
    response_model=VacancyRead,
    responses=problem_responses(
        *_AUTH, HouseholdNotFound, HomeNotFound, InvalidState, ValidationFailed
    ),
)
async def open_vacancy(body: VacancyCreate, ctx: ManagerContext, response: Response) -> VacancyRead:
    """Open a free place in a household or home, within its approval and capacity."""
    vacancy = await VacancyService(ctx).open(body)
    response.headers["Location"] = f"/v1/vacancies/{vacancy.id}"
    return _answer(ctx, vacancy, response)


@router.get(
    "/v1/vacancies",
    response_model=Page[VacancyRead],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def list_vacancies(
    ctx: ReaderContext,
    state: Annotated[list[VacancyState] | None, Query()] = None,
    age: Annotated[int | None, Query(ge=0, le=25, description="A child of this age fits")] = None,
    setting: Setting | None = None,
    placement_kind: PlacementKind | None = None,
    available_by: SaneDate | None = None,
    cursor: Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Page[VacancyRead]:
    """The agency's places, soonest available first; ``state=available`` gives the free ones."""
    after = _after(cursor)
    flt = VacancyFilter(
        states=[s.value for s in state or []],
        age=age,
        setting=setting.value if setting else None,
        placement_kind=placement_kind.value if placement_kind else None,
        available_by=available_by,
    )
    rows = await ctx.repository.vacancies(flt, after, limit + 1)
    return _page(ctx, rows, limit)


@router.get(
    "/v1/vacancies:held-by-me",
    response_model=Page[VacancyRead],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def list_held_by_me(
    ctx: PeerReaderContext,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Page[VacancyRead]:
    """The places on hold that the caller placed (a service: across the agencies it acted
    for), soonest available first: how a holder finds the holds it lost track of."""
    rows = await VacancyService(ctx).held_by_caller(_after(cursor), limit + 1)
    return _page(ctx, rows, limit)


def _after(cursor: str | None) -> tuple[date, uuid.UUID] | None:
    if not cursor:
        return None
    day, raw_id = decode_cursor(cursor, 2)
    try:
        return (date.fromisoformat(day), uuid.UUID(raw_id))
    except ValueError:
        raise ValidationFailed("The cursor is not one this list gave out.") from None


def _page(ctx, rows: list, limit: int) -> Page[VacancyRead]:
    page = rows[:limit]
    now, hours = ctx.now(), ctx.settings.stale_after_hours
    next_cursor = (
        encode_cursor(page[-1].available_from.isoformat(), page[-1].id)
        if len(rows) > limit
        else None
    )
    return Page(items=[vacancy_read(v, now, hours) for v in page], next_cursor=next_cursor)


@router.get(
    "/v1/vacancies/{vacancy_id}",
    response_model=VacancyRead,
    responses=problem_responses(*_AUTH, VacancyNotFound),
)
async def read_vacancy(vacancy_id: str, ctx: PeerReaderContext, response: Response) -> VacancyRead:
    """One place and its state."""
    return _answer(ctx, await VacancyService(ctx).get(vacancy_id), response)


@router.post(
    "/v1/vacancies/{vacancy_id}/hold",
    response_model=VacancyRead,
    responses=problem_responses(
        *_AUTH,
        VacancyNotFound,
        DoubleBooking,
        HeldByAnotherCaller,
        InvalidState,
        ValidationFailed,
        DependencyUnavailable,
        IdempotencyKeyInFlight,
        IdempotencyKeyMismatch,
    ),
)
async def hold_vacancy(
    vacancy_id: str,
    body: VacancyCommand,
    ctx: PeerManagerContext,
    peer: Peer,
    response: Response,
    _claim: Annotated[IdempotencyClaim | None, Depends(peer_manager_idempotency)],
) -> VacancyRead:
    """Hold a place for a referral sent to this agency while the match is considered.

    With an Idempotency-Key, a retry of the same hold answers the first result.
    """
    vacancy = await VacancyService(ctx).command(vacancy_id, Command.HOLD, body.referral_id, peer)
    return _answer(ctx, vacancy, response)


@router.post("/v1/vacancies/{vacancy_id}/reserve", response_model=VacancyRead, responses=_COMMAND)
async def reserve_vacancy(
    vacancy_id: str, body: VacancyCommand, ctx: ManagerContext, peer: Peer, response: Response
) -> VacancyRead:
    """Reserve a place for a referral once an offer is made."""
    vacancy = await VacancyService(ctx).command(vacancy_id, Command.RESERVE, body.referral_id, peer)
    return _answer(ctx, vacancy, response)


@router.post("/v1/vacancies/{vacancy_id}/fill", response_model=VacancyRead, responses=_COMMAND)
async def fill_vacancy(
    vacancy_id: str, body: VacancyCommand, ctx: FillerContext, peer: Peer, response: Response
) -> VacancyRead:
    """Fill a place: the child is placed. Refused if held for another referral.

    The offers service fills the place held for an accepted offer (scope
    ``vacancies:fill``); its retry for the same referral answers the filled place as it is.
    """
    vacancy = await VacancyService(ctx).command(vacancy_id, Command.FILL, body.referral_id, peer)
    return _answer(ctx, vacancy, response)


@router.post(
    "/v1/vacancies/{vacancy_id}/release",
    response_model=VacancyRead,
    responses=problem_responses(*_AUTH, VacancyNotFound, HeldByAnotherCaller, InvalidState),
)
async def release_vacancy(
    vacancy_id: str,
    ctx: PeerManagerContext,
    response: Response,
    referral_id: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
) -> VacancyRead:
    """Release a hold or reservation: the place is available again.

    With ``?referral_id=``, only if the place is held or reserved for that referral
    (a late release never frees a place since held for another child). A service may
    release only a hold it placed itself (409 ``held-by-another-caller`` otherwise).
    """
    vacancy = await VacancyService(ctx).command(vacancy_id, Command.RELEASE, referral_id)
    return _answer(ctx, vacancy, response)


@router.post(
    "/v1/vacancies/{vacancy_id}/unavailable",
    response_model=VacancyRead,
    responses=problem_responses(*_AUTH, VacancyNotFound, InvalidState, ValidationFailed),
)
async def mark_unavailable(
    vacancy_id: str, body: VacancyMarkUnavailable, ctx: ManagerContext, response: Response
) -> VacancyRead:
    """Take a place off the list, with a reason."""
    return _answer(ctx, await VacancyService(ctx).mark_unavailable(vacancy_id, body), response)


@router.delete(
    "/v1/vacancies/{vacancy_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(
        *_AUTH, VacancyNotFound, PreconditionFailed, PreconditionRequired, InvalidState
    ),
)
async def delete_vacancy(
    vacancy_id: str, ctx: ManagerContext, if_match: IfMatch = None
) -> Response:
    """Delete a place (not while it is held, reserved or filled for a referral)."""
    await VacancyService(ctx).delete(vacancy_id, if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
