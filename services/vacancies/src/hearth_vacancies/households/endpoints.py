"""Household endpoints: what an agency's placement officer keeps up to date."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from hearth_contract.common import Page
from hearth_contract.problems import (
    Conflict,
    Forbidden,
    HouseholdNotFound,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.vacancies import HouseholdCreate, HouseholdRead
from hearth_kit.errors import problem_responses
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import ManagerContext, PeerReaderContext, ReaderContext
from hearth_vacancies.households.service import HouseholdService
from hearth_vacancies.paging import decode_cursor, encode_cursor
from hearth_vacancies.views import etag, household_read

router = APIRouter(route_class=HearthRoute, tags=["households"])
_AUTH = (Unauthorized, Forbidden)
IfMatch = IfMatchRequired


@router.post(
    "/v1/households",
    status_code=status.HTTP_201_CREATED,
    response_model=HouseholdRead,
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def create_household(
    body: HouseholdCreate, ctx: ManagerContext, response: Response
) -> HouseholdRead:
    """Record a foster household: carers, approval, location and who already lives there."""
    household = await HouseholdService(ctx).create(body)
    response.headers["Location"] = f"/v1/households/{household.id}"
    response.headers["ETag"] = etag(household)
    return household_read(household)


@router.get(
    "/v1/households",
    response_model=Page[HouseholdRead],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def list_households(
    ctx: ReaderContext,
    cursor: Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[HouseholdRead]:
    """The agency's households, by name."""
    after = None
    if cursor:
        name, raw_id = decode_cursor(cursor, 2)
        try:
            after = (name, uuid.UUID(raw_id))
        except ValueError:
            raise ValidationFailed("The cursor is not one this list gave out.") from None
    rows = await ctx.repository.households(after, limit + 1)
    page = rows[:limit]
    next_cursor = encode_cursor(page[-1].name, page[-1].id) if len(rows) > limit else None
    return Page(items=[household_read(h) for h in page], next_cursor=next_cursor)


@router.get(
    "/v1/households/{household_id}",
    response_model=HouseholdRead,
    responses=problem_responses(*_AUTH, HouseholdNotFound),
)
async def read_household(
    household_id: str, ctx: PeerReaderContext, response: Response
) -> HouseholdRead:
    """One household, with its ETag for a later change."""
    household = await HouseholdService(ctx).get(household_id)
    response.headers["ETag"] = etag(household)
    return household_read(household)


@router.put(
    "/v1/households/{household_id}",
    response_model=HouseholdRead,
    responses=problem_responses(
        *_AUTH,
        HouseholdNotFound,
        PreconditionFailed,
        PreconditionRequired,
        ValidationFailed,
        Conflict,
    ),
)
async def replace_household(
    household_id: str,
    body: HouseholdCreate,
    ctx: ManagerContext,
    response: Response,
    if_match: IfMatch = None,
) -> HouseholdRead:
    """Replace a household's record; send If-Match with the ETag you read."""
    household = await HouseholdService(ctx).replace(household_id, if_match, body)
    response.headers["ETag"] = etag(household)
    return household_read(household)


@router.delete(
    "/v1/households/{household_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(
        *_AUTH, HouseholdNotFound, PreconditionFailed, PreconditionRequired, InvalidState
    ),
)
async def delete_household(
    household_id: str, ctx: ManagerContext, if_match: IfMatch = None
) -> Response:
    """Delete a household and its places (not while one is held, reserved or filled)."""
    await HouseholdService(ctx).delete(household_id, if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
