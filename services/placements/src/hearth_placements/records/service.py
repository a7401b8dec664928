"""Risk assessments and delegated authority: structured records, each write a new version."""

from __future__ import annotations

from hearth_contract.placements import (
    DelegatedAuthorityRead,
    DelegatedAuthorityWrite,
    MeetingKind,
    MeetingState,
    RiskAssessmentRead,
    RiskAssessmentWrite,
    TaskKind,
)
from hearth_contract.problems import (
    InvalidState,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
)
from pydantic import BaseModel

from hearth_placements.context import PlacementsContext
from hearth_placements.models import Placement, PlacementRecord
from hearth_placements.placements.service import PlacementService
from hearth_placements.repository import Repository
from hearth_placements.tasks.service import TaskService

__all__ = ["KINDS", "RecordService", "record_etag"]

KINDS: dict[str, tuple[type[BaseModel], type[BaseModel], TaskKind]] = {
    "risk_assessment": (RiskAssessmentWrite, RiskAssessmentRead, TaskKind.RISK_ASSESSMENT),
    "delegated_authority": (
        DelegatedAuthorityWrite,
        DelegatedAuthorityRead,
        TaskKind.DELEGATED_AUTHORITY,
    ),
}


def record_etag(record: PlacementRecord) -> str:
    return f'"{record.placement_id}.{record.kind}.{record.version}"'


class RecordService:
    def __init__(self, ctx: PlacementsContext, kind: str) -> None:
        self.ctx = ctx
        self.kind = kind
        self.repository = Repository(ctx.session)

    def read(self, record: PlacementRecord) -> BaseModel:
        return KINDS[self.kind][1].model_validate(
            {
                **record.body,
                "placement_id": str(record.placement_id),
                "version": record.version,
                "recorded_at": record.recorded_at,
                "recorded_by": record.recorded_by,
            }
        )

    async def latest(self, placement_id: str) -> PlacementRecord:
        placement = await PlacementService(self.ctx).get(placement_id)
        record = await self.repository.latest_record(placement.id, self.kind)
        if record is None:
            raise NotFound(f"The placement has no {self.kind.replace('_', ' ')} yet.")
        return record

    async def versions(self, placement_id: str) -> list[PlacementRecord]:
        placement = await PlacementService(self.ctx).get(placement_id)
        return await self.repository.record_versions(placement.id, self.kind)

    async def write(self, placement_id: str, if_match: str | None, body: BaseModel):
        """A new version: the first needs no If-Match, every later one the latest's ETag."""
        placement = await PlacementService(self.ctx).get(placement_id)
        latest = await self.repository.latest_record(placement.id, self.kind)
        _check_version(latest, if_match)
        if self.kind == "risk_assessment":
            await self._after_planning_meeting(placement)
        record = PlacementRecord(
            placement_id=placement.id,
            agency_id=placement.agency_id,
            la_code=placement.la_code,
            kind=self.kind,
            version=(latest.version + 1) if latest else 1,
            body=body.model_dump(mode="json"),
            recorded_at=self.ctx.now(),
            recorded_by=self.ctx.actor,
        )
        self.ctx.session.add(record)
        await self.ctx.session.flush()
        task = await self.repository.task_of_kind(placement.id, KINDS[self.kind][2])
        await TaskService(self.ctx).complete_by_record(task, f"{self.kind}/v{record.version}")
        await self.ctx.session.flush()
        return record

    async def _after_planning_meeting(self, placement: Placement) -> None:
        meetings = await self.repository.meetings_of(placement.id)
        if not any(
            m.kind == MeetingKind.PLACEMENT_PLANNING and m.state == MeetingState.HELD
            for m in meetings
        ):
            raise InvalidState(
                "The risk assessment is written after the placement planning meeting: "
                "record the meeting as held first."
            )


def _check_version(latest: PlacementRecord | None, if_match: str | None) -> None:
    if latest is None:
        return
    if if_match is None:
        raise PreconditionRequired("Send If-Match with the ETag of the version you read.")
    if record_etag(latest) not in [t.strip() for t in if_match.split(",")]:
        raise PreconditionFailed("A newer version was written since you read it; read it again.")
