"""Work lists (overdue, and due this week, per worker and per agency) and .ics calendars."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hearth_contract.placements import MeetingState, OwnerRole, WorkerLoad, WorkList
from icalendar import Calendar, Event

from hearth_placements.context import LONDON, PlacementsContext
from hearth_placements.repository import Repository, WorkFilter
from hearth_placements.statutory import week_of
from hearth_placements.views import task_read

__all__ = ["WorkListService"]

CALENDAR_WEEKS_BACK = 2
CALENDAR_WEEKS_AHEAD = 12
# A calendar leaves Hearth (Outlook, phones, shared mailboxes): its summaries are labels
# and ids only, never a title, a note, a location or a name someone typed.
TASK_LABELS = {
    "placement_plan": "Placement plan",
    "care_plan": "Care plan",
    "placement_planning_meeting": "Placement planning meeting",
    "risk_assessment": "Risk assessment",
    "delegated_authority": "Delegated authority",
    "action": "Meeting action",
}
MEETING_LABELS = {
    "placement_planning": "PPM",
    "support": "Support meeting",
    "disruption": "Disruption meeting",
}


def placement_ref(placement_id) -> str:
    """A short reference to a placement, as calendars show it (P- and its id's first 8)."""
    return f"P-{str(placement_id)[:8]}"


def task_summary(kind: str, placement_id) -> str:
    return f"Due: {TASK_LABELS.get(kind, 'Task')} ({placement_ref(placement_id)})"


def meeting_summary(kind: str, placement_id) -> str:
    return f"{MEETING_LABELS.get(kind, 'Meeting')} ({placement_ref(placement_id)})"


class WorkListService:
    def __init__(self, ctx: PlacementsContext) -> None:
        self.ctx = ctx
        self.repository = Repository(ctx.session)

    async def work_list(self, owner_id: str | None, limit: int) -> WorkList:
        """Open tasks overdue or due by Sunday, soonest first, with each worker's count."""
        today = self.ctx.today()
        monday, sunday = week_of(today)
        work = WorkFilter(sunday, owner_id, limit)
        shown = [task_read(t, today) for t in await self.repository.open_tasks(work)]
        counts = await self.repository.open_task_counts(work, today)
        return WorkList(
            today=today,
            week_start=monday,
            week_end=sunday,
            overdue=[t for t in shown if t.overdue],
            due_this_week=[t for t in shown if not t.overdue],
            by_worker=[
                WorkerLoad(
                    owner_role=OwnerRole(role), owner_id=owner, overdue=late, due_this_week=due
                )
                for role, owner, late, due in counts
            ],
        )

    async def calendar(self, name: str, worker_id: str | None) -> bytes:
        """Meetings and deadlines from two weeks back to twelve ahead, as iCalendar."""
        today = self.ctx.today()
        start = today - timedelta(weeks=CALENDAR_WEEKS_BACK)
        end = today + timedelta(weeks=CALENDAR_WEEKS_AHEAD)
        tasks = await self.repository.tasks_between(start, end, worker_id)
        meetings = await self.repository.meetings_between(_instant(start), _instant(end), worker_id)
        calendar = Calendar()
        calendar.add("prodid", "-//Hearth//placements//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", name)
        stamp = self.ctx.now()
        for task in tasks:
            event = Event()
            event.add("uid", f"task-{task.id}@hearth")
            event.add("dtstamp", stamp)
            event.add("dtstart", task.due_date)
            event.add("dtend", task.due_date + timedelta(days=1))
            event.add("summary", task_summary(task.kind, task.placement_id))
            event.add("description", f"placement {task.placement_id}; task {task.id}")
            event.add("categories", [task.kind])
            calendar.add_component(event)
        for meeting in meetings:
            event = Event()
            event.add("uid", f"meeting-{meeting.id}@hearth")
            event.add("dtstamp", stamp)
            event.add("dtstart", meeting.scheduled_for)
            event.add("dtend", meeting.scheduled_for + timedelta(hours=1, minutes=30))
            event.add("summary", meeting_summary(meeting.kind, meeting.placement_id))
            event.add("description", f"placement {meeting.placement_id}; meeting {meeting.id}")
            event.add("categories", [meeting.kind])
            event.add("sequence", meeting.sequence)
            cancelled = meeting.state == MeetingState.CANCELLED
            event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
            calendar.add_component(event)
        return calendar.to_ical()


def _instant(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=LONDON)
