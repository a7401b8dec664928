"""Placement endpoints: read, name the workers, the Standard's details, end."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from hearth_contract.common import Page
from hearth_contract.placements import (
    ActualPlacementRecord,
    PlacementDetails,
    PlacementEnd,
    PlacementRead,
    PlacementWorkers,
)
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    PlacementNotFound,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_placements.api import ManagerContext, ReaderContext
from hearth_placements.exports.service import actual_placement
from hearth_placements.placements.service import PlacementService
from hearth_placements.views import etag, placement_read

router = APIRouter(route_class=HearthRoute, tags=["placements"])
_AUTH = (Unauthorized, Forbidden)
_CHANGE = problem_responses(
    *_AUTH, PlacementNotFound, PreconditionFailed, PreconditionRequired, ValidationFailed
)
Cursor = Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-fA-F-]{36}$")]
Limit = Annotated[int, Query(ge=1, le=200)]


def _answer(placement, response: Response) -> PlacementRead:
    response.headers["ETag"] = etag(placement)
    return placement_read(placement)


@router.get(
    "/v1/placements", response_model=Page[PlacementRead], responses=problem_responses(*_AUTH)
)
async def list_placements(ctx: ReaderContext, after: Cursor = None, limit: Limit = 50):
    """The placements the caller may see (an agency its own, an LA its children's)."""
    page = await PlacementService(ctx).list(after, limit)
    cursor = str(page[-1].id) if len(page) == limit else None
    return model_response(Page(items=[placement_read(p) for p in page], next_cursor=cursor))


@router.get(
    "/v1/placements/{placement_id}",
    response_model=PlacementRead,
    responses=problem_responses(*_AUTH, PlacementNotFound),
)
async def read_placement(placement_id: str, ctx: ReaderContext, response: Response):
    """One placement: ids, LA, agency, home, start, SSDA903 codes, workers, ending."""
    return _answer(await PlacementService(ctx).get(placement_id), response)


@router.put(
    "/v1/placements/{placement_id}/workers", response_model=PlacementRead, responses=_CHANGE
)
async def set_workers(
    placement_id: str,
    body: PlacementWorkers,
    ctx: ManagerContext,
    response: Response,
    if_match: IfMatchRequired = None,
):
    """Name the child's social worker, the supervising social worker and the officer;
    each owns the open statutory tasks of their role from now on."""
    return _answer(await PlacementService(ctx).set_workers(placement_id, if_match, body), response)


@router.put(
    "/v1/placements/{placement_id}/details", response_model=PlacementRead, responses=_CHANGE
)
async def set_details(
    placement_id: str,
    body: PlacementDetails,
    ctx: ManagerContext,
    response: Response,
    if_match: IfMatchRequired = None,
):
    """What the Placements Standard's ActualPlacement needs beyond the offer."""
    return _answer(await PlacementService(ctx).set_details(placement_id, if_match, body), response)


@router.post(
    "/v1/placements/{placement_id}/end",
    response_model=PlacementRead,
    responses=problem_responses(
        *_AUTH,
        PlacementNotFound,
        PreconditionFailed,
        PreconditionRequired,
        ValidationFailed,
        InvalidState,
    ),
)
async def end_placement(
    placement_id: str,
    body: PlacementEnd,
    ctx: ManagerContext,
    response: Response,
    if_match: IfMatchRequired = None,
):
    """End the placement with its SSDA903 reasons. Unplanned: a disruption meeting is
    scheduled. Open tasks are cancelled; ``placement.ended`` names the places to free."""
    return _answer(await PlacementService(ctx).end(placement_id, if_match, body), response)


@router.get(
    "/v1/placements/{placement_id}/actual-placement",
    response_model=ActualPlacementRecord,
    response_model_by_alias=True,
    responses=problem_responses(*_AUTH, PlacementNotFound),
)
async def read_actual_placement(placement_id: str, ctx: ReaderContext):
    """The Placements Standard (v2) ActualPlacement record, and what it still lacks."""
    record = actual_placement(await PlacementService(ctx).get(placement_id))
    return Response(record.model_dump_json(by_alias=True), media_type="application/json")
