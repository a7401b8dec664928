"""Rows to the contract's models, ETags, and the If-Match check."""

from __future__ import annotations

from datetime import date

from hearth_contract.placements import (
    Attendee,
    CompletionRecord,
    EndingRead,
    MeetingKind,
    MeetingRead,
    MeetingState,
    OwnerRole,
    PlacementDetails,
    PlacementRead,
    PlacementStatus,
    PlacementWorkers,
    TaskKind,
    TaskRead,
    TaskState,
)
from hearth_kit.etags import check_if_match, etag

from hearth_placements.models import Meeting, Placement, Task

__all__ = ["check_if_match", "etag", "meeting_read", "placement_read", "task_read"]


def placement_read(p: Placement) -> PlacementRead:
    return PlacementRead(
        id=str(p.id),
        offer_id=p.offer_id,
        match_id=p.match_id,
        referral_id=p.referral_id,
        la_code=p.la_code,
        agency_id=p.agency_id,
        household_id=p.household_id,
        home_id=p.home_id,
        vacancy_ids=list(p.vacancy_ids),
        start_date=p.start_date,
        placement_type=p.placement_type,
        legal_status=p.legal_status,
        nation=p.nation,
        status=PlacementStatus(p.status),
        workers=PlacementWorkers.model_validate(p.workers),
        details=PlacementDetails.model_validate(p.details),
        ending=EndingRead.model_validate(p.ending) if p.ending else None,
        version=p.version,
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def task_read(t: Task, today: date) -> TaskRead:
    return TaskRead(
        id=str(t.id),
        placement_id=str(t.placement_id),
        agency_id=t.agency_id,
        kind=TaskKind(t.kind),
        title=t.title,
        owner_role=OwnerRole(t.owner_role),
        owner_id=t.owner_id,
        due_date=t.due_date,
        statutory_due_date=t.statutory_due_date,
        due_change_reason=t.due_change_reason,
        state=TaskState(t.state),
        overdue=t.state == TaskState.OPEN and t.due_date < today,
        completion=CompletionRecord.model_validate(t.completion) if t.completion else None,
        completed_at=t.completed_at,
        completed_by=t.completed_by,
        meeting_id=str(t.meeting_id) if t.meeting_id else None,
        version=t.version,
    )


_PLANNING_MINIMUM = {"carer", "childs_social_worker", "supervising_social_worker"}


def _minimum_attendance(m: Meeting) -> bool | None:
    """The seed's minimum for a placement planning meeting: carer, CSW and SSW."""
    if m.kind != MeetingKind.PLACEMENT_PLANNING:
        return None
    counted = {"in_person", "video"} if m.held_at else {"invited", "in_person", "video"}
    roles = {a["role"] for a in m.attendees if a.get("attendance", "invited") in counted}
    return _PLANNING_MINIMUM <= roles


def meeting_read(m: Meeting) -> MeetingRead:
    return MeetingRead(
        id=str(m.id),
        placement_id=str(m.placement_id),
        agency_id=m.agency_id,
        kind=MeetingKind(m.kind),
        state=MeetingState(m.state),
        scheduled_for=m.scheduled_for,
        location=m.location,
        attendees=[Attendee.model_validate(a) for a in m.attendees],
        agenda=list(m.agenda),
        childs_views=m.childs_views,
        notes=m.notes,
        action_task_ids=list(m.action_task_ids),
        held_at=m.held_at,
        sequence=m.sequence,
        change_reason_code=m.change_reason_code,
        change_note=m.change_note,
        cancelled_at=m.cancelled_at,
        minimum_attendance_met=_minimum_attendance(m),
        version=m.version,
    )
