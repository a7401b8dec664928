"""Meeting endpoints: schedule (or record as held), read, write what happened."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from hearth_contract.placements import (
    MeetingCancel,
    MeetingCreate,
    MeetingHeld,
    MeetingRead,
    MeetingReschedule,
)
from hearth_contract.problems import (
    Forbidden,
    IdempotencyKeyInFlight,
    IdempotencyKeyMismatch,
    InvalidState,
    MeetingNotFound,
    PlacementNotFound,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.idempotency import IdempotencyClaim
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute
from pydantic import TypeAdapter

from hearth_placements.api import ManagerContext, ReaderContext, manager_idempotency
from hearth_placements.meetings.service import MeetingService
from hearth_placements.views import etag, meeting_read

router = APIRouter(route_class=HearthRoute, tags=["meetings"])
_AUTH = (Unauthorized, Forbidden)
_MEETINGS = TypeAdapter(list[MeetingRead])


@router.post(
    "/v1/placements/{placement_id}/meetings",
    response_model=MeetingRead,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(
        *_AUTH,
        PlacementNotFound,
        InvalidState,
        ValidationFailed,
        IdempotencyKeyInFlight,
        IdempotencyKeyMismatch,
    ),
)
async def schedule_meeting(
    placement_id: str,
    body: MeetingCreate,
    ctx: ManagerContext,
    _claim: Annotated[IdempotencyClaim | None, Depends(manager_idempotency)],
):
    """Schedule a placement planning, support or disruption meeting, with attendees and
    roles; the kind's agenda is the default. A meeting in the past must be sent as held.
    With an Idempotency-Key, a retry answers the first result."""
    meeting = await MeetingService(ctx).schedule(placement_id, body)
    return model_response(
        meeting_read(meeting),
        status_code=201,
        headers={"ETag": etag(meeting), "Location": f"/v1/meetings/{meeting.id}"},
    )


@router.get(
    "/v1/placements/{placement_id}/meetings",
    response_model=list[MeetingRead],
    responses=problem_responses(*_AUTH, PlacementNotFound),
)
async def placement_meetings(placement_id: str, ctx: ReaderContext):
    """The placement's meetings, earliest first."""
    meetings = await MeetingService(ctx).of_placement(placement_id)
    return Response(
        _MEETINGS.dump_json([meeting_read(m) for m in meetings]), media_type="application/json"
    )


@router.get(
    "/v1/meetings/{meeting_id}",
    response_model=MeetingRead,
    responses=problem_responses(*_AUTH, MeetingNotFound),
)
async def read_meeting(meeting_id: str, ctx: ReaderContext):
    """One meeting, with the child's views, notes and the actions' task ids."""
    meeting = await MeetingService(ctx).get(meeting_id)
    return model_response(meeting_read(meeting), headers={"ETag": etag(meeting)})


@router.post(
    "/v1/meetings/{meeting_id}/held",
    response_model=MeetingRead,
    responses=problem_responses(
        *_AUTH, MeetingNotFound, PreconditionFailed, PreconditionRequired, InvalidState
    ),
)
async def record_meeting(
    meeting_id: str, body: MeetingHeld, ctx: ManagerContext, if_match: IfMatchRequired = None
):
    """Record the meeting as held: attendance, the child's views, notes, and actions with
    owners and due dates (each becomes a task). Holding the placement planning meeting
    completes its task and dates the risk assessment from it."""
    meeting = await MeetingService(ctx).record_held(meeting_id, if_match, body)
    return model_response(meeting_read(meeting), headers={"ETag": etag(meeting)})


@router.post(
    "/v1/meetings/{meeting_id}/reschedule",
    response_model=MeetingRead,
    responses=problem_responses(
        *_AUTH,
        MeetingNotFound,
        PreconditionFailed,
        PreconditionRequired,
        InvalidState,
        ValidationFailed,
    ),
)
async def reschedule_meeting(
    meeting_id: str, body: MeetingReschedule, ctx: ManagerContext, if_match: IfMatchRequired = None
):
    """Move a scheduled meeting to a time still to come, with a coded reason (a note for
    ``other``). Its open tasks follow; the calendar shows the new time (SEQUENCE + 1)."""
    meeting = await MeetingService(ctx).reschedule(meeting_id, if_match, body)
    return model_response(meeting_read(meeting), headers={"ETag": etag(meeting)})


@router.post(
    "/v1/meetings/{meeting_id}/cancel",
    response_model=MeetingRead,
    responses=problem_responses(
        *_AUTH,
        MeetingNotFound,
        PreconditionFailed,
        PreconditionRequired,
        InvalidState,
        ValidationFailed,
    ),
)
async def cancel_meeting(
    meeting_id: str, body: MeetingCancel, ctx: ManagerContext, if_match: IfMatchRequired = None
):
    """Call off a scheduled meeting, with a coded reason. Its open tasks go back on the
    law's date; the calendar shows it cancelled (STATUS:CANCELLED, SEQUENCE + 1)."""
    meeting = await MeetingService(ctx).cancel(meeting_id, if_match, body)
    return model_response(meeting_read(meeting), headers={"ETag": etag(meeting)})
