"""Work lists and calendars."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from hearth_contract.placements import WorkList
from hearth_contract.problems import Forbidden, Unauthorized
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_placements.api import ReaderContext
from hearth_placements.worklist.service import WorkListService

router = APIRouter(route_class=HearthRoute, tags=["work lists"])
_AUTH = (Unauthorized, Forbidden)
WORKER = r"^[A-Za-z0-9._:@-]{1,64}$"
Worker = Annotated[str | None, Query(pattern=WORKER)]
_ICS = {200: {"content": {"text/calendar": {"schema": {"type": "string"}}}}}


@router.get("/v1/work-list", response_model=WorkList, responses=problem_responses(*_AUTH))
async def work_list(
    ctx: ReaderContext,
    worker_id: Worker = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
):
    """What is overdue and what falls due this week (Monday to Sunday), soonest first, with
    each worker's counts: the agency's list, or one worker's with ``worker_id``."""
    return model_response(await WorkListService(ctx).work_list(worker_id, limit))


def _calendar(body: bytes) -> Response:
    return Response(body, media_type="text/calendar; charset=utf-8")


@router.get(
    "/v1/calendars/placements.ics",
    response_class=Response,
    responses={**_ICS, **problem_responses(*_AUTH)},
)
async def caller_calendar(ctx: ReaderContext):
    """Every meeting and open deadline the caller's agency (or LA) can see, as iCalendar."""
    name = f"Hearth placements: {ctx.principal.tenant}"
    return _calendar(await WorkListService(ctx).calendar(name, None))


@router.get(
    "/v1/calendars/workers/{worker_id}.ics",
    response_class=Response,
    responses={**_ICS, **problem_responses(*_AUTH)},
)
async def worker_calendar(ctx: ReaderContext, worker_id: Annotated[str, Path(pattern=WORKER)]):
    """One worker's meetings (as an attendee) and the deadlines they own, as iCalendar."""
    return _calendar(await WorkListService(ctx).calendar(f"Hearth: {worker_id}", worker_id))
