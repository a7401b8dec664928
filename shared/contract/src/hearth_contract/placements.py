"""The placements service's public models: a placement's first weeks on the statutory clock.

A placement opens when an LA accepts an offer (``offer.accepted`` on the offers feed).
The Care Planning, Placement and Case Review (England) Regulations 2010 then start a
clock: each statutory item is a task with a due date in working days, an owner and the
record that completes it. Meetings (placement planning, support, disruption) record who
came, the child's views and actions that become tasks. Worker ids are opaque ids from
the LA's or agency's own directory: never names.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from hearth_contract.codes import ReasonEpisodeCeased, ReasonPlacementChange
from hearth_contract.common import Instant, LongText, SaneDate, ShortText

__all__ = [
    "ActualPlacementRecord",
    "Attendance",
    "Attendee",
    "CalendarLink",
    "CalendarLinkCreate",
    "CompletionKind",
    "CompletionRecord",
    "DelegatedAuthorityRead",
    "DelegatedAuthorityWrite",
    "DelegatedDecision",
    "DelegatedTo",
    "MeetingActionCreate",
    "MeetingCancel",
    "MeetingChangeReason",
    "MeetingCreate",
    "MeetingHeld",
    "MeetingKind",
    "MeetingRead",
    "MeetingReschedule",
    "MeetingState",
    "OwnerRole",
    "PlacementDetails",
    "PlacementEnd",
    "PlacementEvent",
    "PlacementRead",
    "PlacementStatus",
    "PlacementWorkers",
    "RiskAssessmentRead",
    "RiskAssessmentWrite",
    "RiskLevel",
    "RiskSection",
    "StabilityFigures",
    "TaskComplete",
    "TaskKind",
    "TaskRead",
    "TaskReschedule",
    "TaskState",
    "WorkList",
    "WorkerLoad",
]

WorkerId = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:@-]+$")
]
ExtraForbidden = ConfigDict(extra="forbid")


class PlacementEvent(StrEnum):
    """The types of event on the placements feed (``GET /v1/events``)."""

    STARTED = "placement.started"
    ENDED = "placement.ended"  # data.vacancy_ids: the places to free in vacancies
    MEETING_HELD = "placement.meeting_held"
    MEETING_RESCHEDULED = "placement.meeting_rescheduled"
    MEETING_CANCELLED = "placement.meeting_cancelled"


class PlacementStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class OwnerRole(StrEnum):
    """Who owns a task."""

    CHILDS_SOCIAL_WORKER = "childs_social_worker"  # the LA's
    SUPERVISING_SOCIAL_WORKER = "supervising_social_worker"  # the agency's, for the carers
    OFFICER = "officer"  # the agency's placement officer
    CARER = "carer"
    TEAM_MANAGER = "team_manager"
    OTHER = "other"


class TaskKind(StrEnum):
    PLACEMENT_PLAN = "placement_plan"
    CARE_PLAN = "care_plan"
    PLACEMENT_PLANNING_MEETING = "placement_planning_meeting"
    RISK_ASSESSMENT = "risk_assessment"
    DELEGATED_AUTHORITY = "delegated_authority"
    ACTION = "action"  # agreed at a meeting


class TaskState(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"  # no longer due: the placement ended first


class CompletionKind(StrEnum):
    UPLOAD = "upload"  # a document held elsewhere (the LA's case system, a document store)
    RECORD = "record"  # a structured record here (a meeting, a risk assessment)


class CompletionRecord(BaseModel):
    """What completed a task: an uploaded document's reference or a record here."""

    model_config = ExtraForbidden

    kind: CompletionKind
    reference: ShortText = Field(description="A document id, or the record's type and id")


class PlacementWorkers(BaseModel):
    """Who works with the placement (ids from the LA's and agency's own directories)."""

    model_config = ExtraForbidden

    childs_social_worker_id: WorkerId | None = None
    supervising_social_worker_id: WorkerId | None = None
    officer_id: WorkerId | None = None


class PlacementDetails(BaseModel):
    """What the Placements Standard's ActualPlacement needs beyond the offer."""

    model_config = ExtraForbidden

    total_weekly_cost: int | None = Field(default=None, ge=0, le=100_000)
    placement_location: ShortText | None = Field(
        default=None, description="The LA code (ONS) of the area the home is in"
    )
    location_preferred: bool | None = None
    education_continuity: bool | None = None
    provider_urn: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{1,16}$")] | None = None
    siblings_placed_together: int | None = Field(default=None, ge=0, le=20)


class PlacementEnd(BaseModel):
    """End a placement: planned or not, with its SSDA903 reasons."""

    model_config = ExtraForbidden

    end_date: SaneDate
    planned: bool
    reason_for_change: ReasonPlacementChange = Field(
        description="SSDA903 REASON_PLACE_CHANGE (REASONPLACEMENTCHANGE_LABELS)"
    )
    episode_end_reason: ReasonEpisodeCeased = Field(
        description="SSDA903 REC: X1 when the child stays in care, else why care ended"
    )


class EndingRead(PlacementEnd):
    model_config = ConfigDict(extra="ignore")

    recorded_at: datetime
    disruption_meeting_id: str | None = None


class PlacementRead(BaseModel):
    id: str
    offer_id: str
    match_id: str
    referral_id: str
    la_code: str
    agency_id: str
    household_id: str | None
    home_id: str | None
    vacancy_ids: list[str]
    start_date: date
    placement_type: str = Field(description="SSDA903 placement type (PLACEMENTTYPE_LABELS)")
    legal_status: str | None = Field(description="SSDA903 legal status at the start")
    nation: str = Field(description="ENG or WLS: whose bank holidays the clock skips")
    status: PlacementStatus
    workers: PlacementWorkers
    details: PlacementDetails
    ending: EndingRead | None
    version: int
    created_at: datetime
    updated_at: datetime


class TaskRead(BaseModel):
    id: str
    placement_id: str
    agency_id: str
    kind: TaskKind
    title: str
    owner_role: OwnerRole
    owner_id: str | None
    due_date: date
    statutory_due_date: date | None = Field(
        description="The latest the law allows (None for actions agreed at meetings)"
    )
    due_change_reason: str | None
    state: TaskState
    overdue: bool
    completion: CompletionRecord | None
    completed_at: datetime | None
    completed_by: str | None
    meeting_id: str | None
    version: int


class TaskComplete(BaseModel):
    model_config = ExtraForbidden

    completion: CompletionRecord


class TaskReschedule(BaseModel):
    """Move a deadline; later than the law allows only with a recorded reason."""

    model_config = ExtraForbidden

    due_date: SaneDate
    reason: LongText | None = None


class MeetingKind(StrEnum):
    PLACEMENT_PLANNING = "placement_planning"
    SUPPORT = "support"
    DISRUPTION = "disruption"


class MeetingState(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class MeetingChangeReason(StrEnum):
    """Why a meeting moved or was called off (a code: calendars and events carry it)."""

    ATTENDEE_UNAVAILABLE = "attendee_unavailable"
    CHILD_UNWELL = "child_unwell"
    CARERS_UNAVAILABLE = "carers_unavailable"
    NO_LONGER_NEEDED = "no_longer_needed"
    ARRANGED_IN_ERROR = "arranged_in_error"
    PLACEMENT_ENDED = "placement_ended"  # set by the service when the placement ends first
    OTHER = "other"  # with a note


class Attendance(StrEnum):
    INVITED = "invited"
    IN_PERSON = "in_person"
    VIDEO = "video"
    ABSENT = "absent"


class Attendee(BaseModel):
    model_config = ExtraForbidden

    role: OwnerRole | MeetingRole
    person_id: WorkerId | None = None
    attendance: Attendance = Attendance.INVITED
    chair: bool = False


class MeetingRole(StrEnum):
    """Who else comes to a meeting (beyond the task owners' roles)."""

    CHILD = "child"
    BIRTH_PARENT = "birth_parent"
    PROFESSIONAL = "professional"


class MeetingActionCreate(BaseModel):
    model_config = ExtraForbidden

    description: ShortText
    owner_role: OwnerRole
    owner_id: WorkerId | None = None
    due_date: SaneDate


class MeetingCreate(BaseModel):
    """Schedule a meeting (or record one already held: a meeting in the past must be held)."""

    model_config = ExtraForbidden

    kind: MeetingKind
    scheduled_for: Instant
    location: ShortText = Field(description="e.g. the carers' home, the office, video")
    attendees: list[Attendee] = Field(default_factory=list, max_length=40)
    agenda: list[ShortText] | None = Field(
        default=None, max_length=40, description="Default: the kind's agenda"
    )
    held: bool = False


class MeetingReschedule(BaseModel):
    """Move a scheduled meeting to another time, with the reason."""

    model_config = ExtraForbidden

    scheduled_for: Instant
    reason_code: MeetingChangeReason
    note: LongText | None = Field(default=None, description="Required when reason is other")

    @model_validator(mode="after")
    def _other_needs_a_note(self) -> MeetingReschedule:
        if self.reason_code is MeetingChangeReason.OTHER and not self.note:
            raise ValueError("a reason of other needs a note")
        return self


class MeetingCancel(BaseModel):
    """Call off a scheduled meeting, with the reason."""

    model_config = ExtraForbidden

    reason_code: MeetingChangeReason
    note: LongText | None = Field(default=None, description="Required when reason is other")

    @model_validator(mode="after")
    def _other_needs_a_note(self) -> MeetingCancel:
        if self.reason_code is MeetingChangeReason.OTHER and not self.note:
            raise ValueError("a reason of other needs a note")
        return self


class MeetingHeld(BaseModel):
    """What happened at a meeting: who came, the child's views, notes and actions."""

    model_config = ExtraForbidden

    attendees: list[Attendee] | None = Field(default=None, max_length=40)
    childs_views: LongText | None = None
    notes: LongText | None = None
    actions: list[MeetingActionCreate] = Field(default_factory=list, max_length=40)


class MeetingRead(BaseModel):
    id: str
    placement_id: str
    agency_id: str
    kind: MeetingKind
    state: MeetingState
    scheduled_for: datetime
    location: str
    attendees: list[Attendee]
    agenda: list[str]
    childs_views: str | None
    notes: str | None
    action_task_ids: list[str]
    held_at: datetime | None
    sequence: int = Field(
        default=0, description="The calendar's SEQUENCE: up by one at each reschedule or cancel"
    )
    change_reason_code: MeetingChangeReason | None = Field(
        default=None, description="Why it was last rescheduled or cancelled"
    )
    change_note: str | None = None
    cancelled_at: datetime | None = None
    minimum_attendance_met: bool | None = Field(
        description="Placement planning meetings: the carer, the child's social worker and "
        "the supervising social worker invited (scheduled) or present (held); else None"
    )
    version: int


class RiskLevel(StrEnum):
    NONE_KNOWN = "none_known"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskSection(BaseModel):
    model_config = ExtraForbidden

    level: RiskLevel
    summary: LongText
    safety_plan: LongText | None = None


class RiskAssessmentWrite(BaseModel):
    """Written by the supervising social worker after the placement planning meeting."""

    model_config = ExtraForbidden

    risk_to_self: RiskSection
    risk_from_others: RiskSection
    risk_to_others: RiskSection
    household_impact: RiskSection
    child_contributed: bool
    birth_parent_contributed: bool
    review_date: SaneDate


class RiskAssessmentRead(RiskAssessmentWrite):
    model_config = ConfigDict(extra="ignore")

    placement_id: str
    version: int
    recorded_at: datetime
    recorded_by: str


class DelegatedTo(StrEnum):
    BOTH_CARERS = "both_carers"
    FIRST_CARER = "first_carer"
    SECOND_CARER = "second_carer"
    NOT_DELEGATED = "not_delegated"


class DelegatedDecision(BaseModel):
    model_config = ExtraForbidden

    area: Annotated[str, StringConstraints(pattern=r"^[a-z_]{2,40}$")] = Field(
        description="e.g. health_appointments, school_trips, overnight_stays, haircuts"
    )
    delegated_to: DelegatedTo
    notes: ShortText | None = None


class DelegatedAuthorityWrite(BaseModel):
    """Which decisions the carers may take; reviewed at every child-in-care review."""

    model_config = ExtraForbidden

    decisions: list[DelegatedDecision] = Field(min_length=1, max_length=60)
    birth_parent_understands: bool
    review_date: SaneDate = Field(description="The next child-in-care review")


class DelegatedAuthorityRead(DelegatedAuthorityWrite):
    model_config = ConfigDict(extra="ignore")

    placement_id: str
    version: int
    recorded_at: datetime
    recorded_by: str


class WorkerLoad(BaseModel):
    owner_role: OwnerRole
    owner_id: str | None
    overdue: int
    due_this_week: int


class WorkList(BaseModel):
    """What is overdue and what falls due this week (Monday to Sunday, UK time).

    The lists hold the first ``limit`` open tasks, soonest due first; ``by_worker``
    counts every open task of each owner, however many the lists show.
    """

    today: date
    week_start: date
    week_end: date
    overdue: list[TaskRead]
    due_this_week: list[TaskRead]
    by_worker: list[WorkerLoad]


class ActualPlacementRecord(BaseModel):
    """The Placements Standard (v2) ``ActualPlacement`` entity, for one placement."""

    model_config = ConfigDict(populate_by_name=True)

    placement_id: str
    total_weekly_cost: int | None = Field(alias="totalWeeklyCost")
    placement_location: str | None = Field(alias="placementLocation")
    preferability_location: bool | None = Field(alias="preferabilityLocation")
    education_continuity: bool | None = Field(alias="educationContinuity")
    provider_urn: str | None = Field(alias="providerURN")
    siblings_placed_together: int | None = Field(alias="siblingsPlacedTogether")
    placement_type: str | None = Field(
        alias="placementType", description="Residential, Foster or Supported Accommodation"
    )
    missing: list[str] = Field(description="Required fields not yet known")


class CalendarLinkCreate(BaseModel):
    """A calendar link for the caller's agency (or LA), or for one worker."""

    model_config = ExtraForbidden

    worker_id: WorkerId | None = None


class CalendarLink(BaseModel):
    """A URL a calendar client (Outlook) subscribes to with no token of its own: anyone who
    holds it reads that calendar until it expires, so keep it as you would a password."""

    path: str = Field(description="Relative to the service, e.g. /v1/calendars/feeds/<t>.ics")
    expires_at: datetime


class StabilityFigures(BaseModel):
    agency_id: str
    placements: int
    active: int
    ended: int
    unplanned_endings: int
    mean_days_in_placement: float | None
    support_meetings_held: int


Attendee.model_rebuild()
