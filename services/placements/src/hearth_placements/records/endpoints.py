"""Structured records: the risk assessment and the delegated authority, versioned."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response
from hearth_contract.placements import (
    DelegatedAuthorityRead,
    DelegatedAuthorityWrite,
    RiskAssessmentRead,
    RiskAssessmentWrite,
)
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    NotFound,
    PlacementNotFound,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_placements.api import ManagerContext, ReaderContext
from hearth_placements.records.service import RecordService, record_etag

router = APIRouter(route_class=HearthRoute, tags=["records"])
_AUTH = (Unauthorized, Forbidden)
_READ = problem_responses(*_AUTH, PlacementNotFound, NotFound)
_WRITE = problem_responses(
    *_AUTH,
    PlacementNotFound,
    PreconditionFailed,
    PreconditionRequired,
    InvalidState,
    ValidationFailed,
)
IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", description="The latest version's ETag (needed after the first)"),
]


def _answer(service: RecordService, record, status_code: int = 200) -> Response:
    return model_response(
        service.read(record), status_code=status_code, headers={"ETag": record_etag(record)}
    )


async def _versions(service: RecordService, placement_id: str) -> Response:
    records = await service.versions(placement_id)
    body = "[" + ",".join(service.read(r).model_dump_json() for r in records) + "]"
    return Response(body, media_type="application/json")


@router.put(
    "/v1/placements/{placement_id}/risk-assessment",
    response_model=RiskAssessmentRead,
    responses=_WRITE,
)
async def write_risk_assessment(
    placement_id: str, body: RiskAssessmentWrite, ctx: ManagerContext, if_match: IfMatch = None
):
    """The supervising social worker's risk assessment, after the placement planning
    meeting: risks to the child from themselves and from others, to others, and the
    impact on the household. Each write is a new version."""
    service = RecordService(ctx, "risk_assessment")
    return _answer(service, await service.write(placement_id, if_match, body))


@router.get(
    "/v1/placements/{placement_id}/risk-assessment",
    response_model=RiskAssessmentRead,
    responses=_READ,
)
async def read_risk_assessment(placement_id: str, ctx: ReaderContext):
    """The latest version of the risk assessment."""
    service = RecordService(ctx, "risk_assessment")
    return _answer(service, await service.latest(placement_id))


@router.get(
    "/v1/placements/{placement_id}/risk-assessment/versions",
    response_model=list[RiskAssessmentRead],
    responses=problem_responses(*_AUTH, PlacementNotFound),
)
async def risk_assessment_versions(placement_id: str, ctx: ReaderContext):
    """Every version of the risk assessment, oldest first."""
    return await _versions(RecordService(ctx, "risk_assessment"), placement_id)


@router.put(
    "/v1/placements/{placement_id}/delegated-authority",
    response_model=DelegatedAuthorityRead,
    responses=_WRITE,
)
async def write_delegated_authority(
    placement_id: str, body: DelegatedAuthorityWrite, ctx: ManagerContext, if_match: IfMatch = None
):
    """Which decisions the carers may take (each carer or both), whether the birth parent
    understands it, and the next review. Each write is a new version."""
    service = RecordService(ctx, "delegated_authority")
    return _answer(service, await service.write(placement_id, if_match, body))


@router.get(
    "/v1/placements/{placement_id}/delegated-authority",
    response_model=DelegatedAuthorityRead,
    responses=_READ,
)
async def read_delegated_authority(placement_id: str, ctx: ReaderContext):
    """The latest version of the delegated authority record."""
    service = RecordService(ctx, "delegated_authority")
    return _answer(service, await service.latest(placement_id))


@router.get(
    "/v1/placements/{placement_id}/delegated-authority/versions",
    response_model=list[DelegatedAuthorityRead],
    responses=problem_responses(*_AUTH, PlacementNotFound),
)
async def delegated_authority_versions(placement_id: str, ctx: ReaderContext):
    """Every version of the delegated authority record, oldest first."""
    return await _versions(RecordService(ctx, "delegated_authority"), placement_id)
