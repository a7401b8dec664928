"""Placements: opened from an accepted offer, their workers and details, their ending."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from hearth_contract.codes import LEGALSTATUS_LABELS, PLACEMENTTYPE_LABELS
from hearth_contract.offers import OfferAcceptedData
from hearth_contract.placements import (
    MeetingChangeReason,
    MeetingKind,
    MeetingState,
    OwnerRole,
    PlacementDetails,
    PlacementEnd,
    PlacementEvent,
    PlacementStatus,
    PlacementWorkers,
    TaskKind,
    TaskState,
)
from hearth_contract.problems import FieldError, InvalidState, PlacementNotFound, ValidationFailed
from hearth_kit.events import emit
from hearth_kit.logging import get_logger
from sqlalchemy.ext.asyncio import AsyncSession

from hearth_placements.context import LONDON, PlacementsContext
from hearth_placements.meetings.agenda import default_agenda
from hearth_placements.models import Meeting, Placement, Task
from hearth_placements.repository import Repository
from hearth_placements.statutory import add_working_days, nation_for, statutory_deadlines
from hearth_placements.views import check_if_match

__all__ = ["PlacementService", "open_placement"]

log = get_logger("hearth.placements")
_ROLE_OF_WORKER = {
    OwnerRole.CHILDS_SOCIAL_WORKER: "childs_social_worker_id",
    OwnerRole.SUPERVISING_SOCIAL_WORKER: "supervising_social_worker_id",
    OwnerRole.OFFICER: "officer_id",
}
DISRUPTION_MEETING_WITHIN = 10  # working days after an unplanned ending (house rule)


def _codes(data: OfferAcceptedData) -> tuple[str, str | None] | None:
    if data.placement_type not in PLACEMENTTYPE_LABELS:
        return None
    legal = data.legal_status if data.legal_status in LEGALSTATUS_LABELS else None
    return data.placement_type, legal


async def open_placement(session: AsyncSession, data: OfferAcceptedData, now: datetime):
    """The placement for an accepted offer and its statutory tasks; None if it exists
    already (the offer was accepted once) or the offer's codes are not SSDA903's."""
    repository = Repository(session)
    if await repository.placement_for_offer(data.offer_id) is not None:
        return None
    codes = _codes(data)
    if codes is None:
        log.warning("placement.refused_offer", offer_id=data.offer_id, reason="placement_type")
        return None
    nation = nation_for(data.la_code)
    placement = Placement(
        offer_id=data.offer_id,
        match_id=data.match_id,
        referral_id=data.referral_id,
        la_code=data.la_code,
        agency_id=data.agency_id,
        household_id=data.household_id,
        home_id=data.home_id,
        vacancy_ids=list(data.vacancy_ids),
        start_date=data.start_date,
        placement_type=codes[0],
        legal_status=codes[1],
        nation=nation,
        status=PlacementStatus.ACTIVE.value,
        workers=PlacementWorkers().model_dump(),
        details=PlacementDetails().model_dump(),
        created_at=now,
        updated_at=now,
    )
    session.add(placement)
    await session.flush()
    for item, due in statutory_deadlines(data.start_date, nation):
        session.add(_task(placement, item.kind, item.title, item.owner, due, due))
    await emit(
        session,
        PlacementEvent.STARTED,
        subject_type="placement",
        subject_id=str(placement.id),
        la_code=placement.la_code,
        agency_ids=[placement.agency_id],
        data={
            "agency_id": placement.agency_id,
            "la_code": placement.la_code,
            "offer_id": placement.offer_id,
            "vacancy_ids": list(placement.vacancy_ids),
            "start_date": placement.start_date.isoformat(),
            "placement_type": placement.placement_type,
        },
    )
    return placement


def _task(placement: Placement, kind, title, owner, due: date, statutory: date | None) -> Task:
    return Task(
        placement_id=placement.id,
        agency_id=placement.agency_id,
        la_code=placement.la_code,
        kind=kind.value,
        title=title,
        owner_role=owner.value,
        owner_id=(placement.workers or {}).get(_ROLE_OF_WORKER.get(owner, ""), None),
        due_date=due,
        statutory_due_date=statutory,
        state=TaskState.OPEN.value,
    )


class PlacementService:
    def __init__(self, ctx: PlacementsContext) -> None:
        self.ctx = ctx
        self.repository = Repository(ctx.session)

    async def get(self, placement_id: str) -> Placement:
        placement = await self.repository.placement(placement_id)
        if placement is None:
            raise PlacementNotFound(f"No placement {placement_id} is visible to you.")
        return placement

    async def list(self, after: str | None, limit: int) -> list[Placement]:
        return await self.repository.placements(after, limit)

    async def set_workers(
        self, placement_id: str, if_match: str | None, body: PlacementWorkers
    ) -> Placement:
        """Name the workers; their open tasks are theirs from now on."""
        placement = await self.get(placement_id)
        check_if_match(placement, if_match)
        placement.workers = body.model_dump()
        placement.updated_at = self.ctx.now()
        for task in await self.repository.tasks_of(placement.id):
            field = _ROLE_OF_WORKER.get(OwnerRole(task.owner_role))
            if field and task.state == TaskState.OPEN and task.kind != TaskKind.ACTION:
                task.owner_id = placement.workers[field]
        await self.ctx.session.flush()
        return placement

    async def set_details(
        self, placement_id: str, if_match: str | None, body: PlacementDetails
    ) -> Placement:
        placement = await self.get(placement_id)
        check_if_match(placement, if_match)
        placement.details = body.model_dump()
        placement.updated_at = self.ctx.now()
        await self.ctx.session.flush()
        return placement

    async def end(self, placement_id: str, if_match: str | None, body: PlacementEnd) -> Placement:
        """End a placement; an unplanned ending gets a disruption meeting. The places are
        freed by vacancies from the ``placement.ended`` event."""
        placement = await self.get(placement_id)
        check_if_match(placement, if_match)
        _check_ending(placement, body)
        now = self.ctx.now()
        called_off = self._call_off_meetings_after(
            await self.repository.meetings_of(placement.id), body.end_date, now
        )
        meeting = None if body.planned else self._disruption_meeting(placement, body.end_date)
        for task in await self.repository.tasks_of(placement.id):
            if task.state == TaskState.OPEN:
                task.state = TaskState.CANCELLED.value
        placement.status = PlacementStatus.ENDED.value
        placement.end_date = body.end_date
        placement.updated_at = now
        await self.ctx.session.flush()
        placement.ending = {
            **body.model_dump(mode="json"),
            "recorded_at": now.isoformat(),
            "disruption_meeting_id": str(meeting.id) if meeting else None,
        }
        await self.ctx.session.flush()
        await self.ctx.emit(PlacementEvent.ENDED, placement, **_ended_data(placement, body))
        for called in called_off:
            await self.ctx.emit(
                PlacementEvent.MEETING_CANCELLED,
                placement,
                meeting_id=str(called.id),
                kind=called.kind,
                scheduled_for=called.scheduled_for.isoformat(),
                sequence=called.sequence,
                reason_code=called.change_reason_code,
            )
        return placement

    @staticmethod
    def _call_off_meetings_after(meetings: list[Meeting], ended: date, now: datetime):
        """A meeting still scheduled for a day after the ending will not happen: it is
        called off (its calendar entry says so). One on or before the last day is left
        for the officer to record as held or call off."""
        called_off = []
        for meeting in meetings:
            day = meeting.scheduled_for.astimezone(LONDON).date()
            if meeting.state == MeetingState.SCHEDULED and day > ended:
                meeting.state = MeetingState.CANCELLED.value
                meeting.cancelled_at = now
                meeting.sequence += 1
                meeting.change_reason_code = MeetingChangeReason.PLACEMENT_ENDED.value
                meeting.change_note = None
                called_off.append(meeting)
        return called_off

    def _disruption_meeting(self, placement: Placement, ended: date) -> Meeting:
        day = add_working_days(ended, DISRUPTION_MEETING_WITHIN, placement.nation)
        meeting = Meeting(
            placement_id=placement.id,
            agency_id=placement.agency_id,
            la_code=placement.la_code,
            kind=MeetingKind.DISRUPTION.value,
            state="scheduled",
            scheduled_for=datetime.combine(day, time(10), tzinfo=LONDON),
            location="To be arranged",
            attendees=[],
            agenda=default_agenda(MeetingKind.DISRUPTION),
            action_task_ids=[],
        )
        self.ctx.session.add(meeting)
        return meeting


def _check_ending(placement: Placement, body: PlacementEnd) -> None:
    if placement.status == PlacementStatus.ENDED:
        raise InvalidState("The placement has ended already.")
    if body.end_date < placement.start_date:
        raise ValidationFailed(
            "A placement cannot end before it starts.",
            errors=[FieldError(pointer="/end_date", detail="is before the start date")],
        )
    if body.end_date > placement.start_date + timedelta(days=365 * 30):
        raise ValidationFailed(
            "The end date is not plausible.",
            errors=[FieldError(pointer="/end_date", detail="is too far after the start")],
        )


def _ended_data(placement: Placement, body: PlacementEnd) -> dict[str, Any]:
    return {
        "vacancy_ids": list(placement.vacancy_ids),
        "referral_id": placement.referral_id,  # vacancies frees only places filled for it
        "household_id": placement.household_id,
        "home_id": placement.home_id,
        "end_date": body.end_date.isoformat(),
        "planned": body.planned,
        "reason_for_change": body.reason_for_change.value,
        "episode_end_reason": body.episode_end_reason.value,
    }
