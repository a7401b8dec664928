"""The pack as a page: the frozen pack rendered as accessible HTML."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from hearth_contract.problems import Forbidden, InvalidState, OfferNotFound, Unauthorized
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute
from starlette.concurrency import run_in_threadpool

from hearth_offers.api import ReaderContext
from hearth_offers.offers.service import OfferService
from hearth_offers.pack.assets import pack_assets
from hearth_offers.pack.render import render_html, render_pdf

router = APIRouter(route_class=HearthRoute, tags=["pack"])


@router.get(
    "/v1/offers/{offer_id}/pack.html",
    response_class=HTMLResponse,
    responses={
        200: {"content": {"text/html": {"schema": {"type": "string"}}}},
        **problem_responses(Unauthorized, Forbidden, OfferNotFound, InvalidState),
    },
)
async def pack_html(offer_id: str, ctx: ReaderContext) -> HTMLResponse:
    """The pack the LA received, as an accessible HTML page (only once the offer is sent)."""
    offer = await OfferService(ctx).get(offer_id)
    if offer.pack is None:
        raise InvalidState("The offer has not been sent: it has no pack yet.")
    return HTMLResponse(render_html(offer, await pack_assets(ctx.session, offer)))


@router.get(
    "/v1/offers/{offer_id}/pack.pdf",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
        **problem_responses(Unauthorized, Forbidden, OfferNotFound, InvalidState),
    },
)
async def pack_pdf(offer_id: str, ctx: ReaderContext) -> Response:
    """The pack the LA received, as a PDF (only once the offer is sent)."""
    offer = await OfferService(ctx).get(offer_id)
    if offer.pack is None:
        raise InvalidState("The offer has not been sent: it has no pack yet.")
    content = await run_in_threadpool(render_pdf, offer, await pack_assets(ctx.session, offer))
    return Response(content, media_type="application/pdf")
