"""Supply figures endpoint."""

from __future__ import annotations

from fastapi import APIRouter
from hearth_contract.problems import Forbidden, Unauthorized
from hearth_contract.vacancies import SupplyFigures
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import ReaderContext
from hearth_vacancies.supply.service import SupplyService

router = APIRouter(route_class=HearthRoute, tags=["supply"])


@router.get(
    "/v1/supply", response_model=SupplyFigures, responses=problem_responses(Unauthorized, Forbidden)
)
async def supply_figures(ctx: ReaderContext) -> SupplyFigures:
    """Free places by setting, age band and placement kind, and the stale count."""
    return await SupplyService(ctx).figures()
