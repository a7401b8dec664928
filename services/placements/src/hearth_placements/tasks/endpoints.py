"""Task endpoints: a placement's statutory clock, completing and rescheduling a task."""

from __future__ import annotations

from fastapi import APIRouter, Response
from hearth_contract.placements import TaskComplete, TaskRead, TaskReschedule
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    PlacementNotFound,
    PlacementTaskNotFound,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.openapi import IfMatchRequired
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute
from pydantic import TypeAdapter

from hearth_placements.api import ReaderContext, TaskContext
from hearth_placements.tasks.service import TaskService
from hearth_placements.views import etag, task_read

router = APIRouter(route_class=HearthRoute, tags=["tasks"])
_AUTH = (Unauthorized, Forbidden)
_CHANGE = problem_responses(
    *_AUTH,
    PlacementTaskNotFound,
    PreconditionFailed,
    PreconditionRequired,
    InvalidState,
    ValidationFailed,
)
_TASKS = TypeAdapter(list[TaskRead])


@router.get(
    "/v1/placements/{placement_id}/tasks",
    response_model=list[TaskRead],
    responses=problem_responses(*_AUTH, PlacementNotFound),
)
async def placement_tasks(placement_id: str, ctx: ReaderContext):
    """The placement's clock: every statutory item and action, due date, owner, state."""
    today = ctx.today()
    tasks = await TaskService(ctx).of_placement(placement_id)
    return Response(
        _TASKS.dump_json([task_read(t, today) for t in tasks]), media_type="application/json"
    )


@router.get(
    "/v1/tasks/{task_id}",
    response_model=TaskRead,
    responses=problem_responses(*_AUTH, PlacementTaskNotFound),
)
async def read_task(task_id: str, ctx: ReaderContext, response: Response):
    """One task."""
    task = await TaskService(ctx).get(task_id)
    return model_response(task_read(task, ctx.today()), headers={"ETag": etag(task)})


@router.post("/v1/tasks/{task_id}/complete", response_model=TaskRead, responses=_CHANGE)
async def complete_task(
    task_id: str, body: TaskComplete, ctx: TaskContext, if_match: IfMatchRequired = None
):
    """Complete a task with the document or record that completes it (an LA only the
    tasks its social workers own)."""
    task = await TaskService(ctx).complete(task_id, if_match, body)
    return model_response(task_read(task, ctx.today()), headers={"ETag": etag(task)})


@router.post("/v1/tasks/{task_id}/reschedule", response_model=TaskRead, responses=_CHANGE)
async def reschedule_task(
    task_id: str, body: TaskReschedule, ctx: TaskContext, if_match: IfMatchRequired = None
):
    """Move a deadline: later than the law allows only with a recorded reason."""
    task = await TaskService(ctx).reschedule(task_id, if_match, body)
    return model_response(task_read(task, ctx.today()), headers={"ETag": etag(task)})
