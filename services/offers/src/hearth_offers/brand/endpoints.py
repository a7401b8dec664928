"""The agency's brand: its name (JSON) and logo (the raw PNG or JPEG body, with alt text)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from hearth_contract.offers import AgencyBrandRead, AgencyBrandUpdate
from hearth_contract.problems import (
    Forbidden,
    LogoNotFound,
    PayloadTooLarge,
    Unauthorized,
    UnsupportedMediaType,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_offers.api import MakerContext
from hearth_offers.brand.service import BrandService, brand_read

router = APIRouter(route_class=HearthRoute, tags=["agency brand"])
_AUTH = (Unauthorized, Forbidden)
_BINARY = {"schema": {"type": "string", "format": "binary"}}
_IMAGES = {"image/png": _BINARY, "image/jpeg": _BINARY}


async def _read(service: BrandService, agency_id: str) -> AgencyBrandRead:
    brand, logo = await service.brand()
    return brand_read(agency_id, brand, logo)


@router.get("/v1/agency-brand", response_model=AgencyBrandRead, responses=problem_responses(*_AUTH))
async def get_brand(ctx: MakerContext) -> AgencyBrandRead:
    """The agency's name and logo, as its next packs will show them."""
    return await _read(BrandService(ctx), ctx.tenant)


@router.put(
    "/v1/agency-brand",
    response_model=AgencyBrandRead,
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def set_brand(body: AgencyBrandUpdate, ctx: MakerContext) -> AgencyBrandRead:
    """Name the agency as its packs show it (sent packs keep the name they were sent with)."""
    service = BrandService(ctx)
    await service.set_name(body)
    return await _read(service, ctx.tenant)


@router.put(
    "/v1/agency-brand/logo",
    response_model=AgencyBrandRead,
    openapi_extra={"requestBody": {"required": True, "content": _IMAGES}},
    responses=problem_responses(*_AUTH, ValidationFailed, PayloadTooLarge, UnsupportedMediaType),
)
async def set_logo(
    request: Request,
    ctx: MakerContext,
    alt_text: Annotated[str, Query(min_length=1, max_length=300)],
) -> AgencyBrandRead:
    """Upload the agency's logo (PNG or JPEG, typed from its bytes) with its alternative
    text; the next packs show it, sent packs keep theirs."""
    service = BrandService(ctx)
    await service.set_logo(await request.body(), alt_text)
    return await _read(service, ctx.tenant)


@router.get(
    "/v1/agency-brand/logo",
    response_class=Response,
    responses={200: {"content": _IMAGES}, **problem_responses(*_AUTH, LogoNotFound)},
)
async def get_logo(ctx: MakerContext) -> Response:
    """The agency's own current logo, as uploaded (no other tenant can read it)."""
    logo = await BrandService(ctx).logo()
    return Response(
        logo.content,
        media_type=logo.media_type,
        headers={"ETag": f'"{logo.sha256}"', "X-Content-Type-Options": "nosniff"},
    )
