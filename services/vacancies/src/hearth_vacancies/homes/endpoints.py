"""Children's home endpoints."""

from __future__ import annotations

from fastapi import APIRouter, Response, status
from hearth_contract.problems import (
    Conflict,
    Forbidden,
    HomeNotFound,
    InvalidState,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.vacancies import HomeCreate, HomeRead
from hearth_kit.errors import problem_responses
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import ManagerContext, PeerReaderContext, ReaderContext
from hearth_vacancies.homes.service import HomeService
from hearth_vacancies.views import etag, home_read

router = APIRouter(route_class=HearthRoute, tags=["homes"])
_AUTH = (Unauthorized, Forbidden)
IfMatch = IfMatchRequired


@router.post(
    "/v1/homes",
    status_code=status.HTTP_201_CREATED,
    response_model=HomeRead,
    responses=problem_responses(*_AUTH, ValidationFailed, Conflict),
)
async def create_home(body: HomeCreate, ctx: ManagerContext, response: Response) -> HomeRead:
    """Record a children's home: Ofsted registration, location and current residents."""
    home = await HomeService(ctx).create(body)
    response.headers["Location"] = f"/v1/homes/{home.id}"
    response.headers["ETag"] = etag(home)
    return home_read(home)


@router.get("/v1/homes", response_model=list[HomeRead], responses=problem_responses(*_AUTH))
async def list_homes(ctx: ReaderContext) -> list[HomeRead]:
    """The agency's children's homes, by name."""
    return [home_read(home) for home in await ctx.repository.homes()]


@router.get(
    "/v1/homes/{home_id}",
    response_model=HomeRead,
    responses=problem_responses(*_AUTH, HomeNotFound),
)
async def read_home(home_id: str, ctx: PeerReaderContext, response: Response) -> HomeRead:
    """One children's home, with its ETag."""
    home = await HomeService(ctx).get(home_id)
    response.headers["ETag"] = etag(home)
    return home_read(home)


@router.put(
    "/v1/homes/{home_id}",
    response_model=HomeRead,
    responses=problem_responses(
        *_AUTH, HomeNotFound, PreconditionFailed, PreconditionRequired, ValidationFailed, Conflict
    ),
)
async def replace_home(
    home_id: str,
    body: HomeCreate,
    ctx: ManagerContext,
    response: Response,
    if_match: IfMatch = None,
) -> HomeRead:
    """Replace a home's record; send If-Match with the ETag you read."""
    home = await HomeService(ctx).replace(home_id, if_match, body)
    response.headers["ETag"] = etag(home)
    return home_read(home)


@router.delete(
    "/v1/homes/{home_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(
        *_AUTH, HomeNotFound, PreconditionFailed, PreconditionRequired, InvalidState
    ),
)
async def delete_home(home_id: str, ctx: ManagerContext, if_match: IfMatch = None) -> Response:
    """Delete a children's home and its places (not while one is held, reserved or filled)."""
    await HomeService(ctx).delete(home_id, if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
