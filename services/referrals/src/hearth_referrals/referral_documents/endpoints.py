"""Referral documents: upload what the LA sent, read the draft, confirm it as a referral."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from hearth_contract.documents import (
    DocumentRejected,
    DocumentTooLarge,
    DocumentTypeUnsupported,
    ReferralDocumentRead,
    ReferralDraftConfirm,
)
from hearth_contract.problems import (
    Forbidden,
    InvalidState,
    ReferralDocumentNotFound,
    Unauthorized,
    ValidationFailed,
)
from hearth_contract.referrals import ReferralRead
from hearth_kit.errors import problem_responses
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_referrals.api import UploaderContext
from hearth_referrals.referral_documents.service import ReferralDocumentService, document_view
from hearth_referrals.views import etag
from hearth_referrals.work_queue.service import render

router = APIRouter(route_class=HearthRoute, tags=["referral documents"])
_AUTH = (Unauthorized, Forbidden)
BINARY_BODY = {
    "requestBody": {
        "required": True,
        "description": "The document's bytes, as received. Its type is read from the bytes, "
        "not from the name or the Content-Type.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.post(
    "/v1/referral-documents",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralDocumentRead,
    openapi_extra=BINARY_BODY,
    responses=problem_responses(
        *_AUTH, DocumentRejected, DocumentTooLarge, DocumentTypeUnsupported
    ),
)
async def upload_document(
    request: Request,
    ctx: UploaderContext,
    filename: Annotated[str | None, Query(max_length=255)] = None,
):
    """Keep a referral document and read it into a draft standard referral, with evidence."""
    document = await ReferralDocumentService(ctx).receive(await request.body(), filename)
    return model_response(
        document_view(document),
        status_code=status.HTTP_201_CREATED,
        headers={"Location": f"/v1/referral-documents/{document.id}"},
    )


@router.get(
    "/v1/referral-documents/{document_id}",
    response_model=ReferralDocumentRead,
    responses=problem_responses(*_AUTH, ReferralDocumentNotFound),
)
async def read_document(document_id: str, ctx: UploaderContext):
    """The document's identity, its draft with evidence, and what became of it."""
    return model_response(document_view(await ReferralDocumentService(ctx).get(document_id)))


@router.get(
    "/v1/referral-documents/{document_id}/original",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}},
        **problem_responses(*_AUTH, ReferralDocumentNotFound),
    },
)
async def original_document(document_id: str, ctx: UploaderContext) -> Response:
    """The document exactly as received (typed from its bytes)."""
    document = await ReferralDocumentService(ctx).original(document_id)
    return Response(
        document.content,
        media_type=document.media_type,
        headers={"Content-Disposition": "attachment", "X-Content-Type-Options": "nosniff"},
    )


@router.post(
    "/v1/referral-documents/{document_id}/confirm",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralRead,
    responses=problem_responses(*_AUTH, ReferralDocumentNotFound, InvalidState, ValidationFailed),
)
async def confirm_document(document_id: str, body: ReferralDraftConfirm, ctx: UploaderContext):
    """Make the corrected draft a referral, linked to its document; corrections are kept."""
    _document, referral = await ReferralDocumentService(ctx).confirm(document_id, body)
    view = await render(ctx, referral, content=body.referral, linked=bool(referral.linked_earlier))
    return model_response(
        view,
        status_code=status.HTTP_201_CREATED,
        headers={"Location": f"/v1/referrals/{referral.id}", "ETag": etag(referral)},
    )
