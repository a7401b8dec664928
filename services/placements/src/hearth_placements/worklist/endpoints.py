"""Work lists and calendars."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from hearth_contract.placements import CalendarLink, CalendarLinkCreate, WorkList
from hearth_contract.problems import DependencyUnavailable, Forbidden, NotFound, Unauthorized
from hearth_kit.app import get_session
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_placements.api import ReaderContext
from hearth_placements.context import PlacementsContext
from hearth_placements.worklist.links import mint_link, principal_from_link
from hearth_placements.worklist.service import WorkListService

router = APIRouter(route_class=HearthRoute, tags=["work lists"])
_AUTH = (Unauthorized, Forbidden)
WORKER = r"^[A-Za-z0-9._:@-]{1,64}$"
Worker = Annotated[str | None, Query(pattern=WORKER)]
_ICS = {200: {"content": {"text/calendar": {"schema": {"type": "string"}}}}}
LINK = r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"


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


@router.post(
    "/v1/calendars/links",
    response_model=CalendarLink,
    status_code=201,
    responses=problem_responses(*_AUTH, DependencyUnavailable),
)
async def create_calendar_link(body: CalendarLinkCreate, ctx: ReaderContext):
    """A link to the caller's calendar (or one worker's) that a calendar client such as
    Outlook subscribes to without a token. Anyone holding it can read that calendar
    until it expires: treat it as a password."""
    token, expires = mint_link(ctx.settings, ctx.principal, body.worker_id, ctx.now())
    link = CalendarLink(path=f"/v1/calendars/feeds/{token}.ics", expires_at=expires)
    return model_response(link, status_code=201)


@router.get(
    "/v1/calendars/feeds/{link}.ics",
    response_class=Response,
    responses={**_ICS, **problem_responses(NotFound, DependencyUnavailable)},
)
async def linked_calendar(
    request: Request, link: Annotated[str, Path(max_length=2000, pattern=LINK)]
):
    """A calendar through a link made by ``POST /v1/calendars/links`` (no bearer token:
    the link is the credential; 404 when it is not valid or has expired)."""
    state = request.app.state
    principal, worker = principal_from_link(state.settings, link, state.clock.now())
    request.state.uow.bind_principal(principal)
    ctx = PlacementsContext(get_session(request), principal, state.clock, state.settings)
    name = f"Hearth: {worker}" if worker else f"Hearth placements: {principal.tenant}"
    return _calendar(await WorkListService(ctx).calendar(name, worker))
