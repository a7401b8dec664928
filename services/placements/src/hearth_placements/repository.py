"""The SQL: every query the placements service makes, tenant-scoped by the session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_placements.models import Meeting, Placement, PlacementRecord, Task

__all__ = ["Repository", "WorkFilter", "parse_id"]


def parse_id(raw: str) -> uuid.UUID | None:
    """A record id from a path; None if it cannot be one (answered as 404)."""
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


@dataclass(frozen=True)
class WorkFilter:
    """Open tasks due on or before ``until`` (the work list's window)."""

    until: date
    owner_id: str | None = None
    limit: int = 500


class Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def placement(self, placement_id: str) -> Placement | None:
        key = parse_id(placement_id)
        return None if key is None else await self.session.get(Placement, key)

    async def placement_for_offer(self, offer_id: str) -> Placement | None:
        query = sa.select(Placement).where(Placement.offer_id == offer_id)
        return (await self.session.scalars(query)).first()

    async def placements(self, after: str | None, limit: int) -> list[Placement]:
        query = sa.select(Placement).order_by(Placement.id).limit(limit)
        key = parse_id(after) if after else None
        if key is not None:
            query = query.where(Placement.id > key)
        return list((await self.session.scalars(query)).all())

    async def task(self, task_id: str) -> Task | None:
        key = parse_id(task_id)
        return None if key is None else await self.session.get(Task, key)

    async def tasks_of(self, placement_id: uuid.UUID) -> list[Task]:
        query = (
            sa.select(Task)
            .where(Task.placement_id == placement_id)
            .order_by(Task.due_date, Task.kind, Task.id)
        )
        return list((await self.session.scalars(query)).all())

    async def task_of_kind(self, placement_id: uuid.UUID, kind: str) -> Task | None:
        query = sa.select(Task).where(Task.placement_id == placement_id, Task.kind == kind)
        return (await self.session.scalars(query)).first()

    async def open_tasks(self, work: WorkFilter) -> list[Task]:
        """Open tasks due by ``until``, soonest first (index: tenant, state, due date)."""
        query = (
            sa.select(Task)
            .where(Task.state == "open", Task.due_date <= work.until)
            .order_by(Task.due_date, Task.id)
            .limit(work.limit)
        )
        if work.owner_id is not None:
            query = query.where(Task.owner_id == work.owner_id)
        return list((await self.session.scalars(query)).all())

    async def open_task_counts(self, work: WorkFilter, today: date) -> list[sa.Row]:
        """Per owner (role, id): open tasks overdue, and due from today to ``until``."""
        late = Task.due_date < today
        query = (
            sa.select(
                Task.owner_role,
                Task.owner_id,
                sa.func.count().filter(late),
                sa.func.count().filter(sa.not_(late)),
            )
            .where(Task.state == "open", Task.due_date <= work.until)
            .group_by(Task.owner_role, Task.owner_id)
            .order_by(Task.owner_role, Task.owner_id)
        )
        if work.owner_id is not None:
            query = query.where(Task.owner_id == work.owner_id)
        return list((await self.session.execute(query)).all())

    async def meeting(self, meeting_id: str) -> Meeting | None:
        key = parse_id(meeting_id)
        return None if key is None else await self.session.get(Meeting, key)

    async def open_tasks_of_meeting(self, meeting_id: uuid.UUID) -> list[Task]:
        query = (
            sa.select(Task)
            .where(Task.meeting_id == meeting_id, Task.state == "open")
            .order_by(Task.id)
        )
        return list((await self.session.scalars(query)).all())

    async def meetings_of(self, placement_id: uuid.UUID) -> list[Meeting]:
        query = (
            sa.select(Meeting)
            .where(Meeting.placement_id == placement_id)
            .order_by(Meeting.scheduled_for, Meeting.id)
        )
        return list((await self.session.scalars(query)).all())

    async def meetings_between(self, start, end, attendee: str | None) -> list[Meeting]:
        query = (
            sa.select(Meeting)
            .where(Meeting.scheduled_for >= start, Meeting.scheduled_for < end)
            .order_by(Meeting.scheduled_for, Meeting.id)
            .limit(2000)
        )
        meetings = list((await self.session.scalars(query)).all())
        if attendee is None:
            return meetings
        return [m for m in meetings if any(a.get("person_id") == attendee for a in m.attendees)]

    async def tasks_between(self, start: date, end: date, owner_id: str | None) -> list[Task]:
        query = (
            sa.select(Task)
            .where(Task.state == "open", Task.due_date >= start, Task.due_date <= end)
            .order_by(Task.due_date, Task.id)
            .limit(5000)
        )
        if owner_id is not None:
            query = query.where(Task.owner_id == owner_id)
        return list((await self.session.scalars(query)).all())

    async def latest_record(self, placement_id: uuid.UUID, kind: str) -> PlacementRecord | None:
        query = (
            sa.select(PlacementRecord)
            .where(PlacementRecord.placement_id == placement_id, PlacementRecord.kind == kind)
            .order_by(PlacementRecord.version.desc())
            .limit(1)
        )
        return (await self.session.scalars(query)).first()

    async def record_versions(self, placement_id: uuid.UUID, kind: str) -> list[PlacementRecord]:
        query = (
            sa.select(PlacementRecord)
            .where(PlacementRecord.placement_id == placement_id, PlacementRecord.kind == kind)
            .order_by(PlacementRecord.version)
        )
        return list((await self.session.scalars(query)).all())

    async def stability_rows(self) -> list[sa.Row]:
        """Each placement's agency, status, dates and whether its ending was planned
        (columns only: figures are not a read of the child's record)."""
        p = Placement
        query = sa.select(p.agency_id, p.status, p.start_date, p.end_date, p.ending).limit(200_000)
        return list((await self.session.execute(query)).all())

    async def held_support_meetings(self) -> dict[str, int]:
        query = (
            sa.select(Meeting.agency_id, sa.func.count())
            .where(Meeting.kind == "support", Meeting.state == "held")
            .group_by(Meeting.agency_id)
        )
        return {agency: count for agency, count in (await self.session.execute(query)).all()}
