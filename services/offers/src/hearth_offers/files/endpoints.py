"""Profile files: uploaded as the raw body, typed from their bytes, read back as stored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from hearth_contract.offers import AttachmentRead
from hearth_contract.problems import (
    AttachmentNotFound,
    Forbidden,
    InvalidState,
    OfferNotFound,
    PayloadTooLarge,
    Unauthorized,
    UnsupportedMediaType,
    ValidationFailed,
)
from hearth_kit.errors import problem_responses
from hearth_kit.routing import HearthRoute

from hearth_offers.api import MakerContext, ReaderContext
from hearth_offers.files.service import FileService
from hearth_offers.views import attachment_read

router = APIRouter(route_class=HearthRoute, tags=["files"])
_AUTH = (Unauthorized, Forbidden)
_BINARY = {"schema": {"type": "string", "format": "binary"}}
_UPLOAD = {
    "requestBody": {
        "required": True,
        "content": {
            "image/jpeg": _BINARY,
            "image/png": _BINARY,
            "application/pdf": _BINARY,
        },
    }
}


@router.post(
    "/v1/offer-files/{offer_id}",
    status_code=status.HTTP_201_CREATED,
    response_model=AttachmentRead,
    openapi_extra=_UPLOAD,
    responses=problem_responses(
        *_AUTH,
        OfferNotFound,
        InvalidState,
        ValidationFailed,
        PayloadTooLarge,
        UnsupportedMediaType,
    ),
)
async def attach_file(
    offer_id: str,
    request: Request,
    ctx: MakerContext,
    filename: Annotated[str, Query(min_length=1, max_length=200, pattern=r"^[^/\\\x00-\x1f]+$")],
    description: Annotated[str | None, Query(min_length=1, max_length=300)] = None,
) -> AttachmentRead:
    """Attach a picture book or profile (JPEG, PNG or PDF) to a draft; ``description`` is
    the alternative text an image is shown with."""
    content = await request.body()
    return attachment_read(await FileService(ctx).attach(offer_id, filename, description, content))


@router.get(
    "/v1/offer-files/{offer_id}/{attachment_id}",
    response_class=Response,
    responses={
        200: {
            "content": {
                "image/jpeg": _BINARY,
                "image/png": _BINARY,
                "application/pdf": _BINARY,
            }
        },
        **problem_responses(*_AUTH, OfferNotFound, AttachmentNotFound),
    },
)
async def read_file(offer_id: str, attachment_id: str, ctx: ReaderContext) -> Response:
    """A file of an offer the caller may see, as uploaded, with its SHA-256 as the ETag."""
    attachment = await FileService(ctx).read(offer_id, attachment_id)
    return Response(
        attachment.content,
        media_type=attachment.media_type,
        headers={"ETag": f'"{attachment.sha256}"', "X-Content-Type-Options": "nosniff"},
    )
