"""Tasks: completed by a document or a record, rescheduled only with a reason past the law."""

from __future__ import annotations

from hearth_contract.auth import CallerKind
from hearth_contract.placements import (
    OwnerRole,
    TaskComplete,
    TaskReschedule,
    TaskState,
)
from hearth_contract.problems import (
    FieldError,
    Forbidden,
    InvalidState,
    PlacementTaskNotFound,
    ValidationFailed,
)

from hearth_placements.context import PlacementsContext
from hearth_placements.models import Task
from hearth_placements.placements.service import PlacementService
from hearth_placements.repository import Repository
from hearth_placements.views import check_if_match

__all__ = ["TaskService"]


class TaskService:
    def __init__(self, ctx: PlacementsContext) -> None:
        self.ctx = ctx
        self.repository = Repository(ctx.session)

    async def get(self, task_id: str) -> Task:
        task = await self.repository.task(task_id)
        if task is None:
            raise PlacementTaskNotFound(f"No task {task_id} is visible to you.")
        return task

    async def of_placement(self, placement_id: str) -> list[Task]:
        placement = await PlacementService(self.ctx).get(placement_id)
        return await self.repository.tasks_of(placement.id)

    async def _open_for_change(self, task_id: str, if_match: str | None) -> Task:
        task = await self.get(task_id)
        check_if_match(task, if_match)
        if task.state != TaskState.OPEN:
            raise InvalidState(f"The task is {task.state}, not open.")
        if (
            self.ctx.principal.kind is CallerKind.LA
            and task.owner_role != OwnerRole.CHILDS_SOCIAL_WORKER
        ):
            raise Forbidden("An LA may change only the tasks its social workers own.")
        return task

    async def complete(self, task_id: str, if_match: str | None, body: TaskComplete) -> Task:
        """Mark a task done, with the document or record that completes it."""
        task = await self._open_for_change(task_id, if_match)
        task.state = TaskState.DONE.value
        task.completion = body.completion.model_dump(mode="json")
        task.completed_at = self.ctx.now()
        task.completed_by = self.ctx.actor
        await self.ctx.session.flush()
        return task

    async def reschedule(self, task_id: str, if_match: str | None, body: TaskReschedule) -> Task:
        """Move a deadline. Later than the law allows needs a recorded reason (422 without)."""
        task = await self._open_for_change(task_id, if_match)
        statutory = task.statutory_due_date
        if statutory is not None and body.due_date > statutory and body.reason is None:
            raise ValidationFailed(
                f"The law sets this deadline at {statutory}: a later date needs a reason.",
                errors=[FieldError(pointer="/reason", detail="is required", code="missing")],
            )
        task.due_date = body.due_date
        task.due_change_reason = body.reason
        await self.ctx.session.flush()
        return task

    async def complete_by_record(self, task: Task | None, reference: str) -> None:
        """A structured record completes its task (if still open)."""
        if task is None or task.state != TaskState.OPEN:
            return
        task.state = TaskState.DONE.value
        task.completion = {"kind": "record", "reference": reference}
        task.completed_at = self.ctx.now()
        task.completed_by = self.ctx.actor
