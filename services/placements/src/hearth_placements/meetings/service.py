"""Meetings: scheduled with attendees and an agenda; held with views, notes and actions.

Holding the placement planning meeting completes its task and sets the risk
assessment's due date from the meeting's day. Each action agreed becomes a task.
"""

from __future__ import annotations

from datetime import datetime

from hearth_contract.placements import (
    CompletionKind,
    MeetingCreate,
    MeetingHeld,
    MeetingKind,
    MeetingState,
    PlacementEvent,
    PlacementStatus,
    TaskKind,
    TaskState,
)
from hearth_contract.problems import FieldError, InvalidState, MeetingNotFound, ValidationFailed

from hearth_placements.context import LONDON, PlacementsContext
from hearth_placements.meetings.agenda import default_agenda
from hearth_placements.models import Meeting, Placement, Task
from hearth_placements.placements.service import PlacementService
from hearth_placements.repository import Repository
from hearth_placements.statutory import risk_assessment_due
from hearth_placements.views import check_if_match

__all__ = ["MeetingService"]


def _invalid(pointer: str, detail: str, message: str) -> ValidationFailed:
    return ValidationFailed(message, errors=[FieldError(pointer=pointer, detail=detail)])


class MeetingService:
    def __init__(self, ctx: PlacementsContext) -> None:
        self.ctx = ctx
        self.repository = Repository(ctx.session)

    async def get(self, meeting_id: str) -> Meeting:
        meeting = await self.repository.meeting(meeting_id)
        if meeting is None:
            raise MeetingNotFound(f"No meeting {meeting_id} is visible to you.")
        return meeting

    async def of_placement(self, placement_id: str) -> list[Meeting]:
        placement = await PlacementService(self.ctx).get(placement_id)
        return await self.repository.meetings_of(placement.id)

    async def schedule(self, placement_id: str, body: MeetingCreate) -> Meeting:
        """Schedule a meeting; one in the past can only be recorded as held."""
        placement = await PlacementService(self.ctx).get(placement_id)
        if placement.status == PlacementStatus.ENDED and body.kind != MeetingKind.DISRUPTION:
            raise InvalidState("The placement has ended: only a disruption meeting can be added.")
        if body.scheduled_for < self.ctx.now() and not body.held:
            raise _invalid(
                "/scheduled_for",
                "is in the past: record the meeting as held",
                "A meeting in the past can be recorded only as held.",
            )
        meeting = Meeting(
            placement_id=placement.id,
            agency_id=placement.agency_id,
            la_code=placement.la_code,
            kind=body.kind.value,
            state=(MeetingState.HELD if body.held else MeetingState.SCHEDULED).value,
            scheduled_for=body.scheduled_for,
            location=body.location,
            attendees=[a.model_dump(mode="json") for a in body.attendees],
            agenda=body.agenda if body.agenda is not None else default_agenda(body.kind),
            action_task_ids=[],
        )
        self.ctx.session.add(meeting)
        await self.ctx.session.flush()
        return meeting

    async def record_held(
        self, meeting_id: str, if_match: str | None, body: MeetingHeld
    ) -> Meeting:
        """Record what happened: attendance, the child's views, notes, actions (as tasks)."""
        meeting = await self.get(meeting_id)
        check_if_match(meeting, if_match)
        if meeting.held_at is not None:
            raise InvalidState("The meeting's record is written; it cannot be written again.")
        if meeting.scheduled_for > self.ctx.now():
            raise InvalidState("A meeting cannot be recorded as held before it takes place.")
        placement = await PlacementService(self.ctx).get(str(meeting.placement_id))
        now = self.ctx.now()
        meeting.state = MeetingState.HELD.value
        meeting.held_at = now
        if body.attendees is not None:
            meeting.attendees = [a.model_dump(mode="json") for a in body.attendees]
        meeting.childs_views = body.childs_views
        meeting.notes = body.notes
        tasks = [self._action(placement, meeting, action) for action in body.actions]
        self.ctx.session.add_all(tasks)
        await self.ctx.session.flush()
        meeting.action_task_ids = [str(t.id) for t in tasks]
        if meeting.kind == MeetingKind.PLACEMENT_PLANNING:
            await self._planning_meeting_held(placement, meeting, now)
        await self.ctx.session.flush()
        await self.ctx.emit(
            PlacementEvent.MEETING_HELD,
            placement,
            meeting_id=str(meeting.id),
            kind=meeting.kind,
            actions=len(tasks),
        )
        return meeting

    def _action(self, placement: Placement, meeting: Meeting, action) -> Task:
        return Task(
            placement_id=placement.id,
            agency_id=placement.agency_id,
            la_code=placement.la_code,
            kind=TaskKind.ACTION.value,
            title=action.description,
            owner_role=action.owner_role.value,
            owner_id=action.owner_id,
            due_date=action.due_date,
            statutory_due_date=None,
            state=TaskState.OPEN.value,
            meeting_id=meeting.id,
        )

    async def _planning_meeting_held(
        self, placement: Placement, meeting: Meeting, now: datetime
    ) -> None:
        ppm = await self.repository.task_of_kind(placement.id, TaskKind.PLACEMENT_PLANNING_MEETING)
        if ppm is not None and ppm.state == TaskState.OPEN:
            ppm.state = TaskState.DONE.value
            ppm.completion = {
                "kind": CompletionKind.RECORD.value,
                "reference": f"meeting/{meeting.id}",
            }
            ppm.completed_at = now
            ppm.completed_by = self.ctx.actor
        risk = await self.repository.task_of_kind(placement.id, TaskKind.RISK_ASSESSMENT)
        if risk is not None and risk.state == TaskState.OPEN:
            day = meeting.scheduled_for.astimezone(LONDON).date()
            due = risk_assessment_due(day, placement.nation)
            risk.due_date = due
            risk.statutory_due_date = due
