"""Meetings: scheduled with attendees and an agenda; moved or called off with a reason;
held with views, notes and actions.

A meeting's tasks follow it. Scheduling a placement planning meeting links the PPM task
to it; moving the meeting moves that task's due date to the meeting's day when it is
later than the law's date (the move's reason recorded on the task); calling the
meeting off unlinks the task and puts it back on the law's date, still open, so the work
list shows that a meeting is still needed. Holding the placement planning meeting
completes its task and sets the risk assessment's due date from the meeting's day. Each
action agreed becomes a task. Every move or cancellation raises the meeting's calendar
SEQUENCE and is an event (ids and codes only).
"""

from __future__ import annotations

from datetime import datetime

from hearth_contract.placements import (
    CompletionKind,
    MeetingCancel,
    MeetingCreate,
    MeetingHeld,
    MeetingKind,
    MeetingReschedule,
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
        if meeting.kind == MeetingKind.PLACEMENT_PLANNING and not body.held:
            ppm = await self.repository.task_of_kind(
                placement.id, TaskKind.PLACEMENT_PLANNING_MEETING
            )
            if ppm is not None and ppm.state == TaskState.OPEN and ppm.meeting_id is None:
                ppm.meeting_id = meeting.id
        return meeting

    async def _scheduled(self, meeting_id: str, if_match: str | None) -> Meeting:
        meeting = await self.get(meeting_id)
        check_if_match(meeting, if_match)
        if meeting.state != MeetingState.SCHEDULED:
            raise InvalidState(f"The meeting is {meeting.state}: only a scheduled one can change.")
        return meeting

    async def reschedule(
        self, meeting_id: str, if_match: str | None, body: MeetingReschedule
    ) -> Meeting:
        """Move a scheduled meeting, with the reason; its open tasks follow it."""
        meeting = await self._scheduled(meeting_id, if_match)
        if body.scheduled_for < self.ctx.now():
            raise _invalid(
                "/scheduled_for",
                "is in the past",
                "A meeting can be moved only to a time still to come.",
            )
        meeting.scheduled_for = body.scheduled_for
        self._changed(meeting, body.reason_code.value, body.note)
        reason = f"Meeting moved ({body.reason_code.value})" + (
            f": {body.note}" if body.note else ""
        )
        for task in await self.repository.open_tasks_of_meeting(meeting.id):
            self._follow(task, meeting, reason)
        await self._emit_change(PlacementEvent.MEETING_RESCHEDULED, meeting)
        return meeting

    async def cancel(self, meeting_id: str, if_match: str | None, body: MeetingCancel) -> Meeting:
        """Call off a scheduled meeting, with the reason; its tasks go back on the law's date."""
        meeting = await self._scheduled(meeting_id, if_match)
        meeting.state = MeetingState.CANCELLED.value
        meeting.cancelled_at = self.ctx.now()
        self._changed(meeting, body.reason_code.value, body.note)
        for task in await self.repository.open_tasks_of_meeting(meeting.id):
            task.meeting_id = None
            if task.statutory_due_date is not None:
                task.due_date = task.statutory_due_date
                task.due_change_reason = None
        await self._emit_change(PlacementEvent.MEETING_CANCELLED, meeting)
        return meeting

    def _changed(self, meeting: Meeting, reason_code: str, note: str | None) -> None:
        meeting.sequence += 1
        meeting.change_reason_code = reason_code
        meeting.change_note = note

    @staticmethod
    def _follow(task: Task, meeting: Meeting, reason: str) -> None:
        """A moved meeting's task is due on its new day if that is later than the law's date,
        with the move's reason recorded (a deadline past the law's is never silent); else
        on the law's date."""
        day = meeting.scheduled_for.astimezone(LONDON).date()
        statutory = task.statutory_due_date
        if statutory is None or day > statutory:
            task.due_date = day
            task.due_change_reason = reason
        else:
            task.due_date = statutory
            task.due_change_reason = None

    async def _emit_change(self, event: str, meeting: Meeting) -> None:
        await self.ctx.session.flush()
        placement = await PlacementService(self.ctx).get(str(meeting.placement_id))
        await self.ctx.emit(
            event,
            placement,
            meeting_id=str(meeting.id),
            kind=meeting.kind,
            scheduled_for=meeting.scheduled_for.isoformat(),
            sequence=meeting.sequence,
            reason_code=meeting.change_reason_code,
        )

    async def record_held(
        self, meeting_id: str, if_match: str | None, body: MeetingHeld
    ) -> Meeting:
        """Record what happened: attendance, the child's views, notes, actions (as tasks)."""
        meeting = await self.get(meeting_id)
        check_if_match(meeting, if_match)
        if meeting.held_at is not None:
            raise InvalidState("The meeting's record is written; it cannot be written again.")
        if meeting.state == MeetingState.CANCELLED:
            raise InvalidState("The meeting was cancelled: schedule a new one.")
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
