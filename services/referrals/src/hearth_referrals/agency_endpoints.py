"""The agency directory, and an agency's own settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from hearth_contract.problems import AgencyNotFound, Forbidden, Unauthorized, ValidationFailed
from hearth_contract.referrals import AgencyRead, AgencySettingsUpdate, AgencyUpdate
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_referrals.agencies import AgencyService
from hearth_referrals.api import AgencyAdminContext, OperatorContext, ReaderContext

router = APIRouter(route_class=HearthRoute, tags=["agencies"])
_AUTH = (Unauthorized, Forbidden)
AgencyId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")]


@router.get("/v1/agencies", response_model=list[AgencyRead], responses=problem_responses(*_AUTH))
async def agency_directory(ctx: ReaderContext) -> list[AgencyRead]:
    """The agencies a referral can be sent to."""
    return [AgencyRead.model_validate(a) for a in await AgencyService(ctx).directory()]


@router.put(
    "/v1/agencies/{agency_id}",
    response_model=AgencyRead,
    responses={
        201: {"model": AgencyRead, "description": "Registered"},
        **problem_responses(*_AUTH, ValidationFailed),
    },
)
async def register_agency(
    agency_id: AgencyId, body: AgencyUpdate, ctx: OperatorContext, response: Response
) -> AgencyRead:
    """Register an agency or replace its entry (operators only)."""
    agency, created = await AgencyService(ctx).register(agency_id, body)
    if created:
        response.status_code = 201
    return AgencyRead.model_validate(agency)


@router.get(
    "/v1/agency-settings",
    response_model=AgencyRead,
    responses=problem_responses(*_AUTH, AgencyNotFound),
)
async def own_settings(ctx: AgencyAdminContext) -> AgencyRead:
    """This agency's settings."""
    return AgencyRead.model_validate(await AgencyService(ctx).own())


@router.put(
    "/v1/agency-settings",
    response_model=AgencyRead,
    responses=problem_responses(*_AUTH, AgencyNotFound, ValidationFailed),
)
async def update_own_settings(body: AgencySettingsUpdate, ctx: AgencyAdminContext) -> AgencyRead:
    """Set this agency's first-response target in minutes (15 unless changed)."""
    return AgencyRead.model_validate(await AgencyService(ctx).update_own(body))
