"""Partner sync endpoints: households by external id, bulk upsert, and the change feed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response, status
from hearth_contract.common import EventPage
from hearth_contract.problems import (
    Forbidden,
    HouseholdNotFound,
    InvalidState,
    PayloadTooLarge,
    PreconditionFailed,
    PreconditionRequired,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.vacancies import (
    HouseholdBulkResult,
    HouseholdBulkUpsert,
    HouseholdCreate,
    HouseholdLookup,
    HouseholdLookupResult,
    HouseholdRead,
)
from hearth_kit.errors import problem_responses
from hearth_kit.events import read_events
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import PartnerContext
from hearth_vacancies.partner_sync.service import PartnerSyncService
from hearth_vacancies.views import etag, household_read

router = APIRouter(route_class=HearthRoute, tags=["partner sync"])
_AUTH = (Unauthorized, Forbidden)
ExternalId = Annotated[str, Path(pattern=r"^[A-Za-z0-9._:-]{1,64}$")]
IfMatch = Annotated[
    str | None, Header(alias="If-Match", description="The ETag you last read, or *")
]


@router.get(
    "/v1/partner/households/{external_id}",
    response_model=HouseholdRead,
    responses=problem_responses(*_AUTH, HouseholdNotFound),
)
async def read_partner_household(
    external_id: ExternalId, ctx: PartnerContext, response: Response
) -> HouseholdRead:
    """One household by the partner's external id, with its strong ETag."""
    household = await PartnerSyncService(ctx).get(external_id)
    response.headers["ETag"] = etag(household)
    return household_read(household)


@router.put(
    "/v1/partner/households/{external_id}",
    response_model=HouseholdRead,
    responses={
        201: {"model": HouseholdRead, "description": "Created"},
        **problem_responses(*_AUTH, PreconditionFailed, PreconditionRequired, ValidationFailed),
    },
)
async def put_partner_household(
    external_id: ExternalId,
    body: HouseholdCreate,
    ctx: PartnerContext,
    response: Response,
    if_match: IfMatch = None,
) -> HouseholdRead:
    """Create or replace a household by external id (If-Match needed once it exists)."""
    household, created = await PartnerSyncService(ctx).put(external_id, if_match, body)
    if created:
        response.status_code = status.HTTP_201_CREATED
        response.headers["Location"] = f"/v1/partner/households/{external_id}"
    response.headers["ETag"] = etag(household)
    return household_read(household)


@router.delete(
    "/v1/partner/households/{external_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(
        *_AUTH, HouseholdNotFound, PreconditionFailed, PreconditionRequired, InvalidState
    ),
)
async def delete_partner_household(
    external_id: ExternalId, ctx: PartnerContext, if_match: IfMatch = None
) -> Response:
    """Delete a household; the change feed carries a tombstone for it."""
    await PartnerSyncService(ctx).delete(external_id, if_match)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/v1/partner/households:bulk",
    response_model=HouseholdBulkResult,
    responses=problem_responses(*_AUTH, ValidationFailed, PayloadTooLarge),
)
async def bulk_upsert_households(
    body: HouseholdBulkUpsert, ctx: PartnerContext
) -> HouseholdBulkResult:
    """Create or replace up to 1,000 households; one result per item, in order."""
    return HouseholdBulkResult(results=await PartnerSyncService(ctx).bulk_upsert(body.items))


@router.post(
    "/v1/partner/households:lookup",
    response_model=HouseholdLookupResult,
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def lookup_households(body: HouseholdLookup, ctx: PartnerContext) -> HouseholdLookupResult:
    """Read up to 1,000 households by external id (to apply a page of the change feed)."""
    found = await ctx.repository.households_by_external_ids(
        ctx.agency_id, body.external_ids, lock=False
    )
    known = {h.external_id for h in found}
    return HouseholdLookupResult(
        items=[household_read(h) for h in found],
        missing=[e for e in body.external_ids if e not in known],
    )


@router.get(
    "/v1/partner/changes",
    response_model=EventPage,
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def partner_changes(
    ctx: PartnerContext,
    after: Annotated[
        str | None, Query(pattern=r"^\d{1,20}-\d{1,20}$", description="A cursor from this feed")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EventPage:
    """Changes to the partner's agency after a cursor: upserts and tombstones, never skipped."""
    return await read_events(ctx.session, after, limit, agency_id=ctx.agency_id)
