"""Reading referrals: the work queue, the 15-minute clock, one referral, its history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from hearth_contract.codes import NeededBy
from hearth_contract.common import Batch, BatchGet, Instant, Page, QueryText
from hearth_contract.problems import (
    FieldError,
    Forbidden,
    ReferralNotFound,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.referrals import (
    RecipientStatus,
    ReferralRead,
    ReferralStatus,
    ReferralSummary,
    Setting,
    SlaSummary,
    StatusChange,
    Urgency,
    WaitingOn,
)
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_referrals.api import ReaderContext, ScreenerContext
from hearth_referrals.placements_standard import to_placements_standard
from hearth_referrals.repository import QueueFilter
from hearth_referrals.views import etag
from hearth_referrals.work_queue.service import ReadingService, WorkQueueService, age_band

router = APIRouter(route_class=HearthRoute, tags=["work queue"])
_AUTH = (Unauthorized, Forbidden)


_RECEIVED_FROM = (
    "Received at or after: a date-time with its offset, or a date meaning the start of that "
    "day in Europe/London"
)
_RECEIVED_TO = (
    "Received before (exclusive): a date-time with its offset, or a date meaning the start "
    "of that day in Europe/London (received_to=2026-12-04 ends with 3 December)"
)


class QueueQuery:
    """The work-queue filters, as query parameters."""

    def __init__(
        self,
        status: Annotated[list[RecipientStatus | ReferralStatus] | None, Query()] = None,
        la_code: Annotated[QueryText | None, Query(max_length=16)] = None,
        setting: Setting | None = None,
        urgency: Urgency | None = None,
        needed_by: NeededBy | None = None,
        age_from: Annotated[int | None, Query(ge=0, le=17)] = None,
        age_to: Annotated[int | None, Query(ge=0, le=17)] = None,
        officer: Annotated[QueryText | None, Query(max_length=200)] = None,
        received_from: Annotated[Instant | None, Query(description=_RECEIVED_FROM)] = None,
        received_to: Annotated[Instant | None, Query(description=_RECEIVED_TO)] = None,
        overdue: bool = False,
        waiting_on: Annotated[
            WaitingOn | None,
            Query(description="la: only referrals with questions the LA has not answered yet"),
        ] = None,
        cursor: Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> None:
        if age_from is not None and age_to is not None and age_from > age_to:
            raise ValidationFailed(
                "age_from is above age_to.",
                errors=[FieldError(pointer="/age_from", detail="must not be above age_to")],
            )
        self.values: dict[str, Any] = {
            "statuses": tuple(s.value for s in status or ()),
            "la_code": la_code,
            "setting": setting.value if setting else None,
            "urgency": urgency.value if urgency else None,
            "needed_by": needed_by.value if needed_by else None,
            "officer": officer,
            "received_from": received_from,
            "received_to": received_to,
            "waiting_on_la": waiting_on is WaitingOn.LA,
        }
        self.age_from, self.age_to, self.overdue = age_from, age_to, overdue
        self.cursor, self.limit = cursor, limit


@router.get(
    "/v1/referrals",
    response_model=Page[ReferralSummary],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def list_referrals(ctx: ReaderContext, query: Annotated[QueueQuery, Depends()]):
    """The work queue: an agency's referrals soonest-due first, or an LA's newest first,
    each with every addressed agency's screening and open questions (waiting_on=la: only
    those with questions the LA has not answered)."""
    now = ctx.now()
    flt = QueueFilter(
        **query.values,
        **age_band(ctx.today(), query.age_from, query.age_to),
        overdue_at=now if query.overdue else None,
    )
    return model_response(await WorkQueueService(ctx).list(flt, query.cursor, query.limit))


@router.get("/v1/referrals/sla", response_model=SlaSummary, responses=problem_responses(*_AUTH))
async def first_response_clock(ctx: ScreenerContext) -> SlaSummary:
    """How many referrals are due, overdue, and were answered within the target today."""
    return await WorkQueueService(ctx).sla()


@router.post(
    "/v1/referrals:batch-get",
    response_model=Batch[ReferralRead],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def batch_get_referrals(body: BatchGet, ctx: ReaderContext) -> Response:
    """Up to 1,000 referrals by id, as their single GETs show them (each read audited);
    the ids with none visible to the caller come back as missing."""
    return model_response(await ReadingService(ctx).get_many(body.ids))


@router.get(
    "/v1/referrals/{referral_id}",
    response_model=ReferralRead,
    responses=problem_responses(*_AUTH, ReferralNotFound),
)
async def read_referral(referral_id: str, ctx: ReaderContext, response: Response) -> ReferralRead:
    """One referral, with what is missing from it and earlier referrals of the same child."""
    referral, view = await ReadingService(ctx).get(referral_id)
    response.headers["ETag"] = etag(referral)
    return view


@router.get(
    "/v1/referrals/{referral_id}/history",
    response_model=list[StatusChange],
    responses=problem_responses(*_AUTH, ReferralNotFound),
)
async def referral_history(referral_id: str, ctx: ReaderContext) -> list[StatusChange]:
    """Every change the caller may see: who, when, from which status to which, and why."""
    return [StatusChange.model_validate(h) for h in await ReadingService(ctx).history(referral_id)]


@router.get(
    "/v1/referrals/{referral_id}/placements-standard",
    response_model=dict[str, Any],
    responses=problem_responses(*_AUTH, ReferralNotFound),
)
async def export_placements_standard(referral_id: str, ctx: ReaderContext) -> dict[str, Any]:
    """The referral in the shape of the DfE-funded Placements Data Standard v2."""
    _referral, view = await ReadingService(ctx).get(referral_id)
    return to_placements_standard(view)
