"""Spreadsheet endpoints: the vacancy list out and in as CSV."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse
from hearth_contract.problems import (
    Forbidden,
    PayloadTooLarge,
    Unauthorized,
    UnsupportedMediaType,
    ValidationFailed,
)
from hearth_contract.vacancies import ImportReport
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_vacancies.api import ManagerContext, ReaderContext
from hearth_vacancies.spreadsheets.service import SpreadsheetService

router = APIRouter(route_class=HearthRoute, tags=["spreadsheets"])


@router.get(
    "/v1/vacancies/export",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/csv": {}}}, **problem_responses(Unauthorized, Forbidden)},
)
async def export_vacancies(ctx: ReaderContext) -> PlainTextResponse:
    """The agency's vacancy list as CSV."""
    return PlainTextResponse(await SpreadsheetService(ctx).export(), media_type="text/csv")


@router.post(
    "/v1/vacancies/import",
    response_model=ImportReport,
    openapi_extra={
        "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}
    },
    responses=problem_responses(
        Unauthorized, Forbidden, ValidationFailed, UnsupportedMediaType, PayloadTooLarge
    ),
)
async def import_vacancies(request: Request, ctx: ManagerContext) -> ImportReport:
    """Import the vacancy list from CSV: every row checked, nothing written unless all pass."""
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "text/csv":
        raise UnsupportedMediaType("Send the spreadsheet as text/csv.")
    try:
        text = (await request.body()).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationFailed("The file is not UTF-8 text.") from None
    return await SpreadsheetService(ctx).import_csv(text)
