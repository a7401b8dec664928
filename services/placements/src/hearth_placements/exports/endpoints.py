"""Exports: SSDA903 episode rows and stability figures."""

from __future__ import annotations

from fastapi import APIRouter, Response
from hearth_contract.placements import StabilityFigures
from hearth_contract.problems import Forbidden, Unauthorized
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute
from pydantic import TypeAdapter

from hearth_placements.api import ReaderContext
from hearth_placements.exports.service import ExportService

router = APIRouter(route_class=HearthRoute, tags=["exports"])
_AUTH = (Unauthorized, Forbidden)
_FIGURES = TypeAdapter(list[StabilityFigures])


@router.get(
    "/v1/exports/ssda903-episodes.csv",
    response_class=Response,
    responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}},
        **problem_responses(*_AUTH),
    },
)
async def ssda903_episodes(ctx: ReaderContext):
    """One SSDA903 Episodes row per placement the caller sees (CSV, the return's columns);
    CHILD is Hearth's referral id, for the LA to map to its own child id."""
    body = await ExportService(ctx).episodes_csv()
    return Response(body, media_type="text/csv; charset=utf-8")


@router.get(
    "/v1/stability",
    response_model=list[StabilityFigures],
    responses=problem_responses(*_AUTH),
)
async def stability(ctx: ReaderContext):
    """Per agency: placements, active and ended, unplanned endings, mean days in
    placement, support meetings held."""
    figures = await ExportService(ctx).stability()
    return Response(_FIGURES.dump_json(figures), media_type="application/json")
