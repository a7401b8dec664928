"""Referral documents: upload what the LA sent, read the draft, confirm it as a referral."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status
from hearth_contract.common import Page
from hearth_contract.documents import (
    DocumentAlreadyConfirmed,
    DocumentRejected,
    DocumentSentAsForm,
    DocumentStatus,
    DocumentTooLarge,
    DocumentTypeUnsupported,
    ReferralDocumentRead,
    ReferralDocumentSummary,
    ReferralDraftConfirm,
)
from hearth_contract.problems import (
    BadRequest,
    Forbidden,
    IdempotencyKeyInFlight,
    IdempotencyKeyMismatch,
    PayloadTooLarge,
    ReferralDocumentNotFound,
    Unauthorized,
    UnsupportedMediaType,
    ValidationFailed,
)
from hearth_contract.referrals import ReferralRead
from hearth_kit.errors import problem_responses
from hearth_kit.idempotency import IdempotencyClaim
from hearth_kit.responses import model_response
from hearth_kit.routing import HearthRoute

from hearth_referrals.api import (
    DocumentReaderContext,
    DocumentWriterContext,
    document_idempotency,
)
from hearth_referrals.referral_documents.service import (
    ReferralDocumentService,
    document_view,
    refuse_forms,
)
from hearth_referrals.views import etag
from hearth_referrals.work_queue.service import render

router = APIRouter(route_class=HearthRoute, tags=["referral documents"])
_AUTH = (Unauthorized, Forbidden)
BINARY_BODY = {
    "requestBody": {
        "required": True,
        "description": "The document's bytes, as received (not a multipart form: 415). Its "
        "type is read from the bytes, not from the name or the Content-Type.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.post(
    "/v1/referral-documents",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralDocumentRead,
    openapi_extra=BINARY_BODY,
    responses=problem_responses(
        *_AUTH,
        DocumentRejected,
        DocumentTooLarge,
        DocumentTypeUnsupported,
        DocumentSentAsForm,
    ),
)
async def upload_document(
    request: Request,
    ctx: DocumentWriterContext,
    filename: Annotated[str | None, Query(max_length=255)] = None,
):
    """Keep a referral document and read it into a draft standard referral, with evidence."""
    data = await request.body()
    refuse_forms(request.headers.get("content-type", ""), data)
    document = await ReferralDocumentService(ctx).receive(data, filename)
    return model_response(
        document_view(document),
        status_code=status.HTTP_201_CREATED,
        headers={"Location": f"/v1/referral-documents/{document.id}"},
    )


@router.get(
    "/v1/referral-documents",
    response_model=Page[ReferralDocumentSummary],
    responses=problem_responses(*_AUTH, ValidationFailed),
)
async def list_documents(
    ctx: DocumentReaderContext,
    status: DocumentStatus | None = None,
    cursor: Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
):
    """The documents the caller uploaded, newest first (each read audited)."""
    return model_response(await ReferralDocumentService(ctx).list(status, cursor, limit))


@router.get(
    "/v1/referral-documents/{document_id}",
    response_model=ReferralDocumentRead,
    responses=problem_responses(*_AUTH, ReferralDocumentNotFound),
)
async def read_document(document_id: str, ctx: DocumentReaderContext):
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
async def original_document(document_id: str, ctx: DocumentReaderContext) -> Response:
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
    responses=problem_responses(
        *_AUTH,
        ReferralDocumentNotFound,
        DocumentAlreadyConfirmed,
        IdempotencyKeyInFlight,
        IdempotencyKeyMismatch,
        ValidationFailed,
        BadRequest,
        PayloadTooLarge,
        UnsupportedMediaType,
    ),
)
async def confirm_document(
    document_id: str,
    body: ReferralDraftConfirm,
    ctx: DocumentWriterContext,
    _claim: Annotated[IdempotencyClaim | None, Depends(document_idempotency)],
):
    """Make the corrected draft a referral, linked to its document; corrections are kept.

    A document becomes one referral: confirming it again answers 409 with the
    ``referral_id`` it became. Send an Idempotency-Key to retry safely (the first
    answer is replayed)."""
    _document, referral = await ReferralDocumentService(ctx).confirm(document_id, body)
    view = await render(ctx, referral, content=body.referral, linked=bool(referral.linked_earlier))
    return model_response(
        view,
        status_code=status.HTTP_201_CREATED,
        headers={"Location": f"/v1/referrals/{referral.id}", "ETag": etag(referral)},
    )
